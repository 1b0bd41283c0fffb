// lectern-test: GUI
// Untrusted posts in the real WebEngine view: nothing a post contains may run, load from the
// network or navigate anywhere but where the reader's own click sends it.
#include "articlepage.h"
#include "articleservice.h"
#include "articleview.h"
#include "guisupport.h"
#include "ingest/hugoimporter.h"
#include "mainwindow.h"
#include "requestinterceptor.h"
#include "schemehandler.h"
#include "store/library.h"
#include "store/posts.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineScript>

using namespace Lectern;

namespace {
// Every way a page could try to run script, set on a post's title, summary and content.
const QString payload =
    QStringLiteral("<script>document.title='pwned'</script>"
                   "<img src=x onerror=\"document.title='pwned'\">"
                   "<svg onload=\"document.body.setAttribute('data-pwned','1')\"></svg>"
                   "<a href=\"javascript:document.title='pwned'\">click me</a>"
                   "<iframe src=\"javascript:parent.document.title='pwned'\"></iframe>"
                   "<meta http-equiv=\"refresh\" content=\"0;url=https://example.com/\">"
                   "<base href=\"https://example.com/\">"
                   "<style>body{background:url(https://example.com/track.png)}</style>"
                   "<form action=\"https://example.com/\"><input name=q></form>"
                   "&lt;script&gt;document.title='pwned'&lt;/script&gt;");
const QString hostilePermalink = QStringLiteral("https://evil.example/posts/hacks/hostile/");
const QString friendlyPermalink = QStringLiteral("https://evil.example/posts/hacks/friendly/");
} // namespace

