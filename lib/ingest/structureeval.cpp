#include "ingest/structureeval.h"

#include <QSet>
#include <algorithm>

namespace Lectern {

namespace {

enum Label : quint8
{
    LParagraph,
    LHeading,
    LList,
    LCode,
    LQuote
};

// The non-whitespace characters of a block sequence, each with its block and label, plus the
// positions after which a code block had a line break.
struct Flat
{
    QString chars;
    QList<int> block;       // index into the block list, per char
    QList<quint8> label;    // per char
    QSet<qsizetype> breaks; // break between chars[i] and chars[i + 1], same code block
    QList<QPair<qsizetype, qsizetype>> headings; // [start, end) spans
    QList<QPair<qsizetype, qsizetype>> items;
    QList<QPair<qsizetype, qsizetype>> quotes;
};

Label labelOf(Block::Type type)
{
    switch (type) {
    case Block::Type::Heading:
        return LHeading;
    case Block::Type::List:
        return LList;
    case Block::Type::Code:
        return LCode;
    case Block::Type::Quote:
        return LQuote;
    case Block::Type::Paragraph:
        break;
    }
    return LParagraph;
}

void appendText(Flat &flat, QStringView text, int blockIndex, Label label, bool code)
{
    bool pendingBreak = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (code && c == u'\n' && !flat.chars.isEmpty() && flat.block.last() == blockIndex)
                pendingBreak = true;
            continue;
        }
        if (pendingBreak)
            flat.breaks.insert(flat.chars.size() - 1);
        pendingBreak = false;
        flat.chars += c;
        flat.block << blockIndex;
        flat.label << label;
    }
}

Flat flatten(const Blocks &blocks)
{
    Flat flat;
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks[i];
        const Label label = labelOf(b.type);
        const qsizetype start = flat.chars.size();
        if (b.type == Block::Type::List) {
            for (const QString &item : b.items) {
                const qsizetype itemStart = flat.chars.size();
                appendText(flat, item, i, label, false);
                if (flat.chars.size() > itemStart)
                    flat.items.append({itemStart, flat.chars.size()});
            }
            appendText(flat, b.text, i, label, false);
        } else {
            appendText(flat, b.text, i, label, b.type == Block::Type::Code);
        }
        if (flat.chars.size() == start)
            continue;
        if (b.type == Block::Type::Heading)
            flat.headings.append({start, flat.chars.size()});
        else if (b.type == Block::Type::Quote)
            flat.quotes.append({start, flat.chars.size()});
    }
    return flat;
}

double f1(double matched, double predicted, double truth)
{
    if (predicted == 0 && truth == 0)
        return 1.0;
    if (predicted == 0 || truth == 0)
        return 0.0;
    const double p = matched / predicted;
    const double r = matched / truth;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

int countMatches(const QList<QPair<qsizetype, qsizetype>> &a,
                 const QList<QPair<qsizetype, qsizetype>> &b)
{
    const QSet<QPair<qsizetype, qsizetype>> set(b.begin(), b.end());
    return int(std::count_if(a.begin(), a.end(), [&](const auto &s) { return set.contains(s); }));
}

QString excerpt(const Flat &flat, const Blocks &blocks, qsizetype from, qsizetype to)
{
    Q_UNUSED(blocks);
    QString s = flat.chars.mid(from, std::min<qsizetype>(to - from, 60));
    return s;
}

} // namespace

QString languageFamily(const QString &language)
{
    if (language == QLatin1String("TypeScript"))
        return QStringLiteral("JavaScript");
    if (language == QLatin1String("C++"))
        return QStringLiteral("C");
    return language;
}

