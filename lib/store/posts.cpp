#include "store/posts.h"

#include "store/sql.h"

#include <QTimeZone>

namespace Lectern {

namespace {

const char *const postSelect =
    "SELECT p.id, p.source_id, p.permalink, p.title, p.summary, p.content, "
    "coalesce(c.name, ''), p.pub_order, p.first_seen, p.updated_at, p.missing, "
    "coalesce(sp.series_id, 0), coalesce(s.name, ''), coalesce(sp.position, 0), "
    "(SELECT count(*) FROM series_parts x WHERE x.series_id = sp.series_id) "
    "FROM posts p LEFT JOIN categories c ON c.id = p.category_id "
    "LEFT JOIN series_parts sp ON sp.post_id = p.id LEFT JOIN series s ON s.id = sp.series_id ";

Post readPost(const Sql &q)
{
    Post p;
    p.id = q.value(0).toLongLong();
    p.sourceId = q.value(1).toLongLong();
    p.permalink = q.value(2).toString();
    p.title = q.value(3).toString();
    p.summary = q.value(4).toString();
    p.content = q.value(5).toString();
    p.category = q.value(6).toString();
    p.pubOrder = q.value(7).toInt();
    p.firstSeen = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), QTimeZone::UTC);
    p.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(9).toLongLong(), QTimeZone::UTC);
    p.missing = q.value(10).toBool();
    p.seriesId = q.value(11).toLongLong();
    p.seriesName = q.value(12).toString();
    p.seriesPosition = q.value(13).toInt();
    p.seriesLength = q.value(14).toInt();
    return p;
}

const char *const refSelect =
    "SELECT p.id, p.title, p.permalink, coalesce(c.name, '') FROM posts p "
    "LEFT JOIN categories c ON c.id = p.category_id ";

QList<PostRef> readRefs(Sql &q)
{
    QList<PostRef> refs;
    while (q.next())
        refs.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()});
    return refs;
}

std::optional<PostRef> firstRef(const QSqlDatabase &db, const QString &sql,
                                std::initializer_list<QVariant> values)
{
    Sql q(db, sql);
    if (!q.exec(values))
        return std::nullopt;
    const auto refs = readRefs(q);
    if (refs.isEmpty())
        return std::nullopt;
    return refs.first();
}

} // namespace

PostRepository::PostRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Post> PostRepository::byId(qint64 id) const
{
    Sql q(m_db, QString::fromLatin1(postSelect) + QLatin1String("WHERE p.id = ?"));
    if (!q.exec({id}) || !q.next())
        return std::nullopt;
    return readPost(q);
}

std::optional<Post> PostRepository::byPermalink(const QString &permalink) const
{
    Sql q(m_db, QString::fromLatin1(postSelect) +
                    QLatin1String("WHERE p.permalink = ? ORDER BY p.missing, p.id LIMIT 1"));
    if (!q.exec({permalink}) || !q.next())
        return std::nullopt;
    return readPost(q);
}

QList<PostRef> PostRepository::list(const QString &category) const
{
    const QString order = QStringLiteral(" ORDER BY p.pub_order, p.id");
    if (category.isEmpty()) {
        Sql q(m_db, QString::fromLatin1(refSelect) + order);
        return q.exec() ? readRefs(q) : QList<PostRef>{};
    }
    Sql q(m_db, QString::fromLatin1(refSelect) + QLatin1String("WHERE c.name = ?") + order);
    return q.exec({category}) ? readRefs(q) : QList<PostRef>{};
}

int PostRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM posts")).toInt();
}

QList<PostRef> PostRepository::mentions(qint64 id) const
{
    Sql q(m_db, QString::fromLatin1(refSelect) +
                    QLatin1String("JOIN links l ON l.to_post = p.id WHERE l.from_post = ? "
                                  "ORDER BY p.pub_order"));
    return q.exec({id}) ? readRefs(q) : QList<PostRef>{};
}

QList<PostRef> PostRepository::mentionedBy(qint64 id) const
{
    Sql q(m_db, QString::fromLatin1(refSelect) +
                    QLatin1String("JOIN links l ON l.from_post = p.id WHERE l.to_post = ? "
                                  "ORDER BY p.pub_order"));
    return q.exec({id}) ? readRefs(q) : QList<PostRef>{};
}

QList<PostRef> PostRepository::seriesParts(qint64 seriesId) const
{
    Sql q(m_db, QString::fromLatin1(refSelect) +
                    QLatin1String("JOIN series_parts sp ON sp.post_id = p.id "
                                  "WHERE sp.series_id = ? ORDER BY sp.position"));
    return q.exec({seriesId}) ? readRefs(q) : QList<PostRef>{};
}

Neighbours PostRepository::neighbours(qint64 id) const
{
    Neighbours n;
    const auto post = byId(id);
    if (!post)
        return n;
    const QString ref = QString::fromLatin1(refSelect);
    if (post->seriesId) {
        n.inSeries = true;
        const QString part = ref + QLatin1String("JOIN series_parts sp ON sp.post_id = p.id "
                                                 "WHERE sp.series_id = ? AND sp.position = ?");
        n.previous = firstRef(m_db, part, {post->seriesId, post->seriesPosition - 1});
        n.next = firstRef(m_db, part, {post->seriesId, post->seriesPosition + 1});
        return n;
    }
    // Reading forward in time: "next" is the newer post (smaller pub_order).
    n.previous = firstRef(m_db,
                          ref + QLatin1String("WHERE p.category_id IS (SELECT category_id FROM "
                                              "posts WHERE id = ?) AND p.pub_order > ? "
                                              "ORDER BY p.pub_order ASC LIMIT 1"),
                          {id, post->pubOrder});
    n.next = firstRef(m_db,
                      ref + QLatin1String("WHERE p.category_id IS (SELECT category_id FROM posts "
                                          "WHERE id = ?) AND p.pub_order < ? "
                                          "ORDER BY p.pub_order DESC LIMIT 1"),
                      {id, post->pubOrder});
    return n;
}

} // namespace Lectern
