// lectern-test:
// The reader's notes and highlights in the main search, on the real corpus: has:notes counts
// posts with a note or a highlight, words of notes and of highlighted passages find their
// post (with the note as snippet), and the index follows every change (schema 6 triggers).
#include "ingest/hugoimporter.h"
#include "notes/highlightanchorer.h"
#include "search/searchengine.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Lectern;

namespace {
const QString base = QStringLiteral("https://blog.rajpoot.dev/posts/");
} // namespace

class TestNotesSearch final : public QObject
{
    Q_OBJECT
    Test::CorpusFixture m_corpus;

    qint64 postId(const QString &path) const { return Test::postIdOf(m_corpus.db, base + path); }

    QList<qint64> ids(const QString &query)
    {
        SearchEngine engine(m_corpus.db);
        const SearchResponse r = engine.search(query, 100);
        [&] { QVERIFY2(r.error.isEmpty(), qPrintable(r.error)); }();
        QList<qint64> out;
        for (const SearchHit &h : r.hits)
            out << h.postId;
        return out;
    }

    SearchHit hitFor(const QString &query, qint64 postId)
    {
        SearchEngine engine(m_corpus.db);
        for (const SearchHit &h : engine.search(query, 100).hits)
            if (h.postId == postId)
                return h;
        return {};
    }

private slots:
    void init()
    {
        const QString error = m_corpus.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_corpus.close(); }

    void hasNotesCountsNotesAndHighlights()
    {
        QVERIFY(ids(QStringLiteral("has:notes")).isEmpty());
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const qint64 dear = postId(QStringLiteral("personal/dear-me/"));
        QVERIFY(go && dear);
        QString error;
        QVERIFY2(NoteRepository(m_corpus.db).setPostNote(go, QStringLiteral("Read again."), &error),
                 qPrintable(error));
        const QString content = PostRepository(m_corpus.db).byId(dear)->content;
        // Only a highlight, no note at all.
        TextQuote quote = TextAnchor::describe(content, 0, 30);
        QVERIFY2(HighlightAnchorer(m_corpus.db).create(dear, quote, {}, {}, &error),
                 qPrintable(error));
        QList<qint64> found = ids(QStringLiteral("has:notes"));
        std::sort(found.begin(), found.end());
        QList<qint64> expected{go, dear};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(found, expected);
        QVERIFY(!ids(QStringLiteral("-has:notes")).contains(dear));
    }

    void noteWordsFindTheirPost()
    {
        const qint64 intro = postId(QStringLiteral("django/django-conquered-introduction/"));
        QVERIFY(intro);
        // A word no post uses.
        QVERIFY(ids(QStringLiteral("zanzibarian")).isEmpty());
        QString error;
        QVERIFY2(NoteRepository(m_corpus.db)
                     .setPostNote(intro, QStringLiteral("Ask the *Zanzibarian* team about this."),
                                  &error),
                 qPrintable(error));
        QCOMPARE(ids(QStringLiteral("zanzibarian")), QList<qint64>{intro});
        // As it is typed, too (the last word is a prefix).
        QCOMPARE(ids(QStringLiteral("zanziba")), QList<qint64>{intro});
        const SearchHit hit = hitFor(QStringLiteral("zanzibarian"), intro);
        QVERIFY2(hit.snippet.contains(QLatin1String("<mark>Zanzibarian</mark>")),
                 qPrintable(hit.snippet));
        QVERIFY2(hit.snippet.startsWith(QLatin1String("Note: ")), qPrintable(hit.snippet));
        // Filters still apply.
        QCOMPARE(ids(QStringLiteral("zanzibarian cat:django")), QList<qint64>{intro});
        QVERIFY(ids(QStringLiteral("zanzibarian cat:go")).isEmpty());
        QVERIFY(ids(QStringLiteral("zanzibarian -team")).isEmpty());

        // The index follows the note: replaced, then removed.
        QVERIFY(NoteRepository(m_corpus.db)
                    .setPostNote(intro, QStringLiteral("Ask the others."), &error));
        QVERIFY(ids(QStringLiteral("zanzibarian")).isEmpty());
        QCOMPARE(ids(QStringLiteral("zanzibarian OR others")).contains(intro), true);
        const auto note = NoteRepository(m_corpus.db).postNote(intro);
        QVERIFY(note);
        QVERIFY(NoteRepository(m_corpus.db).remove(note->id, &error));
        QVERIFY(!ids(QStringLiteral("has:notes")).contains(intro));
    }

