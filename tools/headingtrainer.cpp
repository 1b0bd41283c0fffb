#include "headingtrainer.h"

#include "ingest/plainstripper.h"
#include "ingest/structure.h"
#include "ingest/structureeval.h"
#include "ingest/structuretext.h"
#include "ingest/structuretokens.h"
#include "ingest/structuretraining.h"
#include "trainersupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

namespace Lectern {

using Training::isAscii;
using Training::Quantum;

// StructureWords' table, which holds the committed vocabulary, takes words of fewer than 32
// characters ("access-control-allow-credentials" has 32).
constexpr qsizetype MaxVocabularyWord = 31;

namespace {

// Tokens a .. k - 1 of a line added to a span, as the decoder adds them.
HeadingModel::Span spanOf(const HeadingModel::Line &line, qsizetype a, qsizetype k)
{
    HeadingModel::Span span;
    for (qsizetype i = a; i < k; ++i)
        span.add(line, i);
    return span;
}

// The true headings as [start, end) in non-whitespace characters, the way the metrics count
// (structureeval.cpp flattens blocks the same way).
QSet<QPair<qsizetype, qsizetype>> trueHeadings(const Blocks &blocks, qsizetype *total)
{
    QSet<QPair<qsizetype, qsizetype>> spans;
    qsizetype pos = 0;
    const auto count = [](const QString &s) {
        return qsizetype(std::count_if(s.begin(), s.end(), [](QChar c) { return !c.isSpace(); }));
    };
    for (const Block &b : blocks) {
        const qsizetype start = pos;
        for (const QString &item : b.items)
            pos += count(item);
        pos += count(b.text);
        if (b.type == Block::Type::Heading && pos > start)
            spans.insert({start, pos});
    }
    *total = pos;
    return spans;
}

} // namespace

bool HeadingTrainer::load(const QStringList &directories, QString *error)
{
    m_documents.clear();
    m_lines.clear();
    m_examples.clear();
    m_truths.clear();
    m_headingSpans.clear();
    m_candidates.clear();
    m_unreachableHeadings.clear();
    m_truthHeadings = 0;
    for (const QString &directory : directories) {
        const QDir dir(directory);
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            m_documents << dir.filePath(name);
    }
    m_documents.sort();
    const HeadingModel plain; // classes only: words are indexed per vocabulary later
    for (int d = 0; d < m_documents.size(); ++d) {
        GroundTruth truth;
        if (!PlainStripper::fromFile(m_documents[d], PlainStripper::Flavour::Hugo, &truth, error))
            return false;
        qsizetype truthChars = 0;
        const QSet<QPair<qsizetype, qsizetype>> headings = trueHeadings(truth.blocks, &truthChars);
        m_truthHeadings += int(headings.size());
        // Recovery's lines and tokens, and each character's non-whitespace offset.
        const DecodedText decoded = decodeEntitiesWithOrigins(truth.indexContent);
        const QStringView text(decoded.text);
        std::vector<qsizetype> offset(size_t(text.size()) + 1, 0);
        for (qsizetype i = 0; i < text.size(); ++i)
            offset[size_t(i) + 1] = offset[size_t(i)] + !text[i].isSpace();
        if (offset.back() != truthChars) {
            *error = m_documents[d] + QStringLiteral(": the index text differs from the truth");
            return false;
        }
        QSet<QPair<qsizetype, qsizetype>> matched;
        QHash<QPair<qsizetype, qsizetype>, int> candidates;
        qsizetype pos = 0;
        bool firstLine = true;
        while (pos < text.size()) {
            qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0)
                end = text.size();
            const QStringView lineText = text.sliced(pos, end - pos);
            QString lower;
            const StructureTokens tokens = tokenizeLine(
                lineText, QByteArrayView(decoded.origins).sliced(pos, end - pos), &lower);
            if (!tokens.isEmpty()) {
                std::vector<float> quality(size_t(tokens.size()));
                for (qsizetype i = 0; i < tokens.size(); ++i)
                    quality[size_t(i)] = sentenceStartQuality(tokens, i);
                Line line;
                plain.prepare(tokens, quality, firstLine, &line.features);
                for (const StructureToken &t : tokens)
                    line.texts << t.text.toString();
                for (const StructureToken &t : tokens)
                    // A deep copy: `lower` borrows the line's storage.
                    line.words << (t.alpha ? QString(t.lower.constData(), t.lower.size())
                                           : QString());
                const int lineIndex = int(m_lines.size());
                m_lines << line;
                const std::vector<quint16> lengths = headingCandidateLengths(tokens);
                for (qsizetype a = 0; a < tokens.size(); ++a) {
                    for (qsizetype len = 1; len <= 12; ++len) {
                        if (!(lengths[size_t(a)] & (1u << len)))
                            continue;
                        const qsizetype k = a + len;
                        const QPair<qsizetype, qsizetype> span = {
                            offset[size_t(pos + tokens[a].start)],
                            offset[size_t(pos + tokens[k - 1].end)]};
                        Example e;
                        e.document = d;
                        e.line = lineIndex;
                        e.a = qint16(a);
                        e.k = qint16(k);
                        e.positive = headings.contains(span);
                        if (e.positive)
                            matched.insert(span);
                        candidates.insert(span, int(m_examples.size()));
                        m_examples << e;
                    }
                }
                firstLine = false;
            }
            pos = end + 1;
        }
        // Each missed heading's text, from its non-whitespace offsets (sorted: a set's order is
        // the hash's).
        QList<QPair<qsizetype, qsizetype>> missed;
        for (const QPair<qsizetype, qsizetype> &h : headings)
            if (!matched.contains(h))
                missed << h;
        std::sort(missed.begin(), missed.end());
        // The character of text that is the n-th non-whitespace one.
        const auto at = [&offset](qsizetype n) {
            return qsizetype(std::upper_bound(offset.begin(), offset.end() - 1, n) -
                             offset.begin()) -
                   1;
        };
        const auto flat = [](QStringView v) { return v.toString().replace(u'\n', u' '); };
        for (const QPair<qsizetype, qsizetype> &h : std::as_const(missed)) {
            const qsizetype a = at(h.first);
            const qsizetype b = at(h.second - 1) + 1;
            const qsizetype from = std::max<qsizetype>(0, a - 50);
            m_unreachableHeadings.append(
                {d, text.sliced(a, b - a).toString(), flat(text.sliced(from, a - from)),
                 flat(text.sliced(b, std::min<qsizetype>(50, text.size() - b)))});
        }
        m_truths << truth;
        m_headingSpans << headings;
        m_candidates << candidates;
    }
    if (m_examples.isEmpty()) {
        *error = directories.join(u' ') + QStringLiteral(": no heading candidates");
        return false;
    }
    return true;
}

