#include "requestinterceptor.h"

#include "schemehandler.h"

#include <QLatin1String>

namespace Lectern {

RequestInterceptor::RequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String(SchemeHandler::readerScheme) ||
        scheme == QLatin1String(SchemeHandler::scheme) || scheme == QLatin1String("data"))
        return;
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if (web && m_allowRemoteImages &&
        info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage)
        return;
    ++m_blocked;
    info.block(true);
}

} // namespace Lectern
