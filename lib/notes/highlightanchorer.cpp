#include "notes/highlightanchorer.h"

#include "store/library.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::HighlightAnchorer", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

struct Stored
{
    qint64 id = 0;
    TextQuote quote;
    bool detached = false;
};

} // namespace

QString ReanchorSummary::text() const
{
    return tr("%1 checked: %2 in place, %3 moved, %4 changed slightly, %5 detached "
              "(%6 placed again)")
        .arg(checked)
        .arg(unchanged)
        .arg(moved)
        .arg(fuzzy)
        .arg(detached)
        .arg(reattached);
}

HighlightAnchorer::HighlightAnchorer(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Highlight> HighlightAnchorer::create(qint64 postId, const TextQuote &selection,
                                                   const QString &color, const QString &note,
                                                   QString *error)
{
    if (selection.exact.trimmed().isEmpty()) {
        fail(error, tr("a highlight needs the text it marks (the quote is empty)"));
        return std::nullopt;
    }
    const auto post = PostRepository(m_db).byId(postId);
    if (!post) {
        fail(error, tr("no post with id %1 in the library").arg(postId));
        return std::nullopt;
    }
    const TextAnchorMatch match = TextAnchor::locate(post->content, selection);
    if (!match.isPlaced()) {
        const QString shown = selection.exact.simplified();
        fail(error, tr("“%1” is not in the text of “%2”")
                        .arg(shown.size() > 60 ? shown.left(57) + QStringLiteral("...") : shown,
                             post->title));
        return std::nullopt;
    }
    const TextQuote placed = TextAnchor::describe(post->content, match.start, match.end);
    Highlight h;
    h.postId = postId;
    h.quote = placed.exact;
    h.prefix = placed.prefix;
    h.suffix = placed.suffix;
    h.startPos = placed.start;
    h.endPos = placed.end;
    h.color = color;
    h.note = note.trimmed().isEmpty() ? QString() : note;
    return HighlightRepository(m_db).add(h, error);
}

bool HighlightAnchorer::reanchorPost(qint64 postId, ReanchorSummary *summary, QString *error,
                                     bool force)
{
    // A read first: opening an article must not take the write lock when nothing changed.
    if (!force) {
        Sql stale(m_db, "SELECT count(*) FROM highlights h JOIN posts p ON p.id = h.post_id "
                        "WHERE h.post_id = ? AND h.anchor_hash <> p.content_hash");
        if (!stale.exec({postId}))
            return fail(error, stale.error());
        if (stale.next() && stale.value(0).toInt() == 0)
            return true;
    }
    Transaction t(m_db);
    if (!t.isActive())
        return fail(error, tr("cannot write to the library: %1").arg(t.error()));
    Sql post(m_db, "SELECT content, content_hash FROM posts WHERE id = ?");
    if (!post.exec({postId}))
        return fail(error, post.error());
    if (!post.next())
        return fail(error, tr("no post with id %1 in the library").arg(postId));
    const QString content = post.value(0).toString();
    const QString hash = post.value(1).toString();

    Sql list(m_db, "SELECT id, quote, prefix, suffix, start_pos, end_pos, detached FROM highlights "
                   "WHERE post_id = ? AND (? OR anchor_hash <> ?) ORDER BY start_pos, id");
    if (!list.exec({postId, force ? 1 : 0, hash}))
        return fail(error, list.error());
    QList<Stored> stored;
    while (list.next())
        stored.append({list.value(0).toLongLong(),
                       {list.value(1).toString(), list.value(2).toString(),
                        list.value(3).toString(), list.value(4).toInt(), list.value(5).toInt()},
                       list.value(6).toBool()});
    if (stored.isEmpty())
        return true; // nothing to do: no write, no commit needed

    ReanchorSummary local;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Stored &s : std::as_const(stored)) {
        ++local.checked;
        const TextAnchorMatch m = TextAnchor::locate(content, s.quote);
        if (!m.isPlaced()) {
            ++local.detached;
            Sql q(m_db, "UPDATE highlights SET detached = 1, anchor_hash = ?, "
                        "updated_at = CASE WHEN detached THEN updated_at ELSE ? END WHERE id = ?");
            if (!q.exec({hash, now, s.id}))
                return fail(error, q.error());
            continue;
        }
        switch (m.method) {
        case TextAnchorMatch::Method::Position:
            ++local.unchanged;
            break;
        case TextAnchorMatch::Method::Exact:
            ++local.moved;
            break;
        default:
            ++local.fuzzy;
            break;
        }
        if (s.detached)
            ++local.reattached;
        const TextQuote placed = TextAnchor::describe(content, m.start, m.end);
        const bool changed = s.detached || !(placed == s.quote);
        Sql q(m_db, "UPDATE highlights SET quote = ?, prefix = ?, suffix = ?, start_pos = ?, "
                    "end_pos = ?, detached = 0, anchor_hash = ?, "
                    "updated_at = CASE WHEN ? THEN ? ELSE updated_at END WHERE id = ?");
        if (!q.exec({placed.exact, placed.prefix, placed.suffix, placed.start, placed.end, hash,
                     changed ? 1 : 0, now, s.id}))
            return fail(error, q.error());
    }
    QString err;
    if (!t.commit(&err))
        return fail(error, tr("cannot save to the library: %1").arg(err));
    if (summary) {
        summary->checked += local.checked;
        summary->unchanged += local.unchanged;
        summary->moved += local.moved;
        summary->fuzzy += local.fuzzy;
        summary->detached += local.detached;
        summary->reattached += local.reattached;
    }
    return true;
}

bool HighlightAnchorer::reanchorStale(ReanchorSummary *summary, QString *error)
{
    Sql q(m_db, "SELECT DISTINCT h.post_id FROM highlights h JOIN posts p ON p.id = h.post_id "
                "WHERE h.anchor_hash <> p.content_hash ORDER BY h.post_id");
    if (!q.exec())
        return fail(error, q.error());
    QList<qint64> posts;
    while (q.next())
        posts.append(q.value(0).toLongLong());
    for (qint64 postId : std::as_const(posts))
        if (!reanchorPost(postId, summary, error))
            return false;
    return true;
}

QJsonArray HighlightAnchorer::pageHighlights(qint64 postId)
{
    QString error;
    if (!reanchorPost(postId, nullptr, &error))
        qWarning("Lectern: re-anchoring the highlights of post %lld failed: %s", postId,
                 qPrintable(error));
    const auto post = PostRepository(m_db).byId(postId);
    QJsonArray array;
    if (!post)
        return array;
    for (const Highlight &h : HighlightRepository(m_db).forPost(postId)) {
        array.append(QJsonObject{
            {QStringLiteral("id"), h.id},
            {QStringLiteral("exact"), h.quote},
            {QStringLiteral("prefix"), h.prefix},
            {QStringLiteral("suffix"), h.suffix},
            {QStringLiteral("start"), h.startPos},
            {QStringLiteral("end"), h.endPos},
            {QStringLiteral("occurrence"),
             h.detached ? -1 : TextAnchor::occurrenceAt(post->content, h.quote, h.startPos)},
            {QStringLiteral("color"), h.color},
            {QStringLiteral("note"), h.note},
            {QStringLiteral("detached"), h.detached},
        });
    }
    return array;
}

} // namespace Lectern
