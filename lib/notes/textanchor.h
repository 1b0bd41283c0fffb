#pragma once

#include <QString>

namespace Lectern {

// A passage of a text, described so that it can be found again after the text changes: the
// exact words with some text before and after them (the W3C Web Annotation TextQuoteSelector)
// and the UTF-16 offsets where they were (a TextPositionSelector, used as a hint).
struct TextQuote
{
    QString exact;
    QString prefix;
    QString suffix;
    int start = -1; // -1: no position known
    int end = -1;
    bool operator==(const TextQuote &) const = default;
};

// Where a TextQuote was found in a text.
struct TextAnchorMatch
{
    enum class Method
    {
        Position, // the text at the stored offsets is still the quote
        Exact,    // the quote occurs in the text (the best occurrence by context and position)
        Fuzzy,    // a passage close enough to the quote (rapidfuzz); the text there differs
        Detached  // nowhere: start/end keep the hint
    };
    Method method = Method::Detached;
    int start = -1;
    int end = -1;
    double score = 0; // similarity 0..100 of the passage found to the quote
    bool isPlaced() const { return method != Method::Detached; }
};

// Finds passages again. Whitespace runs count as one space (the article view and the stored
// text break lines differently), so a quote taken from the rendered page is found in the plain
// text. Exact occurrences come first; failing that, the closest passage by rapidfuzz's
// normalized Indel similarity, refined at both ends and weighed with the context, is accepted
// at `fuzzyThreshold` or above; otherwise the quote is detached. Never guesses from offsets
// alone: text at the old offsets that does not resemble the quote is not a match.
class TextAnchor final
{
public:
    static constexpr int contextLength = 32;
    static constexpr double fuzzyThreshold = 75;

    // The passage [start, end) of `text` with `context` characters on each side.
    static TextQuote describe(const QString &text, int start, int end, int context = contextLength);
    static TextAnchorMatch locate(const QString &text, const TextQuote &quote);

    // Which occurrence (0-based) of the quote's exact text, whitespace collapsed, starts at
    // `start` in `text`; -1 when none does. Lets a page find the same one in its own text.
    static int occurrenceAt(const QString &text, const QString &exact, int start);
};

} // namespace Lectern
