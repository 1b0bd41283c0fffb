#include "ingest/structuretokens.h"

#include "core/compiler.h"
#include "ingest/headingmodel.h"
#include "ingest/structureregions.h"
#include "ingest/structuretext.h"
#include "ingest/structurewords.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {

// Equal contents, inline (Qt's comparison is out of line and this runs per token).
bool same(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) // a loop, not memcmp: tokens are short
        if (a[i] != b[i])
            return false;
    return true;
}

// A bit per ASCII symbol (one for all controls and the space), letters and digits none: the
// TokenChar characters at their TokenChar bits, the other symbols above them. A token's set of
// symbols is then an or per character (a set of 128 bits cost a shift, a load and a store each,
// on every distinct token's first sight).
constexpr quint64 TokenCharBits = 2 * CharDash - 1; // (CharOpenParen .. CharDash, the last)
constexpr std::array<quint64, 128> symbolBits = [] {
    std::array<quint64, 128> table{};
    table[size_t('(')] = CharOpenParen;
    table[size_t(')')] = CharCloseParen;
    table[size_t('[')] = CharOpenBracket;
    table[size_t(']')] = CharCloseBracket;
    table[size_t('{')] = CharOpenBrace;
    table[size_t('}')] = CharCloseBrace;
    table[size_t(';')] = CharSemicolon;
    table[size_t('=')] = CharEquals;
    table[size_t('<')] = CharLess;
    table[size_t('>')] = CharGreater;
    table[size_t('$')] = CharDollar;
    table[size_t('"')] = CharQuote;
    table[size_t('.')] = CharDot;
    table[size_t(':')] = CharColon;
    table[size_t('-')] = CharDash;
    int next = std::bit_width(TokenCharBits);
    const quint64 controls = quint64(1) << next++;
    for (char16_t c = 0; c < 128; ++c) {
        const bool alphanumeric =
            (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (table[c] == 0 && !alphanumeric)
            table[c] = c <= u' ' || c == 127 ? controls : quint64(1) << next++;
    }
    return table;
}();

// The ASCII symbols a token holds, as a bit set (symbolBits): one pass answers the "does it
// contain '{'?" questions below without a search each (and finds the token's TokenChar bits).
class AsciiSet
{
public:
    constexpr AsciiSet() = default;
    explicit constexpr AsciiSet(QStringView s)
    {
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s[i].unicode();
            if (c < 128)
                m_bits |= symbolBits[c];
            else
                m_others = true;
        }
    }
    // (Symbols only: letters and digits have no bit.)
    bool has(char16_t c) const { return m_bits & symbolBits[c]; }
    bool hasOthers() const { return m_others; } // characters beyond ASCII
    quint16 tokenChars() const { return quint16(m_bits & TokenCharBits); }
    bool hasAnyOf(const AsciiSet &other) const { return m_bits & other.m_bits; }

private:
    quint64 m_bits = 0;
    bool m_others = false;
};

// QChar::isLetter() with ASCII told by one comparison (| 0x20 moves A-Z, and no other
// character, into a-z): every character of a token is asked on its first sight.
bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    return char16_t((u | 0x20) - u'a') < 26 || (u >= 128 && c.isLetter());
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isLeadingPunct(QChar c)
{
    switch (c.unicode()) {
    case u'(':
    case u'[':
    case u'"':
    case u'\'':
    case u'`':
    case u'*':
    case u'_':
    case 0x201C:
    case 0x2018:
    case 0x00AB:
        return true;
    default:
        return false;
    }
}

bool isTrailingPunct(QChar c)
{
    switch (c.unicode()) {
    case u')':
    case u']':
    case u'"':
    case u'\'':
    case u'`':
    case u'*':
    case u'_':
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
        return true;
    default:
        return false;
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

bool hasCamelHump(QStringView core)
{
    // lower -> upper inside a word: doWork, getElementById (not GitHub-like proper nouns
    // whose first letter is upper: those count half).
    for (qsizetype i = 1; i < core.size(); ++i)
        if (core[i].isUpper() && core[i - 1].isLower())
            return true;
    return false;
}

bool isDottedIdentifier(QStringView core)
{
    // fmt.Println, ctx.Done, app.py, requirements.txt: two identifier parts joined by '.'.
    const qsizetype dot = findIn(core, u'.');
    if (dot <= 0 || dot + 1 >= core.size())
        return false;
    if (!isIdentChar(core[dot - 1]) || !isIdentChar(core[dot + 1]))
        return false;
    // e.g, i.e, a.m, p.m in any case (only ASCII letters lowercase to these).
    if (core.size() == 3 && core[1] == u'.') {
        const auto lower = [&core](qsizetype k) {
            const char16_t c = core[k].unicode();
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        };
        const char16_t a = lower(0), b = lower(2);
        if ((a == u'e' && b == u'g') || (a == u'i' && b == u'e') || (a == u'a' && b == u'm') ||
            (a == u'p' && b == u'm'))
            return false;
    }
    // "1.5" is a number, "3.13" a version: not identifiers.
    return !std::all_of(core.begin(), core.end(), [](QChar c) { return c.isDigit() || c == u'.'; });
}

} // namespace

bool instructionVerb(QStringView lower)
{
    static const QStringView verbs[] = {
        u"edit",    u"copy",   u"paste",    u"append", u"replace",  u"change", u"update",
        u"restart", u"reload", u"apply",    u"save",   u"generate", u"verify", u"confirm",
        u"mount",   u"export", u"download", u"upload", u"clone",    u"rename", u"insert",
        u"open",    u"run",    u"add",      u"create", u"install",  u"delete", u"remove",
        u"set",     u"enable", u"disable",  u"call",   u"check",    u"start",  u"stop",
        u"point",   u"put",    u"move",     u"type",   u"inspect",  u"import"};
    if (lower.size() < 3 || lower.size() > 8)
        return false;
    return std::find(std::begin(verbs), std::end(verbs), lower) != std::end(verbs);
}

bool englishMorphology(QStringView lower)
{
    if (lower.size() < 5)
        return false;
    // The suffixes by their last letter: a token is compared with those that can match only.
    const auto any = [&lower](const auto &...suffixes) { return (ends(lower, suffixes) || ...); };
    switch (lower.back().unicode()) {
    case u'g':
        return any(u"ing");
    case u'd':
        return any(u"ed");
    case u'y':
        return any(u"ly", u"ity");
    case u'n':
        return any(u"tion");
    case u's':
        return any(u"tions", u"ments", u"ness", u"less", u"ous", u"ies", u"ers");
    case u't':
        return any(u"ment");
    case u'e':
        return any(u"able", u"ible", u"ive", u"ance", u"ence", u"ize", u"ise");
    case u'l':
        return any(u"ful");
    default:
        return false;
    }
}

namespace {

// Does the token hold a two-character operator (":=", "->", "${", "</", "%s", ...)? One pass
// over its character pairs instead of a search per operator.
bool hasOperator(QStringView s)
{
    for (qsizetype i = 0; i + 1 < s.size(); ++i) {
        const char16_t a = s[i].unicode();
        const char16_t b = s[i + 1].unicode();
        switch (a) {
        case u':':
            if (b == u'=' || b == u':')
                return true;
            break;
        case u'-':
            if (b == u'>' || b == u'=')
                return true;
            break;
        case u'=':
            if (b == u'>' || b == u'=')
                return true;
            break;
        case u'!':
        case u'+':
            if (b == u'=')
                return true;
            break;
        case u'<':
            if (b == u'=' || b == u'-' || b == u'/')
                return true;
            break;
        case u'>':
            if (b == u'=')
                return true;
            break;
        case u'&':
            if (b == u'&')
                return true;
            break;
        case u'|':
            if (b == u'|')
                return true;
            break;
        case u'*':
            if (b == u'*')
                return true;
            break;
        case u'$':
            if (b == u'{' || b == u'(')
                return true;
            break;
        case u'#':
            if (b == u'[')
                return true;
            break;
        case u'/':
            if (b == u'>')
                return true;
            break;
        case u'\\':
            if (b == u'n')
                return true;
            break;
        case u'%':
            if (b == u's' || b == u'd' || b == u'v')
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

// The line lowercased into `out` (as long): ASCII letters eight at a time with SSE2, else four
// (a 16-bit lane per character: tokenizing lowercases every character of the text),
// others with QChar::toLower, which maps one to one and so keeps positions aligned. False when
// some character is not ASCII. On the way, its blanks (' ', '\t') as bits into `blanks`
// ((size + 63) / 64 words, bit k % 64 of word k / 64): where tokens start and end; and the
// characters beyond ASCII likewise into `beyond` (as many words).
bool lowerLine(QStringView line, char16_t *out, quint64 *blanks, quint64 *beyond)
{
    constexpr quint64 Lanes = 0x0001000100010001ull;
    constexpr quint64 High = 0xFF80 * Lanes;
    const char16_t *const in = line.utf16();
    const qsizetype n = line.size();
    std::fill(blanks, blanks + (n + 63) / 64, quint64(0));
    std::fill(beyond, beyond + (n + 63) / 64, quint64(0));
    bool ascii = true;
    const auto lower = [&](qsizetype k) {
        const char16_t c = in[k];
        blanks[k / 64] |= quint64(c == u' ' || c == u'\t') << (k % 64);
        if (c >= 128) {
            ascii = false;
            beyond[k / 64] |= quint64(1) << (k % 64);
            out[k] = line[k].toLower().unicode();
        } else {
            out[k] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
    };
    qsizetype k = 0;
#ifdef __SSE2__
    // Eight characters at a time where the processor has SSE2 (every x86-64 one does), the
    // same steps as the four at a time below (this loop was a sixth of tokenizing).
    const __m128i high = _mm_set1_epi16(short(0xFF80));
    const __m128i space = _mm_set1_epi16(short(u' '));
    const __m128i tab = _mm_set1_epi16(short(u'\t'));
    const __m128i beforeA = _mm_set1_epi16(short(u'A' - 1));
    const __m128i pastZ = _mm_set1_epi16(short(u'Z' + 1));
    const __m128i caseBit = _mm_set1_epi16(0x20);
    for (; k + 8 <= n; k += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + k));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, high), _mm_setzero_si128())) !=
            0xFFFF) { // (rare) one by one
            for (qsizetype j = k; j < k + 8; ++j)
                lower(j);
            continue;
        }
        // Every lane is below 0x80, so signed comparisons order them. The blank lanes' masks,
        // packed to bytes, give a bit each (eight characters never straddle two words).
        const __m128i blank = _mm_or_si128(_mm_cmpeq_epi16(v, space), _mm_cmpeq_epi16(v, tab));
        blanks[k / 64] |= quint64(_mm_movemask_epi8(_mm_packs_epi16(blank, blank)) & 0xFF)
                          << (k % 64);
        const __m128i capital =
            _mm_and_si128(_mm_cmpgt_epi16(v, beforeA), _mm_cmplt_epi16(v, pastZ));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + k),
                         _mm_or_si128(v, _mm_and_si128(capital, caseBit)));
    }
