// lectern-test: GUI
#include "mainwindow.h"
#include "schemehandler.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

using namespace Lectern;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private slots:
    void constructsAndShows()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("Lectern"));
        QVERIFY(w.articleView());
        QVERIFY(!w.articleView()->accessibleName().isEmpty());
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestMainWindow t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_mainwindow.moc"
