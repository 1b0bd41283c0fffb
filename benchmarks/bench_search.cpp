// Search speed, as a reader types: every prefix of every query of the relevance sets, one
// keystroke at a time, in-process with snippets (limit 50), on the real 55-post corpus and on a
// deterministic synthetic corpus made from the corpus's own paragraphs (syntheticcorpus.h).
// Prints p50/p95/max per size, plus import time, index refresh time and index size, and with
// --relevance the P@1 and MRR@10 of the relevance sets (the judgements of tst_relevance).
//
//   bench_search [--posts N] [--only-synthetic|--only-real] [--queries FILE]... [--keep DIR]
//                [--index NAME=FILE]... [--import-only] [--relevance] [--json FILE]
//                [--with-notes]
// --with-notes gives every third post a note and a highlight with a note (words of the post's
// own text), so the notes index (notes_fts) is searched with real content too.
// --keep DIR builds the libraries in DIR and keeps them; a later run with the same DIR reuses
// them (no import) to measure search alone. --index runs on the given index files instead of the
// real and synthetic corpora (scripts/bench passes the files bench_corpus wrote); --import-only
// stops after the import (scripts/bench runs that under /usr/bin/time for the peak memory).
#include "ingest/hugoimporter.h"
#include "notes/highlightanchorer.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace Lectern;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

[[noreturn]] void fail(const QString &message)
{
    out() << "bench_search: " << message << Qt::endl;
    std::exit(1);
}

struct Query
{
    QString text;
    QStringList expected; // slugs, as tst_relevance reads them
};

QList<Query> readQueries(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("cannot read %1").arg(path));
    QList<Query> list;
    QTextStream in(&f);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        list.append({cols.size() >= 2 ? cols[1] : cols[0],
                     cols.size() >= 3 ? cols[2].split(u'|') : QStringList()});
    }
    return list;
}

