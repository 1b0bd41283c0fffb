// lectern-test:
#include "ingest/hugoimporter.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

using namespace Lectern;

namespace {
const QString base = QStringLiteral("https://blog.rajpoot.dev/posts/");
constexpr qint64 unknownPost = 999999;
} // namespace

// Bookmarks, highlights, notes and reading state on a real library holding the real corpus.
class TestMarks final : public QObject
{
    Q_OBJECT
    Test::CorpusFixture m_corpus;

    qint64 postId(const QString &path) const { return Test::postIdOf(m_corpus.db, base + path); }
    int rows(const char *table) const
    {
        return Sql::scalar(m_corpus.db,
                           QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }

private slots:
    void init()
    {
        const QString error = m_corpus.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_corpus.close(); }

    void bookmarksAddListRemove()
    {
        BookmarkRepository bookmarks(m_corpus.db);
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const qint64 intro = postId(QStringLiteral("django/django-conquered-introduction/"));
        QVERIFY(go && intro);
        QCOMPARE(bookmarks.count(), 0);
        QVERIFY(bookmarks.list().isEmpty());

        QString error;
        const auto first = bookmarks.add(go, QStringLiteral("  channels  "), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->postId, go);
        QCOMPARE(first->label, QStringLiteral("channels")); // trimmed
        QCOMPARE(first->title,
                 QStringLiteral("Go Concurrency: Goroutines, Channels, and the sync Package"));
        QCOMPARE(first->category, QStringLiteral("go"));
        QCOMPARE(first->permalink, base + QStringLiteral("go/go-concurrency-goroutines-channels/"));
        QVERIFY(qAbs(first->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const auto second = bookmarks.add(intro, QString(), &error);
        QVERIFY2(second, qPrintable(error));

        // Newest first (same second: the later id first).
        const QList<Bookmark> list = bookmarks.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, second->id);
        QCOMPARE(list.at(1), *first);
        QCOMPARE(bookmarks.forPost(go), first);
        QCOMPARE(bookmarks.byId(second->id)->title,
                 QStringLiteral("Django Conquered: Introduction"));
        QVERIFY(!bookmarks.forPost(postId(QStringLiteral("personal/dear-me/"))));

        // One bookmark per post.
        QVERIFY(!bookmarks.add(go, QStringLiteral("again"), &error));
        QVERIFY2(error.contains(QLatin1String("already bookmarked")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Go Concurrency")), qPrintable(error));
        QCOMPARE(bookmarks.count(), 2);

        QVERIFY(bookmarks.setLabel(second->id, QStringLiteral("start here"), &error));
        QCOMPARE(bookmarks.byId(second->id)->label, QStringLiteral("start here"));

        QVERIFY2(bookmarks.remove(first->id, &error), qPrintable(error));
        QCOMPARE(bookmarks.count(), 1);
        QVERIFY(!bookmarks.remove(first->id, &error));
        QCOMPARE(error, QStringLiteral("no bookmark with id %1").arg(first->id));
        QVERIFY(!bookmarks.setLabel(first->id, QStringLiteral("x"), &error));
        QCOMPARE(error, QStringLiteral("no bookmark with id %1").arg(first->id));
    }

    void bookmarkPlaceAndRestore()
    {
        BookmarkRepository bookmarks(m_corpus.db);
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        QString error;
        const auto b =
            bookmarks.add(go, QStringLiteral("wg"), QStringLiteral(" waitgroups "), 0.5, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->anchor, QStringLiteral("waitgroups"));
        QCOMPARE(b->position, 0.5);
        QVERIFY2(bookmarks.setPlace(b->id, QStringLiteral("channels"), 0.75, &error),
                 qPrintable(error));
        QCOMPARE(bookmarks.byId(b->id)->anchor, QStringLiteral("channels"));
        QCOMPARE(bookmarks.byId(b->id)->position, 0.75);
        QVERIFY(!bookmarks.setPlace(b->id, QStringLiteral("a\nb"), 0.5, &error));
        QVERIFY2(error.contains(QLatin1String("is not a heading anchor")), qPrintable(error));
        QVERIFY(!bookmarks.setPlace(b->id, QString(), -1, &error));
        QVERIFY2(error.contains(QLatin1String("outside 0..1")), qPrintable(error));
        QVERIFY(!bookmarks.setPlace(unknownPost, QString(), 0, &error));
        QCOMPARE(bookmarks.byId(b->id)->position, 0.75);

        // Undo of a removal brings back the same bookmark, id and time included.
        const Bookmark before = *bookmarks.byId(b->id);
        QVERIFY(bookmarks.remove(b->id, &error));
        const auto back = bookmarks.restore(before, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, before);
        QVERIFY(!bookmarks.restore(before, &error)); // it is there again
        QVERIFY2(error.contains(QLatin1String("already bookmarked")), qPrintable(error));
    }

    void bookmarkOfUnknownPostIsRefused()
    {
        BookmarkRepository bookmarks(m_corpus.db);
        QString error;
        QVERIFY(!bookmarks.add(unknownPost, QString(), &error));
        QCOMPARE(error, QStringLiteral("no post with id 999999 in the library"));
        QCOMPARE(rows("bookmarks"), 0);
        // Null error pointers are allowed.
        QVERIFY(!bookmarks.add(unknownPost, QString(), nullptr));
    }

    void highlightValidation_data()
    {
        QTest::addColumn<qint64>("post"); // 0: the Go concurrency post
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end"); // -1: the end of the post's text
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("color");
        QTest::addColumn<QString>("error"); // empty: accepted

        const QString q = QStringLiteral("goroutine");
        QTest::newRow("valid") << qint64(0) << 10 << 19 << q << QString() << QString();
        QTest::newRow("whole text")
            << qint64(0) << 0 << -1 << q << QStringLiteral("#a0c4ff") << QString();
        QTest::newRow("empty quote") << qint64(0) << 10 << 19 << QStringLiteral(" \n") << QString()
                                     << QStringLiteral("the quote is empty");
        QTest::newRow("negative start") << qint64(0) << -1 << 19 << q << QString()
                                        << QStringLiteral("highlight range -1..19 is not inside");
        QTest::newRow("empty range") << qint64(0) << 19 << 19 << q << QString()
                                     << QStringLiteral("highlight range 19..19 is not inside");
        QTest::newRow("past the end")
            << qint64(0) << 10 << 10000000 << q << QString() << QStringLiteral("characters)");
        QTest::newRow("css in colour")
            << qint64(0) << 10 << 19 << q << QStringLiteral("red;background:url(x)")
            << QStringLiteral("is not a highlight colour");
        QTest::newRow("unknown post") << unknownPost << 10 << 19 << q << QString()
                                      << QStringLiteral("no post with id 999999 in the library");
    }

    void highlightValidation()
    {
        QFETCH(qint64, post);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, quote);
        QFETCH(QString, color);
        QFETCH(QString, error);
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const int length = int(PostRepository(m_corpus.db).byId(go)->content.size());
        Highlight h;
        h.postId = post ? post : go;
        h.startPos = start;
        h.endPos = end < 0 ? length : end;
        h.quote = quote;
        if (!color.isEmpty())
            h.color = color;

        HighlightRepository highlights(m_corpus.db);
        QString message;
        const auto added = highlights.add(h, &message);
        if (error.isEmpty()) {
            QVERIFY2(added, qPrintable(message));
            QCOMPARE(added->color, color.isEmpty() ? QStringLiteral("yellow") : color);
            QCOMPARE(highlights.count(), 1);
        } else {
            QVERIFY(!added);
            QVERIFY2(message.contains(error), qPrintable(message));
            QCOMPARE(rows("highlights"), 0);
        }
    }

    void highlightsWithNotes()
    {
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const QString text = PostRepository(m_corpus.db).byId(go)->content;
        const auto at = [&](const QString &quote) {
            Highlight h;
            h.postId = go;
            h.startPos = int(text.indexOf(quote));
            h.endPos = h.startPos + int(quote.size());
            h.quote = quote;
            h.prefix = text.mid(qMax(0, h.startPos - 16), qMin(16, h.startPos));
            h.suffix = text.mid(h.endPos, 16);
            return h;
        };
        const Highlight later = at(QStringLiteral("sync.WaitGroup"));
        const Highlight earlier = at(QStringLiteral("goroutine"));
        QVERIFY(earlier.startPos >= 0 && later.startPos > earlier.startPos);

        HighlightRepository highlights(m_corpus.db);
        NoteRepository notes(m_corpus.db);
        QString error;
        const auto a = highlights.add(later, &error);
        QVERIFY2(a, qPrintable(error));
        const auto b = highlights.add(earlier, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(a->quote, later.quote);
        QCOMPARE(a->prefix, later.prefix);
        QCOMPARE(a->suffix, later.suffix);
        QCOMPARE(a->startPos, later.startPos);
        QCOMPARE(a->endPos, later.endPos);
        QCOMPARE(a->noteId, qint64(0));

        // In text order, not insertion order.
        QList<Highlight> list = highlights.forPost(go);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, b->id);
        QCOMPARE(list.at(1).id, a->id);

        QVERIFY2(highlights.setColor(a->id, QStringLiteral("green"), &error), qPrintable(error));
        QCOMPARE(highlights.byId(a->id)->color, QStringLiteral("green"));
        QVERIFY(!highlights.setColor(a->id, QStringLiteral("url(javascript:x)"), &error));
        QCOMPARE(highlights.byId(a->id)->color, QStringLiteral("green"));

        // One note per highlight: setting it twice replaces the body.
        const auto note = notes.setHighlightNote(a->id, QStringLiteral("use *wg.Wait()*"), &error);
        QVERIFY2(note, qPrintable(error));
        QCOMPARE(note->postId, go);
        QCOMPARE(note->highlightId, a->id);
        QCOMPARE(note->quote, QStringLiteral("sync.WaitGroup"));
        const auto again =
            notes.setHighlightNote(a->id, QStringLiteral("wg.Wait() blocks"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->id, note->id);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(highlights.byId(a->id)->note, QStringLiteral("wg.Wait() blocks"));
        QCOMPARE(highlights.byId(a->id)->noteId, note->id);
        QCOMPARE(notes.highlightNote(a->id)->body, QStringLiteral("wg.Wait() blocks"));
        QVERIFY(!notes.highlightNote(b->id));
        QVERIFY(!notes.setHighlightNote(unknownPost, QStringLiteral("x"), &error));
        QCOMPARE(error, QStringLiteral("no highlight with id 999999"));

        // Removing the highlight takes its note along.
        QVERIFY2(highlights.remove(a->id, &error), qPrintable(error));
        QCOMPARE(notes.count(), 0);
        QCOMPARE(highlights.forPost(go).size(), 1);
        QVERIFY(!highlights.remove(a->id, &error));
        QCOMPARE(error, QStringLiteral("no highlight with id %1").arg(a->id));
    }

    void postNoteIsOnePerPost()
    {
        const qint64 intro = postId(QStringLiteral("django/django-conquered-introduction/"));
        NoteRepository notes(m_corpus.db);
        QString error;
        QVERIFY(!notes.postNote(intro));
        const auto first =
            notes.setPostNote(intro, QStringLiteral("# Plan\nread all three"), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->highlightId, qint64(0));
        QCOMPARE(first->title, QStringLiteral("Django Conquered: Introduction"));
        QVERIFY(first->quote.isEmpty());
        QCOMPARE(first->createdAt, first->updatedAt);

        const auto second = notes.setPostNote(intro, QStringLiteral("done"), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->body, QStringLiteral("done"));
        QCOMPARE(second->createdAt, first->createdAt);
        QCOMPARE(notes.count(), 1);
        QCOMPARE(notes.postNote(intro), second);

        // Blank bodies and unknown posts are refused and change nothing.
        QVERIFY(!notes.setPostNote(intro, QStringLiteral(" \n\t"), &error));
        QVERIFY2(error.contains(QLatin1String("needs some text")), qPrintable(error));
        QCOMPARE(notes.postNote(intro)->body, QStringLiteral("done"));
        QVERIFY(!notes.setPostNote(unknownPost, QStringLiteral("x"), &error));
        QCOMPARE(error, QStringLiteral("no post with id 999999 in the library"));
        QCOMPARE(rows("notes"), 1);

        // list(): per post or all, newest first.
        const qint64 dearMe = postId(QStringLiteral("personal/dear-me/"));
        const auto other = notes.setPostNote(dearMe, QStringLiteral("letter"), &error);
        QVERIFY2(other, qPrintable(error));
        QCOMPARE(notes.list().size(), 2);
        QCOMPARE(notes.list().first().id, other->id);
        QCOMPARE(notes.list(intro).size(), 1);
        QCOMPARE(notes.list(intro).first().id, first->id);

        QVERIFY2(notes.remove(first->id, &error), qPrintable(error));
        QVERIFY(!notes.postNote(intro));
        QVERIFY(!notes.remove(first->id, &error));
        QCOMPARE(error, QStringLiteral("no note with id %1").arg(first->id));
    }

    void readingState()
    {
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const qint64 rust = postId(QStringLiteral("rust/tokio-async-fundamentals-backend/"));
        ReadingStateRepository state(m_corpus.db);
        QString error;
        auto s = state.get(go, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->postId, go);
        QVERIFY(!s->isRead);
        QCOMPARE(s->position, 0.0);
        QVERIFY(!s->lastOpened.isValid());

        // Each setter keeps the other columns.
        QVERIFY2(state.setPosition(go, 0.42, &error), qPrintable(error));
        QVERIFY2(state.setRead(go, true, &error), qPrintable(error));
        const QDateTime opened(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::UTC);
        QVERIFY2(state.markOpened(go, &error, opened), qPrintable(error));
        s = state.get(go);
        QVERIFY(s->isRead);
        QCOMPARE(s->position, 0.42);
        QCOMPARE(s->lastOpened, opened);
        QVERIFY(state.setRead(go, false, &error));
        QCOMPARE(state.get(go)->position, 0.42);
        QVERIFY(!state.get(go)->isRead);

        QVERIFY2(state.markOpened(rust, &error), qPrintable(error)); // now
        QVERIFY(state.setRead(rust, true, &error));
        const QList<ReadingState> recent = state.recentlyOpened(10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).postId, rust);
        QCOMPARE(recent.at(1).postId, go);
        QCOMPARE(state.recentlyOpened(1).size(), 1);
        QCOMPARE(state.readCount(), 1);
    }

    void readingStateRefusesBadInput_data()
    {
        QTest::addColumn<double>("position");
        QTest::newRow("negative") << -0.01;
        QTest::newRow("above one") << 1.5;
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity();
    }

    void readingStateRefusesBadInput()
    {
        QFETCH(double, position);
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        ReadingStateRepository state(m_corpus.db);
        QString error;
        QVERIFY(!state.setPosition(go, position, &error));
        QVERIFY2(error.contains(QLatin1String("is outside 0..1")), qPrintable(error));
        QVERIFY(state.setPosition(go, 1.0, &error)); // the bounds themselves are fine
        QVERIFY(state.setPosition(go, 0.0, &error));

        for (const auto &write :
             {std::function([&] { return state.setPosition(unknownPost, 0.5, &error); }),
              std::function([&] { return state.setRead(unknownPost, true, &error); }),
              std::function([&] { return state.markOpened(unknownPost, &error); })}) {
            error.clear();
            QVERIFY(!write());
            QCOMPARE(error, QStringLiteral("no post with id 999999 in the library"));
        }
        QVERIFY(!state.get(unknownPost, &error));
        QCOMPARE(error, QStringLiteral("no post with id 999999 in the library"));
        QCOMPARE(rows("reading_state"), 1);
    }

    void marksGoWithTheirPost()
    {
        // Deleting a post (e.g. a source removed) cascades to every mark on it.
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        QString error;
        QVERIFY(BookmarkRepository(m_corpus.db).add(go, QString(), &error));
        QVERIFY(NoteRepository(m_corpus.db).setPostNote(go, QStringLiteral("n"), &error));
        QVERIFY(ReadingStateRepository(m_corpus.db).setRead(go, true, &error));
        QVERIFY(Sql::run(m_corpus.db, QStringLiteral("DELETE FROM posts WHERE id = %1").arg(go)));
        QCOMPARE(rows("bookmarks") + rows("notes") + rows("reading_state"), 0);
    }
};

QTEST_GUILESS_MAIN(TestMarks)
#include "tst_marks.moc"
