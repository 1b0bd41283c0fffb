#include "articlepage.h"

#include "schemehandler.h"

#include <QTimer>

namespace Lectern {

ArticlePage::ArticlePage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

ArticlePage::ArticlePage(QWebEngineProfile *profile, ArticlePage *opener)
    : QWebEnginePage(profile, opener)
    , m_opener(opener)
{
    // A probe that was never asked to navigate must not linger.
    QTimer::singleShot(5000, this, &QObject::deleteLater);
}

ArticlePage::Decision ArticlePage::decide(const QUrl &url, NavigationType type, bool isMainFrame,
                                          QUrl *redirectUrl) const
{
    // Articles never embed frames.
    if (!isMainFrame)
        return Decision::Refuse;
    const QString scheme = url.scheme();
    const bool lectern = scheme == QLatin1String(SchemeHandler::scheme) ||
                         scheme == QLatin1String(SchemeHandler::readerScheme);
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http");
    if ((!lectern && !web) || type == NavigationTypeFormSubmitted)
        return Decision::Refuse;
    if (m_resolver) {
        const QUrl target = m_resolver(url);
        if (target.isValid() && !target.isEmpty() && target != url) {
            if (redirectUrl)
                *redirectUrl = target;
            return Decision::OpenPost;
        }
    }
    if (lectern)
        return Decision::Load;
    // Only a reader's click may leave Lectern, never a page-initiated redirect.
    return type == NavigationTypeLinkClicked ? Decision::External : Decision::Refuse;
}

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (m_opener) {
        // A new-tab gesture: the opener decides with its own policy, in a new tab.
        QUrl target;
        switch (m_opener->decide(url, NavigationTypeLinkClicked, true, &target)) {
        case Decision::Load:
            emit m_opener->newTabRequested(url);
            break;
        case Decision::OpenPost:
            emit m_opener->newTabRequested(target);
            break;
        case Decision::External:
            emit m_opener->externalLinkRequested(url);
            break;
        case Decision::Refuse:
            emit m_opener->navigationRefused(url);
            break;
        }
        deleteLater();
        return false;
    }
    QUrl target;
    switch (decide(url, type, isMainFrame, &target)) {
    case Decision::Load:
        return true;
    case Decision::OpenPost:
        // Not from inside the request: load once WebEngine has dropped this navigation.
        QTimer::singleShot(0, this, [this, target] { load(target); });
        return false;
    case Decision::External:
        emit externalLinkRequested(url);
        return false;
    case Decision::Refuse:
        break;
    }
    emit navigationRefused(url);
    return false;
}

QWebEnginePage *ArticlePage::createWindow(WebWindowType type)
{
    if (m_opener || type == WebDialog)
        return nullptr;
    return new ArticlePage(profile(), this);
}

} // namespace Lectern
