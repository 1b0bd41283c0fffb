#include "linebreaktrainer.h"

#include "ingest/codelangbreaks.h"
#include "ingest/linebreakmodel.h"
#include "ingest/plainstripper.h"
#include "trainersupport.h"

#include <QFile>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Lectern {

using Training::isAscii;

namespace {

// Whether a line break stood between each two whitespace-separated tokens of `text`.
QList<bool> trueBreaks(const QString &text)
{
    QList<bool> breaks;
    bool inToken = false, seenToken = false, newline = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            newline = newline || c == u'\n';
            inToken = false;
            continue;
        }
        if (!inToken && seenToken)
            breaks << newline;
        inToken = seenToken = true;
        newline = false;
    }
    return breaks;
}

} // namespace

bool LineBreakTrainer::load(const QStringList &directories, QString *error)
{
    m_boundaries.clear();
    m_names.clear();
    m_blockTexts.clear();
    m_blockLanguages.clear();
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
            const QString text = b.text.simplified(); // the index joins lines with single spaces
            const QList<bool> labels = trueBreaks(b.text);
            // The language recovery would give the block: the model runs on that.
            const CodeLanguage language = identifyLanguage(text, truth.category.toLower());
            QList<BreakToken> tokens;
            const QList<bool> rules = ruleLineBreaks(text, language, &tokens);
            if (tokens.size() < 2 || labels.size() != tokens.size() - 1)
                continue;
            m_blockTexts << text;
            m_blockLanguages << language;
            std::vector<std::vector<quint64>> hashes;
            QList<QStringList> names;
            LineBreakModel::features(language, tokens, rules, &hashes, &names);
            for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
                Boundary boundary;
                boundary.features = std::move(hashes[size_t(i)]);
                for (qsizetype k = 0; k < names[i].size(); ++k)
                    if (!m_names.contains(boundary.features[size_t(k)]))
                        m_names.insert(boundary.features[size_t(k)], names[i][k]);
                boundary.label = labels[i];
                boundary.rule = rules[i];
                boundary.blockSize = int(tokens.size() - 1);
                boundary.document = d;
                boundary.language = int(language);
                boundary.block = int(m_blockTexts.size() - 1);
                m_boundaries.push_back(std::move(boundary));
            }
        }
    }
    if (m_boundaries.empty()) {
        *error = directories.join(QStringLiteral(", ")) + QStringLiteral(": no code blocks");
        return false;
    }
    return true;
}

LineBreakTrainer::Model LineBreakTrainer::train(const Options &options, int folds,
                                                int excludedFold) const
{
    const auto included = [&](const Boundary &b) {
        return excludedFold < 0 || b.document % folds != excludedFold;
    };
    // The vocabulary: features seen in enough training documents (names in plain ASCII, so the
    // generated source stays simple).
    QHash<quint64, QSet<int>> seenIn;
    for (const Boundary &b : m_boundaries)
        if (included(b))
            for (const quint64 f : b.features)
                seenIn[f].insert(b.document);
    std::vector<quint64> vocabulary;
    for (auto it = seenIn.cbegin(); it != seenIn.cend(); ++it)
        if (it.value().size() >= options.minDocuments && isAscii(m_names.value(it.key())))
            vocabulary.push_back(it.key());
    std::sort(vocabulary.begin(), vocabulary.end(),
              [this](quint64 a, quint64 b) { return m_names.value(a) < m_names.value(b); });
    QHash<quint64, int> index;
    for (size_t i = 0; i < vocabulary.size(); ++i)
        index.insert(vocabulary[i], int(i));

    std::vector<std::vector<int>> rows;
    std::vector<double> labels, weights;
    double total = 0;
    for (const Boundary &b : m_boundaries) {
        if (!included(b))
            continue;
        std::vector<int> row;
        for (const quint64 f : b.features)
            if (const auto it = index.constFind(f); it != index.cend())
                row.push_back(*it);
        rows.push_back(std::move(row));
        labels.push_back(b.label ? 1.0 : 0.0);
        const double w = std::min(1.0, options.blockCap / double(b.blockSize));
        weights.push_back(w);
        total += w;
    }

    // Logistic regression by accelerated proximal gradient descent (FISTA): deterministic, and
    // the L1 step leaves most weights at exactly zero. The last entry is the bias.
    const size_t F = vocabulary.size();
    std::vector<double> x(F + 1, 0.0), previous = x, y = x, gradient = x;
    for (int iteration = 0; iteration < options.iterations; ++iteration) {
        const double momentum = double(iteration) / double(iteration + 3);
        for (size_t i = 0; i < x.size(); ++i)
            y[i] = x[i] + momentum * (x[i] - previous[i]);
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (size_t r = 0; r < rows.size(); ++r) {
            double z = y[F];
            for (const int f : rows[r])
                z += y[size_t(f)];
            const double p = 1.0 / (1.0 + std::exp(-z));
            const double g = (p - labels[r]) * weights[r] / total;
            gradient[F] += g;
            for (const int f : rows[r])
                gradient[size_t(f)] += g;
        }
        previous = x;
        for (size_t i = 0; i < x.size(); ++i) {
            const bool bias = i == F;
            double v = y[i] - options.rate * (gradient[i] + (bias ? 0.0 : options.l2 * y[i]));
            if (!bias) {
                const double cut = options.rate * options.l1;
                v = v > cut ? v - cut : v < -cut ? v + cut : 0.0;
            }
            x[i] = v;
        }
    }

    Model model;
    model.options = options;
    model.bias = int(std::lround(x[F] * Quantum));
    for (size_t f = 0; f < F; ++f) {
        const int w = int(std::lround(x[f] * Quantum));
        if (w == 0)
            continue;
        model.names << m_names.value(vocabulary[f]);
        model.weights.push_back(w);
    }
    return model;
}

