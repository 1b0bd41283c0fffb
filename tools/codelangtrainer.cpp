#include "codelangtrainer.h"

#include "ingest/codelangfeatures.h"
#include "ingest/plainstripper.h"
#include "trainersupport.h"

#include <QFile>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Lectern {

using Training::isAscii;
using Training::quantized;
using Training::Quantum;

namespace {

constexpr int K = CodeLanguageCount;

} // namespace

bool CodeLangTrainer::load(const QStringList &directories, QString *error)
{
    m_examples.clear();
    m_documents.clear();
    for (const QString &directory : directories)
        m_documents << Training::markdownFiles(directory);
    for (int d = 0; d < m_documents.size(); ++d) {
        GroundTruth truth;
        if (!PlainStripper::fromFile(m_documents[d], PlainStripper::Flavour::Hugo, &truth, error))
            return false;
        for (const Block &b : std::as_const(truth.blocks)) {
            if (b.type != Block::Type::Code)
                continue;
            Example e;
            e.text = b.text.simplified(); // the index joins code lines with single spaces
            if (e.text.isEmpty())
                continue;
            e.category = truth.category.toLower();
            e.language = int(languageForName(b.language));
            e.document = d;
            // Structure recovery also asks about parts of blocks (where to split two blocks
            // written back to back): the halves and the first tokens of longer blocks.
            const QStringList tokens = e.text.split(u' ');
            QStringList texts = {e.text};
            if (tokens.size() >= 8)
                texts << tokens.mid(0, tokens.size() / 2).join(u' ')
                      << tokens.mid(tokens.size() / 2).join(u' ') << tokens.mid(0, 4).join(u' ');
            for (qsizetype t = 0; t < texts.size(); ++t) {
                e.text = texts[t];
                e.whole = t == 0;
                languageRuleScores(e.text, e.category, e.rules.data());
                CodeLangFeatures::names(e.text, &e.features);
                m_examples << e;
            }
        }
    }
    if (m_examples.isEmpty()) {
        *error = directories.join(u' ') + QStringLiteral(": no code blocks");
        return false;
    }
    return true;
}

