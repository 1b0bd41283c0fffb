// lectern-test: APP KEYCHAIN
#include "cli.h"
#include "core/secretstore.h"
#include "models/sourcesmodel.h"
#include "sources/fetcher.h"
#include "sources/richbodies.h"
#include "sources/sourcemanager.h"
#include "sources/sourcerefresher.h"
#include "sources/sourceregistry.h"
#include "store/library.h"
#include "store/sql.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstring>
#include <functional>

namespace Lectern::Cli {
int sourcesCommand(const QStringList &arguments); // app/cli_sources.cpp
} // namespace Lectern::Cli

using namespace Lectern;

// ---- A real HTTP/1.1 server on 127.0.0.1, in its own thread --------------------------------

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct HttpResponse
{
    enum class Mode
    {
        Whole,   // Content-Length and the body
        Stall,   // headers and part of the body, then silence (the connection stays open)
        Trickle, // chunked, a byte every 50 ms, never ending
        Chunked, // the whole body in chunks, no Content-Length
    };
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Mode mode = Mode::Whole;
    bool allowDeflate = false;
};
using Handler = std::function<HttpResponse(const HttpRequest &)>;

class ServerCore final : public QObject
{
    Q_OBJECT
public:
    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), 0))
            qFatal("cannot listen on 127.0.0.1: %s", qPrintable(m_server->errorString()));
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

    void route(const QByteArray &path, Handler handler)
    {
        QMutexLocker lock(&m_mutex);
        m_routes.insert(path, std::move(handler));
    }
    QList<HttpRequest> requests()
    {
        QMutexLocker lock(&m_mutex);
        return m_log;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_log.clear();
        m_compressed = 0;
    }
    int compressed()
    {
        QMutexLocker lock(&m_mutex);
        return m_compressed;
    }

private:
    void read(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(s);
        HttpRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1).split('?').value(0);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        Handler handler;
        {
            QMutexLocker lock(&m_mutex);
            m_log.append(request);
            handler = m_routes.value(request.path);
        }
        HttpResponse response;
        if (handler) {
            response = handler(request);
        } else {
            response.status = 404;
            response.contentType = "text/plain";
            response.body = "not found";
        }
        respond(s, request, response);
    }

    void respond(QTcpSocket *s, const HttpRequest &request, HttpResponse response)
    {
        static const QHash<int, QByteArray> reasons = {
            {200, "OK"},           {301, "Moved Permanently"}, {302, "Found"},
            {304, "Not Modified"}, {401, "Unauthorized"},      {403, "Forbidden"},
            {404, "Not Found"},    {429, "Too Many Requests"}, {500, "Internal Server Error"}};
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                          reasons.value(response.status, "Whatever") + "\r\n";
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "\r\n";
        for (const auto &[name, value] : std::as_const(response.headers))
            head += name + ": " + value + "\r\n";
        if (response.allowDeflate && request.header("accept-encoding").contains("deflate") &&
            response.status == 200) {
            response.body = qCompress(response.body, 9).mid(4); // zlib stream = HTTP "deflate"
            head += "Content-Encoding: deflate\r\n";
            QMutexLocker lock(&m_mutex);
            ++m_compressed;
        }
        head += "Connection: close\r\n";
        switch (response.mode) {
        case HttpResponse::Mode::Whole:
            s->write(head + "Content-Length: " + QByteArray::number(response.body.size()) +
                     "\r\n\r\n" + response.body);
            s->disconnectFromHost();
            break;
        case HttpResponse::Mode::Stall:
            s->write(head + "Content-Length: " + QByteArray::number(response.body.size() + 1000) +
                     "\r\n\r\n" + response.body);
            break; // and nothing more
        case HttpResponse::Mode::Chunked: {
            s->write(head + "Transfer-Encoding: chunked\r\n\r\n");
            for (qsizetype i = 0; i < response.body.size(); i += 16384) {
                const QByteArray chunk = response.body.mid(i, 16384);
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            }
            s->write("0\r\n\r\n");
            s->disconnectFromHost();
            break;
        }
        case HttpResponse::Mode::Trickle: {
            s->write(head + "Transfer-Encoding: chunked\r\n\r\n");
            auto *timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [s] { s->write("1\r\nx\r\n"); });
            timer->start(50);
            break;
        }
        }
    }

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QMutex m_mutex;
    QHash<QByteArray, Handler> m_routes;
    QList<HttpRequest> m_log;
    int m_compressed = 0;
};

class FixtureServer final
{
public:
    FixtureServer()
    {
        m_core.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_core, [this] { m_port = m_core.listen(); }, Qt::BlockingQueuedConnection);
    }
    ~FixtureServer()
    {
        // The sockets and the server are children of m_core: deleted in its thread.
        QMetaObject::invokeMethod(
            &m_core, [this] { qDeleteAll(m_core.children()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QUrl url(const QString &path) const { return QUrl(base() + path); }
    void route(const QByteArray &path, Handler h) { m_core.route(path, std::move(h)); }
    QList<HttpRequest> requests(const QByteArray &path = {})
    {
        QList<HttpRequest> out;
        for (const HttpRequest &r : m_core.requests())
            if (path.isEmpty() || r.path == path)
                out << r;
        return out;
    }
    void clear() { m_core.clear(); }
    int compressed() { return m_core.compressed(); }

private:
    QThread m_thread;
    ServerCore m_core;
    quint16 m_port = 0;
};

// ---- Fixtures and responses ----------------------------------------------------------------

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

HttpResponse ok(const QByteArray &body, const QByteArray &type)
{
    HttpResponse r;
    r.contentType = type;
    r.body = body;
    return r;
}

// A document with validators; answers 304 to a matching conditional request.
Handler document(const QByteArray &body, const QByteArray &type, const QByteArray &etag = {},
                 const QByteArray &lastModified = {}, bool deflate = false)
{
    return [=](const HttpRequest &request) {
        HttpResponse r = ok(body, type);
        r.allowDeflate = deflate;
        if (!etag.isEmpty())
            r.headers.append(std::pair<QByteArray, QByteArray>("ETag", etag));
        if (!lastModified.isEmpty())
            r.headers.append(std::pair<QByteArray, QByteArray>("Last-Modified", lastModified));
        if ((!etag.isEmpty() && request.header("if-none-match") == etag) ||
            (etag.isEmpty() && !lastModified.isEmpty() &&
             request.header("if-modified-since") == lastModified)) {
            r.status = 304;
            r.body.clear();
        }
        return r;
    };
}

Handler redirect(const QByteArray &location, int status = 302)
{
    return [=](const HttpRequest &) {
        HttpResponse r;
        r.status = status;
        if (!location.isEmpty())
            r.headers.append(std::pair<QByteArray, QByteArray>("Location", location));
        return r;
    };
}

Handler status(int code)
{
    return [=](const HttpRequest &) {
        HttpResponse r = ok("status " + QByteArray::number(code), "text/plain");
        r.status = code;
        return r;
    };
}

Handler withAuth(const QByteArray &authorization, Handler inner)
{
    return [=](const HttpRequest &request) {
        if (request.header("authorization") != authorization) {
            HttpResponse r = ok("who are you?", "text/plain");
            r.status = 401;
            r.headers.append(
                std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Basic realm=\"fixture\""));
            return r;
        }
        return inner(request);
    };
}

Handler mode(HttpResponse::Mode m, const QByteArray &body = "<rss")
{
    return [=](const HttpRequest &) {
        HttpResponse r = ok(body, "application/rss+xml");
        r.mode = m;
        return r;
    };
}

struct FeedEntry
{
    QString slug;
    QString title;
    QString date; // RFC 822
    QString body;
};

QByteArray rssOf(const QString &base, const QList<FeedEntry> &entries)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                     "<title>Mutable</title><link>" +
                     base.toUtf8() + "/</link>";
    for (const FeedEntry &e : entries)
        xml += "<item><title>" + e.title.toHtmlEscaped().toUtf8() + "</title><link>" +
               base.toUtf8() + "/posts/mutable/" + e.slug.toUtf8() + "/</link><pubDate>" +
               e.date.toUtf8() + "</pubDate><content:encoded><![CDATA[" + e.body.toUtf8() +
               "]]></content:encoded></item>";
    return xml + "</channel></rss>";
}

// Every row of every table a post's data lives in: equal dumps = untouched posts.
QString dumpPosts(const QSqlDatabase &db)
{
    QString text;
    for (const char *table :
         {"posts", "categories", "tags", "post_tags", "series", "series_parts", "links",
          "posts_rich", "bookmarks", "highlights", "notes", "article_failures"}) {
        Sql q(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        if (!q.exec())
            qFatal("dump failed: %s", qPrintable(q.error()));
        text += QLatin1String(table) + u'\n';
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.query().record().count(); ++i)
                row << q.value(i).toString();
            text += row.join(u'|') + u'\n';
        }
    }
    return text;
}

