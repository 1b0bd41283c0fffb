#pragma once

#include "ingest/hugoimporter.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <optional>

namespace Lectern {

enum class SourceKind
{
    HugoIndex,
    Rss,
    Atom,
    JsonFeed,
    MarkdownFolder,
    Other, // e.g. the bundled sample ("sample"): listed, not refreshable
};

enum class AuthKind
{
    None,
    Basic,  // the secret is "user:password"
    Bearer, // the secret is the token
};

// How the last refresh ended (sources.last_status).
enum class RefreshStatus
{
    Never,            // ''
    Ok,               // 'ok': downloaded and imported
    Unchanged,        // 'unchanged': 304, or the same bytes
    Failed,           // 'failed': nothing stored changed; lastError says why
    NeedsCredentials, // 'needs-credentials': 401/403, or no secret to send
    Cancelled,        // 'cancelled'
};

// One row of `sources` with what the Sources panel shows about it. Never holds a secret.
struct Source
{
    qint64 id = 0;
    SourceKind kind = SourceKind::Other;
    QString kindName; // as stored: "hugo-index", "rss", "atom", "jsonfeed", "markdown-folder"
    QString location; // the URL fetched, or the folder's absolute path
    QString name;     // the user's name (may be empty)
    QString title;    // what the source calls itself
    QString siteUrl;
    int refreshMinutes = 0; // 0: only by hand
    AuthKind auth = AuthKind::None;
    bool hasSecret = false; // the keychain holds one (never the secret itself)
    bool includeDrafts = false;
    QString etag;
    QString lastModified;
    QDateTime addedAt;
    QDateTime importedAt;  // last import that stored something
    QDateTime lastRefresh; // last attempt
    RefreshStatus lastStatus = RefreshStatus::Never;
    QString lastError;
    int lastAdded = 0;
    int lastUpdated = 0;
    int lastUnchanged = 0;
    int lastGone = 0;
    qint64 lastDurationMs = 0;
    int postCount = 0;    // posts not missing
    int missingCount = 0; // posts flagged missing

    QString displayName() const;
    bool isRemote() const; // http(s)
    bool isRefreshable() const { return kind != SourceKind::Other; }
    // The keychain entry of this source's secret (service "Lectern").
    QString secretKey() const { return secretKeyFor(location); }
    static QString secretKeyFor(const QString &location);
    bool isDue(const QDateTime &now) const;
    bool operator==(const Source &) const = default;
};

// What a finished refresh writes back to its source row.
struct RefreshRecord
{
    RefreshStatus status = RefreshStatus::Ok;
    QString error;
    bool storeValidators = false; // write etag / lastModified (only after a successful import)
    QString etag;
    QString lastModified;
    ImportSummary summary;
    qint64 durationMs = 0;
};

// The sources table: add, list, find, rename, forget, and the record of each refresh.
// Uses one connection (the caller's thread).
class SourceRegistry final
{
public:
    explicit SourceRegistry(QSqlDatabase db);

    QList<Source> list() const;
    std::optional<Source> byId(qint64 id) const;
    // By name (case-insensitive), else location, else a numeric id.
    std::optional<Source> find(const QString &nameOrLocation) const;

    // Adds `source` (kind, location, name, title, siteUrl, refreshMinutes, auth, includeDrafts);
    // returns its id, or 0 with a message (a name or location already used, ...).
    qint64 add(const Source &source, QString *error);
    bool rename(qint64 id, const QString &name, QString *error);
    bool setRefreshMinutes(qint64 id, int minutes, QString *error);
    bool setAuth(qint64 id, AuthKind auth, QString *error);
    bool setHasSecret(qint64 id, bool hasSecret, QString *error);
    // Removes the source and its posts (with their marks: the caller asks the user first).
    bool remove(qint64 id, QString *error);
    bool record(qint64 id, const RefreshRecord &record, QString *error);

    static QString kindName(SourceKind kind);
    static SourceKind kindFromName(const QString &name);
    static QString kindLabel(SourceKind kind); // "RSS", "Markdown folder", ...
    static QString authName(AuthKind auth);    // "none", "basic", "bearer"
    static std::optional<AuthKind> authFromName(const QString &name);
    static QString statusName(RefreshStatus status);
    static RefreshStatus statusFromName(const QString &name);
    static QString statusLabel(RefreshStatus status); // translated, for views

private:
    QList<Source> query(const QString &where, std::initializer_list<QVariant> values) const;
    QSqlDatabase m_db;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::Source)