HeadingModel::Line HeadingTrainer::lineFor(const HeadingModel &model, int line) const
{
    HeadingModel::Line l = m_lines[line].features;
    const int rare = int(model.vocabulary().size());
    const QStringList &words = m_lines[line].words;
    for (qsizetype i = 0; i < words.size(); ++i)
        l.word[size_t(i)] = words[i].isEmpty() ? rare : model.wordIndex(words[i]);
    model.weigh(&l);
    return l;
}

HeadingModel HeadingTrainer::train(const Options &options, int folds, int excludedFold) const
{
    const auto included = [&](const Example &e) {
        return excludedFold < 0 || e.document % folds != excludedFold;
    };
    // The vocabulary: words in the lexical roles (first, last, next) of candidates, in enough
    // training documents.
    QStringList vocabulary;
    if (options.lexical) {
        QHash<QString, QSet<int>> seenIn;
        for (const Example &e : m_examples) {
            if (!included(e))
                continue;
            const QStringList &words = m_lines[e.line].words;
            for (const qsizetype i : {qsizetype(e.a), qsizetype(e.k) - 1, qsizetype(e.k)})
                if (i < words.size() && !words[i].isEmpty())
                    seenIn[words[i]].insert(e.document);
        }
        for (auto it = seenIn.cbegin(); it != seenIn.cend(); ++it)
            if (it.value().size() >= options.minDocuments && isAscii(it.key()) &&
                it.key().size() <= MaxVocabularyWord)
                vocabulary << it.key();
        vocabulary.sort();
    }
    const HeadingModel layout(vocabulary, {});
    const int F = layout.featureCount();

    // Rows, with identical feature sets merged (weights: positive and negative counts).
    QMap<std::vector<int>, std::array<double, 2>> merged;
    {
        int lastLine = -1;
        HeadingModel::Line line;
        std::vector<int> row;
        for (const Example &e : m_examples) {
            if (!included(e))
                continue;
            if (e.line != lastLine) {
                line = lineFor(layout, e.line);
                lastLine = e.line;
            }
            const HeadingModel::Span span = spanOf(line, e.a, e.k);
            layout.features(line, e.a, e.k, span, &row);
            std::sort(row.begin(), row.end());
            merged[row][e.positive ? 1 : 0] += 1;
        }
    }
    std::vector<std::vector<int>> rows;
    std::vector<std::array<double, 2>> counts;
    double total = 0;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        rows.push_back(it.key());
        counts.push_back(it.value());
        total += it.value()[0] + it.value()[1];
    }

    // Full-batch Adam on the mean log-loss plus l2 / 2 |w|^2 (bias excluded).
    std::vector<double> w(size_t(F), 0.0), m(size_t(F), 0.0), v(size_t(F), 0.0), g(size_t(F), 0.0);
    constexpr double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
    for (int t = 1; t <= options.iterations; ++t) {
        std::fill(g.begin(), g.end(), 0.0);
        for (size_t r = 0; r < rows.size(); ++r) {
            double z = 0;
            for (const int f : rows[r])
                z += w[size_t(f)];
            const double p = 1.0 / (1.0 + std::exp(-z));
            // d/dz of the summed loss over the merged examples: n * p - positives
            const double dz = ((counts[r][0] + counts[r][1]) * p - counts[r][1]) / total;
            for (const int f : rows[r])
                g[size_t(f)] += dz;
        }
        for (int f = 1; f < F; ++f)
            g[size_t(f)] += options.l2 * w[size_t(f)];
        const double c1 = 1.0 - std::pow(Beta1, t), c2 = 1.0 - std::pow(Beta2, t);
        for (int f = 0; f < F; ++f) {
            m[size_t(f)] = Beta1 * m[size_t(f)] + (1 - Beta1) * g[size_t(f)];
            v[size_t(f)] = Beta2 * v[size_t(f)] + (1 - Beta2) * g[size_t(f)] * g[size_t(f)];
            w[size_t(f)] -=
                options.rate * (m[size_t(f)] / c1) / (std::sqrt(v[size_t(f)] / c2) + Epsilon);
        }
    }
    std::vector<float> weights(static_cast<size_t>(F));
    for (int f = 0; f < F; ++f)
        weights[size_t(f)] = float(Training::quantized(w[size_t(f)]));
    return HeadingModel(vocabulary, std::move(weights));
}

