// Item models on a large library: how long the views wait when the window opens, a filter is
// picked, a list is sorted or scrolled to its end, a bookmark is toggled, and the search field
// answers. A deterministic synthetic library (default 20,000 posts in 40 categories, with tags
// and 3-part series) is imported through the Hugo importer; each step prints its median over
// several runs.
//
//   bench_models [--posts N]
#include "ingest/hugoimporter.h"
#include "models/bookmarksmodel.h"
#include "models/librarytreemodel.h"
#include "models/postlistmodel.h"
#include "models/rowsync.h"
#include "models/searchresultsmodel.h"
#include "store/library.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
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
    out() << "bench_models: " << message << Qt::endl;
    std::exit(1);
}

QByteArray syntheticIndex(int count)
{
    QRandomGenerator rng(20260301);
    QJsonArray posts;
    for (int n = 0; n < count; ++n) {
        const int category = int(rng.bounded(40));
        // Every 10th post starts a 3-part series "Series N: Part k" (titles make the series).
        const QString title =
            n % 10 < 3 ? QStringLiteral("Series %1: Part %2").arg(n / 10).arg(3 - n % 10)
                       : QStringLiteral("Post %1 about topic %2").arg(n).arg(rng.bounded(1000));
        QJsonArray tags;
        for (int t = 0; t < 3; ++t)
            tags.append(QStringLiteral("tag%1").arg(rng.bounded(300)));
        posts.append(QJsonObject{
            {QStringLiteral("title"), title},
            {QStringLiteral("permalink"),
             QStringLiteral("https://example.org/posts/cat%1/post-%2/").arg(category).arg(n)},
            {QStringLiteral("summary"), QStringLiteral("Summary of post %1.").arg(n)},
            {QStringLiteral("content"), QStringLiteral("Text of post %1.\nMore text.").arg(n)},
            {QStringLiteral("tags"), tags}});
    }
    return QJsonDocument(posts).toJson(QJsonDocument::Compact);
}

// Milliseconds `step` takes.
double timed(const std::function<void()> &step)
{
    QElapsedTimer t;
    t.start();
    step();
    return double(t.nsecsElapsed()) / 1e6;
}

// Median of `runs` results of `run`, which returns the milliseconds of the part it measured.
double medianOf(int runs, const std::function<double()> &run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i)
        ms.append(run());
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

double median(int runs, const std::function<void()> &step)
{
    return medianOf(runs, [&] { return timed(step); });
}

void report(const char *what, double ms)
{
    out() << QStringLiteral("%1 %2 ms").arg(QLatin1String(what), -58).arg(ms, 8, 'f', 2)
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 20000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--posts")); i > 0 && i + 1 < args.size())
        count = args.at(i + 1).toInt();
    if (count < 100)
        fail(QStringLiteral("--posts needs at least 100"));

    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    QString error;
    if (!library.open(&error))
        fail(error);
    {
        QElapsedTimer t;
        t.start();
        HugoImporter importer(library);
        ImportSummary summary;
        if (!importer.importData(syntheticIndex(count), QStringLiteral("synthetic.json"),
                                 ImportOptions{}, &summary, &error))
            fail(error);
        out() << "library: " << summary.text() << ", " << summary.series << " series, imported in "
              << t.elapsed() << " ms" << Qt::endl;
    }
    const QSqlDatabase db = library.connection();
    const qint64 category =
        Sql::scalar(db, QStringLiteral("SELECT min(id) FROM categories")).toLongLong();
    const int runs = 7;

    report("LibraryTreeModel: open (all counts)", median(runs, [&] { LibraryTreeModel m(db); }));
    LibraryTreeModel tree(db);
    report("LibraryTreeModel: reload, nothing changed", median(runs, [&] { tree.reload(); }));

    report("PostListModel: open, all posts (count + first page)",
           median(runs, [&] { PostListModel m(db); }));
    PostListModel list(db);
    const auto showAll = [&] {
        list.setFilter(PostFilter::category(category));
        list.setFilter(PostFilter::all());
    };
    report("PostListModel: filter one category", medianOf(runs, [&] {
               list.setFilter(PostFilter::all());
               return timed([&] { list.setFilter(PostFilter::category(category)); });
           }));
    report("PostListModel: fetchMore, one page of 200", medianOf(runs, [&] {
               showAll();
               return timed([&] { list.fetchMore({}); });
           }));
    report(qPrintable(QStringLiteral("PostListModel: fetchMore to the end (%1 rows)").arg(count)),
           medianOf(3, [&] {
               showAll();
               return timed([&] {
                   while (list.canFetchMore({}))
                       list.fetchMore({});
               });
           }));
    report("PostListModel: sort by title, everything loaded", medianOf(runs, [&] {
               list.sort(PostListModel::PublicationOrder);
               return timed([&] { list.sort(PostListModel::TitleOrder); });
           }));
    list.sort(PostListModel::PublicationOrder);
    const qint64 someone = list.postIdAt(count / 2);
    BookmarksModel bookmarks(db);
    report("bookmark toggle: add + refreshPost + remove + refreshPost", median(runs, [&] {
               const auto b = bookmarks.addBookmark(someone, {}, &error);
               list.refreshPost(someone);
               bookmarks.removeBookmark(b->id, &error);
               list.refreshPost(someone);
           }));
    report("PostListModel: reload, everything loaded, nothing changed",
           median(3, [&] { list.reload(); }));

    // The search field: 50 hits per answer, successive answers overlapping by about half.
    QList<SearchHit> pool;
    for (int i = 0; i < 400; ++i)
        pool.append({list.postIdAt(i),
                     QString(),
                     list.index(i, 0).data().toString(),
                     QString(),
                     QStringLiteral("<mark>x</mark>"),
                     double(i),
                     {}});
    SearchResultsModel results;
    QRandomGenerator rng(7);
    report("SearchResultsModel: setResults, 50 hits", median(101, [&] {
               QList<SearchHit> hits = pool.mid(int(rng.bounded(350)), 50);
               std::shuffle(hits.begin(), hits.end(), rng);
               results.setResults(hits);
           }));
    QList<qint64> a, b;
    for (int i = 0; i < 10000; ++i)
        a.append(i);
    b = a;
    std::shuffle(b.begin(), b.end(), rng);
    report("RowSync::plan, 10,000 rows fully shuffled", median(runs, [&] { RowSync::plan(a, b); }));
    return 0;
}
