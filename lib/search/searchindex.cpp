#include "search/searchindex.h"

#include "search/fieldsplitter.h"
#include "store/library.h"
#include "store/sql.h"

#include <QList>

namespace Lectern {

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{}

int SearchIndex::pendingCount() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM search_pending")).toInt();
}

bool SearchIndex::refresh(QString *error, const std::atomic_bool *cancel, int batchSize)
{
    for (;;) {
        if (cancel && cancel->load())
            return true;
        Transaction transaction(m_db);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return false;
        }
        Sql pending(m_db, "SELECT p.id, p.title, p.summary, p.content FROM search_pending q "
                          "JOIN posts p ON p.id = q.post_id ORDER BY q.post_id LIMIT ?");
        if (!pending.exec({batchSize})) {
            *error = pending.error();
            return false;
        }
        struct Row
        {
            qint64 id;
            QString title, summary, content;
        };
        QList<Row> rows;
        while (pending.next())
            rows.append({pending.value(0).toLongLong(), pending.value(1).toString(),
                         pending.value(2).toString(), pending.value(3).toString()});
        // Queue entries whose post is gone (cannot happen through the triggers, but a
        // queue must never grow stuck).
        Sql orphans(m_db, "DELETE FROM search_pending WHERE post_id NOT IN (SELECT id FROM posts)");
        if (!orphans.exec()) {
            *error = orphans.error();
            return false;
        }
        if (rows.isEmpty())
            return transaction.commit(error);
        Sql remove(m_db, "DELETE FROM search_fts WHERE rowid = ?");
        Sql insert(m_db, "INSERT INTO search_fts(rowid, title, summary, headings, prose, code) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
        Sql done(m_db, "DELETE FROM search_pending WHERE post_id = ?");
        for (const Row &row : rows) {
            const SearchFields f = splitSearchFields(row.content);
            if (!remove.exec({row.id}) ||
                !insert.exec({row.id, row.title, row.summary, f.headings, f.prose, f.code}) ||
                !done.exec({row.id})) {
                *error = !remove.ok()   ? remove.error()
                         : !insert.ok() ? insert.error()
                                        : done.error();
                return false;
            }
        }
        if (!transaction.commit(error))
            return false;
        if (rows.size() < batchSize)
            return true;
    }
}

bool SearchIndex::rebuild(QString *error, const std::atomic_bool *cancel)
{
    {
        Transaction transaction(m_db);
        Sql queue(m_db, "INSERT OR IGNORE INTO search_pending(post_id) SELECT id FROM posts");
        if (!queue.exec()) {
            *error = queue.error();
            return false;
        }
        if (!transaction.commit(error))
            return false;
    }
    return refresh(error, cancel);
}

} // namespace Lectern
