#include "sources/sourceregistry.h"

#include "store/library.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::SourceRegistry", text);
}

// A bound null QString is SQL NULL: text columns are NOT NULL, so bind '' instead.
QString txt(const QString &s)
{
    return s.isNull() ? QString::fromLatin1("") : s;
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

constexpr const char *columns =
    "s.id, s.kind, s.location, s.name, s.title, s.site_url, s.refresh_minutes, s.auth_kind, "
    "s.has_secret, s.include_drafts, s.etag, s.last_modified, s.added_at, s.imported_at, "
    "s.last_refresh, s.last_status, s.last_error, s.last_added, s.last_updated, "
    "s.last_unchanged, s.last_gone, s.last_duration_ms, "
    "(SELECT count(*) FROM posts p WHERE p.source_id = s.id AND p.missing = 0), "
    "(SELECT count(*) FROM posts p WHERE p.source_id = s.id AND p.missing = 1)";

} // namespace

QString Source::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (!title.isEmpty())
        return title;
    return location;
}

bool Source::isRemote() const
{
    return location.startsWith(QLatin1String("http://")) ||
           location.startsWith(QLatin1String("https://"));
}

QString Source::secretKeyFor(const QString &location)
{
    return QStringLiteral("source:") + location;
}

bool Source::isDue(const QDateTime &now) const
{
    if (refreshMinutes <= 0 || !isRefreshable())
        return false;
    return !lastRefresh.isValid() || lastRefresh.secsTo(now) >= qint64(refreshMinutes) * 60;
}

SourceRegistry::SourceRegistry(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString SourceRegistry::kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::HugoIndex:
        return QStringLiteral("hugo-index");
    case SourceKind::Rss:
        return QStringLiteral("rss");
    case SourceKind::Atom:
        return QStringLiteral("atom");
    case SourceKind::JsonFeed:
        return QStringLiteral("jsonfeed");
    case SourceKind::MarkdownFolder:
        return QStringLiteral("markdown-folder");
    case SourceKind::Other:
        break;
    }
    return QStringLiteral("other");
}

SourceKind SourceRegistry::kindFromName(const QString &name)
{
    for (SourceKind k : {SourceKind::HugoIndex, SourceKind::Rss, SourceKind::Atom,
                         SourceKind::JsonFeed, SourceKind::MarkdownFolder})
        if (kindName(k) == name)
            return k;
    return SourceKind::Other;
}

QString SourceRegistry::kindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::HugoIndex:
        return tr("Hugo index");
    case SourceKind::Rss:
        return tr("RSS");
    case SourceKind::Atom:
        return tr("Atom");
    case SourceKind::JsonFeed:
        return tr("JSON Feed");
    case SourceKind::MarkdownFolder:
        return tr("Markdown folder");
    case SourceKind::Other:
        break;
    }
    return tr("Other");
}