class TestGuiHostile final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_external;

    MainWindow &w() { return *m_window; }

    static QVariant runJs(QWebEnginePage *page, const QString &js,
                          quint32 world = QWebEngineScript::ApplicationWorld)
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

    qint64 idOf(const QString &permalink)
    {
        const auto post = PostRepository(w().library().connection()).byPermalink(permalink);
        return post ? post->id : 0;
    }

    bool waitForPost(qint64 postId) { return Test::waitForArticle(w(), postId); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QJsonArray posts;
        posts.append(QJsonObject{
            {QStringLiteral("title"), QStringLiteral("Hostile ") + payload},
            {QStringLiteral("permalink"), hostilePermalink},
            {QStringLiteral("summary"), payload},
            {QStringLiteral("content"), QStringLiteral("Intro paragraph.\n") + payload +
                                            QStringLiteral("\nRead this next: A Friendly Neighbour "
                                                           "Post\n")}});
        posts.append(
            QJsonObject{{QStringLiteral("title"), QStringLiteral("A Friendly Neighbour Post")},
                        {QStringLiteral("permalink"), friendlyPermalink},
                        {QStringLiteral("summary"), QStringLiteral("Nothing to see.")},
                        {QStringLiteral("content"), QStringLiteral("Plain text.\n")}});
        const QString index = m_dir.filePath(QStringLiteral("hostile.json"));
        QFile file(index);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(posts).toJson());
        file.close();

        auto library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY2(library->open(&error), qPrintable(error));
        ImportSummary summary;
        QVERIFY2(HugoImporter(*library).importFile(index, {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.added, 2);
        StartupOptions options;
        options.restoreSession = false;
        options.importSampleIfEmpty = false;
        m_window = std::make_unique<MainWindow>(std::move(library), options);
        m_window->setExternalUrlHandler([this](const QUrl &url) { m_external.append(url); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void hostilePostRendersInert()
    {
        const qint64 id = idOf(hostilePermalink);
        QVERIFY(id);
        QVERIFY(w().openPermalink(hostilePermalink));
        QVERIFY(waitForPost(id));
        QWebEnginePage *page = w().currentView()->page();
        // Give anything that might run a moment to do so.
        QTest::qWait(500);
        const auto post = PostRepository(w().library().connection()).byId(id);
        QCOMPARE(page->title(), post->title); // the title is the post's text, verbatim
        QVERIFY(page->title().contains(QStringLiteral("<script>")));
        for (const quint32 world :
             {quint32(QWebEngineScript::MainWorld), quint32(QWebEngineScript::ApplicationWorld)}) {
            QCOMPARE(runJs(page, QStringLiteral("document.title"), world).toString(), post->title);
            QCOMPARE(runJs(page, QStringLiteral("document.body.hasAttribute('data-pwned')"), world)
                         .toBool(),
                     false);
        }
        // The markup arrived as text: no element of the payload exists.
        QCOMPARE(runJs(page, QStringLiteral("document.querySelectorAll('script, iframe, object, "
                                            "embed, form, input, base, svg, img, "
                                            "meta[http-equiv=\"refresh\"]').length"))
                     .toInt(),
                 0);
        QCOMPARE(runJs(page, QStringLiteral("Array.from(document.querySelectorAll('*')).filter("
                                            "e => Array.from(e.attributes).some(a => "
                                            "a.name.startsWith('on'))).length"))
                     .toInt(),
                 0);
        QCOMPARE(runJs(page, QStringLiteral("Array.from(document.querySelectorAll('[href],[src]'))"
                                            ".filter(e => /^\\s*javascript:/i.test("
                                            "e.getAttribute('href') || e.getAttribute('src'))"
                                            ").length"))
                     .toInt(),
                 0);
        QVERIFY(runJs(page, QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QStringLiteral("document.title='pwned'")));
        QCOMPARE(page->url(), w().currentView()->currentUrl());
        QVERIFY(m_external.isEmpty());
    }

    void linksGoWhereTheirPolicySays()
    {
        ArticlePage *page = w().currentView()->articlePage();
        using D = ArticlePage::Decision;
        const auto decide = [page](const QString &url, QWebEnginePage::NavigationType type,
                                   bool mainFrame = true, QUrl *target = nullptr) {
            return page->decide(QUrl(url), type, mainFrame, target);
        };
        QCOMPARE(decide(QStringLiteral("javascript:alert(1)"),
                        QWebEnginePage::NavigationTypeLinkClicked),
                 D::Refuse);
        QCOMPARE(
            decide(QStringLiteral("file:///etc/passwd"), QWebEnginePage::NavigationTypeLinkClicked),
            D::Refuse);
        QCOMPARE(decide(QStringLiteral("data:text/html,<script>1</script>"),
                        QWebEnginePage::NavigationTypeLinkClicked),
                 D::Refuse);
        QCOMPARE(decide(QStringLiteral("https://example.com/"),
                        QWebEnginePage::NavigationTypeLinkClicked),
                 D::External);
        // Only a click leaves Lectern: a redirect or a page-made navigation does not.
        QCOMPARE(
            decide(QStringLiteral("https://example.com/"), QWebEnginePage::NavigationTypeRedirect),
            D::Refuse);
        QCOMPARE(
            decide(QStringLiteral("https://example.com/"), QWebEnginePage::NavigationTypeOther),
            D::Refuse);
        const QString start = ArticleService::startUrl().toString();
        QCOMPARE(decide(start, QWebEnginePage::NavigationTypeLinkClicked, false),
                 D::Refuse); // no frames
        QCOMPARE(decide(ArticleService::urlFor(1).toString(),
                        QWebEnginePage::NavigationTypeFormSubmitted),
                 D::Refuse);
        QCOMPARE(decide(start, QWebEnginePage::NavigationTypeLinkClicked), D::Load);
        QCOMPARE(decide(start, QWebEnginePage::NavigationTypeTyped), D::Load);
        // A link to a post of the library opens it in Lectern.
        QUrl target;
        QCOMPARE(
            decide(friendlyPermalink, QWebEnginePage::NavigationTypeLinkClicked, true, &target),
            D::OpenPost);
        QCOMPARE(w().articles().postIdOf(target), idOf(friendlyPermalink));
        QCOMPARE(decide(QStringLiteral("lectern:post/%1").arg(idOf(friendlyPermalink)),
                        QWebEnginePage::NavigationTypeLinkClicked, true, &target),
                 D::OpenPost);
        QCOMPARE(target, ArticleService::urlFor(idOf(friendlyPermalink)));
    }

    void clickedLinksOpenInLecternOrTheBrowser()
    {
        const qint64 hostile = idOf(hostilePermalink);
        QVERIFY(w().openPermalink(hostilePermalink));
        QVERIFY(waitForPost(hostile));
        QWebEnginePage *page = w().currentView()->page();
        // The mention the renderer linked ("Read this next: ...") opens the post in Lectern.
        QVERIFY(runJs(page, QStringLiteral("document.querySelectorAll('a[href^=\"lectern:post/\"]')"
                                           ".length"))
                    .toInt() > 0);
        runJs(page, QStringLiteral("document.querySelector('a[href^=\"lectern:post/\"]').click()"));
        QVERIFY(waitForPost(idOf(friendlyPermalink)));
        QVERIFY(w().currentView()->history()->canGoBack());

        // A web link goes to the system browser and the view stays where it is.
        m_external.clear();
        runJs(page = w().currentView()->page(),
              QStringLiteral("(function () { var a = document.createElement('a'); a.href = "
                             "'https://example.com/elsewhere'; a.id = 'out'; a.textContent = 'x';"
                             " document.body.appendChild(a); a.click(); })()"));
        QTRY_COMPARE(m_external.size(), 1);
        QCOMPARE(m_external.first(), QUrl(QStringLiteral("https://example.com/elsewhere")));
        QCOMPARE(w().currentView()->postId(), idOf(friendlyPermalink));

        // A link to a post's permalink opens that post in Lectern.
        runJs(page, QStringLiteral("(function () { var a = document.createElement('a'); a.href = "
                                   "'%1'; document.body.appendChild(a); a.click(); })()")
                        .arg(hostilePermalink));
        QVERIFY(waitForPost(hostile));
        QCOMPARE(m_external.size(), 1);
    }

    void noRequestLeavesTheMachine()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                s->close();
            }
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort());
        RequestInterceptor *interceptor = w().requestInterceptor();
        QVERIFY(interceptor);
        const int blocked = interceptor->blockedCount();

        // A page of the reader's profile asked to load a remote document and a remote image.
        QWebEnginePage page(w().profile());
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl(base + QStringLiteral("page")));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY(interceptor->blockedCount() > blocked);

        // Even with remote images allowed, only images may go (and the CSP still says no
        // to anything but images).
        interceptor->setAllowRemoteImages(true);
        loaded.clear();
        page.load(QUrl(base + QStringLiteral("again")));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 15000);
        QCOMPARE(loaded.first().first().toBool(), false);
        interceptor->setAllowRemoteImages(false);
        QTest::qWait(300);
        QCOMPARE(connections, 0);
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.test"));
    QCoreApplication::setApplicationName(QStringLiteral("LecternGuiHostileTest"));
    TestGuiHostile t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_hostile.moc"
