// lectern-test:
#include "ingest/articleextractor.h"
#include "ingest/feedparser.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;

namespace {

const QString base = QStringLiteral("https://fixture.test");

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(LECTERN_TEST_DATA "/feeds/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return f.readAll().replace("{{BASE}}", base.toUtf8());
}

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::UTC);
}

ParsedFeed parse(const QString &name, const QByteArray &contentType)
{
    ParsedFeed feed;
    QString error;
    if (!FeedParser::parse(fixture(name), contentType, QUrl(base + QStringLiteral("/feeds/")), name,
                           &feed, &error))
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return feed;
}

} // namespace

class TestFeedParser final : public QObject
{
    Q_OBJECT
private slots:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("format");
        const auto f = [](FeedFormat x) { return int(x); };
        QTest::newRow("rss") << fixture(QStringLiteral("rss.xml"))
                             << QByteArray("application/rss+xml") << f(FeedFormat::Rss);
        QTest::newRow("rss as text/plain")
            << fixture(QStringLiteral("rss.xml")) << QByteArray("text/plain") << f(FeedFormat::Rss);
        QTest::newRow("rss as text/html")
            << fixture(QStringLiteral("rss.xml")) << QByteArray("text/html; charset=utf-8")
            << f(FeedFormat::Rss);
        QTest::newRow("atom") << fixture(QStringLiteral("atom.xml"))
                              << QByteArray("application/atom+xml") << f(FeedFormat::Atom);
        QTest::newRow("json feed")
            << fixture(QStringLiteral("feed.json")) << QByteArray("application/feed+json")
            << f(FeedFormat::JsonFeed);
        QTest::newRow("hugo index") << fixture(QStringLiteral("index.json"))
                                    << QByteArray("application/json") << f(FeedFormat::HugoIndex);
        QTest::newRow("bom + index")
            << QByteArray("\xEF\xBB\xBF  [ ]") << QByteArray() << f(FeedFormat::HugoIndex);
        QTest::newRow("html") << fixture(QStringLiteral("site.html")) << QByteArray("text/html")
                              << f(FeedFormat::Html);
        QTest::newRow("rdf") << QByteArray("<?xml version=\"1.0\"?><rdf:RDF "
                                           "xmlns:rdf=\"x\"></rdf:RDF>")
                             << QByteArray("application/rdf+xml") << f(FeedFormat::Rss);
        QTest::newRow("png") << fixture(QStringLiteral("image.png")) << QByteArray("image/png")
                             << f(FeedFormat::Unknown);
        QTest::newRow("rss bytes sent as image")
            << fixture(QStringLiteral("rss.xml")) << QByteArray("image/gif")
            << f(FeedFormat::Unknown);
        QTest::newRow("binary as octet-stream")
            << fixture(QStringLiteral("image.png")) << QByteArray("application/octet-stream")
            << f(FeedFormat::Unknown);
        QTest::newRow("plain text")
            << QByteArray("hello world") << QByteArray("text/plain") << f(FeedFormat::Unknown);
        QTest::newRow("other xml") << QByteArray("<svg xmlns=\"x\"/>")
                                   << QByteArray("application/xml") << f(FeedFormat::Unknown);
        QTest::newRow("empty") << QByteArray("  \n") << QByteArray("application/json")
                               << f(FeedFormat::Unknown);
    }
    void detect()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, contentType);
        QFETCH(int, format);
        QString error;
        QCOMPARE(int(FeedParser::detect(data, contentType, &error)), format);
        if (format == int(FeedFormat::Unknown))
            QVERIFY2(error.size() > 15, qPrintable(error));
    }

    void wrongContentTypeIsNamed()
    {
        QString error;
        QCOMPARE(FeedParser::detect(fixture(QStringLiteral("image.png")), "image/png", &error),
                 FeedFormat::Unknown);
        QVERIFY2(error.contains(QLatin1String("image/png")), qPrintable(error));
    }

    void rss()
    {
        const ParsedFeed feed = parse(QStringLiteral("rss.xml"), "application/rss+xml");
        QCOMPARE(feed.format, FeedFormat::Rss);
        QCOMPARE(feed.title, QStringLiteral("Fixture Blog"));
        QCOMPARE(feed.siteUrl, QUrl(base + u'/'));
        QCOMPARE(feed.items.size(), 3);
        QCOMPARE(feed.problems.size(), 1); // the item with neither link nor permalink guid
        QVERIFY2(feed.problems.first().contains(QLatin1String("No link at all")),
                 qPrintable(feed.problems.first()));

        const FeedItem &channels = feed.items.at(0);
        QCOMPARE(channels.title, QStringLiteral("Go Basics: Channels"));
        QCOMPARE(channels.link, base + QStringLiteral("/posts/go/channels/"));
        QCOMPARE(channels.published, utc(2024, 3, 5, 10));
        QCOMPARE(channels.author, QStringLiteral("Jane Doe"));
        QCOMPARE(channels.categories,
                 (QStringList{QStringLiteral("go"), QStringLiteral("concurrency")}));
        QVERIFY(channels.hasFullContent());
        QVERIFY(channels.contentHtml.contains(QLatin1String("class=\"language-go\"")));
        QCOMPARE(channels.summaryHtml, QStringLiteral("Channels, in short."));

        const FeedItem &goroutines = feed.items.at(1);
        QVERIFY(!goroutines.hasFullContent());
        QCOMPARE(goroutines.author, QStringLiteral("Jane Doe")); // from "mail (Name)"
        QCOMPARE(goroutines.published, utc(2024, 3, 4, 9, 30));
        QCOMPARE(goroutines.summaryHtml,
                 QStringLiteral("<p>A goroutine is a <em>cheap</em> thread.</p>"));

        const FeedItem &vec = feed.items.at(2);
        // Entities escaped twice are decoded once more; markup characters stay text.
        QCOMPARE(vec.title, QStringLiteral("Tom & Jerry's <Vec> notes"));
        QCOMPARE(vec.link, base + QStringLiteral("/posts/rust/vec-notes/")); // from the guid
        QCOMPARE(vec.published, utc(2024, 3, 1, 13));                        // 08:00 EST
    }

    void atom()
    {
        const ParsedFeed feed = parse(QStringLiteral("atom.xml"), "application/atom+xml");
        QCOMPARE(feed.format, FeedFormat::Atom);
        QCOMPARE(feed.title, QStringLiteral("Atom Fixture")); // type="html": tags dropped
        QCOMPARE(feed.items.size(), 3);
        QVERIFY(feed.problems.isEmpty());

        const FeedItem &own = feed.items.at(0);
        QCOMPARE(own.link, base + QStringLiteral("/posts/rust/ownership-explained/")); // xml:base
        QCOMPARE(own.published, utc(2024, 2, 10, 11));
        QCOMPARE(own.updated, utc(2024, 2, 11, 8));
        QCOMPARE(own.author, QStringLiteral("Ferris"));
        QCOMPARE(own.categories, (QStringList{QStringLiteral("Rust"), QStringLiteral("memory")}));
        QVERIFY(own.hasFullContent());
        // XHTML content comes back as HTML: no wrapper div, void elements without end tags.
        QVERIFY2(own.contentHtml.contains(QLatin1String("<strong>one</strong>")),
                 qPrintable(own.contentHtml));
        QVERIFY(own.contentHtml.contains(QLatin1String("<br>")));
        QVERIFY(!own.contentHtml.contains(QLatin1String("</br>")));
        QVERIFY(!own.contentHtml.contains(QLatin1String("<div")));
        QVERIFY(own.contentHtml.contains(QLatin1String("<code class=\"language-rust\">")));
        QVERIFY(own.contentHtml.contains(QLatin1String("String::from(\"hi\")")) ||
                own.contentHtml.contains(QLatin1String("String::from(&quot;hi&quot;)")));

        const FeedItem &summary = feed.items.at(1);
        QVERIFY(!summary.hasFullContent());
        QVERIFY(summary.summaryHtml.contains(QLatin1String("<a href=\"/posts/misc/\">")));

        const FeedItem &text = feed.items.at(2);
        QCOMPARE(text.link, base + QStringLiteral("/posts/misc/text-content/")); // from the id
        QCOMPARE(text.published, utc(2024, 1, 15, 9)); // no <published>: <updated>
        QCOMPARE(text.contentHtml, QStringLiteral("<p>Plain &lt;text&gt; &amp; stuff</p>\n"));
    }

    void jsonFeed()
    {
        const ParsedFeed feed = parse(QStringLiteral("feed.json"), "application/feed+json");
        QCOMPARE(feed.format, FeedFormat::JsonFeed);
        QCOMPARE(feed.title, QStringLiteral("JSON Fixture"));
        QCOMPARE(feed.siteUrl, QUrl(base + u'/'));
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.problems.size(), 1);
        QVERIFY(feed.problems.first().contains(QLatin1String("Nowhere")));
        const FeedItem &closures = feed.items.at(0);
        QCOMPARE(closures.link, base + QStringLiteral("/posts/js/closures/"));
        QCOMPARE(closures.author, QStringLiteral("Sam"));
        QCOMPARE(closures.categories,
                 (QStringList{QStringLiteral("javascript"), QStringLiteral("functions")}));
        QCOMPARE(closures.published, utc(2024, 1, 20, 8));
        QVERIFY(closures.contentHtml.contains(QLatin1String("language-javascript")));
        const FeedItem &promises = feed.items.at(1);
        QCOMPARE(promises.link, base + QStringLiteral("/posts/js/promises/")); // the id is a URL
        QCOMPARE(promises.author, QStringLiteral("Old Style"));                // JSON Feed 1.0
        QCOMPARE(promises.published, utc(2024, 1, 10, 6));
        QCOMPARE(promises.contentHtml, QStringLiteral("<p>Promises</p><p>are neat</p>"));
        QCOMPARE(promises.summaryHtml, QStringLiteral("Short"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("expected"); // a regular expression over the message
        QTest::newRow("mismatched tag")
            << fixture(QStringLiteral("broken.xml")) << QByteArray("application/rss+xml")
            << QStringLiteral("broken\\.xml is not well-formed XML: .*\\(line 10, column \\d+\\)");
        QTest::newRow("truncated xml")
            << fixture(QStringLiteral("rss.xml")).left(900) << QByteArray("application/rss+xml")
            << QStringLiteral("not well-formed XML.*line \\d+");
        QTest::newRow("trailing comma json")
            << fixture(QStringLiteral("broken.json")) << QByteArray("application/feed+json")
            << QStringLiteral("broken\\.json is not valid JSON: .* at line 5, column \\d+");
        QTest::newRow("json object, not a feed")
            << QByteArray("{\"items\": []}") << QByteArray("application/json")
            << QStringLiteral("not a JSON Feed: it has no \"version\"");
        QTest::newRow("json feed without items")
            << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\"}")
            << QByteArray("application/feed+json")
            << QStringLiteral("\"items\" is missing or not an array");
        QTest::newRow("atom root without namespace")
            << QByteArray("<feed><entry/></feed>") << QByteArray("application/atom+xml")
            << QStringLiteral("not an Atom feed: its root element is <feed> in namespace \"\"");
        QTest::newRow("binary") << fixture(QStringLiteral("image.png")) << QByteArray("image/png")
                                << QStringLiteral("image/png content, not a feed");
    }
    void malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, expected);
        ParsedFeed feed;
        QString error;
        const QString name = QString::fromLatin1(QTest::currentDataTag()).contains(u"json")
                                 ? QStringLiteral("broken.json")
                                 : QStringLiteral("broken.xml");
        QVERIFY(!FeedParser::parse(data, contentType, QUrl(base), name, &feed, &error));
        QVERIFY2(QRegularExpression(expected).match(error).hasMatch(), qPrintable(error));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("rfc822 offset")
            << QStringLiteral("Mon, 02 Jan 2006 15:04:05 -0700") << utc(2006, 1, 2, 22, 4, 5);
        QTest::newRow("rfc822 GMT")
            << QStringLiteral("Mon, 02 Jan 2006 15:04:05 GMT") << utc(2006, 1, 2, 15, 4, 5);
        QTest::newRow("rfc822 no day, no seconds, EST")
            << QStringLiteral("2 Jan 2006 15:04 EST") << utc(2006, 1, 2, 20, 4);
        QTest::newRow("rfc822 two-digit year")
            << QStringLiteral("Sat, 01 Mar 99 00:00:00 +0000") << utc(1999, 3, 1);
        QTest::newRow("rfc822 long month")
            << QStringLiteral("05 March 2024 10:00:00 Z") << utc(2024, 3, 5, 10);
        QTest::newRow("rfc3339 Z") << QStringLiteral("2024-03-05T10:00:00Z") << utc(2024, 3, 5, 10);
        QTest::newRow("rfc3339 fraction offset")
            << QStringLiteral("2024-03-05T10:00:00.123+02:00") << utc(2024, 3, 5, 8).addMSecs(123);
        QTest::newRow("space, no zone")
            << QStringLiteral("2024-03-05 10:00") << utc(2024, 3, 5, 10);
        QTest::newRow("hugo go format")
            << QStringLiteral("2024-03-05 10:00:00 +0100 CET") << utc(2024, 3, 5, 9);
        QTest::newRow("date only") << QStringLiteral("2024-03-05") << utc(2024, 3, 5);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("bad month") << QStringLiteral("02 Foo 2006 15:04:05 GMT") << QDateTime();
        QTest::newRow("impossible day") << QStringLiteral("2024-02-30") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime got = FeedParser::parseDate(text);
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(got.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void discover()
    {
        const QList<FeedLink> links = FeedParser::discover(fixture(QStringLiteral("site.html")),
                                                           QUrl(base + QStringLiteral("/blog/")));
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).url, QUrl(base + QStringLiteral("/feeds/atom.xml")));
        QCOMPARE(links.at(0).format, FeedFormat::Atom);
        QCOMPARE(links.at(0).title, QStringLiteral("Atom feed"));
        QCOMPARE(links.at(1).format, FeedFormat::Rss);

        // <base href> wins over the page's address; only http(s) feeds count.
        const QByteArray page = "<html><head><base href=\"https://cdn.test/x/\">"
                                "<link rel=\"Alternate feed\" type=\"application/feed+json\" "
                                "href=\"feed.json\"><link rel=alternate "
                                "type=application/rss+xml href=\"javascript:alert(1)\">"
                                "</head></html>";
        const QList<FeedLink> more = FeedParser::discover(page, QUrl(base));
        QCOMPARE(more.size(), 1);
        QCOMPARE(more.first().url, QUrl(QStringLiteral("https://cdn.test/x/feed.json")));
        QCOMPARE(more.first().format, FeedFormat::JsonFeed);
        QVERIFY(FeedParser::discover(fixture(QStringLiteral("nofeed.html")), QUrl(base)).isEmpty());
    }

    void paperModArticle()
    {
        QFile f(QStringLiteral(LECTERN_TEST_DATA "/feeds/pages/goroutines.html"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ExtractedArticle a;
        QString error;
        const QUrl url(base + QStringLiteral("/posts/go/goroutines/"));
        QVERIFY2(ArticleExtractor::extract(ArticleExtractor::decodeHtml(f.readAll(), "text/html"),
                                           url, &a, &error),
                 qPrintable(error));
        QCOMPARE(a.method, QStringLiteral("post-content"));
        QCOMPARE(a.title, QStringLiteral("Goroutines in Practice"));
        QCOMPARE(a.published, utc(2024, 3, 4, 9, 30));
        QCOMPARE(a.author, QStringLiteral("Jane Doe"));
        QCOMPARE(a.tags, (QStringList{QStringLiteral("Go"), QStringLiteral("Concurrency")}));
        // The body only: no table of contents, header, footer, heading anchors or scripts.
        QVERIFY(a.bodyHtml.startsWith(QLatin1String("<p>A goroutine is")));
        for (const char *absent : {"Table of Contents", "class=\"anchor\"", "post-tags", "Prev",
                                   "<script", "dataLayer", "copy-code", "March 4, 2024"})
            QVERIFY2(!a.bodyHtml.contains(QLatin1String(absent)), absent);

        const QString body = ArticleExtractor::prepareBody(a.bodyHtml, url);
        // Code keeps its language and gets KSyntaxHighlighting classes.
        QVERIFY2(body.contains(QLatin1String(
                     "<pre class=\"code\"><code class=\"language-go\" data-lang=\"go\">")),
                 qPrintable(body));
        QVERIFY(body.contains(QLatin1String("<span class=\"ksh-Keyword\">func</span>")) ||
                body.contains(QLatin1String("ksh-Keyword")));
        QVERIFY(body.contains(QLatin1String("language-bash")));
        QVERIFY(!body.contains(QLatin1String("class=\"cl\""))); // Chroma's spans are gone
        QVERIFY(!body.contains(QLatin1String("tabindex")));

        const QString text = ArticleExtractor::plainText(body);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("A goroutine is a function running concurrently "
                                                "with others."));
        QCOMPARE(lines.value(1), QStringLiteral("What\u2019s a goroutine?"));
        // Code keeps its lines (and its tab indentation).
        QVERIFY2(lines.contains(QStringLiteral("\tgo doWork() // doWork runs in a new goroutine")),
                 qPrintable(text));
        QVERIFY(lines.contains(QStringLiteral("}")));
        QCOMPARE(lines.constLast(), QStringLiteral("Channels connect them."));
    }

    void chromaLineNumbersAreDropped()
    {
        QFile f(QStringLiteral(LECTERN_TEST_DATA "/feeds/pages/ownership.html"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ExtractedArticle a;
        QString error;
        QVERIFY(ArticleExtractor::extract(QString::fromUtf8(f.readAll()), QUrl(base), &a, &error));
        QCOMPARE(a.published, utc(2024, 2, 10, 11));
        const QString text =
            ArticleExtractor::plainText(ArticleExtractor::prepareBody(a.bodyHtml, QUrl(base)));
        QVERIFY2(text.contains(QLatin1String("fn main() {\n    let s = String::from(\"hi\");\n}")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("^[123]$"),
                                                   QRegularExpression::MultilineOption)),
                 qPrintable(text));
    }

    void genericArticle()
    {
        QFile f(QStringLiteral(LECTERN_TEST_DATA "/feeds/pages/decorators.html"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ExtractedArticle a;
        QString error;
        QVERIFY(ArticleExtractor::extract(QString::fromUtf8(f.readAll()), QUrl(base), &a, &error));
        QCOMPARE(a.method, QStringLiteral("heuristic"));
        QCOMPARE(a.title, QStringLiteral("Python Decorators"));
        QCOMPARE(a.published, utc(2023, 11, 2, 8, 15));
        QVERIFY(a.bodyHtml.contains(QLatin1String("A decorator takes a function")));
        QVERIFY(a.bodyHtml.contains(QLatin1String("language-python")));
        for (const char *absent :
             {"Recent posts", "newsletter", "Leave a comment", "Privacy", "Archive"})
            QVERIFY2(!a.bodyHtml.contains(QLatin1String(absent)), absent);
    }

    void noArticle()
    {
        ExtractedArticle a;
        QString error;
        QVERIFY(!ArticleExtractor::extract(QStringLiteral("<html><body><nav><a href=/>Home</a>"
                                                          "</nav></body></html>"),
                                           QUrl(base + QStringLiteral("/empty/")), &a, &error));
        QVERIFY2(error.contains(QLatin1String("/empty/ has no article text")), qPrintable(error));
    }

    void sanitizedBody()
    {
        const ParsedFeed feed = parse(QStringLiteral("evil.xml"), "application/rss+xml");
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items.first().title,
                 QStringLiteral("Innocent <script>alert(0)</script> title")); // text, not markup
        const QString body =
            ArticleExtractor::prepareBody(feed.items.first().contentHtml, QUrl(base));
        for (const char *absent :
             {"<script", "alert(3)", "alert(5)", "onclick", "onerror", "onmouseover",
              "javascript:", "JaVaScRiPt", "data:text", "<iframe", "<object", "<embed", "<form",
              "<input", "<button", "<svg", "<meta", "style=", "evil.example"})
            QVERIFY2(!body.contains(QLatin1String(absent), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(absent), body)));
        QVERIFY(body.contains(QLatin1String("href=\"https://example.org/ok\"")));
        QVERIFY(body.contains(QLatin1String("language-go")));
        QVERIFY(body.contains(QLatin1String("ksh-")));
        QVERIFY(body.contains(QLatin1String("Hello")));
    }

    void highlightKeepsPlainBlocks()
    {
        const QString html = QStringLiteral("<p>x</p><pre><code>a &lt; b\n</code></pre>"
                                            "<pre><code class=\"language-text\">plain</code></pre>"
                                            "<p>inline <code>code</code></p>");
        const QString out = ArticleExtractor::highlightCodeBlocks(html);
        QCOMPARE(out, QStringLiteral("<p>x</p><pre class=\"code\"><code>a &lt; b\n</code></pre>"
                                     "<pre class=\"code\"><code class=\"language-text\" "
                                     "data-lang=\"text\">plain</code></pre>"
                                     "<p>inline <code>code</code></p>"));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
