#pragma once

#include "ingest/headingmodel.h"

#include "ingest/plainstripper.h"
#include "ingest/structureeval.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <vector>

namespace Lectern {

// Trains the heading model (lib/ingest/headingmodel.inc): L2-regularised logistic regression
// over HeadingModel's features of every heading span structure recovery could take in the
// training documents (headingCandidateLengths()), positive when the span is exactly a true
// heading (Markdown rendered and stripped by PlainStripper, aligned by non-whitespace
// characters as the metrics are). Then, optionally, an end-to-end stage (refine()): a structured
// averaged perceptron that starts from the logistic weights and corrects them where the decoder,
// with the model in place, takes the wrong span. Deterministic: the same documents give the
// same source.
class HeadingTrainer final
{
public:
    // Which decoder mistakes the perceptron learns from. The decoder adds
    // clamp(score + Offset, -floor, Ceiling): beyond the clamp a change of score changes nothing.
    enum class UpdateRule : int
    {
        All,    // every missed true span and every wrong predicted span
        Inside, // only spans whose score is inside the clamp (where the decoder feels it)
        Toward, // a span only when the update moves its score towards the clamp's live range:
                // a missed heading below the ceiling, a wrong one above the floor
    };
    struct Options
    {
        double l2 = 1e-4;     // ridge penalty on the mean log-loss (bias excluded)
        int minDocuments = 3; // a word joins the vocabulary when this many documents use it
        int iterations = 300; // full-batch Adam steps
        double rate = 0.05;   // Adam's step size
        bool lexical = true;  // word identity features
        // The end-to-end stage (refine()), its options chosen by train_headings --evaluate
        // (5-fold cross-validation, recovered end to end) at the committed veto reach (weight x
        // floor 2): larger reaches score up to 0.02 higher there, but at weight 2 the model
        // vetoes "1. Loop variable captured in goroutine (pre-Go 1.22)" before code in the
        // corpus's Go post, the case the floor exists for. Without averaging the last weights
        // swing by several points of F1 from pass to pass; rates above 0.03 overshoot. Updating
        // clamped spans too (All) scores about 0.007 lower than Inside or Toward, which agree
        // within 0.001.
        int epochs = 5;               // passes over the documents; 0: no stage
        double perceptronRate = 0.03; // step size, in log-odds units per feature
        bool averaged = true;         // the mean of the weights after every step, not the last
        UpdateRule rule = UpdateRule::Toward;
        // The decoder setting the stage trains at; with the stage it is the committed one
        // (chooseWeight() fits the logistic model alone and is then reported only).
        float stageWeight = 1.0f;
        float stageClamp = 2.0f;
    };

    struct Example
    {
        int document = 0;
        int line = 0; // index into lines()
        qint16 a = 0; // span [a, k) of the line's tokens
        qint16 k = 0;
        bool positive = false;
    };

    struct Line
    {
        HeadingModel::Line features; // bits (word indices filled per vocabulary)
        QStringList words;           // per token: lowercase word, empty when not a word
        QStringList texts;           // per token: as written (diagnostics)
    };

    // Reads every *.md directly in each of `directories` (in path order). False with a message
    // on a document that cannot be rendered.
    bool load(const QStringList &directories, QString *error);
    const QStringList &documents() const { return m_documents; }
    const QList<Example> &examples() const { return m_examples; }
    // True headings that no candidate span matches (the rules forbid them).
    int unreachable() const { return int(m_unreachableHeadings.size()); }
    // Those headings, in document order: what a rule change must reach (train_headings
    // --unreachable lists them).
    struct Unreachable
    {
        int document = 0;
        QString text;   // the heading as the index text holds it
        QString before; // up to 50 characters of index text on each side
        QString after;
    };
    const QList<Unreachable> &unreachableHeadings() const { return m_unreachableHeadings; }
    int truthHeadings() const { return m_truthHeadings; }

    // Fits on the documents not in the excluded fold (document % folds == excludedFold).
    HeadingModel train(const Options &options, int folds = 0, int excludedFold = -1) const;