float HeadingTrainer::score(const HeadingModel &model, const Example &e) const
{
    std::vector<int> row;
    exampleFeatures(model, e, &row);
    float s = 0;
    for (const int f : row)
        s += model.weights()[size_t(f)];
    return s;
}

float HeadingTrainer::fastScore(const HeadingModel &model, const Example &e) const
{
    const HeadingModel::Line line = lineFor(model, e.line);
    const HeadingModel::Span span = spanOf(line, e.a, e.k);
    return model.score(line, e.a, e.k, span);
}

QString HeadingTrainer::spanText(const Example &e) const
{
    const QStringList &texts = m_lines[e.line].texts;
    return texts.mid(e.a, e.k - e.a).join(u' ') + QStringLiteral(" | ") +
           texts.mid(e.k, 3).join(u' ');
}

HeadingTrainer::Ranking HeadingTrainer::rank(const HeadingModel &model, int folds, int fold,
                                             QStringList *misses) const
{
    Ranking r;
    std::vector<std::pair<float, bool>> scored;
    // Per line: the scored examples, for the overlap test.
    QHash<int, QList<QPair<qsizetype, float>>> byLine; // line -> (example index, score)
    int lastLine = -1;
    HeadingModel::Line line;
    std::vector<int> row;
    for (qsizetype i = 0; i < m_examples.size(); ++i) {
        const Example &e = m_examples[i];
        if (fold >= 0 && e.document % folds != fold)
            continue;
        if (e.line != lastLine) {
            line = lineFor(model, e.line);
            lastLine = e.line;
        }
        const HeadingModel::Span span = spanOf(line, e.a, e.k);
        const float s = model.score(line, e.a, e.k, span);
        scored.push_back({s, e.positive});
        byLine[e.line].append({i, s});
        const double p = std::clamp(1.0 / (1.0 + std::exp(-double(s))), 1e-12, 1.0 - 1e-12);
        r.logLoss -= e.positive ? std::log(p) : std::log(1 - p);
        r.positives += e.positive;
    }
    r.examples = int(scored.size());
    if (scored.empty())
        return r;
    r.logLoss /= double(scored.size());
    // AUC by rank sums (ties count half).
    std::sort(scored.begin(), scored.end());
    double rankSum = 0;
    for (size_t i = 0; i < scored.size();) {
        size_t j = i;
        while (j < scored.size() && scored[j].first == scored[i].first)
            ++j;
        const double rank = (double(i) + double(j - 1)) / 2.0 + 1.0;
        for (size_t t = i; t < j; ++t)
            if (scored[t].second)
                rankSum += rank;
        i = j;
    }
    const double pos = r.positives, neg = double(scored.size()) - pos;
    if (pos > 0 && neg > 0)
        r.auc = (rankSum - pos * (pos + 1) / 2.0) / (pos * neg);
    int top = 0;
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        for (const auto &[index, s] : it.value()) {
            const Example &e = m_examples[index];
            if (!e.positive)
                continue;
            bool best = true;
            for (const auto &[other, t] : it.value()) {
                const Example &o = m_examples[other];
                if (other != index && o.a < e.k && e.a < o.k && t >= s) {
                    if (best && misses)
                        *misses << QStringLiteral("%1 [%2]  <  %3 [%4]")
                                       .arg(spanText(e))
                                       .arg(double(s), 0, 'f', 1)
                                       .arg(spanText(o))
                                       .arg(double(t), 0, 'f', 1);
                    best = false;
                }
            }
            top += best;
        }
    }
    r.top = pos > 0 ? double(top) / pos : 0;
    return r;
}