#endif
    for (; k + 4 <= n; k += 4) {
        quint64 w;
        std::memcpy(&w, in + k, sizeof w);
        if (w & High) { // (rare) one by one
            for (qsizetype j = k; j < k + 4; ++j)
                lower(j);
            continue;
        }
        // Every lane is below 0x80, so lane + 0x7F has bit 7 set unless the lane is 0: after an
        // exclusive or with ' ' (or '\t'), unless the character is one.
        const quint64 notSpace = (w ^ (u' ' * Lanes)) + 0x7F * Lanes;
        const quint64 notTab = (w ^ (u'\t' * Lanes)) + 0x7F * Lanes;
        const quint64 blank = ~(notSpace & notTab) & (0x80 * Lanes);
        // The lanes' bits 7 (7, 23, 39, 55), shifted down to 0, 16, 32, 48, gathered into bits
        // 45 .. 48 by one multiply (its shifted copies never overlap, so nothing carries). (Four
        // characters never straddle two words: k is a multiple of four.)
        blanks[k / 64] |= ((blank >> 7) * 0x0000200040008001ull >> 45 & 0xF) << (k % 64);
        // Bit 7 of lane + (0x80 - 'A') is set from 'A' up, that of lane + (0x7F - 'Z') past
        // 'Z'; the letters between get bit 5 (0x20, clear in capitals).
        const quint64 fromA = w + (0x80 - u'A') * Lanes;
        const quint64 pastZ = w + (0x7F - u'Z') * Lanes;
        w |= (fromA & ~pastZ & (0x80 * Lanes)) >> 2;
        std::memcpy(out + k, &w, sizeof w);
    }
    for (; k < n; ++k)
        lower(k);
    return ascii;
}

// Is any of the bits [from, to) set (bit k % 64 of word k / 64)?
bool anyBitIn(const quint64 *bits, qsizetype from, qsizetype to)
{
    while (from < to) {
        const qsizetype offset = from % 64;
        const qsizetype span = std::min<qsizetype>(64 - offset, to - from);
        const quint64 mask = (span == 64 ? ~quint64(0) : (quint64(1) << span) - 1) << offset;
        if (bits[from / 64] & mask)
            return true;
        from += span;
    }
    return false;
}

// Does any byte differ from 0? Eight at a time.
bool anyNonZero(QByteArrayView bytes)
{
    quint64 any = 0;
    qsizetype k = 0;
    for (; k + 8 <= bytes.size(); k += 8) {
        quint64 w;
        std::memcpy(&w, bytes.data() + k, sizeof w);
        any |= w;
    }
    for (; k < bytes.size(); ++k)
        any |= quint8(bytes[k]);
    return any != 0;
}

