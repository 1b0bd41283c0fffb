#include "ingest/structurecache.h"

#include "ingest/structure.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Lectern {

Blocks cachedStructure(QSqlDatabase db, qint64 postId, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return Blocks();
    };
    Sql post(db, "SELECT p.raw_content, p.content_hash, COALESCE(c.name, '') FROM posts p "
                 "LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = ?");
    if (!post.exec({postId}))
        return fail(post.error());
    if (!post.next())
        return fail(QCoreApplication::translate("Lectern::StructureCache", "no post with id %1")
                        .arg(postId));
    const QString raw = post.value(0).toString();
    const QString hash = post.value(1).toString();
    const QString category = post.value(2).toString();

    Sql cached(db, "SELECT version, content_hash, category, blocks FROM post_structure "
                   "WHERE post_id = ?");
    if (cached.exec({postId}) && cached.next() &&
        cached.value(0).toInt() == StructureRecovery::version() &&
        cached.value(1).toString() == hash && cached.value(2).toString() == category) {
        Blocks blocks;
        if (blocksFromJson(cached.value(3).toByteArray(), &blocks))
            return blocks;
        // A damaged row is recomputed like a stale one.
    }

    const Blocks blocks = recoverStructure(raw, category);
    Sql store(db, "INSERT OR REPLACE INTO post_structure "
                  "(post_id, version, content_hash, category, blocks, computed_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)");
    if (!store.exec({postId, StructureRecovery::version(), hash, category,
                     QString::fromUtf8(blocksToJson(blocks)),
                     QDateTime::currentSecsSinceEpoch()}) &&
        error)
        *error = store.error(); // the blocks are still good; the cache just stays cold
    return blocks;
}

int clearStructureCache(QSqlDatabase db)
{
    Sql clear(db, "DELETE FROM post_structure");
    if (!clear.exec())
        return -1;
    return clear.query().numRowsAffected();
}

} // namespace Lectern