HeadingTrainer::WeightChoice HeadingTrainer::chooseWeight(const Options &options, int folds) const
{
    QList<Setting> candidates{{0.0f, HeadingModel::DefaultClamp}};
    for (const float clamp : {0.5f, 1.0f, 2.0f, 4.0f})
        for (const float weight : {0.1f, 0.3f, 0.5f, 1.0f, 1.5f, 2.0f, 3.0f})
            candidates.append({weight, clamp});
    const std::vector<std::vector<DocumentScores>> scores = crossValidate(
        folds, [&](int fold) { return QList<HeadingModel>{train(options, folds, fold)}; },
        candidates);
    std::vector<StructureScore> totals(size_t(candidates.size()));
    for (qsizetype c = 0; c < candidates.size(); ++c)
        for (const StructureScore &s : scores[0][size_t(c)])
            totals[size_t(c)] += s;
    WeightChoice choice;
    choice.folds = folds;
    double best = 0;
    int truths = 0;
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        const StructureScore &t = totals[size_t(c)];
        choice.curve.append(
            {candidates[c].weight, candidates[c].clamp, t.headingF1(), t.codeF1(), t.itemF1()});
        best = std::max(best, t.headingF1());
        truths = t.headingTrue;
    }
    // One standard error of the best F1 (as a proportion over the true headings): settings
    // closer than that are not told apart by these documents, so the one that trusts the model
    // least is taken (it carries over better to documents unlike the model's).
    choice.tolerance = truths > 0 ? std::sqrt(best * (1 - best) / truths) : 0;
    float reach = -1;
    for (const WeightPoint &p : std::as_const(choice.curve))
        if (p.headingF1 >= best - choice.tolerance && (reach < 0 || p.weight * p.clamp < reach)) {
            reach = p.weight * p.clamp;
            choice.weight = p.weight;
            choice.clamp = p.clamp;
        }
    return choice;
}

