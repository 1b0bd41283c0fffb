#include "ingest/structuretext.h"

#include "ingest/entities.h"

#include <QHash>
#include <algorithm>
#include <bit>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Lectern {

namespace {

// Copies in[i, ...) to out[w, ...) up to the next '&', CR or NUL (or the end, n) and returns
// how many characters it copied: one pass that copies as it looks, where searches and then a
// copy read the text several times (and the search for '&' was a call per reference). Eight
// characters at a time with SSE2: `out` may be written up to eight characters past the run,
// never past in's end (the output is never ahead of the input: references only shrink).
qsizetype copyPlainRun(const char16_t *in, qsizetype i, qsizetype n, char16_t *out, qsizetype w)
{
    const qsizetype start = i;
#ifdef __SSE2__
    const __m128i ampersand = _mm_set1_epi16(short(u'&'));
    const __m128i cr = _mm_set1_epi16(short(u'\r'));
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8, w += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out + w), v);
        const __m128i stop =
            _mm_or_si128(_mm_cmpeq_epi16(v, ampersand),
                         _mm_or_si128(_mm_cmpeq_epi16(v, cr), _mm_cmpeq_epi16(v, zero)));
        const int found = _mm_movemask_epi8(stop);
        if (found)
            return i + std::countr_zero(unsigned(found)) / 2 - start;
    }
#endif
    for (; i < n && in[i] != u'&' && in[i] != u'\r' && in[i] != 0; ++i, ++w)
        out[w] = in[i];
    return i - start;
}

// The value of a numeric reference's digits (ASCII digits, or hex digits when `hex`, as
// referenceLength() found them), as QStringView::toUInt() reads them; 0x110000 for any value
// past the last code point (none is decoded here).
char32_t referenceValue(QStringView digits, bool hex)
{
    char32_t value = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        const char32_t digit = u <= u'9' ? u - u'0' : (u | 0x20) - u'a' + 10;
        value = value * (hex ? 16 : 10) + digit;
        if (value > 0x10FFFF)
            return 0x110000;
    }
    return value;
}

