#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <functional>

namespace Lectern {

// The page of one article view. It decides where every navigation goes: Lectern's own pages
// (lectern-reader:, and lectern: links rewritten to them) load in place; a link to a post in the
// library (its http(s) permalink) opens that post in Lectern; any other http(s) link that the
// reader clicked goes to the system browser; everything else (javascript:, file:, data:, forms,
// frames) is refused.
class ArticlePage final : public QWebEnginePage
{
    Q_OBJECT
public:
    // The URL to load instead of a requested one (the post an http(s) permalink names, the
    // canonical form of a lectern: link), or an empty URL when the request stands as it is.
    using LinkResolver = std::function<QUrl(const QUrl &)>;

    explicit ArticlePage(QWebEngineProfile *profile, QObject *parent = nullptr);

    void setLinkResolver(LinkResolver resolver) { m_resolver = std::move(resolver); }

    // Where a navigation request goes; public so the policy can be tested without a page load.
    enum class Decision
    {
        Load,     // load it here
        OpenPost, // a library post: load redirectUrl here instead (see LinkResolver)
        External, // hand it to the system browser
        Refuse
    };
    Decision decide(const QUrl &url, NavigationType type, bool isMainFrame,
                    QUrl *redirectUrl) const;

signals:
    // An http(s) link outside the library was clicked.
    void externalLinkRequested(const QUrl &url);
    // A link was opened with a new-tab gesture (Ctrl+click, middle click): the URL to open.
    void newTabRequested(const QUrl &url);
    // A navigation that the policy refused, for the status bar.
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    // A page handed to WebEngine for a new-tab gesture: it never loads anything, it only
    // passes the first URL it is asked for to its opener and goes away.
    ArticlePage(QWebEngineProfile *profile, ArticlePage *opener);

    LinkResolver m_resolver;
    ArticlePage *m_opener = nullptr;
};

} // namespace Lectern
