#include "ingest/codelangfeatures.h"

#include "ingest/structuretext.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace Lectern {

namespace {

constexpr qsizetype MaxPart = 24; // longer tokens and cores are cut (identifiers, URLs)

constexpr quint64 HashSeed = 14695981039346656037ull; // FNV-1a
constexpr quint64 HashPrime = 1099511628211ull;

// (Inline, by bits for ASCII: it runs for every character of every token.)
inline bool isWordChar(QChar c)
{
    constexpr quint64 words[2] = {0x03FF000000000000ull,  // 0-9
                                  0x07FFFFFE87FFFFFEull}; // A-Z _ a-z
    const char16_t u = c.unicode();
    return u < 128 ? bool((words[u >> 6] >> (u & 63)) & 1) : c.isLetterOrNumber();
}

quint64 partHash(QStringView part)
{
    quint64 h = HashSeed;
    for (const QChar c : part)
        h = (h ^ c.unicode()) * HashPrime;
    return h;
}

// A feature's hash from its tag and its part's hash (murmur3's finaliser mixes them).
quint64 featureHash(char16_t tag, quint64 part)
{
    quint64 h = part ^ (quint64(tag) * 0x9e3779b97f4a7c15ull);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

quint64 pairHash(quint64 left, quint64 right)
{
    return left * 0x100000001b3ull + (right ^ (right >> 29));
}

// A transformed part (a shape, a lowercased core) in a fixed buffer, hashed on the way: the hot
// path makes no allocation and no second pass.
struct Part
{
    char16_t buffer[MaxPart];
    qsizetype size = 0;
    quint64 hash = HashSeed;
    void add(char16_t c)
    {
        if (size < MaxPart) {
            buffer[size++] = c;
            hash = (hash ^ c) * HashPrime;
        }
    }
    QStringView view() const { return QStringView(buffer, size); }
};

// The shape class of a character: letters become a/A, digits 9, other characters stay.
inline char16_t shapeClass(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128) {
        if (u >= u'0' && u <= u'9')
            return u'9';
        if (u >= u'A' && u <= u'Z')
            return u'A';
        if (u >= u'a' && u <= u'z')
            return u'a';
        return u;
    }
    return c.isDigit() ? u'9' : c.isUpper() ? u'A' : c.isLetter() ? u'a' : u;
}

// Of each ASCII character, its shape class (low 7 bits) and whether it is a word character
// (bit 7): the token walk below asks both of every character.
constexpr auto asciiClasses = [] {
    std::array<quint8, 128> classes{};
    for (char16_t c = 0; c < 128; ++c) {
        const bool digit = c >= u'0' && c <= u'9', upper = c >= u'A' && c <= u'Z',
                   lower = c >= u'a' && c <= u'z';
        classes[c] = quint8((digit   ? u'9'
                             : upper ? u'A'
                             : lower ? u'a'
                                     : c) |
                            (digit || upper || lower || c == u'_' ? 0x80 : 0));
    }
    return classes;
}();

// What the features need of a token, from one walk over its characters: its hash (when
// short enough to be a feature), its shape ("fmt.Println(x)" -> "a.Aa(a)": classes, runs
// collapsed, at most 16), where its word characters start and end (its core lies between)
// and whether it holds any other character (then it has punctuation runs).
struct TokenWalk
{
    quint64 hash = HashSeed;
    Part shape;
    qsizetype firstWord = -1, lastWord = -1;
    bool punctuation = false;

