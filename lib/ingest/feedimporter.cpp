#include "ingest/feedimporter.h"

#include "ingest/articleextractor.h"
#include "store/library.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::FeedImporter", text);
}

// A bound null QString is SQL NULL: text columns are NOT NULL, so bind '' instead.
QString txt(const QString &s)
{
    return s.isNull() ? QString::fromLatin1("") : s;
}

struct Existing
{
    qint64 id = 0;
    QByteArray hash;
    int pubOrder = 0;
    bool missing = false;
    qint64 published = 0; // 0: unknown
};

QByteArray hashOf(const IncomingPost &p)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &s :
         {p.rawTitle, p.summaryHtml, p.bodyHtml, p.rawContent, p.author,
          p.published.isValid() ? p.published.toUTC().toString(Qt::ISODate) : QString(),
          p.tags.join(u'\x1f'), p.category, p.series}) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1e", 1));
    }
    return h.result().toHex();
}

// A summary for lists and snippets: the source's own, else the body's first ~300 characters.
QString plainSummary(const QString &summaryText, const QString &bodyText)
{
    if (!summaryText.isEmpty())
        return summaryText;
    QString s = bodyText.simplified();
    if (s.size() <= 300)
        return s;
    s.truncate(300);
    const qsizetype space = s.lastIndexOf(u' ');
    if (space > 200)
        s.truncate(space);
    return s + QChar(0x2026);
}

QString slugOf(const QString &permalink)
{
    const QUrl url(permalink);
    const QStringList parts =
        (url.isValid() ? url.path() : permalink).split(u'/', Qt::SkipEmptyParts);
    return parts.isEmpty() ? permalink : parts.constLast();
}

class Tags
{
public:
    explicit Tags(const QSqlDatabase &db)
        : m_db(db)
    {}

