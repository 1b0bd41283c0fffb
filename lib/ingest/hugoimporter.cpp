#include "ingest/hugoimporter.h"

#include "ingest/entities.h"
#include "ingest/postlinker.h"
#include "search/fieldsplitter.h"
#include "search/searchindex.h"
#include "store/library.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QUrl>
#include <QtConcurrentMap>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::HugoImporter", text);
}

// One index item as the file has it (raw: entities still encoded).
struct Item
{
    int index = 0;
    QString title;
    QString permalink;
    QString summary;
    QString content;
    QStringList tags;
    QString category; // explicit, when the index carries categories
    QString series;   // explicit, when the index carries a series
    QByteArray hash;
};

QString lineColumn(const QByteArray &data, int offset)
{
    const QByteArray head = data.left(offset);
    const int line = int(head.count('\n')) + 1;
    const int column = int(offset - (head.lastIndexOf('\n') + 1)) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

// The category is the section folder of the permalink: /posts/<category>/<slug>/.
QString ImportSupport::categoryFromPermalink(const QString &permalink)
{
    const QUrl url(permalink);
    const QStringList parts =
        (url.isValid() ? url.path() : permalink).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return {};
    const QString candidate = parts.at(parts.size() - 2).toLower();
    bool numeric = false;
    candidate.toInt(&numeric);
    return numeric ? QString() : candidate;
}

namespace {

using ImportSupport::categoryFromPermalink;
using ImportSupport::SeriesCandidate;

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &x : v.toArray())
        if (x.isString() && !x.toString().trimmed().isEmpty())
            out << x.toString().trimmed();
    return out;
}

// Reads and checks one item; an empty result means OK, else the problem for the message.
QString readItem(const QJsonValue &value, int index, Item *item)
{
    if (!value.isObject())
        return tr("item %1 is not an object").arg(index);
    const QJsonObject o = value.toObject();
    item->index = index;
    for (const auto &[field, target] :
         {std::pair{"title", &item->title}, std::pair{"permalink", &item->permalink},
          std::pair{"summary", &item->summary}, std::pair{"content", &item->content}}) {
        const QString name = QString::fromLatin1(field);
        const auto it = o.constFind(name);
        if (it == o.constEnd())
            return tr("item %1: field \"%2\" is missing").arg(index).arg(name);
        if (!it->isString())
            return tr("item %1: field \"%2\" is not a string").arg(index).arg(name);
        *target = it->toString();
        // No blog post is this long; a field this size is a broken export (or an attack on
        // memory: every later step copies the text several times).
        if (target->size() > HugoImporter::maxFieldLength)
            return tr("item %1: field \"%2\" is %3 characters long, more than the %4 a post's "
                      "field may have")
                .arg(index)
                .arg(name)
                .arg(target->size())
                .arg(HugoImporter::maxFieldLength);
        if (target->contains(QChar(0)))
            return tr("item %1: field \"%2\" contains a NUL character").arg(index).arg(name);
    }
    item->permalink = item->permalink.trimmed();
    if (item->permalink.isEmpty())
        return tr("item %1: field \"permalink\" is empty").arg(index);
    // Optional fields some index templates add.
    item->tags = stringList(o.value(QLatin1String("tags")));
    const QStringList categories = stringList(o.value(QLatin1String("categories")));
    item->category = categories.isEmpty() ? QString() : categories.first().toLower();
    const QStringList series = stringList(o.value(QLatin1String("series")));
    item->series = series.isEmpty() ? QString() : series.first();

    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &s : {item->title, item->summary, item->content, item->tags.join(u'\x1f'),
                             item->category, item->series}) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1e", 1));
    }
    item->hash = h.result().toHex();
    return {};
}

struct Existing
{
    qint64 id = 0;
    QByteArray hash;
    int pubOrder = 0;
    bool missing = false;
};

class Writer
{
public:
    Writer(QSqlDatabase db, qint64 now)
        : m_db(std::move(db))
        , m_now(now)
    {}

