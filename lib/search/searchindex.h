#pragma once

#include "search/fieldsplitter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace Lectern {

class Sql;

// Maintenance of the search index. The store's triggers (migration 002) index every post as
// soon as it is written, with its whole text as prose, and queue it; refresh() splits queued
// posts into headings, prose and code. Cheap when nothing is queued. Importers should call it
// after a large import, in their worker thread; SearchEngine calls it before searching when
// only a few posts wait.
class SearchIndex final
{
public:
    explicit SearchIndex(QSqlDatabase db);

    // Posts waiting for the field split.
    int pendingCount() const;
    // Processes the queue in batches of `batchSize` posts, one transaction each; stops early
    // (keeping the finished batches) when `cancel` becomes true.
    bool refresh(QString *error, const std::atomic_bool *cancel = nullptr, int batchSize = 200);
    // Re-splits every post (after the splitter changed); same contract as refresh().
    bool rebuild(QString *error, const std::atomic_bool *cancel = nullptr);

    // For a bulk writer of posts, inside its own transaction: indexes each post it writes at
    // once with the split fields, instead of the triggers indexing the whole text and
    // refresh() indexing it all again (half the index work, which dominates a large import).
    // While it lives the connection's triggers are off, so it is active only when the search
    // triggers are the only ones on the tables the writer names; otherwise it does nothing and
    // the triggers work as always. Destroy it before the transaction ends.
    class DirectWriter final
    {
    public:
        DirectWriter(const QSqlDatabase &db, const QStringList &writtenTables);
        ~DirectWriter();
        DirectWriter(const DirectWriter &) = delete;
        DirectWriter &operator=(const DirectWriter &) = delete;

        bool active() const { return m_active; }
        // After the INSERT (`replace` false) or UPDATE (`replace` true) of a post's text:
        // its title, summary and splitSearchFields(content), which the writer may compute in
        // any thread.
        bool indexPost(qint64 id, const QString &title, const QString &summary,
                       const SearchFields &fields, bool replace, QString *error);
        // What the triggers would have done for metadata changes and every write: one step of
        // the generation counter for the whole batch. Call once, before the commit.
        bool finish(QString *error);

    private:
        QSqlDatabase m_db;
        void *m_handle = nullptr; // sqlite3 *
        bool m_active = false;
        std::unique_ptr<Sql> m_remove, m_dequeue, m_insert;
    };

private:
    QSqlDatabase m_db;
};

} // namespace Lectern