FetchLimits quickLimits()
{
    FetchLimits l;
    l.idleTimeoutMs = 1500;
    l.totalTimeoutMs = 4000;
    l.maxBytes = 2 * 1024 * 1024;
    return l;
}

RefreshOptions quickOptions()
{
    RefreshOptions o;
    o.limits = quickLimits();
    o.articleDelayMs = 0;
    return o;
}

} // namespace

class TestSources final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<FixtureServer> m_other; // a second origin (another port)
    QByteArray m_corpus;

    QByteArray fixture(const QString &name) const
    {
        return readFile(QStringLiteral(LECTERN_TEST_DATA "/feeds/") + name)
            .replace("{{BASE}}", m_server->base().toUtf8());
    }
    QUrl url(const QString &path) const { return m_server->url(path); }

    QString newPath() { return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_n)); }
    std::unique_ptr<Library> newLibrary(QString path = {})
    {
        auto lib = std::make_unique<Library>(path.isEmpty() ? newPath() : path);
        QString error;
        if (!lib->open(&error))
            qFatal("open: %s", qPrintable(error));
        return lib;
    }

    // Probes `path` and imports it as a new source; the source id, or 0 (and a QTest failure).
    qint64 add(Library &library, const QString &path, RefreshResult *first = nullptr,
               const Credentials &credentials = {}, const QString &name = {})
    {
        SourceRefresher refresher(library, quickOptions());
        const ProbeResult probe = refresher.probe(url(path), credentials);
        if (!probe.ok) {
            qWarning("probe of %s failed: %s", qPrintable(path), qPrintable(probe.error));
            return 0;
        }
        Source s;
        s.kind = probe.kind;
        s.location = probe.url.toString(QUrl::FullyEncoded);
        s.name = name;
        s.title = probe.title;
        s.auth = credentials.kind;
        QString error;
        SourceRegistry registry(library.connection());
        const qint64 id = registry.add(s, &error);
        if (!id) {
            qWarning("add failed: %s", qPrintable(error));
            return 0;
        }
        const RefreshResult r = refresher.importProbed(*registry.byId(id), probe);
        if (first)
            *first = r;
        return id;
    }
    RefreshResult refresh(Library &library, qint64 id, const Credentials &credentials = {},
                          RefreshOptions options = quickOptions())
    {
        SourceRefresher refresher(library, options);
        return refresher.refresh(*SourceRegistry(library.connection()).byId(id), credentials);
    }
    static int count(Library &library, const QString &sql, std::initializer_list<QVariant> v = {})
    {
        return Sql::scalar(library.connection(), sql, v).toInt();
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--cli-child")} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("lectern %s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<FixtureServer>();
        m_other = std::make_unique<FixtureServer>();
        m_corpus = readFile(QStringLiteral(LECTERN_CORPUS));
        FixtureServer &s = *m_server;
        s.route("/feeds/rss.xml", document(fixture(QStringLiteral("rss.xml")),
                                           "application/rss+xml; charset=utf-8", "\"rss-1\""));
        s.route("/feeds/atom.xml",
                document(fixture(QStringLiteral("atom.xml")), "application/atom+xml", {},
                         "Sat, 10 Feb 2024 12:00:00 GMT"));
        s.route("/feeds/feed.json", document(fixture(QStringLiteral("feed.json")),
                                             "application/feed+json", "\"json-1\""));
        s.route("/feeds/rss-as-text",
                document(fixture(QStringLiteral("rss.xml")), "text/plain", "\"txt-1\""));
        s.route("/blog/index.json",
                document(fixture(QStringLiteral("index.json")), "application/json", "\"idx-1\""));
        s.route("/corpus/index.json",
                document(m_corpus, "application/json", "\"corpus-1\"", {}, true));
        s.route("/corpus-plain/index.json", document(m_corpus, "application/json"));
        s.route("/site/", document(fixture(QStringLiteral("site.html")), "text/html"));
        s.route("/site-nofeed/", document(fixture(QStringLiteral("nofeed.html")), "text/html"));
        s.route("/broken.xml",
                document(fixture(QStringLiteral("broken.xml")), "application/rss+xml"));
        s.route("/broken.json",
                document(fixture(QStringLiteral("broken.json")), "application/feed+json"));
        s.route("/wrong-type", document(fixture(QStringLiteral("image.png")), "image/png"));
        s.route("/evil.xml", document(fixture(QStringLiteral("evil.xml")), "application/rss+xml"));
        for (const char *page : {"goroutines", "ownership", "decorators"}) {
            const QString file = QStringLiteral("pages/%1.html").arg(QLatin1String(page));
            const QByteArray path =
                QByteArray(page == QByteArrayView("goroutines")  ? "/posts/go/"
                           : page == QByteArrayView("ownership") ? "/posts/rust/"
                                                                 : "/posts/python/") +
                page + '/';
            s.route(path, document(fixture(file), "text/html; charset=utf-8",
                                   "\"page-" + QByteArray(page) + '"'));
        }
        s.route("/posts/evil/post/",
                document(fixture(QStringLiteral("pages/evil.html")), "text/html"));
        s.route("/private/feed.json", withAuth("Basic " + QByteArray("reader:s3cret").toBase64(),
                                               document(fixture(QStringLiteral("feed.json")),
                                                        "application/feed+json", "\"private-1\"")));
        s.route("/token/feed.json",
                withAuth("Bearer tok-123", document(fixture(QStringLiteral("feed.json")),
                                                    "application/feed+json", "\"token-1\"")));
        s.route("/redirect/rss", redirect("/feeds/rss.xml", 301));
        s.route("/redirect/nowhere", redirect({}));
        s.route("/loop/a", redirect("/loop/b"));
        s.route("/loop/b", redirect("/loop/a"));
        for (int i = 0; i < 10; ++i)
            s.route("/chain/" + QByteArray::number(i),
                    redirect("/chain/" + QByteArray::number(i + 1)));
        s.route("/stall", mode(HttpResponse::Mode::Stall, "<rss version=\"2.0\">"));
        s.route("/endless", mode(HttpResponse::Mode::Trickle));
        QByteArray huge(3 * 1024 * 1024, 'x');
        huge.prepend("<rss version=\"2.0\"><channel><title>");
        s.route("/huge", document(huge, "application/rss+xml"));
        s.route("/huge-chunked", [huge](const HttpRequest &) {
            HttpResponse r = ok(huge, "application/rss+xml");
            r.mode = HttpResponse::Mode::Chunked;
            return r;
        });
        s.route("/error", status(500));
        s.route("/hop", redirect(m_other->base().toUtf8() + "/landing"));
        m_other->route("/landing",
                       document(fixture(QStringLiteral("rss.xml")), "application/rss+xml"));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_other.reset();
    }

    // ---- Fetcher --------------------------------------------------------------------------

    void fetchesWithUserAgentAndAccept()
    {
        m_server->clear();
        Fetcher fetcher(quickLimits());
        FetchRequest request;
        request.url = url(QStringLiteral("/feeds/rss.xml"));
        const FetchResult r = fetcher.get(request);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body, fixture(QStringLiteral("rss.xml")));
        QCOMPARE(r.contentType, QByteArray("application/rss+xml; charset=utf-8"));
        QCOMPARE(r.etag, QByteArray("\"rss-1\""));
        const QList<HttpRequest> log = m_server->requests("/feeds/rss.xml");
        QCOMPARE(log.size(), 1);
        QVERIFY(log.first().header("user-agent").startsWith("Lectern/"));
        QVERIFY(log.first().header("accept").contains("application/rss+xml"));
        QVERIFY(log.first().header("authorization").isEmpty());
    }

    void compressedTransfer()
    {
        m_server->clear();
        Fetcher fetcher(quickLimits());
        FetchRequest request;
        request.url = url(QStringLiteral("/corpus/index.json"));
        const FetchResult r = fetcher.get(request);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_server->compressed(), 1); // the server really sent deflate
        QVERIFY(m_server->requests().first().header("accept-encoding").contains("deflate"));
        QCOMPARE(r.body, m_corpus); // and it arrived decoded
    }

    void conditionalRequests()
    {
        Fetcher fetcher(quickLimits());
        FetchRequest request;
        request.url = url(QStringLiteral("/feeds/rss.xml"));
        const FetchResult first = fetcher.get(request);
        QVERIFY(first.ok());
        m_server->clear();
        request.etag = first.etag;
        const FetchResult second = fetcher.get(request);
        QCOMPARE(int(second.outcome), int(FetchResult::Outcome::NotModified));
        QCOMPARE(second.httpStatus, 304);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().header("if-none-match"), QByteArray("\"rss-1\""));

        // Last-Modified alone works the same way.
        request = {};
        request.url = url(QStringLiteral("/feeds/atom.xml"));
        const FetchResult third = fetcher.get(request);
        QCOMPARE(third.lastModified, QByteArray("Sat, 10 Feb 2024 12:00:00 GMT"));
        request.lastModified = third.lastModified;
        QCOMPARE(int(fetcher.get(request).outcome), int(FetchResult::Outcome::NotModified));
    }

    void fetchOutcomes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("message"); // regular expression
        using P = FetchResult::Problem;
        QTest::newRow("redirect followed")
            << QStringLiteral("/redirect/rss") << int(P::None) << QString();
        QTest::newRow("redirect loop")
            << QStringLiteral("/loop/a") << int(P::TooManyRedirects)
            << QStringLiteral("^redirect loop: http://127.0.0.1:\\d+/loop/a \u2192 "
                              "http://127.0.0.1:\\d+/loop/b \u2192 http://127.0.0.1:\\d+/loop/a$");
        QTest::newRow("too many redirects")
            << QStringLiteral("/chain/0") << int(P::TooManyRedirects)
            << QStringLiteral("redirects more than 5 times");
        QTest::newRow("redirect without location")
            << QStringLiteral("/redirect/nowhere") << int(P::Http)
            << QStringLiteral("redirects \\(HTTP 302\\) without saying where");
        QTest::newRow("stalled response") << QStringLiteral("/stall") << int(P::Timeout)
                                          << QStringLiteral("sent nothing for 1.5 s");
        QTest::newRow("never-ending response") << QStringLiteral("/endless") << int(P::Timeout)
                                               << QStringLiteral("did not finish within 4 s");
        QTest::newRow("too large (Content-Length)")
            << QStringLiteral("/huge") << int(P::TooLarge)
            << QStringLiteral("/huge is larger than 2[.0]* MiB, the most Lectern downloads");
        QTest::newRow("too large (chunked)")
            << QStringLiteral("/huge-chunked") << int(P::TooLarge) << QStringLiteral("larger than");
        QTest::newRow("not found") << QStringLiteral("/missing") << int(P::Http)
                                   << QStringLiteral("/missing answered HTTP 404 Not Found$");
        QTest::newRow("server error") << QStringLiteral("/error") << int(P::Http)
                                      << QStringLiteral("HTTP 500 Internal Server Error");
        QTest::newRow("needs credentials")
            << QStringLiteral("/private/feed.json") << int(P::Unauthorized)
            << QStringLiteral("needs credentials \\(HTTP 401\\)");
        QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1/x") << int(P::BadUrl)
                                  << QStringLiteral("is not an http or https address");
    }
    void fetchOutcomes()
    {
        QFETCH(QString, path);
        QFETCH(int, problem);
        QFETCH(QString, message);
        Fetcher fetcher(quickLimits());
        FetchRequest request;
        request.url = path.startsWith(u'/') ? url(path) : QUrl(path);
        const FetchResult r = fetcher.get(request);
        QCOMPARE(int(r.problem), problem);
        if (problem == int(FetchResult::Problem::None)) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.redirects, 1);
            QCOMPARE(r.finalUrl, url(QStringLiteral("/feeds/rss.xml")));
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(QRegularExpression(message).match(r.error).hasMatch(), qPrintable(r.error));
        }
    }

    void unreachableServer()
    {
        QTcpServer probe; // a port that was just free, closed again: nobody listens there
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Fetcher fetcher(quickLimits());
        FetchRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(port));
        const FetchResult r = fetcher.get(request);
        QCOMPARE(int(r.problem), int(FetchResult::Problem::Network));
        QVERIFY2(r.error.startsWith(
                     QStringLiteral("cannot reach http://127.0.0.1:%1/feed.xml: ").arg(port)),
                 qPrintable(r.error));
    }

    void credentialsStayWithTheirOrigin()
    {
        m_server->clear();
        m_other->clear();
        Fetcher fetcher(quickLimits());
        FetchRequest request;
        request.url = url(QStringLiteral("/hop"));
        request.credentials = {AuthKind::Bearer, QStringLiteral("tok-123")};
        const FetchResult r = fetcher.get(request);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(m_server->requests("/hop").first().header("authorization"),
                 QByteArray("Bearer tok-123"));
        QCOMPARE(m_other->requests("/landing").size(), 1);
        QVERIFY(m_other->requests("/landing").first().header("authorization").isEmpty());
    }

    void cancel()
    {
        Fetcher fetcher(quickLimits());
        FetchRequest request;
        request.url = url(QStringLiteral("/endless"));
        std::atomic_bool cancel = false;
        QTimer::singleShot(200, [&cancel] { cancel = true; });
        QElapsedTimer clock;
        clock.start();
        const FetchResult r = fetcher.get(request, &cancel);
        QCOMPARE(int(r.outcome), int(FetchResult::Outcome::Cancelled));
        QVERIFY(clock.elapsed() < 3000); // well before the 4 s total timeout
    }

    // ---- Adding and refreshing ------------------------------------------------------------

    void addEachKind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("posts");
        QTest::addColumn<bool>("rich");
        QTest::newRow("rss") << QStringLiteral("/feeds/rss.xml") << int(SourceKind::Rss)
                             << QStringLiteral("/feeds/rss.xml") << 3 << true;
        QTest::newRow("rss served as text/plain")
            << QStringLiteral("/feeds/rss-as-text") << int(SourceKind::Rss)
            << QStringLiteral("/feeds/rss-as-text") << 3 << true;
        QTest::newRow("atom") << QStringLiteral("/feeds/atom.xml") << int(SourceKind::Atom)
                              << QStringLiteral("/feeds/atom.xml") << 3 << true;
        QTest::newRow("json feed")
            << QStringLiteral("/feeds/feed.json") << int(SourceKind::JsonFeed)
            << QStringLiteral("/feeds/feed.json") << 2 << true;
        QTest::newRow("hugo index")
            << QStringLiteral("/blog/index.json") << int(SourceKind::HugoIndex)
            << QStringLiteral("/blog/index.json") << 3 << false;
        QTest::newRow("page advertising a feed")
            << QStringLiteral("/site/") << int(SourceKind::Atom)
            << QStringLiteral("/feeds/atom.xml") << 3 << true;
    }
    void addEachKind()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, location);
        QFETCH(int, posts);
        QFETCH(bool, rich);
        auto lib = newLibrary();
        RefreshResult first;
        const qint64 id = add(*lib, path, &first);
        QVERIFY(id);
        QCOMPARE(first.status, RefreshStatus::Ok);
        QCOMPARE(first.summary.added, posts);
        const Source s = *SourceRegistry(lib->connection()).byId(id);
        QCOMPARE(int(s.kind), kind);
        QCOMPARE(s.location, url(location).toString());
        QCOMPARE(s.postCount, posts);
        QCOMPARE(s.lastStatus, RefreshStatus::Ok);
        QVERIFY(!s.etag.isEmpty() || !s.lastModified.isEmpty());
        QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM posts_rich")), rich ? posts : 0);
        if (rich) // feeds carry dates
            QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM posts WHERE "
                                                "published_at IS NOT NULL")),
                     posts);

        // Unchanged since: one conditional request, one 304, nothing written.
        const QString before = dumpPosts(lib->connection());
        m_server->clear();
        const RefreshResult again = refresh(*lib, id);
        QCOMPARE(again.status, RefreshStatus::Unchanged);
        QCOMPARE(again.httpStatus, 304);
        const QList<HttpRequest> log = m_server->requests();
        QCOMPARE(log.size(), 1);
        QVERIFY(!log.first().header("if-none-match").isEmpty() ||
                !log.first().header("if-modified-since").isEmpty());
        QCOMPARE(dumpPosts(lib->connection()), before);
        QCOMPARE(SourceRegistry(lib->connection()).byId(id)->lastStatus, RefreshStatus::Unchanged);
    }

    void feedContentIsStored()
    {
        auto lib = newLibrary();
        QVERIFY(add(*lib, QStringLiteral("/feeds/rss.xml")));
        const QSqlDatabase db = lib->connection();
        Sql q(db, "SELECT p.title, p.content, p.summary, p.author, p.published_at, r.html, "
                  "r.complete, (SELECT group_concat(t.name, ',') FROM post_tags pt JOIN tags t "
                  "ON t.id = pt.tag_id WHERE pt.post_id = p.id) FROM posts p JOIN posts_rich r "
                  "ON r.post_id = p.id WHERE p.permalink = ?");
        QVERIFY(q.exec({m_server->base() + QStringLiteral("/posts/go/channels/")}) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Go Basics: Channels"));
        QVERIFY2(q.value(1).toString().contains(QLatin1String("ch := make(chan int)\ngo func()")),
                 qPrintable(q.value(1).toString())); // the body's plain text, code lines kept
        QCOMPARE(q.value(2).toString(), QStringLiteral("Channels, in short."));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Jane Doe"));
        QCOMPARE(q.value(4).toLongLong(),
                 QDateTime(QDate(2024, 3, 5), QTime(10, 0), QTimeZone::UTC).toSecsSinceEpoch());
        QVERIFY(q.value(5).toString().contains(QLatin1String("language-go")));
        QVERIFY(q.value(5).toString().contains(QLatin1String("ksh-")));
        QCOMPARE(q.value(6).toInt(), 1);
        QCOMPARE(q.value(7).toString(), QStringLiteral("go,concurrency"));
        // A summary-only item is marked incomplete (an article fetch can complete it).
        QCOMPARE(count(*lib,
                       QStringLiteral("SELECT complete FROM posts_rich r JOIN posts p ON "
                                      "p.id = r.post_id WHERE p.title = ?"),
                       {QStringLiteral("Go Basics: Goroutines")}),
                 0);
        // Dates give the order (newest first) and the title prefix a series.
        QCOMPARE(count(*lib, QStringLiteral("SELECT pub_order FROM posts WHERE title = ?"),
                       {QStringLiteral("Go Basics: Channels")}),
                 0);
        QCOMPARE(
            count(*lib, QStringLiteral("SELECT count(*) FROM series WHERE name = 'Go Basics'")), 1);
        const RichBody body = *RichBodies(db).body(
            Sql::scalar(db, QStringLiteral("SELECT id FROM posts WHERE pub_order = 0"))
                .toLongLong());
        QCOMPARE(body.origin, QStringLiteral("feed"));
        QVERIFY(!body.stale);
    }

    void probeRefusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("needsCredentials");
        QTest::addColumn<QString>("message");
        QTest::newRow("page without a feed")
            << QStringLiteral("/site-nofeed/") << false << QStringLiteral("advertises no feed");
        QTest::newRow("wrong content type") << QStringLiteral("/wrong-type") << false
                                            << QStringLiteral("image/png content, not a feed");
        QTest::newRow("malformed xml") << QStringLiteral("/broken.xml") << false
                                       << QStringLiteral("not well-formed XML.*line 10");
        QTest::newRow("malformed json")
            << QStringLiteral("/broken.json") << false << QStringLiteral("not valid JSON.*line 5");
        QTest::newRow("needs credentials") << QStringLiteral("/private/feed.json") << true
                                           << QStringLiteral("needs credentials \\(HTTP 401\\)");
        QTest::newRow("not found")
            << QStringLiteral("/missing") << false << QStringLiteral("HTTP 404");
    }
    void probeRefusals()
    {
        QFETCH(QString, path);
        QFETCH(bool, needsCredentials);
        QFETCH(QString, message);
        auto lib = newLibrary();
        SourceRefresher refresher(*lib, quickOptions());
        const ProbeResult p = refresher.probe(url(path), {});
        QVERIFY(!p.ok);
        QCOMPARE(p.needsCredentials, needsCredentials);
        QVERIFY2(QRegularExpression(message).match(p.error).hasMatch(), qPrintable(p.error));
        QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM sources")), 0);
    }

    void failedRefreshKeepsPosts_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const int failed = int(RefreshStatus::Failed);
        QTest::newRow("malformed xml")
            << QStringLiteral("broken.xml") << failed << QStringLiteral("not well-formed XML");
        QTest::newRow("truncated xml")
            << QStringLiteral("truncated") << failed << QStringLiteral("not well-formed XML");
        // A feed may change its format (RSS to JSON Feed): then it is read as what it is.
        QTest::newRow("malformed json feed") << QStringLiteral("broken.json") << failed
                                             << QStringLiteral("not valid JSON: .* line 5");
        QTest::newRow("wrong content type")
            << QStringLiteral("png") << failed << QStringLiteral("image/png");
        QTest::newRow("a web page instead")
            << QStringLiteral("html") << failed << QStringLiteral("now answers with a web page");
        QTest::newRow("empty body")
            << QStringLiteral("empty") << failed << QStringLiteral("the document is empty");
        QTest::newRow("too large")
            << QStringLiteral("huge") << failed << QStringLiteral("larger than");
        QTest::newRow("stalled") << QStringLiteral("stall") << failed
                                 << QStringLiteral("sent nothing for");
        QTest::newRow("redirect loop")
            << QStringLiteral("loop") << failed << QStringLiteral("redirect loop");
        QTest::newRow("gone") << QStringLiteral("404") << failed << QStringLiteral("HTTP 404");
        QTest::newRow("server error")
            << QStringLiteral("500") << failed << QStringLiteral("HTTP 500");
        QTest::newRow("now needs credentials")
            << QStringLiteral("401") << int(RefreshStatus::NeedsCredentials)
            << QStringLiteral("needs credentials");
    }
    void failedRefreshKeepsPosts()
    {
        QFETCH(QString, variant);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QByteArray path = QByteArray("/mutable/keep-") +
                                QByteArray(QTest::currentDataTag()).replace(' ', '-') +
                                QByteArray(".xml");
        const QByteArray good = fixture(QStringLiteral("rss.xml"));
        m_server->route(path, document(good, "application/rss+xml", "\"good\""));
        auto lib = newLibrary();
        const qint64 id = add(*lib, QString::fromLatin1(path));
        QVERIFY(id);
        // Marks on a post, so "untouched" covers them too.
        const QSqlDatabase db = lib->connection();
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO bookmarks(post_id, created_at) "
                                            "SELECT id, 1 FROM posts WHERE pub_order = 0")));
        const QString before = dumpPosts(db);
        const Source was = *SourceRegistry(db).byId(id);

        Handler bad;
        if (variant == QLatin1String("broken.xml"))
            bad = document(fixture(variant), "application/rss+xml");
        else if (variant == QLatin1String("truncated"))
            bad = document(good.left(good.size() / 2), "application/rss+xml");
        else if (variant == QLatin1String("broken.json"))
            bad = document(fixture(variant), "application/feed+json");
        else if (variant == QLatin1String("png"))
            bad = document(fixture(QStringLiteral("image.png")), "image/png");
        else if (variant == QLatin1String("html"))
            bad = document(fixture(QStringLiteral("site.html")), "text/html");
        else if (variant == QLatin1String("empty"))
            bad = document({}, "application/rss+xml");
        else if (variant == QLatin1String("huge"))
            bad = document(QByteArray(3 * 1024 * 1024, ' '), "application/rss+xml");
        else if (variant == QLatin1String("stall"))
            bad = mode(HttpResponse::Mode::Stall);
        else if (variant == QLatin1String("loop"))
            bad = redirect("/loop/a");
        else
            bad = ::status(variant.toInt());
        m_server->route(path, bad);

        const RefreshResult r = refresh(*lib, id);
        QCOMPARE(int(r.status), status);
        QVERIFY2(QRegularExpression(message).match(r.error).hasMatch(), qPrintable(r.error));
        QVERIFY2(r.message().contains(r.error), qPrintable(r.message()));
        QCOMPARE(dumpPosts(db), before);
        const Source now = *SourceRegistry(db).byId(id);
        QCOMPARE(int(now.lastStatus), status);
        QCOMPARE(now.lastError, r.error);
        QCOMPARE(now.etag, was.etag); // validators untouched: the next refresh downloads again
        QCOMPARE(now.postCount, was.postCount);

        // Back to good: the same posts, nothing new, and the status clears.
        m_server->route(path, document(good, "application/rss+xml", "\"good-2\""));
        const RefreshResult back = refresh(*lib, id);
        QCOMPARE(back.status, RefreshStatus::Unchanged);
        QCOMPARE(SourceRegistry(db).byId(id)->lastError, QString());
        QCOMPARE(dumpPosts(db), before);
    }

    void changesOnRefresh()
    {
        const QString base = m_server->base();
        const QByteArray path = "/mutable/changes.xml";
        const FeedEntry a{QStringLiteral("a"), QStringLiteral("Go Basics: Channels"),
                          QStringLiteral("Tue, 05 Mar 2024 10:00:00 GMT"),
                          QStringLiteral("<p>Channels.</p>")};
        const FeedEntry b{QStringLiteral("b"), QStringLiteral("Borrowing"),
                          QStringLiteral("Sun, 03 Mar 2024 10:00:00 GMT"),
                          QStringLiteral("<p>Borrowing, first version.</p>")};
        const FeedEntry c{QStringLiteral("c"), QStringLiteral("Cargo"),
                          QStringLiteral("Mon, 04 Mar 2024 12:00:00 GMT"),
                          QStringLiteral("<p>Cargo.</p>")};
        m_server->route(path, document(rssOf(base, {a, c, b}), "application/rss+xml", "\"v1\""));
        auto lib = newLibrary();
        RefreshResult first;
        const qint64 id = add(*lib, QString::fromLatin1(path), &first);
        QVERIFY(id);
        QCOMPARE(first.summary.added, 3);
        const QSqlDatabase db = lib->connection();
        const auto idOf = [&](const QString &slug) {
            return Sql::scalar(db, QStringLiteral("SELECT id FROM posts WHERE permalink = ?"),
                               {base + QStringLiteral("/posts/mutable/") + slug + u'/'})
                .toLongLong();
        };
        const qint64 bId = idOf(QStringLiteral("b"));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO bookmarks(post_id, created_at) VALUES "
                                            "(%1, 1)")
                                 .arg(bId)));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO highlights(post_id, quote, start_pos, "
                                            "end_pos, created_at, updated_at) VALUES "
                                            "(%1, 'Borrowing', 0, 9, 1, 1)")
                                 .arg(bId)));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO notes(post_id, body, created_at, "
                                            "updated_at) VALUES (%1, 'my note', 1, 1)")
                                 .arg(bId)));

        // v2: d is new, b changed, c removed (inside the feed's window of dates: gone).
        const FeedEntry b2{b.slug, b.title, b.date, QStringLiteral("<p>Borrowing, revised.</p>")};
        const FeedEntry d{QStringLiteral("d"), QStringLiteral("Go Basics: Select"),
                          QStringLiteral("Wed, 06 Mar 2024 10:00:00 GMT"),
                          QStringLiteral("<p>Select.</p>")};
        m_server->route(path, document(rssOf(base, {d, a, b2}), "application/rss+xml", "\"v2\""));
        const RefreshResult second = refresh(*lib, id);
        QCOMPARE(second.status, RefreshStatus::Ok);
        QCOMPARE(second.summary.added, 1);
        QCOMPARE(second.summary.updated, 1);
        QCOMPARE(second.summary.unchanged, 1);
        QCOMPARE(second.summary.missing, 1);
        QCOMPARE(second.summary.missingPermalinks,
                 QStringList{base + QStringLiteral("/posts/mutable/c/")});
        const Source s = *SourceRegistry(db).byId(id);
        QCOMPARE(s.lastAdded, 1);
        QCOMPARE(s.lastUpdated, 1);
        QCOMPARE(s.lastGone, 1);
        QCOMPARE(s.postCount, 3);
        QCOMPARE(s.missingCount, 1);
        // The updated post kept its id, and with it its marks.
        QCOMPARE(idOf(QStringLiteral("b")), bId);
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT content FROM posts WHERE id = ?"), {bId})
                    .toString()
                    .contains(QLatin1String("revised")));
        QCOMPARE(
            count(*lib, QStringLiteral("SELECT count(*) FROM bookmarks WHERE post_id = ?"), {bId}),
            1);
        QCOMPARE(
            count(*lib, QStringLiteral("SELECT count(*) FROM highlights WHERE post_id = ?"), {bId}),
            1);
        QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM notes WHERE post_id = ?"), {bId}),
                 1);
        QCOMPARE(count(*lib, QStringLiteral("SELECT missing FROM posts WHERE id = ?"),
                       {idOf(QStringLiteral("c"))}),
                 1);
        // Order by date, newest first; the series in reading order (oldest part first).
        QCOMPARE(count(*lib, QStringLiteral("SELECT pub_order FROM posts WHERE id = ?"),
                       {idOf(QStringLiteral("d"))}),
                 0);
        Sql parts(db, "SELECT p.title FROM series_parts sp JOIN posts p ON p.id = sp.post_id "
                      "ORDER BY sp.position");
        QVERIFY(parts.exec());
        QStringList titles;
        while (parts.next())
            titles << parts.value(0).toString();
        QCOMPARE(titles, (QStringList{a.title, d.title}));

        // v3: b (the oldest) scrolls out of the feed: not gone, just no longer listed.
        m_server->route(path, document(rssOf(base, {d, a}), "application/rss+xml", "\"v3\""));
        const RefreshResult third = refresh(*lib, id);
        QCOMPARE(third.summary.added, 0);
        QCOMPARE(third.summary.updated, 0);
        QCOMPARE(third.summary.missing, 1); // still c only
        QCOMPARE(count(*lib, QStringLiteral("SELECT missing FROM posts WHERE id = ?"), {bId}), 0);
        QCOMPARE(third.status, RefreshStatus::Unchanged);
    }

    void scriptInjectionIsSanitized()
    {
        auto lib = newLibrary();
        RefreshResult first;
        QVERIFY(add(*lib, QStringLiteral("/evil.xml"), &first));
        QCOMPARE(first.summary.added, 1);
        const QSqlDatabase db = lib->connection();
        const QString html =
            Sql::scalar(db, QStringLiteral("SELECT html FROM posts_rich")).toString();
        const QString content =
            Sql::scalar(db, QStringLiteral("SELECT content FROM posts")).toString();
        for (const char *absent : {"<script", "alert(3)", "alert(5)", "onclick", "onerror",
                                   "onmouseover", "javascript:", "data:text", "<iframe", "<object",
                                   "<embed", "<form", "<input", "<svg", "<meta", "style="})
            QVERIFY2(!html.contains(QLatin1String(absent), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(absent), html)));
        QVERIFY(!content.contains(QLatin1String("alert(3)")));
        QVERIFY(html.contains(QLatin1String("language-go")));
        QVERIFY(html.contains(QLatin1String("https://example.org/ok")));

        // The article page of the same post, fetched: sanitized the same way.
        SourceRefresher refresher(*lib, quickOptions());
        const Source s = SourceRegistry(db).list().first();
        const ArticleFetchResult r = refresher.fetchArticles(
            s, {}, {Sql::scalar(db, QStringLiteral("SELECT id FROM posts")).toLongLong()});
        QCOMPARE(r.fetched, 1);
        const QString article =
            Sql::scalar(db, QStringLiteral("SELECT html FROM posts_rich")).toString();
        for (const char *absent : {"<script", "document.cookie", "javascript:", "onclick",
                                   "onerror", "onload", "<iframe", "<form", "<input"})
            QVERIFY2(!article.contains(QLatin1String(absent), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(absent), article)));
        QVERIFY(article.contains(QLatin1String("Text before.")));
        QVERIFY(article.contains(QLatin1String("language-python")));
        // The script-looking string inside the code is code text, escaped.
        QVERIFY2(article.contains(QLatin1String("&lt;script&gt;not code&lt;/script&gt;")),
                 qPrintable(article));
    }

    // ---- Full articles ----------------------------------------------------------------------

    void fetchArticles()
    {
        auto lib = newLibrary();
        const qint64 id = add(*lib, QStringLiteral("/blog/index.json"));
        QVERIFY(id);
        const QSqlDatabase db = lib->connection();
        SourceRefresher refresher(*lib, quickOptions());
        QCOMPARE(refresher.articlesToFetch(id).size(), 3);
        const Source s = *SourceRegistry(db).byId(id);
        m_server->clear();
        const ArticleFetchResult r = refresher.fetchArticles(s, {});
        QCOMPARE(r.candidates, 3);
        QCOMPARE(r.fetched, 3);
        QCOMPARE(r.failed, 0);
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(refresher.articlesToFetch(id).isEmpty());

        const qint64 go = Sql::scalar(db, QStringLiteral("SELECT id FROM posts WHERE permalink "
                                                         "LIKE '%/goroutines/'"))
                              .toLongLong();
        const PostDetails details = RichBodies(db).details(go);
        QVERIFY(details.body);
        QCOMPARE(details.body->origin, QStringLiteral("article"));
        QVERIFY(details.body->complete);
        QVERIFY(details.body->html.contains(QLatin1String("language-go")));
        QVERIFY(details.body->html.contains(QLatin1String("ksh-Keyword")));
        QVERIFY(!details.body->html.contains(QLatin1String("anchor")));
        QCOMPARE(details.published, QDateTime(QDate(2024, 3, 4), QTime(9, 30), QTimeZone::UTC));
        QCOMPARE(details.author, QStringLiteral("Jane Doe"));
        const QString content =
            Sql::scalar(db, QStringLiteral("SELECT content FROM posts WHERE id = ?"), {go})
                .toString();
        QVERIFY2(content.contains(QLatin1String("func main() {\n\tgo doWork()")),
                 qPrintable(content));
        QCOMPARE(count(*lib,
                       QStringLiteral("SELECT count(*) FROM post_tags pt JOIN tags t ON "
                                      "t.id = pt.tag_id WHERE pt.post_id = ?"),
                       {go}),
                 2);
        // The generic page (no PaperMod structure) was read too.
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT html FROM posts_rich r JOIN posts p ON "
                                               "p.id = r.post_id WHERE p.permalink LIKE "
                                               "'%/decorators/'"))
                    .toString()
                    .contains(QLatin1String("language-python")));

        // Nothing left: a second run asks for nothing.
        m_server->clear();
        QCOMPARE(refresher.fetchArticles(s, {}).candidates, 0);
        QCOMPARE(m_server->requests().size(), 0);

        // The index changes one post: its article is stale and fetched again, conditionally.
        QByteArray index = fixture(QStringLiteral("index.json"));
        index.replace("Channels connect them.", "Channels connect them, revised.");
        m_server->route("/blog/index.json", document(index, "application/json", "\"idx-2\""));
        const RefreshResult changed = refresh(*lib, id);
        QCOMPARE(changed.summary.updated, 1);
        QVERIFY(RichBodies(db).body(go)->stale);
        QCOMPARE(refresher.articlesToFetch(id), QList<qint64>{go});
        m_server->clear();
        const ArticleFetchResult again = refresher.fetchArticles(s, {});
        QCOMPARE(again.unchanged, 1); // the page answered 304
        QCOMPARE(m_server->requests().first().header("if-none-match"),
                 QByteArray("\"page-goroutines\""));
        QVERIFY(!RichBodies(db).body(go)->stale);
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT content FROM posts WHERE id = ?"), {go})
                    .toString()
                    .contains(QLatin1String("func main() {\n\tgo doWork()")));
        m_server->route("/blog/index.json", document(fixture(QStringLiteral("index.json")),
                                                     "application/json", "\"idx-1\""));
    }

    void fetchAllRate()
    {
        // "Fetch all" over loopback without the politeness pause: 55 PaperMod pages, each
        // extracted, sanitized, highlighted and stored in its own transaction.
        const QByteArray page = fixture(QStringLiteral("pages/goroutines.html"));
        QJsonArray items;
        for (int i = 0; i < 55; ++i) {
            const QByteArray path = "/many/posts/" + QByteArray::number(i) + '/';
            m_server->route(path, document(page, "text/html; charset=utf-8"));
            items.append(QJsonObject{
                {QStringLiteral("title"), QStringLiteral("Post %1").arg(i)},
                {QStringLiteral("permalink"), url(QString::fromLatin1(path)).toString()},
                {QStringLiteral("summary"), QStringLiteral("Summary %1").arg(i)},
                {QStringLiteral("content"), QStringLiteral("Index text of post %1.").arg(i)}});
        }
        m_server->route("/many/index.json",
                        document(QJsonDocument(items).toJson(), "application/json"));
        auto lib = newLibrary();
        const qint64 id = add(*lib, QStringLiteral("/many/index.json"));
        QVERIFY(id);
        SourceRefresher refresher(*lib, quickOptions());
        const Source s = *SourceRegistry(lib->connection()).byId(id);
        QElapsedTimer clock;
        clock.start();
        const ArticleFetchResult r = refresher.fetchArticles(s, {});
        const qint64 ms = std::max<qint64>(clock.elapsed(), 1);
        QCOMPARE(r.fetched, 55);
        QCOMPARE(r.failed, 0);
        QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM posts_rich WHERE origin = "
                                            "'article' AND html LIKE '%ksh-Keyword%'")),
                 55);
        qInfo("TIMING fetch all, 55 article pages over loopback without the pause: %lld ms, "
              "%.1f pages/s (the app waits %d ms between pages of one site)",
              ms, 55000.0 / double(ms), RefreshOptions().articleDelayMs);
    }

    void articleFetchIsResumable()
    {
        const QString base = m_server->base();
        QJsonArray index;
        for (int i = 0; i < 4; ++i)
            index.append(QJsonObject{
                {QStringLiteral("title"), QStringLiteral("Post %1").arg(i)},
                {QStringLiteral("permalink"), base + QStringLiteral("/resume/p%1/").arg(i)},
                {QStringLiteral("summary"), QStringLiteral("s")},
                {QStringLiteral("content"), QStringLiteral("c%1").arg(i)}});
        m_server->route("/resume/index.json",
                        document(QJsonDocument(index).toJson(), "application/json"));
        const QByteArray page = fixture(QStringLiteral("pages/goroutines.html"));
        m_server->route("/resume/p0/", document(page, "text/html"));
        m_server->route("/resume/p1/", status(404));
        m_server->route("/resume/p2/", status(429));
        m_server->route("/resume/p3/", document(page, "text/html"));
        auto lib = newLibrary();
        const qint64 id = add(*lib, QStringLiteral("/resume/index.json"));
        QVERIFY(id);
        const Source s = *SourceRegistry(lib->connection()).byId(id);

        // Run 1: p0 stored, p1 fails (recorded), p2 says "slow down": stop there.
        SourceRefresher refresher(*lib, quickOptions());
        const ArticleFetchResult one = refresher.fetchArticles(s, {});
        QCOMPARE(one.fetched, 1);
        QCOMPARE(one.failed, 1);
        QVERIFY(one.rateLimited);
        QCOMPARE(one.remaining, 2);
        QVERIFY2(one.message().contains(QLatin1String("slow down")), qPrintable(one.message()));
        QVERIFY(!RichBodies(lib->connection())
                     .details(refresher.articlesToFetch(id).first())
                     .lastArticleError.isEmpty());
        QCOMPARE(refresher.articlesToFetch(id).size(), 3);

        // Run 2, cancelled after its first article: what was stored stays.
        m_server->route("/resume/p2/", document(page, "text/html"));
        std::atomic_bool cancel = false;
        RefreshOptions options = quickOptions();
        options.cancel = &cancel;
        options.progress = [&cancel](int, int) { cancel = true; };
        const ArticleFetchResult two = SourceRefresher(*lib, options).fetchArticles(s, {});
        QVERIFY(two.cancelled);
        QCOMPARE(two.fetched + two.failed, 1);
        QCOMPARE(two.remaining, 2);

        // Run 3 finishes; p1 still fails and stays on the list.
        const ArticleFetchResult three = refresher.fetchArticles(s, {});
        QCOMPARE(three.fetched, 2);
        QCOMPARE(three.failed, 1);
        QCOMPARE(refresher.articlesToFetch(id).size(), 1);
        QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM posts_rich")), 3);
        QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM article_failures")), 1);
    }

    // ---- Speed (printed, never asserted) ---------------------------------------------------

    void refreshTimings()
    {
        const auto ms = [](const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; };
        auto lib = newLibrary();
        QElapsedTimer clock;
        clock.start();
        RefreshResult first;
        const qint64 id = add(*lib, QStringLiteral("/corpus/index.json"), &first);
        const double firstMs = ms(clock);
        QVERIFY(id);
        QCOMPARE(first.summary.added, 55);
        QList<double> notModified;
        for (int i = 0; i < 7; ++i) {
            clock.restart();
            const RefreshResult r = refresh(*lib, id);
            notModified << ms(clock);
            QCOMPARE(r.httpStatus, 304);
        }
        std::sort(notModified.begin(), notModified.end());
        // The same index without validators: downloaded, parsed and compared by hash.
        const qint64 plain = add(*lib, QStringLiteral("/corpus-plain/index.json"));
        QVERIFY(plain);
        QList<double> full;
        for (int i = 0; i < 5; ++i) {
            clock.restart();
            const RefreshResult r = refresh(*lib, plain);
            full << ms(clock);
            QCOMPARE(r.status, RefreshStatus::Unchanged);
        }
        std::sort(full.begin(), full.end());
        qInfo("TIMING 55-post index over loopback: first import %.1f ms (download %lld ms, "
              "%lld bytes decoded, deflate on the wire)",
              firstMs, first.fetchMs, first.bytes);
        qInfo("TIMING unchanged source, 304: median %.2f ms (min %.2f, max %.2f, 7 runs)",
              notModified.at(3), notModified.first(), notModified.last());
        qInfo("TIMING unchanged source without validators (full download + hash compare): "
              "median %.1f ms (min %.1f, max %.1f, 5 runs)",
              full.at(2), full.first(), full.last());
    }

    // ---- SourceManager: off the UI thread, with signals ------------------------------------

    void managerAddsRefreshesAndCancels()
    {
        auto lib = newLibrary();
        SourceManager manager(*lib);
        manager.setLimits(quickLimits());
        manager.setArticleDelayMs(0);
        SourcesModel model(lib->connection());
        model.attach(&manager);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy added(&manager, &SourceManager::sourceAdded);
        QSignalSpy failed(&manager, &SourceManager::addFailed);
        QSignalSpy busy(&manager, &SourceManager::busyChanged);
        QSignalSpy idle(&manager, &SourceManager::idle);
        QSignalSpy progress(&manager, &SourceManager::progress);
        QSignalSpy finished(&manager, &SourceManager::sourceFinished);

        manager.addUrl(url(QStringLiteral("/feeds/rss.xml")), QStringLiteral("Fixture RSS"));
        QVERIFY(manager.isBusy());
        QVERIFY(idle.wait(10000));
        QCOMPARE(added.size(), 1);
        const qint64 id = added.first().at(0).toLongLong();
        const auto firstImport = added.first().at(1).value<RefreshResult>();
        QCOMPARE(firstImport.summary.added, 3);
        QCOMPARE(firstImport.sourceName, QStringLiteral("Fixture RSS"));
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, SourcesModel::NameColumn)).toString(),
                 QStringLiteral("Fixture RSS"));
        QCOMPARE(model.data(model.index(0, SourcesModel::PostsColumn)).toInt(), 3);
        // Highlighting went through the UI thread and landed in the stored body.
        QVERIFY(Sql::scalar(lib->connection(),
                            QStringLiteral("SELECT count(*) FROM posts_rich WHERE html LIKE "
                                           "'%ksh-%'"))
                    .toInt() >= 1);

        manager.addUrl(url(QStringLiteral("/feeds/rss.xml")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QLatin1String("already a source")));
        manager.addUrl(url(QStringLiteral("/private/feed.json")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(2).toBool(), true); // needs credentials: the UI asks

        manager.refreshAll();
        QVERIFY(idle.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<RefreshResult>().status, RefreshStatus::Unchanged);
        QCOMPARE(model.data(model.index(0, SourcesModel::StatusColumn)).toString(),
                 QStringLiteral("Unchanged"));

        // A source that hangs: cancel returns at once, nothing is stored.
        m_server->route("/mutable/hang.xml", document(fixture(QStringLiteral("feed.json")),
                                                      "application/feed+json", "\"h1\""));
        manager.addUrl(url(QStringLiteral("/mutable/hang.xml")), QStringLiteral("Hang"));
        QVERIFY(idle.wait(10000));
        const qint64 hang = added.last().at(0).toLongLong();
        const QString before = dumpPosts(lib->connection());
        m_server->route("/mutable/hang.xml", mode(HttpResponse::Mode::Trickle));
        FetchLimits slow = quickLimits();
        slow.totalTimeoutMs = 60000;
        manager.setLimits(slow);
        finished.clear();
        manager.refresh({hang});
        QTRY_COMPARE(manager.currentSource(), hang);
        QTRY_VERIFY(
            model.data(model.index(model.rowOf(hang), 0), SourcesModel::RefreshingRole).toBool());
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        manager.cancel();
        QVERIFY(idle.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(idle.last().at(0).toBool(), true);
        QCOMPARE(finished.last().at(0).value<RefreshResult>().status, RefreshStatus::Cancelled);
        QCOMPARE(dumpPosts(lib->connection()), before);
        QVERIFY(
            !model.data(model.index(model.rowOf(hang), 0), SourcesModel::RefreshingRole).toBool());
        manager.setLimits(quickLimits());

        // "Fetch all" through the manager (highlighting from the worker again).
        manager.addUrl(url(QStringLiteral("/blog/index.json")), QStringLiteral("Blog"));
        QVERIFY(idle.wait(10000));
        QSignalSpy articles(&manager, &SourceManager::articlesFinished);
        manager.fetchArticles(added.last().at(0).toLongLong());
        QVERIFY(idle.wait(20000));
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().at(1).value<ArticleFetchResult>().fetched, 3);

        // Removing a source takes its posts.
        QString error;
        QVERIFY2(manager.removeSource(id, &error), qPrintable(error));
        QCOMPARE(
            count(*lib, QStringLiteral("SELECT count(*) FROM posts WHERE source_id = ?"), {id}), 0);
        QCOMPARE(model.rowOf(id), -1);
    }

    void destroyedWhileBusy()
    {
        // The manager waits for its worker (and keeps answering it) when it goes away mid-job.
        auto lib = newLibrary();
        {
            SourceManager manager(*lib);
            FetchLimits slow = quickLimits();
            slow.totalTimeoutMs = 60000;
            manager.setLimits(slow);
            manager.addUrl(url(QStringLiteral("/endless")));
            QTRY_VERIFY(manager.isBusy());
            QTest::qWait(200);
        }
        QCOMPARE(count(*lib, QStringLiteral("SELECT count(*) FROM sources")), 0);
    }

    // ---- Credentials in a real keychain ----------------------------------------------------

    void basicAuthWithKeychain()
    {
        const QString path = newPath();
        auto lib = newLibrary(path);
        SourceManager manager(*lib);
        manager.setLimits(quickLimits());
        QSignalSpy added(&manager, &SourceManager::sourceAdded);
        QSignalSpy idle(&manager, &SourceManager::idle);
        QSignalSpy keychain(&manager, &SourceManager::keychainUnavailable);
        manager.addUrl(url(QStringLiteral("/private/feed.json")), QStringLiteral("Private"),
                       AuthKind::Basic, QStringLiteral("reader:s3cret"));
        QVERIFY(idle.wait(10000));
        QCOMPARE(added.size(), 1);
        QCOMPARE(keychain.size(), 0);
        const qint64 id = added.first().at(0).toLongLong();
        QCOMPARE(added.first().at(1).value<RefreshResult>().summary.added, 2);
        Source s = *SourceRegistry(lib->connection()).byId(id);
        QCOMPARE(s.auth, AuthKind::Basic);
        QVERIFY(s.hasSecret);
        // In the keychain, under the source's key...
        QString secret, error;
        QVERIFY2(SecretStore(QStringLiteral("Lectern")).read(s.secretKey(), &secret, &error),
                 qPrintable(error));
        QCOMPARE(secret, QStringLiteral("reader:s3cret"));
        // ...and nowhere in the library file.
        lib->connection().close();
        lib->releaseThreadConnection();
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains("s3cret"));
            QVERIFY(!bytes.contains(QByteArray("reader:s3cret").toBase64()));
        }

        // Refresh reads it back from the keychain: the server sees it, answers 304.
        m_server->clear();
        QSignalSpy finished(&manager, &SourceManager::sourceFinished);
        manager.refresh({id});
        QVERIFY(idle.wait(10000));
        QCOMPARE(finished.first().at(0).value<RefreshResult>().status, RefreshStatus::Unchanged);
        QCOMPARE(m_server->requests().first().header("authorization"),
                 "Basic " + QByteArray("reader:s3cret").toBase64());

        // A wrong password: a per-source status, nothing changed.
        const QString before = dumpPosts(lib->connection());
        QString message;
        QVERIFY(manager.setSecret(id, AuthKind::Basic, QStringLiteral("reader:wrong"), &message));
        Sql::run(lib->connection(), QStringLiteral("UPDATE sources SET etag = ''"));
        manager.refresh({id});
        QVERIFY(idle.wait(10000));
        const auto wrong = finished.last().at(0).value<RefreshResult>();
        QCOMPARE(wrong.status, RefreshStatus::NeedsCredentials);
        QVERIFY2(wrong.error.contains(QLatin1String("refused the credentials (HTTP 401)")),
                 qPrintable(wrong.error));
        QCOMPARE(dumpPosts(lib->connection()), before);

        // Removing the source removes its keychain entry.
        QVERIFY(manager.removeSource(id, &error));
        QVERIFY(!SecretStore(QStringLiteral("Lectern")).read(s.secretKey(), &secret, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void bearerAuthWithKeychain()
    {
        auto lib = newLibrary();
        SourceManager manager(*lib);
        manager.setLimits(quickLimits());
        QSignalSpy added(&manager, &SourceManager::sourceAdded);
        QSignalSpy idle(&manager, &SourceManager::idle);
        manager.addUrl(url(QStringLiteral("/token/feed.json")), {}, AuthKind::Bearer,
                       QStringLiteral("tok-123"));
        QVERIFY(idle.wait(10000));
        QCOMPARE(added.size(), 1);
        const qint64 id = added.first().at(0).toLongLong();
        QVERIFY(SourceRegistry(lib->connection()).byId(id)->hasSecret);
        QSignalSpy finished(&manager, &SourceManager::sourceFinished);
        manager.refresh({id});
        QVERIFY(idle.wait(10000));
        QCOMPARE(finished.first().at(0).value<RefreshResult>().status, RefreshStatus::Unchanged);
        QString error;
        QVERIFY(manager.removeSource(id, &error));
    }

    // ---- The command line --------------------------------------------------------------------

    void cliAddListRefresh()
    {
        const QString db = newPath();
        Run r = cli({QStringLiteral("sources"), QStringLiteral("add"),
                     url(QStringLiteral("/feeds/rss.xml")).toString(), QStringLiteral("--name"),
                     QStringLiteral("Fixture"), QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("added RSS")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Fixture: 3 added, 0 updated, 0 unchanged")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("skipped entry 4")), qPrintable(r.err));

        r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject o = list.first().toObject();
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Fixture"));
        QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("rss"));
        QCOMPARE(o.value(QLatin1String("posts")).toInt(), 3);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QLatin1String("has_secret")).toBool(), false);

        r = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("fixture"),
                 QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Fixture: unchanged (not modified")),
                 qPrintable(r.out));

        r = cli({QStringLiteral("import"), url(QStringLiteral("/corpus/index.json")).toString(),
                 QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("55 added")), qPrintable(r.out));
        qInfo("CLI first import: %s", qPrintable(r.out.trimmed().split(u'\n').last()));
        r = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("--all"),
                 QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1String("unchanged (not modified")), 2);
        qInfo("CLI refresh --all (both 304):\n%s", qPrintable(r.out.trimmed()));

        // Usage and input errors are named, with their exit codes.
        r = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("name the sources to refresh, or --all")));
        r = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("Nope"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("no source named Nope")));
        r = cli({QStringLiteral("sources"), QStringLiteral("add"),
                 url(QStringLiteral("/broken.xml")).toString(), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("not well-formed XML")), qPrintable(r.err));
        r = cli({QStringLiteral("sources"), QStringLiteral("add"),
                 url(QStringLiteral("/private/feed.json")).toString(), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("--auth basic or --auth bearer")), qPrintable(r.err));
        r = cli({QStringLiteral("sources"), QStringLiteral("add"),
                 url(QStringLiteral("/feeds/rss.xml")).toString(), QStringLiteral("--auth"),
                 QStringLiteral("digest"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 2);
    }

    void cliSecretFromStdin()
    {
        const QString db = newPath();
        Run r = cli({QStringLiteral("sources"), QStringLiteral("add"),
                     url(QStringLiteral("/private/feed.json")).toString(), QStringLiteral("--auth"),
                     QStringLiteral("basic"), QStringLiteral("--name"), QStringLiteral("Private"),
                     QStringLiteral("--db"), db},
                    "reader:s3cret\n");
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("2 added")), qPrintable(r.out));
        QVERIFY(!r.err.contains(QLatin1String("keychain")));
        r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--db"), db});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QLatin1String("has_secret"))
                     .toBool(),
                 true);
        // From the keychain, in a new process.
        r = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("Private"),
                 QStringLiteral("--db"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("Private"),
                 QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("removed Private and its 2 post")));
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("s3cret"));
    }

    void cliKeychainUnavailable()
    {
        // No Secret Service at all: the token is used for this run, and kept nowhere.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        const QString db = newPath();
        Run r = cli({QStringLiteral("sources"), QStringLiteral("add"),
                     url(QStringLiteral("/token/feed.json")).toString(), QStringLiteral("--auth"),
                     QStringLiteral("bearer"), QStringLiteral("--name"), QStringLiteral("Tok"),
                     QStringLiteral("--db"), db},
                    "tok-123\n", env);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.err.contains(QLatin1String("The keychain is not available (keychain: ")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("used for this session only")));
        QVERIFY(r.out.contains(QLatin1String("2 added")));
        r = cli({QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--json"),
                 QStringLiteral("--db"), db},
                {}, env);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(o.value(QLatin1String("has_secret")).toBool(), false);
        QCOMPARE(o.value(QLatin1String("auth")).toString(), QStringLiteral("bearer"));

        // The next run has no token: a clear status, not a crash or a prompt.
        r = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("Tok"),
                 QStringLiteral("--db"), db},
                {}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("Tok: needs credentials: no token")),
                 qPrintable(r.err));
        // Given for this run on stdin, it works again.
        Sql::run(Library(db).connection(), QStringLiteral("UPDATE sources SET etag = ''"));
        r = cli({QStringLiteral("sources"), QStringLiteral("refresh"), QStringLiteral("Tok"),
                 QStringLiteral("--secret-stdin"), QStringLiteral("--db"), db},
                "tok-123\n", env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Tok: unchanged")), qPrintable(r.out));
        for (const QString &file : {db, db + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("tok-123"));
        }
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && !std::strcmp(argv[1], "--cli-child")) {
        // The command line as the `lectern` executable runs it (cli.cpp's dispatch aside).
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Lectern"));
        const QStringList args = app.arguments().mid(2);
        int code = Cli::Usage;
        if (args.value(0) == QLatin1String("sources"))
            code = Cli::sourcesCommand(args.mid(1));
        else if (args.value(0) == QLatin1String("import"))
            code = Cli::importCommand(args.mid(1));
        Cli::out().flush();
        Cli::err().flush();
        return code;
    }
    QCoreApplication app(argc, argv);
    TestSources t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_sources.moc"