    explicit TokenWalk(QStringView token)
    {
        const bool hashed = token.size() <= MaxPart;
        char16_t last = 0;
        for (qsizetype i = 0; i < token.size(); ++i) {
            const QChar c = token[i];
            const char16_t u = c.unicode();
            if (hashed)
                hash = (hash ^ u) * HashPrime;
            char16_t s;
            bool word;
            if (u < 128) {
                s = asciiClasses[u] & 0x7F;
                word = asciiClasses[u] & 0x80;
            } else {
                s = shapeClass(c);
                word = c.isLetterOrNumber();
            }
            if (s != last && shape.size < 16) {
                last = s;
                shape.add(s);
            }
            if (word) {
                if (firstWord < 0)
                    firstWord = i;
                lastWord = i;
            } else {
                punctuation = true;
            }
        }
    }
};

// The token's core: without leading and trailing punctuation, lowercased.
void coreOf(QStringView token, const TokenWalk &walk, Part &part)
{
    if (walk.firstWord < 0)
        return;
    const qsizetype a = walk.firstWord;
    const qsizetype n = std::min<qsizetype>(walk.lastWord + 1 - a, MaxPart);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = token[a + i].unicode();
        part.add(u < 128 ? ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u)
                         : token[a + i].toLower().unicode());
    }
}

// Calls f(token) for each whitespace-separated token of `code`, at most MaxTokens of them: the
// tokens both feature passes read.
template<typename F> void forEachToken(QStringView code, F &&f)
{
    qsizetype count = 0;
    for (qsizetype pos = 0; pos < code.size() && count < CodeLangFeatures::MaxTokens; ++count) {
        while (pos < code.size() && code[pos].isSpace())
            ++pos;
        qsizetype end = pos;
        while (end < code.size() && !code[end].isSpace())
            ++end;
        if (end == pos)
            break;
        f(code.sliced(pos, end - pos));
        pos = end;
    }
}

// Features of the block as a whole ('x'), for what single tokens miss on documents nobody tuned
// on: shell prompts and their output, logfmt's key=value runs against INI/TOML assignments,
// comment delimiters, HTTP status and request lines after a command, timestamps that open log
// lines, tables drawn with pipes or box characters, profiler percentages, the share of plain
// words (output and messages) and the interpreter a shebang names.

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// "key=value" with no space around the "=" (logfmt, environment, INI without spaces); `eq` is
// the first "=".
bool isKeyValue(QStringView t, qsizetype eq)
{
    if (eq <= 0 || eq + 1 >= t.size() || t[eq + 1] == u'=' || !isWordChar(t[0]))
        return false;
    for (qsizetype i = 0; i < eq; ++i)
        if (!isWordChar(t[i]) && t[i] != u'.' && t[i] != u'-')
            return false;
    return true;
}

// 2024-06-02, 2024/05/14, 2024-06-02T08:14:03Z, 09:16:08.
bool isDateOrTime(QStringView t)
{
    if (t.size() >= 10 && isAsciiDigit(t[0]) && isAsciiDigit(t[3]) &&
        (t[4] == u'-' || t[4] == u'/') && t[7] == t[4] && isAsciiDigit(t[5]) && isAsciiDigit(t[8]))
        return true;
    return t.size() >= 8 && isAsciiDigit(t[0]) && isAsciiDigit(t[1]) && t[2] == u':' &&
           isAsciiDigit(t[3]) && t[5] == u':' && isAsciiDigit(t[6]);
}

bool isHttpVersion(QStringView t)
{
    return begins(t, u"HTTP/") && t.size() >= 6 && isAsciiDigit(t[5]);
}

bool isStatusCode(QStringView t)
{
    return t.size() == 3 && isAsciiDigit(t[0]) && isAsciiDigit(t[1]) && isAsciiDigit(t[2]);
}

// The block features' counts, gathered token by token on the token features' walk.
struct BlockFeatures
{
    int tokens = 0, prompts = 0, kv = 0, kvRun = 0, longestKvRun = 0, dates = 0, pipes = 0,
        percentages = 0, words = 0, hashes = 0, capitalKeys = 0, numbers = 0, semicolons = 0,
        opening = 0, closing = 0, upperKeys = 0;
    bool blockComment = false, lineComment = false, dashComment = false, rule = false, box = false;
    bool statusFirst = false, statusAfterCommand = false, statusLater = false, request = false;
    bool dateFirst = false, fileLine = false;
    QStringView previous, beforePrevious, shebang;

