#include "sources/fetcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Fetcher", text);
}

bool isHttp(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString origin(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.scheme() + QLatin1String("://") + url.host().toLower() + u':' +
           QString::number(port);
}

QString seconds(int ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'g', 3);
}

} // namespace

Fetcher::Fetcher(FetchLimits limits)
    : m_limits(limits)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    // Redirects are followed by get() itself, to judge each hop.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Fetcher::~Fetcher() = default;

QByteArray Fetcher::userAgent()
{
    return QByteArrayLiteral("Lectern/" LECTERN_VERSION
                             " (desktop reader for technical blogs; Qt/") +
           qVersion() + ')';
}

QByteArray Fetcher::authorizationHeader(const Credentials &c)
{
    switch (c.kind) {
    case AuthKind::Basic:
        return "Basic " + c.secret.toUtf8().toBase64();
    case AuthKind::Bearer:
        return "Bearer " + c.secret.trimmed().toUtf8();
    case AuthKind::None:
        break;
    }
    return {};
}

FetchResult Fetcher::get(const FetchRequest &request, const std::atomic_bool *cancel)
{
    FetchResult r;
    QElapsedTimer clock;
    clock.start();
    const auto finish = [&](FetchResult::Outcome outcome, FetchResult::Problem problem,
                            const QString &error) {
        r.outcome = outcome;
        r.problem = problem;
        r.error = error;
        r.elapsedMs = clock.elapsed();
        return r;
    };
    QUrl url = request.url;
    const QString firstOrigin = origin(url);
    QList<QUrl> visited;
    for (;;) {
        if (!isHttp(url))
            return finish(FetchResult::Outcome::Failed, FetchResult::Problem::BadUrl,
                          tr("%1 is not an http or https address").arg(url.toDisplayString()));
        if (cancel && *cancel)
            return finish(FetchResult::Outcome::Cancelled, FetchResult::Problem::Cancelled,
                          tr("cancelled"));
        visited << url;
        r.finalUrl = url;
        r.redirects = int(visited.size()) - 1;

        QNetworkRequest nr(url);
        nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                        QNetworkRequest::ManualRedirectPolicy);
        nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        nr.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        nr.setRawHeader("Accept", request.accept);
        if (!request.etag.isEmpty())
            nr.setRawHeader("If-None-Match", request.etag);
        if (!request.lastModified.isEmpty())
            nr.setRawHeader("If-Modified-Since", request.lastModified);
        if (!request.credentials.isEmpty() && origin(url) == firstOrigin)
            nr.setRawHeader("Authorization", authorizationHeader(request.credentials));
        nr.setTransferTimeout(m_limits.idleTimeoutMs);

        const int remaining = m_limits.totalTimeoutMs - int(clock.elapsed());
        if (remaining <= 0)
            return finish(
                FetchResult::Outcome::Failed, FetchResult::Problem::Timeout,
                tr("%1 did not answer within %2 s")
                    .arg(request.url.toDisplayString(), seconds(m_limits.totalTimeoutMs)));

        std::unique_ptr<QNetworkReply> reply(m_nam->get(nr));
        QByteArray body;
        bool tooLarge = false, timedOut = false, cancelled = false;
        QEventLoop loop;
        const auto abortWith = [&](bool &flag) {
            if (reply->isFinished())
                return;
            flag = true;
            reply->abort();
        };
        QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
            // Content-Length is a lower bound of the decoded size: refuse before reading.
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
                abortWith(tooLarge);
        });
        QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
            body += reply->readAll();
            if (body.size() > m_limits.maxBytes)
                abortWith(tooLarge);
        });
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] { abortWith(timedOut); });
        deadline.start(remaining);
        QTimer poll;
        if (cancel) {
            QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                if (*cancel)
                    abortWith(cancelled);
            });
            poll.start(50);
        }
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        deadline.stop();
        poll.stop();
        if (!tooLarge && !cancelled && !timedOut && reply->isOpen())
            body += reply->readAll();

        const QString where = url.toDisplayString();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.httpStatus = status;
        r.contentType = reply->rawHeader("Content-Type");
        if (cancelled)
            return finish(FetchResult::Outcome::Cancelled, FetchResult::Problem::Cancelled,
                          tr("cancelled"));
        if (timedOut)
            return finish(
                FetchResult::Outcome::Failed, FetchResult::Problem::Timeout,
                tr("%1 did not finish within %2 s").arg(where, seconds(m_limits.totalTimeoutMs)));
        if (tooLarge)
            return finish(FetchResult::Outcome::Failed, FetchResult::Problem::TooLarge,
                          tr("%1 is larger than %2, the most Lectern downloads")
                              .arg(where, QLocale().formattedDataSize(m_limits.maxBytes)));
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return finish(
                FetchResult::Outcome::Failed, FetchResult::Problem::Timeout,
                tr("%1 sent nothing for %2 s").arg(where, seconds(m_limits.idleTimeoutMs)));
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            const QByteArray location = reply->rawHeader("Location").trimmed();
            if (location.isEmpty())
                return finish(
                    FetchResult::Outcome::Failed, FetchResult::Problem::Http,
                    tr("%1 redirects (HTTP %2) without saying where").arg(where).arg(status));
            const QUrl next = url.resolved(QUrl::fromEncoded(location));
            if (visited.contains(next)) {
                QStringList chain;
                for (const QUrl &u : std::as_const(visited))
                    chain << u.toDisplayString();
                chain << next.toDisplayString();
                return finish(FetchResult::Outcome::Failed, FetchResult::Problem::TooManyRedirects,
                              tr("redirect loop: %1").arg(chain.join(QStringLiteral(" \u2192 "))));
            }
            if (int(visited.size()) > m_limits.maxRedirects)
                return finish(FetchResult::Outcome::Failed, FetchResult::Problem::TooManyRedirects,
                              tr("%1 redirects more than %2 times")
                                  .arg(request.url.toDisplayString())
                                  .arg(m_limits.maxRedirects));
            if (url.scheme() == QLatin1String("https") && next.scheme() == QLatin1String("http"))
                return finish(FetchResult::Outcome::Failed, FetchResult::Problem::InsecureRedirect,
                              tr("%1 redirects from https to an unencrypted address (%2); "
                                 "Lectern does not follow that")
                                  .arg(where, next.toDisplayString()));
            url = next;
            continue;
        }
        r.etag = reply->rawHeader("ETag");
        r.lastModified = reply->rawHeader("Last-Modified");
        if (status == 304) {
            r.outcome = FetchResult::Outcome::NotModified;
            r.elapsedMs = clock.elapsed();
            return r;
        }
        if (status == 401 || status == 403) {
            const bool sent = !request.credentials.isEmpty() && origin(url) == firstOrigin;
            return finish(FetchResult::Outcome::Failed, FetchResult::Problem::Unauthorized,
                          sent ? tr("%1 refused the credentials (HTTP %2)").arg(where).arg(status)
                               : tr("%1 needs credentials (HTTP %2)").arg(where).arg(status));
        }
        if (status >= 400 || (status > 0 && status < 200) || (status >= 300 && status < 400)) {
            const QString reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            return finish(
                FetchResult::Outcome::Failed, FetchResult::Problem::Http,
                tr("%1 answered HTTP %2 %3").arg(where).arg(status).arg(reason).trimmed());
        }
        if (reply->error() != QNetworkReply::NoError || status == 0)
            return finish(FetchResult::Outcome::Failed, FetchResult::Problem::Network,
                          tr("cannot reach %1: %2").arg(where, reply->errorString()));
        r.body = std::move(body);
        r.outcome = FetchResult::Outcome::Ok;
        r.elapsedMs = clock.elapsed();
        return r;
    }
}

} // namespace Lectern
