#include "search/queryparser.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::QueryParser", text);
}

struct Token
{
    QString text; // without the leading '-' and without quotes
    QString key;  // filter name (lower case) when the token is key:value
    bool negated = false;
    bool quoted = false; // "phrase" or key:"value"
    bool open = false;   // a quote that was never closed
    bool last = false;   // the query's last token, with no whitespace after it
    bool isOr = false;   // the OR operator
};

bool isSpace(QChar c)
{
    return c.isSpace();
}

bool isFilterKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 12)
        return false;
    for (QChar c : key)
        if (!(c.unicode() < 128 && c.isLetter()))
            return false;
    return true;
}

bool isKnownKey(const QString &key)
{
    for (const char *k : {"cat", "series", "tag", "is", "has", "in"})
        if (key == QLatin1String(k))
            return true;
    return false;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// Reads a quoted string starting after the opening quote at `i`; returns the text and moves
// `i` past the closing quote (or to the end when the quote is still open).
QString readQuoted(const QString &q, qsizetype &i, bool *open)
{
    const qsizetype start = i;
    while (i < q.size() && q[i] != u'"')
        ++i;
    const QString text = q.mid(start, i - start);
    *open = i >= q.size();
    if (!*open)
        ++i;
    return text;
}

QList<Token> tokenize(const QString &q)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = q.size();
    while (i < n) {
        while (i < n && isSpace(q[i]))
            ++i;
        if (i >= n)
            break;
        Token t;
        if (q[i] == u'-' && i + 1 < n && !isSpace(q[i + 1]) && q[i + 1] != u'-') {
            t.negated = true;
            ++i;
        }
        if (q[i] == u'"') {
            ++i;
            t.quoted = true;
            t.text = readQuoted(q, i, &t.open);
        } else {
            const qsizetype start = i;
            while (i < n && !isSpace(q[i]) && q[i] != u'"')
                ++i;
            QString word = q.mid(start, i - start);
            const qsizetype colon = word.indexOf(u':');
            const bool keyLike = colon > 0 && isFilterKey(QStringView(word).left(colon));
            if (keyLike && colon + 1 == word.size() && i < n && q[i] == u'"') {
                // key:"quoted value"
                ++i;
                t.key = word.left(colon).toLower();
                t.quoted = true;
                t.text = readQuoted(q, i, &t.open);
            } else if (keyLike && !QStringView(word).mid(colon + 1).startsWith(u':') &&
                       !allDigits(QStringView(word).mid(colon + 1)) &&
                       (colon + 1 < word.size() || isKnownKey(word.left(colon).toLower()))) {
                // key:value; "std::vector", "10:30" and "Note:" stay words.
                t.key = word.left(colon).toLower();
                t.text = word.mid(colon + 1);
            } else {
                t.text = word;
                t.isOr = !t.negated && word == QLatin1String("OR");
            }
        }
        t.last = i >= n;
        tokens.append(t);
    }
    return tokens;
}

const QStringList &isValues()
{
    static const QStringList v{QStringLiteral("bookmarked"), QStringLiteral("unread")};
    return v;
}

bool isPrefixOfAny(const QString &value, const QStringList &options)
{
    for (const QString &o : options)
        if (o.startsWith(value))
            return true;
    return false;
}

// Turns a key:value token into a filter; false with `error` set when it is not one.
// `skip` is set for a filter still being typed that means nothing yet.
bool makeFilter(const Token &t, QueryFilter *f, bool *skip, QString *error)
{
    using Kind = QueryFilter::Kind;
    const QString value = t.text.trimmed();
    const QString lower = value.toLower();
    f->negated = t.negated;
    f->partial = t.last && !t.quoted;
    *skip = false;
    if (t.key == QLatin1String("cat") || t.key == QLatin1String("series") ||
        t.key == QLatin1String("tag")) {
        f->kind = t.key == QLatin1String("cat")      ? Kind::Category
                  : t.key == QLatin1String("series") ? Kind::Series
                                                     : Kind::Tag;
        f->value = value;
        f->partial = t.last && (!t.quoted || t.open);
        if (value.isEmpty()) {
            if (t.last) {
                *skip = true;
                return true;
            }
            *error = tr("The filter %1: needs a value, for example %1:name.").arg(t.key);
            return false;
        }
        return true;
    }
    if (t.key == QLatin1String("is") || t.key == QLatin1String("has") ||
        t.key == QLatin1String("in")) {
        QStringList options;
        if (t.key == QLatin1String("is"))
            options = isValues();
        else if (t.key == QLatin1String("has"))
            options = {QStringLiteral("notes")};
        else
            options = {QStringLiteral("title"), QStringLiteral("code")};
        if (!options.contains(lower)) {
            if (t.last && !t.quoted && isPrefixOfAny(lower, options)) {
                *skip = true; // still being typed
                return true;
            }
            QStringList names;
            for (const QString &o : options)
                names << t.key + u':' + o;
            *error = tr("Unknown filter %1:%2. Use %3.").arg(t.key, value, names.join(tr(" or ")));
            return false;
        }
        if (t.key == QLatin1String("is"))
            f->kind = lower == QLatin1String("bookmarked") ? Kind::Bookmarked : Kind::Unread;
        else if (t.key == QLatin1String("has"))
            f->kind = Kind::HasNotes;
        else
            f->kind = lower == QLatin1String("title") ? Kind::InTitle : Kind::InCode;
        if (t.negated && t.key == QLatin1String("in")) {
            *error = tr("%1:%2 cannot be negated.").arg(t.key, lower);
            return false;
        }
        f->partial = false;
        return true;
    }
    // A filter name being typed ("ca" then "cat:") is not an error yet.
    if (t.last && !t.quoted && value.isEmpty()) {
        for (const QString &name : QueryParser::filterNames())
            if (name.startsWith(t.key + u':')) {
                *skip = true;
                return true;
            }
    }
    *error = tr("Unknown filter \"%1:\". The filters are %2.")
                 .arg(t.key, QueryParser::filterNames().join(QStringLiteral(", ")));
    return false;
}

