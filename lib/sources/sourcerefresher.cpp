#include "sources/sourcerefresher.h"

#include "ingest/articleextractor.h"
#include "ingest/feedimporter.h"
#include "ingest/feedparser.h"
#include "ingest/markdownfolder.h"
#include "search/searchindex.h"
#include "store/library.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

namespace Lectern {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Lectern::SourceRefresher", text, disambiguation, n);
}

// A bound null QString is SQL NULL: text columns are NOT NULL, so bind '' instead.
QString txt(const QString &s)
{
    return s.isNull() ? QString::fromLatin1("") : s;
}

SourceKind kindFor(FeedFormat format)
{
    switch (format) {
    case FeedFormat::HugoIndex:
        return SourceKind::HugoIndex;
    case FeedFormat::Rss:
        return SourceKind::Rss;
    case FeedFormat::Atom:
        return SourceKind::Atom;
    case FeedFormat::JsonFeed:
        return SourceKind::JsonFeed;
    default:
        break;
    }
    return SourceKind::Other;
}

QString origin(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host().toLower() + u':' +
           QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

// Waits `ms`, waking early when cancelled. Returns false when cancelled.
bool pause(int ms, const std::atomic_bool *cancel)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cancel && *cancel)
            return false;
        QThread::msleep(std::min<qint64>(25, std::max<qint64>(1, deadline.remainingTime())));
    }
    return !(cancel && *cancel);
}

} // namespace

QString RefreshResult::message() const
{
    switch (status) {
    case RefreshStatus::Ok: {
        QString s = tr("%1: %2").arg(sourceName, summary.text());
        if (!summary.problems.isEmpty())
            s += tr(" (%n problem(s))", nullptr, int(summary.problems.size()));
        return s;
    }
    case RefreshStatus::Unchanged:
        return httpStatus == 304
                   ? tr("%1: unchanged (not modified since the last refresh)").arg(sourceName)
                   : tr("%1: unchanged").arg(sourceName);
    case RefreshStatus::NeedsCredentials:
        return tr("%1: needs credentials: %2").arg(sourceName, error);
    case RefreshStatus::Cancelled:
        return tr("%1: cancelled; nothing was changed").arg(sourceName);
    case RefreshStatus::Failed:
    case RefreshStatus::Never:
        break;
    }
    return tr("%1: failed: %2").arg(sourceName, error);
}

QString ArticleFetchResult::message() const
{
    QString s = tr("%1 of %2 articles fetched, %3 unchanged, %4 failed")
                    .arg(fetched)
                    .arg(candidates)
                    .arg(unchanged)
                    .arg(failed);
    if (rateLimited)
        s += tr("; the site asked Lectern to slow down, %1 left for the next run").arg(remaining);
    else if (cancelled)
        s += tr("; cancelled, %1 left for the next run").arg(remaining);
    else if (remaining)
        s += tr("; %1 left for the next run").arg(remaining);
    return s;
}

SourceRefresher::SourceRefresher(Library &library, RefreshOptions options)
    : m_library(library)
    , m_options(std::move(options))
{}

SourceRefresher::~SourceRefresher() = default;

Fetcher &SourceRefresher::fetcher()
{
    if (!m_fetcher)
        m_fetcher = std::make_unique<Fetcher>(m_options.limits);
    return *m_fetcher;
}

QString SourceRefresher::prepare(const QString &html, const QUrl &base) const
{
    return m_options.prepareBody ? m_options.prepareBody(html, base)
                                 : ArticleExtractor::prepareBody(html, base);
}