// `chars`: the token's ASCII characters, found in one pass (the checks below ask the set
// instead of searching the token).
float symbolScore(const StructureToken &t, const AsciiSet &chars)
{
    const QStringView s = t.text;
    float score = 0;
    const auto boxDrawing = [&] { // diagrams in text blocks
        return chars.hasOthers() && std::any_of(s.begin(), s.end(), [](QChar c) {
                   return c.unicode() >= 0x2500 && c.unicode() <= 0x257F;
               });
    };
    // Which kinds of symbol the token has at all: most checks below need one of them.
    // (ASCII symbols other than . , ' ?, controls included.)
    static constexpr AsciiSet symbolChars(u"\x01 !\"#$%&()*+-/:;<=>@[\\]^_`{|}~");
    const bool symbols = chars.hasAnyOf(symbolChars);
    const auto bump = [&score](float v) { score = std::max(score, v); };
    if (!symbols) { // words with sentence punctuation, numbers: only these can score
        if (is(s, u".") || is(s, u".."))
            return 0.4f;
        return boxDrawing() ? 3.0f : 0.0f;
    }
    // Operators standing alone (none longer than four characters: longer tokens skip the
    // comparisons).
    if (s.size() <= 4) {
        if (is(s, u"$"))
            return 2.0f;
        if (is(s, u"=") || is(s, u"==") || is(s, u"&&") || is(s, u"||") || is(s, u"|") ||
            is(s, u"\\") || is(s, u"{") || is(s, u"}") || is(s, u"};") || is(s, u"})") ||
            is(s, u"=>") || is(s, u"->") || is(s, u":=") || is(s, u"<-") || is(s, u"+=") ||
            is(s, u"!=") || is(s, u"::") || is(s, u"<<") || is(s, u"?="))
            return 2.0f;
        if (is(s, u">") || is(s, u"<") || is(s, u">>") || is(s, u"2>&1") || is(s, u"%") ||
            is(s, u"+") || is(s, u"*") || is(s, u"/") || is(s, u"&"))
            return 1.0f;
        if (is(s, u"-"))
            return 0.6f;
        if (is(s, u"[[") || is(s, u"]]") || is(s, u"]];") || is(s, u"((") || is(s, u"))") ||
            is(s, u";;") || is(s, u"&") || is(s, u">&2") || is(s, u"2>&1") || is(s, u"*)"))
            return 2.0f;
        if (is(s, u".") || is(s, u".."))
            return 0.4f;
    }
    if (boxDrawing())
        return 3.0f;
    // Make's special targets (".PHONY:", ".DEFAULT_GOAL"): a dot, then capitals, and a colon or
    // an underscore (not ".NET" or ".JPG" in a sentence).
    if (s.size() > 3 && s[0] == u'.' && s[1].isUpper() && s[2].isUpper() &&
        (s.endsWith(u':') || holds(s, u'_')) &&
        std::all_of(s.begin() + 1, s.end() - 1, [](QChar c) { return c.isUpper() || c == u'_'; }))
        return 3.0f;
    // (The searches below run only for the characters the token has at all.)
    if (chars.has(u'{') || chars.has(u'}'))
        bump(2.0f);
    // hasOperator() scans the token only when its symbols allow one of the operators: a first
    // character and a second one it may take (a path's '/' or a hyphen's '-' alone make none).
    // ('=', ':', '&', '|' and '*' may follow themselves, '\\' and '%' take letters: these allow
    // one on their own.)
    static constexpr AsciiSet alone(u":=&|*\\%");
    static constexpr AsciiSet afterLess(u"-/");
    static constexpr AsciiSet afterDollar(u"{(");
    const bool mayHoldOperator =
        chars.hasAnyOf(alone) || (chars.has(u'>') && (chars.has(u'-') || chars.has(u'/'))) ||
        (chars.has(u'<') && chars.hasAnyOf(afterLess)) ||
        (chars.has(u'$') && chars.hasAnyOf(afterDollar)) || (chars.has(u'#') && chars.has(u'['));
    if (mayHoldOperator && hasOperator(s))
        bump(2.0f);
    const qsizetype eq = chars.has(u'=') ? findIn(s, u'=') : -1;
    if (eq > 0 && isIdentChar(s[eq - 1]))
        bump(1.6f); // key=value, f(x=1)
    else if (eq >= 0)
        bump(1.2f);
    const qsizetype semi = chars.has(u';') ? findIn(s, u';') : -1;
    if (semi >= 0 && (semi + 1 < s.size() || !t.alpha))
        bump(1.5f);
    else if (semi >= 0)
        bump(0.2f);
    for (qsizetype i = 1; (chars.has(u'(') || chars.has(u'[')) && i < s.size(); ++i) {
        if ((s[i] == u'(' || s[i] == u'[') && isIdentChar(s[i - 1])) {
            bump(1.6f); // call or index
            break;
        }
    }
    if ((chars.has(u')') && holds(s, u"()")) || (chars.has(u']') && holds(s, u"[]")))
        bump(1.6f);
    if (s.size() >= 3 && s.startsWith(u'[') && (s.endsWith(u']') || ends(s, u"],")) &&
        findIn(s, u' ') < 0)
        bump(1.2f); // [section], [main]
    if (s.size() >= 2 && s[0] == u'$' &&
        (s[1].isLetter() || s[1] == u'{' || s[1] == u'(' || s[1] == u'_'))
        bump(1.6f);
    if (s.size() >= 3 && begins(s, u"--") && s[2].isLetter())
        bump(1.5f);
    else if (s.size() >= 2 && s.size() <= 5 && s[0] == u'-' && s[1].isLetter() && !t.english)
        bump(1.2f);
    if (begins(s, u"./") || begins(s, u"../") || begins(s, u"~/") ||
        (s.size() > 1 && s[0] == u'/' && (s[1].isLetterOrNumber() || s[1] == u'.')))
        bump(1.2f);
    else if (chars.has(u'/') && s.count(u'/') >= 2 && !holds(s, u"://"))
        bump(0.8f);
    if (chars.has(u'/') && holds(s, u"://"))
        bump(0.6f);
    if (begins(s, u"#include") || begins(s, u"#!") || begins(s, u"#define") || begins(s, u"#["))
        bump(2.0f);
    if (s.size() > 1 && s[0] == u'@' && s[1].isLetter())
        bump(1.5f);
    else if (chars.has(u'@'))
        bump(0.5f);
    if (s.size() > 1 && s[0] == u'<' && (s[1].isLetter() || s[1] == u'/' || s[1] == u'!'))
        bump(1.8f); // <div, </p>, <!doctype
    if (s.endsWith(u'>') && s.size() > 1 && (chars.has(u'"') || chars.has(u'<')))
        bump(1.5f);
    if (s.size() > 1 && s[0] == u'#' && s[1].isLetterOrNumber() && s.size() >= 4) {
        bool hex = true;
        for (const QChar c : s.sliced(1))
            if (!(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u';'))
                hex = false;
        if (hex)
            bump(1.5f); // #ffffff;
    }
    if (chars.has(u'`'))
        bump(0.8f);
    if (chars.has(u'"') && !(t.origin & OriginNamedQuote))
        bump(0.6f);
    // digits:digits (ports, times), key:value without space
    const qsizetype colon = chars.has(u':') ? findIn(s, u':') : -1;
    if (colon > 0 && colon + 1 < s.size() && s[colon + 1] != u'/' && isIdentChar(s[colon - 1]) &&
        (isIdentChar(s[colon + 1]) || s[colon + 1] == u'$'))
        bump(1.0f);
    if (s.endsWith(u',') && (chars.has(u'"') || chars.has(u')')))
        bump(1.0f);
    if (s.endsWith(u':') && !t.alpha && s.size() > 1 && (chars.has(u')') || chars.has(u']')))
        bump(1.5f); // def f(x): / if x[0]:
    return score;
}

// What the context passes of tokenizeLine() ask of a token on its own, as bits: each pass
// visits only the tokens it can change (most tokens are plain words none of them touch), and
// skips a line that has none.
enum ContextBit : quint16
{
    ContextSharedKeyword = 1, // a lowercase word that is a keyword too ("for", "return")
    ContextUpperKeyword = 2,  // an all-caps SQL/Dockerfile/HTTP word
    ContextQuotesCode = 4,    // ends a sentence right after code: "f(x)."
    ContextHeaderField = 8,   // Content-Type:
    ContextControl = 16,      // for, if, while, switch, return, else, elif, with
    ContextDeclaration = 32,  // class, fn, interface, ...
    ContextImport = 64,       // from, import, package
    ContextHttpVersion = 128, // HTTP/1.1
    ContextConfigWord = 256,  // a plain lowercase word that can name a configuration block
    ContextConfigEnd = 512,   // "{" or "x;": what makes the word before it configuration
    ContextCommand = 1024,    // a command name that can open a command line
    ContextKey = 2048,        // key: (YAML, configuration)
    ContextDash = 4096,       // "-" (a YAML list item)
    ContextAdjusts =
        ContextSharedKeyword | ContextUpperKeyword | ContextQuotesCode | ContextHeaderField,
};

// The keywords contextBits() looks for, by length, then compared: control ("for", "if", "with"),
// declarations ("class", "fn", "interface") and imports ("from", "import", "package").
quint16 keywordBits(QStringView w)
{
    const auto control = [](bool b) { return b ? quint16(ContextControl) : quint16(0); };
    const auto declaration = [](bool b) { return b ? quint16(ContextDeclaration) : quint16(0); };
    const auto import = [](bool b) { return b ? quint16(ContextImport) : quint16(0); };
    switch (w.size()) {
    case 2:
        return control(is(w, u"if")) | declaration(is(w, u"fn"));
    case 3:
        return control(is(w, u"for")) |
               declaration(is(w, u"def") || is(w, u"pub") || is(w, u"let") || is(w, u"var"));
    case 4:
        return control(is(w, u"else") || is(w, u"elif") || is(w, u"with")) |
               declaration(is(w, u"func") || is(w, u"impl") || is(w, u"enum") || is(w, u"type")) |
               import(is(w, u"from"));
    case 5:
        return control(is(w, u"while")) | declaration(is(w, u"class") || is(w, u"trait") ||
                                                      is(w, u"const") || is(w, u"async"));
    case 6:
        return control(is(w, u"switch") || is(w, u"return")) |
               declaration(is(w, u"struct") || is(w, u"export") || is(w, u"static")) |
               import(is(w, u"import"));
    case 7:
        return import(is(w, u"package"));
    case 8:
        return declaration(is(w, u"function"));
    case 9:
        return declaration(is(w, u"interface"));
    default:
        return 0;
    }
}

