#pragma once

#include <QByteArray>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>
#include <functional>

namespace Lectern {

// Serves Lectern's own pages (articles, the start page) to WebEngine under the `lectern:` and
// `lectern-reader:` schemes. Every response carries a Content-Security-Policy that forbids scripts
// from the page itself and any remote load.
class SchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    struct Reply
    {
        QByteArray mimeType = "text/html";
        QByteArray body;
        bool found = false;
    };
    using Provider = std::function<Reply(const QUrl &)>;

    static constexpr const char *scheme = "lectern";
    // lectern-reader://library/...: the article views' pages (see registerScheme()).
    static constexpr const char *readerScheme = "lectern-reader";
    // Registers both schemes. Must run before the QApplication is created.
    static void registerScheme();
    static QByteArray contentSecurityPolicy(bool allowRemoteImages);

    explicit SchemeHandler(Provider provider, QObject *parent = nullptr);
    void requestStarted(QWebEngineUrlRequestJob *job) override;
    void setAllowRemoteImages(bool allow) { m_allowRemoteImages = allow; }

private:
    Provider m_provider;
    bool m_allowRemoteImages = false;
};

} // namespace Lectern