    // The decoder setting the model is used at: its weight in the heading score and its floor.
    struct Setting
    {
        float weight = 0;
        float clamp = HeadingModel::DefaultClamp;
    };
    // The end-to-end stage: options.epochs passes of a structured perceptron over the documents
    // not in the excluded fold (in a fixed shuffled order per pass), from `start`'s weights. Each
    // step recovers one document with the current model installed at `setting`, aligns its
    // predicted headings to candidate spans and adds perceptronStep()'s update. With
    // `perEpoch`, the model after each pass (averaged when asked) is appended.
    HeadingModel refine(const HeadingModel &start, const Options &options, const Setting &setting,
                        int folds = 0, int excludedFold = -1,
                        QList<HeadingModel> *perEpoch = nullptr) const;
    // One step: recovers `document` with `model` installed at `setting`; for every true heading
    // span the decoder missed adds its features x options.perceptronRate to `weights`, for every
    // predicted span that is not a true heading subtracts them (as options.rule allows). Spans
    // that are no candidate are skipped. Returns the number of spans updated.
    int perceptronStep(const HeadingModel &model, int document, const Options &options,
                       const Setting &setting, std::vector<double> *weights) const;
    // train(), then refine() at `setting` when options.epochs > 0.
    HeadingModel fit(const Options &options, const Setting &setting, int folds = 0,
                     int excludedFold = -1) const;
    // The model's log-odds of one example: the sum of its features' weights, and the same by
    // the runtime's precomputed role sums.
    float score(const HeadingModel &model, const Example &e) const;
    float fastScore(const HeadingModel &model, const Example &e) const;
    // A line's features as `model` sees them (word indices and role sums filled).
    HeadingModel::Line line(const HeadingModel &model, int line) const
    {
        return lineFor(model, line);
    }
    // The model's weight in the heading score, chosen end to end: each of `folds` folds of the
    // documents is recovered with a model fitted on the others, at each candidate weight, the
    // other heading weights at HeadingWeights::initial() (the fitted ones depend on this
    // choice), and each candidate floor (HeadingModel::clamp()). Of the settings within one
    // standard error of the best pooled heading F1, the one that lets the model veto a span
    // least (weight x floor) wins.
    struct WeightPoint
    {
        float weight = 0;
        float clamp = HeadingModel::DefaultClamp;
        double headingF1 = 0;
        double codeF1 = 0;
        double itemF1 = 0;
    };
    struct WeightChoice
    {
        float weight = 0;
        float clamp = HeadingModel::DefaultClamp;
        int folds = 0;
        double tolerance = 0; // one standard error of the best heading F1
        QList<WeightPoint> curve;
    };
    WeightChoice chooseWeight(const Options &options, int folds = 5) const;
    // The setting the model is committed at: the stage's with the stage, else `choice`'s.
    static Setting committedSetting(const Options &options, const WeightChoice &choice);

    // End-to-end cross-validation, the machinery of chooseWeight(): for each fold, `fit(fold)`
    // gives models fitted without that fold's documents; each is installed and recovers the
    // fold's documents at each of `settings`. Returns per model, per setting, per document its
    // score (documents that are not in any fold's hands stay empty).
    using FoldFit = std::function<QList<HeadingModel>(int fold)>;
    using DocumentScores = std::vector<StructureScore>;
    std::vector<std::vector<DocumentScores>> crossValidate(int folds, const FoldFit &fit,
                                                           const QList<Setting> &settings) const;

    // The end-to-end stage's effect, by cross-validation at `setting`: held-back scores with the
    // stage (options) and without it (options.epochs = 0), with jackknife standard errors over
    // documents.
    struct StageCheck
    {
        Setting setting;
        int folds = 0;
        StructureScore without;
        StructureScore with;
        // Standard errors of heading, code and item F1, without and with the stage
        std::array<double, 3> withoutError{};
        std::array<double, 3> withError{};
        double headingGainError = 0; // ... of with.headingF1() - without.headingF1()
        double codeGainError = 0;
        double itemGainError = 0;
    };
    StageCheck checkStage(const Options &options, const Setting &setting, int folds = 5) const;
    // The jackknife standard error over the scored documents of metric(b) - metric(a), both
    // pooled (a empty: of metric(b) alone).
    using Metric = double (StructureScore::*)() const;
    static double differenceError(const DocumentScores &a, const DocumentScores &b, Metric metric);

    // The generated C++ source of headingmodel.inc (weights quantised as it stores them).
    QString generate(const HeadingModel &model, const Options &options, const WeightChoice &choice,
                     const StageCheck &stage) const;

    // Ranking quality on the examples of one fold (excludedFold < 0: all): the area under the
    // ROC curve, mean log-loss, and the share of reachable true headings that outscore every
    // overlapping candidate.
    struct Ranking
    {
        double auc = 0;
        double logLoss = 0;
        double top = 0;
        int positives = 0;
        int examples = 0;
    };
    Ranking rank(const HeadingModel &model, int folds = 0, int fold = -1,
                 QStringList *misses = nullptr) const;
    QString spanText(const Example &e) const;

private:
    HeadingModel::Line lineFor(const HeadingModel &model, int line) const;
    void exampleFeatures(const HeadingModel &model, const Example &e, std::vector<int> *row) const;

    QStringList m_documents;
    QList<GroundTruth> m_truths; // per document: rendered and stripped
    // Per document: its true heading spans and its candidates' spans (example indices), both
    // in non-whitespace characters.
    QList<QSet<QPair<qsizetype, qsizetype>>> m_headingSpans;
    QList<QHash<QPair<qsizetype, qsizetype>, int>> m_candidates;
    QList<Line> m_lines;
    QList<Example> m_examples;
    QList<Unreachable> m_unreachableHeadings;
    int m_truthHeadings = 0;
};

} // namespace Lectern