QString SourceRegistry::authName(AuthKind auth)
{
    switch (auth) {
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::Bearer:
        return QStringLiteral("bearer");
    case AuthKind::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<AuthKind> SourceRegistry::authFromName(const QString &name)
{
    for (AuthKind a : {AuthKind::None, AuthKind::Basic, AuthKind::Bearer})
        if (authName(a) == name.toLower())
            return a;
    return std::nullopt;
}

QString SourceRegistry::statusName(RefreshStatus status)
{
    switch (status) {
    case RefreshStatus::Ok:
        return QStringLiteral("ok");
    case RefreshStatus::Unchanged:
        return QStringLiteral("unchanged");
    case RefreshStatus::Failed:
        return QStringLiteral("failed");
    case RefreshStatus::NeedsCredentials:
        return QStringLiteral("needs-credentials");
    case RefreshStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RefreshStatus::Never:
        break;
    }
    return {};
}

RefreshStatus SourceRegistry::statusFromName(const QString &name)
{
    for (RefreshStatus s : {RefreshStatus::Ok, RefreshStatus::Unchanged, RefreshStatus::Failed,
                            RefreshStatus::NeedsCredentials, RefreshStatus::Cancelled})
        if (statusName(s) == name)
            return s;
    return RefreshStatus::Never;
}

QString SourceRegistry::statusLabel(RefreshStatus status)
{
    switch (status) {
    case RefreshStatus::Ok:
        return tr("Up to date");
    case RefreshStatus::Unchanged:
        return tr("Unchanged");
    case RefreshStatus::Failed:
        return tr("Failed");
    case RefreshStatus::NeedsCredentials:
        return tr("Needs credentials");
    case RefreshStatus::Cancelled:
        return tr("Cancelled");
    case RefreshStatus::Never:
        break;
    }
    return tr("Never refreshed");
}

QList<Source> SourceRegistry::query(const QString &where,
                                    std::initializer_list<QVariant> values) const
{
    QList<Source> out;
    Sql q(m_db, QStringLiteral("SELECT %1 FROM sources s %2 ORDER BY s.id")
                    .arg(QLatin1String(columns), where));
    if (!q.exec(values))
        return out;
    while (q.next()) {
        Source s;
        s.id = q.value(0).toLongLong();
        s.kindName = q.value(1).toString();
        s.kind = kindFromName(s.kindName);
        s.location = q.value(2).toString();
        s.name = q.value(3).toString();
        s.title = q.value(4).toString();
        s.siteUrl = q.value(5).toString();
        s.refreshMinutes = q.value(6).toInt();
        s.auth = authFromName(q.value(7).toString()).value_or(AuthKind::None);
        s.hasSecret = q.value(8).toBool();
        s.includeDrafts = q.value(9).toBool();
        s.etag = q.value(10).toString();
        s.lastModified = q.value(11).toString();
        s.addedAt = fromSecs(q.value(12));
        s.importedAt = fromSecs(q.value(13));
        s.lastRefresh = fromSecs(q.value(14));
        s.lastStatus = statusFromName(q.value(15).toString());
        s.lastError = q.value(16).toString();
        s.lastAdded = q.value(17).toInt();
        s.lastUpdated = q.value(18).toInt();
        s.lastUnchanged = q.value(19).toInt();
        s.lastGone = q.value(20).toInt();
        s.lastDurationMs = q.value(21).toLongLong();
        s.postCount = q.value(22).toInt();
        s.missingCount = q.value(23).toInt();
        out.append(std::move(s));
    }
    return out;
}

QList<Source> SourceRegistry::list() const
{
    return query({}, {});
}

std::optional<Source> SourceRegistry::byId(qint64 id) const
{
    const QList<Source> l = query(QStringLiteral("WHERE s.id = ?"), {id});
    return l.isEmpty() ? std::nullopt : std::optional<Source>(l.first());
}

std::optional<Source> SourceRegistry::find(const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    QList<Source> l = query(QStringLiteral("WHERE s.name = ? COLLATE NOCASE"), {key});
    if (l.isEmpty())
        l = query(QStringLiteral("WHERE s.location = ?"), {key});
    if (l.isEmpty() && QFileInfo(key).isDir())
        l = query(QStringLiteral("WHERE s.location = ?"), {QFileInfo(key).absoluteFilePath()});
    if (l.isEmpty()) {
        bool numeric = false;
        const qint64 id = key.toLongLong(&numeric);
        if (numeric)
            return byId(id);
    }
    return l.isEmpty() ? std::nullopt : std::optional<Source>(l.first());
}

qint64 SourceRegistry::add(const Source &source, QString *error)
{
    const QString name = source.name.trimmed();
    if (!name.isEmpty() &&
        Sql::scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM sources WHERE name = ? COLLATE NOCASE"),
                    {name})
            .toInt()) {
        *error = tr("a source named \"%1\" already exists").arg(name);
        return 0;
    }
    if (const auto other = find(source.location); other && other->location == source.location) {
        *error = tr("%1 is already a source (\"%2\")").arg(source.location, other->displayName());
        return 0;
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = t.error();
        return 0;
    }
    Sql ins(m_db, "INSERT INTO sources(kind, location, title, added_at, name, site_url, "
                  "refresh_minutes, auth_kind, has_secret, include_drafts) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
    if (!ins.exec({kindName(source.kind), txt(source.location), txt(source.title),
                   QDateTime::currentSecsSinceEpoch(), txt(name), txt(source.siteUrl),
                   std::max(0, source.refreshMinutes), authName(source.auth),
                   source.includeDrafts ? 1 : 0})) {
        *error = ins.error();
        return 0;
    }
    const qint64 id = ins.query().lastInsertId().toLongLong();
    QString err;
    if (!t.commit(&err)) {
        *error = err;
        return 0;
    }
    return id;
}

bool SourceRegistry::rename(qint64 id, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() &&
        Sql::scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM sources WHERE name = ? COLLATE NOCASE "
                                   "AND id <> ?"),
                    {trimmed, id})
            .toInt()) {
        *error = tr("a source named \"%1\" already exists").arg(trimmed);
        return false;
    }
    Sql q(m_db, "UPDATE sources SET name = ? WHERE id = ?");
    if (!q.exec({txt(trimmed), id}))
        return (*error = q.error(), false);
    return true;
}

bool SourceRegistry::setRefreshMinutes(qint64 id, int minutes, QString *error)
{
    Sql q(m_db, "UPDATE sources SET refresh_minutes = ? WHERE id = ?");
    if (!q.exec({std::max(0, minutes), id}))
        return (*error = q.error(), false);
    return true;
}

bool SourceRegistry::setAuth(qint64 id, AuthKind auth, QString *error)
{
    Sql q(m_db, "UPDATE sources SET auth_kind = ? WHERE id = ?");
    if (!q.exec({authName(auth), id}))
        return (*error = q.error(), false);
    return true;
}

bool SourceRegistry::setHasSecret(qint64 id, bool hasSecret, QString *error)
{
    Sql q(m_db, "UPDATE sources SET has_secret = ? WHERE id = ?");
    if (!q.exec({hasSecret ? 1 : 0, id}))
        return (*error = q.error(), false);
    return true;
}

bool SourceRegistry::remove(qint64 id, QString *error)
{
    Transaction t(m_db);
    if (!t.isActive())
        return (*error = t.error(), false);
    // Series rows reference posts through series_parts; the cascade from sources covers both.
    Sql q(m_db, "DELETE FROM sources WHERE id = ?");
    if (!q.exec({id}))
        return (*error = q.error(), false);
    return t.commit(error);
}

bool SourceRegistry::record(qint64 id, const RefreshRecord &r, QString *error)
{
    Sql q(m_db, "UPDATE sources SET last_refresh = ?, last_status = ?, last_error = ?, "
                "last_added = ?, last_updated = ?, last_unchanged = ?, last_gone = ?, "
                "last_duration_ms = ?, etag = CASE WHEN ? THEN ? ELSE etag END, "
                "last_modified = CASE WHEN ? THEN ? ELSE last_modified END WHERE id = ?");
    const bool counts = r.status == RefreshStatus::Ok;
    if (!q.exec({QDateTime::currentSecsSinceEpoch(), txt(statusName(r.status)), txt(r.error),
                 counts ? r.summary.added : 0, counts ? r.summary.updated : 0,
                 counts ? r.summary.unchanged : 0, counts ? r.summary.missing : 0, r.durationMs,
                 r.storeValidators ? 1 : 0, txt(r.etag), r.storeValidators ? 1 : 0,
                 txt(r.lastModified), id}))
        return (*error = q.error(), false);
    return true;
}

} // namespace Lectern