QString termText(const QueryTerm &t)
{
    QString s = t.phrase ? u'"' + t.text + u'"' : t.text;
    if (t.prefix)
        s += u'*';
    return s;
}

} // namespace

QStringList QueryParser::filterNames()
{
    return {QStringLiteral("cat:"),      QStringLiteral("series:"),
            QStringLiteral("tag:"),      QStringLiteral("is:bookmarked"),
            QStringLiteral("is:unread"), QStringLiteral("has:notes"),
            QStringLiteral("in:title"),  QStringLiteral("in:code")};
}

bool ParsedQuery::hasFilter(QueryFilter::Kind kind) const
{
    for (const QueryFilter &f : filters)
        if (f.kind == kind)
            return true;
    return false;
}

QString ParsedQuery::describe() const
{
    if (!isValid())
        return QStringLiteral("error: ") + error;
    QStringList parts;
    for (const QueryClause &c : clauses) {
        QStringList alts;
        for (const QueryTerm &t : c.alternatives)
            alts << termText(t);
        parts << alts.join(u'|');
    }
    for (const QueryTerm &t : excluded)
        parts << u'-' + termText(t);
    for (const QueryFilter &f : filters) {
        QString name;
        switch (f.kind) {
        case QueryFilter::Kind::Category:
            name = QStringLiteral("cat:") + f.value;
            break;
        case QueryFilter::Kind::Series:
            name = QStringLiteral("series:") + f.value;
            break;
        case QueryFilter::Kind::Tag:
            name = QStringLiteral("tag:") + f.value;
            break;
        case QueryFilter::Kind::Bookmarked:
            name = QStringLiteral("is:bookmarked");
            break;
        case QueryFilter::Kind::Unread:
            name = QStringLiteral("is:unread");
            break;
        case QueryFilter::Kind::HasNotes:
            name = QStringLiteral("has:notes");
            break;
        case QueryFilter::Kind::InTitle:
            name = QStringLiteral("in:title");
            break;
        case QueryFilter::Kind::InCode:
            name = QStringLiteral("in:code");
            break;
        }
        if (f.negated)
            name.prepend(u'-');
        if (f.partial)
            name += u'*';
        parts << name;
    }
    return parts.join(u' ');
}

ParsedQuery QueryParser::parse(const QString &query)
{
    ParsedQuery result;
    const QList<Token> tokens = tokenize(query);
    bool pendingOr = false;
    for (const Token &t : tokens) {
        if (t.isOr) {
            // "a OR b": joins the neighbours; a leading or trailing OR is a word being typed.
            pendingOr = !result.clauses.isEmpty();
            continue;
        }
        if (!t.key.isEmpty()) {
            QueryFilter f;
            bool skip = false;
            if (!makeFilter(t, &f, &skip, &result.error))
                return result;
            if (!skip)
                result.filters.append(f);
            pendingOr = false;
            continue;
        }
        QueryTerm term;
        term.text = t.quoted ? t.text.simplified() : t.text;
        term.phrase = t.quoted;
        term.prefix = t.last && (!t.quoted || t.open);
        if (term.text.isEmpty()) {
            pendingOr = false;
            continue;
        }
        if (t.negated) {
            term.prefix = false; // an exclusion excludes what was typed, never completions
            result.excluded.append(term);
            pendingOr = false;
            continue;
        }
        if (pendingOr && !result.clauses.isEmpty())
            result.clauses.last().alternatives.append(term);
        else
            result.clauses.append(QueryClause{{term}});
        pendingOr = false;
    }
    return result;
}

} // namespace Lectern
