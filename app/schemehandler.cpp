#include "schemehandler.h"
#include "mainwindow.h"

#include <QBuffer>
#include <QMultiMap>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace Lectern {

void SchemeHandler::registerScheme()
{
    QWebEngineUrlScheme s(scheme);
    s.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    s.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
               QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(s);
}

QByteArray SchemeHandler::contentSecurityPolicy(bool allowRemoteImages)
{
    // The page's own scripts are refused; Lectern's page script runs in an isolated world,
    // which CSP does not restrict.
    QByteArray csp = "default-src 'none'; style-src lectern: 'unsafe-inline'; font-src lectern:; "
                     "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; "
                     "frame-src 'none'; img-src lectern: data:";
    if (allowRemoteImages)
        csp += " https: http:";
    return csp;
}

SchemeHandler::SchemeHandler(Provider provider, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_provider(std::move(provider))
{}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (qEnvironmentVariableIsSet("TMP_T"))
        qWarning("TMP %lld request %s", (long long)MainWindow::msSinceProcessStart(),
                 qPrintable(job->requestUrl().toString()));
    const Reply reply = m_provider(job->requestUrl());
    if (qEnvironmentVariableIsSet("TMP_T"))
        qWarning("TMP %lld replied", (long long)MainWindow::msSinceProcessStart());
    if (!reply.found) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(reply.body);
    buffer->open(QIODevice::ReadOnly);
    QMultiMap<QByteArray, QByteArray> headers;
    headers.insert("Content-Security-Policy", contentSecurityPolicy(m_allowRemoteImages));
    headers.insert("X-Content-Type-Options", "nosniff");
    job->setAdditionalResponseHeaders(headers);
    job->reply(reply.mimeType, buffer);
}

} // namespace Lectern
