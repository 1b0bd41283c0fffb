// lectern-test:
// Search quality on the real corpus: a relevance set of queries of every kind (keywords,
// concepts, questions, identifiers, typos, half-typed words, series names) with the posts
// they should find. Prints P@1 and MRR@10 per kind and fails below the thresholds.
#include "ingest/hugoimporter.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "store/library.h"
#include "testsupport.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Lectern;

namespace {

struct Query
{
    QString kind, text;
    QStringList expected; // slugs
};

QList<Query> readQueries(const QString &name)
{
    QFile f(QStringLiteral(LECTERN_TEST_DATA "/relevance/") + name);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QList<Query> list;
    QTextStream in(&f);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        if (cols.size() != 3)
            qFatal("bad line in %s: %s", qPrintable(name), qPrintable(line));
        list.append({cols[0], cols[1], cols[2].split(u'|')});
    }
    return list;
}

struct Score
{
    int n = 0;
    double p1 = 0, mrr = 0;
    void add(int rank) // 1-based rank of the first relevant post in the top 10, 0 = none
    {
        ++n;
        if (rank == 1)
            p1 += 1;
        if (rank > 0)
            mrr += 1.0 / rank;
    }
    double precision() const { return n ? p1 / n : 0; }
    double reciprocal() const { return n ? mrr / n : 0; }
};

bool isHard(const QString &kind)
{
    return kind == QLatin1String("question") || kind == QLatin1String("identifier") ||
           kind == QLatin1String("typo") || kind == QLatin1String("prefix");
}

} // namespace

class TestRelevance final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SearchEngine> m_engine;

    // Runs a query set; returns scores per kind plus "plain" (keyword, concept, series) and
    // "hard" (question, identifier, typo, prefix).
    QMap<QString, Score> evaluate(const QList<Query> &queries, bool verbose)
    {
        QMap<QString, Score> scores;
        for (const Query &q : queries) {
            const SearchResponse r = m_engine->search(q.text, 10);
            if (!r.error.isEmpty())
                qFatal("query \"%s\" failed: %s", qPrintable(q.text), qPrintable(r.error));
            int rank = 0;
            for (int i = 0; i < r.hits.size() && !rank; ++i)
                for (const QString &slug : q.expected)
                    if (r.hits[i].permalink.endsWith(u'/' + slug + u'/'))
                        rank = i + 1;
            scores[q.kind].add(rank);
            scores[isHard(q.kind) ? QStringLiteral("~hard") : QStringLiteral("~plain")].add(rank);
            if (verbose && rank != 1)
                qInfo().noquote()
                    << QStringLiteral("  miss [%1] \"%2\" rank %3, top: %4%5")
                           .arg(q.kind, q.text)
                           .arg(rank)
                           .arg(r.hits.isEmpty() ? QStringLiteral("-") : r.hits.first().permalink)
                           .arg(r.correctedQuery.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (corrected: %1)").arg(r.correctedQuery));
        }
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            qInfo().noquote() << QStringLiteral("  %1 n=%2 P@1=%3 MRR@10=%4")
                                     .arg(it.key(), -11)
                                     .arg(it->n, 3)
                                     .arg(it->precision(), 0, 'f', 3)
                                     .arg(it->reciprocal(), 0, 'f', 3);
        return scores;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_library = Test::corpusLibrary(m_dir.filePath(QStringLiteral("corpus.sqlite")), &error);
        QVERIFY2(m_library, qPrintable(error));
        SearchIndex index(m_library->connection());
        QVERIFY2(index.refresh(&error), qPrintable(error));
        QCOMPARE(index.pendingCount(), 0);
        m_engine = std::make_unique<SearchEngine>(m_library->connection());
    }

    void tunedSet()
    {
        const QList<Query> queries = readQueries(QStringLiteral("queries.tsv"));
        QVERIFY(queries.size() >= 60);
        qInfo() << "relevance set (tuned on):";
        const auto s = evaluate(queries, true);
        // Thresholds a little under what the engine reaches (keyword 1.00, plain 1.00, hard
        // P@1 0.96 and MRR@10 0.98, questions 0.85), at or above the goals.
        QVERIFY2(s[QStringLiteral("keyword")].precision() >= 0.98, "keyword P@1");
        QVERIFY2(s[QStringLiteral("~plain")].precision() >= 0.95, "plain P@1");
        QVERIFY2(s[QStringLiteral("~hard")].precision() >= 0.93, "hard P@1");
        QVERIFY2(s[QStringLiteral("~hard")].reciprocal() >= 0.95, "hard MRR@10");
        for (const char *kind : {"question", "identifier", "typo", "prefix"})
            QVERIFY2(s[QString::fromLatin1(kind)].precision() >= 0.80, kind);
    }

    void heldOutSet()
    {
        // Never tuned on: reported honestly, guarded only against collapse.
        const QList<Query> queries = readQueries(QStringLiteral("heldout.tsv"));
        QVERIFY(queries.size() >= 30);
        qInfo() << "held-out set (not tuned on):";
        const auto s = evaluate(queries, false);
        QVERIFY2(s[QStringLiteral("~plain")].precision() >= 0.85, "held-out plain P@1");
        QVERIFY2(s[QStringLiteral("~hard")].precision() >= 0.75, "held-out hard P@1");
    }
};

QTEST_GUILESS_MAIN(TestRelevance)
#include "tst_relevance.moc"