    void add(QStringView t)
    {
        if (tokens == 0 && begins(t, u"#!"))
            shebang = t;
        else if (tokens == 1 && ends(shebang, u"/env"))
            shebang = t;
        if (is(t, u"$"))
            ++prompts;
        else if (is(t, u"#"))
            ++hashes;
        else if (is(t, u"|"))
            ++pipes;
        blockComment = blockComment || begins(t, u"/*");
        lineComment = lineComment || begins(t, u"//");
        dashComment = dashComment || is(t, u"--");
        if (t.size() >= 3 && (t[0] == u'-' || t[0] == u'+' || t[0] == u'=')) {
            bool only = true;
            for (const QChar c : t)
                only = only && (c == u'-' || c == u'+' || c == u'=');
            rule = rule || only;
        }
        // One pass over the characters for what the checks below need.
        qsizetype eq = -1, colon = -1;
        bool lowerWord = t.size() >= 2, letters = true, lowerKey = false, dotBeforeColon = false;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const char16_t c = t[i].unicode();
            const bool lower = c >= u'a' && c <= u'z';
            lowerWord = lowerWord && lower;
            letters = letters && (lower || (c >= u'A' && c <= u'Z') || i + 1 == t.size());
            lowerKey = lowerKey || (lower && eq < 0);
            if (c == u'=' && eq < 0)
                eq = i;
            else if (c == u':' && colon < 0)
                colon = i;
            else if (c == u'.' && colon < 0)
                dotBeforeColon = true;
            else if (c >= 0x2500 && c <= 0x257f)
                box = true;
        }
        if (isKeyValue(t, eq)) {
            ++kv;
            upperKeys += !lowerKey; // environment variables (.env), not logfmt's keys
            longestKvRun = std::max(longestKvRun, ++kvRun);
        } else {
            kvRun = 0;
        }
        if (isDateOrTime(t)) {
            ++dates;
            dateFirst = dateFirst || tokens == 0;
        }
        if (t.size() >= 2 && t.endsWith(u'%') && isAsciiDigit(t[t.size() - 2]))
            ++percentages;
        // "Version:", "Type:": the capitalised keys of a command's report, not YAML's.
        capitalKeys += t.size() >= 3 && t.back() == u':' && t[0].isUpper() && letters;
        // "span.cpp:11:13:", "crawler.py:14": a compiler's or a traceback's position.
        fileLine = fileLine || (colon > 2 && colon + 1 < t.size() && isAsciiDigit(t[colon + 1]) &&
                                dotBeforeColon && isWordChar(t[colon - 1]));
        if (isAsciiDigit(t[0]) || (t.size() >= 2 && t[0] == u'-' && isAsciiDigit(t[1])))
            ++numbers;
        semicolons += t.endsWith(u';');
        opening += t.endsWith(u'{');
        closing += t.startsWith(u'}');
        words += lowerWord;
        if (isStatusCode(t) && isHttpVersion(previous)) {
            statusFirst = statusFirst || tokens == 1;
            statusAfterCommand = statusAfterCommand || prompts > 0;
            statusLater = statusLater || tokens > 1;
        }
        if (isHttpVersion(t) && previous.startsWith(u'/') && !beforePrevious.isEmpty() &&
            beforePrevious.front().isUpper() && beforePrevious.back().isUpper())
            request = true;
        beforePrevious = previous;
        previous = t;
        ++tokens;
    }

    // sink('x', name, partHash(name)) for each block feature of `code`, whose tokens were
    // add()ed.
    template<typename Sink> void report(QStringView code, Sink &&sink) const
    {
        const auto feature = [&sink](QStringView name) { sink(u'x', name, partHash(name)); };
        if (tokens == 0)
            return;
        if (prompts > 0)
            feature(prompts == 1 ? u"$1" : prompts == 2 ? u"$2" : u"$3");
        if (hashes > 0)
            feature(hashes == 1 ? u"#1" : u"#2");
        // Upper-case keys only: environment variables (.env, "FOO=1 cmd"), apart from logfmt's.
        if (kv > 0 && upperKeys == kv)
            feature(longestKvRun >= 3 ? u"kvA3" : u"kvA");
        else if (kv > 0)
            feature(longestKvRun >= 3 ? u"kv3" : kv * 4 >= tokens ? u"kvmany" : u"kv");
        if (kv > 0 && dates > 0)
            feature(u"kvdate");
        if (blockComment)
            feature(hashes > 0 || code.contains(u"#include") ? u"/*#" : u"/*");
        if (lineComment)
            feature(u"//");
        if (dashComment)
            feature(u"--");
        if (statusFirst)
            feature(u"status1");
        if (statusAfterCommand)
            feature(u"status$");
        else if (statusLater)
            feature(u"status");
        if (request)
            feature(u"request");
        if (dates > 0)
            feature(dateFirst ? (dates >= 2 ? u"date1+" : u"date1")
                              : (dates >= 2 ? u"date+" : u"date"));
        if (pipes >= 3)
            feature(rule ? u"table" : u"pipes");
        else if (rule)
            feature(u"rule");
        if (box)
            feature(u"box");
        if (percentages >= 3)
            feature(u"percent");
        if (capitalKeys >= 2)
            feature(capitalKeys >= 4 ? u"Aa:4" : u"Aa:2");
        if (fileLine)
            feature(u"file:line");
        if (opening > 0 && opening == closing)
            feature(u"braces");
        const char16_t numberBucket[] = {u'9', char16_t(u'0' + numbers * 4 / tokens)};
        feature(QStringView(numberBucket, 2));
        const char16_t semicolonBucket[] = {u';',
                                            char16_t(u'0' + std::min(semicolons * 8 / tokens, 3))};
        feature(QStringView(semicolonBucket, 2));
        const int share = words * 4 / tokens; // 0..4: the share of plain lowercase words
        const char16_t wordBucket[] = {u'w', char16_t(u'0' + share)};
        feature(QStringView(wordBucket, 2));
        if (!shebang.isEmpty()) {
            QStringView interpreter = shebang.sliced(shebang.lastIndexOf(u'/') + 1);
            while (!interpreter.isEmpty() && isAsciiDigit(interpreter.back()))
                interpreter.chop(1); // python3 -> python
            QString name = QStringLiteral("#!") + interpreter.left(MaxPart).toString();
            feature(name);
        }
    }
};

