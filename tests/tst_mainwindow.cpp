// lectern-test: GUI
// The window's life around reading: first run, import (file, drop, failure, cancel), the
// session kept across starts, settings reaching the page, Save as PDF.
#include "articleservice.h"
#include "articleview.h"
#include "guisupport.h"
#include "importcontroller.h"
#include "ingest/hugoimporter.h"
#include "mainwindow.h"
#include "models/librarytreemodel.h"
#include "schemehandler.h"
#include "searchrunner.h"
#include "settingsdialog.h"
#include "store/library.h"
#include "store/posts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWebEngineScript>

using namespace Lectern;
using Lectern::Test::runJs;

namespace {
const QString goPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/");
const QString introPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/django/django-conquered-introduction/");
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_libraries = 0;

    std::unique_ptr<Library> newLibrary(bool withCorpus)
    {
        auto library = std::make_unique<Library>(
            m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_libraries)));
        QString error;
        if (!library->open(&error))
            qFatal("%s", qPrintable(error));
        if (withCorpus && !Test::importCorpus(*library, &error))
            qFatal("%s", qPrintable(error));
        return library;
    }

    static StartupOptions quiet() { return Test::quietStart(); }

    static bool waitLoaded(MainWindow &w, qint64 postId) { return Test::waitForArticle(w, postId); }

    static qint64 idOf(MainWindow &w, const QString &permalink)
    {
        return Test::postIdOf(w.library().connection(), permalink);
    }

    static int postCount(MainWindow &w) { return PostRepository(w.library().connection()).count(); }

    static QString writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }

    void init() { QSettings().clear(); }

    void firstRunImportsTheSampleLibrary()
    {
        if (!QFile::exists(QStringLiteral(":/lectern/sample/sample-index.json")))
            QSKIP("this build has no sample library");
        StartupOptions options = quiet();
        options.importSampleIfEmpty = true;
        MainWindow w(newLibrary(false), options);
        QSignalSpy imported(&w, &MainWindow::importFinished);
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QVERIFY2(imported.first().first().toBool(), qPrintable(imported.first().at(1).toString()));
        QVERIFY(postCount(w) > 5);
        // The library tree counts the new posts, and the first post to read is open.
        const QModelIndex all = w.libraryView()->model()->index(LibraryTreeModel::AllPostsRow, 0);
        QCOMPARE(all.data(LibraryTreeModel::CountRole).toInt(), postCount(w));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentView() && w.currentView()->postId() != 0, 20000);
    }

    void importFromTheWindowWithSummary()
    {
        MainWindow w(newLibrary(false), quiet());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy imported(&w, &MainWindow::importFinished);
        QVERIFY(w.importFile(QStringLiteral(LECTERN_CORPUS)));
        QVERIFY(!w.importFile(QStringLiteral(LECTERN_CORPUS))); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 30000);
        QVERIFY(imported.first().first().toBool());
        QCOMPARE(postCount(w), 55);
        QVERIFY(imported.first().at(1).toString().contains(QStringLiteral("55 added")));
        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = w.findChild<QMessageBox *>(QStringLiteral("importSummary"))));
        QVERIFY(summary->informativeText().contains(QStringLiteral("55 added")));
        summary->close();
        auto *size = w.findChild<QLabel *>(QStringLiteral("librarySize"));
        QVERIFY(size->text().startsWith(QStringLiteral("55 posts")));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("lastImport"))->text().isEmpty());
        const QModelIndex all = w.libraryView()->model()->index(LibraryTreeModel::AllPostsRow, 0);
        QCOMPARE(all.data(LibraryTreeModel::CountRole).toInt(), 55);
        // The search sees the new posts at once.
        w.searchField()->setText(QStringLiteral("goroutine"));
        QTRY_VERIFY_WITH_TIMEOUT(w.resultsView()->model()->rowCount() > 0, 10000);
    }

    void badFilesAreRefusedClearlyAndChangeNothing()
    {
        MainWindow w(newLibrary(true), quiet());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString bad = writeFile(m_dir.filePath(QStringLiteral("bad.json")),
                                      "[{\"title\": \"x\", \"permalink\": ");
        QSignalSpy imported(&w, &MainWindow::importFinished);
        QVERIFY(w.importFile(bad));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(imported.first().first().toBool(), false);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("importError"))));
        QVERIFY(box->text().contains(QStringLiteral("bad.json")));
        QVERIFY(box->text().contains(QStringLiteral("unchanged")));
        QVERIFY(box->informativeText().contains(QStringLiteral("JSON")));
        box->close();
        QCOMPARE(postCount(w), 55);
    }

    void importCanBeCancelled()
    {
        MainWindow w(newLibrary(false), quiet());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.importer(), &ImportController::finished);
        QVERIFY(w.importFile(QStringLiteral(LECTERN_CORPUS)));
        w.importer()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(4).toBool(), true); // cancelled
        QCOMPARE(postCount(w), 0);
    }

    void droppingAnIndexFileImportsIt()
    {
        MainWindow w(newLibrary(false), quiet());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy imported(&w, &MainWindow::importFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(LECTERN_CORPUS))});
        // Dropped on the search field, which would otherwise take the path as text.
        QWidget *target = w.searchField();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 30000);
        QVERIFY(imported.first().first().toBool());
        QCOMPARE(postCount(w), 55);
        QVERIFY(w.searchField()->text().isEmpty());
    }

    void sessionIsRestoredOnTheNextStart()
    {
        const QString path = m_dir.filePath(QStringLiteral("session.sqlite"));
        QSize savedSize;
        {
            auto library = std::make_unique<Library>(path);
            QString error;
            QVERIFY(library->open(&error));
            ImportSummary summary;
            QVERIFY(HugoImporter(*library).importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary,
                                                      &error));
            StartupOptions options = quiet();
            options.restoreSession = true;
            MainWindow w(std::move(library), options);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openPermalink(goPermalink));
            QVERIFY(waitLoaded(w, idOf(w, goPermalink)));
            QVERIFY(w.openPermalink(introPermalink, MainWindow::OpenMode::NewTab));
            QVERIFY(waitLoaded(w, idOf(w, introPermalink)));
            w.dock(QStringLiteral("outlineDock"))->hide();
            w.resize(1100, 700);
            savedSize = w.size(); // the panels' minimum sizes may have had a say
            w.close();
        }
        auto library = std::make_unique<Library>(path);
        QString error;
        QVERIFY(library->open(&error));
        StartupOptions options = quiet();
        options.restoreSession = true;
        MainWindow w(std::move(library), options);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.tabCount(), 2, 20000);
        QCOMPARE(w.tabWidget()->currentIndex(), 1);
        QVERIFY(waitLoaded(w, idOf(w, introPermalink)));
        QCOMPARE(w.size(), savedSize);
        QVERIFY(!w.dock(QStringLiteral("outlineDock"))->isVisible());
        QVERIFY(w.dock(QStringLiteral("seriesDock"))->isVisible());
        // The other tab loads when it is shown.
        w.tabWidget()->setCurrentIndex(0);
        QVERIFY(waitLoaded(w, idOf(w, goPermalink)));
    }

    void settingsReachThePages()
    {
        MainWindow w(newLibrary(true), quiet());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const qint64 id = idOf(w, goPermalink);
        QVERIFY(w.openPermalink(goPermalink));
        QVERIFY(waitLoaded(w, id));
        ReaderSettings s = w.settings();
        s.theme = ReaderSettings::ThemeChoice::Sepia;
        s.fontSizePx = 24;
        s.font = ReaderSettings::FontChoice::SansSerif;
        w.applySettings(s);
        QTRY_COMPARE_WITH_TIMEOUT(
            runJs(w.currentView()->page(), QStringLiteral("document.documentElement.dataset.theme"))
                .toString(),
            QStringLiteral("sepia"), 10000);
        QVERIFY(waitLoaded(w, id));
        QCOMPARE(runJs(w.currentView()->page(),
                       QStringLiteral("getComputedStyle(document.body).fontSize"))
                     .toString(),
                 QStringLiteral("24px"));
        QVERIFY(runJs(w.currentView()->page(),
                      QStringLiteral("document.documentElement.classList.contains('sans')"))
                    .toBool());
        // Kept for the next start.
        QCOMPARE(ReaderSettings::load().theme, ReaderSettings::ThemeChoice::Sepia);
        QCOMPARE(ReaderSettings::load().fontSizePx, 24);
    }

    void saveAsPdfPrintsTheLightTheme()
    {
        MainWindow w(newLibrary(true), quiet());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ReaderSettings s = w.settings();
        s.theme = ReaderSettings::ThemeChoice::Dark;
        w.applySettings(s);
        const qint64 id = idOf(w, goPermalink);
        QVERIFY(w.openPermalink(goPermalink));
        QVERIFY(waitLoaded(w, id));
        QCOMPARE(
            runJs(w.currentView()->page(), QStringLiteral("document.documentElement.dataset.theme"))
                .toString(),
            QStringLiteral("dark"));
        const QString pdf = m_dir.filePath(QStringLiteral("post.pdf"));
        QSignalSpy saved(&w, &MainWindow::pdfSaved);
        w.savePdfTo(pdf);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        QVERIFY(saved.first().at(1).toBool());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);
        // What was printed: the same post, light.
        const SchemeHandler::Reply page = w.articles().reply(ArticleService::printUrlFor(id));
        QVERIFY(page.body.contains("data-theme=\"light\""));
        // Its code colours are those of the light code theme, not the dark one shown.
        QVERIFY(page.body.contains(articleStylesheet(ArticleTheme::Light).toUtf8()));
    }

    void searchRunsInlineOrInTheWorkerWithCancellation()
    {
        auto library = newLibrary(true);
        SearchRunner runner(*library);
        QSignalSpy finished(&runner, &SearchRunner::finished);
        // Inline (a budget no search overruns): the answer is there before search() returns.
        runner.setInlineBudgetMs(60000);
        const quint64 first = runner.search(QStringLiteral("goroutine"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toULongLong(), first);
        const auto response = finished.first().at(2).value<SearchResponse>();
        QVERIFY(!response.hits.isEmpty());
        QCOMPARE(response.hits.first().permalink, goPermalink);
        QVERIFY(!runner.isBusy());

        // In the worker: a newer query replaces the running one; only its answer arrives.
        finished.clear();
        runner.setInlineBudgetMs(0);
        runner.search(QStringLiteral("goroutine"));
        QVERIFY(runner.isBusy());
        const quint64 last = runner.search(QStringLiteral("postgres index"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toULongLong(), last);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("postgres index"));
        QVERIFY(!runner.isBusy());
        // An emptied field drops what was running.
        finished.clear();
        runner.search(QStringLiteral("django"));
        runner.cancel();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
    }

    void printsThroughQPrinter()
    {
        MainWindow w(newLibrary(true), quiet());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openPermalink(introPermalink));
        QVERIFY(waitLoaded(w, idOf(w, introPermalink)));
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        QSignalSpy printed(&w, &MainWindow::printed);
        w.printTo(printer);
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 30000);
        QVERIFY(printed.first().first().toBool());
        printer.reset(); // the PDF is finished when its printer goes
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void settingsDialogEditsEveryChoice()
    {
        ReaderSettings s;
        s.theme = ReaderSettings::ThemeChoice::Sepia;
        s.codeTheme = codeThemeNames().value(1);
        s.font = ReaderSettings::FontChoice::SansSerif;
        s.fontSizePx = 21;
        s.allowRemoteImages = true;
        s.libraryPath = m_dir.filePath(QStringLiteral("elsewhere.sqlite"));
        SettingsDialog dialog(s, QStringLiteral("/some/library.sqlite"));
        QCOMPARE(dialog.settings(), s);
        auto *size = dialog.findChild<QSpinBox *>();
        QVERIFY(size);
        size->setValue(size->maximum() + 5); // clamped
        QCOMPARE(dialog.settings().fontSizePx, ReaderSettings::maxFontSize);
        auto *theme = dialog.findChild<QComboBox *>();
        theme->setCurrentIndex(0);
        QCOMPARE(dialog.settings().theme, ReaderSettings::ThemeChoice::System);
    }

    void libraryLocationPrecedence()
    {
        const QString chosen = m_dir.filePath(QStringLiteral("chosen.sqlite"));
        const QString cli = m_dir.filePath(QStringLiteral("cli.sqlite"));
        ReaderSettings s;
        s.libraryPath = chosen;
        s.save();
        QString error;
        qunsetenv("LECTERN_DB");
        auto fromSettings = MainWindow::openLibrary({}, &error);
        QVERIFY2(fromSettings, qPrintable(error));
        QCOMPARE(fromSettings->path(), chosen);
        auto fromCli = MainWindow::openLibrary(cli, &error);
        QVERIFY2(fromCli, qPrintable(error));
        QCOMPARE(fromCli->path(), cli);
        // A file that is not a library is refused with a message.
        const QString junk =
            writeFile(m_dir.filePath(QStringLiteral("junk.sqlite")), QByteArray(4096, 'x'));
        QVERIFY(!MainWindow::openLibrary(junk, &error));
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.test"));
    QCoreApplication::setApplicationName(QStringLiteral("LecternMainWindowTest"));
    TestMainWindow t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_mainwindow.moc"
