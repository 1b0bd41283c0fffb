// lectern-test: GUI
// The reader window driven from the keyboard, as a user drives it: the real MainWindow on a
// temporary library holding the real corpus, real WebEngine views under xvfb, QTest key events.
#include "articlepage.h"
#include "articleservice.h"
#include "articleview.h"
#include "bookmarkspanel.h"
#include "commandpalette.h"
#include "findbar.h"
#include "guisupport.h"
#include "ingest/hugoimporter.h"
#include "mainwindow.h"
#include "models/bookmarksmodel.h"
#include "models/librarytreemodel.h"
#include "models/searchresultsmodel.h"
#include "notespanel.h"
#include "schemehandler.h"
#include "shortcutsdialog.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QWebEngineHistory>
#include <QWebEngineScript>

using namespace Lectern;
using Lectern::Test::runJs;

namespace {
const QString goPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/");
const QString introPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/django/django-conquered-introduction/");
const QString whatIsPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/django/what-is-django/");
const QString setupPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/django/django-project-setup/");
const QString greetingsPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/personal/greetings/");
} // namespace

class TestGuiReader final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    MainWindow &w() { return *m_window; }

    qint64 idOf(const QString &permalink)
    {
        const auto post = PostRepository(w().library().connection()).byPermalink(permalink);
        return post ? post->id : 0;
    }

    // Waits until the current tab shows `postId`, loaded.
    bool waitForPost(qint64 postId) { return Test::waitForArticle(w(), postId); }

    // Opens a post the way the tests start from: loaded, the keyboard in the article.
    bool read(const QString &permalink)
    {
        if (!w().openPermalink(permalink) || !waitForPost(idOf(permalink)))
            return false;
        w().currentView()->setFocus();
        return QTest::qWaitFor([&] { return articleHasFocus(); }, 5000);
    }

    // Keys go where the user's keys go: to the widget that has the focus.
    static QWidget *focus()
    {
        QWidget *f = QApplication::focusWidget();
        return f ? f : QApplication::activeWindow();
    }

    bool articleHasFocus()
    {
        QWidget *f = QApplication::focusWidget();
        ArticleView *v = w().currentView();
        return f && v && (f == v || v->isAncestorOf(f));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Test::isolateSettings(m_dir);
        QString error;
        auto library = Test::corpusLibrary(m_dir.filePath(QStringLiteral("lib.sqlite")), &error);
        QVERIFY2(library, qPrintable(error));
        StartupOptions options;
        options.restoreSession = false;
        options.importSampleIfEmpty = false;
        m_window = std::make_unique<MainWindow>(std::move(library), options);
        m_window->setExternalUrlHandler([](const QUrl &) {});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The start page is up once WebEngine has started after the first paint.
        QTRY_VERIFY_WITH_TIMEOUT(w().currentView() && !w().currentView()->isLoading(), 20000);
        // No window manager under xvfb: ask for the keyboard focus ourselves.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void libraryTreeIsShown()
    {
        QTreeView *tree = w().libraryView();
        QAbstractItemModel *model = tree->model();
        QCOMPARE(model->rowCount(), 5);
        // Every top row is laid out and readable; categories and series are unfolded.
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(tree->visualRect(model->index(row, 0)).height() > 8);
        const QModelIndex categories = model->index(LibraryTreeModel::CategoriesRow, 0);
        QVERIFY(tree->isExpanded(categories));
        QVERIFY(model->rowCount(categories) >= 10);
        QVERIFY(tree->visualRect(model->index(0, 0, categories)).height() > 8);
        // Choosing a category lists its posts.
        const QModelIndex series = model->index(LibraryTreeModel::SeriesRow, 0);
        tree->setCurrentIndex(model->index(0, 0, series));
        QTRY_COMPARE(w().postListView()->model()->rowCount(), 3);
        tree->setCurrentIndex(model->index(LibraryTreeModel::AllPostsRow, 0));
        QTRY_COMPARE(w().postListView()->model()->rowCount(), 55);
    }

    void searchThenOpenWithTheKeyboard()
    {
        // Something to come back to with Alt+Left.
        QVERIFY(read(greetingsPermalink));

        QTest::keyClick(focus(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(w().searchField()->hasFocus());
        QTest::keyClicks(w().searchField(), QStringLiteral("goroutine"));
        QTRY_VERIFY(w().isSearchShowing());
        QTRY_VERIFY_WITH_TIMEOUT(w().resultsModel()->rowCount() > 0, 10000);
        QTest::keyClick(w().searchField(), Qt::Key_Down);
        QCOMPARE(w().resultsView()->currentIndex().row(), 0);
        QVERIFY(w().searchField()->hasFocus()); // the selection moved, the cursor stayed
        const SearchHit top = w().resultsModel()->hitAt(0);
        QCOMPARE(top.permalink, goPermalink);
        QTest::keyClick(w().searchField(), Qt::Key_Return);

        const qint64 goId = idOf(goPermalink);
        QVERIFY(waitForPost(goId));
        ArticleView *view = w().currentView();
        QTRY_COMPARE(view->title(), top.title);
        // Code blocks carry KSyntaxHighlighting's classes.
        QVERIFY(runJs(view->page(),
                      QStringLiteral("document.querySelectorAll('pre code [class^=\"ksh-\"]')"
                                     ".length"))
                    .toInt() > 10);
        // The search's words are marked, and the first one is scrolled into view.
        QVERIFY(runJs(view->page(), QStringLiteral("document.querySelectorAll("
                                                   "'mark.search-hit').length"))
                    .toInt() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            runJs(view->page(),
                  QStringLiteral("(function () { var r = document.getElementById('first-hit')"
                                 ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= "
                                 "window.innerHeight; })()"))
                .toBool(),
            5000);
        QVERIFY(articleHasFocus());

        // Back, then forward, through the tab's own history.
        QTest::keyClick(focus(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(waitForPost(idOf(greetingsPermalink)));
        QTest::keyClick(focus(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(waitForPost(goId));
    }

    void escapeClearsThenReturnsToTheArticle()
    {
        QTest::keyClick(focus(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(w().searchField()->hasFocus());
        QVERIFY(w().searchField()->selectedText() == w().searchField()->text());
        QTest::keyClicks(w().searchField(), QStringLiteral("postgres"));
        QTRY_VERIFY(w().isSearchShowing());
        QTest::keyClick(w().searchField(), Qt::Key_Escape);
        QVERIFY(w().searchField()->text().isEmpty());
        QVERIFY(!w().isSearchShowing()); // the library tree is back
        QVERIFY(w().searchField()->hasFocus());
        QTest::keyClick(w().searchField(), Qt::Key_Escape);
        QTRY_VERIFY(articleHasFocus());
    }

    void slashFocusesSearchButNotInTextFields()
    {
        w().currentView()->setFocus();
        QTRY_VERIFY(articleHasFocus());
        QTest::keyClick(focus(), Qt::Key_Slash);
        QTRY_VERIFY(w().searchField()->hasFocus());
        QVERIFY(w().searchField()->text().isEmpty()); // the slash was not typed

        auto *editor = w().findChild<QPlainTextEdit *>(QStringLiteral("noteEditor"));
        QVERIFY(editor);
        w().dock(QStringLiteral("notesDock"))->show();
        w().dock(QStringLiteral("notesDock"))->raise();
        QTRY_VERIFY(editor->isVisible());
        editor->setFocus();
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClick(editor, Qt::Key_Slash);
        QVERIFY(editor->hasFocus());
        QCOMPARE(editor->toPlainText(), QStringLiteral("/"));
        editor->clear();
    }

    void ctrlEnterOpensInANewTabAndStaysInTheResults()
    {
        const int tabs = w().tabCount();
        QTest::keyClick(focus(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(w().searchField()->hasFocus());
        QTest::keyClicks(w().searchField(), QStringLiteral("django"));
        QTRY_VERIFY_WITH_TIMEOUT(w().resultsModel()->rowCount() >= 2, 10000);
        QTest::keyClick(w().searchField(), Qt::Key_Down);
        QTest::keyClick(w().searchField(), Qt::Key_Down);
        QCOMPARE(w().resultsView()->currentIndex().row(), 1);
        const qint64 second = w().resultsModel()->hitAt(1).postId;
        ArticleView *before = w().currentView();
        QTest::keyClick(w().searchField(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w().tabCount(), tabs + 1);
        QCOMPARE(w().currentView(), before); // opened behind the current tab
        QVERIFY(w().searchField()->hasFocus());
        ArticleView *opened = w().viewAt(w().tabCount() - 1);
        QTRY_COMPARE_WITH_TIMEOUT(opened->postId(), second, 10000);

        // Ctrl+W closes the current tab; Ctrl+Tab / Ctrl+T work on tabs too.
        w().tabWidget()->setCurrentWidget(opened);
        QTest::keyClick(focus(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(w().tabCount(), tabs);
        QTest::keyClick(focus(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(w().tabCount(), tabs + 1);
        QTRY_VERIFY(w().searchField()->hasFocus());         // a new tab starts with a search
        QTest::keyClick(w().searchField(), Qt::Key_Escape); // clear the query
        QTest::keyClick(focus(), Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(w().tabCount(), tabs);
    }

    void nextAndPreviousPartOfTheSeries()
    {
        const qint64 intro = idOf(introPermalink);
        const qint64 whatIs = idOf(whatIsPermalink);
        const qint64 setup = idOf(setupPermalink);
        QVERIFY(intro && whatIs && setup);
        QVERIFY(read(introPermalink));
        QCOMPARE(w().seriesView()->model()->rowCount(), 3);
        QTest::keyClick(focus(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(waitForPost(whatIs));
        QCOMPARE(w().currentView()->title(), QStringLiteral("Django Conquered: What is Django?"));
        // The series panel marks the part being read.
        QTRY_COMPARE(w().seriesView()->currentIndex().row(), 1);
        QTest::keyClick(focus(), Qt::Key_PageDown, Qt::AltModifier);
        QVERIFY(waitForPost(setup));
        QVERIFY(!w().action(QStringLiteral("actionNextPart"))->isEnabled()); // the last part
        QTest::keyClick(focus(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(waitForPost(whatIs));
        QTest::keyClick(focus(), Qt::Key_PageUp, Qt::AltModifier);
        QVERIFY(waitForPost(intro));
        QVERIFY(!w().action(QStringLiteral("actionPreviousPart"))->isEnabled());
    }

    void outsideASeriesItIsTheCategoryInPublicationOrder()
    {
        // The newest Go post: an older one before it, nothing newer after it.
        const qint64 goId = idOf(goPermalink);
        QVERIFY(read(goPermalink));
        const Neighbours n = PostRepository(w().library().connection()).neighbours(goId);
        QVERIFY(!n.inSeries);
        QVERIFY(n.previous);
        QVERIFY(!n.next);
        QTRY_VERIFY(!w().action(QStringLiteral("actionNextPart"))->isEnabled());
        QTest::keyClick(focus(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(waitForPost(n.previous->id));
        QCOMPARE(w().currentView()->articlePage()->url(), w().currentView()->currentUrl());
        QTest::keyClick(focus(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(waitForPost(goId));
    }

    void outlineJumpsToHeadings()
    {
        QVERIFY(read(goPermalink));
        ArticleView *view = w().currentView();
        QTRY_VERIFY(w().outlineView()->topLevelItemCount() > 3);
        runJs(view->page(), QStringLiteral("window.scrollTo(0, 0)"));
        QTreeWidgetItem *item = w().outlineView()->topLevelItem(3);
        const QString anchor = item->data(0, Qt::UserRole).toString();
        QVERIFY(!anchor.isEmpty());
        w().outlineView()->setCurrentItem(item);
        emit w().outlineView() -> itemActivated(item, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            qAbs(runJs(view->page(),
                       QStringLiteral("document.getElementById('%1').getBoundingClientRect().top")
                           .arg(anchor))
                     .toDouble()) < 40,
            5000);
        // Scrolling the page selects the heading the reader is in.
        QTRY_COMPARE_WITH_TIMEOUT(view->currentHeading(), anchor, 5000);
    }

    void copyButtonCopiesTheCodeExactly()
    {
        QVERIFY(read(goPermalink));
        QWebEnginePage *page = w().currentView()->page();
        QCOMPARE(runJs(page, QStringLiteral("typeof lectern")).toString(),
                 QStringLiteral("object"));
        QVERIFY(runJs(page, QStringLiteral("lectern.copyButtonCount()")).toInt() > 0);
        const QString code =
            runJs(page, QStringLiteral("document.getElementById(document.querySelectorAll("
                                       "'button.copy')[1].dataset.copyTarget).textContent"))
                .toString();
        QVERIFY(code.contains(u'\n'));
        QGuiApplication::clipboard()->clear();
        runJs(page, QStringLiteral("document.querySelectorAll('button.copy')[1].click()"));
        QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), code, 5000);
        QTRY_VERIFY(runJs(page, QStringLiteral("document.querySelectorAll('button.copy')[1]"
                                               ".classList.contains('copied')"))
                        .toBool());
    }

    void readingPositionIsRememberedAndTheEndMarksRead()
    {
        const qint64 goId = idOf(goPermalink);
        QString error;
        ReadingStateRepository states(w().library().connection());
        QVERIFY(states.setRead(goId, false, &error));
        QVERIFY(read(goPermalink));
        QWebEnginePage *page = w().currentView()->page();
        runJs(page, QStringLiteral("window.scrollTo(0, (document.documentElement.scrollHeight -"
                                   " window.innerHeight) * 0.5)"));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(states.get(goId)->position - 0.5) < 0.02, 5000);
        QVERIFY(!states.get(goId)->isRead);

        // Elsewhere and back: the post opens where it was left.
        QVERIFY(read(greetingsPermalink));
        QVERIFY(read(goPermalink));
        page = w().currentView()->page();
        QTRY_VERIFY_WITH_TIMEOUT(
            qAbs(runJs(page, QStringLiteral("lectern.position()")).toDouble() - 0.5) < 0.02, 5000);

        // Reaching the end counts as reading it.
        runJs(page, QStringLiteral("window.scrollTo(0, document.documentElement.scrollHeight)"));
        QTRY_VERIFY_WITH_TIMEOUT(states.get(goId)->isRead, 5000);
        QTRY_VERIFY(w().action(QStringLiteral("actionMarkRead"))->isChecked());
    }

    void findInPage()
    {
        QVERIFY(read(goPermalink));
        QTest::keyClick(focus(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w().findBar()->isVisible());
        QTRY_VERIFY(w().findBar()->field()->hasFocus());
        QTest::keyClicks(w().findBar()->field(), QStringLiteral("WaitGroup"));
        QTRY_VERIFY_WITH_TIMEOUT(w().findBar()->status().startsWith(QLatin1String("1 of ")), 5000);
        const QString total = w().findBar()->status().section(QLatin1String(" of "), 1);
        QVERIFY(total.toInt() > 1);
        QTest::keyClick(focus(), Qt::Key_F3);
        QTRY_COMPARE(w().findBar()->status(), QStringLiteral("2 of %1").arg(total));
        QTest::keyClick(focus(), Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(w().findBar()->status(), QStringLiteral("1 of %1").arg(total));
        QTest::keyClick(w().findBar()->field(), Qt::Key_Escape);
        QTRY_VERIFY(!w().findBar()->isVisible());
        QTRY_VERIFY(articleHasFocus());
    }

    void commandPaletteFindsAndRunsCommands()
    {
        QVERIFY(read(goPermalink));
        QTest::keyClick(focus(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        CommandPalette *palette = w().commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTRY_VERIFY(palette->field()->hasFocus());
        // Every action of the menus is listed, with its shortcut.
        QVERIFY(palette->shownActions().size() >= 30);
        QTest::keyClicks(palette->field(), QStringLiteral("dark"));
        QCOMPARE(palette->shownActions().value(0), w().action(QStringLiteral("actionThemeDark")));
        QTest::keyClick(palette->field(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        QCOMPARE(w().settings().theme, ReaderSettings::ThemeChoice::Dark);
        QTRY_COMPARE_WITH_TIMEOUT(runJs(w().currentView()->page(),
                                        QStringLiteral("document.documentElement.dataset.theme"))
                                      .toString(),
                                  QStringLiteral("dark"), 10000);

        // Loose matching: "imprt" still finds Import.
        QTest::keyClick(focus(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->field(), QStringLiteral("imprt"));
        QCOMPARE(palette->shownActions().value(0), w().action(QStringLiteral("actionImport")));
        QTest::keyClick(palette->field(), Qt::Key_Escape);
        QTRY_VERIFY(!palette->isVisible());

        w().action(QStringLiteral("actionThemeLight"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(runJs(w().currentView()->page(),
                                        QStringLiteral("document.documentElement.dataset.theme"))
                                      .toString(),
                                  QStringLiteral("light"), 10000);
    }

    void shortcutsOverviewListsTheActions()
    {
        QTest::keyClick(focus(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w().findChild<ShortcutsDialog *>()) && dialog->isVisible());
        const auto rows = dialog->list()->findItems(QStringLiteral("Back"), Qt::MatchExactly, 0);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first()->text(1).contains(
            QKeySequence(Qt::ALT | Qt::Key_Left).toString(QKeySequence::NativeText)));
        dialog->close();
    }

    void zoomAndPanelsFromTheKeyboard()
    {
        const double before = w().currentView()->zoomFactor();
        QTest::keyClick(focus(), Qt::Key_Plus, Qt::ControlModifier);
        QTRY_VERIFY(w().currentView()->zoomFactor() > before);
        QTest::keyClick(focus(), Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(w().currentView()->zoomFactor(), 1.0);

        QDockWidget *outline = w().dock(QStringLiteral("outlineDock"));
        const bool visible = outline->isVisible();
        QTest::keyClick(focus(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(outline->isVisible(), !visible);
        QTest::keyClick(focus(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(outline->isVisible(), visible);
    }

    void bookmarkWithCtrlD()
    {
        const qint64 goId = idOf(goPermalink);
        QVERIFY(read(goPermalink));
        BookmarkRepository bookmarks(w().library().connection());
        const bool had = bookmarks.forPost(goId).has_value();
        QTest::keyClick(focus(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(bookmarks.forPost(goId).has_value(), !had);
        QCOMPARE(w().action(QStringLiteral("actionBookmark"))->isChecked(), !had);
        QTest::keyClick(focus(), Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(bookmarks.forPost(goId).has_value(), had);
    }

    void aBookmarkReopensThePostWhereItWasMade()
    {
        const qint64 goId = idOf(goPermalink);
        QString error;
        BookmarkRepository bookmarks(w().library().connection());
        if (const auto b = bookmarks.forPost(goId))
            QVERIFY(bookmarks.remove(b->id, &error));
        w().bookmarksPanel()->model()->reload();
        QVERIFY(read(goPermalink));
        ArticleView *view = w().currentView();
        QTRY_VERIFY(w().outlineView()->topLevelItemCount() > 4);
        QTreeWidgetItem *item = w().outlineView()->topLevelItem(4);
        const QString anchor = item->data(0, Qt::UserRole).toString();
        emit w().outlineView() -> itemActivated(item, 0);
        QTRY_COMPARE_WITH_TIMEOUT(view->currentHeading(), anchor, 5000);
        view->setFocus();
        QTest::keyClick(focus(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(bookmarks.forPost(goId).has_value());

        QVERIFY(read(greetingsPermalink));
        BookmarksPanel *panel = w().bookmarksPanel();
        const int row = w().bookmarksPanel()->model()->rowOfPost(goId);
        QVERIFY(row >= 0);
        const QModelIndex proxyRow = panel->proxy()->mapFromSource(panel->model()->index(row, 0));
        panel->view()->setCurrentIndex(proxyRow);
        panel->openCurrent();
        QVERIFY(waitForPost(goId));
        QTRY_VERIFY_WITH_TIMEOUT(
            qAbs(runJs(w().currentView()->page(),
                       QStringLiteral("document.getElementById('%1').getBoundingClientRect().top")
                           .arg(anchor))
                     .toDouble()) < 40,
            5000);
    }

    void everyActionIsInAMenuAndEveryWidgetIsNamed()
    {
        for (QAction *a : w().allActions()) {
            QVERIFY2(!a->associatedObjects().isEmpty(), qPrintable(a->objectName()));
            bool inMenu = false;
            for (QObject *o : a->associatedObjects())
                inMenu |= o->inherits("QMenu");
            QVERIFY2(inMenu, qPrintable(a->objectName() + QStringLiteral(" is in no menu")));
        }
        // No key does two things.
        QHash<QKeySequence, QString> owner;
        for (QAction *a : w().allActions())
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!owner.contains(key),
                         qPrintable(QStringLiteral("%1 is bound to %2 and %3")
                                        .arg(key.toString(), owner.value(key), a->objectName())));
                owner.insert(key, a->objectName());
            }
        // Widgets that take the keyboard focus carry a name for assistive technology (a
        // button's is its text).
        for (QWidget *widget : w().findChildren<QWidget *>()) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus ||
                widget->inherits("QTabBar") || widget->inherits("QMenuBar") ||
                widget->inherits("QToolButton") || widget->inherits("QDockWidget"))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(widget);
                button && !button->text().isEmpty())
                continue;
            // WebEngine's render widget inside a view: the view has the name.
            if (qobject_cast<ArticleView *>(widget->parentWidget()))
                continue;
            // The notes layer's panels are checked by their own tests.
            if (w().notesPanel()->isAncestorOf(widget) ||
                w().bookmarksPanel()->isAncestorOf(widget))
                continue;
            QVERIFY2(
                !widget->accessibleName().isEmpty(),
                qPrintable(QStringLiteral("%1 %2").arg(
                    QString::fromLatin1(widget->metaObject()->className()), widget->objectName())));
        }
    }

    void tabOrderWalksThroughThePanels()
    {
        w().searchField()->clear();
        w().searchField()->setFocus();
        QTRY_VERIFY(w().searchField()->hasFocus());
        QTest::keyClick(w().searchField(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w().libraryView()));
        QTest::keyClick(focus(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w().postListView()));
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.test"));
    QCoreApplication::setApplicationName(QStringLiteral("LecternGuiReaderTest"));
    TestGuiReader t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_reader.moc"
