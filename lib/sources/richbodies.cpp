#include "sources/richbodies.h"

#include "store/library.h"
#include "store/sql.h"

#include <QTimeZone>

namespace Lectern {

RichBodies::RichBodies(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<RichBody> RichBodies::body(qint64 postId) const
{
    Sql q(m_db, "SELECT r.html, r.origin, r.complete, r.source_hash <> p.content_hash, "
                "r.fetched_at FROM posts_rich r JOIN posts p ON p.id = r.post_id "
                "WHERE r.post_id = ?");
    if (!q.exec({postId}) || !q.next())
        return std::nullopt;
    RichBody b;
    b.html = q.value(0).toString();
    b.origin = q.value(1).toString();
    b.complete = q.value(2).toBool();
    b.stale = q.value(3).toBool();
    b.fetchedAt = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::UTC);
    return b;
}

PostDetails RichBodies::details(qint64 postId) const
{
    PostDetails d;
    Sql q(m_db, "SELECT published_at, author, (SELECT error FROM article_failures WHERE "
                "post_id = posts.id) FROM posts WHERE id = ?");
    if (q.exec({postId}) && q.next()) {
        if (!q.value(0).isNull())
            d.published = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::UTC);
        d.author = q.value(1).toString();
        d.lastArticleError = q.value(2).toString();
    }
    d.body = body(postId);
    return d;
}

} // namespace Lectern
