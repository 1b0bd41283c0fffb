#pragma once

#include "ingest/hugoimporter.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Lectern {

class Library;

// Runs one import at a time off the UI thread: HugoImporter in a worker thread with that
// thread's own library connection (released when the thread ends), then the search index's
// field split. Progress arrives as signals on the UI thread; cancel() stops it and the
// importer leaves the library exactly as it was.
class ImportController final : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(Library &library, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // What is being imported (a file name, or "sample library").
    QString currentName() const { return m_name; }

    // false when an import is already running.
    bool importFile(const QString &path);
    // `location` names the source (e.g. "lectern:sample").
    bool importData(const QByteArray &data, const QString &location, const QString &displayName);

public slots:
    void cancel();

signals:
    void started(const QString &name);
    void progress(int done, int total);
    // ok false: nothing was changed and `error` says why (cancelled included).
    void finished(bool ok, const QString &name, const Lectern::ImportSummary &summary,
                  const QString &error, bool cancelled);

private:
    bool start(
        const QString &name,
        std::function<bool(HugoImporter &, const ImportOptions &, ImportSummary *, QString *)> run);

    Library &m_library;
    QThread *m_thread = nullptr;
    QString m_name;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::ImportSummary)