// The extent of a character reference starting at raw[i] == '&' (0 when there is none):
// &name; &#123; &#x7b; and the legacy forms without ';' that HTML5 still decodes.
qsizetype referenceLength(const QString &raw, qsizetype i)
{
    const qsizetype n = raw.size();
    qsizetype j = i + 1;
    if (j < n && raw[j] == u'#') {
        ++j;
        const bool hex = j < n && (raw[j] == u'x' || raw[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digits = j;
        while (j < n && raw[j].unicode() < 0x80 &&
               (raw[j].isDigit() ||
                (hex && QChar(raw[j]).toLower() >= u'a' && QChar(raw[j]).toLower() <= u'f')))
            ++j;
        if (j == digits)
            return 0;
    } else {
        const qsizetype name = j;
        while (j < n && raw[j].unicode() < 0x80 && raw[j].isLetterOrNumber() && j - name < 32)
            ++j;
        if (j == name)
            return 0;
    }
    if (j < n && raw[j] == u';')
        ++j;
    return j - i;
}

quint8 originOf(QStringView reference, QStringView expansion)
{
    quint8 origin = OriginEntity;
    if (expansion.size() != 1)
        return origin;
    const char16_t c = expansion[0].unicode();
    if (c == u'"' || c == u'\'') {
        if (begins(reference, u"&#"))
            origin |= OriginNumericQuote;
        else if (c == u'"')
            origin |= OriginNamedQuote;
    }
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2026:
    case 0x2013:
    case 0x2014:
        origin |= OriginTypographic;
        break;
    default:
        break;
    }
    return origin;
}

// The named references Hugo and Goldmark produce, with their HTML5 values.
char32_t commonEntity(QStringView name)
{
    struct Entry
    {
        std::u16string_view name; // (sized at compile time: compared without a length scan)
        char32_t value;
    };
    static const Entry entries[] = {
        {u"quot", 0x22},    {u"amp", 0x26},     {u"lt", 0x3C},       {u"gt", 0x3E},
        {u"apos", 0x27},    {u"nbsp", 0xA0},    {u"rsquo", 0x2019},  {u"lsquo", 0x2018},
        {u"rdquo", 0x201D}, {u"ldquo", 0x201C}, {u"hellip", 0x2026}, {u"ndash", 0x2013},
        {u"mdash", 0x2014}, {u"copy", 0xA9},    {u"reg", 0xAE},      {u"trade", 0x2122},
        {u"times", 0xD7},   {u"divide", 0xF7},  {u"larr", 0x2190},   {u"rarr", 0x2192},
        {u"uarr", 0x2191},  {u"darr", 0x2193},  {u"harr", 0x2194},   {u"laquo", 0xAB},
        {u"raquo", 0xBB},   {u"middot", 0xB7},  {u"bull", 0x2022},   {u"deg", 0xB0},
        {u"euro", 0x20AC},  {u"shy", 0xAD},     {u"zwj", 0x200D},    {u"zwnj", 0x200C},
    };
    for (const Entry &e : entries)
        if (name.size() == qsizetype(e.name.size()) &&
            std::equal(e.name.begin(), e.name.end(), name.begin(),
                       [](char16_t a, QChar b) { return a == b.unicode(); }))
            return e.value;
    return 0;
}

// Decodes the text when every reference in it is one whose HTML5 meaning is plain (complete
// numeric references to ordinary code points, the common named ones above); false when
// something needs the full HTML5 rules (legacy references without ';', C1 remapping, CR, NUL).
// Writes into buffers sized once (a reference never expands to more characters than it has)
// and copies the runs between references whole: this runs over every post's whole text.
bool decodeSimple(const QString &raw, DecodedText *out)
{
    const qsizetype n = raw.size();
    out->text.resize(n);
    out->origins = QByteArray(n, char(OriginPlain));
    const char16_t *in = reinterpret_cast<const char16_t *>(raw.utf16());
    char16_t *text = reinterpret_cast<char16_t *>(out->text.data());
    char *origins = out->origins.data();
    qsizetype w = 0;
    qsizetype i = 0;
    while (i < n) {
        // The run of plain characters up to the next '&'. (CR and NUL need the full rules.)
        const qsizetype run = copyPlainRun(in, i, n, text, w);
        w += run;
        i += run;
        if (i >= n)
            break;
        if (in[i] != u'&')
            return false;
        if (i + 1 >= n || !(raw[i + 1].isLetterOrNumber() || raw[i + 1] == u'#')) {
            text[w++] = u'&'; // a lone ampersand
            ++i;
            continue;
        }
        const qsizetype len = referenceLength(raw, i);
        if (len < 3 || raw[i + len - 1] != u';')
            return false;
        const QStringView reference = QStringView(raw).sliced(i, len);
        char32_t value = 0;
        if (reference[1] == u'#') {
            const bool hex = reference[2] == u'x' || reference[2] == u'X';
            value = referenceValue(reference.sliced(hex ? 3 : 2, len - (hex ? 4 : 3)), hex);
            if (!(value == 9 || value == 10 || (value >= 0x20 && value < 0x7F) ||
                  (value >= 0xA0 && value < 0xD800) || (value > 0xDFFF && value <= 0x10FFFF)))
                return false;
        } else {
            value = commonEntity(reference.sliced(1, len - 2));
            if (!value)
                return false;
        }
        // UTF-16 of an ordinary code point (surrogates were refused above).
        char16_t units[2];
        qsizetype size = 1;
        if (value < 0x10000) {
            units[0] = char16_t(value);
        } else {
            units[0] = QChar::highSurrogate(value);
            units[1] = QChar::lowSurrogate(value);
            size = 2;
        }
        const char origin = char(originOf(reference, QStringView(units, size)));
        for (qsizetype k = 0; k < size; ++k) {
            origins[w] = origin;
            text[w++] = units[k];
        }
        i += len;
    }
    out->text.truncate(w);
    out->origins.truncate(w);
    return true;
}

} // namespace