    void highlightsAndTheirNotesAreSearchable()
    {
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        QVERIFY(go);
        const QString content = PostRepository(m_corpus.db).byId(go)->content;
        const int at = int(content.indexOf(QLatin1String("channel")));
        QVERIFY(at >= 0);
        QString error;
        const auto h = HighlightAnchorer(m_corpus.db)
                           .create(go, TextAnchor::describe(content, at, at + 20), {},
                                   QStringLiteral("Quokka-sized insight"), &error);
        QVERIFY2(h, qPrintable(error));
        QCOMPARE(ids(QStringLiteral("quokka")), QList<qint64>{go});
        const SearchHit hit = hitFor(QStringLiteral("quokka"), go);
        QVERIFY2(hit.snippet.contains(QLatin1String("<mark>Quokka</mark>")),
                 qPrintable(hit.snippet));
        // A post found by its own text shows its passage, then the note's.
        const SearchHit both = hitFor(QStringLiteral("channel"), go);
        QVERIFY(both.postId == go);
        QVERIFY2(both.snippet.contains(QLatin1String("Note: ")), qPrintable(both.snippet));
        // The highlight's note changes, then the highlight goes (with its note).
        QVERIFY(
            NoteRepository(m_corpus.db).setHighlightNote(h->id, QStringLiteral("Wombat"), &error));
        QVERIFY(ids(QStringLiteral("quokka")).isEmpty());
        QCOMPARE(ids(QStringLiteral("wombat")), QList<qint64>{go});
        QVERIFY(HighlightRepository(m_corpus.db).remove(h->id, &error));
        QVERIFY(ids(QStringLiteral("wombat")).isEmpty());
        QVERIFY(!ids(QStringLiteral("has:notes")).contains(go));
        // Nothing is left behind in the notes index.
        Sql rows(m_corpus.db, "SELECT count(*) FROM notes_fts");
        QVERIFY(rows.exec());
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 0);
    }

    // A library made before schema 6 has notes that no trigger indexed: the migration does.
    void anOlderLibraryGetsItsNotesIndexed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString v5 = dir.filePath(QStringLiteral("v5"));
        QVERIFY(QDir().mkpath(v5));
        for (const QString &name : QDir(QStringLiteral(":/lectern/migrations")).entryList()) {
            if (name.left(3).toInt() <= 5)
                QVERIFY(
                    QFile::copy(QStringLiteral(":/lectern/migrations/") + name, v5 + u'/' + name));
        }
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QString error;
        qint64 intro = 0;
        {
            Library old(path, v5);
            QVERIFY2(old.open(&error), qPrintable(error));
            QCOMPARE(old.schemaVersion(), 5);
            ImportSummary summary;
            QVERIFY2(
                HugoImporter(old).importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary, &error),
                qPrintable(error));
            const auto post = PostRepository(old.connection())
                                  .byPermalink(base + QStringLiteral("django/django-conquered-"
                                                                     "introduction/"));
            QVERIFY(post);
            intro = post->id;
            QVERIFY(NoteRepository(old.connection())
                        .setPostNote(intro, QStringLiteral("Zanzibarian notes."), &error));
        }
        Library upgraded(path);
        QVERIFY2(upgraded.open(&error), qPrintable(error));
        QCOMPARE(upgraded.schemaVersion(), upgraded.latestSchemaVersion());
        SearchEngine engine(upgraded.connection());
        const SearchResponse r = engine.search(QStringLiteral("zanzibarian"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.constFirst().postId, intro);
    }
};

QTEST_MAIN(TestNotesSearch)
#include "tst_notessearch.moc"