ProbeResult SourceRefresher::probe(const QUrl &url, const Credentials &credentials)
{
    ProbeResult p;
    p.url = url;
    FetchRequest request;
    request.url = url;
    request.credentials = credentials;
    p.fetch = fetcher().get(request, m_options.cancel);
    if (!p.fetch.ok()) {
        p.needsCredentials = p.fetch.problem == FetchResult::Problem::Unauthorized;
        p.error = p.fetch.error;
        return p;
    }
    QString why;
    FeedFormat format = FeedParser::detect(p.fetch.body, p.fetch.contentType, &why);
    if (format == FeedFormat::Html) {
        const QList<FeedLink> feeds = FeedParser::discover(p.fetch.body, p.fetch.finalUrl);
        if (feeds.isEmpty()) {
            p.error = tr("%1 is a web page that advertises no feed (no <link rel=\"alternate\"> "
                         "to RSS, Atom or JSON Feed)")
                          .arg(url.toDisplayString());
            return p;
        }
        p.siteUrl = p.fetch.finalUrl;
        p.url = feeds.first().url;
        request.url = p.url;
        // The credentials go with the advertised feed only when it is on the same site.
        if (origin(p.url) != origin(url))
            request.credentials = {};
        p.fetch = fetcher().get(request, m_options.cancel);
        if (!p.fetch.ok()) {
            p.needsCredentials = p.fetch.problem == FetchResult::Problem::Unauthorized;
            p.error =
                tr("the page advertises %1, but: %2").arg(p.url.toDisplayString(), p.fetch.error);
            return p;
        }
        format = FeedParser::detect(p.fetch.body, p.fetch.contentType, &why);
        if (format == FeedFormat::Html || format == FeedFormat::Unknown) {
            p.error =
                tr("the page advertises %1, but that is not a feed: %2")
                    .arg(p.url.toDisplayString(), why.isEmpty() ? tr("it is a web page") : why);
            return p;
        }
    }
    if (format == FeedFormat::Unknown) {
        p.error = tr("%1: %2").arg(url.toDisplayString(), why);
        return p;
    }
    p.kind = kindFor(format);
    // Check that it parses now, so a broken feed is refused before it becomes a source.
    if (format == FeedFormat::HugoIndex) {
        p.title = p.url.host();
    } else {
        ParsedFeed feed;
        QString err;
        if (!FeedParser::parse(p.fetch.body, format, p.fetch.finalUrl, p.url.toDisplayString(),
                               &feed, &err)) {
            p.error = err;
            return p;
        }
        p.title = feed.title;
        if (feed.siteUrl.isValid())
            p.siteUrl = feed.siteUrl;
    }
    p.ok = true;
    return p;
}

RefreshResult SourceRefresher::finish(const Source &source, RefreshResult result,
                                      const RefreshRecord &recordIn)
{
    RefreshRecord record = recordIn;
    record.status = result.status;
    record.error = result.error;
    record.summary = result.summary;
    record.durationMs = result.elapsedMs;
    QString err;
    SourceRegistry registry(m_library.connection());
    if (!registry.record(source.id, record, &err) && result.status == RefreshStatus::Ok) {
        // The posts are stored; only the status row could not be written.
        result.error = tr("the source's status could not be saved: %1").arg(err);
    }
    if (result.changed() && m_options.refreshSearchIndex) {
        QString indexError;
        SearchIndex(m_library.connection()).refresh(&indexError, m_options.cancel);
    }
    return result;
}