StructureScore scoreStructure(const Blocks &truth, const Blocks &recovered, bool withDetails)
{
    StructureScore s;
    s.documents = 1;
    const Flat t = flatten(truth);
    const Flat r = flatten(recovered);
    if (t.chars != r.chars) {
        s.textMismatches = 1;
        if (withDetails) {
            qsizetype i = 0;
            while (i < t.chars.size() && i < r.chars.size() && t.chars[i] == r.chars[i])
                ++i;
            s.details << QStringLiteral("TEXT MISMATCH at %1: truth '%2' recovered '%3'")
                             .arg(i)
                             .arg(t.chars.mid(i, 40), r.chars.mid(i, 40));
        }
        return s;
    }
    const qsizetype n = t.chars.size();
    for (qsizetype i = 0; i < n; ++i) {
        const bool tc = t.label[i] == LCode;
        const bool rc = r.label[i] == LCode;
        s.codeTrue += tc;
        s.codePredicted += rc;
        s.codeTruePositive += tc && rc;
        s.proseAsCode += !tc && rc;
    }
    s.headingTrue = int(t.headings.size());
    s.headingPredicted = int(r.headings.size());
    s.headingMatched = countMatches(t.headings, r.headings);
    s.itemTrue = int(t.items.size());
    s.itemPredicted = int(r.items.size());
    s.itemMatched = countMatches(t.items, r.items);
    s.quoteTrue = int(t.quotes.size());
    s.quotePredicted = int(r.quotes.size());
    s.quoteMatched = countMatches(t.quotes, r.quotes);

    // Languages and line breaks, per true code block.
    for (int b = 0; b < truth.size(); ++b) {
        if (truth[b].type != Block::Type::Code)
            continue;
        qsizetype first = -1, last = -1;
        QMap<int, int> cover;
        for (qsizetype i = 0; i < n; ++i) {
            if (t.block[i] != b)
                continue;
            if (first < 0)
                first = i;
            last = i;
            if (r.label[i] == LCode)
                ++cover[r.block[i]];
        }
        if (first < 0)
            continue;
        ++s.languageTotal;
        int best = -1, bestCount = 0;
        for (auto it = cover.begin(); it != cover.end(); ++it)
            if (it.value() > bestCount)
                best = it.key(), bestCount = it.value();
        const QString want = truth[b].language;
        const QString got = best >= 0 ? recovered[best].language : QStringLiteral("(prose)");
        const auto shown = [](const QString &l) {
            return l.isEmpty() ? QStringLiteral("(plain)") : l;
        };
        ++s.matrix[shown(want) + QLatin1String(" -> ") + shown(got)];
        if (best >= 0 && got == want) {
            ++s.languageCorrect;
        } else {
            qsizetype trueSize = 0, recoveredSize = 0;
            for (qsizetype i = 0; i < n; ++i) {
                trueSize += t.block[i] == b;
                recoveredSize += best >= 0 && r.label[i] == LCode && r.block[i] == best;
            }
            const bool bounded = best >= 0 && bestCount >= 0.9 * double(trueSize) &&
                                 bestCount >= 0.9 * double(recoveredSize);
            ++(bounded ? s.languageMissClassify : s.languageMissBoundary);
        }
        if (best >= 0 && languageFamily(got) == languageFamily(want))
            ++s.languageFamilyCorrect;
        else
            ++s.confusion[(want.isEmpty() ? QStringLiteral("(plain)") : want) +
                          QLatin1String(" -> ") +
                          (got.isEmpty() ? QStringLiteral("(plain)") : got)];
        if (withDetails && (best < 0 || got != want))
            s.details << QStringLiteral("LANG %1 -> %2: %3\n      predicted: %4")
                             .arg(want.isEmpty() ? QStringLiteral("(plain)") : want,
                                  got.isEmpty() ? QStringLiteral("(plain)") : got,
                                  t.chars.mid(first, 60),
                                  best >= 0 ? recovered[best].text.left(160).replace(u'\n', u' ')
                                            : QString());
        for (qsizetype i = first; i < last; ++i) {
            const bool tb = t.breaks.contains(i);
            const bool rb = r.breaks.contains(i) && r.label[i] == LCode &&
                            r.label[i + 1] == LCode && r.block[i] == r.block[i + 1];
            s.breakTrue += tb;
            s.breakPredicted += rb;
            s.breakMatched += tb && rb;
            auto &perLanguage = s.breaksByLanguage[want];
            perLanguage[0] += tb && rb;
            perLanguage[1] += rb;
            perLanguage[2] += tb;
        }
        if (withDetails) {
            QString missed, extra;
            for (qsizetype i = first; i < last; ++i) {
                const bool tb = t.breaks.contains(i);
                const bool rb =
                    r.breaks.contains(i) && r.label[i] == LCode && r.block[i] == r.block[i + 1];
                if (tb && !rb && missed.size() < 300)
                    missed += t.chars.mid(std::max<qsizetype>(first, i - 12),
                                          std::min<qsizetype>(12, i - first + 1)) +
                              QLatin1String("|") + t.chars.mid(i + 1, 8) + QLatin1String("  ");
                if (rb && !tb && extra.size() < 300)
                    extra += t.chars.mid(std::max<qsizetype>(first, i - 12),
                                         std::min<qsizetype>(12, i - first + 1)) +
                             QLatin1String("|") + t.chars.mid(i + 1, 8) + QLatin1String("  ");
            }
            if (!missed.isEmpty())
                s.details << QStringLiteral("BREAK missed [%1]: %2").arg(want, missed);
            if (!extra.isEmpty())
                s.details << QStringLiteral("BREAK extra [%1]: %2").arg(want, extra);
        }
    }

    if (withDetails) {
        // Code boundary differences as runs.
        qsizetype i = 0;
        while (i < n) {
            const bool tc = t.label[i] == LCode;
            const bool rc = r.label[i] == LCode;
            if (tc == rc) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < n && (t.label[j] == LCode) == tc && (r.label[j] == LCode) == rc)
                ++j;
            s.details << QStringLiteral("%1 (%2 chars): ...%3[[%4]]%5...")
                             .arg(tc ? QStringLiteral("CODE->PROSE")
                                     : QStringLiteral("PROSE->CODE"))
                             .arg(j - i)
                             .arg(t.chars.mid(std::max<qsizetype>(0, i - 25),
                                              std::min<qsizetype>(25, i)),
                                  excerpt(t, truth, i, j), t.chars.mid(j, 25));
            i = j;
        }
        const QSet<QPair<qsizetype, qsizetype>> th(t.headings.begin(), t.headings.end());
        const QSet<QPair<qsizetype, qsizetype>> rh(r.headings.begin(), r.headings.end());
        const auto labelName = [](quint8 l) { return QStringLiteral("PHLCQ").mid(int(l), 1); };
        for (const auto &h : t.headings)
            if (!rh.contains(h)) {
                QString got;
                for (qsizetype i = std::max<qsizetype>(0, h.first - 1);
                     i < std::min(n, h.second + 1); ++i)
                    if (i == std::max<qsizetype>(0, h.first - 1) || r.label[i] != r.label[i - 1] ||
                        r.block[i] != r.block[i - 1])
                        got += labelName(r.label[i]) + QString::number(i - h.first);
                s.details << QStringLiteral("HEADING missed: %1 [prev %2 | got %3 | next %4]")
                                 .arg(t.chars.mid(h.first, h.second - h.first),
                                      h.first > 0 ? labelName(t.label[h.first - 1])
                                                  : QStringLiteral("^"),
                                      got,
                                      h.second < n ? labelName(t.label[h.second])
                                                   : QStringLiteral("$"));
            }
        for (const auto &h : r.headings)
            if (!th.contains(h))
                s.details << QStringLiteral("HEADING extra: %1 ...%2")
                                 .arg(r.chars.mid(h.first, h.second - h.first),
                                      r.chars.mid(h.second, 20));
        const QSet<QPair<qsizetype, qsizetype>> ti(t.items.begin(), t.items.end());
        const QSet<QPair<qsizetype, qsizetype>> ri(r.items.begin(), r.items.end());
        for (const auto &item : t.items)
            if (!ri.contains(item))
                s.details << QStringLiteral("ITEM missed: %1")
                                 .arg(excerpt(t, truth, item.first, item.second));
        for (const auto &item : r.items)
            if (!ti.contains(item))
                s.details << QStringLiteral("ITEM extra: %1")
                                 .arg(excerpt(r, recovered, item.first, item.second));
    }
    return s;
}

