// lectern-test: GUI
// The hostile corpus (tests/data/hostile/payloads.txt: XSS and tracking payloads) imported
// through every importer (index.json, RSS, Atom, JSON Feed, an article page, a Markdown folder)
// and rendered in the real WebEngine view, with remote content off: the canaries show that no
// script ran, no payload element or attribute reached the page, the loopback server the payloads
// point at was never asked for anything, and the request interceptor saw nothing try to leave
// lectern:.
#include "articleview.h"
#include "guisupport.h"
#include "ingest/hugoimporter.h"
#include "loopbackserver.h"
#include "mainwindow.h"
#include "requestinterceptor.h"
#include "schemehandler.h"
#include "sources/sourcerefresher.h"
#include "sources/sourceregistry.h"
#include "store/library.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineScript>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

struct Payload
{
    QString name;
    QString html;
};

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray cdata(const QString &s)
{
    return "<![CDATA[" + s.toUtf8().replace("]]>", "]]]]><![CDATA[>") + "]]>";
}

// A title that would run if it were ever put into the page as markup.
const QString titlePayload =
    u"<script>window.__pwned='title'</script><img src=x onerror=\"window.__pwned='title-img'\">"_s;

} // namespace

class TestGuiHostileCorpus final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer m_server;
    QList<Payload> m_payloads;
    QString m_body; // every payload, each in its own block
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, QString> m_permalinks; // importer -> the hostile post's permalink
    QList<QUrl> m_external;

    MainWindow &w() { return *m_window; }

    static QVariant runJs(QWebEnginePage *page, const QString &js,
                          quint32 world = QWebEngineScript::MainWorld)
    {
        QVariant result;
        bool done = false;
        page->runJavaScript(js, world, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return result;
    }

    bool waitForPost(qint64 postId) { return Test::waitForArticle(w(), postId); }

    QString marker(const QString &importer) const { return u"HOSTILE-END-"_s + importer; }

    QString hostileHtml(const QString &importer) const
    {
        return u"<p>Before the payloads, from the %1 importer.</p>\n"_s.arg(importer) + m_body +
               u"\n<p>%1</p>\n"_s.arg(marker(importer));
    }

    QList<QString> leaks()
    {
        QList<QString> out;
        for (const QString &path : m_server.paths())
            if (path.startsWith(u"/leak"_s))
                out << path;
        return out;
    }

    RefreshResult addAndRefresh(Library &library, SourceKind kind, const QString &location)
    {
        Source s;
        s.kind = kind;
        s.location = location;
        QString error;
        const qint64 id = SourceRegistry(library.connection()).add(s, &error);
        if (!id)
            qFatal("cannot add %s: %s", qPrintable(location), qPrintable(error));
        RefreshOptions options;
        options.articleDelayMs = 0;
        SourceRefresher refresher(library, options);
        RefreshResult r = refresher.refresh(*SourceRegistry(library.connection()).byId(id), {});
        if (r.status == RefreshStatus::Ok && kind == SourceKind::Rss &&
            location.endsWith(u"/art/rss"_s)) {
            const ArticleFetchResult a =
                refresher.fetchArticles(*SourceRegistry(library.connection()).byId(id), {});
            if (a.fetched != 1)
                qFatal("article page not fetched: %s", qPrintable(a.problems.join(u' ')));
        }
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));

        QFile file(QStringLiteral(LECTERN_TEST_DATA "/hostile/payloads.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString leak = m_server.url(u"/leak"_s).toString();
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            QVERIFY2(tab > 0, qPrintable(line));
            m_payloads.append({line.left(tab), line.mid(tab + 1).replace(u"{{LEAK}}"_s, leak)});
        }
        QVERIFY(m_payloads.size() >= 50);
        for (const Payload &p : std::as_const(m_payloads))
            m_body += u"<div class=\"case\">%1</div>\n"_s.arg(p.html);

        auto library = std::make_unique<Library>(m_dir.filePath(u"hostile.sqlite"_s));
        QString error;
        QVERIFY2(library->open(&error), qPrintable(error));
        const QString base = m_server.url({}).toString();

        // 1. A Hugo index whose title, summary and content are the payloads.
        m_permalinks[u"index"_s] = base + u"/posts/hostile/index-post/"_s;
        const QJsonArray index{QJsonObject{{u"title"_s, u"Index "_s + titlePayload},
                                           {u"permalink"_s, m_permalinks[u"index"_s]},
                                           {u"summary"_s, m_body},
                                           {u"content"_s, hostileHtml(u"index"_s)}}};
        const QString indexFile = m_dir.filePath(u"index.json"_s);
        QFile f(indexFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(index).toJson());
        f.close();
        ImportSummary summary;
        QVERIFY2(HugoImporter(*library).importFile(indexFile, {}, &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.added, 1);

        // 2. RSS: the payloads as content:encoded, the title escaped as XML text.
        m_permalinks[u"rss"_s] = base + u"/posts/hostile/rss-post/"_s;
        m_server.serve(u"/h/rss"_s, "application/rss+xml",
                       "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                       "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                       "<title>RSS hostile</title><item><title>" +
                           xmlEscaped(u"RSS "_s + titlePayload).toUtf8() + "</title><link>" +
                           m_permalinks[u"rss"_s].toUtf8() + "</link><description>" +
                           cdata(m_body) + "</description><content:encoded>" +
                           cdata(hostileHtml(u"rss"_s)) +
                           "</content:encoded></item></channel></rss>");
        RefreshResult r = addAndRefresh(*library, SourceKind::Rss, base + u"/h/rss"_s);
        QVERIFY2(r.status == RefreshStatus::Ok && r.summary.added == 1, qPrintable(r.message()));

        // 3. Atom: escaped HTML content.
        m_permalinks[u"atom"_s] = base + u"/posts/hostile/atom-post/"_s;
        m_server.serve(
            u"/h/atom"_s, "application/atom+xml",
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed "
            "xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom hostile</title>"
            "<entry><title type=\"html\">" +
                xmlEscaped(u"Atom "_s + titlePayload).toUtf8() + "</title><link href=\"" +
                m_permalinks[u"atom"_s].toUtf8() + "\"/><id>" + m_permalinks[u"atom"_s].toUtf8() +
                "</id><updated>2024-01-01T00:00:00Z</updated><content type=\"html\">" +
                xmlEscaped(hostileHtml(u"atom"_s)).toUtf8() + "</content></entry></feed>");
        r = addAndRefresh(*library, SourceKind::Atom, base + u"/h/atom"_s);
        QVERIFY2(r.status == RefreshStatus::Ok && r.summary.added == 1, qPrintable(r.message()));

        // 4. JSON Feed: content_html.
        m_permalinks[u"jsonfeed"_s] = base + u"/posts/hostile/json-post/"_s;
        const QJsonObject feed{
            {u"version"_s, u"https://jsonfeed.org/version/1.1"_s},
            {u"title"_s, u"JSON hostile"_s},
            {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, m_permalinks[u"jsonfeed"_s]},
                                                {u"url"_s, m_permalinks[u"jsonfeed"_s]},
                                                {u"title"_s, u"JSON "_s + titlePayload},
                                                {u"summary"_s, m_body},
                                                {u"content_html"_s, hostileHtml(u"jsonfeed"_s)}}}}};
        m_server.serve(u"/h/feed.json"_s, "application/feed+json", QJsonDocument(feed).toJson());
        r = addAndRefresh(*library, SourceKind::JsonFeed, base + u"/h/feed.json"_s);
        QVERIFY2(r.status == RefreshStatus::Ok && r.summary.added == 1, qPrintable(r.message()));

        // 5. An article page, fetched for a summary-only feed entry.
        m_permalinks[u"article"_s] = base + u"/posts/hostile/article-post/"_s;
        m_server.serve(u"/h/art/rss"_s, "application/rss+xml",
                       "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Pages</title>"
                       "<item><title>Article page</title><link>" +
                           m_permalinks[u"article"_s].toUtf8() +
                           "</link><description>Only a summary.</description></item>"
                           "</channel></rss>");
        m_server.serve(u"/posts/hostile/article-post/"_s, "text/html; charset=utf-8",
                       (u"<!doctype html><html><head><title>Article "_s + titlePayload +
                        u"</title><meta property=\"og:title\" content=\"Article page\"></head>"
                        u"<body><nav><a href=\"/\">Home</a></nav><article>"
                        u"<h1>Article page</h1><p>An article long enough to be the article of "
                        u"this page and not its navigation, with words enough.</p>"_s +
                        hostileHtml(u"article"_s) + u"</article></body></html>"_s)
                           .toUtf8());
        r = addAndRefresh(*library, SourceKind::Rss, base + u"/h/art/rss"_s);
        QVERIFY2(r.status == RefreshStatus::Ok && r.summary.added == 1, qPrintable(r.message()));

        // 6. A Markdown folder: raw HTML in the Markdown goes to the sanitizer.
        const QString folder = m_dir.filePath(u"md"_s);
        QVERIFY(QDir().mkpath(folder + u"/content/posts/hostile"_s));
        QFile md(folder + u"/content/posts/hostile/markdown-post.md"_s);
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write((u"---\ntitle: \"Markdown "_s + QString(titlePayload).replace(u'"', u"\\\""_s) +
                  u"\"\nurl: /posts/hostile/markdown-post/\n---\n\nMarkdown text first.\n\n"_s +
                  hostileHtml(u"markdown"_s) +
                  u"\n\n[js](javascript:window.__pwned='md-link') "
                  u"![img]({{LEAK}}/md.png)\n"_s)
                     .replace(u"{{LEAK}}"_s, leak)
                     .toUtf8());
        md.close();
        r = addAndRefresh(*library, SourceKind::MarkdownFolder, folder + u"/content"_s);
        QVERIFY2(r.status == RefreshStatus::Ok && r.summary.added == 1, qPrintable(r.message()));
        m_permalinks[u"markdown"_s] =
            Sql::scalar(library->connection(),
                        u"SELECT permalink FROM posts WHERE permalink LIKE '%markdown-post%'"_s)
                .toString();
        QVERIFY(!m_permalinks[u"markdown"_s].isEmpty());

        // The imports asked the server for feeds and one page, never for a payload's address.
        QCOMPARE(leaks(), QList<QString>());

        StartupOptions options;
        options.restoreSession = false;
        options.importSampleIfEmpty = false;
        m_window = std::make_unique<MainWindow>(std::move(library), options);
        m_window->setExternalUrlHandler([this](const QUrl &url) { m_external.append(url); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void rendersInert_data()
    {
        QTest::addColumn<QString>("importer");
        // The article page's body is stored in posts_rich (checked in articleBodyIsSanitized):
        // the reader does not show rich bodies yet, only the post's text, so it is not here.
        for (const char *importer : {"index", "rss", "atom", "jsonfeed", "markdown"})
            QTest::newRow(importer) << QString::fromLatin1(importer);
    }

    void rendersInert()
    {
        QFETCH(QString, importer);
        // The interceptor comes with the first reader view; a new one has blocked nothing yet.
        RequestInterceptor *interceptor = w().requestInterceptor();
        const int blockedBefore = interceptor ? interceptor->blockedCount() : 0;
        const auto post =
            PostRepository(w().library().connection()).byPermalink(m_permalinks.value(importer));
        QVERIFY(post);
        QVERIFY(w().openPermalink(post->permalink));
        QVERIFY(waitForPost(post->id));
        QWebEnginePage *page = w().currentView()->page();
        QTest::qWait(700); // time for anything that would run, load or refresh to do so
        interceptor = w().requestInterceptor();
        QVERIFY(interceptor);
        QVERIFY(!interceptor->allowsRemoteImages()); // remote content off

        // The post is there: its end marker rendered (so the payloads before it did too).
        const QString text = runJs(page, u"document.body.innerText"_s).toString();
        QVERIFY2(text.contains(marker(importer)), qPrintable(text.left(600)));
        // Canaries: no script of the post ran, in the page's world or the app's.
        for (const quint32 world :
             {quint32(QWebEngineScript::MainWorld), quint32(QWebEngineScript::ApplicationWorld)}) {
            QCOMPARE(runJs(page, u"typeof window.__pwned"_s, world).toString(), u"undefined"_s);
            QVERIFY(!runJs(page, u"document.title"_s, world).toString().contains(u"PWNED"_s));
        }
        QVERIFY(!page->title().contains(u"PWNED"_s));
        // Nothing of the payloads' markup survived into the article: no active element, no
        // handler, no style, no URL but http(s) links, #fragments and lectern: itself.
        const QString content = u"document.getElementById('content')"_s;
        const QStringList active =
            runJs(page, u"Array.from("_s + content +
                            u".querySelectorAll('script, iframe, frame, frameset, object, embed, "
                            u"applet, portal, form, input, button:not([data-copy-target]), "
                            u"textarea, isindex, base, meta, "
                            u"link, style, svg, math, video, audio, source, picture, template, "
                            u"noscript, marquee, xmp, img')).map(e => e.outerHTML.slice(0, 80))"_s)
                .toStringList();
        QVERIFY2(active.isEmpty(), qPrintable(active.mid(0, 5).join(u" | "_s)));
        QCOMPARE(
            runJs(
                page,
                u"Array.from(document.getElementById('content').querySelectorAll('*')).filter(e => "
                u"Array.from(e.attributes).some(a => /^on/i.test(a.name) || "
                u"['style','srcset','ping','background','formaction','poster',"
                u"'srcdoc','xlink:href'].includes(a.name.toLowerCase()))).length"_s)
                .toInt(),
            0);
        QCOMPARE(runJs(page, content + u".querySelectorAll('[src]').length"_s).toInt(), 0);
        const QStringList hrefs =
            runJs(page, u"Array.from(document.querySelectorAll('[href]')).map(e => "
                        u"e.getAttribute('href'))"_s)
                .toStringList();
        for (const QString &href : hrefs)
            QVERIFY2(href.startsWith(u"https://"_s) || href.startsWith(u"http://"_s) ||
                         href.startsWith(u'#') || href.startsWith(u"lectern:"_s) ||
                         href.startsWith(u"lectern-reader:"_s),
                     qPrintable(href));
        // No request tried to leave lectern: (the interceptor blocked none because none was
        // made), and none reached the loopback server the payloads point at.
        QCOMPARE(interceptor->blockedCount(), blockedBefore);
        QCOMPARE(leaks(), QList<QString>());
        QVERIFY(m_external.isEmpty());
    }

    void articleBodyIsSanitized()
    {
        const QString html =
            Sql::scalar(w().library().connection(),
                        u"SELECT r.html FROM posts_rich r JOIN posts p ON p.id = r.post_id "
                        u"WHERE p.permalink = ? AND r.origin = 'article'"_s,
                        {m_permalinks.value(u"article"_s)})
                .toString();
        QVERIFY2(html.contains(marker(u"article"_s)), qPrintable(html.left(300)));
        static const QRegularExpression active(
            u"<(script|iframe|frame|object|embed|applet|portal|form|input|button|textarea|"
            u"isindex|base|meta|link|style|svg|math|video|audio|source|picture|template|"
            u"noscript|marquee|xmp|img)\\b|\\son\\w+\\s*=|\\sstyle\\s*=|\\ssrcset\\s*=|"
            u"(href|src)\\s*=\\s*\"\\s*(javascript|data|vbscript):"_s,
            QRegularExpression::CaseInsensitiveOption);
        const auto m = active.match(html);
        QVERIFY2(!m.hasMatch(), qPrintable(html.mid(qMax(0, int(m.capturedStart()) - 80), 200)));
        QVERIFY(!html.contains(u"/leak/"_s) || !html.contains(u"src=\"http"_s));
    }

    void summary()
    {
        qInfo("%lld payloads x 6 importers rendered; %lld requests reached the loopback server "
              "(feeds and the article page), %lld of them for a payload's address",
              qlonglong(m_payloads.size()), qlonglong(m_server.paths().size()),
              qlonglong(leaks().size()));
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.test"));
    QCoreApplication::setApplicationName(QStringLiteral("LecternGuiHostileCorpusTest"));
    TestGuiHostileCorpus t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_hostilecorpus.moc"