    QVariant categoryId(const QString &name)
    {
        if (name.isEmpty())
            return QVariant(QMetaType::fromType<qint64>());
        if (const auto it = m_categories.constFind(name); it != m_categories.constEnd())
            return *it;
        Sql ins(m_db, "INSERT INTO categories(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
        ins.exec({name});
        const qint64 id =
            Sql::scalar(m_db, QStringLiteral("SELECT id FROM categories WHERE name = ?"), {name})
                .toLongLong();
        m_categories.insert(name, id);
        return id;
    }

    bool setTags(qint64 postId, const QStringList &tags, QString *error)
    {
        Sql del(m_db, "DELETE FROM post_tags WHERE post_id = ?");
        if (!del.exec({postId}))
            return fail(del, error);
        for (const QString &tag : tags) {
            Sql ins(m_db, "INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING");
            Sql link(m_db, "INSERT OR IGNORE INTO post_tags(post_id, tag_id) "
                           "SELECT ?, id FROM tags WHERE name = ?");
            if (!ins.exec({tag}))
                return fail(ins, error);
            if (!link.exec({postId, tag}))
                return fail(link, error);
        }
        return true;
    }

    static bool fail(const Sql &q, QString *error)
    {
        *error = q.error();
        return false;
    }

    QSqlDatabase m_db;
    qint64 m_now;
    QHash<QString, qint64> m_categories;
};

} // namespace

// Series: explicit names from the index, else a title prefix before ':' shared by two or more
// posts ("Django Conquered: Introduction"). Parts in reading order: oldest first.
bool ImportSupport::rebuildSeries(const QSqlDatabase &db, qint64 sourceId,
                                  const QList<SeriesCandidate> &posts, int *seriesCount,
                                  QString *error)
{
    QHash<QString, QList<SeriesCandidate>> groups;
    QHash<QString, bool> explicitNames;
    for (const SeriesCandidate &p : posts) {
        QString name = p.explicitSeries;
        if (!name.isEmpty()) {
            explicitNames.insert(name, true);
        } else {
            const qsizetype colon = p.title.indexOf(u':');
            if (colon <= 0)
                continue;
            name = p.title.left(colon).trimmed();
        }
        groups[name].append(p);
    }
    Sql clearParts(db, "DELETE FROM series_parts WHERE series_id IN "
                       "(SELECT id FROM series WHERE source_id = ?)");
    if (!clearParts.exec({sourceId}))
        return Writer::fail(clearParts, error);
    int kept = 0;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const bool isExplicit = explicitNames.value(it.key());
        if (it->size() < 2 && !isExplicit)
            continue;
        std::sort(it->begin(), it->end(), [](const SeriesCandidate &a, const SeriesCandidate &b) {
            return a.pubOrder > b.pubOrder; // larger pub_order = older = read first
        });
        Sql upsert(db, "INSERT INTO series(source_id, name, explicit) VALUES (?, ?, ?) "
                       "ON CONFLICT(source_id, name) DO UPDATE SET explicit = excluded.explicit");
        if (!upsert.exec({sourceId, it.key(), isExplicit ? 1 : 0}))
            return Writer::fail(upsert, error);
        const qint64 seriesId = Sql::scalar(db,
                                            QStringLiteral("SELECT id FROM series WHERE "
                                                           "source_id = ? AND name = ?"),
                                            {sourceId, it.key()})
                                    .toLongLong();
        int position = 1;
        for (const SeriesCandidate &p : std::as_const(*it)) {
            Sql part(db, "INSERT INTO series_parts(series_id, post_id, position) VALUES (?, ?, ?)");
            if (!part.exec({seriesId, p.postId, position++}))
                return Writer::fail(part, error);
        }
        ++kept;
    }
    // Series that no longer have parts go.
    Sql drop(db, "DELETE FROM series WHERE source_id = ? AND id NOT IN "
                 "(SELECT DISTINCT series_id FROM series_parts)");
    if (!drop.exec({sourceId}))
        return Writer::fail(drop, error);
    *seriesCount = kept;
    return true;
}