CodeLangTrainer::Model CodeLangTrainer::train(const Options &options, int folds,
                                              int excludedFold) const
{
    const auto included = [&](const Example &e) {
        return (excludedFold < 0 || e.document % folds != excludedFold) &&
               (e.whole || options.parts);
    };
    // The vocabulary: features seen in enough training documents.
    QHash<QString, QSet<int>> seenIn;
    for (const Example &e : m_examples)
        if (included(e))
            for (const QString &f : e.features)
                seenIn[f].insert(e.document);
    Model model;
    model.options = options;
    for (auto it = seenIn.cbegin(); it != seenIn.cend(); ++it)
        if (it.value().size() >= options.minDocuments && isAscii(it.key()))
            model.features << it.key();
    model.features.sort();
    QHash<QString, int> index;
    for (int i = 0; i < model.features.size(); ++i)
        index.insert(model.features[i], i);

    std::vector<std::vector<int>> rows;
    std::vector<int> labels;
    QHash<QString, std::array<double, K>> categoryCounts;
    for (const Example &e : m_examples) {
        if (!included(e))
            continue;
        std::vector<int> row;
        for (const QString &f : e.features)
            if (const auto it = index.constFind(f); it != index.cend())
                row.push_back(*it);
        rows.push_back(std::move(row));
        labels.push_back(e.language);
        categoryCounts[e.category][size_t(e.language)] += 1;
    }
    // The category's log-prior against a uniform one, smoothed (add one per language).
    for (auto it = categoryCounts.cbegin(); it != categoryCounts.cend(); ++it) {
        double total = 0;
        for (const double c : it.value())
            total += c;
        std::array<double, K> prior{};
        for (int k = 0; k < K; ++k)
            prior[size_t(k)] = quantized(std::log((it.value()[size_t(k)] + 1.0) / (total + K) * K));
        model.priors.insert(it.key(), prior);
    }
    // The rules' evidence and the category's prior are fixed offsets: the regression learns what
    // to add to them.
    std::vector<std::array<double, K>> offsets;
    for (const Example &e : m_examples) {
        if (!included(e))
            continue;
        std::array<double, K> o{};
        const auto prior = model.priors.constFind(e.category);
        for (int k = 0; k < K; ++k)
            o[size_t(k)] =
                options.ruleWeight * e.rules[size_t(k)] +
                (prior != model.priors.cend() ? options.priorWeight * (*prior)[size_t(k)] : 0.0);
        offsets.push_back(o);
    }

    if (options.naiveBayes) {
        const size_t F = size_t(model.features.size());
        (void)F;
        std::vector<double> counts(F * K, 0.0);
        std::array<double, K> totals{}, examples{};
        for (size_t r = 0; r < rows.size(); ++r) {
            examples[size_t(labels[r])] += 1;
            for (const int f : rows[r]) {
                counts[size_t(f) * K + size_t(labels[r])] += 1;
                totals[size_t(labels[r])] += 1;
            }
        }
        model.weights.assign(F * K, 0.0);
        for (size_t f = 0; f < F; ++f) {
            double mean = 0;
            for (int k = 0; k < K; ++k) {
                const double w = std::log((counts[f * K + size_t(k)] + options.smoothing) /
                                          (totals[size_t(k)] + options.smoothing * double(F)));
                model.weights[f * K + size_t(k)] = w;
                mean += w / K;
            }
            for (int k = 0; k < K; ++k) {
                double &w = model.weights[f * K + size_t(k)];
                w = std::abs(w - mean) < options.minWeight ? 0.0 : quantized(w - mean);
            }
        }
        for (int k = 0; k < K; ++k)
            model.bias[size_t(k)] =
                quantized(std::log((examples[size_t(k)] + 1.0) / (double(rows.size()) + K)));
    } else {
        // Softmax regression by accelerated proximal gradient descent (FISTA): deterministic, and
        // the L1 step leaves most weights at exactly zero, which keeps the generated source small.
        const size_t F = size_t(model.features.size());
        const double n = double(rows.size());
        std::vector<double> x((F + 1) * K, 0.0), previous = x, y = x, gradient = x;
        for (int iteration = 0; iteration < options.iterations; ++iteration) {
            const double momentum = double(iteration) / double(iteration + 3);
            for (size_t i = 0; i < x.size(); ++i)
                y[i] = x[i] + momentum * (x[i] - previous[i]);
            std::fill(gradient.begin(), gradient.end(), 0.0);
            for (size_t r = 0; r < rows.size(); ++r) {
                std::array<double, K> z;
                for (int k = 0; k < K; ++k)
                    z[size_t(k)] =
                        y[F * K + size_t(k)] + (options.offsets ? offsets[r][size_t(k)] : 0.0);
                for (const int f : rows[r])
                    for (int k = 0; k < K; ++k)
                        z[size_t(k)] += y[size_t(f) * K + size_t(k)];
                const double top = *std::max_element(z.begin(), z.end());
                double sum = 0;
                for (double &v : z)
                    sum += (v = std::exp(v - top));
                for (int k = 0; k < K; ++k) {
                    const double g = (z[size_t(k)] / sum - (labels[r] == k ? 1.0 : 0.0)) / n;
                    gradient[F * K + size_t(k)] += g;
                    for (const int f : rows[r])
                        gradient[size_t(f) * K + size_t(k)] += g;
                }
            }
            previous = x;
            for (size_t i = 0; i < x.size(); ++i) {
                const bool bias = i >= F * K;
                double v = y[i] - options.rate * (gradient[i] + (bias ? 0.0 : options.l2 * y[i]));
                if (!bias) {
                    const double cut = options.rate * options.l1;
                    v = v > cut ? v - cut : v < -cut ? v + cut : 0.0;
                }
                x[i] = v;
            }
        }
        model.weights.assign(F * K, 0.0);
        for (size_t i = 0; i < F * K; ++i)
            model.weights[i] = quantized(x[i]);
        for (int k = 0; k < K; ++k)
            model.bias[size_t(k)] = quantized(x[F * K + size_t(k)]);
    }

    // Drop features left without a weight.
    const size_t F = size_t(model.features.size());
    Model pruned = model;
    pruned.features.clear();
    pruned.weights.clear();
    for (size_t f = 0; f < F; ++f) {
        bool any = false;
        for (int k = 0; k < K; ++k)
            any = any || model.weights[f * K + size_t(k)] != 0.0;
        if (!any)
            continue;
        pruned.features << model.features[qsizetype(f)];
        pruned.weights.insert(pruned.weights.end(), model.weights.begin() + qsizetype(f * K),
                              model.weights.begin() + qsizetype((f + 1) * K));
    }

    return pruned;
}

float CodeLangTrainer::rulesLead(const std::array<float, CodeLanguageCount> &rules, int *best)
{
    int top = 0;
    for (int k = 1; k < K; ++k)
        if (rules[size_t(k)] > rules[size_t(top)])
            top = k;
    float second = -1e9f;
    for (int k = 0; k < K; ++k)
        if (k != top)
            second = std::max(second, rules[size_t(k)]);
    *best = top;
    return rules[size_t(top)] - second;
}