    QVariant categoryId(const QString &name, QString *error)
    {
        if (name.isEmpty())
            return QVariant(QMetaType::fromType<qint64>());
        if (const auto it = m_categories.constFind(name); it != m_categories.constEnd())
            return *it;
        Sql ins(m_db, "INSERT INTO categories(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
        if (!ins.exec({name})) {
            *error = ins.error();
            return {};
        }
        const qint64 id =
            Sql::scalar(m_db, QStringLiteral("SELECT id FROM categories WHERE name = ?"), {name})
                .toLongLong();
        m_categories.insert(name, id);
        return id;
    }

    bool set(qint64 postId, const QStringList &tags, QString *error)
    {
        Sql del(m_db, "DELETE FROM post_tags WHERE post_id = ?");
        if (!del.exec({postId}))
            return (*error = del.error(), false);
        for (const QString &tag : tags) {
            Sql ins(m_db, "INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
            Sql link(m_db, "INSERT OR IGNORE INTO post_tags(post_id, tag_id) "
                           "SELECT ?, id FROM tags WHERE name = ?");
            if (!ins.exec({tag}))
                return (*error = ins.error(), false);
            if (!link.exec({postId, tag}))
                return (*error = link.error(), false);
        }
        return true;
    }

private:
    QSqlDatabase m_db;
    QHash<QString, qint64> m_categories;
};

} // namespace

FeedImporter::FeedImporter(Library &library)
    : m_library(library)
{}

IncomingPost FeedImporter::fromFeedItem(const FeedItem &item)
{
    IncomingPost p;
    p.permalink = item.link;
    p.title = item.title;
    p.rawTitle = item.rawTitle;
    p.summaryHtml = item.summaryHtml;
    p.bodyHtml = item.contentHtml;
    p.rawContent = item.hasFullContent() ? item.contentHtml : item.summaryHtml;
    p.author = item.author;
    p.published = item.published;
    for (const QString &c : item.categories)
        if (!p.tags.contains(c, Qt::CaseInsensitive))
            p.tags << c;
    return p;
}

bool FeedImporter::importFeed(qint64 sourceId, const ParsedFeed &feed, const QString &location,
                              const FeedImportOptions &options, ImportSummary *summary,
                              QString *error)
{
    QList<IncomingPost> posts;
    posts.reserve(feed.items.size());
    for (const FeedItem &item : feed.items)
        posts.append(fromFeedItem(item));
    if (!store(sourceId, posts, location, options, summary, error))
        return false;
    summary->problems = feed.problems + summary->problems;
    summary->skipped += int(feed.problems.size());
    // Said, not silent: an empty feed changes nothing (its older posts stay), and the user
    // should know that the feed came back empty rather than see "0 added".
    if (feed.items.isEmpty() && feed.problems.isEmpty())
        summary->problems << tr("%1 lists no entries: nothing to import").arg(location);
    return true;
}

bool FeedImporter::store(qint64 sourceId, const QList<IncomingPost> &incoming,
                         const QString &location, const FeedImportOptions &options,
                         ImportSummary *summary, QString *error)
{
    *summary = {};
    summary->sourceId = sourceId;
    std::function<QString(const QString &, const QUrl &)> prepare = options.prepareBody;
    if (!prepare)
        prepare = [](const QString &html, const QUrl &base) {
            return ArticleExtractor::prepareBody(html, base);
        };

    // Check everything before touching the library.
    QList<IncomingPost> posts;
    QList<QByteArray> hashes;
    QHash<QString, int> seen; // permalink -> position in the source's own order
    for (const IncomingPost &p : incoming) {
        if (p.permalink.trimmed().isEmpty()) {
            summary->problems << tr("an entry (\"%1\") has no permalink").arg(p.title);
            ++summary->skipped;
            continue;
        }
        if (seen.contains(p.permalink)) {
            summary->problems << tr("%1 is listed twice; the first one is kept").arg(p.permalink);
            ++summary->skipped;
            continue;
        }
        seen.insert(p.permalink, int(posts.size()));
        posts.append(p);
        hashes.append(hashOf(p));
    }

    const QSqlDatabase db = m_library.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error =
            tr("cannot write to the library %1: %2").arg(m_library.path(), transaction.error());
        return false;
    }
    QString err;
    const auto dbFailure = [&](const QString &what) {
        *error = tr("%1: the library refused the import (%2): %3").arg(location, what, err);
        return false;
    };
    if (!Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sources WHERE id = ?"), {sourceId})
             .toInt()) {
        *error = tr("%1: the source is no longer in the library").arg(location);
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    QHash<QString, Existing> existing;
    {
        Sql q(db, "SELECT id, permalink, content_hash, pub_order, missing, published_at "
                  "FROM posts WHERE source_id = ?");
        if (!q.exec({sourceId}))
            return (err = q.error(), dbFailure(tr("reading posts")));
        while (q.next())
            existing.insert(q.value(1).toString(),
                            {q.value(0).toLongLong(), q.value(2).toByteArray(), q.value(3).toInt(),
                             q.value(4).toBool(), q.value(5).toLongLong()});
    }

    Tags tags(db);
    Sql insert(db, "INSERT INTO posts(source_id, permalink, title, summary, content, raw_title, "
                   "raw_summary, raw_content, content_hash, category_id, pub_order, first_seen, "
                   "updated_at, missing, published_at, author) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)");
    Sql update(db, "UPDATE posts SET title = ?, summary = ?, content = ?, raw_title = ?, "
                   "raw_summary = ?, raw_content = ?, content_hash = ?, category_id = ?, "
                   "updated_at = ?, missing = 0, published_at = ?, author = ? WHERE id = ?");
    Sql unflag(db, "UPDATE posts SET missing = 0 WHERE id = ?");
    Sql rich(db, "INSERT INTO posts_rich(post_id, html, origin, complete, source_hash, fetched_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(post_id) DO UPDATE SET "
                 "html = excluded.html, origin = excluded.origin, complete = excluded.complete, "
                 "source_hash = excluded.source_hash, fetched_at = excluded.fetched_at, "
                 "etag = '', last_modified = ''");
    Sql noRich(db, "DELETE FROM posts_rich WHERE post_id = ?");
    Sql clearFailure(db, "DELETE FROM article_failures WHERE post_id = ?");

    bool structureChanged = false;
    QHash<QString, qint64> ids; // permalink -> post id, for every listed post
    for (int i = 0; i < posts.size(); ++i) {
        const IncomingPost &p = posts.at(i);
        const QByteArray &hash = hashes.at(i);
        const auto it = existing.constFind(p.permalink);
        if (it != existing.constEnd() && it->hash == hash) {
            ++summary->unchanged;
            if (it->missing) {
                if (!unflag.exec({it->id}))
                    return (err = unflag.error(), dbFailure(p.permalink));
                structureChanged = true;
            }
            ids.insert(p.permalink, it->id);
        } else {
            const bool complete = !p.bodyHtml.trimmed().isEmpty();
            const QUrl base(p.permalink);
            const QString body = prepare(complete ? p.bodyHtml : p.summaryHtml, base);
            const QString bodyText = ArticleExtractor::plainText(body);
            const QString summaryText =
                complete ? ArticleExtractor::plainText(prepare(p.summaryHtml, base)).simplified()
                         : bodyText.simplified();
            const QString title =
                p.title.trimmed().isEmpty() ? slugOf(p.permalink) : p.title.simplified();
            const QString category = p.category.isEmpty()
                                         ? ImportSupport::categoryFromPermalink(p.permalink)
                                         : p.category.toLower();
            const QVariant categoryId = tags.categoryId(category, &err);
            if (!err.isEmpty())
                return dbFailure(p.permalink);
            const QVariant published = p.published.isValid()
                                           ? QVariant(p.published.toSecsSinceEpoch())
                                           : QVariant(QMetaType::fromType<qint64>());
            const QString summaryPlain = plainSummary(summaryText, bodyText);
            qint64 postId = 0;
            if (it == existing.constEnd()) {
                if (!insert.exec({sourceId, p.permalink, txt(title), txt(summaryPlain),
                                  txt(bodyText), txt(p.rawTitle), txt(p.summaryHtml),
                                  txt(p.rawContent), QString::fromLatin1(hash), categoryId, i, now,
                                  now, published, txt(p.author)}))
                    return (err = insert.error(), dbFailure(p.permalink));
                postId = insert.query().lastInsertId().toLongLong();
                ++summary->added;
            } else {
                postId = it->id;
                if (!update.exec({txt(title), txt(summaryPlain), txt(bodyText), txt(p.rawTitle),
                                  txt(p.summaryHtml), txt(p.rawContent), QString::fromLatin1(hash),
                                  categoryId, now, published, txt(p.author), postId}))
                    return (err = update.error(), dbFailure(p.permalink));
                ++summary->updated;
            }
            structureChanged = true;
            if (!tags.set(postId, p.tags, &err))
                return dbFailure(tr("tags of %1").arg(p.permalink));
            if (body.trimmed().isEmpty()) {
                if (!noRich.exec({postId}))
                    return (err = noRich.error(), dbFailure(p.permalink));
            } else if (!rich.exec({postId, txt(body), txt(options.origin), complete ? 1 : 0,
                                   QString::fromLatin1(hash), now})) {
                return (err = rich.error(), dbFailure(p.permalink));
            }
            if (!clearFailure.exec({postId}))
                return (err = clearFailure.error(), dbFailure(p.permalink));
            ids.insert(p.permalink, postId);
        }
        if (options.progress && !options.progress(i + 1, int(posts.size()))) {
            *error = tr("import of %1 cancelled; the library is unchanged").arg(location);
            return false;
        }
    }

    // Gone posts are kept (notes may hang on them) and flagged. A feed is a window onto the
    // newest posts: only what vanished from inside that window is gone.
    using Listing = FeedImportOptions::Listing;
    qint64 windowStart = 0;
    bool windowKnown = false;
    if (options.listing == Listing::Window) {
        qint64 oldest = 0;
        bool allDated = !posts.isEmpty();
        for (const IncomingPost &p : std::as_const(posts)) {
            if (!p.published.isValid()) {
                allDated = false;
                break;
            }
            const qint64 t = p.published.toSecsSinceEpoch();
            oldest = oldest == 0 ? t : std::min(oldest, t);
        }
        windowKnown = allDated;
        windowStart = oldest;
    }
    Sql flag(db, "UPDATE posts SET missing = 1 WHERE id = ?");
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (seen.contains(it.key()))
            continue;
        const bool gone = options.listing == Listing::Complete ||
                          (windowKnown && it->published != 0 && it->published >= windowStart);
        if (!gone && !it->missing)
            continue;
        ++summary->missing;
        summary->missingPermalinks << it.key();
        if (!it->missing) {
            if (!flag.exec({it->id}))
                return (err = flag.error(), dbFailure(tr("flagging missing posts")));
            structureChanged = true;
        }
    }
    summary->missingPermalinks.sort();

