#include "search/fieldsplitter.h"

#include <QList>
#include <QSet>
#include <QStringView>

namespace Lectern {

namespace {

struct Piece
{
    QStringView text;
    double code = 0; // 0 prose-like, 1 code-like
};

const QSet<QString> &codeKeywords()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w :
             {"def",     "func",    "fn",      "elif",   "nil",    "None",    "True",   "False",
              "null",    "struct",  "impl",    "pub",    "mut",    "let",     "const",  "var",
              "println", "printf",  "fmt",     "err",    "ctx",    "sudo",    "echo",   "pip",
              "npm",     "uv",      "kubectl", "docker", "SELECT", "FROM",    "WHERE",  "INSERT",
              "UPDATE",  "CREATE",  "JOIN",    "VALUES", "self",   "await",   "async",  "return",
              "import",  "package", "lambda",  "yield",  "int",    "str",     "bool",   "string",
              "usize",   "u64",     "i32",     "cd",     "git",    "apt",     "export", "RUN",
              "COPY",    "FROM",    "ENV",     "CMD",    "EXPOSE", "WORKDIR", "class"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// How code-like one whitespace-separated token is.
double codeScore(QStringView t)
{
    static const QString strong = QStringLiteral("(){}[]<>=;$@#|`&*+\\");
    int letters = 0;
    bool innerUnderscore = false, innerDot = false, camel = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (strong.contains(c))
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
    if (codeKeywords().contains(t.toString()))
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
    for (QStringView line : QStringView(content).split(u'\n', Qt::SkipEmptyParts)) {
        QList<Piece> pieces;
        for (QStringView t : line.split(u' ', Qt::SkipEmptyParts))
            pieces.append({t, codeScore(t)});
        const qsizetype n = pieces.size();
        if (n == 0)
            continue;
        // Smooth over a window: a code block is a run of code-like tokens, prose that
        // mentions `select_related` once is not.
        QList<bool> isCode(n, false);
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
