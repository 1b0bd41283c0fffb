#pragma once

#include <QWebEngineUrlRequestInterceptor>
#include <atomic>

namespace Lectern {

// Keeps reading offline: every request the article views make that is not for Lectern's own
// pages (lectern-reader:, lectern:) or inline data: URLs is blocked before it leaves the process.
// With remote images allowed in the settings, http(s) image requests alone may go out. The pages'
// CSP says the same; this is the second lock, which holds even if a page's policy were wrong.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit RequestInterceptor(QObject *parent = nullptr);

    void setAllowRemoteImages(bool allow) { m_allowRemoteImages = allow; }
    bool allowsRemoteImages() const { return m_allowRemoteImages; }
    // Requests blocked so far (for the tests and the curious).
    int blockedCount() const { return m_blocked; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    std::atomic<bool> m_allowRemoteImages = false;
    std::atomic<int> m_blocked = 0;
};

} // namespace Lectern