QHash<quint64, int> LineBreakTrainer::indexOf(const Model &model)
{
    QHash<quint64, int> index;
    for (qsizetype i = 0; i < model.names.size(); ++i)
        index.insert(LineBreakModel::hashName(model.names[i]), model.weights[size_t(i)]);
    return index;
}

int LineBreakTrainer::score(const Model &model, const QHash<quint64, int> &index, const Boundary &b)
{
    int s = model.bias;
    for (const quint64 f : b.features)
        s += index.value(f, 0);
    return s;
}

std::vector<int> LineBreakTrainer::crossValidatedScores(const Options &options) const
{
    std::vector<int> scores(m_boundaries.size(), 0);
    for (int fold = 0; fold < options.folds; ++fold) {
        const Model m = train(options, options.folds, fold);
        const QHash<quint64, int> index = indexOf(m);
        for (size_t i = 0; i < m_boundaries.size(); ++i)
            if (m_boundaries[i].document % options.folds == fold)
                scores[i] = score(m, index, m_boundaries[i]);
    }
    return scores;
}

int LineBreakTrainer::chooseThreshold(const std::vector<int> &scores, double minPrecision,
                                      const std::vector<bool> &use) const
{
    std::vector<size_t> order;
    qint64 truth = 0;
    for (size_t i = 0; i < m_boundaries.size(); ++i) {
        if (!use.empty() && !use[i])
            continue;
        order.push_back(i);
        truth += m_boundaries[i].label;
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
    });
    // Lower the threshold one score value at a time; keep the best F1 that holds the precision.
    int best = order.empty() ? 0 : scores[order.front()] + 1;
    double bestF1 = -1;
    qint64 matched = 0, predicted = 0;
    for (size_t k = 0; k < order.size(); ++k) {
        matched += m_boundaries[order[k]].label;
        ++predicted;
        if (k + 1 < order.size() && scores[order[k + 1]] == scores[order[k]])
            continue;
        const double precision = double(matched) / double(predicted);
        const double f1 = 2.0 * double(matched) / double(predicted + truth);
        if (precision >= minPrecision && f1 > bestF1) {
            bestF1 = f1;
            best = scores[order[k]];
        }
    }
    return best;
}

LineBreakTrainer::Counts LineBreakTrainer::ruleCounts(const std::vector<bool> &use) const
{
    Counts c;
    for (size_t i = 0; i < m_boundaries.size(); ++i) {
        if (!use.empty() && !use[i])
            continue;
        const Boundary &b = m_boundaries[i];
        c.matched += b.rule && b.label;
        c.predicted += b.rule;
        c.truth += b.label;
    }
    return c;
}