bool ImportSupport::rebuildLinks(const QSqlDatabase &db, qint64 sourceId, int *linkCount,
                                 QString *error)
{
    PostLinker linker;
    Sql titles(db, "SELECT id, title FROM posts WHERE missing = 0");
    if (!titles.exec())
        return Writer::fail(titles, error);
    while (titles.next())
        linker.addTitle(titles.value(0).toLongLong(), titles.value(1).toString());

    Sql clear(db,
              "DELETE FROM links WHERE from_post IN (SELECT id FROM posts WHERE source_id = ?)");
    if (!clear.exec({sourceId}))
        return Writer::fail(clear, error);
    Sql posts(db, "SELECT id, content FROM posts WHERE source_id = ? AND missing = 0");
    if (!posts.exec({sourceId}))
        return Writer::fail(posts, error);
    Sql ins(db, "INSERT OR IGNORE INTO links(from_post, to_post) VALUES (?, ?)");
    int count = 0;
    // Finding the mentions is pure text work: worker threads scan a batch of posts at a time.
    struct Row
    {
        qint64 id;
        QString content;
    };
    QList<Row> batch;
    bool more = true;
    while (more) {
        batch.clear();
        while (batch.size() < 256 && (more = posts.next()))
            batch.append({posts.value(0).toLongLong(), posts.value(1).toString()});
        const QList<QList<qint64>> found = QtConcurrent::blockingMapped(
            batch, [&linker](const Row &row) { return linker.mentions(row.content, row.id); });
        for (qsizetype i = 0; i < batch.size(); ++i) {
            for (qint64 to : found.at(i)) {
                if (!ins.exec({batch.at(i).id, to}))
                    return Writer::fail(ins, error);
                ++count;
            }
        }
    }
    *linkCount = count;
    return true;
}

namespace {
using ImportSupport::rebuildLinks;
using ImportSupport::rebuildSeries;
} // namespace

QString ImportSummary::text() const
{
    QString s = QCoreApplication::translate("Lectern::HugoImporter",
                                            "%1 added, %2 updated, %3 unchanged, %4 missing")
                    .arg(added)
                    .arg(updated)
                    .arg(unchanged)
                    .arg(missing);
    if (skipped)
        s += QCoreApplication::translate("Lectern::HugoImporter", ", %1 skipped").arg(skipped);
    return s;
}

HugoImporter::HugoImporter(Library &library)
    : m_library(library)
{}

bool HugoImporter::importFile(const QString &path, const ImportOptions &options,
                              ImportSummary *summary, QString *error)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such file").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = tr("%1 is a folder, not an index file").arg(path);
        return false;
    }
    if (info.size() > maxFileSize) {
        *error = tr("%1 is %2; the largest index Lectern imports is %3")
                     .arg(path, QLocale().formattedDataSize(info.size()),
                          QLocale().formattedDataSize(maxFileSize));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    return importData(data, info.absoluteFilePath(), options, summary, error);
}

