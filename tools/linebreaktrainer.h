#pragma once

#include "ingest/codelang.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace Lectern {

// Trains the line-break model (lib/ingest/linebreakmodel.inc): a logistic regression over
// LineBreakModel::features at every boundary between two tokens of the true code blocks of the
// training documents (Markdown rendered and stripped by PlainStripper, as the structure tests
// do). The label is whether the block had a line break there. Deterministic.
class LineBreakTrainer final
{
public:
    struct Options
    {
        int minDocuments = 3;    // a feature must occur in this many training documents
        double l2 = 1e-5;        // ridge penalty
        double l1 = 5e-5;        // lasso penalty: most weights become exactly zero
        int iterations = 300;    // full-batch proximal gradient steps
        double rate = 1.0;       // step size
        double blockCap = 40;    // a block weighs at most this many boundaries
        int folds = 5;           // cross-validation by document, for the threshold
        double minPrecision = 0; // > 0: the threshold keeps at least this precision (else the
                                 // rules' own precision on the training boundaries)
    };

    struct Boundary
    {
        std::vector<quint64> features;
        bool label = false; // a line break stood here
        bool rule = false;  // the rules put one here
        int blockSize = 1;  // boundaries in its block
        int document = 0;
        int language = 0; // as identified at run time
        int block = 0;    // into blockTexts()
    };

    struct Model
    {
        QStringList names;        // sorted feature names with a weight
        std::vector<int> weights; // in units of 1/Quantum
        int bias = 0;
        int threshold = 0;
        // Per language: its out-of-fold F1 was lower with the model than with the rules alone
        // (a language with too few blocks to learn from), so the rules decide alone.
        std::array<bool, CodeLanguageCount> rulesAlone = {};
        QStringList rulesAloneWhy; // "Lua 0.794 > 0.500" for the generated comment
        Options options;
    };

    struct Counts
    {
        qint64 matched = 0, predicted = 0, truth = 0;
        double precision() const { return predicted ? double(matched) / double(predicted) : 1; }
        double recall() const { return truth ? double(matched) / double(truth) : 1; }
        double f1() const
        {
            return predicted + truth ? 2.0 * double(matched) / double(predicted + truth) : 1;
        }
    };

    static constexpr int Quantum = 64;

    // Reads every *.md under each of `directories` (recursively, in path order). False with a
    // message on a document that cannot be rendered.
    bool load(const QStringList &directories, QString *error);
    const std::vector<Boundary> &boundaries() const { return m_boundaries; }
    const QStringList &documents() const { return m_documents; }
    // The code blocks (Boundary::block indexes them) and the languages they were trained with.
    const QStringList &blockTexts() const { return m_blockTexts; }
    const QList<CodeLanguage> &blockLanguages() const { return m_blockLanguages; }

    // Fits the weights on the documents not left out (`excludedFold` >= 0 leaves out those with
    // index % folds == excludedFold); the threshold stays 0.
    Model train(const Options &options, int folds = 0, int excludedFold = -1) const;
    // The model's score at one boundary, in units of 1/Quantum.
    static int score(const Model &model, const QHash<quint64, int> &index, const Boundary &b);
    static QHash<quint64, int> indexOf(const Model &model);
    // Out-of-fold scores for every boundary (options.folds models, by document).
    std::vector<int> crossValidatedScores(const Options &options) const;
    // The threshold with the best F1 among those keeping `minPrecision`, over the boundaries
    // for which `use` is true.
    int chooseThreshold(const std::vector<int> &scores, double minPrecision,
                        const std::vector<bool> &use) const;
    // The rules' counts over the boundaries `use` selects (all when empty).
    Counts ruleCounts(const std::vector<bool> &use = {}) const;
    Counts modelCounts(const std::vector<int> &scores, int threshold,
                       const std::vector<bool> &use = {}) const;
    // The model shipped: weights on every document, threshold from cross-validation.
    Model fit(const Options &options) const;
    // The generated C++ source of linebreakmodel.inc.
    QString generate(const Model &model) const;

private:
    std::vector<Boundary> m_boundaries;
    QStringList m_documents;
    QHash<quint64, QString> m_names;
    QStringList m_blockTexts; // as the index has them
    QList<CodeLanguage> m_blockLanguages;
};

} // namespace Lectern