bool isHeaderField(const StructureToken &t)
{
    if (!(t.endsColon && t.core.size() > 2 && t.core.front().isUpper() && holds(t.core, u'-') &&
          !holds(t.core, u' ')))
        return false;
    for (const QChar c : t.core)
        if (!(c.isLetterOrNumber() || c == u'-'))
            return false;
    return true;
}

bool isKeyLike(const StructureToken &t)
{
    if (!(t.endsColon && !t.core.isEmpty() && t.core.size() < 40 && !t.upper))
        return false;
    for (const QChar c : t.core)
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'/'))
            return false;
    return true;
}

quint16 contextBits(const StructureToken &t)
{
    quint16 bits = 0;
    const bool lowerWord = t.alpha && !t.upper;
    if (lowerWord && (t.flags & StructureWords::SharedKeyword))
        bits |= ContextSharedKeyword;
    if (t.allCaps && (t.exactFlags & StructureWords::UpperKeyword))
        bits |= ContextUpperKeyword;
    if (t.text.size() > 2 && t.text.endsWith(u'.') &&
        (ends(t.text, u").") || ends(t.text, u"].") || ends(t.text, u"`.")))
        bits |= ContextQuotesCode;
    if (isHeaderField(t))
        bits |= ContextHeaderField;
    // The keywords are lowercase words: others skip the comparisons.
    if (lowerWord)
        bits |= keywordBits(t.text);
    if (begins(t.text, u"HTTP/"))
        bits |= ContextHttpVersion;
    if (lowerWord && !t.function && t.core.size() == t.text.size())
        bits |= ContextConfigWord;
    if (is(t.text, u"{") || (t.text.endsWith(u';') && !t.alpha && t.text.size() > 1))
        bits |= ContextConfigEnd;
    if (t.command && !t.upper && !t.endsSentence && !t.endsComma)
        bits |= ContextCommand;
    if (isKeyLike(t))
        bits |= ContextKey;
    if (is(t.text, u"-"))
        bits |= ContextDash;
    return bits;
}

// QString::fromRawData, built inline from the pieces Qt's out-of-line function uses (both
// public in its headers): every token's `lower` is made so, and the call cost more than that.
QString rawString(const QChar *data, qsizetype size)
{
    return QString(
        QString::DataPointer::fromRawData(reinterpret_cast<const char16_t *>(data), size));
}

// Do a and b hold the same `size` UTF-16 units? Four at a time (the last four read again when
// `size` is no multiple of four): every token compares its text with its cache entry's, so
// inline (a call cost about as much as a short token's compare).
LECTERN_ALWAYS_INLINE inline bool sameUnits(const char16_t *a, const char16_t *b, qsizetype size)
{
    const auto four = [](const char16_t *p) {
        quint64 w;
        std::memcpy(&w, p, sizeof w);
        return w;
    };
    if (size < 4) {
        for (qsizetype k = 0; k < size; ++k)
            if (a[k] != b[k])
                return false;
        return true;
    }
    for (qsizetype k = 0; k + 4 < size; k += 4)
        if (four(a + k) != four(b + k))
            return false;
    return four(a + size - 4) == four(b + size - 4);
}

// Copies `size` UTF-16 units from b to a, four at a time like sameUnits() (a token's text into
// its cache entry, once per distinct token: a unit at a time cost some 50 instructions each).
LECTERN_ALWAYS_INLINE inline void copyUnits(char16_t *a, const char16_t *b, qsizetype size)
{
    if (size < 4) {
        std::copy(b, b + size, a);
        return;
    }
    for (qsizetype k = 0; k + 4 < size; k += 4)
        std::memcpy(a + k, b + k, 4 * sizeof(char16_t));
    std::memcpy(a + size - 4, b + size - 4, 4 * sizeof(char16_t));
}

// A token-cache entry of tokenizeLine(): what it found about a token, and the token's text
// (up to Length characters), which tells tokens apart.
template<int Length> struct alignas(64) KnownToken // (whole cache lines)
{
    quint8 size = 0; // 0: an empty slot
    quint8 origin = 0;
    quint8 coreFrom = 0;
    quint8 coreSize = 0;
    quint16 bits = 0;
    quint16 context = 0; // ContextBit
    quint16 chars = 0;   // TokenChar
    // HeadingModel::ownClasses() in two halves (a 32-bit field would need a 65th byte).
    quint16 classesLow = 0;
    quint32 flags = 0;
    quint32 exactFlags = 0;
    float code = 0;
    quint16 classesHigh = 0;
    quint16 headingWord = StructureToken::NoHeadingWord;
    char16_t text[Length];
};

// The token cache of tokenizeLine(), one per thread.
// Entries of up to 18 characters take one cache line, longer ones (paths, URLs, long names: 2%
// of the tokens, but once the table is warm most of its misses) two, in a table of their own;
// longer still are analysed each time.
using Known = KnownToken<18>;
using KnownLong = KnownToken<50>;
static_assert(sizeof(Known) == 64 && sizeof(KnownLong) == 128);
constexpr qsizetype ShortLength = 19; // tokens shorter than this in `shortTokens`
constexpr qsizetype LongLength = 51;  // ... than this in `longTokens`
// Several ways per set: a token whose slot other frequent tokens also want keeps its place (one
// way per set lost some 14,000 tokens a corpus pass to such pairs). The ways are kept in the
// order of their last use, so a miss evicts the one unused longest.
// A corpus pass meets some 18,000 distinct tokens. In two ways of 32,768 sets, the sets that
// drew three or more of them (2%) still evicted each other on every pass (some 1,300 misses a
// round of the benchmark); in four ways of 16,384 sets (the same 4 MB) a set needs five (some 150
// misses a round).
// A lookup fetches the first two ways ahead (the last two hold tokens used less recently, and
// only a set that has them is read further).
constexpr int ShortWays = 4;
constexpr size_t KnownSets = 16384;
// Some 1,500 distinct long tokens a pass: at 2,048 sets (512 KB) a few hundred of them evicted
// each other every round. At 8,192 (2 MB) the cache fills its third huge page (see below) and
// few do.
constexpr int LongWays = 2;
constexpr size_t LongSets = 8192;

struct TokenCache
{
    Known shortTokens[ShortWays * KnownSets];
    KnownLong longTokens[LongWays * LongSets];

    // 6 MB, touched at random: in 4 KB pages the first pass faulted in every one of them (some
    // 1,150 page faults for the 4.5 MB it had, about 2 ms of that pass's CPU time). So the block is
    // made of whole huge pages and, on Linux, asks for them: a few faults instead.
    static constexpr size_t HugePage = size_t(2) << 20;
    static constexpr size_t bytes()
    {
        return (sizeof(TokenCache) + HugePage - 1) / HugePage * HugePage;
    }
    // The block is taken from calloc() a huge page larger and aligned inside it: a block this
    // large comes fresh from the system (mmap, VirtualAlloc), whose pages read as zero (every slot
    // empty), and calloc() knows it needs no clearing. Written before use, the 6 MB were cleared
    // twice on the first pass: by the kernel when first touched, then by the constructor.
    // (An aggregate of arrays, trivially destructible: calloc()'s zeroed bytes hold it as is.)
    struct Free
    {
        void *block = nullptr; // as calloc() returned it
        void operator()(TokenCache *) const { std::free(block); }
    };
    static std::unique_ptr<TokenCache, Free> create()
    {
        size_t space = bytes() + HugePage;
        void *const block = std::calloc(1, space);
        void *aligned = block;
        if (!block || !std::align(HugePage, bytes(), aligned, space))
            throw std::bad_alloc();
#ifdef Q_OS_LINUX
        madvise(aligned, bytes(), MADV_HUGEPAGE); // (a hint: refused, the block has small pages)
#endif
        return {static_cast<TokenCache *>(aligned), Free{block}};
    }
};
static_assert(std::is_trivially_destructible_v<TokenCache>);

} // namespace

