#include "schemehandler.h"

#include "render/articlerenderer.h"

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

    // The reader's own documents. A host-syntax scheme gives its pages a real origin, so going
    // from one article to the next stays in the same renderer; lectern: URLs have an opaque
    // origin and every load() of one swapped the renderer (measured: ~90 ms against ~17 ms
    // a navigation).
    QWebEngineUrlScheme reader(readerScheme);
    reader.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    reader.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(reader);
}

QByteArray SchemeHandler::contentSecurityPolicy(bool allowRemoteImages)
{
    return ArticleRenderer::contentSecurityPolicy(allowRemoteImages);
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
    const Reply reply = m_provider(job->requestUrl());
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