double StructureScore::codeF1() const
{
    return f1(codeTruePositive, codePredicted, codeTrue);
}
double StructureScore::codePrecision() const
{
    return codePredicted ? double(codeTruePositive) / double(codePredicted) : 1.0;
}
double StructureScore::codeRecall() const
{
    return codeTrue ? double(codeTruePositive) / double(codeTrue) : 1.0;
}
double StructureScore::headingF1() const
{
    return f1(headingMatched, headingPredicted, headingTrue);
}
double StructureScore::languageAccuracy() const
{
    return languageTotal ? double(languageCorrect) / languageTotal : 1.0;
}
double StructureScore::languageFamilyAccuracy() const
{
    return languageTotal ? double(languageFamilyCorrect) / languageTotal : 1.0;
}
double StructureScore::lineBreakF1() const
{
    return f1(breakMatched, breakPredicted, breakTrue);
}
double StructureScore::lineBreakPrecision() const
{
    return breakPredicted ? double(breakMatched) / double(breakPredicted) : 1.0;
}
double StructureScore::lineBreakRecall() const
{
    return breakTrue ? double(breakMatched) / double(breakTrue) : 1.0;
}
double StructureScore::itemF1() const
{
    return f1(itemMatched, itemPredicted, itemTrue);
}
double StructureScore::quoteF1() const
{
    return f1(quoteMatched, quotePredicted, quoteTrue);
}

