#pragma once

#include "sources/fetcher.h"
#include "sources/sourcerefresher.h"
#include "sources/sourceregistry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

class QThread;

namespace Lectern {

class FolderWatcher;
class Library;

// The headless front of sources for the window (the Sources dialog, menus, status bar):
// adds and removes sources, keeps secrets in the keychain, and runs refreshes and article
// fetches off the UI thread, one job at a time, queued, each in a worker thread with its own
// library connection. Progress and outcomes arrive as signals on the UI thread; a failure is a
// per-source status (sourceFinished / the source's row), never a dialog of its own.
//
// Use it from the UI thread. Secrets are read from the keychain on the UI thread before a job
// starts and handed to the worker in memory.
class SourceManager final : public QObject
{
    Q_OBJECT
public:
    explicit SourceManager(Library &library, QObject *parent = nullptr);
    ~SourceManager() override;

    FetchLimits limits() const { return m_limits; }
    void setLimits(const FetchLimits &limits) { m_limits = limits; }
    int articleDelayMs() const { return m_articleDelayMs; }
    void setArticleDelayMs(int ms) { m_articleDelayMs = ms; }

    QList<Source> sources() const;

    // Probes `url` off the UI thread (auto-detection: Hugo index, RSS, Atom, JSON Feed, or a
    // page advertising one), registers it, stores `secret` in the keychain and imports it.
    // Answers with sourceAdded() or addFailed(). `auth` None ignores `secret`.
    void addUrl(const QUrl &url, const QString &name = {}, AuthKind auth = AuthKind::None,
                const QString &secret = {}, int refreshMinutes = 0);
    // A local Markdown folder: registered at once, then imported off the UI thread.
    // 0 with a message when the folder is not usable or already a source.
    qint64 addFolder(const QString &path, const QString &name, bool includeDrafts, QString *error);
    // Removes the source, its posts and their marks, and its keychain entry.
    bool removeSource(qint64 id, QString *error);
    // The source's name (unique; empty: its own title) and refresh interval (0: by hand).
    bool rename(qint64 id, const QString &name, QString *error);
    bool setRefreshMinutes(qint64 id, int minutes, QString *error);
    // Stores a source's password/token (Basic: "user:password"). Returns false when the
    // keychain refused and the secret is kept for this session only (`message` says so;
    // keychainUnavailable() is emitted too).
    bool setSecret(qint64 id, AuthKind auth, const QString &secret, QString *message);

    void refresh(const QList<qint64> &ids);
    void refreshAll();
    void refreshDue(); // those whose refresh interval has passed
    // "Fetch all" (postIds empty) or the given posts' article pages.
    void fetchArticles(qint64 sourceId, const QList<qint64> &postIds = {});

    bool isBusy() const { return m_busy; }
    qint64 currentSource() const { return m_currentSource; }
    int queuedJobs() const { return int(m_queue.size()); }

    // Every minute: refreshDue().
    void setAutoRefresh(bool on);
    // Markdown folder sources re-import when a file in them is saved.
    void setWatchFolders(bool on);
    bool watchesFolders() const { return m_watchFolders; }
    FolderWatcher *watcher(qint64 sourceId) const { return m_watchers.value(sourceId); }

public slots:
    // Stops the running job (its source keeps what it had) and drops the queue.
    void cancel();

signals:
    void busyChanged(bool busy);
    void sourceStarted(qint64 sourceId, const QString &name);
    void progress(qint64 sourceId, int done, int total);
    void sourceFinished(const Lectern::RefreshResult &result);
    void articlesFinished(qint64 sourceId, const Lectern::ArticleFetchResult &result);
    void sourceAdded(qint64 sourceId, const Lectern::RefreshResult &firstImport);
    void addFailed(const QUrl &url, const QString &error, bool needsCredentials);
    // The keychain cannot be used; `message` explains the session-only fallback.
    void keychainUnavailable(const QString &message);
    // Rows of the sources table changed (added, removed, a refresh recorded): reload models.
    void sourcesChanged();
    // Everything queued is done.
    void idle(bool cancelled);

private:
    struct Job
    {
        enum Type
        {
            Refresh,
            Articles,
            Add
        } type = Refresh;
        qint64 sourceId = 0;
        QList<qint64> postIds;
        QUrl url;
        QString name;
        AuthKind auth = AuthKind::None;
        QString secret;
        int refreshMinutes = 0;
    };
    struct Outcome; // what a worker hands back

    void enqueue(Job job);
    void startNext();
    Credentials credentialsFor(const Source &source);
    void finished(const Job &job, const std::shared_ptr<Outcome> &outcome);
    void syncWatchers();

    Library &m_library;
    FetchLimits m_limits;
    int m_articleDelayMs = 1000;
    QList<Job> m_queue;
    QThread *m_thread = nullptr;
    qint64 m_currentSource = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
    bool m_cancelledAny = false;
    bool m_shuttingDown = false;
    bool m_keychainWarned = false;
    bool m_watchFolders = false;
    QHash<qint64, FolderWatcher *> m_watchers;
    QTimer m_autoRefresh;
};

} // namespace Lectern
