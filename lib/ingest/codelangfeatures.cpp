#include "ingest/codelangfeatures.h"

#include <algorithm>

namespace Lectern {

namespace {

constexpr qsizetype MaxPart = 24; // longer tokens and cores are cut (identifiers, URLs)

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// A feature under construction: a tag character and up to two parts, in a fixed buffer (the
// hot path makes no allocation).
class Feature
{
public:
    explicit Feature(char16_t tag) { m_buffer[m_size++] = tag; }
    Feature &add(QStringView part)
    {
        for (qsizetype i = 0; i < part.size() && m_size < Capacity; ++i)
            m_buffer[m_size++] = part[i].unicode();
        return *this;
    }
    Feature &add(char16_t c)
    {
        if (m_size < Capacity)
            m_buffer[m_size++] = c;
        return *this;
    }
    QStringView view() const { return QStringView(m_buffer, m_size); }

private:
    static constexpr qsizetype Capacity = 2 * MaxPart + 4;
    char16_t m_buffer[Capacity];
    qsizetype m_size = 0;
};

// The shape of a token: letters become a/A, digits 9, other characters stay; runs collapse.
void shapeOf(QStringView token, Feature &f)
{
    char16_t last = 0;
    qsizetype n = 0;
    for (const QChar c : token) {
        char16_t s = c.unicode();
        if (c.isDigit())
            s = u'9';
        else if (c.isUpper())
            s = u'A';
        else if (c.isLetter())
            s = u'a';
        if (s == last)
            continue;
        last = s;
        f.add(s);
        if (++n >= 16)
            break;
    }
}

// The token without leading and trailing punctuation, lowercased, into `buffer`.
QStringView coreOf(QStringView token, char16_t *buffer)
{
    qsizetype a = 0, b = token.size();
    while (a < b && !isWordChar(token[a]))
        ++a;
    while (b > a && !isWordChar(token[b - 1]))
        --b;
    const qsizetype n = std::min<qsizetype>(b - a, MaxPart);
    for (qsizetype i = 0; i < n; ++i)
        buffer[i] = token[a + i].toLower().unicode();
    return QStringView(buffer, n);
}

template<typename Sink> void forEachFeature(QStringView code, Sink &&sink)
{
    qsizetype pos = 0;
    qsizetype count = 0;
    char16_t coreBuffers[2][MaxPart];
    QStringView previousCore;
    QStringView lastToken;
    while (pos < code.size() && count < CodeLangFeatures::MaxTokens) {
        while (pos < code.size() && code[pos].isSpace())
            ++pos;
        qsizetype end = pos;
        while (end < code.size() && !code[end].isSpace())
            ++end;
        if (end == pos)
            break;
        const QStringView token = code.sliced(pos, end - pos);
        pos = end;
        if (token.size() <= MaxPart)
            sink(Feature(u'w').add(token).view());
        const QStringView core = coreOf(token, coreBuffers[count % 2]);
        if (!core.isEmpty())
            sink(Feature(u'k').add(core).view());
        Feature shape(u's');
        shapeOf(token, shape);
        sink(shape.view());
        // Punctuation runs inside the token: ":=", "</", "{{", "->", "();".
        for (qsizetype i = 0; i < token.size();) {
            if (isWordChar(token[i])) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < token.size() && !isWordChar(token[j]))
                ++j;
            sink(Feature(u'p').add(token.sliced(i, std::min<qsizetype>(j - i, 4))).view());
            i = j;
        }
        if (count == 0) {
            if (token.size() <= MaxPart)
                sink(Feature(u'f').add(token).view());
            Feature first(u'F');
            shapeOf(token, first);
            sink(first.view());
        } else if (!core.isEmpty() && !previousCore.isEmpty()) {
            sink(Feature(u'b')
                     .add(previousCore.first(std::min<qsizetype>(previousCore.size(), 16)))
                     .add(u' ')
                     .add(core.first(std::min<qsizetype>(core.size(), 16)))
                     .view());
        }
        previousCore = core;
        lastToken = token;
        ++count;
    }
    if (count == 0)
        return;
    Feature last(u'L');
    shapeOf(lastToken, last);
    sink(last.view());
    const char16_t bucket = count <= 2    ? u'1'
                            : count <= 5  ? u'2'
                            : count <= 12 ? u'3'
                            : count <= 40 ? u'4'
                                          : u'5';
    sink(Feature(u'n').add(bucket).view());
}

} // namespace

QString CodeLangFeatures::withoutQuotedPhrases(QStringView code)
{
    QString out;
    const qsizetype n = code.size();
    qsizetype copied = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar q = code[i];
        if (q != u'"' && q != u'\'')
            continue;
        // A string opens at the start, after a space or an opening bracket or operator (not
        // in "don't", nor as the closing quote of "$(cat "$1")").
        if (i > 0 && !QStringView(u" =([{,:").contains(code[i - 1]))
            continue;
        if (i + 1 < n && code[i + 1] == q)
            continue; // "" or """
        qsizetype j = i + 1;
        bool space = false, interpolated = false;
        while (j < n && j - i <= 200 && code[j] != q) {
            space = space || code[j] == u' ';
            interpolated = interpolated || code[j] == u'$';
            ++j;
        }
        if (j >= n || code[j] != q || j - i > 200)
            continue;
        if (space && !interpolated && !(j + 1 < n && code[j + 1].isLetterOrNumber())) {
            out += code.sliced(copied, i + 1 - copied);
            out += u's';
            copied = j;
        }
        i = j;
    }
    if (copied == 0)
        return {};
    out += code.sliced(copied);
    return out;
}

quint64 CodeLangFeatures::hashName(QStringView name)
{
    // FNV-1a over the UTF-16 code units: stable across runs and platforms.
    quint64 h = 14695981039346656037ull;
    for (const QChar c : name) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

void CodeLangFeatures::hashes(QStringView code, QList<quint64> *out)
{
    out->clear();
    const QString masked = withoutQuotedPhrases(code);
    if (!masked.isNull())
        code = masked;
    forEachFeature(code, [out](QStringView f) { out->append(hashName(f)); });
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
}

void CodeLangFeatures::names(QStringView code, QStringList *out)
{
    out->clear();
    const QString masked = withoutQuotedPhrases(code);
    if (!masked.isNull())
        code = masked;
    forEachFeature(code, [out](QStringView f) { out->append(f.toString()); });
    out->sort();
    out->removeDuplicates();
}

} // namespace Lectern
