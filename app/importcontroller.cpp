#include "importcontroller.h"

#include "search/searchindex.h"
#include "store/library.h"

#include <QFileInfo>
#include <QThread>

namespace Lectern {

ImportController::ImportController(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    qRegisterMetaType<Lectern::ImportSummary>();
}

ImportController::~ImportController()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportController::importFile(const QString &path)
{
    return start(
        QFileInfo(path).fileName(),
        [path](HugoImporter &importer, const ImportOptions &options, ImportSummary *summary,
               QString *error) { return importer.importFile(path, options, summary, error); });
}

bool ImportController::importData(const QByteArray &data, const QString &location,
                                  const QString &displayName)
{
    return start(displayName, [data, location](HugoImporter &importer, const ImportOptions &options,
                                               ImportSummary *summary, QString *error) {
        return importer.importData(data, location, options, summary, error);
    });
}

void ImportController::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

bool ImportController::start(
    const QString &name,
    std::function<bool(HugoImporter &, const ImportOptions &, ImportSummary *, QString *)> run)
{
    if (m_thread)
        return false;
    m_name = name;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    QPointer<ImportController> self(this);
    Library *library = &m_library;
    m_thread = QThread::create([self, library, cancelFlag, run, name] {
        ImportOptions options;
        // Progress goes to the UI at most every ~1% so the event queue stays short.
        int lastPercent = -1;
        options.progress = [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 0;
            if (percent != lastPercent) {
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total] {
                        if (self)
                            emit self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            }
            return !*cancelFlag;
        };
        ImportSummary summary;
        QString error;
        bool ok = false;
        {
            HugoImporter importer(*library);
            ok = run(importer, options, &summary, &error);
        }
        if (ok && !*cancelFlag) {
            // Split the new posts into headings, prose and code now, not on the first search.
            QString indexError;
            SearchIndex(library->connection()).refresh(&indexError, cancelFlag.get());
        }
        library->releaseThreadConnection();
        const bool cancelled = !ok && *cancelFlag;
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, name, summary, error, cancelled] {
                if (!self)
                    return;
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
                self->m_cancel.reset();
                emit self->finished(ok, name, summary, error, cancelled);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("lectern-import"));
    m_thread->start(QThread::LowPriority);
    emit started(name);
    return true;
}

} // namespace Lectern
