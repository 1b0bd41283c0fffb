// Trains the code language model and writes lib/ingest/codelangmodel.inc (scripts/
// train-structure runs it). Only the training documents are read: never the held-out ones.
//   train_codelang DATA_DIR... OUTPUT.inc      fit on every document, write the source
//   train_codelang --evaluate DATA_DIR...      5-fold cross-validation by document (tuning aid)
#include "codelangtrainer.h"
#include "ingest/codelangfeatures.h"
#include "trainersupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <algorithm>
#include <array>
#include <cstdio>

using namespace Lectern;

namespace {

int rulesChoice(const CodeLangTrainer::Example &e)
{
    int best = 0;
    for (int k = 1; k < CodeLanguageCount; ++k)
        if (e.rules[size_t(k)] > e.rules[size_t(best)])
            best = k;
    return best;
}

// The training documents' groups: the first ones (train/), and those added later to measure
// and widen the model (train/extra/, train/extra2/, more/).
int groupOf(const QString &document)
{
    return document.contains(QLatin1String("/more/"))     ? 3
           : document.contains(QLatin1String("/extra2/")) ? 2
           : document.contains(QLatin1String("/extra/"))  ? 1
                                                          : 0;
}

void evaluate(const CodeLangTrainer &trainer, CodeLangTrainer::Options options)
{
    constexpr int folds = 5;
    const auto &examples = trainer.examples();
    std::array<int, 4> groupSize{}, rulesGroupRight{};
    int rulesRight = 0, whole = 0, parts = 0, rulesParts = 0;
    for (const auto &e : examples) {
        if (!e.whole) {
            ++parts;
            rulesParts += rulesChoice(e) == e.language;
            continue;
        }
        ++whole;
        const int g = groupOf(trainer.documents()[e.document]);
        ++groupSize[size_t(g)];
        rulesRight += rulesChoice(e) == e.language;
        rulesGroupRight[size_t(g)] += rulesChoice(e) == e.language;
    }
    if (options.gate > 0) {
        int gated = 0;
        for (const auto &e : examples) {
            int best = 0;
            gated += CodeLangTrainer::rulesLead(e.rules, &best) >= options.gate;
        }
        std::printf("gate %.1f: the rules decide %d of %lld examples alone\n", options.gate, gated,
                    qlonglong(examples.size()));
    }
    const auto share = [&](int right, int g) {
        return double(right) / std::max(1, groupSize[size_t(g)]);
    };
    std::printf("%d blocks (train %d, extra %d, extra2 %d, more %d); rules alone: %.4f (train "
                "%.4f, extra %.4f, extra2 %.4f, more %.4f, parts %.4f)\n",
                whole, groupSize[0], groupSize[1], groupSize[2], groupSize[3],
                double(rulesRight) / whole, share(rulesGroupRight[0], 0),
                share(rulesGroupRight[1], 1), share(rulesGroupRight[2], 2),
                share(rulesGroupRight[3], 3), double(rulesParts) / parts);
    const double ruleWeights[] = {0.0, 0.2, 0.4, 0.55, 0.7, 0.85, 1.0, 2.0};
    const double priorWeights[] = {0.0, 0.15, 0.3, 0.5, 1.0};
    std::vector<CodeLangTrainer::Model> models;
    for (int fold = 0; fold < folds; ++fold)
        models.push_back(trainer.train(options, folds, fold));
    std::printf("features per fold model: %lld (example 0 has %lld: %s)\n",
                qlonglong(models[0].features.size()), qlonglong(examples[0].features.size()),
                qPrintable(examples[0].features.mid(0, 8).join(u'|')));
    for (const double rw : ruleWeights) {
        for (const double pw : priorWeights) {
            int right = 0, partsRight = 0, shortTotal = 0, shortRight = 0, shortRules = 0;
            std::array<int, 4> groupRight{};
            QMap<QString, int> misses;
            for (const auto &e : examples) {
                CodeLangTrainer::Model &m = models[size_t(e.document % folds)];
                m.options.ruleWeight = float(rw);
                m.options.priorWeight = float(pw);
                const int got = CodeLangTrainer::classify(m, e);
                if (e.text.count(u' ') < 3) {
                    shortTotal++;
                    shortRight += got == e.language;
                    shortRules += rulesChoice(e) == e.language;
                }
                if (!e.whole) {
                    partsRight += got == e.language;
                    continue;
                }
                right += got == e.language;
                groupRight[size_t(groupOf(trainer.documents()[e.document]))] += got == e.language;
                if (got != e.language) {
                    misses[languageName(CodeLanguage(e.language)) + QStringLiteral("->") +
                           languageName(CodeLanguage(got))]++;
                    if (qEnvironmentVariableIntValue("LECTERN_TRAIN_MISSES") == int(rw * 10) &&
                        pw == 0.3 && qEnvironmentVariableIsSet("LECTERN_TRAIN_SHOW"))
                        std::printf(
                            "   miss %s->%s [%s] %s\n",
                            qPrintable(languageName(CodeLanguage(e.language))),
                            qPrintable(languageName(CodeLanguage(got))),
                            qPrintable(QFileInfo(trainer.documents()[e.document]).fileName()),
                            qPrintable(e.text.left(140)));
                }
            }
            std::printf("rules %.2f prior %.2f: %.4f (train %.4f, extra %.4f, extra2 %.4f, more "
                        "%.4f, parts %.4f; up to 3 tokens: %d, %d right, rules alone %d)\n",
                        rw, pw, double(right) / whole, share(groupRight[0], 0),
                        share(groupRight[1], 1), share(groupRight[2], 2), share(groupRight[3], 3),
                        double(partsRight) / parts, shortTotal, shortRight, shortRules);
            if (qEnvironmentVariableIntValue("LECTERN_TRAIN_MISSES") &&
                rw == qEnvironmentVariableIntValue("LECTERN_TRAIN_MISSES") / 10.0 && pw == 0.3)
                for (auto it = misses.cbegin(); it != misses.cend(); ++it)
                    std::printf("   %s x%d\n", qPrintable(it.key()), it.value());
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool evaluation = args.removeAll(QStringLiteral("--evaluate")) > 0;
    if (args.value(0) == QLatin1String("--explain") && args.size() >= 2) {
        // The runtime's answer and the rules' scores for one block (tuning aid).
        const QString category = args.value(2);
        float rules[CodeLanguageCount];
        languageRuleScores(args[1], category, rules);
        float evidence = 0;
        const CodeLanguage got = identifyLanguage(args[1], category, &evidence);
        std::printf("%s (evidence %.2f)\nrules:", qPrintable(languageName(got)), evidence);
        for (int k = 0; k < CodeLanguageCount; ++k)
            if (rules[k] != 0)
                std::printf(" %s=%.2f", qPrintable(languageName(CodeLanguage(k))), rules[k]);
        QStringList features;
        CodeLangFeatures::names(args[1], &features);
        std::printf("\nfeatures: %s\n", qPrintable(features.join(u' ')));
        return 0;
    }
    if (args.size() < (evaluation ? 1 : 2)) {
        std::fprintf(stderr, "usage: train_codelang DATA_DIR... OUTPUT.inc\n"
                             "       train_codelang --evaluate DATA_DIR...\n");
        return 2;
    }
    const QString output = evaluation ? QString() : args.takeLast();
    CodeLangTrainer trainer;
    QString error;
    if (!trainer.load(args, &error)) {
        std::fprintf(stderr, "train_codelang: %s\n", qPrintable(error));
        return 1;
    }
    CodeLangTrainer::Options options;
    Training::overrideSharedOptions(options);
    Training::overrideFromEnvironment("LECTERN_TRAIN_GATE", options.gate);
    options.parts = qEnvironmentVariableIntValue("LECTERN_TRAIN_NO_PARTS") == 0;
    options.offsets = qEnvironmentVariableIntValue("LECTERN_TRAIN_OFFSETS") != 0;
    Training::overrideFromEnvironment("LECTERN_TRAIN_RULES", options.ruleWeight);
    Training::overrideFromEnvironment("LECTERN_TRAIN_PRIOR", options.priorWeight);
    options.naiveBayes = qEnvironmentVariableIntValue("LECTERN_TRAIN_NB") != 0;
    Training::overrideFromEnvironment("LECTERN_TRAIN_SMOOTHING", options.smoothing);
    Training::overrideFromEnvironment("LECTERN_TRAIN_MINWEIGHT", options.minWeight);
    if (evaluation) {
        evaluate(trainer, options);
        return 0;
    }
    const QString source = trainer.generate(trainer.train(options));
    QFile out(output);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(source.toUtf8()) < 0) {
        std::fprintf(stderr, "train_codelang: cannot write %s\n", qPrintable(output));
        return 1;
    }
    std::printf("wrote %s (%lld examples, blocks and their parts, from %lld documents)\n",
                qPrintable(output), qlonglong(trainer.examples().size()),
                qlonglong(trainer.documents().size()));
    return 0;
}