RefreshResult SourceRefresher::refresh(const Source &source, const Credentials &credentials)
{
    QElapsedTimer clock;
    clock.start();
    RefreshResult result;
    result.sourceId = source.id;
    result.sourceName = source.displayName();
    if (!source.isRefreshable()) {
        result.status = RefreshStatus::Failed;
        result.error = tr("a %1 source cannot be refreshed").arg(source.kindName);
        return result; // nothing recorded: it never refreshes
    }
    if (source.kind == SourceKind::MarkdownFolder) {
        result = refreshFolder(source, result);
        result.elapsedMs = clock.elapsed();
        return finish(source, result, {});
    }
    if (!source.isRemote()) {
        // A local index file, as `lectern import FILE` added it.
        HugoImporter importer(m_library);
        ImportOptions options;
        if (m_options.progress || m_options.cancel)
            options.progress = [this](int done, int total) {
                if (m_options.progress)
                    m_options.progress(done, total);
                return !(m_options.cancel && *m_options.cancel);
            };
        QString err;
        if (importer.importFile(source.location, options, &result.summary, &err)) {
            result.status = result.changed() || result.summary.missing != source.missingCount
                                ? RefreshStatus::Ok
                                : RefreshStatus::Unchanged;
        } else {
            result.status = m_options.cancel && *m_options.cancel ? RefreshStatus::Cancelled
                                                                  : RefreshStatus::Failed;
            result.error = err;
        }
        result.elapsedMs = clock.elapsed();
        return finish(source, result, {});
    }
    if (source.auth != AuthKind::None && credentials.isEmpty()) {
        result.status = RefreshStatus::NeedsCredentials;
        result.error = source.auth == AuthKind::Basic
                           ? tr("no user name and password for this source (Basic "
                                "authentication); enter them to refresh it")
                           : tr("no token for this source (Bearer authentication); enter it to "
                                "refresh it");
        result.elapsedMs = clock.elapsed();
        return finish(source, result, {});
    }
    FetchRequest request;
    request.url = QUrl(source.location);
    request.etag = source.etag.toUtf8();
    request.lastModified = source.lastModified.toUtf8();
    request.credentials = credentials;
    const FetchResult fetch = fetcher().get(request, m_options.cancel);
    result = importDownload(source, fetch, result);
    result.elapsedMs = clock.elapsed();
    RefreshRecord record;
    if (result.status == RefreshStatus::Ok || result.status == RefreshStatus::Unchanged) {
        // Validators are kept only once what they describe is stored; a 304 may renew them.
        if (fetch.outcome == FetchResult::Outcome::Ok) {
            record.storeValidators = true;
            record.etag = QString::fromUtf8(fetch.etag);
            record.lastModified = QString::fromUtf8(fetch.lastModified);
        } else if (!fetch.etag.isEmpty() || !fetch.lastModified.isEmpty()) {
            record.storeValidators = true;
            record.etag = QString::fromUtf8(fetch.etag.isEmpty() ? request.etag : fetch.etag);
            record.lastModified = QString::fromUtf8(
                fetch.lastModified.isEmpty() ? request.lastModified : fetch.lastModified);
        }
    }
    return finish(source, result, record);
}

RefreshResult SourceRefresher::importProbed(const Source &source, const ProbeResult &probe)
{
    QElapsedTimer clock;
    clock.start();
    RefreshResult result;
    result.sourceId = source.id;
    result.sourceName = source.displayName();
    result = importDownload(source, probe.fetch, result);
    result.elapsedMs = clock.elapsed() + probe.fetch.elapsedMs;
    RefreshRecord record;
    if (result.status == RefreshStatus::Ok || result.status == RefreshStatus::Unchanged) {
        record.storeValidators = true;
        record.etag = QString::fromUtf8(probe.fetch.etag);
        record.lastModified = QString::fromUtf8(probe.fetch.lastModified);
    }
    return finish(source, result, record);
}

