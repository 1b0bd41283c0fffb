// lectern-test: GUI
#include "bookmarkspanel.h"
#include "ingest/hugoimporter.h"
#include "models/bookmarksmodel.h"
#include "models/notesmodel.h"
#include "notes/highlightanchorer.h"
#include "notes/noteautosaver.h"
#include "notespanel.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTreeWidget>
#include <memory>

using namespace Lectern;

namespace {

const QString base = QStringLiteral("https://blog.rajpoot.dev/posts/");
const QString goPost = base + QStringLiteral("go/go-concurrency-goroutines-channels/");

// LECTERN_SHOTS=DIR saves a PNG of each panel there, to look at.
void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

// The Bookmarks and Notes panels on a real library, driven by keys as a reader would.
class TestGuiNotesPanels final : public QObject
{
    Q_OBJECT
    Test::CorpusFixture m_corpus;

    qint64 postId(const QString &path) const { return Test::postIdOf(m_corpus.db, base + path); }

private slots:
    void init()
    {
        const QString error = m_corpus.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_corpus.close(); }

    void bookmarksPanel()
    {
        BookmarkRepository bookmarks(m_corpus.db);
        QString error;
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const qint64 intro = postId(QStringLiteral("django/django-conquered-introduction/"));
        const qint64 dear = postId(QStringLiteral("personal/dear-me/"));
        QVERIFY(go && intro && dear);
        QVERIFY(bookmarks.add(intro, QStringLiteral("start here"), &error));
        QVERIFY(bookmarks.add(dear, QString(), &error));
        // Older, so last by time.
        QVERIFY(Sql::run(m_corpus.db,
                         QStringLiteral("UPDATE bookmarks SET created_at = created_at - 100")));

        BookmarksPanel panel;
        panel.setLibrary(m_corpus.library.get());
        QAbstractItemModelTester tester(panel.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(360, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow(); // keys to the focused widget need an active window
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy opened(&panel, &BookmarksPanel::openRequested);

        // Ctrl+D on an article: at its heading and scroll position.
        QVERIFY(panel.toggleBookmark(go, QStringLiteral("buffered-channels"), 0.4));
        QCOMPARE(panel.proxy()->rowCount(), 3);
        QCOMPARE(panel.proxy()->index(0, 0).data(BookmarksModel::PostIdRole).toLongLong(), go);

        // Sorting.
        panel.setSortOrder(BookmarksPanel::SortOrder::Title);
        QStringList titles;
        for (int i = 0; i < panel.proxy()->rowCount(); ++i)
            titles.append(panel.proxy()->index(i, 0).data(BookmarksModel::TitleRole).toString());
        QStringList sorted = titles;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(titles, sorted);
        panel.setSortOrder(BookmarksPanel::SortOrder::Category);
        QCOMPARE(panel.proxy()->index(0, 0).data(BookmarksModel::CategoryRole).toString(),
                 QStringLiteral("django"));
        panel.setSortOrder(BookmarksPanel::SortOrder::Time);
        shoot(&panel, QStringLiteral("bookmarks-panel.png"));

        // Filter as you type, Enter opens at the saved place.
        QTest::keyClicks(panel.filterField(), QStringLiteral("gorout"));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        QTest::keyClick(panel.filterField(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), go);
        QCOMPARE(opened.first().at(1).toString(), goPost);
        QCOMPARE(opened.first().at(2).toString(), QStringLiteral("buffered-channels"));
        QCOMPARE(opened.first().at(3).toDouble(), 0.4);
        shoot(&panel, QStringLiteral("bookmarks-panel-filtered.png"));
        QTest::keyClick(panel.filterField(), Qt::Key_Escape);
        QCOMPARE(panel.proxy()->rowCount(), 3);
        QTest::keyClicks(panel.filterField(), QStringLiteral("start here")); // the label
        QCOMPARE(panel.proxy()->rowCount(), 1);
        panel.setFilterText(QString());

        // Delete removes, Ctrl+Z puts it back as it was.
        QTest::keyClick(panel.filterField(), Qt::Key_Down);
        QVERIFY(panel.view()->hasFocus());
        const QModelIndex first = panel.view()->currentIndex();
        const qint64 removedId = first.data(BookmarksModel::BookmarkIdRole).toLongLong();
        const Bookmark before = *bookmarks.byId(removedId);
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(panel.proxy()->rowCount(), 2);
        QVERIFY(!bookmarks.byId(removedId));
        QVERIFY(panel.canUndo());
        shoot(&panel, QStringLiteral("bookmarks-panel-undo.png"));
        QTest::keyClick(panel.view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(panel.proxy()->rowCount(), 3);
        QCOMPARE(*bookmarks.byId(removedId), before);
        QVERIFY(!panel.canUndo());

        // Ctrl+D again on a bookmarked post removes its bookmark.
        QVERIFY(!panel.toggleBookmark(go));
        QVERIFY(!bookmarks.forPost(go));
        QVERIFY(panel.undoRemove());
        QCOMPARE(bookmarks.forPost(go)->anchor, QStringLiteral("buffered-channels"));
    }

    void notesPanel()
    {
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const qint64 intro = postId(QStringLiteral("django/django-conquered-introduction/"));
        NoteRepository notes(m_corpus.db);
        QString error;
        QVERIFY(notes.setPostNote(intro, QStringLiteral("Read the series in order."), &error));
        HighlightAnchorer anchorer(m_corpus.db);
        TextQuote gone;
        gone.exact = QStringLiteral("A goroutine is a function running concurrently");
        const auto detached = anchorer.create(go, gone, {}, QStringLiteral("old"), &error);
        QVERIFY2(detached, qPrintable(error));
        QVERIFY(
            Sql::run(m_corpus.db, QStringLiteral("UPDATE highlights SET quote = 'Text an older "
                                                 "version of the post had', anchor_hash = ''")));

        NotesPanel panel;
        panel.setLibrary(m_corpus.library.get());
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(380, 720);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy changed(&panel, &NotesPanel::highlightsChanged);
        QSignalSpy opened(&panel, &NotesPanel::openRequested);

        panel.setCurrentPost(go);
        QVERIFY(panel.editor()->isEnabled());
        QCOMPARE(panel.highlightsView()->count(), 1);
        QVERIFY(panel.highlightsView()->item(0)->text().startsWith(QLatin1String("Detached: ")));

        // The page reports a selection: its own line breaks, some context.
        TextQuote selection;
        selection.exact = QStringLiteral("Goroutines are cheap,\nchannels are first-class");
        selection.prefix = QStringLiteral("switch to Go. ");
        const auto h = panel.addHighlight(selection, QStringLiteral("green"),
                                          QStringLiteral("why *Go*"), &error);
        QVERIFY2(h, qPrintable(error));
        QCOMPARE(h->quote, QStringLiteral("Goroutines are cheap, channels are first-class"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.highlightsView()->count(), 2); // placed first, the detached one after
        QVERIFY(!panel.highlightsView()->item(0)->text().startsWith(QLatin1String("Detached")));

        // The post note: Markdown highlighted by KSyntaxHighlighting, saved as typed.
        panel.editor()->setFocus();
        QTest::keyClicks(panel.editor(), QStringLiteral("# Worker pools"));
        QTest::keyClick(panel.editor(), Qt::Key_Return);
        QTest::keyClicks(panel.editor(), QStringLiteral("Use **errgroup** and `wg.Wait()`."));
        QTRY_VERIFY(!panel.editor()->document()->firstBlock().layout()->formats().isEmpty());
        QTRY_COMPARE(notes.postNote(go)->body,
                     QStringLiteral("# Worker pools\nUse **errgroup** and `wg.Wait()`."));
        shoot(&panel, QStringLiteral("notes-panel.png"));
        panel.showPreview(true);
        QVERIFY(panel.preview()->toHtml().contains(QLatin1String("errgroup")));
        QVERIFY(panel.preview()->document()->toPlainText().startsWith(
            QLatin1String("Worker pools\nUse errgroup and wg.Wait().")));
        shoot(&panel, QStringLiteral("notes-panel-preview.png"));
        panel.showPreview(false);

        // A highlight's note in the same editor.
        panel.highlightsView()->setCurrentRow(0);
        panel.highlightsView()->setFocus();
        QTest::keyClick(panel.highlightsView(), Qt::Key_Return);
        QCOMPARE(panel.editedHighlight(), h->id);
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("why *Go*"));
        QTest::keyClicks(panel.editor(), QStringLiteral(" and channels"));
        panel.editPostNote(); // switching saves
        QCOMPARE(notes.highlightNote(h->id)->body, QStringLiteral("why *Go* and channels"));

        // Every note, grouped by post, filtered as you type.
        QTRY_COMPARE(panel.allNotesView()->topLevelItemCount(), 2);
        int children = 0;
        for (int i = 0; i < panel.allNotesView()->topLevelItemCount(); ++i)
            children += panel.allNotesView()->topLevelItem(i)->childCount();
        QCOMPARE(children, 4); // two post notes, two highlight notes
        QTest::keyClicks(panel.filterField(), QStringLiteral("series"));
        int visibleGroups = 0;
        for (int i = 0; i < panel.allNotesView()->topLevelItemCount(); ++i)
            visibleGroups += panel.allNotesView()->topLevelItem(i)->isHidden() ? 0 : 1;
        QCOMPARE(visibleGroups, 1);
        // Enter on a note of another post asks to open it, and edits it once it is current.
        QTest::keyClick(panel.filterField(), Qt::Key_Down);
        QTest::keyClick(panel.allNotesView(), Qt::Key_Down);
        QTest::keyClick(panel.allNotesView(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toLongLong(), intro);
        panel.setCurrentPost(intro);
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("Read the series in order."));
        panel.setFilterText(QString());
        shoot(&panel, QStringLiteral("notes-panel-all.png"));

        // Removing a highlight takes its note and tells the window to redraw.
        panel.setCurrentPost(go);
        QVERIFY(panel.removeHighlight(h->id));
        QVERIFY(!notes.highlightNote(h->id));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(panel.highlightsView()->count(), 1);
    }
};

QTEST_MAIN(TestGuiNotesPanels)
#include "tst_gui_notespanels.moc"
