#pragma once

#include "sources/sourceregistry.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace Lectern {

struct FetchLimits
{
    int idleTimeoutMs = 30000;            // no byte received for this long (connecting included)
    int totalTimeoutMs = 120000;          // the whole exchange, redirects included
    qint64 maxBytes = 32LL * 1024 * 1024; // decoded body; larger responses are refused
    int maxRedirects = 5;
};

// Credentials sent with a request; only to the origin they were given for (never after a
// redirect to another host or scheme).
struct Credentials
{
    AuthKind kind = AuthKind::None;
    QString secret; // basic: "user:password"; bearer: the token
    bool isEmpty() const { return kind == AuthKind::None || secret.isEmpty(); }
};

struct FetchRequest
{
    QUrl url;
    QByteArray etag;         // If-None-Match
    QByteArray lastModified; // If-Modified-Since
    Credentials credentials;
    QByteArray accept = "application/feed+json, application/atom+xml, application/rss+xml, "
                        "application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, "
                        "text/html;q=0.7, */*;q=0.5";
};

struct FetchResult
{
    enum class Outcome
    {
        Ok,
        NotModified, // 304: the validators still hold
        Failed,
        Cancelled,
    };
    enum class Problem
    {
        None,
        Network,          // DNS, refused connection, TLS, reset
        Timeout,          // idle or total
        TooLarge,         // over FetchLimits::maxBytes
        Http,             // an HTTP error status
        Unauthorized,     // 401 / 403
        TooManyRedirects, // a loop, or more than maxRedirects
        InsecureRedirect, // https -> http
        BadUrl,           // not http(s), no host
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    Problem problem = Problem::None;
    int httpStatus = 0;
    QUrl finalUrl;          // after redirects
    QByteArray contentType; // the header as sent
    QByteArray body;        // decoded (Content-Encoding undone)
    QByteArray etag;
    QByteArray lastModified;
    QString error; // names the URL and what went wrong, for the source's status
    int redirects = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return outcome == Outcome::Ok; }
};

// Downloads over HTTP(S) with QNetworkAccessManager: compression (Qt's Accept-Encoding and
// decoding), conditional requests (If-None-Match / If-Modified-Since, so an unchanged source
// costs one 304), redirects followed by hand (up to a limit, loops named, no https->http, no
// credentials to another origin), an idle and a total timeout, a response size limit checked on
// Content-Length and while reading, and a User-Agent naming Lectern.
// get() blocks on a local event loop: call it from a worker thread (or the command line).
// A Fetcher belongs to the thread that created it.
class Fetcher final
{
public:
    explicit Fetcher(FetchLimits limits = {});
    ~Fetcher();
    Fetcher(const Fetcher &) = delete;
    Fetcher &operator=(const Fetcher &) = delete;

    const FetchLimits &limits() const { return m_limits; }
    void setLimits(const FetchLimits &limits) { m_limits = limits; }

    // `cancel` (optional) is polled; when it turns true the request is aborted.
    FetchResult get(const FetchRequest &request, const std::atomic_bool *cancel = nullptr);

    static QByteArray userAgent();
    static QByteArray authorizationHeader(const Credentials &credentials);

private:
    FetchLimits m_limits;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace Lectern
