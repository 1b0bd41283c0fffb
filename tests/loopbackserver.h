#pragma once

// A real HTTP server on 127.0.0.1 (QHttpServer) in its own thread, serving documents set by the
// test: the network importers (feed refresh, article pages) reach it as they reach a blog.
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutex>
#include <QStringList>
#include <QTcpServer>
#include <QThread>
#include <QUrl>
#include <memory>

class LoopbackServer final
{
public:
    LoopbackServer()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new QHttpServer(&m_context);
                auto *tcp = new QTcpServer(&m_context);
                if (!tcp->listen(QHostAddress(QHostAddress::LocalHost), 0) || !m_server->bind(tcp))
                    qFatal("cannot listen on 127.0.0.1");
                m_port = tcp->serverPort();
                m_server->setMissingHandler(&m_context, [this](const QHttpServerRequest &request,
                                                               QHttpServerResponder &responder) {
                    QMutexLocker lock(&m_mutex);
                    ++m_requests;
                    m_paths << request.url().path();
                    const auto it = m_documents.constFind(request.url().path());
                    if (it == m_documents.constEnd()) {
                        responder.write(QHttpServerResponder::StatusCode::NotFound);
                        return;
                    }
                    responder.write(it->second, it->first);
                });
            },
            Qt::BlockingQueuedConnection);
    }
    ~LoopbackServer()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { qDeleteAll(m_context.children()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    void serve(const QString &path, const QByteArray &contentType, const QByteArray &body)
    {
        QMutexLocker lock(&m_mutex);
        m_documents.insert(path, {contentType, body});
    }
    int requests()
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    // Every path asked for so far, in order.
    QStringList paths()
    {
        QMutexLocker lock(&m_mutex);
        return m_paths;
    }

private:
    QThread m_thread;
    QObject m_context;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QMutex m_mutex;
    QHash<QString, std::pair<QByteArray, QByteArray>> m_documents;
    int m_requests = 0;
    QStringList m_paths;
};
