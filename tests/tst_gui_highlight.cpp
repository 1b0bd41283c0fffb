// lectern-test: GUI
// Highlighting in the real window: select text in a real WebEngine article (xvfb), highlight it
// with a note through the window's own action, find it drawn, export the notes as Markdown and
// find both the quote and the note there; then the other ways in (Ctrl+H, the floating button,
// a click on a drawn highlight) and what is not drawn (detached highlights).
#include "articleview.h"
#include "bookmarkspanel.h"
#include "guisupport.h"
#include "ingest/hugoimporter.h"
#include "mainwindow.h"
#include "models/bookmarksmodel.h"
#include "notescontroller.h"
#include "notespanel.h"
#include "schemehandler.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QWebEngineScript>

using namespace Lectern;
using Lectern::Test::runJs;

namespace {
const QString goPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/");
const QString introPermalink =
    QStringLiteral("https://blog.rajpoot.dev/posts/django/django-conquered-introduction/");

// Selects, in the article body, the first run of 40 to 80 plain letters, commas and spaces
// of a paragraph after `skip` such runs (plain, so Markdown escapes nothing in it), and
// returns the selected text ('' when there is none).
QString selectPlainRunJs(int skip)
{
    return QStringLiteral(
               "(function(skip){var ps=document.querySelectorAll('#content p');"
               "for(var i=0;i<ps.length;++i){var n=ps[i].firstChild;"
               "if(!n||n.nodeType!==3)continue;var m=/[A-Za-z][A-Za-z ,]{40,80}[A-Za-z]/.exec("
               "n.data);if(!m)continue;if(skip-->0)continue;var r=document.createRange();"
               "r.setStart(n,m.index);r.setEnd(n,m.index+m[0].length);var s=getSelection();"
               "s.removeAllRanges();s.addRange(r);return s.toString();}return '';})(%1)")
        .arg(skip);
}
} // namespace

