#include "sources/sourcemanager.h"

#include "ingest/articleextractor.h"
#include "sources/folderwatcher.h"
#include "sources/sourcesecrets.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QThread>

namespace Lectern {

struct SourceManager::Outcome
{
    RefreshResult refresh;
    ArticleFetchResult articles;
    ProbeResult probe;
    qint64 addedId = 0;
    QString addError;
};

SourceManager::SourceManager(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    qRegisterMetaType<Lectern::RefreshResult>();
    qRegisterMetaType<Lectern::ArticleFetchResult>();
    m_autoRefresh.setInterval(60 * 1000);
    connect(&m_autoRefresh, &QTimer::timeout, this, &SourceManager::refreshDue);
}

SourceManager::~SourceManager()
{
    m_shuttingDown = true;
    m_queue.clear();
    if (m_thread) {
        *m_cancel = true;
        // The worker may be waiting for this thread (code highlighting): keep answering it.
        while (!m_thread->wait(20))
            QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        delete m_thread;
    }
}

QList<Source> SourceManager::sources() const
{
    return SourceRegistry(m_library.connection()).list();
}

void SourceManager::addUrl(const QUrl &url, const QString &name, AuthKind auth,
                           const QString &secret, int refreshMinutes)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        emit addFailed(url, tr("%1 is not an http or https address").arg(url.toDisplayString()),
                       false);
        return;
    }
    SourceRegistry registry(m_library.connection());
    if (const auto existing = registry.find(url.toString(QUrl::FullyEncoded))) {
        emit addFailed(url,
                       tr("%1 is already a source (\"%2\")")
                           .arg(url.toDisplayString(), existing->displayName()),
                       false);
        return;
    }
    if (!name.trimmed().isEmpty() && registry.find(name.trimmed())) {
        emit addFailed(url, tr("a source named \"%1\" already exists").arg(name.trimmed()), false);
        return;
    }
    Job job;
    job.type = Job::Add;
    job.url = url;
    job.name = name.trimmed();
    job.auth = auth;
    job.secret = auth == AuthKind::None ? QString() : secret;
    job.refreshMinutes = refreshMinutes;
    enqueue(std::move(job));
}

qint64 SourceManager::addFolder(const QString &path, const QString &name, bool includeDrafts,
                                QString *error)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        *error =
            info.exists() ? tr("%1 is not a folder").arg(path) : tr("%1: no such folder").arg(path);
        return 0;
    }
    Source source;
    source.kind = SourceKind::MarkdownFolder;
    source.location = info.canonicalFilePath();
    source.name = name.trimmed();
    source.title = info.fileName();
    source.includeDrafts = includeDrafts;
    const qint64 id = SourceRegistry(m_library.connection()).add(source, error);
    if (!id)
        return 0;
    emit sourcesChanged();
    syncWatchers();
    refresh({id});
    return id;
}

bool SourceManager::removeSource(qint64 id, QString *error)
{
    SourceRegistry registry(m_library.connection());
    const auto source = registry.byId(id);
    if (!source) {
        *error = tr("there is no such source");
        return false;
    }
    if (m_currentSource == id) {
        *error = tr("\"%1\" is being refreshed; cancel that first").arg(source->displayName());
        return false;
    }
    m_queue.removeIf([id](const Job &j) { return j.sourceId == id; });
    if (!registry.remove(id, error))
        return false;
    QString ignored; // a keychain that cannot be reached has nothing of ours to forget either
    SourceSecrets().forget(source->secretKey(), &ignored);
    delete m_watchers.take(id);
    emit sourcesChanged();
    return true;
}

bool SourceManager::rename(qint64 id, const QString &name, QString *error)
{
    if (!SourceRegistry(m_library.connection()).rename(id, name, error))
        return false;
    emit sourcesChanged();
    return true;
}

bool SourceManager::setRefreshMinutes(qint64 id, int minutes, QString *error)
{
    if (!SourceRegistry(m_library.connection()).setRefreshMinutes(id, minutes, error))
        return false;
    emit sourcesChanged();
    return true;
}

