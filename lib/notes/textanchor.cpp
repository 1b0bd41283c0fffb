#include "notes/textanchor.h"

#include <QList>
#include <algorithm>
#include <rapidfuzz/fuzz.hpp>
#include <string_view>

namespace Lectern {

namespace {

// A text with every whitespace run collapsed to one space, optionally case-folded per UTF-16
// unit (which keeps the length, so one map serves both); map[i] is the original index of
// character i.
struct Collapsed
{
    QString text;
    QList<int> map;
    int size() const { return int(text.size()); }
    // The original range of the collapsed range [s, e).
    int originalStart(int s) const { return map.at(s); }
    int originalEnd(int e) const { return map.at(e - 1) + 1; }
};

Collapsed collapse(QStringView s, bool fold)
{
    Collapsed c;
    c.text.reserve(s.size());
    c.map.reserve(s.size());
    bool inSpace = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        if (ch.isSpace()) {
            if (!inSpace) {
                c.text.append(u' ');
                c.map.append(int(i));
            }
            inSpace = true;
            continue;
        }
        inSpace = false;
        c.text.append(fold ? ch.toCaseFolded() : ch);
        c.map.append(int(i));
    }
    return c;
}

std::u16string_view view(QStringView s)
{
    return {reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size())};
}

// How many characters two texts share at their ends (suffix: a's end with b's end), spaces at
// the join ignored.
int commonSuffix(QStringView a, QStringView b)
{
    a = a.trimmed();
    b = b.trimmed();
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(QStringView a, QStringView b)
{
    a = a.trimmed();
    b = b.trimmed();
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

double similarity(QStringView a, QStringView b)
{
    if (a.isEmpty() && b.isEmpty())
        return 100;
    return rapidfuzz::fuzz::ratio(view(a), view(b));
}

// The collapsed index of the first character at or after original index `original`.
int collapsedIndex(const Collapsed &c, int original)
{
    return int(std::lower_bound(c.map.cbegin(), c.map.cend(), original) - c.map.cbegin());
}

struct Candidate
{
    int start = 0; // collapsed, folded coordinates
    int end = 0;
    double quoteScore = 0;
    double score = 0; // with the context weighed in
};

class FuzzySearch
{
public:
    FuzzySearch(const Collapsed &text, QStringView quote, QStringView prefix, QStringView suffix)
        : m_text(text)
        , m_quote(quote)
        , m_prefix(prefix.trimmed())
        , m_suffix(suffix.trimmed())
        , m_scorer(view(quote).begin(), view(quote).end())
    {}

    // Moves each end of [start, end) within a small radius to where the passage is most like
    // the quote: partial_ratio's window has the quote's length, the passage may not.
    Candidate refine(int start, int end) const
    {
        const int n = m_text.size();
        const int radius = std::clamp(int(m_quote.size()) / 4, 8, 64);
        start = std::clamp(start, 0, n - 1);
        end = std::clamp(end, start + 1, n);
        const auto bestOf = [&](int from, int to, int current, auto score) {
            int best = current;
            double bestScore = -1;
            for (int i = from; i <= to; ++i) {
                const double s = score(i);
                if (s > bestScore || (s == bestScore && qAbs(i - current) < qAbs(best - current))) {
                    bestScore = s;
                    best = i;
                }
            }
            return best;
        };
        start = bestOf(std::max(0, start - radius), std::min(end - 1, start + radius), start,
                       [&](int s) { return quoteScore(s, end); });
        end = bestOf(std::max(start + 1, end - radius), std::min(n, end + radius), end,
                     [&](int e) { return quoteScore(start, e); });
        // No passage starts or ends with the space between words.
        while (start < end - 1 && m_text.text.at(start) == u' ')
            ++start;
        while (end > start + 1 && m_text.text.at(end - 1) == u' ')
            --end;
        Candidate c{start, end, quoteScore(start, end), 0};
        c.score = c.quoteScore;
        int parts = 0;
        double context = 0;
        if (!m_prefix.isEmpty()) {
            const int from = std::max(0, start - int(m_prefix.size()) - 1);
            context +=
                similarity(m_prefix, QStringView(m_text.text).mid(from, start - from).trimmed());
            ++parts;
        }
        if (!m_suffix.isEmpty()) {
            context += similarity(m_suffix,
                                  QStringView(m_text.text).mid(end, m_suffix.size() + 1).trimmed());
            ++parts;
        }
        if (parts)
            c.score = 0.8 * c.quoteScore + 0.2 * context / parts;
        return c;
    }

private:
    double quoteScore(int start, int end) const
    {
        const std::u16string_view passage = view(QStringView(m_text.text).mid(start, end - start));
        return m_scorer.similarity(passage.begin(), passage.end());
    }

    const Collapsed &m_text;
    QStringView m_quote;
    QStringView m_prefix;
    QStringView m_suffix;
    rapidfuzz::fuzz::CachedRatio<char16_t> m_scorer;
};

} // namespace

TextQuote TextAnchor::describe(const QString &text, int start, int end, int context)
{
    TextQuote q;
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    q.start = start;
    q.end = end;
    q.exact = text.mid(start, end - start);
    const int from = std::max(0, start - context);
    q.prefix = text.mid(from, start - from);
    q.suffix = text.mid(end, context);
    return q;
}

TextAnchorMatch TextAnchor::locate(const QString &text, const TextQuote &quote)
{
    TextAnchorMatch none;
    none.start = quote.start;
    none.end = quote.end;
    const QString exact = quote.exact.trimmed();
    if (exact.isEmpty() || text.isEmpty())
        return none;

    // 1. Nothing moved: the stored offsets still hold the quote.
    if (quote.start >= 0 && quote.end > quote.start && quote.end <= text.size() &&
        QStringView(text).mid(quote.start, quote.end - quote.start) == quote.exact)
        return {TextAnchorMatch::Method::Position, quote.start, quote.end, 100};

    // 2. Exact occurrences, whitespace collapsed; the one whose context agrees best, then the
    //    one nearest the old place.
    const Collapsed plain = collapse(text, false);
    const Collapsed needle = collapse(exact, false);
    const Collapsed prefix = collapse(quote.prefix, false);
    const Collapsed suffix = collapse(quote.suffix, false);
    {
        int best = -1;
        int bestContext = -1;
        int bestDistance = 0;
        for (qsizetype at = plain.text.indexOf(needle.text); at >= 0;
             at = plain.text.indexOf(needle.text, at + 1)) {
            const int s = int(at);
            const int e = s + needle.size();
            const int context =
                commonSuffix(QStringView(plain.text).left(s), prefix.text) +
                commonPrefix(QStringView(plain.text).mid(e, suffix.size() + 1), suffix.text);
            const int distance = quote.start >= 0 ? qAbs(plain.originalStart(s) - quote.start) : 0;
            if (context > bestContext || (context == bestContext && distance < bestDistance)) {
                best = s;
                bestContext = context;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            return {TextAnchorMatch::Method::Exact, plain.originalStart(best),
                    plain.originalEnd(best + needle.size()), 100};
    }

    // 3. Fuzzy: the best passage for the quote alone, for the quote within its context, and
    //    at the old place, each refined; the best by quote and context similarity wins.
    const Collapsed folded = collapse(text, true);
    const Collapsed foldedQuote = collapse(exact, true);
    if (foldedQuote.size() < 3)
        return none;
    const Collapsed foldedPrefix = collapse(quote.prefix, true);
    const Collapsed foldedSuffix = collapse(quote.suffix, true);
    const FuzzySearch search(folded, foldedQuote.text, foldedPrefix.text, foldedSuffix.text);
    QList<Candidate> candidates;

    const auto alone =
        rapidfuzz::fuzz::partial_ratio_alignment(view(foldedQuote.text), view(folded.text));
    candidates.append(search.refine(int(alone.dest_start), int(alone.dest_end)));
    if (!quote.prefix.trimmed().isEmpty() || !quote.suffix.trimmed().isEmpty()) {
        const Collapsed withContext = collapse(quote.prefix + exact + quote.suffix, true);
        const auto around =
            rapidfuzz::fuzz::partial_ratio_alignment(view(withContext.text), view(folded.text));
        const int s = int(around.dest_start) + foldedPrefix.size();
        const int e = int(around.dest_end) - foldedSuffix.size();
        if (e > s)
            candidates.append(search.refine(s, e));
    }
    if (quote.start >= 0 && quote.start < text.size()) {
        const int s = collapsedIndex(folded, quote.start);
        const int e = std::max(s + 1, collapsedIndex(folded, std::max(quote.end, quote.start + 1)));
        if (s < folded.size())
            candidates.append(search.refine(s, std::min(e, folded.size())));
    }
    const Candidate best =
        *std::max_element(candidates.cbegin(), candidates.cend(),
                          [](const Candidate &a, const Candidate &b) { return a.score < b.score; });
    // Short quotes need to be nearly intact: a few changed letters are most of them.
    const double required = foldedQuote.size() < 20 ? 85 : fuzzyThreshold;
    if (best.quoteScore < required)
        return none;
    return {TextAnchorMatch::Method::Fuzzy, folded.originalStart(best.start),
            folded.originalEnd(best.end), best.quoteScore};
}

int TextAnchor::occurrenceAt(const QString &text, const QString &exact, int start)
{
    const Collapsed plain = collapse(text, false);
    const QString needle = collapse(exact.trimmed(), false).text;
    if (needle.isEmpty())
        return -1;
    int n = 0;
    for (qsizetype at = plain.text.indexOf(needle); at >= 0;
         at = plain.text.indexOf(needle, at + 1), ++n) {
        const int original = plain.originalStart(int(at));
        if (original == start)
            return n;
        if (original > start)
            break;
    }
    return -1;
}

} // namespace Lectern
