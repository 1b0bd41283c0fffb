// Rendering speed: the largest post of a Hugo index (default: the real corpus) to its reader
// page, with highlighting. Target: <= 10 ms a page once the syntax repository is loaded.
//   bench_render [INDEX.json] [--runs N] [--json FILE]
#include "ingest/hugoimporter.h"
#include "render/articlerenderer.h"
#include "render/codehighlighter.h"
#include "store/library.h"
#include "store/posts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

QJsonObject json;

void report(const char *what, const Timing &t, const char *key = nullptr)
{
    std::printf("%-58s median %7.3f ms  min %7.3f  max %7.3f\n", what, t.median, t.min, t.max);
    if (key)
        json.insert(QString::fromLatin1(key), QJsonObject{{QStringLiteral("median"), t.median},
                                                          {QStringLiteral("min"), t.min},
                                                          {QStringLiteral("max"), t.max}});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString index = QStringLiteral(LECTERN_CORPUS);
    int runs = 200;
    QString jsonPath;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            jsonPath = args[++i];
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
    const double coldMs = double(cold.nsecsElapsed()) / 1e6;
    std::printf("%-58s %7.3f ms (loads the syntax repository)\n", "first render (cold)", coldMs);
    json.insert(QStringLiteral("post"), largest->permalink);
    json.insert(QStringLiteral("post_chars"), qint64(largest->content.size()));
    json.insert(QStringLiteral("page_chars"), qint64(first.html.size()));
    json.insert(QStringLiteral("runs"), runs);
    json.insert(QStringLiteral("cold_ms"), coldMs);
    std::printf("page: %lld characters, %lld headings\n", qint64(first.html.size()),
                qint64(first.outline.size()));

    const ArticleContext context = ArticleContext::load(posts, *largest);
    const Blocks blocks = articleBlocks(posts, *largest);
    report("render, structure as shown (articleBlocks)",
           measure(runs, [&] { renderer.render(*largest, blocks, context); }), "render_ms");
    report("render + load context from the library",
           measure(runs, [&] { renderer.renderStored(posts, *largest); }),
           "render_with_context_ms");

    // Upper bound for highlighting: every line of the post as a Python code block.
    Blocks allCode = blocks;
    for (Block &b : allCode) {
        b.type = Block::Type::Code;
        b.language = QStringLiteral("Python");
    }
    report("render, every paragraph highlighted as code (upper bound)",
           measure(runs, [&] { renderer.render(*largest, allCode, context); }), "all_code_ms");

    RenderOptions searching;
    searching.searchTerms = {QStringLiteral("async"), QStringLiteral("session"),
                             QStringLiteral("model")};
    const ArticleRenderer marking(searching);
    report("render, all code, with 3 search terms marked",
           measure(runs, [&] { marking.render(*largest, allCode, context); }),
           "all_code_marked_ms");
    if (!jsonPath.isEmpty()) {
        QSaveFile f(jsonPath);
        const QByteArray data = QJsonDocument(json).toJson();
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
            std::fprintf(stderr, "bench_render: cannot write %s\n", qPrintable(jsonPath));
            return 1;
        }
    }
    return 0;
}