std::vector<std::vector<HeadingTrainer::DocumentScores>>
HeadingTrainer::crossValidate(int folds, const FoldFit &fit, const QList<Setting> &settings) const
{
    std::vector<std::vector<DocumentScores>> scores;
    for (int fold = 0; fold < folds; ++fold) {
        const QList<HeadingModel> models = fit(fold);
        if (scores.empty())
            scores.assign(size_t(models.size()),
                          std::vector<DocumentScores>(size_t(settings.size()),
                                                      DocumentScores(size_t(m_truths.size()))));
        for (qsizetype m = 0; m < models.size(); ++m) {
            HeadingModel model = models[m];
            HeadingModel::install(&model);
            for (qsizetype c = 0; c < settings.size(); ++c) {
                model.setClamp(settings[c].clamp);
                HeadingWeights w = HeadingWeights::initial();
                w[HeadingWeights::LearnedModel] = settings[c].weight;
                for (qsizetype d = fold; d < m_truths.size(); d += folds)
                    scores[size_t(m)][size_t(c)][size_t(d)] = scoreStructure(
                        m_truths[d].blocks,
                        recoverStructure(m_truths[d].indexContent, m_truths[d].category, w));
            }
            HeadingModel::install(nullptr);
        }
    }
    return scores;
}

void HeadingTrainer::exampleFeatures(const HeadingModel &model, const Example &e,
                                     std::vector<int> *row) const
{
    const HeadingModel::Line line = lineFor(model, e.line);
    const HeadingModel::Span span = spanOf(line, e.a, e.k);
    model.features(line, e.a, e.k, span, row);
}

int HeadingTrainer::perceptronStep(const HeadingModel &model, int document, const Options &options,
                                   const Setting &setting, std::vector<double> *weights) const
{
    HeadingModel current = model;
    current.setClamp(setting.clamp);
    HeadingModel::install(&current);
    HeadingWeights w = HeadingWeights::initial();
    w[HeadingWeights::LearnedModel] = setting.weight;
    const GroundTruth &truth = m_truths[document];
    const Blocks recovered = recoverStructure(truth.indexContent, truth.category, w);
    HeadingModel::install(nullptr);
    qsizetype total = 0;
    const QSet<QPair<qsizetype, qsizetype>> predicted = trueHeadings(recovered, &total);
    const QSet<QPair<qsizetype, qsizetype>> &headings = m_headingSpans[document];
    // Sorted: the sums below must not depend on the hash's order.
    QList<QPair<QPair<qsizetype, qsizetype>, int>> updates; // span, +1 missed / -1 wrong
    for (const auto &span : headings)
        if (!predicted.contains(span))
            updates.append({span, +1});
    for (const auto &span : predicted)
        if (!headings.contains(span))
            updates.append({span, -1});
    std::sort(updates.begin(), updates.end());
    int count = 0;
    std::vector<int> row;
    for (const auto &[span, sign] : std::as_const(updates)) {
        const int index = m_candidates[document].value(span, -1);
        if (index < 0)
            continue; // no span the rules allow (a missed heading), or not one line's tokens
        exampleFeatures(current, m_examples[index], &row);
        float s = 0;
        for (const int f : row)
            s += current.weights()[size_t(f)];
        const float z = s + HeadingModel::Offset;
        const bool inside = z > -setting.clamp && z < HeadingModel::Ceiling;
        bool update = true;
        switch (options.rule) {
        case UpdateRule::All:
            break;
        case UpdateRule::Inside:
            update = inside;
            break;
        case UpdateRule::Toward:
            update = sign > 0 ? z < HeadingModel::Ceiling : z > -setting.clamp;
            break;
        }
        if (!update)
            continue;
        for (const int f : row)
            (*weights)[size_t(f)] += sign * options.perceptronRate;
        ++count;
    }
    return count;
}

