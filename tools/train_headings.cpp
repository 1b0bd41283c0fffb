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
#include "trainersupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

using namespace Lectern;

namespace {

// The end-to-end stage by 5-fold cross-validation: per decoder setting (the chosen weight and
// floor, and a few others), rate, update rule and averaging, held-back heading F1 after each
// epoch against the logistic model alone (+- the jackknife standard error of the gain).
// LECTERN_TRAIN_STAGE_RATES etc. narrow the grid (comma-separated).
void evaluateStage(const HeadingTrainer &trainer, const HeadingTrainer::WeightChoice &choice)
{
    constexpr int Folds = 5;
    const auto list = [](const char *variable, QList<double> values) {
        if (const QByteArray v = qgetenv(variable); !v.isEmpty()) {
            values.clear();
            for (const QByteArray &part : v.split(','))
                values << part.toDouble();
        }
        return values;
    };
    const QList<double> rates = list("LECTERN_TRAIN_STAGE_RATES", {0.01, 0.03, 0.1, 0.3});
    const QList<double> rules = list("LECTERN_TRAIN_STAGE_RULES", {0, 1, 2});
    const QList<double> averaging = list("LECTERN_TRAIN_STAGE_AVERAGED", {1, 0});
    const QList<double> weights = list("LECTERN_TRAIN_STAGE_WEIGHTS", {double(choice.weight)});
    const QList<double> clamps = list("LECTERN_TRAIN_STAGE_CLAMPS", {double(choice.clamp)});
    int epochs = 5;
    Training::overrideFromEnvironment("LECTERN_TRAIN_STAGE_EPOCHS", epochs);
    static const char *const ruleNames[] = {"all", "inside", "toward"};
    for (const double weight : weights) {
        for (const double clamp : clamps) {
            const HeadingTrainer::Setting setting{float(weight), float(clamp)};
            QList<HeadingTrainer::Options> grid;
            for (const double rate : rates)
                for (const double rule : rules)
                    for (const double averaged : averaging) {
                        HeadingTrainer::Options o;
                        o.epochs = epochs;
                        o.perceptronRate = rate;
                        o.rule = HeadingTrainer::UpdateRule(int(rule));
                        o.averaged = averaged != 0;
                        grid << o;
                    }
            const auto scores = trainer.crossValidate(
                Folds,
                [&](int fold) {
                    const HeadingModel base = trainer.train(HeadingTrainer::Options{}, Folds, fold);
                    QList<HeadingModel> models{base};
                    for (const HeadingTrainer::Options &o : grid)
                        trainer.refine(base, o, setting, Folds, fold, &models);
                    return models;
                },
                {setting});
            const auto pooled = [&](size_t m) {
                StructureScore total;
                for (const StructureScore &s : scores[m][0])
                    total += s;
                return total;
            };
            const StructureScore base = pooled(0);
            std::printf(
                "end-to-end stage at weight %.2f floor %.1f: logistic alone heading F1 "
                "%.4f (+- %.4f), code F1 %.4f, items %.4f\n",
                weight, clamp, base.headingF1(),
                HeadingTrainer::differenceError({}, scores[0][0], &StructureScore::headingF1),
                base.codeF1(), base.itemF1());
            for (qsizetype g = 0; g < grid.size(); ++g) {
                for (int e = 0; e < epochs; ++e) {
                    const size_t m = size_t(1 + g * epochs + e);
                    const StructureScore s = pooled(m);
                    std::printf("  rate %.3f %-6s %s epoch %d: heading F1 %.4f (gain %+.4f +- "
                                "%.4f), code F1 %.4f, items %.4f\n",
                                grid[g].perceptronRate, ruleNames[int(grid[g].rule)],
                                grid[g].averaged ? "avg" : "last", e + 1, s.headingF1(),
                                s.headingF1() - base.headingF1(),
                                HeadingTrainer::differenceError(scores[0][0], scores[m][0],
                                                                &StructureScore::headingF1),
                                s.codeF1(), s.itemF1());
                }
                std::fflush(stdout);
            }
        }
    }
}

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
    evaluateStage(trainer, choice);
    if (trainDirectory.isEmpty())
        return;
    // End to end on the weights' documents: the model fitted on every DIR, the learned weights
    // with the model's weight set to a few values (the coordinate ascent refits them all).
    const QList<GroundTruth> documents = trainingDocuments(trainDirectory);
    const HeadingTrainer::Options options;
    HeadingModel model = trainer.fit(options, HeadingTrainer::committedSetting(options, choice));
    model.setClamp(HeadingTrainer::committedSetting(options, choice).clamp);
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
    const bool listing = !args.isEmpty() && args.first() == QLatin1String("--unreachable");
    if (evaluating || listing)
        args.removeFirst();
    if (args.size() < (listing ? 1 : 2)) {
        std::fprintf(stderr, "usage: train_headings OUTPUT.inc DIR...\n"
                             "       train_headings --evaluate TRAIN_DIR DIR...\n"
                             "       train_headings --unreachable DIR...\n");
        return 2;
    }
    // (Listing takes no output file: every argument is a directory.)
    const QString first = listing ? QString() : args.takeFirst();
    HeadingTrainer trainer;
    QString error;
    if (!trainer.load(args, &error)) {
        std::fprintf(stderr, "train_headings: %s\n", qPrintable(error));
        return 1;
    }
    if (listing) {
        // The true headings of DIR... that no span the heading rules allow matches.
        for (const HeadingTrainer::Unreachable &u : trainer.unreachableHeadings())
            std::printf("%s: ...%s[[%s]]%s...\n",
                        qPrintable(QFileInfo(trainer.documents()[u.document]).fileName()),
                        qPrintable(u.before), qPrintable(u.text), qPrintable(u.after));
        std::printf("%d of %d true headings unreachable\n", trainer.unreachable(),
                    trainer.truthHeadings());
        return 0;
    }
    if (evaluating && qEnvironmentVariableIsSet("LECTERN_TRAIN_STAGE_ONLY")) {
        // The stage's grid alone, at the committed weight and floor.
        HeadingTrainer::WeightChoice committed;
        committed.weight = HeadingModel::committedWeight();
        committed.clamp = HeadingModel::current().clamp();
        evaluateStage(trainer, committed);
        return 0;
    }
    if (evaluating) {
        evaluate(trainer, first);
        return 0;
    }
    const HeadingTrainer::Options options;
    const HeadingTrainer::WeightChoice choice = trainer.chooseWeight(options);
    const HeadingTrainer::Setting setting = HeadingTrainer::committedSetting(options, choice);
    const HeadingModel model = trainer.fit(options, setting);
    const HeadingTrainer::StageCheck stage =
        options.epochs > 0 ? trainer.checkStage(options, setting) : HeadingTrainer::StageCheck{};
    QFile out(first);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "train_headings: %s: %s\n", qPrintable(first),
                     qPrintable(out.errorString()));
        return 1;
    }
    out.write(trainer.generate(model, options, choice, stage).toUtf8());
    const HeadingTrainer::Ranking r = trainer.rank(model);
    std::printf("%lld documents, %lld candidates, %d headings (%d unreachable); vocabulary %lld "
                "words; training AUC %.4f, top %.4f\n",
                qlonglong(trainer.documents().size()), qlonglong(trainer.examples().size()),
                trainer.truthHeadings(), trainer.unreachable(),
                qlonglong(model.vocabulary().size()), r.auc, r.top);
    for (const HeadingTrainer::WeightPoint &p : choice.curve)
        std::printf("  weight %.2f floor %.1f: held-back heading F1 %.4f, code F1 %.4f\n",
                    double(p.weight), double(p.clamp), p.headingF1, p.codeF1);
    std::printf("chosen model weight %.2f, floor %.1f\n", double(setting.weight),
                double(setting.clamp));
    if (options.epochs > 0)
        std::printf("end-to-end stage, held back (jackknife standard errors over documents):\n"
                    "  heading F1 %.4f (+- %.4f) -> %.4f (+- %.4f), gain +- %.4f\n"
                    "  code F1    %.4f (+- %.4f) -> %.4f (+- %.4f), gain +- %.4f\n"
                    "  items F1   %.4f (+- %.4f) -> %.4f (+- %.4f), gain +- %.4f\n",
                    stage.without.headingF1(), stage.withoutError[0], stage.with.headingF1(),
                    stage.withError[0], stage.headingGainError, stage.without.codeF1(),
                    stage.withoutError[1], stage.with.codeF1(), stage.withError[1],
                    stage.codeGainError, stage.without.itemF1(), stage.withoutError[2],
                    stage.with.itemF1(), stage.withError[2], stage.itemGainError);
    return 0;
}
