#pragma once

#include "ingest/hugoimporter.h"
#include "sources/fetcher.h"
#include "sources/sourceregistry.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>

namespace Lectern {

class Library;

struct RefreshOptions
{
    FetchLimits limits;
    const std::atomic_bool *cancel = nullptr;
    // Progress of the current source: items imported or articles fetched so far.
    std::function<void(int done, int total)> progress;
    // Sanitize + highlight an HTML body (see FeedImportOptions::prepareBody); default: on the
    // calling thread.
    std::function<QString(const QString &html, const QUrl &base)> prepareBody;
    // Pause between two article pages of one site (politeness; "Fetch all" is rate-limited).
    int articleDelayMs = 1000;
    // Split new posts into headings/prose/code for search right after the import.
    bool refreshSearchIndex = true;
};

struct RefreshResult
{
    qint64 sourceId = 0;
    QString sourceName;
    RefreshStatus status = RefreshStatus::Never;
    ImportSummary summary;
    QString error;
    int httpStatus = 0;
    qint64 bytes = 0;     // downloaded (decoded)
    qint64 fetchMs = 0;   // the download
    qint64 elapsedMs = 0; // download + parse + store
    bool changed() const { return summary.added || summary.updated; }
    // One line for a status bar or the command line: "Go blog: 3 added, 1 updated, 51 unchanged,
    // 0 missing", "Go blog: unchanged (not modified)", "Go blog: failed: ...".
    QString message() const;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::RefreshResult)
};

// What an address turned out to be.
struct ProbeResult
{
    bool ok = false;
    SourceKind kind = SourceKind::Other;
    QUrl url; // the feed or index itself (after following a page's <link rel="alternate">)
    QString title;
    QUrl siteUrl;
    QString error;
    bool needsCredentials = false;
    FetchResult fetch; // the download of `url`, imported by importProbed() without a second GET
};

struct ArticleFetchResult
{
    int candidates = 0; // posts that needed their article
    int fetched = 0;
    int unchanged = 0; // 304: the stored article still holds
    int failed = 0;
    int remaining = 0; // not attempted (cancelled, limit, or the site asked to slow down)
    bool cancelled = false;
    bool rateLimited = false;
    QStringList problems; // "permalink: why", one per failed post
    QString message() const;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::ArticleFetchResult)
};

// The work of refreshing one source, blocking: download (conditional), recognise, parse, import
// in one transaction, and record the outcome in the source's row (status, error, counts,
// validators). A failure of any kind leaves the posts exactly as they were; only the source's
// status row says what happened. Also probes new addresses and fetches full articles.
// Belongs to the thread that created it (its Fetcher does); SourceManager runs one per job in a
// worker thread, the command line on the main thread.
class SourceRefresher final
{
public:
    explicit SourceRefresher(Library &library, RefreshOptions options = {});
    ~SourceRefresher();

    const RefreshOptions &options() const { return m_options; }

    // Downloads `url` and says what it is: a Hugo index, RSS, Atom, JSON Feed, or a page that
    // advertises one of those (which is then downloaded too).
    ProbeResult probe(const QUrl &url, const Credentials &credentials);

    RefreshResult refresh(const Source &source, const Credentials &credentials);
    // The first import of a source just added, from what probe() already downloaded.
    RefreshResult importProbed(const Source &source, const ProbeResult &probe);

    // Fetches the permalink pages of the source's posts that have only index text or a summary
    // (or whose article went stale), one by one with a pause between them, each stored in its
    // own transaction: an interrupted run resumes where it stopped. `postIds` empty: all that
    // need it. `limit` > 0: at most that many.
    ArticleFetchResult fetchArticles(const Source &source, const Credentials &credentials,
                                     const QList<qint64> &postIds = {}, int limit = 0);
    // Posts of `sourceId` whose article is still to fetch, in publication order.
    QList<qint64> articlesToFetch(qint64 sourceId) const;

private:
    RefreshResult importDownload(const Source &source, const FetchResult &fetch,
                                 RefreshResult result);
    RefreshResult refreshFolder(const Source &source, RefreshResult result);
    RefreshResult finish(const Source &source, RefreshResult result, const RefreshRecord &record);
    bool fetchArticle(const Source &source, const Credentials &credentials, qint64 postId,
                      ArticleFetchResult *result);
    Fetcher &fetcher();
    QString prepare(const QString &html, const QUrl &base) const;

    Library &m_library;
    RefreshOptions m_options;
    std::unique_ptr<Fetcher> m_fetcher;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::RefreshResult)
Q_DECLARE_METATYPE(Lectern::ArticleFetchResult)
