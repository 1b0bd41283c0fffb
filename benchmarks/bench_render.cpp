// Rendering speed: the largest post of a Hugo index (default: the real corpus) to its reader
// page, with highlighting. Target: <= 10 ms a page once the syntax repository is loaded.
//   bench_render [INDEX.json] [--runs N]
#include "ingest/hugoimporter.h"
#include "render/articlerenderer.h"
#include "render/codehighlighter.h"
#include "store/library.h"
#include "store/posts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Lectern;

namespace {

struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
};

template<typename F> Timing measure(int runs, F &&work)
{
    std::vector<double> ms;
    ms.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back()};
}

void report(const char *what, const Timing &t)
{
    std::printf("%-58s median %7.3f ms  min %7.3f  max %7.3f\n", what, t.median, t.min, t.max);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString index = QStringLiteral(LECTERN_CORPUS);
    int runs = 200;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else
            index = args[i];
    }

    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    ImportSummary summary;
    if (!library.open(&error) ||
        !HugoImporter(library).importFile(index, ImportOptions{}, &summary, &error)) {
        std::fprintf(stderr, "bench_render: %s\n", qPrintable(error));
        return 1;
    }
    const PostRepository posts(library.connection());
    std::optional<Post> largest;
    for (const PostRef &ref : posts.list()) {
        auto post = posts.byId(ref.id);
        if (post && (!largest || post->content.size() > largest->content.size()))
            largest = post;
    }
    if (!largest) {
        std::fprintf(stderr, "bench_render: no posts in %s\n", qPrintable(index));
        return 1;
    }
    std::printf("largest post: %s (%lld characters), %d runs\n", qPrintable(largest->permalink),
                qint64(largest->content.size()), runs);

    const ArticleRenderer renderer;
    QElapsedTimer cold;
    cold.start();
    const RenderedArticle first = renderer.renderStored(posts, *largest);
    std::printf("%-58s %7.3f ms (loads the syntax repository)\n", "first render (cold)",
                double(cold.nsecsElapsed()) / 1e6);
    std::printf("page: %lld characters, %lld headings\n", qint64(first.html.size()),
                qint64(first.outline.size()));

    const ArticleContext context = ArticleContext::load(posts, *largest);
    const Blocks blocks = articleBlocks(*largest);
    report("render, structure as shown (articleBlocks)",
           measure(runs, [&] { renderer.render(*largest, blocks, context); }));
    report("render + load context from the library",
           measure(runs, [&] { renderer.renderStored(posts, *largest); }));

    // Upper bound for highlighting: every line of the post as a Python code block.
    Blocks allCode = blocks;
    for (Block &b : allCode) {
        b.type = Block::Type::Code;
        b.language = QStringLiteral("Python");
    }
    report("render, every paragraph highlighted as code (upper bound)",
           measure(runs, [&] { renderer.render(*largest, allCode, context); }));

    RenderOptions searching;
    searching.searchTerms = {QStringLiteral("async"), QStringLiteral("session"),
                             QStringLiteral("model")};
    const ArticleRenderer marking(searching);
    report("render, all code, with 3 search terms marked",
           measure(runs, [&] { marking.render(*largest, allCode, context); }));
    return 0;
}