// Calls sink(tag, part, partHash) for each feature; a pair of cores ('b') comes as
// pairSink(left, right, pairHash(leftHash, rightHash)).
template<typename Sink, typename PairSink>
void forEachFeature(QStringView code, Sink &&sink, PairSink &&pairSink)
{
    qsizetype count = 0;
    Part cores[2];
    Part lastShape;
    BlockFeatures block; // (on the same walk)
    forEachToken(code, [&](QStringView token) {
        block.add(token);
        const TokenWalk walk(token);
        const quint64 tokenHash = walk.hash;
        if (token.size() <= MaxPart)
            sink(u'w', token, tokenHash);
        Part &core = cores[count % 2];
        const Part &previousCore = cores[(count + 1) % 2];
        core.size = 0;
        core.hash = HashSeed;
        coreOf(token, walk, core);
        if (core.size > 0)
            sink(u'k', core.view(), core.hash);
        const Part &shape = walk.shape;
        sink(u's', shape.view(), shape.hash);
        // Punctuation runs inside the token: ":=", "</", "{{", "->", "();".
        for (qsizetype i = 0; walk.punctuation && i < token.size();) {
            if (isWordChar(token[i])) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < token.size() && !isWordChar(token[j]))
                ++j;
            const QStringView run = token.sliced(i, std::min<qsizetype>(j - i, 4));
            sink(u'p', run, partHash(run));
            i = j;
        }
        if (count == 0) {
            if (token.size() <= MaxPart)
                sink(u'f', token, tokenHash);
            sink(u'F', shape.view(), shape.hash);
        } else if (core.size > 0 && previousCore.size > 0) {
            pairSink(previousCore.view(), core.view(), pairHash(previousCore.hash, core.hash));
        }
        lastShape = shape;
        ++count;
    });
    if (count == 0)
        return;
    sink(u'L', lastShape.view(), lastShape.hash);
    const char16_t bucket = count <= 2    ? u'1'
                            : count <= 5  ? u'2'
                            : count <= 12 ? u'3'
                            : count <= 40 ? u'4'
                                          : u'5';
    sink(u'n', QStringView(&bucket, 1), partHash(QStringView(&bucket, 1)));
    block.report(code, sink);
}

} // namespace

