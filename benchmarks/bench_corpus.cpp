// Writes a deterministic synthetic Hugo index (see syntheticcorpus.h) for scripts/bench, so the
// C++ benchmarks and the Node peers load the very same posts.
//   bench_corpus --posts N --out FILE [--from INDEX.json]   (default INDEX: the real corpus)
#include "syntheticcorpus.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int posts = 0;
    QString from = QStringLiteral(LECTERN_CORPUS), outPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--posts"))
            posts = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--out"))
            outPath = args[i + 1];
        else if (args[i] == QLatin1String("--from"))
            from = args[i + 1];
    }
    if (posts <= 0 || outPath.isEmpty() || args.size() % 2 == 0) {
        std::fprintf(stderr, "usage: bench_corpus --posts N --out FILE [--from INDEX.json]\n");
        return 2;
    }
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_corpus: cannot read %s\n", qPrintable(from));
        return 1;
    }
    const QJsonArray real = QJsonDocument::fromJson(in.readAll()).array();
    if (real.isEmpty()) {
        std::fprintf(stderr, "bench_corpus: %s holds no posts\n", qPrintable(from));
        return 1;
    }
    const QByteArray data = Lectern::Bench::syntheticCorpus(real, posts);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        std::fprintf(stderr, "bench_corpus: cannot write %s\n", qPrintable(outPath));
        return 1;
    }
    std::printf("%s: %d posts, %.1f MB\n", qPrintable(outPath), posts, double(data.size()) / 1e6);
    return 0;
}