StructureTokens tokenizeLine(QStringView line, QByteArrayView origins, QString *lowerStorage)
{
    lowerStorage->resize(line.size());
    char16_t *const lowered = reinterpret_cast<char16_t *>(lowerStorage->data());
    const qsizetype n = line.size();
    // The blanks' bits, then those of the characters beyond ASCII (as many words each).
    const qsizetype words = (n + 63) / 64;
    thread_local std::vector<quint64> bitStorage; // grows only, like the bounds below
    if (bitStorage.size() < size_t(2 * words))
        bitStorage.resize(size_t(2 * words));
    quint64 *const blankBits = bitStorage.data();
    quint64 *const beyondBits = blankBits + words;
    // (Then no token holds a typographic quote.)
    const bool ascii = lowerLine(line, lowered, blankBits, beyondBits);
    // Split at blanks, the token bounds kept in a reused buffer so that the tokens are
    // allocated once, at their count.
    thread_local std::vector<qsizetype> boundStorage; // grows only: no clearing per line
    if (boundStorage.size() < size_t(n) + 1) // (at most one bound per character, and one more)
        boundStorage.resize(size_t(n) + 1);
    qsizetype *const bounds = boundStorage.data(); // start, end of each token
    qsizetype boundCount = 0;
    // A bound where blanks and token characters change: visited bit by bit in the blanks'
    // words, work per bound rather than per character.
    quint64 previousBlank = 1; // the line's start counts as blank
    for (qsizetype from = 0; from < n; from += 64) {
        const qsizetype size = std::min<qsizetype>(64, n - from);
        const quint64 blanks = blankBits[from / 64];
        quint64 changes = blanks ^ (blanks << 1 | previousBlank);
        if (size < 64)
            changes &= (quint64(1) << size) - 1;
        for (; changes; changes &= changes - 1)
            bounds[boundCount++] = from + std::countr_zero(changes);
        previousBlank = (blanks >> (size - 1)) & 1;
    }
    if (!previousBlank)
        bounds[boundCount++] = n;
    // Most lines have no escaped character at all: then no token needs its origins read.
    const bool anyOrigin = anyNonZero(origins); // (OriginPlain is 0)
    // Lowercasing keeps positions unless some character changes length (rare): then each
    // token lowercases on its own.
    const bool aligned = lowerStorage->size() == line.size();

    // Tokens repeat ("the", "=", "err"), and what the loop below finds depends on a token's
    // text and origins only: a cache of recent tokens (TokenCache) answers most of them without
    // a word lookup or a look at the characters.
    thread_local const std::unique_ptr<TokenCache, TokenCache::Free> cache = TokenCache::create();
    Known *const knownTokens = cache->shortTokens;
    KnownLong *const knownLong = cache->longTokens;

    StructureTokens tokens(boundCount / 2); // (tokens are large: built in place)
    StructureToken *const built = tokens.data();
    // Each token's cache slot, found here and fetched ahead: the table is larger than the
    // processor's nearer caches, and waiting for one slot at a time was most of a hit's cost.
    // (A Known or a KnownLong, as the token's length says.)
    thread_local std::vector<void *> slotStorage; // grows only, like the bounds
    if (slotStorage.size() < size_t(boundCount / 2))
        slotStorage.resize(size_t(boundCount / 2));
    void **const slotOf = slotStorage.data();
    // The escaped characters (few, on some lines only), walked along with the tokens: a
    // token's origin bits are those of the escaped characters inside it.
    const qsizetype originCount = origins.size();
    const auto nextEscaped = [&origins, originCount](qsizetype k) {
        // Eight plain characters at a time first (lines with escapes have long plain runs).
        for (quint64 word; k + 8 <= originCount; k += 8) {
            std::memcpy(&word, origins.data() + k, sizeof word);
            if (word != 0)
                break;
        }
        while (k < originCount && origins[k] == OriginPlain)
            ++k;
        return k;
    };
    qsizetype escaped = anyOrigin ? nextEscaped(0) : originCount;
    for (qsizetype b = 0; b < boundCount; b += 2) {
        StructureToken &t = built[b / 2];
        t.start = bounds[b];
        t.end = bounds[b + 1];
        t.text = line.sliced(t.start, t.end - t.start);
        for (; escaped < originCount && escaped < t.end; escaped = nextEscaped(escaped + 1))
            if (escaped >= t.start)
                t.origin |= quint8(origins[escaped]);
        void *known = nullptr;
        if (aligned && t.text.size() < LongLength) {
            // Hashed four characters at a time (a multiply per character was most of a hit's
            // own cost).
            const char16_t *text = t.text.utf16();
            const qsizetype size = t.text.size();
            quint64 h = quint64(t.origin) << 56 | quint64(size);
            qsizetype k = 0;
            for (; k + 4 <= size; k += 4) {
                quint64 w;
                std::memcpy(&w, text + k, sizeof w);
                h = (h ^ w) * 0x9E3779B97F4A7C15ull;
                h ^= h >> 29;
            }
            quint64 tail = 0;
            for (; k < size; ++k)
                tail = tail << 16 | text[k];
            h = (h ^ tail) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
            if (size < ShortLength) {
                Known *const set = &knownTokens[ShortWays * (h & (KnownSets - 1))];
                LECTERN_PREFETCH(set);
                LECTERN_PREFETCH(set + 1);
                known = set;
            } else {
                KnownLong *const set = &knownLong[LongWays * (h & (LongSets - 1))];
                for (int part = 0; part < 4; ++part) // (two entries, two cache lines each)
                    LECTERN_PREFETCH(reinterpret_cast<const char *>(set) + 64 * part);
                known = set;
            }
        }
        slotOf[b / 2] = known;
    }
    enum : quint16
    {
        // (In the order of StructureToken's flags, from `upper` on: see lookUp().)
        KnownUpper = 1,
        KnownAllCaps = 2,
        KnownAlpha = 4,
        KnownEnglish = 8,
        KnownFunction = 16,
        KnownStarter = 32,
        KnownEndsSentence = 64,
        KnownEndsColon = 128,
        KnownEndsComma = 256,
        KnownMarker = 512,
        KnownCommand = 1024,
        KnownIdentifierLike = 2048,
        EvidenceShift = 12, // outputEvidence in the bits from here
    };
    constexpr size_t FlagCount = 12;
    // (The flags' places, checked: the bit of flag i lands in byte i from `upper`.)
    constexpr auto place = [](size_t offset) { return offset - offsetof(StructureToken, upper); };
    static_assert(std::is_standard_layout_v<StructureToken> && sizeof(bool) == 1 &&
                  place(offsetof(StructureToken, allCaps)) == 1 &&
                  place(offsetof(StructureToken, alpha)) == 2 &&
                  place(offsetof(StructureToken, english)) == 3 &&
                  place(offsetof(StructureToken, function)) == 4 &&
                  place(offsetof(StructureToken, starter)) == 5 &&
                  place(offsetof(StructureToken, endsSentence)) == 6 &&
                  place(offsetof(StructureToken, endsColon)) == 7 &&
                  place(offsetof(StructureToken, endsComma)) == 8 &&
                  place(offsetof(StructureToken, marker)) == 9 &&
                  place(offsetof(StructureToken, command)) == 10 &&
                  place(offsetof(StructureToken, identifierLike)) == FlagCount - 1);
    const qsizetype count = tokens.size();
    // (The line's and its lowercase copy's characters, read once: the token loop below stores
    // bytes, which could alias the strings' own pointers and make the compiler read them again.)
    const QChar *const lineData = line.data();
    const QChar *const lowerData = lowerStorage->constData();
    thread_local std::vector<quint16> contextStorage; // grows only, like the bounds
    if (contextStorage.size() < size_t(count))
        contextStorage.resize(size_t(count));
    quint16 *const context = contextStorage.data(); // ContextBit per token
    quint16 lineContext = 0;                        // all of them
    // Looks token t up in its set (`Ways` entries, the used ones first, the one used last
    // first of all); on a hit, fills it in from the entry.
    const auto lookUp = [&]<int Ways>(StructureToken &t, auto *known, qsizetype i) {
        const auto matches = [&t](const auto &k) {
            return k.size == t.text.size() && k.origin == t.origin &&
                   sameUnits(t.text.utf16(), k.text, t.text.size());
        };
        int way = 0;
        while (way < Ways && known[way].size != 0 && !matches(known[way]))
            ++way;
        if (way == Ways || known[way].size == 0) {
            // A miss: the used ways move down one (the last leaves), remember() fills the first.
            std::copy_backward(known, known + std::min(way, Ways - 1),
                               known + std::min(way + 1, Ways));
            return false;
        }
        std::rotate(known, known + way, known + way + 1); // (the way used last comes first)
        t.core = t.text.sliced(known->coreFrom, known->coreSize);
        t.lower = rawString(lowerData + (t.core.data() - lineData), t.core.size());
        t.flags = known->flags;
        t.exactFlags = known->exactFlags;
        t.code = known->code;
        t.chars = known->chars;
        t.headingClasses = quint32(known->classesHigh) << 16 | known->classesLow;
        t.headingWord = known->headingWord;
        // The twelve flags stand side by side in the token, in the bits' order: their bytes
        // are made from the bits eight at a time (byte i from bit i) and copied in.
        const quint64 bits = known->bits;
        const auto bytesOf = [](quint64 eight) {
            const quint64 picked = eight * 0x0101010101010101ull & 0x8040201008040201ull;
            return (picked + 0x7F7F7F7F7F7F7F7Full) >> 7 & 0x0101010101010101ull;
        };
        const quint64 flags[2] = {bytesOf(bits & 0xFF), bytesOf(bits >> 8)};
        std::memcpy(reinterpret_cast<char *>(&t) + offsetof(StructureToken, upper), flags,
                    FlagCount);
        t.outputEvidence = quint8(bits >> EvidenceShift);
        context[i] = known->context;
        return true;
    };
    // Keeps what the loop below found about token t in the first way of its set.
    const auto remember = [&](const StructureToken &t, auto *known, quint16 tokenContext) {
        copyUnits(known->text, t.text.utf16(), t.text.size());
        known->size = quint8(t.text.size());
        known->origin = t.origin;
        known->coreFrom = quint8(t.core.data() - t.text.data());
        known->coreSize = quint8(t.core.size());
        known->flags = t.flags;
        known->exactFlags = t.exactFlags;
        known->code = t.code;
        known->chars = t.chars;
        known->classesLow = quint16(t.headingClasses);
        known->classesHigh = quint16(t.headingClasses >> 16);
        known->headingWord = t.headingWord;
        // The twelve flags' bytes (each 0 or 1) gathered into bits eight at a time, the reverse
        // of lookUp(): one multiply moves byte i's bit to bit 56 + i, nothing carrying.
        quint64 flags[2] = {0, 0};
        std::memcpy(flags, reinterpret_cast<const char *>(&t) + offsetof(StructureToken, upper),
                    FlagCount);
        const auto bitsOf = [](quint64 bytes) { return bytes * 0x0102040810204080ull >> 56; };
        known->bits = quint16(bitsOf(flags[0]) | bitsOf(flags[1]) << 8 |
                              quint64(t.outputEvidence) << EvidenceShift);
        known->context = tokenContext;
    };
    for (qsizetype i = 0; i < count; ++i) {
        StructureToken &t = built[i];
        void *const known = slotOf[i];
        const bool isLong = t.text.size() >= ShortLength;
        if (known &&
            (isLong ? lookUp.template operator()<LongWays>(t, static_cast<KnownLong *>(known), i)
                    : lookUp.template operator()<ShortWays>(t, static_cast<Known *>(known), i))) {
            lineContext |= context[i];
            continue;
        }
        QStringView core = t.text;
        while (!core.isEmpty() && isLeadingPunct(core.front()))
            core = core.sliced(1);
        while (!core.isEmpty() && isTrailingPunct(core.back()))
            core.chop(1);
        t.core = core;
        t.lower = aligned ? rawString(lowerData + (core.data() - lineData), core.size())
                          : core.toString().toLower();
        // (One probe gives the word's flags and its heading vocabulary index.)
        const StructureWords::WordEntry entry = StructureWords::wordEntry(t.lower);
        t.flags = entry.flags;
        // Only Starter and UpperKeyword are read from exactFlags: the word lists suffice.
        // (Aligned, `lower` is as long as the core: compared four characters at a time.)
        const bool lowerIsCore =
            aligned ? sameUnits(QStringView(t.lower).utf16(), core.utf16(), core.size())
                    : same(t.lower, core);
        t.exactFlags = lowerIsCore ? t.flags : StructureWords::listedFlags(core);
        // Characters beyond ASCII in the token? Without, a core that lowercases to itself has no
        // capital, so no camel hump either (some capitals beyond ASCII have no lowercase).
        const bool beyond = !ascii && anyBitIn(beyondBits, t.start, t.end);
        const auto camelHump = [&] { return !(lowerIsCore && !beyond) && hasCamelHump(core); };
        // Ends of sentences, after any closing quotes or parentheses.
        QStringView tail = t.text;
        while (!tail.isEmpty() &&
               (tail.back() == u')' || tail.back() == u'"' || tail.back() == QChar(0x201D) ||
                tail.back() == QChar(0x2019) || tail.back() == u'*'))
            tail.chop(1);
        if (!tail.isEmpty()) {
            const QChar last = tail.back();
            t.endsSentence = (last == u'.' && !ends(tail, u"..") && tail.size() > 1) ||
                             last == u'!' || last == u'?' || last == QChar(0x2026);
            t.endsColon = last == u':';
            t.endsComma = last == u',';
        }
        bool alpha = !core.isEmpty();
        for (qsizetype k = 0; k < core.size(); ++k) {
            const QChar c = core[k];
            if (isLetter(c))
                continue;
            if ((isApostrophe(c) || c == u'-') && k > 0 && k + 1 < core.size() &&
                isLetter(core[k - 1]) && isLetter(core[k + 1]))
                continue;
            alpha = false;
            break;
        }
        t.alpha = alpha;
        // A plain word (letters, inner ' \u2019 -) holds none of the syntax characters; other
        // tokens' ASCII characters are gathered once, for their bits and symbolScore().
        const bool plainWord = alpha && core.size() == t.text.size();
        const AsciiSet textChars = plainWord ? AsciiSet() : AsciiSet(t.text);
        t.chars = textChars.tokenChars();
        t.upper = !core.isEmpty() && core.front().isUpper();
        if (alpha && core.size() >= 2) {
            t.allCaps = std::all_of(core.begin(), core.end(),
                                    [](QChar c) { return !c.isLetter() || c.isUpper(); });
        }
        if (alpha) {
            t.function = t.flags & StructureWords::Function;
            t.english = t.flags & StructureWords::English;
            t.starter = t.exactFlags & StructureWords::Starter;
        }
        // A token without punctuation is its core: its listed flags were looked up already. One
        // with punctuation around its core is no command as written (none begins or ends with
        // punctuation: StructureWords::Shell), and needs no lookup.
        const bool textIsLower =
            aligned ? core.size() == t.text.size() && lowerIsCore : same(t.text, t.lower);
        t.command =
            (t.flags & StructureWords::Shell) || (!textIsLower && t.text.size() == core.size() &&
                                                  (t.exactFlags & StructureWords::Shell));
        // (Every marker opens with '/', '#', '-' or '<': most tokens need no comparison.)
        const char16_t first = t.text.isEmpty() ? u' ' : t.text[0].unicode();
        t.marker =
            (first == u'/' || first == u'#' || first == u'-' || first == u'<') &&
            (is(t.text, u"//") || is(t.text, u"#") || is(t.text, u"--") || is(t.text, u"/*") ||
             is(t.text, u"<!--") || is(t.text, u"///") || is(t.text, u"##") ||
             (t.text.size() > 2 && begins(t.text, u"//") && t.text[2].isLetter()));

        // Token-local evidence (plain words have no symbols to look at).
        float x = plainWord ? 0.0f : symbolScore(t, textChars);
        if (t.origin & OriginNumericQuote)
            x = std::max(x, 2.5f);
        if (alpha) {
            float w;
            if (t.function)
                w = -1.6f;
            else if (t.english)
                w = t.upper ? -0.8f : -1.0f;
            else if (englishMorphology(t.lower))
                w = -0.5f;
            else
                w = 0.1f;
            const bool hump = camelHump();
            if (hump && !t.upper)
                w = 1.5f;
            else if (hump)
                w = std::max(w, 0.3f);
            if (t.allCaps && (t.exactFlags & StructureWords::UpperKeyword))
                w = 0.9f;
            else if (lowerIsCore && (t.flags & StructureWords::CodeKeyword) && !t.english)
                w = 1.5f;
            // A capitalised plain word is a sentence or heading word far more often than code
            // (class names have humps or punctuation next to them).
            if (t.upper && !t.allCaps && !hump && w > -0.6f &&
                core.size() == t.text.size()) // core is a part of text: equal when as long
                w = -0.6f;
            if (t.endsSentence && w < 0.5f)
                w -= 0.4f;
            if (t.endsComma && w < 0.5f)
                w -= 0.2f;
            x = w + x;
        } else {
            // (The token's symbols tell which searches can find anything.)
            if (core.size() > 2 && textChars.has(u'_') && holds(core, u'_'))
                x = std::max(x, 1.5f), t.identifierLike = true;
            if (camelHump() && !core.front().isUpper())
                x = std::max(x, 1.5f), t.identifierLike = true;
            if (textChars.has(u'.') && isDottedIdentifier(core))
                x = std::max(x, 1.2f), t.identifierLike = true;
            // A dotfile or dot-command: .editorconfig, .gitignore, .backup
            if (core.size() >= 4 && core[0] == u'.' && core[1].isLetter() &&
                std::all_of(core.begin() + 1, core.end(),
                            [](QChar c) { return c.isLower() || c == u'_' || c == u'-'; }))
                x = std::max(x, 1.2f), t.identifierLike = true;
            if (x >= 1.2f && (t.text.startsWith(u'-') || textChars.has(u'/')))
                t.identifierLike = true;
        }
        if (t.text.size() >= 2 && t.text.size() <= 4 && t.text.back() == u'.' &&
            std::all_of(t.text.begin(), t.text.end() - 1, [](QChar c) { return c.isDigit(); }))
            x = -0.8f; // "2." numbers a heading or a list, not code
        if (t.origin & OriginTypographic)
            x -= 2.5f;
        else if (t.origin & OriginNamedQuote)
            x = std::min(x, 0.5f) - 0.5f;
        // Dashes, and callout icons ("!", "✕") that open a callout box: prose. (One character
        // each: compared by code, not with Qt's out-of-line string comparison.)
        if (t.text.size() == 1) {
            switch (t.text[0].unicode()) {
            case 0x2014:
            case 0x2013:
            case u'!':
            case 0x2715:
            case 0x2713:
            case 0x2714:
            case 0x26A0:
            case 0x2139:
            case 0x274C:
            case 0x2705:
                x = -1.5f;
                break;
            default:
                break;
            }
        }
        // (Only a token with characters beyond ASCII can hold one.)
        for (const QChar c : beyond ? t.text : QStringView())
            if (c == QChar(0x2019) || c == QChar(0x201C) || c == QChar(0x201D)) {
                x -= (t.origin & OriginTypographic) ? 0.0f : 2.0f;
                break;
            }
        t.code = x;
        t.headingClasses = HeadingModel::ownClasses(t);
        // (The heading model looks words up on every line a heading span touches them.)
        if (t.alpha)
            t.headingWord = entry.headingWord;
        t.outputEvidence = StructureRegions::tokenEvidence(t);
        context[i] = contextBits(t);
        lineContext |= context[i];
        if (known && isLong)
            remember(t, static_cast<KnownLong *>(known), context[i]);
        else if (known)
            remember(t, static_cast<Known *>(known), context[i]);
    }

    // Context: keywords shared with English count as code next to code. Each pass below visits
    // only the tokens whose ContextBit it needs, in order, so the passes do what whole-line
    // loops would do.
    // Plain pointer access from here on: QList's operator[] checks for sharing on every call.
    StructureToken *const tok = built;
    thread_local std::vector<float> baseStorage;
    if (baseStorage.size() < size_t(count))
        baseStorage.resize(size_t(count));
    float *const base = baseStorage.data();
    for (qsizetype k = 0; k < count; ++k)
        base[k] = tok[k].code;
    const auto baseAt = [&](qsizetype k) { return k >= 0 && k < count ? base[k] : 0.0f; };
    for (qsizetype k = 0; k < count && (lineContext & ContextAdjusts); ++k) {
        if (!(context[k] & ContextAdjusts))
            continue;
        StructureToken &t = tok[k];
        const float prev = baseAt(k - 1);
        const float next = baseAt(k + 1);
        const float around = std::max(prev, std::max(next, baseAt(k + 2) * 0.8f));
        if (context[k] & ContextSharedKeyword) {
            if (!t.function && around >= 1.2f)
                t.code = std::max(t.code, 1.0f);
            else if (t.function && prev >= 1.0f && next >= 1.0f)
                t.code = std::max(t.code, 0.5f);
        }
        if ((context[k] & ContextUpperKeyword) && around < 0.5f)
            t.code = std::min(t.code, 0.4f); // a lone SQL word in prose ("EXPLAIN shows")
        // A sentence that ends right after code: "call f(x)." is prose quoting code.
        if (context[k] & ContextQuotesCode)
            t.code = std::min(t.code, -0.5f);
        // HTTP header fields: Content-Type: / X-Request-Id:
        if (context[k] & ContextHeaderField)
            t.code = std::max(t.code, 1.5f);
    }

    // Control keywords that read as English: "for i := 0", "if err != nil {", "for x in xs:".
    for (qsizetype k = 0; k + 1 < count && (lineContext & ContextControl); ++k) {
        if (!(context[k] & ContextControl))
            continue;
        StructureToken &t = tok[k];
        bool operatorAhead = false;
        for (qsizetype j = k + 1; j < std::min(count, k + 5) && !operatorAhead; ++j) {
            const StructureToken &a = tok[j];
            if (a.flags & StructureWords::Dangling && !is(a.text, u"in"))
                break;
            operatorAhead = base[j] >= 1.9f || a.text.startsWith(u'(') ||
                            (a.text.endsWith(u':') && a.text.size() > 1 && !a.alpha);
            if (is(a.text, u"in") && j + 2 < count && tok[j + 1].text.endsWith(u':'))
                operatorAhead = true; // for x in xs:
        }
        if (operatorAhead)
            t.code = std::max(t.code, 1.2f);
    }

    // Declarations: "class CopyButton extends HTMLElement {", "function identity<T>(",
    // "pub fn load(", "def greet(".
    for (qsizetype k = 0; k + 1 < count && (lineContext & ContextDeclaration); ++k) {
        if (!(context[k] & ContextDeclaration))
            continue;
        StructureToken &t = tok[k];
        const StructureToken &n = tok[k + 1];
        const bool named =
            !n.function && !n.endsSentence && !n.endsComma &&
            (holds(n.text, u'(') || holds(n.text, u'<') || n.code >= 1.0f ||
             (k + 2 < count && (is(tok[k + 2].text, u"{") || is(tok[k + 2].text, u"=") ||
                                is(tok[k + 2].text, u"extends") ||
                                is(tok[k + 2].text, u"implements") || tok[k + 2].code >= 1.5f)));
        if (named && (n.alpha || n.code >= 1.0f || holds(n.text, u'(')))
            t.code = std::max(t.code, 1.5f);
    }

    // Python and Go imports: "from x import y", "import json", "package main".
    for (qsizetype k = 0; k + 1 < count && (lineContext & ContextImport); ++k) {
        if (!(context[k] & ContextImport))
            continue;
        StructureToken &t = tok[k];
        StructureToken &n = tok[k + 1];
        const bool moduleLike = !n.text.isEmpty() && !n.function && !n.upper && !n.endsSentence &&
                                (!n.english || holds(n.text, u'.'));
        if (is(t.text, u"from") && moduleLike && k + 2 < count && is(tok[k + 2].text, u"import")) {
            for (qsizetype j = k; j < std::min(count, k + 4); ++j)
                tok[j].code = std::max(tok[j].code, 2.0f);
        } else if (is(t.text, u"import") && (moduleLike || n.text.startsWith(u'"') ||
                                             is(n.text, u"(") || n.origin & OriginNumericQuote)) {
            t.code = std::max(t.code, 1.8f);
            n.code = std::max(n.code, 1.5f);
        } else if (is(t.text, u"import") && k + 2 < count &&
                   (is(tok[k + 2].text, u"from") || n.text.startsWith(u'{') || is(n.text, u"*"))) {
            // import express from "express"; import { z } from "zod";
            for (qsizetype j = k; j < std::min(count, k + 6); ++j) {
                tok[j].code = std::max(tok[j].code, 1.8f);
                if (tok[j].text.startsWith(u'"') || tok[j].origin & OriginNumericQuote)
                    break;
            }
        } else if (is(t.text, u"package") && (is(n.text, u"main") || n.identifierLike ||
                                              (!n.english && !n.function && n.alpha))) {
            t.code = std::max(t.code, 2.0f);
            n.code = std::max(n.code, 2.0f);
        }
    }

    // HTTP start lines: the reason phrase after a status code is part of the message.
    for (qsizetype k = 0; k + 2 < count && (lineContext & ContextHttpVersion); ++k) {
        if (!(context[k] & ContextHttpVersion) || tok[k + 1].text.size() != 3 ||
            !tok[k + 1].text[0].isDigit())
            continue;
        tok[k].code = std::max(tok[k].code, 2.0f);
        tok[k + 1].code = std::max(tok[k + 1].code, 1.5f);
        for (qsizetype j = k + 2;
             j < std::min(count, k + 6) && tok[j].alpha && tok[j].upper && !tok[j].endsColon; ++j)
            tok[j].code = std::max(tok[j].code, 1.5f);
    }

    // Configuration blocks and statements: "upstream app {", "server {", "listen 80;" (a line
    // without "{" or "x;" has none).
    const bool configuration =
        (lineContext & ContextConfigWord) && (lineContext & ContextConfigEnd);
    for (qsizetype k = 0; k + 1 < count && configuration; ++k) {
        if (!(context[k] & ContextConfigWord))
            continue;
        StructureToken &t = tok[k];
        if (is(tok[k + 1].text, u"{") || (k + 2 < count && is(tok[k + 2].text, u"{") &&
                                          !tok[k + 1].function && !tok[k + 1].upper))
            t.code = std::max(t.code, 1.2f);
        else if (tok[k + 1].text.endsWith(u';') && !tok[k + 1].alpha && tok[k + 1].text.size() > 1)
            t.code = std::max(t.code, 1.0f);
    }

    // Shell command lines: a known command followed by its arguments (flags, paths,
    // sub-commands) up to the next command, a pipe, or English.
    for (qsizetype k = 0; k < count && (lineContext & ContextCommand); ++k) {
        if (!(context[k] & ContextCommand))
            continue;
        const StructureToken &t = tok[k];
        int flagsAhead = 0;
        for (qsizetype j = k + 1; j < std::min(count, k + 4); ++j)
            flagsAhead +=
                tok[j].text.startsWith(u'-') && tok[j].text.size() > 1 && tok[j].text[1] != u'-'
                    ? 1
                    : (begins(tok[j].text, u"--") ? 1 : 0);
        // "git bisect start": a tool and one of its sub-commands, listed in the word table as
        // "tool:sub" (the key built on the stack: no allocation).
        // (Read through a view: QString::utf16() copies a string made from raw data, as `lower`
        // is, to end it with a null.)
        const auto isSubcommand = [&](QStringView next) {
            const QStringView tool = t.lower;
            char16_t key[64];
            const qsizetype size = tool.size() + 1 + next.size();
            if (size > qsizetype(std::size(key)))
                return false; // (no listed pair is that long)
            std::copy(tool.utf16(), tool.utf16() + tool.size(), key);
            key[tool.size()] = u':';
            std::copy(next.utf16(), next.utf16() + next.size(), key + tool.size() + 1);
            return bool(StructureWords::listedFlags(QStringView(key, size)) &
                        StructureWords::Subcommand);
        };
        const bool knownSubcommand = k + 1 < count && isSubcommand(tok[k + 1].text);
        const bool opens = k == 0 || knownSubcommand || is(tok[k - 1].text, u"$") ||
                           is(tok[k - 1].text, u"sudo") || tok[k - 1].endsColon ||
                           base[k - 1] >= 1.2f || is(tok[k - 1].text, u"&&") ||
                           is(tok[k - 1].text, u"|") || tok[k - 1].text.endsWith(u';') ||
                           tok[k - 1].command || flagsAhead > 0;
        if (!opens)
            continue;
        qsizetype j = k + 1;
        int strongArgs = 0;
        while (j < count) {
            const StructureToken &a = tok[j];
            if ((a.function && (a.flags & StructureWords::ProseWord)) || a.endsComma ||
                (a.endsSentence && !is(a.text, u".") && !ends(a.text, u"/...")) ||
                a.origin & OriginTypographic || (a.upper && a.alpha && !a.allCaps))
                break;
            strongArgs += base[j] >= 1.0f;
            ++j;
            if (j - k > 12)
                break;
        }
        const qsizetype args = j - k - 1;
        if (args == 0 || (args >= 1 && strongArgs == 0 && args < 2 && !knownSubcommand))
            continue;
        const float value = (strongArgs > 0 || knownSubcommand) ? 1.4f : 0.9f;
        for (qsizetype m = k; m < j; ++m)
            tok[m].code = std::max(tok[m].code, value);
    }

    // YAML and config: runs of "key:" tokens (fewer than three on the line: no run).
    thread_local std::vector<int> keyStorage;
    if (keyStorage.size() < size_t(count))
        keyStorage.resize(size_t(count));
    int *const keyLike = keyStorage.data();
    int keysOnLine = 0;
    for (qsizetype k = 0; k < count && (lineContext & (ContextKey | ContextDash)); ++k) {
        keyLike[k] = (context[k] & ContextKey) ||
                     ((context[k] & ContextDash) && k + 1 < count && tok[k + 1].endsColon);
        keysOnLine += keyLike[k];
    }
    if (keysOnLine < 3)
        return tokens;
    // Keys in the window [k - 4, k + 6], slid along.
    int keys = 0;
    for (qsizetype j = 0; j <= std::min(count - 1, qsizetype(6)); ++j)
        keys += keyLike[j];
    for (qsizetype k = 0; k < count; ++k) {
        if (k > 0 && k + 6 < count)
            keys += keyLike[k + 6];
        if (k - 5 >= 0)
            keys -= keyLike[k - 5];
        if (keys >= 3) {
            StructureToken &t = tok[k];
            // "postgres_data: Bring it up:": a capitalised sentence opener and the function
            // words after it are the sentence that follows the YAML, not its values.
            if ((t.function && !keyLike[k]) || (t.upper && t.starter && !t.allCaps))
                continue;
            // Nor does a capitalised word with no key among the four tokens before it: values
            // follow their keys, and "The Compose File name: shop services: ..." has a heading's
            // last words before the first key (version 55). Unless a function word's key follows
            // it, the two one label: "Caused by: 0: cannot read app.conf" (anyhow's report).
            if (t.upper && t.alpha && !t.allCaps && !keyLike[k] &&
                !(k + 1 < count && keyLike[k + 1] && tok[k + 1].function)) {
                bool keyBefore = false;
                for (qsizetype m = std::max<qsizetype>(0, k - 4); m < k && !keyBefore; ++m)
                    keyBefore = keyLike[m];
                if (!keyBefore)
                    continue;
            }
            const float value = (t.origin & OriginTypographic) ? 0.0f : (keys >= 4 ? 1.3f : 0.9f);
            t.code = std::max(t.code, value);
        }
    }
    return tokens;
}

} // namespace Lectern