QString CodeLangFeatures::withoutQuotedPhrases(QStringView code)
{
    QString out;
    const qsizetype n = code.size();
    qsizetype copied = 0;
    const char16_t *chars = reinterpret_cast<const char16_t *>(code.utf16());
    for (qsizetype i = 0; i < n; ++i) {
#ifdef __SSE2__
        // Eight characters at a time up to the next quote (most code has few).
        const __m128i doubleQuote = _mm_set1_epi16(short(u'"'));
        const __m128i singleQuote = _mm_set1_epi16(short(u'\''));
        while (i + 8 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + i));
            const int quotes = _mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi16(v, doubleQuote), _mm_cmpeq_epi16(v, singleQuote)));
            if (quotes) {
                i += std::countr_zero(unsigned(quotes)) / 2;
                break;
            }
            i += 8;
        }
#endif
        // Four characters at a time up to the next quote (most code has few): a lane equal to
        // '"' or '\'' becomes zero after the XOR, which the borrow trick finds.
        constexpr quint64 Lanes = 0x0001000100010001ull;
        while (i + 4 <= n) {
            quint64 w;
            std::memcpy(&w, chars + i, sizeof w);
            const quint64 a = w ^ (u'"' * Lanes), b = w ^ (u'\'' * Lanes);
            if (((a - Lanes) & ~a & (0x8000 * Lanes)) || ((b - Lanes) & ~b & (0x8000 * Lanes)))
                break;
            i += 4;
        }
        if (i >= n)
            break;
        const QChar q = code[i];
        if (q != u'"' && q != u'\'')
            continue;
        // A string opens at the start, after a space or an opening bracket or operator (not
        // in "don't", nor as the closing quote of "$(cat "$1")").
        if (i > 0 && findIn(u" =([{,:", code[i - 1].unicode()) < 0)
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
    if (name.isEmpty())
        return 0;
    const QStringView rest = name.sliced(1);
    if (name[0] == u'b') {
        const qsizetype space = rest.indexOf(u' ');
        if (space > 0)
            return featureHash(
                u'b', pairHash(partHash(rest.first(space)), partHash(rest.sliced(space + 1))));
    }
    return featureHash(name[0].unicode(), partHash(rest));
}

void CodeLangFeatures::hashes(QStringView code, QList<quint64> *out)
{
    out->clear();
    const QString masked = withoutQuotedPhrases(code);
    std::vector<quint64> all;
    hashOccurrences(masked.isNull() ? code : QStringView(masked), &all);
    out->assign(all.begin(), all.end());
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
}

void CodeLangFeatures::names(QStringView code, QStringList *out)
{
    out->clear();
    const QString masked = withoutQuotedPhrases(code);
    forEachFeature(
        masked.isNull() ? code : QStringView(masked),
        [out](char16_t tag, QStringView part, quint64) {
            QString name = QChar(tag);
            name += part;
            out->append(name);
        },
        [out](QStringView left, QStringView right, quint64) {
            QString name = QChar(u'b');
            name += left;
            name += u' ';
            name += right;
            out->append(name);
        });
    out->sort();
    out->removeDuplicates();
}

void CodeLangFeatures::hashOccurrences(QStringView maskedCode, std::vector<quint64> *out)
{
    out->clear();
    forEachFeature(
        maskedCode,
        [out](char16_t tag, QStringView, quint64 part) { out->push_back(featureHash(tag, part)); },
        [out](QStringView, QStringView, quint64 pair) { out->push_back(featureHash(u'b', pair)); });
}

} // namespace Lectern