RefreshResult SourceRefresher::importDownload(const Source &source, const FetchResult &fetch,
                                              RefreshResult result)
{
    result.httpStatus = fetch.httpStatus;
    result.bytes = fetch.body.size();
    result.fetchMs = fetch.elapsedMs;
    switch (fetch.outcome) {
    case FetchResult::Outcome::Cancelled:
        result.status = RefreshStatus::Cancelled;
        return result;
    case FetchResult::Outcome::Failed:
        result.status = fetch.problem == FetchResult::Problem::Unauthorized
                            ? RefreshStatus::NeedsCredentials
                            : RefreshStatus::Failed;
        result.error = fetch.error;
        return result;
    case FetchResult::Outcome::NotModified:
        result.status = RefreshStatus::Unchanged;
        result.summary.sourceId = source.id;
        result.summary.unchanged = source.postCount;
        return result;
    case FetchResult::Outcome::Ok:
        break;
    }
    const QString location = source.location;
    QString why;
    const FeedFormat format = FeedParser::detect(fetch.body, fetch.contentType, &why);
    const auto fail = [&](const QString &error) {
        result.status = RefreshStatus::Failed;
        result.error = error;
        return result;
    };
    if (format == FeedFormat::Unknown)
        return fail(tr("%1: %2").arg(fetch.finalUrl.toDisplayString(), why));
    if (format == FeedFormat::Html)
        return fail(
            tr("%1 now answers with a web page, not a %2")
                .arg(fetch.finalUrl.toDisplayString(), SourceRegistry::kindLabel(source.kind)));
    const bool expectIndex = source.kind == SourceKind::HugoIndex;
    if (expectIndex != (format == FeedFormat::HugoIndex))
        return fail(tr("%1 now serves a %2, not a %3")
                        .arg(fetch.finalUrl.toDisplayString(), FeedParser::formatLabel(format),
                             SourceRegistry::kindLabel(source.kind)));
    QString err;
    bool ok = false;
    if (format == FeedFormat::HugoIndex) {
        HugoImporter importer(m_library);
        ImportOptions options;
        options.progress = [this](int done, int total) {
            if (m_options.progress)
                m_options.progress(done, total);
            return !(m_options.cancel && *m_options.cancel);
        };
        ok = importer.importData(fetch.body, location, options, &result.summary, &err);
    } else {
        ParsedFeed feed;
        if (!FeedParser::parse(fetch.body, format, fetch.finalUrl, location, &feed, &err))
            return fail(err);
        FeedImportOptions options;
        options.origin = QStringLiteral("feed");
        options.prepareBody = m_options.prepareBody;
        options.progress = [this](int done, int total) {
            if (m_options.progress)
                m_options.progress(done, total);
            return !(m_options.cancel && *m_options.cancel);
        };
        FeedImporter importer(m_library);
        ok = importer.importFeed(source.id, feed, location, options, &result.summary, &err);
        if (ok && (source.title.isEmpty() || source.siteUrl.isEmpty())) {
            Sql q(m_library.connection(),
                  "UPDATE sources SET title = CASE WHEN title = '' THEN ? ELSE title END, "
                  "site_url = CASE WHEN site_url = '' THEN ? ELSE site_url END WHERE id = ?");
            q.exec({txt(feed.title), txt(feed.siteUrl.toString()), source.id});
        }
    }
    if (!ok) {
        if (m_options.cancel && *m_options.cancel) {
            result.status = RefreshStatus::Cancelled;
            return result;
        }
        return fail(err);
    }
    result.status = result.changed() || result.summary.missing != source.missingCount
                        ? RefreshStatus::Ok
                        : RefreshStatus::Unchanged;
    return result;
}

RefreshResult SourceRefresher::refreshFolder(const Source &source, RefreshResult result)
{
    MarkdownFolderOptions folderOptions;
    folderOptions.includeDrafts = source.includeDrafts;
    if (!source.siteUrl.isEmpty())
        folderOptions.baseUrl = QUrl(source.siteUrl);
    MarkdownFolder folder(source.location, folderOptions);
    FolderScan scan;
    QString err;
    if (!folder.scan(&scan, &err)) {
        result.status = RefreshStatus::Failed;
        result.error = err;
        return result;
    }
    FeedImportOptions options;
    options.origin = QStringLiteral("markdown");
    // While a file cannot be read, its post is not "gone": nothing is flagged this time.
    options.listing = scan.problems.isEmpty() ? FeedImportOptions::Listing::Complete
                                              : FeedImportOptions::Listing::Incomplete;
    options.prepareBody = m_options.prepareBody;
    options.progress = [this](int done, int total) {
        if (m_options.progress)
            m_options.progress(done, total);
        return !(m_options.cancel && *m_options.cancel);
    };
    FeedImporter importer(m_library);
    if (!importer.store(source.id, scan.posts, source.location, options, &result.summary, &err)) {
        result.status = m_options.cancel && *m_options.cancel ? RefreshStatus::Cancelled
                                                              : RefreshStatus::Failed;
        result.error = result.status == RefreshStatus::Failed ? err : QString();
        return result;
    }
    result.summary.problems = scan.problems + result.summary.problems;
    result.summary.skipped += int(scan.problems.size());
    result.status = result.changed() || result.summary.missing != source.missingCount
                        ? RefreshStatus::Ok
                        : RefreshStatus::Unchanged;
    if (!scan.problems.isEmpty())
        result.error = scan.problems.join(u'\n');
    return result;
}

