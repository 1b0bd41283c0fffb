#include "search/searchindex.h"

#include "search/fieldsplitter.h"
#include "store/library.h"
#include "store/sql.h"

#include <QList>
#include <QSet>
#include <QSqlDriver>
#include <sqlite3.h>

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

namespace {

// The triggers of migration 002; a DirectWriter does their work for the posts it writes.
const QSet<QString> &searchTriggers()
{
    static const QSet<QString> names{
        QStringLiteral("search_posts_insert"), QStringLiteral("search_posts_delete"),
        QStringLiteral("search_posts_update"), QStringLiteral("search_posts_meta")};
    return names;
}

bool setTriggers(void *handle, bool on)
{
    int now = -1;
    return sqlite3_db_config(static_cast<sqlite3 *>(handle), SQLITE_DBCONFIG_ENABLE_TRIGGER,
                             on ? 1 : 0, &now) == SQLITE_OK &&
           now == (on ? 1 : 0);
}

} // namespace

SearchIndex::DirectWriter::DirectWriter(const QSqlDatabase &db, const QStringList &writtenTables)
    : m_db(db)
{
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<sqlite3 *const *>(handle.data());
    // Any trigger besides the search ones, on a table the writer touches, keeps them all on.
    Sql triggers(m_db, "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'");
    if (!m_handle || !triggers.exec())
        return;
    while (triggers.next()) {
        const QString table = triggers.value(1).toString();
        if (writtenTables.contains(table, Qt::CaseInsensitive) &&
            !(table == QLatin1String("posts") &&
              searchTriggers().contains(triggers.value(0).toString())))
            return;
    }
    m_remove = std::make_unique<Sql>(m_db, "DELETE FROM search_fts WHERE rowid = ?");
    m_dequeue = std::make_unique<Sql>(m_db, "DELETE FROM search_pending WHERE post_id = ?");
    m_insert = std::make_unique<Sql>(
        m_db, "INSERT INTO search_fts(rowid, title, summary, headings, prose, code) "
              "VALUES (?, ?, ?, ?, ?, ?)");
    m_active = setTriggers(m_handle, false);
}

SearchIndex::DirectWriter::~DirectWriter()
{
    if (m_active)
        setTriggers(m_handle, true);
}

bool SearchIndex::DirectWriter::indexPost(qint64 id, const QString &title, const QString &summary,
                                          const SearchFields &f, bool replace, QString *error)
{
    if (!m_active)
        return true;
    if (replace && (!m_remove->exec({id}) || !m_dequeue->exec({id}))) {
        *error = m_remove->ok() ? m_dequeue->error() : m_remove->error();
        return false;
    }
    if (!m_insert->exec({id, title, summary, f.headings, f.prose, f.code})) {
        *error = m_insert->error();
        return false;
    }
    return true;
}

bool SearchIndex::DirectWriter::finish(QString *error)
{
    return !m_active || Sql::run(m_db,
                                 QStringLiteral("UPDATE search_state SET value = value + 1 "
                                                "WHERE key = 'generation'"),
                                 error);
}

} // namespace Lectern
