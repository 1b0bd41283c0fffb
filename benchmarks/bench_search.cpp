// Search speed, as a reader types: every prefix of every query of the relevance sets, one
// keystroke at a time, in-process with snippets (limit 50), on the real 55-post corpus and on a
// deterministic 10,000-post synthetic corpus made from the corpus's own paragraphs.
// Prints p50/p95/max per size, plus import time, index refresh time and index size.
//
//   bench_search [--posts N] [--only-synthetic|--only-real] [--queries FILE]... [--keep DIR]
//                [--with-notes]
// --with-notes gives every third post a note and a highlight with a note (words of the post's
// own text), so the notes index (notes_fts) is searched with real content too.
// --keep DIR builds the libraries in DIR and keeps them; a later run with the same DIR reuses
// them (no import) to measure search alone.
#include "ingest/hugoimporter.h"
#include "notes/highlightanchorer.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// A small deterministic generator (64-bit LCG), so every run builds the same corpus.
struct Lcg
{
    quint64 state;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

// 10,000 posts of about 13 KB: each takes the title, summary and category of a real post and
// ~60% of its paragraphs from that post, the rest from any post, in a shuffled order.
QByteArray syntheticCorpus(const QJsonArray &real, int count)
{
    struct Source
    {
        QString title, summary, permalink;
        QStringList paragraphs;
    };
    QList<Source> sources;
    QStringList all;
    for (const QJsonValue &v : real) {
        const QJsonObject o = v.toObject();
        Source s{o.value(QLatin1String("title")).toString(),
                 o.value(QLatin1String("summary")).toString(),
                 o.value(QLatin1String("permalink")).toString(),
                 o.value(QLatin1String("content")).toString().split(u'\n', Qt::SkipEmptyParts)};
        if (s.paragraphs.isEmpty())
            s.paragraphs << s.summary;
        all += s.paragraphs;
        sources.append(s);
    }
    Lcg rng{20260101};
    QJsonArray posts;
    for (int n = 0; n < count; ++n) {
        const Source &base = sources[rng.below(int(sources.size()))];
        QStringList paragraphs;
        qsizetype size = 0;
        while (size < 13000) {
            const QString &p = rng.below(10) < 6
                                   ? base.paragraphs[rng.below(int(base.paragraphs.size()))]
                                   : all[rng.below(int(all.size()))];
            paragraphs << p;
            size += p.size() + 1;
        }
        // permalink: https://HOST/posts/<category>/<slug>/ -> a unique slug per post.
        QString permalink = base.permalink;
        if (permalink.endsWith(u'/'))
            permalink.chop(1);
        permalink += QStringLiteral("-%1/").arg(n);
        posts.append(
            QJsonObject{{QStringLiteral("title"), QStringLiteral("%1 (%2)").arg(base.title).arg(n)},
                        {QStringLiteral("permalink"), permalink},
                        {QStringLiteral("summary"), base.summary},
                        {QStringLiteral("content"), paragraphs.join(u'\n')}});
    }
    return QJsonDocument(posts).toJson(QJsonDocument::Compact);
}

QStringList readQueries(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("cannot read %1").arg(path));
    QStringList list;
    QTextStream in(&f);
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        list << (cols.size() >= 2 ? cols[1] : cols[0]);
    }
    return list;
}

// CPU time of this thread: on a loaded machine wall time mostly measures the scheduler.
double cpuMs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QString keepDir;
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

void run(const QString &name, const std::function<QString()> &makeJson, const QStringList &queries)
{
    QTemporaryDir dir;
    const QString dbPath = keepDir.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite"))
                                             : keepDir + u'/' + QString(name).replace(u' ', u'-') +
                                                   QStringLiteral(".sqlite");
    const bool reuse = QFileInfo(dbPath).size() > 0;
    Library library(dbPath);
    QString error;
    if (!library.open(&error))
        fail(error);
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    if (reuse) {
        summary.added =
            Sql::scalar(library.connection(), QStringLiteral("SELECT count(*) FROM posts")).toInt();
    } else {
        HugoImporter importer(library);
        if (!importer.importFile(makeJson(), ImportOptions{}, &summary, &error))
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
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int posts = 10000;
    bool onlySynthetic = false, onlyReal = false;
    QStringList queryFiles;
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
        else
            fail(QStringLiteral("usage: bench_search [--posts N] [--only-synthetic|--only-real] "
                                "[--queries FILE]... [--keep DIR] [--with-notes]"));
    }
    if (queryFiles.isEmpty())
        queryFiles << QStringLiteral(LECTERN_TEST_DATA "/relevance/queries.tsv")
                   << QStringLiteral(LECTERN_TEST_DATA "/relevance/heldout.tsv");
    QStringList queries;
    for (const QString &f : queryFiles)
        queries += readQueries(f);
    out() << QStringLiteral("%1 queries, every prefix typed\n").arg(queries.size());

    const QString corpus = QStringLiteral(LECTERN_CORPUS);
    if (!onlySynthetic)
        run(QStringLiteral("real corpus"), [&] { return corpus; }, queries);
    if (!onlyReal) {
        QTemporaryDir dir;
        const auto makeJson = [&] {
            QFile f(corpus);
            if (!f.open(QIODevice::ReadOnly))
                fail(QStringLiteral("cannot read %1").arg(corpus));
            QElapsedTimer timer;
            timer.start();
            const QByteArray data =
                syntheticCorpus(QJsonDocument::fromJson(f.readAll()).array(), posts);
            const QString path = dir.filePath(QStringLiteral("synthetic.json"));
            QFile o(path);
            if (!o.open(QIODevice::WriteOnly) || o.write(data) != data.size())
                fail(QStringLiteral("cannot write %1").arg(path));
            out() << QStringLiteral("\nsynthetic corpus: %1 posts, %2 MB of JSON, made in %3 s\n")
                         .arg(posts)
                         .arg(double(data.size()) / 1e6, 0, 'f', 1)
                         .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                  << Qt::flush;
            return path;
        };
        run(QStringLiteral("synthetic %1").arg(posts), makeJson, queries);
    }
    return 0;
}
