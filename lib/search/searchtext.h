#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Lectern {

// Word-level text rules shared by the query side and the snippet maker. They mirror the index
// tokenizer (FTS5 unicode61, remove_diacritics 2): letters and digits make words, everything
// else separates them, words are compared lower-cased and without diacritics.
namespace SearchText {

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

inline bool isWordChar(QChar c)
{
    if (c.unicode() < 128)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return c.isLetterOrNumber() || c.isHighSurrogate() || c.isLowSurrogate();
}

// Lower case, diacritics removed: the form the index stores.
QString fold(QStringView word);
// The spans of the words of `text`, in order.
QList<Span> wordSpans(QStringView text);
// The folded words of `text`.
QStringList words(QStringView text);
// "JoinSet" -> {"Join", "Set"}, "parseHTTPResponse" -> {"parse", "HTTP", "Response"};
// a word without inner capitals comes back whole.
QStringList splitCamelCase(QStringView word);
// Function words that carry no topic ("how", "do", "the", ...); never programming words such
// as "go", "async" or "for" in a phrase.
bool isStopWord(const QString &folded);
// Question openers ("how", "what", "why", ...): a query starting with one is a question.
bool isQuestionWord(const QString &folded);

} // namespace SearchText

} // namespace Lectern
