#pragma once

#include <QList>
#include <QString>

namespace Lectern {

// One word or "quoted phrase" of a query, as typed.
struct QueryTerm
{
    QString text;
    bool phrase = false; // "quoted": the words in this order, as written
    bool prefix = false; // the word being typed (last in the query, no space after it yet)
    bool operator==(const QueryTerm &) const = default;
};

// Terms joined by OR: a post matches the clause when it matches any of them.
struct QueryClause
{
    QList<QueryTerm> alternatives;
    bool operator==(const QueryClause &) const = default;
};

struct QueryFilter
{
    enum class Kind
    {
        Category,
        Series,
        Tag,
        Bookmarked,
        Unread,
        HasNotes,
        InTitle,
        InCode
    };
    Kind kind = Kind::Category;
    QString value;        // cat:/series:/tag: only
    bool negated = false; // -cat:go
    bool partial = false; // the filter being typed: its value may be a prefix
    bool operator==(const QueryFilter &) const = default;
};

struct ParsedQuery
{
    QList<QueryClause> clauses; // all required (the engine relaxes this when nothing matches)
    QList<QueryTerm> excluded;  // -word, -"phrase"
    QList<QueryFilter> filters;
    QString error; // non-empty: the query is refused, with this message for the user

    bool isValid() const { return error.isEmpty(); }
    bool hasFilter(QueryFilter::Kind kind) const;
    // A compact, stable rendering for tests and logs:
    // clauses "a|b", phrases in quotes, prefix words with '*', then -excluded, then filters.
    QString describe() const;
};

// The query language: words, "exact phrases", -exclusion, OR, and the filters cat:, series:,
// tag:, is:bookmarked, is:unread, has:notes, in:title, in:code. Filter values may be quoted
// (series:"django conquered"). An unknown filter is an error, not an empty result. A filter or
// phrase still being typed (the last token) is never an error.
class QueryParser final
{
public:
    static ParsedQuery parse(const QString &query);
    // Names of the filters for messages and completion: "cat:", "series:", ...
    static QStringList filterNames();
};

} // namespace Lectern