bool SourceManager::setSecret(qint64 id, AuthKind auth, const QString &secret, QString *message)
{
    SourceRegistry registry(m_library.connection());
    const auto source = registry.byId(id);
    if (!source) {
        *message = tr("there is no such source");
        return false;
    }
    QString err;
    if (!registry.setAuth(id, auth, &err)) {
        *message = err;
        return false;
    }
    SourceSecrets secrets;
    if (auth == AuthKind::None || secret.isEmpty()) {
        secrets.forget(source->secretKey(), &err);
        registry.setHasSecret(id, false, &err);
        emit sourcesChanged();
        return true;
    }
    const auto where = secrets.store(source->secretKey(), secret, message);
    registry.setHasSecret(id, where == SourceSecrets::Stored::InKeychain, &err);
    emit sourcesChanged();
    if (where == SourceSecrets::Stored::ForThisSession) {
        emit keychainUnavailable(*message);
        return false;
    }
    return true;
}

void SourceManager::refresh(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        Job job;
        job.type = Job::Refresh;
        job.sourceId = id;
        enqueue(std::move(job));
    }
}

void SourceManager::refreshAll()
{
    QList<qint64> ids;
    for (const Source &s : sources())
        if (s.isRefreshable())
            ids << s.id;
    refresh(ids);
}

void SourceManager::refreshDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids;
    for (const Source &s : sources())
        if (s.isDue(now))
            ids << s.id;
    refresh(ids);
}

void SourceManager::fetchArticles(qint64 sourceId, const QList<qint64> &postIds)
{
    Job job;
    job.type = Job::Articles;
    job.sourceId = sourceId;
    job.postIds = postIds;
    enqueue(std::move(job));
}

void SourceManager::setAutoRefresh(bool on)
{
    if (on)
        m_autoRefresh.start();
    else
        m_autoRefresh.stop();
}

void SourceManager::setWatchFolders(bool on)
{
    m_watchFolders = on;
    syncWatchers();
}