int CodeLangTrainer::classify(const Model &model, const Example &example)
{
    int rulesBest = 0;
    if (model.options.gate > 0 && rulesLead(example.rules, &rulesBest) >= model.options.gate)
        return rulesBest;
    std::array<double, K> z = model.bias;
    for (const QString &f : example.features) {
        const auto it = std::lower_bound(model.features.cbegin(), model.features.cend(), f);
        if (it == model.features.cend() || *it != f)
            continue;
        const size_t row = size_t(it - model.features.cbegin());
        for (int k = 0; k < K; ++k)
            z[size_t(k)] += model.weights[row * K + size_t(k)];
    }
    if (const auto it = model.priors.constFind(example.category); it != model.priors.cend())
        for (int k = 0; k < K; ++k)
            z[size_t(k)] += model.options.priorWeight * it.value()[size_t(k)];
    for (int k = 0; k < K; ++k)
        z[size_t(k)] += model.options.ruleWeight * example.rules[size_t(k)];
    return int(std::max_element(z.begin(), z.end()) - z.begin());
}

QString CodeLangTrainer::generate(const Model &model) const
{
    QString out;
    const auto line = [&out](const QString &s) { out += s + u'\n'; };
    const auto q = [](double v) { return QString::number(qint64(std::llround(v * Quantum))); };
    line(QStringLiteral("// Generated by tools/train_codelang from tests/data/structure/train "
                        "(%1 documents, %2 code blocks). Do not edit:")
             .arg(m_documents.size())
             .arg(std::count_if(m_examples.cbegin(), m_examples.cend(),
                                [](const Example &e) { return e.whole; })));
    line(QStringLiteral("// run scripts/train-structure to regenerate it (tst_codelangmodel checks "
                        "that it is current)."));
    line(QStringLiteral("// A multinomial logistic regression over CodeLangFeatures; weights and "
                        "log-priors in units of 1/%1.")
             .arg(qint64(Quantum)));
    line(QStringLiteral("// Options: min documents %1, l2 %2, l1 %3, %4 iterations, rate %5.")
             .arg(model.options.minDocuments)
             .arg(model.options.l2)
             .arg(model.options.l1)
             .arg(model.options.iterations)
             .arg(model.options.rate));
    line(QString());
    line(QStringLiteral("namespace CodeLangModel {"));
    line(QString());
    line(QStringLiteral("constexpr float Unit = 1.0f / %1;").arg(qint64(Quantum)));
    line(QStringLiteral("constexpr float PriorWeight = %1f;")
             .arg(QString::number(model.options.priorWeight, 'f', 2)));
    line(QStringLiteral("constexpr float RuleWeight = %1f;")
             .arg(QString::number(model.options.ruleWeight, 'f', 2)));
    line(QStringLiteral("// A rules' lead this large decides without the model (0: never)."));
    line(QStringLiteral("constexpr float RuleLeadGate = %1f;")
             .arg(QString::number(model.options.gate, 'f', 2)));
    QStringList bias;
    for (const double b : model.bias)
        bias << q(b);
    line(QStringLiteral("constexpr qint16 Bias[%1] = {%2};").arg(K).arg(bias.join(u", ")));
    line(QString());
    line(
        QStringLiteral("// Per feature: its name and its non-zero weights as (language, weight)."));
    line(QStringLiteral("constexpr Feature Features[] = {"));
    QStringList weights;
    int first = 0;
    for (qsizetype f = 0; f < model.features.size(); ++f) {
        int count = 0;
        for (int k = 0; k < K; ++k) {
            const double w = model.weights[size_t(f) * K + size_t(k)];
            if (w == 0.0)
                continue;
            weights << QStringLiteral("{%1,%2}").arg(k).arg(q(w));
            ++count;
        }
        QString name = model.features[f];
        name.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        line(QStringLiteral("    {u\"%1\", %2, %3},").arg(name).arg(first).arg(count));
        first += count;
    }
    line(QStringLiteral("};"));
    line(QString());
    line(QStringLiteral("constexpr Weight Weights[] = {"));
    for (qsizetype i = 0; i < weights.size(); i += 10)
        line(QStringLiteral("    ") + weights.mid(i, 10).join(u',') + u',');
    line(QStringLiteral("};"));
    line(QString());
    line(QStringLiteral("// The post's category as a prior: log P(language | category) against a "
                        "uniform choice."));
    line(QStringLiteral("constexpr Prior Priors[] = {"));
    QStringList categories = model.priors.keys();
    categories.sort();
    for (const QString &c : std::as_const(categories)) {
        QStringList values;
        for (const double v : model.priors.value(c))
            values << q(v);
        line(QStringLiteral("    {u\"%1\", {%2}},").arg(c, values.join(u',')));
    }
    line(QStringLiteral("};"));
    line(QString());
    line(QStringLiteral("} // namespace CodeLangModel"));
    return out;
}

} // namespace Lectern