HeadingModel HeadingTrainer::refine(const HeadingModel &start, const Options &options,
                                    const Setting &setting, int folds, int excludedFold,
                                    QList<HeadingModel> *perEpoch) const
{
    std::vector<double> w(start.weights().begin(), start.weights().end());
    std::vector<double> sum(w.size(), 0.0);
    qint64 steps = 0;
    const auto modelOf = [&](const std::vector<double> &v, double divisor, bool quantize) {
        std::vector<float> f(v.size());
        for (size_t i = 0; i < v.size(); ++i)
            f[i] = float(quantize ? Training::quantized(v[i] / divisor) : v[i] / divisor);
        HeadingModel m(start.vocabulary(), std::move(f));
        m.setClamp(setting.clamp);
        return m;
    };
    QList<int> order;
    for (int d = 0; d < m_truths.size(); ++d)
        if (excludedFold < 0 || d % folds != excludedFold)
            order << d;
    // A fixed seed and a hand-written Fisher-Yates: std::shuffle's order differs between
    // standard libraries. The seed itself matters little: with the committed heading weights
    // kept, seeds 7 and 8 moved heading F1 on 150 unseen posts by -0.05 and -0.04 points. What
    // moved it by -0.2 to -0.7 points after a retrain was the weight fit that followed
    // (structuretraining.h), whose second step flipped between weights on gains at its margin.
    std::mt19937 random(6u);
    HeadingModel result = start;
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (qsizetype i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[qsizetype(random() % quint32(i + 1))]);
        for (const int d : std::as_const(order)) {
            perceptronStep(modelOf(w, 1.0, false), d, options, setting, &w);
            for (size_t f = 0; f < w.size(); ++f)
                sum[f] += w[f];
            ++steps;
        }
        result = options.averaged ? modelOf(sum, double(steps), true) : modelOf(w, 1.0, true);
        if (perEpoch)
            perEpoch->append(result);
    }
    return result;
}

HeadingTrainer::Setting HeadingTrainer::committedSetting(const Options &options,
                                                         const WeightChoice &choice)
{
    return options.epochs > 0 ? Setting{options.stageWeight, options.stageClamp}
                              : Setting{choice.weight, choice.clamp};
}

HeadingModel HeadingTrainer::fit(const Options &options, const Setting &setting, int folds,
                                 int excludedFold) const
{
    const HeadingModel model = train(options, folds, excludedFold);
    return options.epochs > 0 ? refine(model, options, setting, folds, excludedFold) : model;
}

double HeadingTrainer::differenceError(const DocumentScores &a, const DocumentScores &b,
                                       Metric metric)
{
    // The documents some fold scored, and the pooled totals.
    StructureScore ta, tb;
    std::vector<size_t> used;
    for (size_t d = 0; d < b.size(); ++d) {
        if (b[d].documents == 0)
            continue;
        used.push_back(d);
        tb += b[d];
        if (!a.empty())
            ta += a[d];
    }
    // Totals without document d: StructureScore only adds, so subtract by adding the negated
    // counts the metrics read.
    const auto without = [](StructureScore total, const StructureScore &d) {
        total.codeTruePositive -= d.codeTruePositive;
        total.codePredicted -= d.codePredicted;
        total.codeTrue -= d.codeTrue;
        total.headingMatched -= d.headingMatched;
        total.headingPredicted -= d.headingPredicted;
        total.headingTrue -= d.headingTrue;
        total.itemMatched -= d.itemMatched;
        total.itemPredicted -= d.itemPredicted;
        total.itemTrue -= d.itemTrue;
        return total;
    };
    std::vector<double> leaveOut;
    for (const size_t d : used)
        leaveOut.push_back(std::invoke(metric, without(tb, b[d])) -
                           (a.empty() ? 0.0 : std::invoke(metric, without(ta, a[d]))));
    const double n = double(leaveOut.size());
    if (n < 2)
        return 0;
    double mean = 0;
    for (const double v : leaveOut)
        mean += v / n;
    double squares = 0;
    for (const double v : leaveOut)
        squares += (v - mean) * (v - mean);
    return std::sqrt((n - 1) / n * squares);
}