void SourceManager::syncWatchers()
{
    QHash<qint64, QString> folders;
    if (m_watchFolders)
        for (const Source &s : sources())
            if (s.kind == SourceKind::MarkdownFolder)
                folders.insert(s.id, s.location);
    for (auto it = m_watchers.begin(); it != m_watchers.end();) {
        if (folders.value(it.key()) != (*it)->folder()) {
            delete *it;
            it = m_watchers.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = folders.constBegin(); it != folders.constEnd(); ++it) {
        if (m_watchers.contains(it.key()))
            continue;
        auto *w = new FolderWatcher(it.key(), *it, this);
        connect(w, &FolderWatcher::changed, this, [this](qint64 id) { refresh({id}); });
        m_watchers.insert(it.key(), w);
    }
}

void SourceManager::cancel()
{
    m_queue.clear();
    if (m_cancel && m_thread) {
        *m_cancel = true;
        m_cancelledAny = true;
    }
}

void SourceManager::enqueue(Job job)
{
    if (job.type == Job::Refresh) {
        // Refreshing what is already waiting to be refreshed adds nothing.
        for (const Job &j : std::as_const(m_queue))
            if (j.type == Job::Refresh && j.sourceId == job.sourceId)
                return;
    }
    m_queue.append(std::move(job));
    startNext();
}

Credentials SourceManager::credentialsFor(const Source &source)
{
    Credentials c;
    c.kind = source.auth;
    if (source.auth == AuthKind::None)
        return c;
    if (!source.hasSecret && !SourceSecrets::hasSessionSecret(source.secretKey()))
        return c; // nothing to look up: the refresh says "needs credentials"
    QString error;
    if (!SourceSecrets().lookup(source.secretKey(), &c.secret, &error) && !error.isEmpty() &&
        !m_keychainWarned) {
        m_keychainWarned = true;
        emit keychainUnavailable(SourceSecrets::unavailableMessage(error));
    }
    return c;
}

void SourceManager::startNext()
{
    while (!m_thread && !m_queue.isEmpty()) {
        Job job = m_queue.takeFirst();
        Source source;
        Credentials credentials;
        if (job.type == Job::Add) {
            credentials = {job.auth, job.secret};
            source.name = job.name.isEmpty() ? job.url.host() : job.name;
        } else {
            const auto s = SourceRegistry(m_library.connection()).byId(job.sourceId);
            if (!s)
                continue; // removed meanwhile
            source = *s;
            credentials = credentialsFor(source);
        }
        if (!m_busy) {
            m_busy = true;
            emit busyChanged(true);
        }
        m_currentSource = job.sourceId;
        m_cancel = std::make_shared<std::atomic_bool>(false);
        emit sourceStarted(job.sourceId, source.displayName());

        auto outcome = std::make_shared<Outcome>();
        const auto cancel = m_cancel;
        Library *library = &m_library;
        const FetchLimits limits = m_limits;
        const int delay = m_articleDelayMs;
        m_thread = QThread::create([this, job, source, credentials, outcome, cancel, library,
                                    limits, delay] {
            RefreshOptions options;
            options.limits = limits;
            options.cancel = cancel.get();
            options.articleDelayMs = delay;
            int lastPercent = -1;
            options.progress = [this, &lastPercent, id = job.sourceId](int done, int total) {
                const int percent = total > 0 ? done * 100 / total : 0;
                if (percent == lastPercent)
                    return; // at most ~100 signals per source
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    this, [this, id, done, total] { emit progress(id, done, total); },
                    Qt::QueuedConnection);
            };
            // Sanitizing happens here; highlighting needs the KSyntaxHighlighting repository,
            // which belongs to the UI thread (lib/render/syntaxrepository.h).
            options.prepareBody = [this](const QString &html, const QUrl &base) {
                const QString clean = ArticleExtractor::sanitize(html, base);
                if (!clean.contains(QLatin1String("<pre")))
                    return clean;
                QString out = clean;
                QMetaObject::invokeMethod(
                    this, [&out, &clean] { out = ArticleExtractor::highlightCodeBlocks(clean); },
                    Qt::BlockingQueuedConnection);
                return out;
            };
            {
                SourceRefresher refresher(*library, options);
                switch (job.type) {
                case Job::Refresh:
                    outcome->refresh = refresher.refresh(source, credentials);
                    break;
                case Job::Articles:
                    outcome->articles = refresher.fetchArticles(source, credentials, job.postIds);
                    break;
                case Job::Add: {
                    outcome->probe = refresher.probe(job.url, credentials);
                    if (!outcome->probe.ok)
                        break;
                    SourceRegistry registry(library->connection());
                    Source s;
                    s.kind = outcome->probe.kind;
                    s.location = outcome->probe.url.toString(QUrl::FullyEncoded);
                    s.name = job.name;
                    s.title = outcome->probe.title;
                    s.siteUrl = outcome->probe.siteUrl.toString(QUrl::FullyEncoded);
                    s.refreshMinutes = job.refreshMinutes;
                    s.auth = job.auth;
                    outcome->addedId = registry.add(s, &outcome->addError);
                    if (!outcome->addedId)
                        break;
                    outcome->refresh =
                        refresher.importProbed(*registry.byId(outcome->addedId), outcome->probe);
                    break;
                }
                }
            }
            library->releaseThreadConnection();
            QMetaObject::invokeMethod(
                this, [this, job, outcome] { finished(job, outcome); }, Qt::QueuedConnection);
        });
        m_thread->setObjectName(QStringLiteral("lectern-sources"));
        m_thread->start(QThread::LowPriority);
    }
    if (!m_thread && m_busy) {
        m_busy = false;
        emit busyChanged(false);
        emit idle(std::exchange(m_cancelledAny, false));
        m_keychainWarned = false;
    }
}

void SourceManager::finished(const Job &job, const std::shared_ptr<Outcome> &outcome)
{
    if (m_shuttingDown)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_currentSource = 0;
    switch (job.type) {
    case Job::Refresh:
        emit sourceFinished(outcome->refresh);
        break;
    case Job::Articles:
        emit articlesFinished(job.sourceId, outcome->articles);
        break;
    case Job::Add:
        if (!outcome->probe.ok) {
            emit addFailed(job.url, outcome->probe.error, outcome->probe.needsCredentials);
        } else if (!outcome->addedId) {
            emit addFailed(job.url, outcome->addError, false);
        } else {
            if (job.auth != AuthKind::None && !job.secret.isEmpty()) {
                QString message;
                setSecret(outcome->addedId, job.auth, job.secret, &message);
            }
            outcome->refresh.sourceId = outcome->addedId;
            emit sourceAdded(outcome->addedId, outcome->refresh);
        }
        break;
    }
    emit sourcesChanged();
    startNext();
}

} // namespace Lectern
