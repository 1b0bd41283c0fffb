// Trains the heading model and writes lib/ingest/headingmodel.inc (scripts/train-structure runs
// it, after the language model and before the heading weights). Only training documents are
// read: never the held-out ones.
//   train_headings OUTPUT.inc DIR...           fit on every *.md directly in the DIRs
//   train_headings --evaluate TRAIN_DIR DIR...  5-fold cross-validation by document over the
//                                               DIRs for a few settings, then heading F1 on
//                                               TRAIN_DIR (the weights' set) with the model
//                                               fitted on all DIRs, at a few model weights
// With LECTERN_HEADING_MISSES=1, --evaluate lists the true headings that some overlapping
// candidate outscores in their held-out fold (default settings).
#include "headingtrainer.h"
#include "ingest/plainstripper.h"
#include "ingest/structureeval.h"
#include "ingest/structuretraining.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace Lectern;

namespace {

void evaluate(const HeadingTrainer &trainer, const QString &trainDirectory)
{
    constexpr int Folds = 5;
    std::printf("%lld documents, %lld candidate spans, %d true headings (%d no candidate "
                "matches)\n",
                qlonglong(trainer.documents().size()), qlonglong(trainer.examples().size()),
                trainer.truthHeadings(), trainer.unreachable());
    struct Setting
    {
        const char *name;
        HeadingTrainer::Options options;
    };
    QList<Setting> settings;
    for (const double l2 : {1e-4, 3e-4, 1e-3, 3e-3, 1e-2}) {
        HeadingTrainer::Options o;
        o.l2 = l2;
        settings.append({"lexical", o});
    }
    for (const double l2 : {1e-4, 1e-3}) {
        HeadingTrainer::Options o;
        o.l2 = l2;
        o.lexical = false;
        settings.append({"classes only", o});
    }
    for (const int minDocuments : {2, 5}) {
        HeadingTrainer::Options o;
        o.minDocuments = minDocuments;
        settings.append({minDocuments == 2 ? "vocabulary >= 2 docs" : "vocabulary >= 5 docs", o});
    }
    std::printf("%-22s %8s  %6s %7s %6s   (held-out folds, pooled)\n", "setting", "l2", "AUC",
                "logloss", "top");
    for (const Setting &s : settings) {
        double auc = 0, logLoss = 0, top = 0;
        int positives = 0, examples = 0;
        for (int fold = 0; fold < Folds; ++fold) {
            const HeadingModel model = trainer.train(s.options, Folds, fold);
            QStringList misses;
            const HeadingTrainer::Ranking r = trainer.rank(model, Folds, fold, &misses);
            if (qEnvironmentVariableIsSet("LECTERN_HEADING_MISSES") && s.options.l2 == 1e-4 &&
                s.options.lexical && s.options.minDocuments == 3)
                for (const QString &m : misses)
                    std::printf("  miss: %s\n", qPrintable(m));
            auc += r.auc * r.positives;
            logLoss += r.logLoss * r.examples;
            top += r.top * r.positives;
            positives += r.positives;
            examples += r.examples;
        }
        std::printf("%-22s %8.4g  %6.4f %7.4f %6.4f\n", s.name, s.options.l2, auc / positives,
                    logLoss / examples, top / positives);
    }
    // End to end on the model's own documents: how the committed weight is chosen.
    const HeadingTrainer::WeightChoice choice = trainer.chooseWeight(HeadingTrainer::Options{});
    std::printf("heading F1 on held-out folds of the DIRs, other weights initial:\n");
    for (const HeadingTrainer::WeightPoint &p : choice.curve)
        std::printf("  model weight %.2f floor %.1f: heading F1 %.4f, code F1 %.4f, items %.4f\n",
                    double(p.weight), double(p.clamp), p.headingF1, p.codeF1, p.itemF1);
    std::printf("  chosen: weight %.2f floor %.1f\n", double(choice.weight), double(choice.clamp));
    if (trainDirectory.isEmpty())
        return;
    // End to end on the weights' documents: the model fitted on every DIR, the learned weights
    // with the model's weight set to a few values (the coordinate ascent refits them all).
    const QList<GroundTruth> documents = trainingDocuments(trainDirectory);
    const HeadingModel model = trainer.train(HeadingTrainer::Options{});
    HeadingModel::install(&model);
    std::printf("heading F1 on %s (%lld documents), learned weights:\n", qPrintable(trainDirectory),
                qlonglong(documents.size()));
    for (const float value : {0.0f, 0.1f, 0.2f, 0.3f, 0.5f, 0.75f}) {
        HeadingWeights w = HeadingWeights::learned();
        w[HeadingWeights::LearnedModel] = value;
        const StructureScore s = scoreWithWeights(documents, w);
        std::printf("  model weight %.2f: heading F1 %.4f (%d/%d/%d), code F1 %.4f, items %.4f\n",
                    double(value), s.headingF1(), s.headingMatched, s.headingPredicted,
                    s.headingTrue, s.codeF1(), s.itemF1());
    }
    HeadingModel::install(nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool evaluating = !args.isEmpty() && args.first() == QLatin1String("--evaluate");
    if (evaluating)
        args.removeFirst();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: train_headings OUTPUT.inc DIR...\n"
                             "       train_headings --evaluate TRAIN_DIR DIR...\n");
        return 2;
    }
    const QString first = args.takeFirst();
    HeadingTrainer trainer;
    QString error;
    if (!trainer.load(args, &error)) {
        std::fprintf(stderr, "train_headings: %s\n", qPrintable(error));
        return 1;
    }
    if (evaluating) {
        evaluate(trainer, first);
        return 0;
    }
    const HeadingTrainer::Options options;
    const HeadingModel model = trainer.train(options);
    QFile out(first);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "train_headings: %s: %s\n", qPrintable(first),
                     qPrintable(out.errorString()));
        return 1;
    }
    const HeadingTrainer::WeightChoice choice = trainer.chooseWeight(options);
    out.write(trainer.generate(model, options, choice).toUtf8());
    const HeadingTrainer::Ranking r = trainer.rank(model);
    std::printf("%lld documents, %lld candidates, %d headings (%d unreachable); vocabulary %lld "
                "words; training AUC %.4f, top %.4f\n",
                qlonglong(trainer.documents().size()), qlonglong(trainer.examples().size()),
                trainer.truthHeadings(), trainer.unreachable(),
                qlonglong(model.vocabulary().size()), r.auc, r.top);
    for (const HeadingTrainer::WeightPoint &p : choice.curve)
        std::printf("  weight %.2f floor %.1f: held-back heading F1 %.4f, code F1 %.4f\n",
                    double(p.weight), double(p.clamp), p.headingF1, p.codeF1);
    std::printf("chosen model weight %.2f, floor %.1f\n", double(choice.weight),
                double(choice.clamp));
    return 0;
}
