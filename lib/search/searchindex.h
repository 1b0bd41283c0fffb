#pragma once

#include <QSqlDatabase>
#include <QString>
#include <atomic>

namespace Lectern {

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

private:
    QSqlDatabase m_db;
};

} // namespace Lectern
