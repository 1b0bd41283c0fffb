// Trains the line-break model and writes lib/ingest/linebreakmodel.inc (scripts/train-structure
// runs it). Only the training documents are read: never the held-out ones.
//   train_linebreaks DATA_DIR... OUTPUT.inc      fit on every document, write the source
//   train_linebreaks --evaluate DATA_DIR...      k-fold cross-validation by document (tuning aid)
#include "linebreaktrainer.h"
#include "trainersupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <cstdio>

using namespace Lectern;

namespace {

void print(const char *what, const LineBreakTrainer::Counts &c)
{
    std::printf("  %-34s F1 %.4f  P %.4f  R %.4f  (%lld/%lld/%lld)\n", what, c.f1(), c.precision(),
                c.recall(), c.matched, c.predicted, c.truth);
}

void evaluate(const LineBreakTrainer &trainer, const LineBreakTrainer::Options &options)
{
    const auto &boundaries = trainer.boundaries();
    const LineBreakTrainer::Counts rules = trainer.ruleCounts();
    const double minPrecision = options.minPrecision > 0 ? options.minPrecision : rules.precision();
    std::printf("%lld boundaries from %lld documents; threshold keeps precision >= %.4f\n",
                qlonglong(boundaries.size()), qlonglong(trainer.documents().size()), minPrecision);
    const std::vector<int> scores = trainer.crossValidatedScores(options);
    const int threshold = trainer.chooseThreshold(scores, minPrecision, {});
    std::vector<bool> extra2(boundaries.size());
    for (size_t i = 0; i < boundaries.size(); ++i)
        extra2[i] = trainer.documents()[boundaries[i].document].contains(QLatin1String("/extra2/"));
    std::printf("out-of-fold scores, threshold %d:\n", threshold);
    print("rules alone", rules);
    print("model", trainer.modelCounts(scores, threshold, {}));
    print("rules alone, extra2/", trainer.ruleCounts(extra2));
    print("model, extra2/", trainer.modelCounts(scores, threshold, extra2));
    for (int l = 0; l < CodeLanguageCount; ++l) {
        std::vector<bool> use(boundaries.size());
        bool any = false;
        for (size_t i = 0; i < boundaries.size(); ++i)
            any = (use[i] = boundaries[i].language == l) || any;
        if (!any)
            continue;
        QString name = languageName(CodeLanguage(l));
        if (name.isEmpty())
            name = QStringLiteral("(plain)");
        print(qPrintable(QStringLiteral("rules  %1").arg(name)), trainer.ruleCounts(use));
        print(qPrintable(QStringLiteral("model  %1").arg(name)),
              trainer.modelCounts(scores, threshold, use));
    }
    // The threshold chosen without fold 0, applied to fold 0 (what tst_linebreakmodel checks).
    std::vector<bool> rest(boundaries.size()), held(boundaries.size());
    for (size_t i = 0; i < boundaries.size(); ++i) {
        held[i] = boundaries[i].document % options.folds == 0;
        rest[i] = !held[i];
    }
    const int t0 = trainer.chooseThreshold(scores, trainer.ruleCounts(rest).precision(), rest);
    std::printf("fold 0 held back (threshold %d from the other folds):\n", t0);
    print("rules alone", trainer.ruleCounts(held));
    print("model", trainer.modelCounts(scores, t0, held));
    const LineBreakTrainer::Model whole = trainer.train(options);
    std::printf("model on every document: %lld features with a weight\n",
                qlonglong(whole.names.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool evaluation = args.removeAll(QStringLiteral("--evaluate")) > 0;
    if (args.size() < (evaluation ? 1 : 2)) {
        std::fprintf(stderr, "usage: train_linebreaks DATA_DIR... OUTPUT.inc\n"
                             "       train_linebreaks --evaluate DATA_DIR...\n");
        return 2;
    }
    const QString output = evaluation ? QString() : args.takeLast();
    LineBreakTrainer trainer;
    QString error;
    if (!trainer.load(args, &error)) {
        std::fprintf(stderr, "train_linebreaks: %s\n", qPrintable(error));
        return 1;
    }
    LineBreakTrainer::Options options;
    Training::overrideSharedOptions(options);
    Training::overrideFromEnvironment("LECTERN_TRAIN_CAP", options.blockCap);
    Training::overrideFromEnvironment("LECTERN_TRAIN_PRECISION", options.minPrecision);
    if (evaluation) {
        evaluate(trainer, options);
        return 0;
    }
    const QString source = trainer.generate(trainer.fit(options));
    QFile out(output);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(source.toUtf8()) < 0) {
        std::fprintf(stderr, "train_linebreaks: cannot write %s\n", qPrintable(output));
        return 1;
    }
    std::printf("wrote %s (%lld boundaries from %lld documents)\n", qPrintable(output),
                qlonglong(trainer.boundaries().size()), qlonglong(trainer.documents().size()));
    return 0;
}
