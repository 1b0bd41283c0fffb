#pragma once

#include "ingest/headingmodel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace Lectern {

// Trains the heading model (lib/ingest/headingmodel.inc): L2-regularised logistic regression
// over HeadingModel's features of every heading span structure recovery could take in the
// training documents (headingCandidateLengths()), positive when the span is exactly a true
// heading (Markdown rendered and stripped by PlainStripper, aligned by non-whitespace
// characters as the metrics are). Deterministic: the same documents give the same source.
class HeadingTrainer final
{
public:
    struct Options
    {
        double l2 = 1e-4;     // ridge penalty on the mean log-loss (bias excluded)
        int minDocuments = 3; // a word joins the vocabulary when this many documents use it
        int iterations = 300; // full-batch Adam steps
        double rate = 0.05;   // Adam's step size
        bool lexical = true;  // word identity features
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
    int unreachable() const { return m_unreachable; }
    int truthHeadings() const { return m_truthHeadings; }

    // Fits on the documents not in the excluded fold (document % folds == excludedFold).
    HeadingModel train(const Options &options, int folds = 0, int excludedFold = -1) const;
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

    // The generated C++ source of headingmodel.inc (weights quantised as it stores them).
    QString generate(const HeadingModel &model, const Options &options,
                     const WeightChoice &choice) const;

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

    QStringList m_documents;
    QList<Line> m_lines;
    QList<Example> m_examples;
    int m_unreachable = 0;
    int m_truthHeadings = 0;
};

} // namespace Lectern
