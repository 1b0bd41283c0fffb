// lectern-test: GUI
#include "schemehandler.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

using namespace Lectern;

// A real WebEngine page (under xvfb) loads documents from the lectern: scheme handler.
class TestSchemeHandler final : public QObject
{
    Q_OBJECT
    static QVariant runJs(QWebEnginePage &page, const QString &js)
    {
        QVariant result;
        bool done = false;
        page.runJavaScript(js, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
            result = v;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return result;
    }

private slots:
    void servesPagesWithCsp()
    {
        QWebEngineProfile profile;
        SchemeHandler handler([](const QUrl &url) {
            SchemeHandler::Reply r;
            if (url.path() == QLatin1String("hello")) {
                r.found = true;
                r.body = "<!doctype html><html><head><title>Hello from Lectern</title></head>"
                         "<body><p id=p>served</p><script>document.title='pwned'</script>"
                         "</body></html>";
            }
            return r;
        });
        profile.installUrlSchemeHandler(SchemeHandler::scheme, &handler);
        QWebEnginePage page(&profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl(QStringLiteral("lectern:hello")));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QCOMPARE(loaded.first().first().toBool(), true);
        // The page's own script was blocked by the Content-Security-Policy.
        QCOMPARE(page.title(), QStringLiteral("Hello from Lectern"));
        QCOMPARE(runJs(page, QStringLiteral("document.getElementById('p').textContent")).toString(),
                 QStringLiteral("served"));

        loaded.clear();
        page.load(QUrl(QStringLiteral("lectern:missing")));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QCOMPARE(loaded.first().first().toBool(), false);
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestSchemeHandler t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_schemehandler.moc"