bool HugoImporter::importData(const QByteArray &rawData, const QString &location,
                              const ImportOptions &options, ImportSummary *summary, QString *error)
{
    *summary = {};
    if (rawData.trimmed().isEmpty()) {
        *error = tr("%1 is empty (0 bytes of JSON)").arg(location);
        return false;
    }
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark is harmless
        data.remove(0, 3);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON: %2 at %3")
                     .arg(location, parseError.errorString(), lineColumn(data, parseError.offset));
        return false;
    }
    if (!doc.isArray()) {
        *error = tr("%1 is not a search index: expected a JSON array of posts, found an object")
                     .arg(location);
        return false;
    }

    // Check everything before touching the library.
    const QJsonArray array = doc.array();
    QList<Item> items;
    items.reserve(array.size());
    QHash<QString, int> seen;
    for (int i = 0; i < array.size(); ++i) {
        Item item;
        QString problem = readItem(array.at(i), i, &item);
        if (problem.isEmpty() && seen.contains(item.permalink))
            problem = tr("item %1: permalink %2 is already used by item %3")
                          .arg(i)
                          .arg(item.permalink)
                          .arg(seen.value(item.permalink));
        if (!problem.isEmpty()) {
            if (!options.skipInvalid) {
                *error = tr("%1: %2").arg(location, problem);
                return false;
            }
            summary->problems << problem;
            ++summary->skipped;
            continue;
        }
        seen.insert(item.permalink, i);
        items.append(std::move(item));
    }
    // An index with no posts is a broken export, not a blog that lost every post: importing it
    // would flag the whole source missing.
    if (array.isEmpty()) {
        *error = tr("%1 holds no posts (an empty array)").arg(location);
        return false;
    }
    if (items.isEmpty()) {
        *error = tr("%1: none of its %2 items could be used; the first: %3")
                     .arg(location)
                     .arg(array.size())
                     .arg(summary->problems.value(0));
        return false;
    }

    const QSqlDatabase db = m_library.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error =
            tr("cannot write to the library %1: %2").arg(m_library.path(), transaction.error());
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Writer w(db, now);
    // Posts go into the search index split into fields as they are written (see DirectWriter).
    SearchIndex::DirectWriter index(db, {QStringLiteral("posts"), QStringLiteral("post_tags"),
                                         QStringLiteral("tags"), QStringLiteral("categories"),
                                         QStringLiteral("series"), QStringLiteral("series_parts"),
                                         QStringLiteral("links"), QStringLiteral("sources")});
    QString err;
    auto dbFailure = [&](const QString &what) {
        *error = tr("%1: the library refused the import (%2): %3").arg(location, what, err);
        return false;
    };

    qint64 sourceId =
        Sql::scalar(db, QStringLiteral("SELECT id FROM sources WHERE location = ?"), {location})
            .toLongLong();
    if (!sourceId) {
        Sql ins(db, "INSERT INTO sources(kind, location, title, added_at) VALUES "
                    "('hugo-index', ?, ?, ?)");
        const QUrl url(location);
        const QString title = url.scheme().startsWith(QLatin1String("http"))
                                  ? url.host()
                                  : QFileInfo(location).fileName();
        if (!ins.exec({location, title, now}))
            return (err = ins.error(), dbFailure(tr("source")));
        sourceId = ins.query().lastInsertId().toLongLong();
    }
    summary->sourceId = sourceId;

    QHash<QString, Existing> existing;
    {
        Sql q(db, "SELECT id, permalink, content_hash, pub_order, missing FROM posts "
                  "WHERE source_id = ?");
        if (!q.exec({sourceId}))
            return (err = q.error(), dbFailure(tr("reading posts")));
        while (q.next())
            existing.insert(q.value(1).toString(),
                            {q.value(0).toLongLong(), q.value(2).toByteArray(), q.value(3).toInt(),
                             q.value(4).toBool()});
    }

    Sql insert(db, "INSERT INTO posts(source_id, permalink, title, summary, content, raw_title, "
                   "raw_summary, raw_content, content_hash, category_id, pub_order, first_seen, "
                   "updated_at, missing) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
    Sql update(db, "UPDATE posts SET title = ?, summary = ?, content = ?, raw_title = ?, "
                   "raw_summary = ?, raw_content = ?, content_hash = ?, category_id = ?, "
                   "pub_order = ?, updated_at = ?, missing = 0 WHERE id = ?");
    Sql reorder(db, "UPDATE posts SET pub_order = ?, missing = 0 WHERE id = ?");
    bool structureChanged = false;
    QList<SeriesCandidate> seriesCandidates;
    // The text work of an item (entities decoded, split into search fields) needs no library:
    // worker threads do it for the next chunk of items while this thread writes the current
    // one, so a large import keeps every core busy and SQLite never waits for it.
    struct Prepared
    {
        QString title, summary, content;
        SearchFields fields;
    };
    const auto prepare = [&existing, &index](const Item &item) {
        Prepared p;
        p.title = item.title.trimmed().isEmpty()
                      ? item.permalink.section(u'/', -2, -2, QString::SectionSkipEmpty)
                      : decodeEntities(item.title).trimmed();
        const auto it = existing.constFind(item.permalink);
        if (it == existing.constEnd() || it->hash != item.hash) {
            p.summary = decodeEntities(item.summary);
            p.content = decodeEntities(item.content);
            if (index.active())
                p.fields = splitSearchFields(p.content);
        }
        return p;
    };
    constexpr qsizetype chunk = 32;
    const auto prepareChunk = [&](qsizetype from) {
        return QtConcurrent::mapped(items.cbegin() + from,
                                    items.cbegin() + std::min(from + chunk, items.size()), prepare);
    };
    QFuture<Prepared> next = prepareChunk(0);
    // Every way out of the loop waits for the workers, which read `items` and `existing`.
    const auto stopWorkers = qScopeGuard([&next] {
        next.cancel();
        next.waitForFinished();
    });
    QList<Prepared> ready;
    int done = 0;
    for (const Item &item : std::as_const(items)) {
        const int order = done;
        if (done % chunk == 0) {
            ready = next.results();
            if (done + chunk < items.size())
                next = prepareChunk(done + chunk);
        }
        const Prepared &text = ready.at(done % chunk);
        const QString &title = text.title;
        const QString category =
            item.category.isEmpty() ? categoryFromPermalink(item.permalink) : item.category;
        const auto it = existing.constFind(item.permalink);
        qint64 postId = 0;
        if (it == existing.constEnd()) {
            if (!insert.exec({sourceId, item.permalink, title, text.summary, text.content,
                              item.title, item.summary, item.content,
                              QString::fromLatin1(item.hash), w.categoryId(category), order, now,
                              now}))
                return (err = insert.error(), dbFailure(tr("item %1").arg(item.index)));
            postId = insert.query().lastInsertId().toLongLong();
            if (!index.indexPost(postId, title, text.summary, text.fields, false, &err))
                return dbFailure(tr("search index of item %1").arg(item.index));
            ++summary->added;
            structureChanged = true;
        } else if (it->hash != item.hash) {
            postId = it->id;
            if (!update.exec({title, text.summary, text.content, item.title, item.summary,
                              item.content, QString::fromLatin1(item.hash), w.categoryId(category),
                              order, now, postId}))
                return (err = update.error(), dbFailure(tr("item %1").arg(item.index)));
            if (!index.indexPost(postId, title, text.summary, text.fields, true, &err))
                return dbFailure(tr("search index of item %1").arg(item.index));
            ++summary->updated;
            structureChanged = true;
        } else {
            ++summary->unchanged;
            if (it->pubOrder != order || it->missing) {
                if (!reorder.exec({order, it->id}))
                    return (err = reorder.error(), dbFailure(tr("item %1").arg(item.index)));
                structureChanged = true;
            }
        }
        if (postId && !w.setTags(postId, item.tags, &err))
            return dbFailure(tr("tags of item %1").arg(item.index));
        seriesCandidates.append({postId ? postId : it->id, title, order, item.series});
        ++done;
        if (options.progress && !options.progress(done, int(items.size()))) {
            *error = tr("import of %1 cancelled; the library is unchanged").arg(location);
            return false;
        }
    }

    // Posts gone from the source are kept (notes may hang on them) and flagged.
    Sql flag(db, "UPDATE posts SET missing = 1 WHERE id = ?");
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (seen.contains(it.key()))
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

    if (structureChanged) {
        if (!rebuildSeries(db, sourceId, seriesCandidates, &summary->series, &err))
            return dbFailure(tr("series"));
        if (!rebuildLinks(db, sourceId, &summary->links, &err))
            return dbFailure(tr("links"));
    }
    if (structureChanged && !index.finish(&err))
        return dbFailure(tr("search index"));
    Sql stamp(db, "UPDATE sources SET imported_at = ? WHERE id = ?");
    if (!stamp.exec({now, sourceId}))
        return (err = stamp.error(), dbFailure(tr("source")));
    if (!transaction.commit(&err))
        return dbFailure(tr("commit"));
    return true;
}

} // namespace Lectern
