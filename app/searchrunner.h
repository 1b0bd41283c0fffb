#pragma once

#include "search/searchengine.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace Lectern {

class Library;

// Search as you type. A query runs at once on the calling (UI) thread when it finishes within
// a small budget, which at blog size is the rule (well under a millisecond): no thread hop,
// whose wake-up alone can cost more than the search on a busy machine. A query that overruns
// the budget is stopped and handed to a worker thread with its own connection and engine,
// where the next query cancels it (its cancel flag) and queries still waiting are skipped, so
// only the newest query's results arrive.
class SearchRunner final : public QObject
{
    Q_OBJECT
public:
    explicit SearchRunner(Library &library, QObject *parent = nullptr);
    ~SearchRunner() override;

    // Time a query may take on the calling thread before it moves to the worker; 0 sends
    // every query to the worker.
    static constexpr int defaultInlineBudgetMs = 8;
    void setInlineBudgetMs(int ms) { m_budgetMs = ms; }

    // Starts searching `query`; returns its ticket (finished() carries it back, possibly
    // before this returns).
    quint64 search(const QString &query, int limit = 50);
    // Drops the running query (an emptied field).
    void cancel();
    bool isBusy() const { return m_pending != 0; }
    quint64 lastTicket() const { return m_ticket; }
    // How many queries overran the budget and went to the worker (for the curious).
    int handedOver() const { return m_handedOver; }

signals:
    // Only for the newest query; `micros` is the engine's time for it.
    void finished(quint64 ticket, const QString &query, const Lectern::SearchResponse &response,
                  qint64 micros);

private:
    class Worker;
    class Deadline;
    void runInWorker(quint64 ticket, const QString &query, int limit);

    Library &m_library;
    std::unique_ptr<SearchEngine> m_engine; // the calling thread's
    std::unique_ptr<Deadline> m_deadline;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_ticket = 0;
    quint64 m_pending = 0; // the ticket still running in the worker, 0 when idle
    int m_handedOver = 0;
    int m_budgetMs = defaultInlineBudgetMs;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::SearchResponse)
