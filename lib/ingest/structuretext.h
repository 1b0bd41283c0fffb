#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include "core/compiler.h"

namespace Lectern {

// Where a decoded character came from. Hugo's index keeps entities encoded, and the way a
// character was escaped says something about its context: Chroma escapes quotes in code blocks
// as &#34; / &#39;, Goldmark escapes them in inline code and text as &quot;, and the
// typographer writes &rsquo; / &ldquo; only in prose. Structure recovery reads these as hints.
enum CharOrigin : quint8
{
    OriginPlain = 0,
    OriginNumericQuote = 1, // &#34; or &#39;
    OriginNamedQuote = 2,   // &quot;
    OriginTypographic = 4,  // &rsquo; &lsquo; &ldquo; &rdquo; &hellip; &ndash; &mdash;
    OriginEntity = 8,       // any character reference
};

struct DecodedText
{
    QString text;       // exactly decodeEntities(raw) (ingest/entities.h)
    QByteArray origins; // CharOrigin bits, one per QChar of text
};

// Comparisons against short literals, inline: the hot loops of structure recovery and language
// identification make millions of them, and Qt's comparison functions are out of line. (Always
// inline: left to itself the compiler made calls of some, in chains of comparisons.)
template<qsizetype N>
LECTERN_ALWAYS_INLINE constexpr bool is(QStringView s, const char16_t (&literal)[N]) noexcept
{
    if (s.size() != N - 1)
        return false;
    for (qsizetype i = 0; i < N - 1; ++i)
        if (s[i].unicode() != literal[i])
            return false;
    return true;
}
template<qsizetype N> constexpr bool begins(QStringView s, const char16_t (&literal)[N]) noexcept
{
    return s.size() >= N - 1 && is(s.first(N - 1), literal);
}
template<qsizetype N> constexpr bool ends(QStringView s, const char16_t (&literal)[N]) noexcept
{
    return s.size() >= N - 1 && is(s.last(N - 1), literal);
}

// QStringView::indexOf / contains for one character or a short literal, inline: they run on
// tokens, which are short, and Qt's vectorised search costs more to call than to run there.
constexpr qsizetype findIn(QStringView s, char16_t c, qsizetype from = 0) noexcept
{
    for (qsizetype i = from; i < s.size(); ++i)
        if (s[i].unicode() == c)
            return i;
    return -1;
}
template<qsizetype N>
constexpr qsizetype findIn(QStringView s, const char16_t (&literal)[N], qsizetype from = 0) noexcept
{
    for (qsizetype i = from; i + (N - 1) <= s.size(); ++i)
        if (is(s.sliced(i, N - 1), literal))
            return i;
    return -1;
}
constexpr bool holds(QStringView s, char16_t c) noexcept
{
    return findIn(s, c) >= 0;
}
template<qsizetype N> constexpr bool holds(QStringView s, const char16_t (&literal)[N]) noexcept
{
    return findIn(s, literal) >= 0;
}
// `s` without any of `chars` at its end ("12,%" with u",%" gives "12").
template<qsizetype N>
constexpr QStringView withoutTrailing(QStringView s, const char16_t (&chars)[N]) noexcept
{
    while (!s.isEmpty() && findIn(QStringView(chars, N - 1), s.back().unicode()) >= 0)
        s.chop(1);
    return s;
}

// A config's switch: "yes", "no", "on" or "off" (directivePair()).
constexpr bool isSwitchWord(QStringView w) noexcept
{
    return w.size() >= 2 && w.size() <= 3 &&
           (is(w, u"yes") || is(w, u"no") || is(w, u"on") || is(w, u"off"));
}

// A config's "directive value" pair (sshd_config, redis.conf, one per line): 0 none, 1 a
// directive and its value, 2 one whose value is a switch. The directive is lowercase
// ("protected-mode", "maxmemory") or capitalised words run together ("PermitRootLogin"); the
// value a number, a path, an empty string, a hyphenated word ("allkeys-lru"), "yes" or "no";
// after a run-together name "none", after a hyphenated one any word ("rename-command
// FLUSHALL"), after a run-together one a word that no lowercase word follows (`after`: the
// token after the value, if any). "on" and "off" switch only after a compound or run-together
// name: "drains on SIGTERM" is a phrase, "ssl-verify off" a switch. A switch names nothing
// and no directive has two: a table's cells ("services yes yes no") are none. (A command and
// its argument, "cat /etc/hosts", pass: the callers tell commands.)
int directivePair(QStringView name, QStringView value, QStringView after);

// logrotate's directives: 2 its own words ("missingok", "postrotate"), 1 the common ones it
// uses too ("daily", "rotate", "compress"), 0 others.
int logrotateDirective(QStringView word);

// Decodes once with the importer's decoder and records, per decoded character, which kind of
// reference (if any) produced it.
DecodedText decodeEntitiesWithOrigins(const QString &raw);

} // namespace Lectern
