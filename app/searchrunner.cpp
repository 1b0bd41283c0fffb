#include "searchrunner.h"

#include "store/library.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Lectern {

// Lives in the search thread; owns the engine made on that thread's connection.
class SearchRunner::Worker final : public QObject
{
public:
    explicit Worker(Library &library)
        : m_library(library)
    {}

    SearchResponse run(const QString &query, int limit, const std::atomic_bool *cancel,
                       qint64 *micros)
    {
        if (!m_engine)
            m_engine = std::make_unique<SearchEngine>(m_library.connection());
        QElapsedTimer timer;
        timer.start();
        SearchResponse response = m_engine->search(query, limit, cancel);
        *micros = timer.nsecsElapsed() / 1000;
        return response;
    }

    void shutdown()
    {
        m_engine.reset();
        m_library.releaseThreadConnection();
    }

private:
    Library &m_library;
    std::unique_ptr<SearchEngine> m_engine;
};

// Sets a flag when a budget runs out, from a thread of its own (the searching thread is busy).
class SearchRunner::Deadline final
{
public:
    Deadline()
        : m_thread([this] { loop(); })
    {}
    ~Deadline()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    void arm(std::atomic_bool *flag, int ms)
    {
        {
            std::lock_guard lock(m_mutex);
            m_flag = flag;
            m_when = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        }
        m_wake.notify_one();
    }

    void disarm()
    {
        std::lock_guard lock(m_mutex);
        m_flag = nullptr;
    }

private:
    void loop()
    {
        std::unique_lock lock(m_mutex);
        while (!m_quit) {
            if (!m_flag) {
                m_wake.wait(lock);
                continue;
            }
            if (m_wake.wait_until(lock, m_when) == std::cv_status::timeout && m_flag &&
                std::chrono::steady_clock::now() >= m_when) {
                *m_flag = true;
                m_flag = nullptr;
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::atomic_bool *m_flag = nullptr;
    std::chrono::steady_clock::time_point m_when;
    bool m_quit = false;
    std::thread m_thread;
};

SearchRunner::SearchRunner(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_deadline(std::make_unique<Deadline>())
{
    qRegisterMetaType<Lectern::SearchResponse>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("lectern-search"));
    m_worker = new Worker(m_library);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SearchRunner::~SearchRunner()
{
    cancel();
    // The worker's engine and connection belong to its thread: close them there.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

quint64 SearchRunner::search(const QString &query, int limit)
{
    if (m_cancel)
        *m_cancel = true; // the query still running in the worker is stale now
    m_cancel.reset();
    m_pending = 0;
    const quint64 ticket = ++m_ticket;

    if (m_budgetMs <= 0) {
        runInWorker(ticket, query, limit);
        return ticket;
    }
    if (!m_engine)
        m_engine = std::make_unique<SearchEngine>(m_library.connection());
    std::atomic_bool overran = false;
    QElapsedTimer timer;
    timer.start();
    m_deadline->arm(&overran, m_budgetMs);
    const SearchResponse response = m_engine->search(query, limit, &overran);
    m_deadline->disarm();
    if (!response.cancelled) {
        emit finished(ticket, query, response, timer.nsecsElapsed() / 1000);
        return ticket;
    }
    ++m_handedOver;
    runInWorker(ticket, query, limit);
    return ticket;
}

void SearchRunner::runInWorker(quint64 ticket, const QString &query, int limit)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_pending = ticket;
    QPointer<SearchRunner> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [self, worker, cancel, ticket, query, limit] {
            if (*cancel) // a newer query arrived while this one waited
                return;
            qint64 micros = 0;
            const SearchResponse response = worker->run(query, limit, cancel.get(), &micros);
            if (*cancel)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, ticket, query, response, micros] {
                    if (!self || ticket != self->m_ticket)
                        return;
                    self->m_pending = 0;
                    self->m_cancel.reset();
                    emit self->finished(ticket, query, response, micros);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SearchRunner::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    ++m_ticket;
    m_pending = 0;
}

} // namespace Lectern
