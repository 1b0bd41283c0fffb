#include "search/searchtext.h"

#include <QSet>

namespace Lectern::SearchText {

QString fold(QStringView word)
{
    bool ascii = true;
    for (QChar c : word) {
        if (c.unicode() >= 128) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return word.toString().toLower();
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing ||
            c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toLower();
}

QList<Span> wordSpans(QStringView text)
{
    QList<Span> spans;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(text[i]))
            ++i;
        if (i > start)
            spans.append({start, i - start});
    }
    return spans;
}

QStringList words(QStringView text)
{
    QStringList out;
    for (const Span &s : wordSpans(text))
        out.append(fold(text.mid(s.start, s.length)));
    return out;
}

QStringList splitCamelCase(QStringView word)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 1; i < word.size(); ++i) {
        const QChar prev = word[i - 1];
        const QChar c = word[i];
        const bool next = i + 1 < word.size();
        // a|B (lower to upper) or AB|c (end of an acronym before a capitalised word).
        const bool lowerUpper = prev.isLower() && c.isUpper();
        const bool acronymEnd = prev.isUpper() && c.isUpper() && next && word[i + 1].isLower();
        const bool digitEdge = prev.isDigit() != c.isDigit() && prev.isLetter() && c.isDigit();
        if (lowerUpper || acronymEnd || digitEdge) {
            parts.append(word.mid(start, i - start).toString());
            start = i;
        }
    }
    parts.append(word.mid(start).toString());
    return parts;
}

namespace {

// A classic English stop list, minus words that name things in programming ("go", "do" stays
// out only because "do" never names a tool here, "for"/"if"/"while" are kept as stop words
// since a phrase or identifier keeps them anyway).
const QSet<QString> &stopWords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w :
             {"a",        "about",   "above",   "after",      "again",     "against",
              "all",      "am",      "an",      "and",        "any",       "are",
              "as",       "at",      "be",      "because",    "been",      "before",
              "being",    "below",   "between", "both",       "but",       "by",
              "can",      "could",   "did",     "do",         "does",      "doing",
              "down",     "during",  "each",    "few",        "for",       "from",
              "further",  "had",     "has",     "have",       "having",    "he",
              "her",      "here",    "hers",    "herself",    "him",       "himself",
              "his",      "how",     "i",       "if",         "in",        "into",
              "is",       "it",      "its",     "itself",     "just",      "me",
              "more",     "most",    "my",      "myself",     "no",        "nor",
              "not",      "now",     "of",      "off",        "on",        "once",
              "only",     "or",      "other",   "our",        "ours",      "ourselves",
              "out",      "over",    "own",     "same",       "she",       "should",
              "so",       "some",    "such",    "than",       "that",      "the",
              "their",    "theirs",  "them",    "themselves", "then",      "there",
              "these",    "they",    "this",    "those",      "through",   "to",
              "too",      "under",   "until",   "up",         "very",      "was",
              "we",       "were",    "what",    "when",       "where",     "which",
              "while",    "who",     "whom",    "why",        "will",      "with",
              "would",    "you",     "your",    "yours",      "yourself",  "yourselves",
              "get",      "got",     "want",    "need",       "use",       "using",
              "way",      "ways",    "best",    "good",       "make",      "makes",
              "making",   "thing",   "things",  "really",     "actually",  "should",
              "shouldn",  "don",     "doesn",   "isn",        "aren",      "t",
              "s",        "ll",      "ve",      "re",         "d",         "m",
              "one",      "also",    "like",    "lot",        "lots",      "something",
              "anything", "without", "vs",      "versus",     "via",       "work",
              "works",    "working", "tell",    "explain",    "explained", "mean",
              "means",    "know",    "many",    "much",       "several",   "every",
              "enough",   "still",   "even",    "able",       "instead",   "around",
              "across",   "already", "always",  "never",      "maybe",     "please",
              "try",      "trying",  "tried",   "keep",       "keeps",     "let",
              "lets",     "stop",    "sure"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

} // namespace

bool isStopWord(const QString &folded)
{
    return stopWords().contains(folded);
}

bool isQuestionWord(const QString &folded)
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"how", "what", "why", "when", "where", "which", "who", "can",
                              "should", "does", "do", "is", "are", "whats", "hows"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set.contains(folded);
}

} // namespace Lectern::SearchText
