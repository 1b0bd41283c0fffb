#include "search/snippet.h"

#include "search/searchtext.h"
#include "search/vocabulary.h"

#include <algorithm>

namespace Lectern {

TokenizedText::TokenizedText(QString text, const Vocabulary &vocabulary)
    : m_text(std::move(text))
{
    const QStringView view(m_text);
    const qsizetype n = view.size();
    m_start.reserve(size_t(n / 6));
    m_length.reserve(size_t(n / 6));
    m_word.reserve(size_t(n / 6));
    QString folded;
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !SearchText::isWordChar(view[i]))
            ++i;
        const qsizetype start = i;
        bool ascii = true;
        while (i < n && SearchText::isWordChar(view[i])) {
            ascii = ascii && view[i].unicode() < 128;
            ++i;
        }
        const qsizetype length = i - start;
        if (length == 0)
            break;
        if (ascii) {
            folded.resize(length);
            QChar *out = folded.data();
            for (qsizetype k = 0; k < length; ++k) {
                const char16_t c = view[start + k].unicode();
                out[k] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
            }
        } else {
            folded = SearchText::fold(view.mid(start, length));
        }
        m_start.push_back(qint32(start));
        m_length.push_back(quint16(std::min<qsizetype>(length, 65535)));
        m_word.push_back(vocabulary.find(folded));
    }
}

qsizetype TokenizedText::bytes() const
{
    return m_text.size() * 2 + qsizetype(m_start.size()) * 10 + 64;
}

void WordMatcher::add(const QString &folded, int group)
{
    if (folded.isEmpty() || m_words.contains(folded))
        return;
    m_words.insert(folded, group);
    m_lengths |= folded.size() < 64 ? quint64(1) << folded.size() : 0;
    const char16_t first = folded.at(0).unicode();
    if (first < 128)
        m_first[first] = true;
    else
        m_otherFirst = true;
}

QList<WordMatcher::Hit> WordMatcher::scan(QStringView text) const
{
    QList<Hit> hits;
    if (m_words.isEmpty())
        return hits;
    QString folded;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !SearchText::isWordChar(text[i]))
            ++i;
        const qsizetype start = i;
        bool ascii = true;
        while (i < n && SearchText::isWordChar(text[i])) {
            ascii = ascii && text[i].unicode() < 128;
            ++i;
        }
        const qsizetype length = i - start;
        if (length == 0)
            break;
        if (ascii) {
            if (length >= 64 || !(m_lengths & (quint64(1) << length)))
                continue;
            char16_t c = text[start].unicode();
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + 32);
            if (!m_first[c])
                continue;
            folded.resize(length);
            QChar *out = folded.data();
            for (qsizetype k = 0; k < length; ++k) {
                const char16_t d = text[start + k].unicode();
                out[k] = QChar(d >= u'A' && d <= u'Z' ? char16_t(d + 32) : d);
            }
        } else {
            folded = SearchText::fold(text.mid(start, length));
        }
        const auto it = m_words.constFind(folded);
        if (it != m_words.cend())
            hits.append({start, length, it.value()});
    }
    return hits;
}

SnippetMaker::SnippetMaker(WordMatcher matcher, QList<double> groupWeights, int maxChars)
    : m_matcher(std::move(matcher))
    , m_groupWeights(std::move(groupWeights))
    , m_maxChars(maxChars)
{}

QString SnippetMaker::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'\'':
            out += QLatin1String("&#39;");
            break;
        case u'\n':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}

QList<WordMatcher::Hit> SnippetMaker::hitsIn(const TokenizedText &text,
                                             const std::vector<int> &groupOfWord)
{
    QList<WordMatcher::Hit> hits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int w = text.word(i);
        if (w >= 0 && size_t(w) < groupOfWord.size() && groupOfWord[size_t(w)] >= 0)
            hits.append({text.start(i), text.length(i), groupOfWord[size_t(w)]});
    }
    return hits;
}

SnippetMaker::Result SnippetMaker::make(QStringView text, const QList<WordMatcher::Hit> &hits) const
{
    Result result;
    result.found = !hits.isEmpty();
    for (const WordMatcher::Hit &h : hits) {
        const QString word = SearchText::fold(text.mid(h.start, h.length));
        if (!result.matched.contains(word))
            result.matched.append(word);
    }
    const qsizetype n = text.size();

    // The passage of about 200 characters with the most weight of distinct groups, then the
    // most hits.
    qsizetype bestFirst = 0, bestLast = -1;
    double bestScore = -1;
    const qsizetype window = m_maxChars;
    QList<int> seen;
    for (qsizetype a = 0, b = 0; a < hits.size(); ++a) {
        b = std::max(a, b);
        while (b + 1 < hits.size() &&
               hits[b + 1].start + hits[b + 1].length - hits[a].start <= window)
            ++b;
        seen.clear();
        double score = 0;
        for (qsizetype k = a; k <= b; ++k) {
            if (!seen.contains(hits[k].group)) {
                seen.append(hits[k].group);
                score += m_groupWeights.value(hits[k].group, 1.0);
            }
            score += 0.05;
        }
        if (score > bestScore) {
            bestScore = score;
            bestFirst = a;
            bestLast = b;
        }
    }

    qsizetype from = 0, to = std::min<qsizetype>(n, m_maxChars);
    if (bestLast >= 0) {
        const qsizetype matchStart = hits[bestFirst].start;
        const qsizetype matchEnd = hits[bestLast].start + hits[bestLast].length;
        // Some context before the first hit, from the start of its paragraph at most.
        const qsizetype room = std::max<qsizetype>(0, m_maxChars - (matchEnd - matchStart));
        from = std::max<qsizetype>(0, matchStart - std::min<qsizetype>(room / 3, 60));
        const qsizetype lineStart = matchStart > 0 ? text.lastIndexOf(u'\n', matchStart - 1) : -1;
        if (lineStart >= from)
            from = lineStart + 1;
        while (from > 0 && from < matchStart && SearchText::isWordChar(text[from - 1]))
            ++from;
        to = std::min(n, std::max(matchEnd, from + m_maxChars));
    }
    while (to < n && to > from && SearchText::isWordChar(text[to - 1]) &&
           SearchText::isWordChar(text[to]))
        --to;

    QString html;
    html.reserve((to - from) + 64);
    if (from > 0)
        html += QChar(0x2026);
    qsizetype pos = from;
    for (const WordMatcher::Hit &h : hits) {
        if (h.start < from)
            continue;
        if (h.start + h.length > to)
            break;
        html += escape(text.mid(pos, h.start - pos));
        html += QLatin1String("<mark>");
        html += escape(text.mid(h.start, h.length));
        html += QLatin1String("</mark>");
        pos = h.start + h.length;
    }
    html += escape(text.mid(pos, to - pos));
    if (to < n)
        html += QChar(0x2026);
    result.html = html.simplified();
    return result;
}

} // namespace Lectern