HeadingTrainer::StageCheck HeadingTrainer::checkStage(const Options &options,
                                                      const Setting &setting, int folds) const
{
    Options logistic = options;
    logistic.epochs = 0;
    const std::vector<std::vector<DocumentScores>> scores = crossValidate(
        folds,
        [&](int fold) {
            const HeadingModel base = train(logistic, folds, fold);
            return QList<HeadingModel>{
                base, options.epochs > 0 ? refine(base, options, setting, folds, fold) : base};
        },
        {setting});
    StageCheck check;
    check.setting = setting;
    check.folds = folds;
    for (const StructureScore &s : scores[0][0])
        check.without += s;
    for (const StructureScore &s : scores[1][0])
        check.with += s;
    const Metric metrics[] = {&StructureScore::headingF1, &StructureScore::codeF1,
                              &StructureScore::itemF1};
    for (size_t i = 0; i < 3; ++i) {
        check.withoutError[i] = differenceError({}, scores[0][0], metrics[i]);
        check.withError[i] = differenceError({}, scores[1][0], metrics[i]);
    }
    check.headingGainError =
        differenceError(scores[0][0], scores[1][0], &StructureScore::headingF1);
    check.codeGainError = differenceError(scores[0][0], scores[1][0], &StructureScore::codeF1);
    check.itemGainError = differenceError(scores[0][0], scores[1][0], &StructureScore::itemF1);
    return check;
}

