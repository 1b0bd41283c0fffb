#pragma once

#include "ingest/codelang.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace Lectern {

// Trains the statistical code language model (lib/ingest/codelangmodel.inc): a multinomial
// logistic regression over CodeLangFeatures, fitted on the code blocks of the training
// documents (Markdown rendered and stripped by PlainStripper, as the structure tests do).
// Deterministic: the same documents always give the same generated source.
class CodeLangTrainer final
{
public:
    struct Options
    {
        int minDocuments = 2;      // a feature must occur in this many training documents
        double l2 = 1e-3;          // ridge penalty (per example)
        double l1 = 3e-4;          // lasso penalty: most weights become exactly zero
        int iterations = 1000;     // full-batch proximal gradient steps
        double rate = 1.0;         // step size
        float priorWeight = 0.15f; // how much the category's log-prior counts
        float ruleWeight = 0.7f;   // how much the hand-written rules' evidence counts
        float gate = 4.0f;         // > 0: a rules' lead this large decides without the model
        bool parts = true;         // also fit on the halves and the start of longer blocks
        bool offsets = false;      // fit with the rules and the prior as fixed offsets
        bool naiveBayes = false;   // multinomial naive Bayes instead of logistic regression
        double smoothing = 0.5;    // naive Bayes: added to every count
        double minWeight = 0.0;    // naive Bayes: smaller centred weights are dropped
    };

    struct Example
    {
        QString text; // the block as the index has it: one line, single spaces
        QString category;
        int language = 0;
        int document = 0;
        bool whole = true; // false: a part of a block (only trained on, never scored)
        std::array<float, CodeLanguageCount> rules{};
        QStringList features;
    };

    struct Model
    {
        QStringList features;        // sorted names
        std::vector<double> weights; // features.size() x CodeLanguageCount
        std::array<double, CodeLanguageCount> bias{};
        QHash<QString, std::array<double, CodeLanguageCount>> priors; // category -> log-prior
        Options options;
    };

    // Reads every *.md under each of `directories` (recursively, in path order). False with a
    // message on a document that cannot be rendered.
    bool load(const QStringList &directories, QString *error);
    const QList<Example> &examples() const { return m_examples; }
    const QStringList &documents() const { return m_documents; }

    // Fits on the examples whose document is not excluded (`excludedFold` >= 0 leaves out the
    // documents with index % folds == excludedFold).
    Model train(const Options &options, int folds = 0, int excludedFold = -1) const;
    // The model's choice for one example (with the rules' weight and the prior as in options).
    static int classify(const Model &model, const Example &example);
    // The rules' best language (into `best`) and its lead over the next (plain text included).
    static float rulesLead(const std::array<float, CodeLanguageCount> &rules, int *best);
    // The generated C++ source of codelangmodel.inc.
    QString generate(const Model &model) const;

private:
    QList<Example> m_examples;
    QStringList m_documents;
};

} // namespace Lectern