// CPU time of this thread (or the process, all threads): on a loaded machine wall time mostly
// measures the scheduler.
double cpuMs(clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    timespec ts;
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Nearest rank on (n - 1); benchmarks/peers/common.mjs uses the same definition.
double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

bool withNotes = false;

// Notes on every third post: the post's note quotes its summary, a highlight marks a passage
// of its text and carries a note of its own. Returns how many posts got notes.
int addNotes(QSqlDatabase db)
{
    QString error;
    int count = 0;
    const QList<qint64> ids = [&] {
        QList<qint64> list;
        Sql q(db, "SELECT id FROM posts ORDER BY id");
        if (q.exec())
            while (q.next())
                list << q.value(0).toLongLong();
        return list;
    }();
    for (qsizetype i = 0; i < ids.size(); i += 3) {
        const auto post = PostRepository(db).byId(ids[i]);
        if (!post || post->content.size() < 200)
            continue;
        if (!NoteRepository(db).setPostNote(
                post->id, QStringLiteral("Why it matters: ") + post->summary.left(300), &error))
            fail(error);
        const int at = int(post->content.size() / 3);
        if (!HighlightAnchorer(db).create(post->id,
                                          TextAnchor::describe(post->content, at, at + 80), {},
                                          QStringLiteral("Try this: ") + post->title, &error))
            fail(error);
        ++count;
    }
    return count;
}

QJsonObject distribution(const std::vector<double> &v)
{
    return {{QStringLiteral("n"), qint64(v.size())},
            {QStringLiteral("p50"), percentile(v, 0.50)},
            {QStringLiteral("p95"), percentile(v, 0.95)},
            {QStringLiteral("p99"), percentile(v, 0.99)},
            {QStringLiteral("max"), percentile(v, 1.0)}};
}

// P@1 and MRR@10 as tst_relevance counts them: rank of the first hit whose permalink ends in
// /<slug>/ for any expected slug.
QJsonObject relevance(SearchEngine &engine, const QList<Query> &queries)
{
    double p1 = 0, mrr = 0;
    int n = 0;
    for (const Query &q : queries) {
        if (q.expected.isEmpty())
            continue;
        const SearchResponse r = engine.search(q.text, 10);
        int rank = 0;
        for (int i = 0; i < r.hits.size() && !rank; ++i)
            for (const QString &slug : q.expected)
                if (r.hits[i].permalink.endsWith(u'/' + slug + u'/'))
                    rank = i + 1;
        ++n;
        p1 += rank == 1 ? 1 : 0;
        mrr += rank > 0 ? 1.0 / rank : 0;
    }
    return {{QStringLiteral("n"), n},
            {QStringLiteral("p1"), n ? p1 / n : 0},
            {QStringLiteral("mrr10"), n ? mrr / n : 0}};
}

QString keepDir;
bool importOnly = false;
bool withRelevance = false;
QList<std::pair<QString, QList<Query>>> querySets; // file name -> queries
QJsonArray results;

QJsonObject run(const QString &name, const std::function<QString()> &makeJson,
                const QStringList &queries)
{
    QTemporaryDir dir;
    const QString dbPath = keepDir.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite"))
                                             : keepDir + u'/' + QString(name).replace(u' ', u'-') +
                                                   QStringLiteral(".sqlite");
    const bool reuse = QFileInfo(dbPath).size() > 0;
    QJsonObject json{{QStringLiteral("name"), name}};
    Library library(dbPath);
    QString error;
    if (!library.open(&error))
        fail(error);
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    double threadCpu = cpuMs(), processCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    if (reuse) {
        summary.added =
            Sql::scalar(library.connection(), QStringLiteral("SELECT count(*) FROM posts")).toInt();
    } else {
        const QString path = makeJson();
        timer.restart();
        threadCpu = cpuMs();
        processCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        HugoImporter importer(library);
        if (!importer.importFile(path, ImportOptions{}, &summary, &error))
            fail(error);
    }
    const double importS = double(timer.nsecsElapsed()) / 1e9;
    if (withNotes && !reuse) {
        timer.restart();
        const int noted = addNotes(library.connection());
        out() << QStringLiteral("notes on %1 posts, written in %2 s\n")
                     .arg(noted)
                     .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2);
    }
    timer.restart();
    SearchIndex index(library.connection());
    if (!index.refresh(&error))
        fail(error);
    const double refreshS = double(timer.nsecsElapsed()) / 1e9;
    threadCpu = (cpuMs() - threadCpu) / 1e3;
    processCpu = (cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processCpu) / 1e3;
    json.insert(QStringLiteral("posts"), summary.added);
    if (!reuse) {
        json.insert(QStringLiteral("import_s"), importS);
        json.insert(QStringLiteral("field_split_s"), refreshS);
        json.insert(QStringLiteral("import_total_s"), importS + refreshS);
        // Import and split together: CPU of every thread, and of this one (the part that
        // cannot spread over cores), for comparing runs on a busy machine.
        json.insert(QStringLiteral("import_cpu_s"), processCpu);
        json.insert(QStringLiteral("import_main_thread_cpu_s"), threadCpu);
        out() << QStringLiteral("\n== %1: %2 posts imported in %3 s + field split %4 s "
                                "(CPU %5 s, of which the importing thread %6 s)\n")
                     .arg(name)
                     .arg(summary.added)
                     .arg(importS, 0, 'f', 3)
                     .arg(refreshS, 0, 'f', 3)
                     .arg(processCpu, 0, 'f', 2)
                     .arg(threadCpu, 0, 'f', 2)
              << Qt::flush;
    }
    if (importOnly)
        return json;

    Sql::run(library.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const double fileMb = double(QFileInfo(dbPath).size()) / 1e6;
    const QVariant ftsBytes =
        Sql::scalar(library.connection(),
                    QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'"));
    const double contentMb =
        Sql::scalar(library.connection(),
                    QStringLiteral("SELECT sum(length(CAST(content AS BLOB))) FROM posts"))
            .toDouble() /
        1e6;

    timer.restart();
    SearchEngine engine(library.connection());
    engine.search(QString(), 1); // loads the vocabulary
    const double openMs = double(timer.nsecsElapsed()) / 1e6;

    std::vector<double> keystrokes, full, cpu;
    std::vector<std::pair<double, QString>> slowest;
    for (const QString &q : queries) {
        for (qsizetype n = 1; n <= q.size(); ++n) {
            const QString prefix = q.left(n);
            const double cpuStart = cpuMs();
            timer.restart();
            const SearchResponse r = engine.search(prefix, 50);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            cpu.push_back(cpuMs() - cpuStart);
            if (!r.error.isEmpty())
                fail(QStringLiteral("\"%1\": %2").arg(prefix, r.error));
            keystrokes.push_back(ms);
            slowest.emplace_back(ms, prefix);
            if (n == q.size())
                full.push_back(ms);
        }
    }
    std::sort(slowest.begin(), slowest.end(), [](auto &a, auto &b) { return a.first > b.first; });
    json.insert(QStringLiteral("content_mb"), contentMb);
    json.insert(QStringLiteral("library_mb"), fileMb);
    if (ftsBytes.isValid())
        json.insert(QStringLiteral("index_mb"), ftsBytes.toDouble() / 1e6);
    json.insert(QStringLiteral("engine_open_ms"), openMs);
    json.insert(QStringLiteral("keystroke_ms"), distribution(keystrokes));
    json.insert(QStringLiteral("keystroke_cpu_ms"), distribution(cpu));
    json.insert(QStringLiteral("whole_query_ms"), distribution(full));
    if (withRelevance) {
        QJsonObject rel;
        QList<Query> all;
        for (const auto &[file, set] : std::as_const(querySets)) {
            rel.insert(file, relevance(engine, set));
            all += set;
        }
        rel.insert(QStringLiteral("all"), relevance(engine, all));
        json.insert(QStringLiteral("relevance"), rel);
    }

    out() << QStringLiteral("\n== %1: %2 posts, %3 MB of text\n")
                 .arg(name)
                 .arg(summary.added)
                 .arg(contentMb, 0, 'f', 1);
    out() << QStringLiteral(
                 "import %1 s, field split (SearchIndex::refresh) %2 s, engine open %3 ms\n")
                 .arg(importS, 0, 'f', 2)
                 .arg(refreshS, 0, 'f', 2)
                 .arg(openMs, 0, 'f', 1);
    out() << QStringLiteral("library file %1 MB, search index %2 MB\n")
                 .arg(fileMb, 0, 'f', 1)
                 .arg(ftsBytes.isValid() ? QString::number(ftsBytes.toDouble() / 1e6, 'f', 1)
                                         : QStringLiteral("?"));
    out() << QStringLiteral("keystrokes: %1 searches  p50 %2 ms  p95 %3 ms  p99 %4 ms  max %5 ms\n")
                 .arg(keystrokes.size())
                 .arg(percentile(keystrokes, 0.50), 0, 'f', 3)
                 .arg(percentile(keystrokes, 0.95), 0, 'f', 3)
                 .arg(percentile(keystrokes, 0.99), 0, 'f', 3)
                 .arg(percentile(keystrokes, 1.0), 0, 'f', 3);
    out() << QStringLiteral("keystrokes, CPU time: p50 %1 ms  p95 %2 ms  p99 %3 ms  max %4 ms\n")
                 .arg(percentile(cpu, 0.50), 0, 'f', 3)
                 .arg(percentile(cpu, 0.95), 0, 'f', 3)
                 .arg(percentile(cpu, 0.99), 0, 'f', 3)
                 .arg(percentile(cpu, 1.0), 0, 'f', 3);
    out() << QStringLiteral("whole queries: %1 searches  p50 %2 ms  p95 %3 ms  max %4 ms\n")
                 .arg(full.size())
                 .arg(percentile(full, 0.50), 0, 'f', 3)
                 .arg(percentile(full, 0.95), 0, 'f', 3)
                 .arg(percentile(full, 1.0), 0, 'f', 3);
    out() << "slowest:";
    for (size_t i = 0; i < std::min<size_t>(8, slowest.size()); ++i)
        out() << QStringLiteral(" \"%1\" %2 ms;")
                     .arg(slowest[i].second)
                     .arg(slowest[i].first, 0, 'f', 1);
    out() << Qt::endl;
    if (withRelevance)
        out() << QStringLiteral("relevance: %1\n")
                     .arg(QString::fromUtf8(
                         QJsonDocument(json.value(QStringLiteral("relevance")).toObject())
                             .toJson(QJsonDocument::Compact)))
              << Qt::flush;
    return json;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int posts = 10000;
    bool onlySynthetic = false, onlyReal = false;
    QStringList queryFiles;
    QList<std::pair<QString, QString>> indexes;
    QString jsonPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--posts") && i + 1 < args.size())
            posts = args[++i].toInt();
        else if (args[i] == QLatin1String("--only-synthetic"))
            onlySynthetic = true;
        else if (args[i] == QLatin1String("--only-real"))
            onlyReal = true;
        else if (args[i] == QLatin1String("--queries") && i + 1 < args.size())
            queryFiles << args[++i];
        else if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keepDir = args[++i];
        else if (args[i] == QLatin1String("--with-notes"))
            withNotes = true;
        else if (args[i] == QLatin1String("--index") && i + 1 < args.size() &&
                 args[i + 1].contains(u'='))
            indexes.append({args[i + 1].section(u'=', 0, 0), args[i + 1].section(u'=', 1)}), ++i;
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            jsonPath = args[++i];
        else if (args[i] == QLatin1String("--import-only"))
            importOnly = true;
        else if (args[i] == QLatin1String("--relevance"))
            withRelevance = true;
        else
            fail(QStringLiteral("usage: bench_search [--posts N] [--only-synthetic|--only-real] "
                                "[--queries FILE]... [--keep DIR] [--index NAME=FILE]... "
                                "[--import-only] [--relevance] [--json FILE] [--with-notes]"));
    }
    if (!keepDir.isEmpty())
        QDir().mkpath(keepDir);
    if (queryFiles.isEmpty())
        queryFiles << QStringLiteral(LECTERN_TEST_DATA "/relevance/queries.tsv")
                   << QStringLiteral(LECTERN_TEST_DATA "/relevance/heldout.tsv");
    QStringList queries;
    for (const QString &f : queryFiles) {
        const QList<Query> set = readQueries(f);
        querySets.append({QFileInfo(f).completeBaseName(), set});
        for (const Query &q : set)
            queries << q.text;
    }
    out() << QStringLiteral("%1 queries, every prefix typed\n").arg(queries.size());

    const QString corpus = QStringLiteral(LECTERN_CORPUS);
    if (!indexes.isEmpty()) {
        for (const auto &[name, path] : std::as_const(indexes))
            results.append(run(name, [path] { return path; }, queries));
    } else {
        if (!onlySynthetic)
            results.append(run(QStringLiteral("real corpus"), [&] { return corpus; }, queries));
        if (!onlyReal) {
            QTemporaryDir dir;
            const auto makeJson = [&] {
                QFile f(corpus);
                if (!f.open(QIODevice::ReadOnly))
                    fail(QStringLiteral("cannot read %1").arg(corpus));
                QElapsedTimer timer;
                timer.start();
                const QByteArray data =
                    Bench::syntheticCorpus(QJsonDocument::fromJson(f.readAll()).array(), posts);
                const QString path = dir.filePath(QStringLiteral("synthetic.json"));
                QFile o(path);
                if (!o.open(QIODevice::WriteOnly) || o.write(data) != data.size())
                    fail(QStringLiteral("cannot write %1").arg(path));
                out() << QStringLiteral(
                             "\nsynthetic corpus: %1 posts, %2 MB of JSON, made in %3 s\n")
                             .arg(posts)
                             .arg(double(data.size()) / 1e6, 0, 'f', 1)
                             .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                      << Qt::flush;
                return path;
            };
            results.append(run(QStringLiteral("synthetic %1").arg(posts), makeJson, queries));
        }
    }
    if (!jsonPath.isEmpty()) {
        QSaveFile f(jsonPath);
        const QByteArray data = QJsonDocument(results).toJson();
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            fail(QStringLiteral("cannot write %1").arg(jsonPath));
    }
    return 0;
}
