// lectern-test:
#include "ingest/hugoimporter.h"
#include "notes/highlightanchorer.h"
#include "notes/textanchor.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Lectern;

Q_DECLARE_METATYPE(Lectern::TextAnchorMatch::Method)

namespace {

const QString base = QStringLiteral("https://blog.rajpoot.dev/posts/");
const QString goPost = base + QStringLiteral("go/go-concurrency-goroutines-channels/");

// A text of a few paragraphs with one sentence that occurs twice.
const QString sample = QStringLiteral(
    "Goroutines are cheap and channels are first-class.\n"
    "A WaitGroup waits for a collection of goroutines to finish. Call Add before you start "
    "one.\n"
    "Channels connect goroutines. Call Add before you start one, then Wait for all of them.\n"
    "Buffered channels let the sender continue without a receiver, up to the buffer size.\n");

TextQuote quoteOf(const QString &text, const QString &exact, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(exact, at + 1);
    Q_ASSERT(at >= 0);
    return TextAnchor::describe(text, int(at), int(at + exact.size()));
}

} // namespace

// Finding highlighted passages again: TextAnchor on its own, then HighlightAnchorer on a real
// library whose post is re-imported with a changed text.
class TestAnchoring final : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QSqlDatabase m_db;
    QByteArray m_corpus;

    qint64 postId(const QString &permalink) const { return Test::postIdOf(m_db, permalink); }
    QString content(qint64 id) const { return PostRepository(m_db).byId(id)->content; }

    // Re-imports the corpus with the raw content of `permalink` changed by `edit`.
    void reimport(const QString &permalink, const std::function<void(QString &)> &edit)
    {
        QJsonArray items = QJsonDocument::fromJson(m_corpus).array();
        bool found = false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            if (item.value(QLatin1String("permalink")).toString() != permalink)
                continue;
            QString text = item.value(QLatin1String("content")).toString();
            edit(text);
            item.insert(QStringLiteral("content"), text);
            items[i] = item;
            found = true;
        }
        QVERIFY(found);
        ImportSummary summary;
        QString error;
        QVERIFY2(HugoImporter(*m_library)
                     .importData(QJsonDocument(items).toJson(),
                                 QFileInfo(QStringLiteral(LECTERN_CORPUS)).absoluteFilePath(), {},
                                 &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.updated, 1);
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(LECTERN_CORPUS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_corpus = file.readAll();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_library = Test::corpusLibrary(m_dir->filePath(QStringLiteral("library.sqlite")), &error);
        QVERIFY2(m_library, qPrintable(error));
        m_db = m_library->connection();
    }

    void cleanup()
    {
        m_db = {};
        m_library.reset();
        m_dir.reset();
    }

    void describeTakesContext()
    {
        const TextQuote q = quoteOf(sample, QStringLiteral("WaitGroup waits"));
        QCOMPARE(q.exact, QStringLiteral("WaitGroup waits"));
        QCOMPARE(q.prefix.size(), TextAnchor::contextLength);
        QVERIFY(q.prefix.endsWith(QLatin1String("first-class.\nA ")));
        QVERIFY(q.suffix.startsWith(QLatin1String(" for a collection")));
        QCOMPARE(sample.mid(q.start, q.end - q.start), q.exact);
        // At the very start there is less context.
        const TextQuote first = TextAnchor::describe(sample, 0, 10);
        QCOMPARE(first.prefix, QString());
        QCOMPARE(first.exact, QStringLiteral("Goroutines"));
    }

    void locate_data()
    {
        QTest::addColumn<QString>("text");     // the text now
        QTest::addColumn<QString>("original"); // the text the quote was taken from
        QTest::addColumn<QString>("exact");    // the quote in `original`
        QTest::addColumn<int>("occurrence");   // which occurrence of it in `original`
        QTest::addColumn<TextAnchorMatch::Method>("method");
        QTest::addColumn<QString>("found"); // the passage of `text` expected, empty: detached
        QTest::addColumn<int>("foundOccurrence");

        using M = TextAnchorMatch::Method;
        const QString callAdd = QStringLiteral("Call Add before you start one");
        QTest::newRow("unchanged") << sample << sample << QStringLiteral("WaitGroup waits") << 0
                                   << M::Position << QStringLiteral("WaitGroup waits") << 0;
        QTest::newRow("text inserted before")
            << QStringLiteral("A new first paragraph.\n") + sample << sample
            << QStringLiteral("up to the buffer size") << 0 << M::Exact
            << QStringLiteral("up to the buffer size") << 0;
        // Two occurrences: the context tells them apart, even after the text moved.
        QTest::newRow("second of two, moved") << QStringLiteral("Intro.\n") + sample << sample
                                              << callAdd << 1 << M::Exact << callAdd << 1;
        QTest::newRow("first of two, moved") << QStringLiteral("Intro.\n") + sample << sample
                                             << callAdd << 0 << M::Exact << callAdd << 0;
        // The surrounding text was edited on both sides; the quote itself was not.
        QString aroundEdited = sample;
        aroundEdited.replace(QStringLiteral("A WaitGroup waits"),
                             QStringLiteral("Rewritten: a sync.WaitGroup waits"));
        aroundEdited.replace(QStringLiteral("to finish. Call"), QStringLiteral("to end. Call"));
        QTest::newRow("context edited")
            << aroundEdited << sample << QStringLiteral("for a collection of goroutines") << 0
            << M::Exact << QStringLiteral("for a collection of goroutines") << 0;
        // Line breaks differ (a quote taken from the rendered page).
        QString rewrapped = sample;
        rewrapped.replace(QStringLiteral("without a receiver,"),
                          QStringLiteral("without\n  a receiver,"));
        QTest::newRow("whitespace differs")
            << rewrapped << sample << QStringLiteral("continue without a receiver, up to") << 0
            << M::Exact << QStringLiteral("continue without\n  a receiver, up to") << 0;
        // The quote was edited a little (a word changed, a typo fixed).
        QString reworded = sample;
        reworded.replace(QStringLiteral("Buffered channels let the sender continue"),
                         QStringLiteral("Buffered channels allow the sender to continue"));
        QTest::newRow("quote edited")
            << reworded << sample
            << QStringLiteral("Buffered channels let the sender continue without a receiver") << 0
            << M::Fuzzy
            << QStringLiteral("Buffered channels allow the sender to continue without a receiver")
            << 0;
        QString typo = sample;
        typo.replace(QStringLiteral("collection of goroutines"),
                     QStringLiteral("colection of gorotines"));
        QTest::newRow("typos introduced")
            << typo << sample << QStringLiteral("waits for a collection of goroutines to finish")
            << 0 << M::Fuzzy << QStringLiteral("waits for a colection of gorotines to finish") << 0;
        // Gone.
        QString removed = sample;
        removed.remove(QStringLiteral(
            "Buffered channels let the sender continue without a receiver, up to the buffer "
            "size.\n"));
        QTest::newRow("passage removed")
            << removed << sample
            << QStringLiteral("Buffered channels let the sender continue without a receiver") << 0
            << M::Detached << QString() << 0;
        // A short quote whose words changed is not placed on some other short passage.
        QString shortChanged = sample;
        shortChanged.replace(QStringLiteral("first-class"), QStringLiteral("built in"));
        QTest::newRow("short quote changed")
            << shortChanged << sample << QStringLiteral("first-class") << 0 << M::Detached
            << QString() << 0;
        QTest::newRow("empty text") << QString() << sample << QStringLiteral("WaitGroup") << 0
                                    << M::Detached << QString() << 0;
    }

    void locate()
    {
        QFETCH(QString, text);
        QFETCH(QString, original);
        QFETCH(QString, exact);
        QFETCH(int, occurrence);
        QFETCH(TextAnchorMatch::Method, method);
        QFETCH(QString, found);
        QFETCH(int, foundOccurrence);

        const TextQuote quote = quoteOf(original, exact, occurrence);
        const TextAnchorMatch match = TextAnchor::locate(text, quote);
        QCOMPARE(match.method, method);
        if (found.isEmpty()) {
            QVERIFY(!match.isPlaced());
            // The old offsets are kept as they were.
            QCOMPARE(match.start, quote.start);
            QCOMPARE(match.end, quote.end);
            return;
        }
        QVERIFY(match.isPlaced());
        QCOMPARE(text.mid(match.start, match.end - match.start), found);
        qsizetype expected = -1;
        for (int i = 0; i <= foundOccurrence; ++i)
            expected = text.indexOf(found, expected + 1);
        QCOMPARE(match.start, int(expected));
        QVERIFY(match.score >= TextAnchor::fuzzyThreshold);
    }

    void positionHintPicksTheNearestOfIdenticalPassages()
    {
        // Same sentence three times with the same context: the old place decides.
        const QString unit = QStringLiteral("Close the channel when done. ");
        const QString text = unit + unit + unit;
        TextQuote q = TextAnchor::describe(text, int(unit.size()) * 2, int(unit.size()) * 3 - 1);
        q.prefix.clear();
        q.suffix.clear();
        q.start += 1; // not exactly there any more, but nearest the third
        q.end += 1;
        const TextAnchorMatch match = TextAnchor::locate(text, q);
        QCOMPARE(match.method, TextAnchorMatch::Method::Exact);
        QCOMPARE(match.start, int(unit.size()) * 2);
    }

    void occurrenceCountsCollapsedText()
    {
        const QString text = QStringLiteral("a b\nc. a  b c. a b c.");
        QCOMPARE(TextAnchor::occurrenceAt(text, QStringLiteral("a b c"), 0), 0);
        QCOMPARE(TextAnchor::occurrenceAt(text, QStringLiteral("a b c"), 7), 1);
        QCOMPARE(TextAnchor::occurrenceAt(text, QStringLiteral("a b c"), 15), 2);
        QCOMPARE(TextAnchor::occurrenceAt(text, QStringLiteral("a b c"), 3), -1);
    }

    void createFromSelection()
    {
        const qint64 go = postId(goPost);
        QVERIFY(go);
        const QString text = content(go);
        HighlightAnchorer anchorer(m_db);
        QString error;

        // As the page reports a selection: its own line breaks, some context.
        TextQuote selection;
        selection.exact = QStringLiteral("scheduled by the Go runtime\nonto a small pool of OS "
                                         "threads");
        selection.prefix = QStringLiteral("running concurrently with other goroutines, ");
        selection.suffix = QStringLiteral(". They start small");
        const auto h = anchorer.create(go, selection, QStringLiteral("green"),
                                       QStringLiteral("the M:N scheduler"), &error);
        QVERIFY2(h, qPrintable(error));
        const QString exact =
            QStringLiteral("scheduled by the Go runtime onto a small pool of OS threads");
        QCOMPARE(h->quote, exact);
        QCOMPARE(h->startPos, int(text.indexOf(exact)));
        QCOMPARE(h->endPos, h->startPos + int(exact.size()));
        QCOMPARE(h->prefix,
                 text.mid(h->startPos - TextAnchor::contextLength, TextAnchor::contextLength));
        QCOMPARE(h->color, QStringLiteral("green"));
        QCOMPARE(h->note, QStringLiteral("the M:N scheduler"));
        QCOMPARE(NoteRepository(m_db).count(), 1);
        QVERIFY(!h->detached);
    }

    void createRefusesBadInput_data()
    {
        QTest::addColumn<qint64>("post"); // 0: the Go post
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown post") << qint64(999999) << QStringLiteral("goroutine")
                                      << QStringLiteral("no post with id 999999 in the library");
        QTest::newRow("empty quote")
            << qint64(0) << QString() << QStringLiteral("the quote is empty");
        QTest::newRow("blank quote")
            << qint64(0) << QStringLiteral(" \n ") << QStringLiteral("the quote is empty");
        QTest::newRow("not in the post")
            << qint64(0) << QStringLiteral("Rust's borrow checker rejects this program")
            << QStringLiteral("is not in the text of “Go Concurrency");
    }

    void createRefusesBadInput()
    {
        QFETCH(qint64, post);
        QFETCH(QString, quote);
        QFETCH(QString, error);
        TextQuote selection;
        selection.exact = quote;
        QString message;
        QVERIFY(!HighlightAnchorer(m_db).create(post ? post : postId(goPost), selection, {}, {},
                                                &message));
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(HighlightRepository(m_db).count(), 0);
    }

    // The acceptance case: highlights on a post whose text a re-import changed.
    void reimportReanchors()
    {
        const qint64 go = postId(goPost);
        HighlightAnchorer anchorer(m_db);
        QString error;
        const auto add = [&](const QString &exact) {
            TextQuote q;
            q.exact = exact;
            const auto h = anchorer.create(go, q, {}, QStringLiteral("note on ") + exact, &error);
            return h ? h->id : 0;
        };
        const QString moved =
            QStringLiteral("scheduled by the Go runtime onto a small pool of OS threads");
        const QString edited = QStringLiteral(
            "This is the simplest pattern and probably the most useful one in everyday Go code");
        const QString removed = QStringLiteral(
            "Buffered channels let the sender continue without a receiver, up to the buffer size");
        const qint64 a = add(moved), b = add(edited), c = add(removed);
        QVERIFY2(a && b && c, qPrintable(error));
        const int aStart = HighlightRepository(m_db).byId(a)->startPos;

        // Nothing changed: nothing to do.
        ReanchorSummary summary;
        QVERIFY2(anchorer.reanchorStale(&summary, &error), qPrintable(error));
        QCOMPARE(summary.detached, 0);
        QCOMPARE(summary.moved + summary.fuzzy, 0);

        const QString intro = QStringLiteral("A paragraph added in a later edit of the post.\n");
        const QString reworded = QStringLiteral(
            "This is the simplest pattern and likely the most useful one in day-to-day Go code");
        reimport(goPost, [&](QString &raw) {
            QVERIFY(raw.contains(edited) && raw.contains(removed));
            raw.prepend(intro);
            raw.replace(edited, reworded);
            raw.remove(removed + u':');
        });
        QVERIFY(!content(go).contains(removed));

        summary = {};
        QVERIFY2(anchorer.reanchorStale(&summary, &error), qPrintable(error));
        QCOMPARE(summary.checked, 3);
        QCOMPARE(summary.moved, 1);
        QCOMPARE(summary.fuzzy, 1);
        QCOMPARE(summary.detached, 1);
        const QString text = content(go);

        const Highlight ha = *HighlightRepository(m_db).byId(a);
        QCOMPARE(ha.quote, moved);
        QCOMPARE(ha.startPos, aStart + int(intro.size()));
        QCOMPARE(text.mid(ha.startPos, ha.endPos - ha.startPos), moved);
        QVERIFY(!ha.detached);

        const Highlight hb = *HighlightRepository(m_db).byId(b);
        QCOMPARE(hb.quote, reworded); // now marks the new wording
        QCOMPARE(text.mid(hb.startPos, hb.endPos - hb.startPos), reworded);
        QCOMPARE(hb.note, QStringLiteral("note on ") + edited); // the note stays
        QVERIFY(!hb.detached);

        const Highlight hc = *HighlightRepository(m_db).byId(c);
        QVERIFY(hc.detached);
        QCOMPARE(hc.quote, removed); // kept as it was, with its note
        QCOMPARE(hc.note, QStringLiteral("note on ") + removed);

        // Listed, never dropped; the page gets it flagged.
        QCOMPARE(HighlightRepository(m_db).forPost(go).size(), 3);
        const QJsonArray page = anchorer.pageHighlights(go);
        QCOMPARE(page.size(), 3);
        int detachedOnPage = 0;
        for (const QJsonValue &v : page) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("detached")).toBool()) {
                ++detachedOnPage;
                QCOMPARE(o.value(QLatin1String("id")).toInteger(), c);
                QCOMPARE(o.value(QLatin1String("occurrence")).toInt(), -1);
            } else {
                QCOMPARE(o.value(QLatin1String("occurrence")).toInt(), 0);
                const int start = o.value(QLatin1String("start")).toInt();
                const int end = o.value(QLatin1String("end")).toInt();
                QCOMPARE(text.mid(start, end - start), o.value(QLatin1String("exact")).toString());
            }
        }
        QCOMPARE(detachedOnPage, 1);

        // A second pass finds nothing stale.
        summary = {};
        QVERIFY(anchorer.reanchorStale(&summary, &error));
        QCOMPARE(summary.checked, 0);

        // The passage comes back with the next import: placed again.
        reimport(goPost, [](QString &) {});
        summary = {};
        QVERIFY2(anchorer.reanchorStale(&summary, &error), qPrintable(error));
        QCOMPARE(summary.reattached, 1);
        QVERIFY(!HighlightRepository(m_db).byId(c)->detached);
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