QString StructureScore::summary() const
{
    return QStringLiteral("%1 docs (%2 text mismatches): code F1 %3 (P %4 R %5), heading F1 %6, "
                          "language accuracy %7 (family %8, %9 blocks), line-break F1 %10 "
                          "(P %11 R %12), list item F1 %13, quote F1 %14")
        .arg(documents)
        .arg(textMismatches)
        .arg(codeF1(), 0, 'f', 4)
        .arg(codePrecision(), 0, 'f', 4)
        .arg(codeRecall(), 0, 'f', 4)
        .arg(headingF1(), 0, 'f', 4)
        .arg(languageAccuracy(), 0, 'f', 4)
        .arg(languageFamilyAccuracy(), 0, 'f', 4)
        .arg(languageTotal)
        .arg(lineBreakF1(), 0, 'f', 4)
        .arg(lineBreakPrecision(), 0, 'f', 4)
        .arg(lineBreakRecall(), 0, 'f', 4)
        .arg(itemF1(), 0, 'f', 4)
        .arg(quoteF1(), 0, 'f', 4);
}

StructureScore &StructureScore::operator+=(const StructureScore &o)
{
    documents += o.documents;
    textMismatches += o.textMismatches;
    codeTruePositive += o.codeTruePositive;
    codePredicted += o.codePredicted;
    codeTrue += o.codeTrue;
    headingMatched += o.headingMatched;
    headingPredicted += o.headingPredicted;
    headingTrue += o.headingTrue;
    languageCorrect += o.languageCorrect;
    languageFamilyCorrect += o.languageFamilyCorrect;
    languageTotal += o.languageTotal;
    for (auto it = o.confusion.begin(); it != o.confusion.end(); ++it)
        confusion[it.key()] += it.value();
    for (auto it = o.matrix.begin(); it != o.matrix.end(); ++it)
        matrix[it.key()] += it.value();
    languageMissBoundary += o.languageMissBoundary;
    languageMissClassify += o.languageMissClassify;
    breakMatched += o.breakMatched;
    breakPredicted += o.breakPredicted;
    breakTrue += o.breakTrue;
    for (auto it = o.breaksByLanguage.begin(); it != o.breaksByLanguage.end(); ++it)
        for (int k = 0; k < 3; ++k)
            breaksByLanguage[it.key()][k] += it.value()[k];
    itemMatched += o.itemMatched;
    itemPredicted += o.itemPredicted;
    itemTrue += o.itemTrue;
    quoteMatched += o.quoteMatched;
    quotePredicted += o.quotePredicted;
    quoteTrue += o.quoteTrue;
    proseAsCode += o.proseAsCode;
    details += o.details;
    return *this;
}

} // namespace Lectern
