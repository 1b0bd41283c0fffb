#include "search/fieldsplitter.h"

#include <QList>
#include <QSet>
#include <QStringView>
#include <array>
#include <string_view>

namespace Lectern {

namespace {

struct Piece
{
    QStringView text;
    double code = 0; // 0 prose-like, 1 code-like
};

// Views into string literals: looked up per token with no copy (the split runs over every
// word of every post an import writes).
const QSet<QStringView> &codeKeywords()
{
    static const QSet<QStringView> set = [] {
        QSet<QStringView> s;
        for (const char16_t *w :
             {u"def",    u"func",  u"fn",      u"elif",   u"nil",     u"None",    u"True",
              u"False",  u"null",  u"struct",  u"impl",   u"pub",     u"mut",     u"let",
              u"const",  u"var",   u"println", u"printf", u"fmt",     u"err",     u"ctx",
              u"sudo",   u"echo",  u"pip",     u"npm",    u"uv",      u"kubectl", u"docker",
              u"SELECT", u"FROM",  u"WHERE",   u"INSERT", u"UPDATE",  u"CREATE",  u"JOIN",
              u"VALUES", u"self",  u"await",   u"async",  u"return",  u"import",  u"package",
              u"lambda", u"yield", u"int",     u"str",    u"bool",    u"string",  u"usize",
              u"u64",    u"i32",   u"cd",      u"git",    u"apt",     u"export",  u"RUN",
              u"COPY",   u"ENV",   u"CMD",     u"EXPOSE", u"WORKDIR", u"class"})
            s.insert(QStringView(w));
        return s;
    }();
    return set;
}

// The characters that make a token code at once: (){}[]<>=;$@#|`&*+\ .
bool strongCodeChar(QChar c)
{
    static const auto table = [] {
        std::array<bool, 128> t{};
        for (char ch : std::string_view("(){}[]<>=;$@#|`&*+\\"))
            t[size_t(ch)] = true;
        return t;
    }();
    return c.unicode() < 128 && table[c.unicode()];
}

// How code-like one whitespace-separated token is.
double codeScore(QStringView t)
{
    int letters = 0;
    bool innerUnderscore = false, innerDot = false, camel = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (strongCodeChar(c))
            return 1.0;
        if (c.isLetter())
            ++letters;
        if (i > 0 && i + 1 < t.size()) {
            if (c == u'_')
                innerUnderscore = true;
            if ((c == u'.' || c == u'/') && t[i - 1].isLetter() && t[i + 1].isLetter())
                innerDot = true;
            if (c.isUpper() && t[i - 1].isLower())
                camel = true;
        }
    }
    if (t.contains(QLatin1String(":=")) || t.contains(QLatin1String("->")) ||
        t.contains(QLatin1String("::")) || t.startsWith(QLatin1String("--")))
        return 1.0;
    if (innerUnderscore || innerDot)
        return 0.9;
    if (codeKeywords().contains(t))
        return 0.7;
    if (camel && letters > 3)
        return 0.4;
    return 0.0;
}

bool endsSentence(QStringView t)
{
    return t.endsWith(u'.') || t.endsWith(u'!') || t.endsWith(u':') || t.endsWith(u';') ||
           t.endsWith(u',');
}

// Words that mark a sentence, not a heading ("This post is a guide to Go's ...").
bool sentenceWord(QStringView t)
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"is", "are", "was", "were", "will", "can", "we", "you", "i", "it",
                              "this", "that", "has", "have", "should", "must", "does"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set.contains(t.toString().toLower());
}

bool startsCapital(QStringView t)
{
    return !t.isEmpty() && t[0].isUpper();
}

void appendTo(QString &field, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!field.isEmpty())
        field += u'\n';
    field += text;
}

} // namespace

SearchFields splitSearchFields(const QString &content)
{
    SearchFields fields;
    fields.prose.reserve(content.size());
    QList<Piece> pieces; // reused line after line
    QList<bool> isCode;
    for (QStringView line : QStringView(content).split(u'\n', Qt::SkipEmptyParts)) {
        pieces.clear();
        for (qsizetype at = 0, end = 0; at < line.size(); at = end + 1) {
            end = line.indexOf(u' ', at);
            if (end < 0)
                end = line.size();
            if (end > at) {
                const QStringView t = line.sliced(at, end - at);
                pieces.append({t, codeScore(t)});
            }
        }
        const qsizetype n = pieces.size();
        if (n == 0)
            continue;
        // Smooth over a window: a code block is a run of code-like tokens, prose that
        // mentions `select_related` once is not.
        isCode.fill(false, n);
        for (qsizetype i = 0; i < n; ++i) {
            double sum = 0;
            int count = 0;
            for (qsizetype j = std::max<qsizetype>(0, i - 3); j <= std::min(n - 1, i + 3); ++j) {
                sum += pieces[j].code;
                ++count;
            }
            isCode[i] = pieces[i].code > 0 ? sum / count >= 0.3 : sum / count >= 0.45;
        }
        // A heading: 1-8 words at the start of a line, none ending a sentence, followed by a
        // capitalised word (the paragraph's first sentence) or by code; a '?' may end it.
        qsizetype heading = 0;
        if (n >= 4 && (startsCapital(pieces[0].text) || pieces[0].code > 0) && !isCode[0]) {
            for (qsizetype i = 1; i < std::min<qsizetype>(n - 2, 9); ++i) {
                const QStringView prev = pieces[i - 1].text;
                if (prev.endsWith(u'?')) {
                    heading = startsCapital(pieces[i].text) ? i : 0;
                    break;
                }
                if (endsSentence(prev) || (i > 1 && sentenceWord(prev)))
                    break;
                if (isCode[i] ||
                    (startsCapital(pieces[i].text) && !startsCapital(prev) && prev.size() > 1)) {
                    heading = i;
                    break;
                }
            }
        }
        // Emit runs of the same kind, as text slices of the line.
        qsizetype i = 0;
        if (heading > 0) {
            const QStringView first = pieces[0].text;
            const QStringView last = pieces[heading - 1].text;
            appendTo(fields.headings, line.mid(first.data() - line.data(),
                                               last.data() + last.size() - first.data()));
            i = heading;
        }
        while (i < n) {
            const bool code = isCode[i];
            qsizetype j = i;
            while (j + 1 < n && isCode[j + 1] == code)
                ++j;
            const QStringView first = pieces[i].text;
            const QStringView last = pieces[j].text;
            const QStringView run =
                line.mid(first.data() - line.data(), last.data() + last.size() - first.data());
            appendTo(code ? fields.code : fields.prose, run);
            i = j + 1;
        }
    }
    return fields;
}

} // namespace Lectern