DecodedText decodeEntitiesWithOrigins(const QString &raw)
{
    DecodedText out;
    if (decodeSimple(raw, &out))
        return out;
    out.text = decodeEntities(raw);
    out.origins = QByteArray(out.text.size(), char(OriginPlain));
    if (!raw.contains(u'&'))
        return out;
    // Walk raw and decoded text side by side; a reference maps to its expansion, found by
    // decoding the reference on its own (cached). Origins are hints: should the two ever fall
    // out of step, the walk resynchronises and the text itself is never affected.
    QHash<QString, QString> expansions;
    const QString &text = out.text;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < raw.size() && j < text.size()) {
        if (raw[i] == u'&') {
            if (const qsizetype len = referenceLength(raw, i)) {
                const QString reference = raw.mid(i, len);
                auto it = expansions.constFind(reference);
                if (it == expansions.constEnd())
                    it = expansions.insert(reference, decodeEntities(reference));
                const QString &expansion = it.value();
                if (expansion != reference && QStringView(text).sliced(j).startsWith(expansion)) {
                    const quint8 origin = originOf(reference, expansion);
                    for (qsizetype k = 0; k < expansion.size(); ++k)
                        out.origins[j + k] = char(origin);
                    i += len;
                    j += expansion.size();
                    continue;
                }
            }
        }
        if (raw[i] == u'\r' && text[j] == u'\n') {
            i += (i + 1 < raw.size() && raw[i + 1] == u'\n') ? 2 : 1;
            ++j;
            continue;
        }
        ++i; // equal characters, or a substitution (NUL -> U+FFFD): one for one
        ++j;
    }
    return out;
}

int directivePair(QStringView name, QStringView value, QStringView after)
{
    if (name.size() < 3 || !name[0].isLetter() || value.isEmpty())
        return 0;
    // (Most pairs of words are two plain lowercase words, "the cat": told without the scans
    // below.)
    if (value[0].isLower() && name[0].isLower() && !isSwitchWord(value) && !holds(value, u'-') &&
        !holds(name, u'-') && !holds(name, u'_'))
        return 0;
    bool lower = false, upperAfter = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!(name[i].isLetterOrNumber() || name[i] == u'-' || name[i] == u'_'))
            return 0;
        lower = lower || name[i].isLower();
        upperAfter = upperAfter || (i > 0 && name[i].isUpper());
    }
    // ("X11Forwarding", "LoginGraceTime": capitals inside, lowercase among them.)
    const bool camel = name[0].isUpper() && lower && upperAfter;
    if (!name[0].isLower() && !camel)
        return 0;
    // A table's cells ("services yes yes no databases no yes no") are no directives: a switch
    // names nothing, and no directive has two.
    if (isSwitchWord(name) || is(name, u"true") || is(name, u"false") || isSwitchWord(after))
        return 0;
    const bool compound = holds(name, u'-') || holds(name, u'_');
    if (is(value, u"yes") || is(value, u"no") ||
        ((compound || camel) && (is(value, u"on") || is(value, u"off"))))
        return 2;
    const bool hyphenated =
        holds(value, u'-') && value[0].isLower() && value.back().isLetterOrNumber() &&
        std::all_of(value.begin(), value.end(),
                    [](QChar c) { return c.isLower() || c.isDigit() || c == u'-'; });
    // After a compound name, a word too: "rename-command FLUSHALL", "log_level debug"; after a
    // run-together one when no lowercase word follows ("AllowUsers deploy" ends its line,
    // "JavaScript runs the" is a sentence).
    const bool word = (compound || (camel && (after.isEmpty() || !after[0].isLower()))) &&
                      value[0].isLetter() && std::all_of(value.begin(), value.end(), [](QChar c) {
                          return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
                      });
    return value[0].isDigit() || is(value, u"\"\"") || hyphenated || word || value[0] == u'/' ||
                   value.startsWith(u"~/") || (camel && is(value, u"none"))
               ? 1
               : 0;
}

int logrotateDirective(QStringView w)
{
    if (w.size() >= 7 && w.size() <= 14 &&
        (is(w, u"missingok") || is(w, u"notifempty") || is(w, u"delaycompress") ||
         is(w, u"copytruncate") || is(w, u"sharedscripts") || is(w, u"postrotate") ||
         is(w, u"prerotate") || is(w, u"endscript") || is(w, u"nocompress") || is(w, u"dateext") ||
         is(w, u"nomissingok") || is(w, u"compresscmd")))
        return 2;
    return w.size() >= 5 && w.size() <= 8 &&
                   (is(w, u"daily") || is(w, u"weekly") || is(w, u"monthly") || is(w, u"rotate") ||
                    is(w, u"compress") || is(w, u"maxage"))
               ? 1
               : 0;
}

} // namespace Lectern
