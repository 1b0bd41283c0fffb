#include "sources/folderwatcher.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace Lectern {

FolderWatcher::FolderWatcher(qint64 sourceId, QString folder, QObject *parent)
    : QObject(parent)
    , m_sourceId(sourceId)
    , m_folder(std::move(folder))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::touched);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::touched);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        rescan();
        emit changed(m_sourceId);
    });
    rescan();
}

void FolderWatcher::touched()
{
    m_settle.start(); // restarts: one re-import per burst of saves
}

void FolderWatcher::rescan()
{
    QStringList paths{m_folder};
    QDirIterator it(m_folder, {QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                    QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).fileName().startsWith(u'.'))
            paths << path;
    }
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    const QSet<QString> now(paths.cbegin(), paths.cend());
    QStringList stale;
    for (const QString &w : watched)
        if (!now.contains(w))
            stale << w;
    if (!stale.isEmpty())
        m_watcher.removePaths(stale);
    QStringList fresh;
    const QSet<QString> have(watched.cbegin(), watched.cend());
    for (const QString &p : std::as_const(paths))
        if (!have.contains(p))
            fresh << p;
    if (!fresh.isEmpty())
        m_watcher.addPaths(fresh);
}

} // namespace Lectern