LineBreakTrainer::Counts LineBreakTrainer::modelCounts(const std::vector<int> &scores,
                                                       int threshold,
                                                       const std::vector<bool> &use) const
{
    Counts c;
    for (size_t i = 0; i < m_boundaries.size(); ++i) {
        if (!use.empty() && !use[i])
            continue;
        const bool yes = scores[i] >= threshold;
        c.matched += yes && m_boundaries[i].label;
        c.predicted += yes;
        c.truth += m_boundaries[i].label;
    }
    return c;
}

LineBreakTrainer::Model LineBreakTrainer::fit(const Options &options) const
{
    const double minPrecision =
        options.minPrecision > 0 ? options.minPrecision : ruleCounts().precision();
    const std::vector<int> scores = crossValidatedScores(options);
    Model model = train(options);
    model.threshold = chooseThreshold(scores, minPrecision, {});
    for (int l = 0; l < CodeLanguageCount; ++l) {
        std::vector<bool> use(m_boundaries.size());
        bool any = false;
        for (size_t i = 0; i < m_boundaries.size(); ++i)
            any = (use[i] = m_boundaries[i].language == l) || any;
        const double rules = ruleCounts(use).f1();
        const double learned = modelCounts(scores, model.threshold, use).f1();
        if (any && learned < rules) {
            model.rulesAlone[size_t(l)] = true;
            model.rulesAloneWhy << QStringLiteral("%1 %2 > %3")
                                       .arg(languageName(CodeLanguage(l)))
                                       .arg(rules, 0, 'f', 3)
                                       .arg(learned, 0, 'f', 3);
        }
    }
    return model;
}

QString LineBreakTrainer::generate(const Model &model) const
{
    QString out;
    const auto line = [&out](const QString &s) { out += s + u'\n'; };
    line(QStringLiteral("// Generated by tools/train_linebreaks from tests/data/structure/train "
                        "(%1 documents, %2 code blocks,")
             .arg(m_documents.size())
             .arg(m_blockTexts.size()));
    line(QStringLiteral("// %1 boundaries). Do not edit: run scripts/train-structure to regenerate "
                        "it (tst_linebreakmodel")
             .arg(qint64(m_boundaries.size())));
    line(QStringLiteral("// checks that it is current). A logistic regression over "
                        "LineBreakModel::features; weights in"));
    line(QStringLiteral("// units of 1/%1. Options: min documents %2, l2 %3, l1 %4, %5 iterations, "
                        "rate %6, block cap %7,")
             .arg(Quantum)
             .arg(model.options.minDocuments)
             .arg(model.options.l2)
             .arg(model.options.l1)
             .arg(model.options.iterations)
             .arg(model.options.rate)
             .arg(model.options.blockCap));
    line(QStringLiteral("// threshold from %1-fold cross-validation by document.")
             .arg(model.options.folds));
    line(QString());
    line(QStringLiteral("namespace LineBreakModelData {"));
    line(QString());
    line(QStringLiteral("constexpr int Bias = %1;").arg(model.bias));
    line(QStringLiteral("// A break where Bias plus the weights of the boundary's features reach "
                        "this."));
    line(QStringLiteral("constexpr int Threshold = %1;").arg(model.threshold));
    line(QStringLiteral("// By CodeLanguage: the rules decide alone where they beat the model out "
                        "of fold (F1, rules > model):"));
    line(QStringLiteral("// %1.").arg(model.rulesAloneWhy.isEmpty()
                                          ? QStringLiteral("none")
                                          : model.rulesAloneWhy.join(QLatin1String(", "))));
    QStringList alone;
    for (const bool a : model.rulesAlone)
        alone << (a ? QStringLiteral("true") : QStringLiteral("false"));
    line(
        QStringLiteral("constexpr bool RulesAlone[] = {%1};").arg(alone.join(QLatin1String(", "))));
    line(QString());
    line(QStringLiteral("constexpr Feature Features[] = {"));
    for (qsizetype f = 0; f < model.names.size(); ++f) {
        QString name = model.names[f];
        name.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        line(QStringLiteral("    {u\"%1\", %2},").arg(name).arg(model.weights[size_t(f)]));
    }
    line(QStringLiteral("};"));
    line(QString());
    line(QStringLiteral("} // namespace LineBreakModelData"));
    return out;
}

} // namespace Lectern
