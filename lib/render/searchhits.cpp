#include "render/searchhits.h"

#include <QList>
#include <algorithm>

namespace Lectern {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// One decoded character of the HTML's text and where it sits in the HTML.
struct TextChar
{
    QChar c;
    qsizetype begin; // offset in the HTML
    qsizetype end;
};

QChar decodeEntity(QStringView entity) // "&amp;" ...; a null QChar when unknown
{
    if (entity == u"&amp;")
        return u'&';
    if (entity == u"&lt;")
        return u'<';
    if (entity == u"&gt;")
        return u'>';
    if (entity == u"&quot;")
        return u'"';
    if (entity.startsWith(u"&#")) {
        bool ok = false;
        const QStringView digits = entity.sliced(2, entity.size() - 3);
        const uint code = digits.startsWith(u'x') || digits.startsWith(u'X')
                              ? digits.sliced(1).toUInt(&ok, 16)
                              : digits.toUInt(&ok, 10);
        if (ok && code > 0 && code < 0x10000)
            return QChar(char16_t(code));
    }
    return {};
}

} // namespace

SearchHitMarker::SearchHitMarker(const QStringList &terms)
    : m_terms(normalizeTerms(terms))
{}

QString SearchHitMarker::fold(QStringView word)
{
    const bool ascii =
        std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return word.toString().toLower();
    // Accents off (NFD, then drop combining marks), as unicode61's remove_diacritics does.
    const QString nfd = word.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(nfd.size());
    for (const QChar c : nfd)
        if (!c.isMark())
            folded += c;
    return folded.toCaseFolded();
}

QStringList SearchHitMarker::normalizeTerms(const QStringList &terms)
{
    static const QStringList operators = {QStringLiteral("AND"), QStringLiteral("OR"),
                                          QStringLiteral("NOT"), QStringLiteral("NEAR")};
    QStringList words;
    for (const QString &term : terms) {
        qsizetype i = 0;
        while (i < term.size()) {
            while (i < term.size() && !isWordChar(term.at(i)))
                ++i;
            const qsizetype start = i;
            while (i < term.size() && isWordChar(term.at(i)))
                ++i;
            if (i == start)
                continue;
            const QStringView word = QStringView(term).sliced(start, i - start);
            if (operators.contains(word.toString())) // only the upper-case spelling is syntax
                continue;
            const QString folded = fold(word);
            if (!folded.isEmpty() && !words.contains(folded))
                words << folded;
        }
    }
    return words;
}

bool SearchHitMarker::matches(QStringView word) const
{
    const QString folded = fold(word);
    for (const QString &term : m_terms)
        if (folded.startsWith(term))
            return true;
    return false;
}

QString SearchHitMarker::mark(const QString &html)
{
    if (m_terms.isEmpty())
        return html;

    // The text the reader sees, with each character's place in the HTML.
    QList<TextChar> text;
    text.reserve(html.size());
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            i = close < 0 ? html.size() : close + 1;
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i);
            if (semi > i && semi - i <= 10) {
                const QChar decoded = decodeEntity(QStringView(html).sliced(i, semi - i + 1));
                text.append({decoded.isNull() ? QChar(u'&') : decoded, i, semi + 1});
                i = semi + 1;
                continue;
            }
        }
        text.append({c, i, i + 1});
        ++i;
    }

    QString out;
    out.reserve(html.size() + 64);
    qsizetype copied = 0; // HTML up to here is in `out`
    QString word;
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordChar(text.at(i).c)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        word.clear();
        while (end < text.size() && isWordChar(text.at(end).c))
            word += text.at(end++).c;
        if (!matches(word)) {
            i = end;
            continue;
        }
        ++m_count;
        const qsizetype from = text.at(i).begin;
        const qsizetype to = text.at(end - 1).end;
        out += QStringView(html).sliced(copied, from - copied);
        const QString open =
            QStringLiteral("<mark class=\"search-hit\" data-hit=\"%1\"").arg(m_count);
        bool first = m_count == 1;
        bool inMark = false;
        for (qsizetype p = from; p < to;) {
            if (html.at(p) == u'<') { // a tag inside the word: close the mark around it
                const qsizetype close = html.indexOf(u'>', p);
                const qsizetype tagEnd = close < 0 ? html.size() : close + 1;
                if (inMark)
                    out += QLatin1String("</mark>");
                inMark = false;
                out += QStringView(html).sliced(p, tagEnd - p);
                p = tagEnd;
                continue;
            }
            if (!inMark) {
                out += open;
                if (first)
                    out += QLatin1String(" id=\"") + firstHitId() + u'"';
                out += u'>';
                first = false;
                inMark = true;
            }
            out += html.at(p++);
        }
        if (inMark)
            out += QLatin1String("</mark>");
        copied = to;
        i = end;
    }
    out += QStringView(html).sliced(copied);
    return out;
}

} // namespace Lectern
