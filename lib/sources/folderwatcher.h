#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Lectern {

// Watches a Markdown folder (every sub-folder and Markdown file in it) and says, once the
// saving settles, that it changed. Editors often save by writing a new file and renaming it over
// the old one, which drops the file from a QFileSystemWatcher: the paths are re-added after
// every change.
class FolderWatcher final : public QObject
{
    Q_OBJECT
public:
    FolderWatcher(qint64 sourceId, QString folder, QObject *parent = nullptr);

    qint64 sourceId() const { return m_sourceId; }
    QString folder() const { return m_folder; }
    // Quiet time after the last change before changed() (default 300 ms).
    void setSettleMs(int ms) { m_settle.setInterval(ms); }
    // Watches what is in the folder now (new files and sub-folders included).
    void rescan();

signals:
    void changed(qint64 sourceId);

private:
    void touched();

    qint64 m_sourceId;
    QString m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace Lectern
