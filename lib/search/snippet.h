#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace Lectern {

class Vocabulary;

// A text split into words once, each word with its index in the search vocabulary (-1 when
// the index does not know it), so that snippets for any query are a scan over integers.
class TokenizedText final
{
public:
    TokenizedText() = default;
    TokenizedText(QString text, const Vocabulary &vocabulary);

    const QString &text() const { return m_text; }
    qsizetype size() const { return qsizetype(m_word.size()); }
    qsizetype start(qsizetype i) const { return m_start[size_t(i)]; }
    qsizetype length(qsizetype i) const { return m_length[size_t(i)]; }
    int word(qsizetype i) const { return m_word[size_t(i)]; }
    qsizetype bytes() const;

private:
    QString m_text;
    std::vector<qint32> m_start;
    std::vector<quint16> m_length;
    std::vector<qint32> m_word;
};

// Finds a query's words in text. Most words of a text are rejected by their length and
// first letter alone, so a scan costs little more than reading the text.
class WordMatcher final
{
public:
    // `folded`: a word as the index stores it; `group`: the query group it stands for.
    void add(const QString &folded, int group);
    bool isEmpty() const { return m_words.isEmpty(); }
    int groupOf(const QString &folded) const { return m_words.value(folded, -1); }

    struct Hit
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int group = -1;
    };
    QList<Hit> scan(QStringView text) const;

private:
    QHash<QString, int> m_words;
    quint64 m_lengths = 0;     // bit n: some word has n characters (n < 64)
    bool m_first[128] = {};    // ASCII first letters of the words
    bool m_otherFirst = false; // some word starts with a non-ASCII letter
};

// Cuts the passage of a text that best shows a query's words, HTML-escapes it and marks the
// words in <mark>...</mark>.
class SnippetMaker final
{
public:
    // `groupWeights`: how much showing a group is worth (rarer words more).
    SnippetMaker(WordMatcher matcher, QList<double> groupWeights, int maxChars = 200);

    struct Result
    {
        QString html;
        QStringList matched; // the query words found in the text, folded
        bool found = false;
    };
    // The hits are found by the matcher, or given (from words already split, see hitsIn()).
    Result make(QStringView text) const { return make(text, m_matcher.scan(text)); }
    Result make(QStringView text, const QList<WordMatcher::Hit> &hits) const;
    const WordMatcher &matcher() const { return m_matcher; }
    // The hits in a text split before: `groupOfWord` maps vocabulary indexes to groups.
    static QList<WordMatcher::Hit> hitsIn(const TokenizedText &text,
                                          const std::vector<int> &groupOfWord);

    static QString escape(QStringView text);

private:
    WordMatcher m_matcher;
    QList<double> m_groupWeights;
    int m_maxChars;
};

} // namespace Lectern
