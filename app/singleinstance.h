#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Lectern {

// One window per user and library: the first `lectern` listens on a local socket named after
// the user and the library file; a later launch for the same library hands its command line
// (and working directory, for relative file names) to it and exits. The running instance
// emits argumentsReceived() and the window acts on them (import a file, open, search, raise).
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &libraryPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Per user and per library: "lectern-" and a hash of the user and the library path.
    static QString serverName(const QString &libraryPath);

    // Hands `arguments` (without the program name) to a running instance. True when one took
    // them; false when none is listening (or it did not answer within `timeoutMs`).
    bool sendToRunning(const QStringList &arguments, int timeoutMs = 3000) const;
    // Starts listening. A socket left behind by a crashed instance (nobody answers on it) is
    // removed first. False with *error when the name is held by a live instance or the
    // system refuses.
    bool listen(QString *error);
    bool isListening() const;
    QString name() const { return m_name; }

signals:
    // A later launch's arguments; `workingDirectory` is where it was started.
    void argumentsReceived(const QStringList &arguments, const QString &workingDirectory);

private:
    void readConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace Lectern