QList<qint64> SourceRefresher::articlesToFetch(qint64 sourceId) const
{
    QList<qint64> ids;
    Sql q(m_library.connection(),
          "SELECT p.id FROM posts p LEFT JOIN posts_rich r ON r.post_id = p.id "
          "WHERE p.source_id = ? AND p.missing = 0 AND (p.permalink LIKE 'http://%' OR "
          "p.permalink LIKE 'https://%') AND (r.post_id IS NULL OR r.complete = 0 OR "
          "(r.origin = 'article' AND r.source_hash <> p.content_hash)) ORDER BY p.pub_order");
    if (q.exec({sourceId}))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

ArticleFetchResult SourceRefresher::fetchArticles(const Source &source,
                                                  const Credentials &credentials,
                                                  const QList<qint64> &postIds, int limit)
{
    ArticleFetchResult result;
    const QList<qint64> wanted = articlesToFetch(source.id);
    QList<qint64> todo;
    if (postIds.isEmpty()) {
        todo = wanted;
    } else {
        // Asked for by hand: fetch these even when they have a body already.
        for (qint64 id : postIds)
            if (Sql::scalar(m_library.connection(),
                            QStringLiteral("SELECT source_id FROM posts WHERE id = ?"), {id})
                    .toLongLong() == source.id)
                todo << id;
    }
    result.candidates = int(todo.size());
    if (limit > 0 && todo.size() > limit) {
        result.remaining = int(todo.size()) - limit;
        todo = todo.mid(0, limit);
    }
    for (int i = 0; i < todo.size(); ++i) {
        if ((m_options.cancel && *m_options.cancel) ||
            (i > 0 && !pause(m_options.articleDelayMs, m_options.cancel))) {
            result.cancelled = true;
            result.remaining += int(todo.size()) - i;
            break;
        }
        if (!fetchArticle(source, credentials, todo.at(i), &result)) {
            result.remaining += int(todo.size()) - i - 1;
            break;
        }
        if (m_options.progress)
            m_options.progress(i + 1, int(todo.size()));
    }
    if (result.fetched && m_options.refreshSearchIndex) {
        QString indexError;
        SearchIndex(m_library.connection()).refresh(&indexError, m_options.cancel);
    }
    return result;
}

bool SourceRefresher::fetchArticle(const Source &source, const Credentials &credentials,
                                   qint64 postId, ArticleFetchResult *result)
{
    const QSqlDatabase db = m_library.connection();
    QString permalink, hash, etag, lastModified;
    {
        Sql q(db, "SELECT p.permalink, p.content_hash, "
                  "CASE WHEN r.origin = 'article' THEN r.etag ELSE '' END, "
                  "CASE WHEN r.origin = 'article' THEN r.last_modified ELSE '' END "
                  "FROM posts p LEFT JOIN posts_rich r ON r.post_id = p.id WHERE p.id = ?");
        if (!q.exec({postId}) || !q.next())
            return true; // gone meanwhile
        permalink = q.value(0).toString();
        hash = q.value(1).toString();
        etag = q.value(2).toString();
        lastModified = q.value(3).toString();
    }
    const auto failed = [&](const QString &why) {
        ++result->failed;
        result->problems << tr("%1: %2").arg(permalink, why);
        Sql f(db, "INSERT INTO article_failures(post_id, attempted_at, error) VALUES (?, ?, ?) "
                  "ON CONFLICT(post_id) DO UPDATE SET attempted_at = excluded.attempted_at, "
                  "error = excluded.error");
        f.exec({postId, QDateTime::currentSecsSinceEpoch(), txt(why)});
        return true;
    };
    FetchRequest request;
    request.url = QUrl(permalink);
    request.etag = etag.toUtf8();
    request.lastModified = lastModified.toUtf8();
    request.accept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    if (origin(request.url) == origin(QUrl(source.location)))
        request.credentials = credentials;
    const FetchResult fetch = fetcher().get(request, m_options.cancel);
    if (fetch.outcome == FetchResult::Outcome::Cancelled) {
        result->cancelled = true;
        ++result->remaining;
        return false;
    }
    if (fetch.httpStatus == 429 || fetch.httpStatus == 503) {
        result->rateLimited = true;
        ++result->remaining;
        result->problems << tr("%1: the site answered HTTP %2; stopping until the next run")
                                .arg(permalink)
                                .arg(fetch.httpStatus);
        return false;
    }
    if (fetch.outcome == FetchResult::Outcome::Failed)
        return failed(fetch.error);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (fetch.outcome == FetchResult::Outcome::NotModified) {
        // The page still holds: the stored article is current again, and so is its text
        // (an index update may have put the index text back into posts.content).
        const QString html =
            Sql::scalar(db, QStringLiteral("SELECT html FROM posts_rich WHERE post_id = ?"),
                        {postId})
                .toString();
        Transaction t(db);
        Sql rich(db, "UPDATE posts_rich SET source_hash = ?, fetched_at = ? WHERE post_id = ? "
                     "AND origin = 'article'");
        Sql post(db, "UPDATE posts SET content = ? WHERE id = ?");
        Sql clear(db, "DELETE FROM article_failures WHERE post_id = ?");
        QString err;
        if (!t.isActive() || !rich.exec({txt(hash), now, postId}) ||
            !post.exec({txt(ArticleExtractor::plainText(html)), postId}) || !clear.exec({postId}) ||
            !t.commit(&err))
            return failed(t.error() + rich.error() + post.error() + clear.error() + err);
        ++result->unchanged;
        return true;
    }
    QString why;
    const FeedFormat format = FeedParser::detect(fetch.body, fetch.contentType, &why);
    if (format != FeedFormat::Html)
        return failed(format == FeedFormat::Unknown
                          ? why
                          : tr("the permalink serves a %1, not a web page")
                                .arg(FeedParser::formatLabel(format)));
    ExtractedArticle article;
    if (!ArticleExtractor::extract(ArticleExtractor::decodeHtml(fetch.body, fetch.contentType),
                                   fetch.finalUrl, &article, &why))
        return failed(why);
    const QString body = prepare(article.bodyHtml, fetch.finalUrl);
    const QString text = ArticleExtractor::plainText(body);
    if (text.trimmed().isEmpty())
        return failed(tr("the article on the page is empty after cleaning"));

    Transaction t(db);
    if (!t.isActive())
        return failed(t.error());
    Sql post(db, "UPDATE posts SET content = ?, updated_at = ?, "
                 "published_at = COALESCE(published_at, ?), "
                 "author = CASE WHEN author = '' THEN ? ELSE author END WHERE id = ?");
    Sql rich(db, "INSERT INTO posts_rich(post_id, html, origin, complete, source_hash, fetched_at, "
                 "etag, last_modified) VALUES (?, ?, 'article', 1, ?, ?, ?, ?) "
                 "ON CONFLICT(post_id) DO UPDATE SET html = excluded.html, origin = 'article', "
                 "complete = 1, source_hash = excluded.source_hash, "
                 "fetched_at = excluded.fetched_at, etag = excluded.etag, "
                 "last_modified = excluded.last_modified");
    Sql clear(db, "DELETE FROM article_failures WHERE post_id = ?");
    const QVariant published = article.published.isValid()
                                   ? QVariant(article.published.toSecsSinceEpoch())
                                   : QVariant(QMetaType::fromType<qint64>());
    if (!post.exec({txt(text), now, published, txt(article.author), postId}))
        return failed(post.error());
    if (!rich.exec({postId, txt(body), txt(hash), now, txt(QString::fromUtf8(fetch.etag)),
                    txt(QString::fromUtf8(fetch.lastModified))}))
        return failed(rich.error());
    for (const QString &tag : std::as_const(article.tags)) {
        Sql ins(db, "INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
        Sql link(db, "INSERT OR IGNORE INTO post_tags(post_id, tag_id) "
                     "SELECT ?, id FROM tags WHERE name = ?");
        if (!ins.exec({tag}) || !link.exec({postId, tag}))
            return failed(ins.error() + link.error());
    }
    if (!clear.exec({postId}))
        return failed(clear.error());
    QString err;
    if (!t.commit(&err))
        return failed(err);
    ++result->fetched;
    return true;
}

} // namespace Lectern