class TestGuiHighlight final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    MainWindow &w() { return *m_window; }
    QSqlDatabase db() { return w().library().connection(); }

    qint64 idOf(const QString &permalink) { return Test::postIdOf(db(), permalink); }

    QVariant js(const QString &script) { return runJs(w().currentView()->page(), script); }

    bool read(const QString &permalink)
    {
        const qint64 id = idOf(permalink);
        if (!w().openPermalink(permalink))
            return false;
        return Test::waitForArticle(w(), id);
    }

    int marksOf(qint64 highlightId)
    {
        return js(QStringLiteral(
                      "document.querySelectorAll('mark.lectern-hl[data-highlight-id=\"%1\"]')"
                      ".length")
                      .arg(highlightId))
            .toInt();
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
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(w().currentView() && !w().currentView()->isLoading(), 20000);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void highlightWithNoteExportAndReopen()
    {
        QVERIFY(read(goPermalink));
        const qint64 go = idOf(goPermalink);
        const QString selected = js(selectPlainRunJs(0)).toString().simplified();
        QVERIFY2(selected.size() >= 40, qPrintable(selected));

        // What the user triggers: Post > Highlight with Note (Ctrl+Shift+H).
        QAction *action = w().action(QStringLiteral("actionHighlightNote"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        HighlightRepository highlights(db());
        QTRY_COMPARE_WITH_TIMEOUT(highlights.forPost(go).size(), 1, 10000);
        const Highlight h = highlights.forPost(go).constFirst();
        QCOMPARE(h.quote.simplified(), selected);
        QVERIFY(!h.prefix.isEmpty() || h.startPos == 0);
        QVERIFY(!h.detached);

        // The note is typed into the Notes panel, which now edits the highlight's note.
        NotesPanel *panel = w().notesPanel();
        QCOMPARE(panel->editedHighlight(), h.id);
        QTRY_VERIFY(panel->editor()->hasFocus());
        const QString note = QStringLiteral("Remember this about goroutines");
        QTest::keyClicks(panel->editor(), note);
        QVERIFY(panel->flush());
        QCOMPARE(highlights.byId(h.id)->note, note);

        // Drawn in the article.
        QTRY_VERIFY_WITH_TIMEOUT(marksOf(h.id) > 0, 10000);
        QCOMPARE(js(QStringLiteral("Array.from(document.querySelectorAll('mark.lectern-hl'))"
                                   ".map(function(m){return m.textContent}).join('')"))
                     .toString()
                     .simplified(),
                 selected);

        // File > Export Notes, to a folder: the quote and the note are in the Markdown.
        QTemporaryDir out;
        QVERIFY(out.isValid());
        NotesExportSummary summary;
        QString error;
        QVERIFY2(w().notesController()->exportNotes(NotesController::ExportScope::CurrentPost, {go},
                                                    out.path(), &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.written.size(), 1);
        QFile file(summary.written.constFirst());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.simplified().contains(QStringLiteral("> ") + selected),
                 qPrintable(markdown));
        QVERIFY2(markdown.contains(note), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("^hl-")));

        // Exported again, nothing changed: unchanged.
        NotesExportSummary again;
        QVERIFY2(w().notesController()->exportNotes(NotesController::ExportScope::All, {},
                                                    out.path(), &again, &error),
                 qPrintable(error));
        QCOMPARE(again.unchanged.size(), 1);
        QVERIFY(again.written.isEmpty());
        QVERIFY(again.report().contains(QLatin1String("unchanged: ")));

        // Edited by the user since, and the note changed in Lectern: the user's file stays,
        // Lectern's version goes beside it, and the summary says so.
        file.close();
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nMy own line.\n");
        file.close();
        panel->editHighlightNote(h.id);
        panel->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(panel->editor(), QStringLiteral(" again"));
        QVERIFY(panel->flush());
        NotesExportSummary edited;
        QVERIFY2(w().notesController()->exportNotes(NotesController::ExportScope::All, {},
                                                    out.path(), &edited, &error),
                 qPrintable(error));
        QCOMPARE(edited.skipped.size(), 1);
        QVERIFY(QFile::exists(edited.skipped.constFirst().besidePath));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().endsWith("My own line.\n"));
        file.close();

        // Reopened: drawn again when the article loads.
        QVERIFY(read(introPermalink));
        QCOMPARE(marksOf(h.id), 0);
        QVERIFY(read(goPermalink));
        QTRY_VERIFY_WITH_TIMEOUT(marksOf(h.id) > 0, 10000);

        // Drawing needs no page script of its own: the policy still refuses every one.
        const QString csp =
            js(QStringLiteral(
                   "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                   ".content"))
                .toString();
        QVERIFY2(csp.contains(QLatin1String("script-src 'none'")), qPrintable(csp));
        QVERIFY(!js(QStringLiteral("document.querySelector('#content script')")).toBool());
    }

    void shortcutButtonAndClick()
    {
        QVERIFY(read(goPermalink));
        const qint64 go = idOf(goPermalink);
        HighlightRepository highlights(db());
        const int before = int(highlights.forPost(go).size());

        // Ctrl+H with the keyboard in the article.
        QString selected = js(selectPlainRunJs(1)).toString().simplified();
        QVERIFY(!selected.isEmpty());
        w().currentView()->setFocus();
        QTRY_VERIFY(w().currentView()->isAncestorOf(QApplication::focusWidget()) ||
                    QApplication::focusWidget() == w().currentView());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(highlights.forPost(go).size(), before + 1, 10000);

        // The floating button by a selection.
        selected = js(selectPlainRunJs(2)).toString().simplified();
        QVERIFY(!selected.isEmpty());
        js(QStringLiteral("document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}))"));
        QTRY_VERIFY(js(QStringLiteral("(function(){var b=document.querySelector("
                                      "'.lectern-hl-button');return !!b && "
                                      "b.style.display!=='none'})()"))
                        .toBool());
        js(QStringLiteral("document.querySelector('.lectern-hl-button').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(highlights.forPost(go).size(), before + 2, 10000);
        bool found = false;
        for (const Highlight &h : highlights.forPost(go))
            found = found || h.quote.simplified() == selected;
        QVERIFY(found);

        // A click on a drawn highlight edits its note in the panel.
        const Highlight first = highlights.forPost(go).constFirst();
        w().notesPanel()->editPostNote();
        QCOMPARE(w().notesPanel()->editedHighlight(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(marksOf(first.id) > 0, 10000);
        js(QStringLiteral("getSelection().removeAllRanges();"
                          "document.querySelector('mark.lectern-hl[data-highlight-id=\"%1\"]')"
                          ".click()")
               .arg(first.id));
        QTRY_COMPARE_WITH_TIMEOUT(w().notesPanel()->editedHighlight(), first.id, 10000);

        // Removed in the panel: no longer drawn. Detached: listed, not drawn.
        const Highlight second = highlights.forPost(go).at(1);
        QVERIFY(Sql::run(
            db(),
            QStringLiteral("UPDATE highlights SET detached = 1 WHERE id = %1").arg(second.id)));
        w().notesController()->redraw(go);
        QTRY_COMPARE_WITH_TIMEOUT(marksOf(second.id), 0, 10000);
        QVERIFY(marksOf(first.id) > 0);
        QVERIFY(w().notesPanel()->removeHighlight(first.id));
        QTRY_COMPARE_WITH_TIMEOUT(marksOf(first.id), 0, 10000);
    }

    // File > Export Notes as the user does it: the dialog (the current post, a folder), then
    // the summary.
    void exportDialog()
    {
        QVERIFY(read(goPermalink));
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QString folder = out.filePath(QStringLiteral("vault"));
        QString summaryText;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == QLatin1String("exportNotesDialog"));
            auto *post = dialog->findChild<QRadioButton *>(QStringLiteral("exportPost"));
            QVERIFY(post && post->isEnabled());
            post->setChecked(true);
            QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("exportResults"))
                         ->isEnabled()); // no search was made
            dialog->findChild<QLineEdit *>(QStringLiteral("exportFolder"))->setText(folder);
            QTimer::singleShot(200, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                summaryText = box->text() + u'\n' + box->detailedText();
                box->accept();
            });
            dialog->accept();
        });
        w().action(QStringLiteral("actionExportNotes"))->trigger();
        QVERIFY2(summaryText.contains(QLatin1String("written: ")), qPrintable(summaryText));
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.md")});
        QCOMPARE(files, QStringList{QStringLiteral("go-concurrency-goroutines-channels.md")});
    }

    void nothingSelectedMakesNoHighlight()
    {
        QVERIFY(read(introPermalink));
        const qint64 intro = idOf(introPermalink);
        js(QStringLiteral("getSelection().removeAllRanges()"));
        w().action(QStringLiteral("actionHighlight"))->trigger();
        QTest::qWait(300);
        QCOMPARE(HighlightRepository(db()).forPost(intro).size(), 0);
        // A selection outside the post's body (its title) is no highlight either.
        js(QStringLiteral("var r=document.createRange();r.selectNodeContents("
                          "document.querySelector('h1.post-title'));getSelection()"
                          ".removeAllRanges();getSelection().addRange(r)"));
        w().action(QStringLiteral("actionHighlight"))->trigger();
        QTest::qWait(300);
        QCOMPARE(HighlightRepository(db()).forPost(intro).size(), 0);
    }

    // LECTERN_SHOTS=DIR: screenshots of the window with the Notes panel (an article with its
    // highlights drawn) and with the Bookmarks panel, to look at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("LECTERN_SHOTS");
        if (dir.isEmpty())
            QSKIP("LECTERN_SHOTS is not set");
        QDir().mkpath(dir);
        w().setGeometry(w().screen()->availableGeometry());
        // Room for the panels below the outline.
        w().resizeDocks(
            {w().dock(QStringLiteral("outlineDock")), w().dock(QStringLiteral("notesDock"))},
            {220, 600}, Qt::Vertical);
        QVERIFY(read(goPermalink));
        const qint64 go = idOf(goPermalink);
        for (int skip : {3, 5}) {
            QVERIFY(!js(selectPlainRunJs(skip)).toString().isEmpty());
            const int before = int(HighlightRepository(db()).forPost(go).size());
            w().action(QStringLiteral("actionHighlightNote"))->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(HighlightRepository(db()).forPost(go).size(), before + 1,
                                      10000);
            w().notesPanel()->editor()->insertPlainText(
                skip == 3 ? QStringLiteral("Unbuffered channels **block** until "
                                           "both sides are ready.")
                          : QStringLiteral("See also the `select` statement."));
            QVERIFY(w().notesPanel()->flush());
        }
        w().notesPanel()->editPostNote();
        w().notesPanel()->editor()->insertPlainText(
            QStringLiteral("# Takeaways\n\n- Share memory by communicating.\n"));
        QVERIFY(w().notesPanel()->flush());
        qint64 shown = 0;
        for (const Highlight &h : HighlightRepository(db()).forPost(go))
            if (!h.detached && !shown)
                shown = h.id;
        w().notesController()->showHighlight(w().currentView(), shown);
        js(QStringLiteral("getSelection().removeAllRanges()"));
        QTest::qWait(800);
        const auto grab = [&](const QString &name) {
            QTest::qWait(500);
            QVERIFY(w().screen()->grabWindow(0).save(QDir(dir).filePath(name)));
        };
        grab(QStringLiteral("notes-article-highlights.png"));

        QString error;
        BookmarkRepository bookmarks(db());
        for (const auto &[permalink, label] :
             {std::pair{introPermalink, QStringLiteral("start here")},
              std::pair{goPermalink, QString()}}) {
            if (!bookmarks.forPost(idOf(permalink)))
                QVERIFY2(bookmarks.add(idOf(permalink), label, QStringLiteral("buffered-channels"),
                                       0.3, &error),
                         qPrintable(error));
        }
        w().bookmarksPanel()->model()->reload();
        w().dock(QStringLiteral("bookmarksDock"))->raise();
        grab(QStringLiteral("notes-bookmarks-panel.png"));
        w().dock(QStringLiteral("notesDock"))->raise();
        w().notesPanel()->showPreview(true);
        grab(QStringLiteral("notes-notes-panel.png"));
        w().notesPanel()->showPreview(false);
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.test"));
    QCoreApplication::setApplicationName(QStringLiteral("LecternGuiHighlightTest"));
    TestGuiHighlight t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_highlight.moc"