QString HeadingTrainer::generate(const HeadingModel &model, const Options &options,
                                 const WeightChoice &choice, const StageCheck &stage) const
{
    QString out;
    const auto line = [&out](const QString &s) { out += s + u'\n'; };
    int positives = 0;
    for (const Example &e : m_examples)
        positives += e.positive;
    QStringList folders;
    for (const QString &path : m_documents) {
        const QString folder = QFileInfo(path).dir().dirName();
        if (!folders.contains(folder))
            folders << folder;
    }
    line(QStringLiteral("// Generated by tools/train_headings from tests/data/structure/train/{%1} "
                        "(%2 documents, %3 candidate spans, %4 headings). Do not edit:")
             .arg(folders.join(u','))
             .arg(m_documents.size())
             .arg(m_examples.size())
             .arg(positives));
    line(QStringLiteral("// run scripts/train-structure to regenerate it (tst_headingmodel checks "
                        "that it is current)."));
    line(QStringLiteral("// Logistic regression over HeadingModel's features (headingmodel.h); "
                        "weights in units of 1/%1.")
             .arg(qint64(Quantum)));
    line(QStringLiteral("// Options: l2 %1, min documents %2, %3 iterations, rate %4, lexical %5.")
             .arg(options.l2)
             .arg(options.minDocuments)
             .arg(options.iterations)
             .arg(options.rate)
             .arg(options.lexical ? 1 : 0));
    line(QStringLiteral("namespace HeadingModelData {"));
    line(QStringLiteral("constexpr float Unit = 1.0f / %1;").arg(qint64(Quantum)));
    line(QStringLiteral("// The model's weight in the heading score (HeadingWeights::LearnedModel) "
                        "and floor: of the settings"));
    line(
        QStringLiteral("// within %1 (one standard error) of the best heading F1 over %2 held-back "
                       "folds, recovered end to end, the one with the least weight x floor:")
            .arg(choice.tolerance, 0, 'f', 4)
            .arg(choice.folds));
    for (const WeightPoint &p : choice.curve)
        line(QStringLiteral("//   weight %1 floor %5: heading F1 %2, code F1 %3, list items %4")
                 .arg(double(p.weight), 0, 'f', 2)
                 .arg(p.headingF1, 0, 'f', 4)
                 .arg(p.codeF1, 0, 'f', 4)
                 .arg(p.itemF1, 0, 'f', 4)
                 .arg(double(p.clamp), 0, 'f', 1));
    const Setting setting = committedSetting(options, choice);
    if (options.epochs > 0) {
        static const char *const rules[] = {"all", "inside the clamp", "towards the clamp"};
        line(QStringLiteral("// (The logistic model alone would take weight %1 floor %2.) Then, "
                            "end to end, %3 epochs of a%4")
                 .arg(double(choice.weight), 0, 'f', 2)
                 .arg(double(choice.clamp), 0, 'f', 1)
                 .arg(options.epochs)
                 .arg(options.averaged ? QStringLiteral("n averaged") : QString()));
        line(QStringLiteral("// structured perceptron at rate %1 on the decoder's mistakes at "
                            "weight %2 floor %3, updating %4;")
                 .arg(options.perceptronRate)
                 .arg(double(setting.weight), 0, 'f', 2)
                 .arg(double(setting.clamp), 0, 'f', 1)
                 .arg(QLatin1String(rules[int(options.rule)])));
        line(QStringLiteral("// all chosen by train_headings --evaluate. Over %1 held-back folds "
                            "at that setting, without -> with the stage:")
                 .arg(stage.folds));
        line(QStringLiteral("//   heading F1 %1 -> %2, code F1 %3 -> %4, list items %5 -> %6; "
                            "jackknife standard errors of")
                 .arg(stage.without.headingF1(), 0, 'f', 4)
                 .arg(stage.with.headingF1(), 0, 'f', 4)
                 .arg(stage.without.codeF1(), 0, 'f', 4)
                 .arg(stage.with.codeF1(), 0, 'f', 4)
                 .arg(stage.without.itemF1(), 0, 'f', 4)
                 .arg(stage.with.itemF1(), 0, 'f', 4));
        line(QStringLiteral("//   the gains over documents: heading %1, code %2, list items %3")
                 .arg(stage.headingGainError, 0, 'f', 4)
                 .arg(stage.codeGainError, 0, 'f', 4)
                 .arg(stage.itemGainError, 0, 'f', 4));
    }
    line(QStringLiteral("constexpr float ChosenWeight = %1f;")
             .arg(double(setting.weight), 0, 'f', 2));
    line(
        QStringLiteral("constexpr float ChosenClamp = %1f;").arg(double(setting.clamp), 0, 'f', 1));
    line(QStringLiteral("// The vocabulary of word features (the rest count as \"rare\"), then "
                        "nullptr."));
    line(QStringLiteral("constexpr const char16_t *Vocabulary[] = {"));
    QStringList words;
    for (const QString &w : model.vocabulary())
        words << QStringLiteral("u\"%1\"").arg(w);
    words << QStringLiteral("nullptr");
    QString row = QStringLiteral("   ");
    for (const QString &w : std::as_const(words)) {
        if (row.size() + w.size() + 2 > 100) {
            line(row);
            row = QStringLiteral("   ");
        }
        row += u' ' + w + u',';
    }
    line(row);
    line(QStringLiteral("};"));
    const std::vector<float> &weights = model.weights();
    line(QStringLiteral("constexpr int WeightCount = %1;").arg(weights.size()));
    line(QStringLiteral("// One per feature, in HeadingModel::featureName() order."));
    line(QStringLiteral("constexpr qint16 Weights[] = {"));
    for (size_t i = 0; i < weights.size(); ++i)
        line(QStringLiteral("    %1, // %2")
                 .arg(std::llround(double(weights[i]) * Quantum))
                 .arg(model.featureName(int(i))));
    line(QStringLiteral("};"));
    line(QStringLiteral("} // namespace HeadingModelData"));
    return out;
}

} // namespace Lectern
