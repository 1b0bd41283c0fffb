#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <memory>

namespace Lectern {

namespace {
// The hand-over is one frame: a version, the sender's working directory and its arguments,
// answered by one byte once the receiver has taken them.
constexpr quint32 protocolVersion = 1;
constexpr char acknowledged = '\x06';

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user;
}
} // namespace

SingleInstance::SingleInstance(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_name(serverName(libraryPath))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &libraryPath)
{
    // Hashed: socket names are short on Unix (sun_path) and cannot hold every character of a
    // path; the user is part of the name because Windows pipe names are machine-wide.
    const QByteArray key =
        (userName() + u'\n' + QFileInfo(libraryPath).absoluteFilePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("lectern-") + QString::fromLatin1(hash.left(24));
}

bool SingleInstance::sendToRunning(const QStringList &arguments, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QByteArray frame;
    QDataStream out(&frame, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_5);
    out << protocolVersion << QDir::currentPath() << arguments;
    socket.write(frame);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the receiver to confirm, so a launch never exits with its file dropped.
    while (socket.bytesAvailable() < 1)
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    char answer = 0;
    return socket.getChar(&answer) && answer == acknowledged;
}

bool SingleInstance::listen(QString *error)
{
    if (m_server)
        return true;
    // Ask first: with access options, QLocalServer binds to a temporary path and renames it
    // over the name, so listen() itself would silently take a live instance's name.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        probe.abort();
        *error = tr("Another Lectern is already running with this library.");
        return false;
    }
    // Nobody answers: whatever is left at the name (a crashed instance's socket) can go.
    QLocalServer::removeServer(m_name);
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
    if (!server->listen(m_name)) {
        *error =
            tr("Cannot listen for other launches on %1: %2").arg(m_name, server->errorString());
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // The frame may arrive in pieces: read it as a transaction until it is whole.
        const auto stream = std::make_shared<QDataStream>(socket);
        stream->setVersion(QDataStream::Qt_6_5);
        const auto tryRead = [this, socket, stream] {
            stream->startTransaction();
            quint32 version = 0;
            QString directory;
            QStringList arguments;
            *stream >> version >> directory >> arguments;
            if (!stream->commitTransaction())
                return; // more to come
            if (version != protocolVersion) {
                socket->abort();
                return;
            }
            socket->putChar(acknowledged);
            socket->flush();
            emit argumentsReceived(arguments, directory);
        };
        connect(socket, &QLocalSocket::readyRead, socket, tryRead);
        if (socket->bytesAvailable())
            tryRead();
    }
}

} // namespace Lectern