    // Publication order over the whole source, newest first: by date where there is one
    // (undated pages, such as an About page, after the dated ones), else in the source's own
    // order; posts no longer listed follow in their old order.
    struct Row
    {
        qint64 id;
        qint64 published;
        int rank;
        int oldOrder;
    };
    QList<Row> rows;
    {
        Sql q(db, "SELECT id, permalink, published_at, pub_order FROM posts WHERE source_id = ?");
        if (!q.exec({sourceId}))
            return (err = q.error(), dbFailure(tr("ordering posts")));
        while (q.next()) {
            const QString permalink = q.value(1).toString();
            const int listed = seen.value(permalink, -1);
            rows.append({q.value(0).toLongLong(), q.value(2).toLongLong(),
                         listed >= 0 ? listed : 1000000 + q.value(3).toInt(), q.value(3).toInt()});
        }
    }
    const bool byDate = std::any_of(posts.cbegin(), posts.cend(),
                                    [](const IncomingPost &p) { return p.published.isValid(); });
    std::stable_sort(rows.begin(), rows.end(), [byDate](const Row &a, const Row &b) {
        if (byDate && a.published && b.published && a.published != b.published)
            return a.published > b.published;
        if (byDate && (a.published == 0) != (b.published == 0))
            return a.published != 0;
        return a.rank < b.rank;
    });
    Sql reorder(db, "UPDATE posts SET pub_order = ? WHERE id = ?");
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).oldOrder == i)
            continue;
        if (!reorder.exec({i, rows.at(i).id}))
            return (err = reorder.error(), dbFailure(tr("ordering posts")));
        structureChanged = true;
    }

    if (structureChanged) {
        // Explicit series of posts the source no longer lists survive the rebuild.
        QHash<qint64, QString> keptSeries;
        {
            Sql q(db, "SELECT p.post_id, s.name FROM series_parts p JOIN series s "
                      "ON s.id = p.series_id WHERE s.source_id = ? AND s.explicit = 1");
            if (!q.exec({sourceId}))
                return (err = q.error(), dbFailure(tr("series")));
            while (q.next())
                keptSeries.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        QHash<qint64, QString> listedSeries;
        for (const IncomingPost &p : std::as_const(posts))
            listedSeries.insert(ids.value(p.permalink), p.series);
        QList<ImportSupport::SeriesCandidate> candidates;
        Sql q(db, "SELECT id, title, pub_order FROM posts WHERE source_id = ? AND missing = 0");
        if (!q.exec({sourceId}))
            return (err = q.error(), dbFailure(tr("series")));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString series =
                listedSeries.contains(id) ? listedSeries.value(id) : keptSeries.value(id);
            candidates.append({id, q.value(1).toString(), q.value(2).toInt(), series});
        }
        if (!ImportSupport::rebuildSeries(db, sourceId, candidates, &summary->series, &err))
            return dbFailure(tr("series"));
        if (!ImportSupport::rebuildLinks(db, sourceId, &summary->links, &err))
            return dbFailure(tr("links"));
    }
    Sql stamp(db, "UPDATE sources SET imported_at = ? WHERE id = ?");
    if (!stamp.exec({now, sourceId}))
        return (err = stamp.error(), dbFailure(tr("source")));
    if (!transaction.commit(&err))
        return dbFailure(tr("commit"));
    return true;
}

} // namespace Lectern
