#include "ingest/linebreakmodel.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace Lectern {

namespace LineBreakModelData {

struct Feature
{
    const char16_t *name;
    qint16 weight;
};

} // namespace LineBreakModelData

// The trained weights (tools/train_linebreaks writes this file).
#include "ingest/linebreakmodel.inc"

namespace {

constexpr quint64 HashSeed = 14695981039346656037ull; // FNV-1a
constexpr quint64 HashPrime = 1099511628211ull;
constexpr qsizetype MaxIdentity = 20; // longer tokens count by their shape only

// (On raw characters: the compiler hashes the generated names too, see nameHash().)
constexpr quint64 feed(quint64 h, const char16_t *s, qsizetype size)
{
    for (qsizetype k = 0; k < size; ++k)
        h = (h ^ s[k]) * HashPrime;
    return h;
}

quint64 feed(quint64 h, QStringView s)
{
    return feed(h, s.utf16(), s.size());
}

// The same for a null-terminated name.
constexpr quint64 feedText(quint64 h, const char16_t *s)
{
    return feed(h, s, qsizetype(std::char_traits<char16_t>::length(s)));
}

// A feature's hash from its "<tag>|<language>" prefix and its value's FNV hash (a multiply and
// a shift mix them). Values are hashed in pieces (a token's hash continued with a shape), so
// each token's text is hashed once per block.
constexpr quint64 combine(quint64 prefix, quint64 value)
{
    quint64 h = (value ^ (prefix * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;
    return h ^ (h >> 29);
}

// A two-part value ("<token>^<shape>"): the hashes of its parts, mixed.
constexpr quint64 pair(quint64 first, quint64 second)
{
    return (first * 0xc4ceb9fe1a85ec53ull) ^ second;
}

// Short language keys, so that the names in the generated source stay readable.
constexpr const char16_t *languageKeys[CodeLanguageCount] = {
    u"txt",  u"sh",     u"py",  u"go",   u"rs",   u"sql", u"yaml", u"toml",
    u"json", u"docker", u"js",  u"ts",   u"html", u"css", u"ini",  u"nginx",
    u"http", u"c",      u"cpp", u"make", u"tf",   u"lua"};
constexpr const char16_t *languageKey(CodeLanguage l)
{
    return languageKeys[int(l)];
}

enum Class
{
    ClassEmpty,
    ClassNumber,
    ClassDigit,
    ClassFlag,
    ClassPath,
    ClassKey,
    ClassAssignment,
    ClassCaps,
    ClassCapitalised,
    ClassIdentifier,
    ClassPunctuation,
    ClassOther,
    ClassCount
};
constexpr const char16_t *classNames[ClassCount] = {
    u"e", u"num", u"dig", u"flag", u"path", u"key", u"asg", u"CAPS", u"Cap", u"id", u"pun", u"oth"};

// Character properties by table for ASCII (this runs for every character of every code token).
enum CharFlag : quint8
{
    Letter = 1,
    Upper = 2,
    Digit = 4,
    Numeric = 8, // digits and . , : %
    Lower = 16,  // a letter that is not uppercase
    Slash = 32,
    Equals = 64,
};

constexpr std::array<quint8, 128> asciiFlags = [] {
    std::array<quint8, 128> flags{};
    for (int c = 0; c < 128; ++c) {
        const bool upper = c >= 'A' && c <= 'Z';
        const bool letter = upper || (c >= 'a' && c <= 'z');
        const bool digit = c >= '0' && c <= '9';
        flags[size_t(c)] = quint8((letter ? Letter : 0) | (upper ? Upper : 0) |
                                  (letter && !upper ? Lower : 0) | (digit ? Digit | Numeric : 0) |
                                  (c == '.' || c == ',' || c == ':' || c == '%' ? Numeric : 0) |
                                  (c == '/' ? Slash : 0) | (c == '=' ? Equals : 0));
    }
    return flags;
}();

quint8 otherCharFlags(QChar c)
{
    const bool letter = c.isLetter();
    const bool upper = letter && c.isUpper();
    return quint8((letter ? Letter : 0) | (upper ? Upper : 0) | (letter && !upper ? Lower : 0) |
                  (c.isDigit() ? Digit | Numeric : 0));
}

// (Inline: the ASCII table is the common case; others take the call.)
inline quint8 charFlags(QChar c)
{
    return c.unicode() < 128 ? asciiFlags[c.unicode()] : otherCharFlags(c);
}

// A token's class: number, flag, path, key, assignment, ALLCAPS, Capitalised, identifier,
// punctuation or other. One pass over the characters, their flags gathered by | and & (a
// branch only at '='); on the way, the text's hash (feed(HashSeed, t)) into *hash.
Class tokenClass(QStringView t, quint64 *hash)
{
    *hash = HashSeed;
    if (t.isEmpty())
        return ClassEmpty;
    quint8 any = 0, all = 0xFF;
    int letters = 0;
    bool doubleEq = false;
    qsizetype eq = -1;
    for (qsizetype k = 0; k < t.size(); ++k) {
        *hash = (*hash ^ t[k].unicode()) * HashPrime;
        const quint8 f = charFlags(t[k]);
        any |= f;
        all &= f;
        letters += f & Letter;
        if (f & Equals) {
            doubleEq = doubleEq || (k > 0 && t[k - 1] == u'=');
            if (eq < 0)
                eq = k;
        }
    }
    const bool numeric = all & Numeric;
    const bool slash = any & Slash;
    const quint8 first = charFlags(t[0]);
    const char16_t c = t[0].unicode();
    if (first & Digit)
        return numeric ? ClassNumber : ClassDigit;
    if (c == u'-' && t.size() > 1 && ((charFlags(t[1]) & Letter) || t[1] == u'-'))
        return ClassFlag;
    if (slash && !(t.size() > 1 && c == u'/' && t[1] == u'/'))
        return ClassPath;
    if (t.size() > 1 && t.back() == u':' && (first & Letter))
        return ClassKey;
    if (eq > 0 && (first & Letter) && !doubleEq)
        return ClassAssignment;
    if (letters >= 2 && !(any & Lower)) // (every letter uppercase)
        return ClassCaps;
    if (first & Upper)
        return ClassCapitalised;
    if ((first & Letter) || c == u'_')
        return ClassIdentifier;
    if (!(any & (Letter | Digit)))
        return ClassPunctuation;
    return ClassOther;
}

// A character's class for the edges of tokens: letters and digits fold, punctuation stays.
constexpr std::array<char16_t, 128> asciiEdges = [] {
    std::array<char16_t, 128> edges{};
    const char16_t kept[] = u"$#/<>[]{}()\"'@.-*=;:,|&!`\\+%?~";
    for (int c = 0; c < 128; ++c) {
        char16_t e = u'?';
        if ((c >= 'a' && c <= 'z') || c == '_')
            e = u'a';
        else if (c >= 'A' && c <= 'Z')
            e = u'A';
        else if (c >= '0' && c <= '9')
            e = u'0';
        for (const char16_t k : kept)
            if (k && k == c)
                e = k;
        edges[size_t(c)] = e;
    }
    return edges;
}();

char16_t charClass(QChar c)
{
    if (c.unicode() < 128)
        return asciiEdges[c.unicode()];
    const quint8 f = charFlags(c);
    return (f & Upper) ? u'A' : (f & Letter) ? u'a' : (f & Digit) ? u'0' : u'?';
}

// Every edge class as a small number, so that a shape (class, edge) indexes a table: the
// edge classes are ASCII characters (charClass maps all others to a, A, 0 or ?).
constexpr std::array<quint8, 128> edgeIndex = [] {
    std::array<quint8, 128> index{};
    std::array<bool, 128> seen{};
    int next = 0;
    for (int c = 0; c < 128; ++c) {
        const char16_t e = asciiEdges[size_t(c)];
        if (!seen[e]) {
            seen[e] = true;
            index[e] = quint8(next++);
        }
    }
    return index;
}();
constexpr int EdgeCount = [] {
    std::array<bool, 128> seen{};
    int count = 0;
    for (int c = 0; c < 128; ++c)
        if (!seen[asciiEdges[size_t(c)]])
            seen[asciiEdges[size_t(c)]] = true, ++count;
    return count;
}();
constexpr int ShapeCount = ClassCount * EdgeCount;

constexpr int shapeIndex(quint8 cls, char16_t edge)
{
    return int(cls) * EdgeCount + edgeIndex[edge];
}

// The inner-bracket values a BreakToken holds, as the index of a state table.
int innerIndex(char inner)
{
    switch (inner) {
    case 0:
        return 0;
    case '(':
        return 1;
    case '[':
        return 2;
    case 'b':
        return 3;
    case 'l':
        return 4;
    default:
        return -1; // (none other is made; such a token would be scored by its hash)
    }
}
constexpr char innerValues[5] = {0, '(', '[', 'b', 'l'};

// What the features need of one token, computed once per block.
struct TokenFacts
{
    quint64 text = 0; // hash of the text
    quint64 beforeHash = 0, afterHash = 0;
    quint8 cls = 0;
    bool known = false; // short enough to count by its text
    char16_t last = 0;  // class of the last character (the shape before a boundary)
    char16_t first = 0; // class of the first character (the shape after one)
    quint16 beforeShape = 0, afterShape = 0; // shapeIndex() of (cls, last) and (cls, first)
};

// A shape as text: the class and an edge character ("id;", "flag-"), for the trainer's names.
struct Shape
{
    Shape(quint8 cls, char16_t edge)
    {
        const QStringView name(classNames[cls]);
        for (const QChar c : name)
            buffer[size++] = c.unicode();
        buffer[size++] = edge;
    }
    QStringView view() const { return QStringView(buffer, size); }
    char16_t buffer[6];
    qsizetype size = 0;
};

enum Tag
{
    TagB,
    TagR,
    TagRP,
    TagRN,
    TagNS,
    TagPNS,
    TagP,
    TagN,
    TagNP,
    TagS,
    TagK,
    TagH,
    TagCount
};
constexpr const char16_t *tagNames[TagCount] = {u"B", u"R", u"RP", u"RN", u"NS", u"PNS",
                                                u"P", u"N", u"NP", u"S",  u"K",  u"H"};
// The tags whose value has two parts, "<first>^<second>" (the second a shape or a class).
constexpr bool tagHasTwoParts[TagCount] = {false, false, true, true,  false, true,
                                           false, false, true, false, false, true};

// "<tag>|<language>|" hashed, the start of every feature's hash.
constexpr quint64 prefixHash(Tag tag, const char16_t *language)
{
    return feedText(feedText(feedText(HashSeed, tagNames[tag]), u"|"), language);
}

// The hashes every block starts from, for all languages (computed by the compiler, not per
// block).
struct BlockHashes
{
    quint64 prefix[CodeLanguageCount][TagCount] = {}; // "<tag>|<language>|"
    quint64 sharedPrefix[TagCount] = {};              // "<tag>|*|"
    quint64 ruleHash[2] = {};
    quint64 classHash[ClassCount] = {};
};
constexpr BlockHashes blockHashes = [] {
    BlockHashes h;
    for (int t = 0; t < TagCount; ++t) {
        for (int l = 0; l < CodeLanguageCount; ++l)
            h.prefix[l][t] = prefixHash(Tag(t), languageKey(CodeLanguage(l)));
        h.sharedPrefix[t] = prefixHash(Tag(t), u"*");
    }
    for (int c = 0; c < ClassCount; ++c)
        h.classHash[c] = feedText(HashSeed, classNames[c]);
    h.ruleHash[0] = feedText(HashSeed, u"0");
    h.ruleHash[1] = feedText(HashSeed, u"1");
    return h;
}();

// Walks the features of every boundary of a block: sink(hash, tag, shared, valuePart1,
// valuePart2) for each ("<tag>|<language>|<value>", or "<tag>|*|<value>" when shared).
class BlockFeatures
{
public:
    BlockFeatures(CodeLanguage language, const QList<BreakToken> &tokens, const QList<bool> &rules)
        : m_tokens(tokens)
        , m_rules(rules)
        , m_language(languageKey(language))
        , m_prefix(blockHashes.prefix[int(language)])
        , m_sharedPrefix(blockHashes.sharedPrefix)
        , m_ruleHash(blockHashes.ruleHash)
        , m_classHash(blockHashes.classHash)
    {
        m_facts.resize(size_t(tokens.size()));
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QStringView text = tokens[i].text;
            TokenFacts &f = m_facts[size_t(i)];
            quint64 hash;
            const Class cls = tokenClass(text, &hash);
            f.cls = quint8(cls);
            f.known = text.size() <= MaxIdentity;
            f.text = f.known ? hash : 0;
            f.last = charClass(text.back());
            f.first = charClass(text.front());
            // A shape's hash: its class name's FNV hash continued by the edge character.
            f.beforeHash = (m_classHash[cls] ^ f.last) * HashPrime;
            f.afterHash = (m_classHash[cls] ^ f.first) * HashPrime;
            f.beforeShape = quint16(shapeIndex(f.cls, f.last));
            f.afterShape = quint16(shapeIndex(f.cls, f.first));
        }
    }

    // prefixHash() for a language's key.
    static constexpr quint64 prefixOf(CodeLanguage language, Tag tag)
    {
        return blockHashes.prefix[int(language)][tag];
    }

    // The features every boundary of the block has, given the rules' decision there.
    quint64 biasHash() const { return combine(m_prefix[TagB], HashSeed); }
    quint64 ruleHash(bool rule) const { return combine(m_prefix[TagR], m_ruleHash[rule]); }

    // Every feature of the boundary after token i (`constants`: also the two above).
    template<typename Sink>
    void boundary(qsizetype i, qsizetype head, Sink &&sink, bool constants = true) const
    {
        const TokenFacts &p = m_facts[size_t(i)];
        const TokenFacts &n = m_facts[size_t(i + 1)];
        const bool rule = m_rules[i];
        const QStringView ruleValue = rule ? u"1" : u"0";
        const quint64 ruleHash = m_ruleHash[rule];
        const Shape pShape(p.cls, p.last), nShape(n.cls, n.first);
        const QStringView pS = pShape.view(), nS = nShape.view();
        const auto put = [&](Tag tag, quint64 value, QStringView a, QStringView b) {
            sink(combine(m_prefix[tag], value), tag, false, a, b);
        };
        const auto putShared = [&](Tag tag, quint64 value, QStringView a) {
            sink(combine(m_sharedPrefix[tag], value), tag, true, a, QStringView());
        };
        if (constants) {
            put(TagB, HashSeed, {}, {});
            put(TagR, ruleHash, ruleValue, {});
        }
        put(TagRP, pair(ruleHash, p.beforeHash), ruleValue, pS);
        put(TagRN, pair(ruleHash, n.afterHash), ruleValue, nS);
        put(TagNS, n.afterHash, nS, {});
        put(TagPNS, pair(p.beforeHash, n.afterHash), pS, nS);
        const QStringView pText = m_tokens[i].text, nText = m_tokens[i + 1].text;
        if (p.known) {
            put(TagP, p.text, pText, {});
            putShared(TagP, p.text, pText);
        }
        if (n.known) {
            put(TagN, n.text, nText, {});
            putShared(TagN, n.text, nText);
            put(TagNP, pair(n.text, p.beforeHash), nText, pS);
        }
        // Where the next token stands: in a string, a comment, leaving one, inside which bracket.
        const BreakToken &pt = m_tokens[i];
        const BreakToken &nt = m_tokens[i + 1];
        char16_t state[4];
        stateValue(nt.inString, nt.inComment, pt.inComment && !nt.inComment, nt.inner, state);
        const QStringView stateView(state, 4);
        put(TagS, feed(HashSeed, stateView), stateView, {});
        char16_t kinds[4];
        kindValue(nt.command, nt.keyword, pt.command, pt.keyword, kinds);
        const QStringView kindView(kinds, 4);
        put(TagK, feed(HashSeed, kindView), kindView, {});
        // The first token of the rules' current line ("docker", "$") against the next token's
        // shape.
        const TokenFacts &h = m_facts[size_t(head)];
        if (h.known)
            put(TagH, pair(h.text, n.afterHash), m_tokens[head].text, nS);
    }

    // The weights of boundary(i, head, sink, false)'s features, summed: those that depend on
    // shapes, the bracket state and the token kinds only are read from `tables` (a
    // LanguageWeights of the block's language), the others looked up in `weights`.
    template<typename Weights, typename Tables>
    int boundaryScore(qsizetype i, qsizetype head, const Weights &weights,
                      const Tables &tables) const
    {
        const TokenFacts &p = m_facts[size_t(i)];
        const TokenFacts &n = m_facts[size_t(i + 1)];
        const int rule = m_rules[i] ? 1 : 0;
        const auto weight = [&](Tag tag, quint64 value) {
            return weights.weight(combine(m_prefix[tag], value));
        };
        int score = tables.rulePrevious[rule][p.beforeShape] + tables.ruleNext[rule][n.afterShape] +
                    tables.nextShape[n.afterShape];
        score += weight(TagPNS, pair(p.beforeHash, n.afterHash));
        if (p.known) {
            score += weight(TagP, p.text);
            score += weights.weight(combine(m_sharedPrefix[TagP], p.text));
        }
        if (n.known) {
            score += weight(TagN, n.text);
            score += weights.weight(combine(m_sharedPrefix[TagN], n.text));
            score += weight(TagNP, pair(n.text, p.beforeHash));
        }
        const BreakToken &pt = m_tokens[i];
        const BreakToken &nt = m_tokens[i + 1];
        const bool leaves = pt.inComment && !nt.inComment;
        const int inner = innerIndex(nt.inner);
        if (inner >= 0) {
            score += tables.state[nt.inString][nt.inComment][leaves][inner];
        } else {
            char16_t state[4];
            stateValue(nt.inString, nt.inComment, leaves, nt.inner, state);
            score += weight(TagS, feed(HashSeed, QStringView(state, 4)));
        }
        score += tables.kind[nt.command][nt.keyword][pt.command][pt.keyword];
        const TokenFacts &h = m_facts[size_t(head)];
        if (h.known)
            score += weight(TagH, pair(h.text, n.afterHash));
        return score;
    }

    static constexpr void stateValue(bool inString, bool inComment, bool leavesComment, char inner,
                                     char16_t *out)
    {
        out[0] = inString ? u's' : u'-';
        out[1] = inComment ? u'c' : u'-';
        out[2] = leavesComment ? u'e' : u'-';
        out[3] = inner ? char16_t(inner) : u'0';
    }
    static constexpr void kindValue(bool nextCommand, bool nextKeyword, bool command, bool keyword,
                                    char16_t *out)
    {
        out[0] = nextCommand ? u'c' : u'-';
        out[1] = nextKeyword ? u'k' : u'-';
        out[2] = command ? u'c' : u'-';
        out[3] = keyword ? u'k' : u'-';
    }

    QString name(Tag tag, bool shared, QStringView a, QStringView b) const
    {
        QString s;
        s.append(QStringView(tagNames[tag])).append(u'|');
        s.append(shared ? QStringView(u"*") : QStringView(m_language)).append(u'|');
        s.append(a);
        if (!b.isEmpty())
            s.append(u'^').append(b);
        return s;
    }

private:
    const QList<BreakToken> &m_tokens;
    const QList<bool> &m_rules;
    const char16_t *m_language;
    std::vector<TokenFacts> m_facts;
    const quint64 *m_prefix;       // [TagCount]: "<tag>|<language>|"
    const quint64 *m_sharedPrefix; // [TagCount]: "<tag>|*|"
    const quint64 *m_ruleHash;     // [2]
    const quint64 *m_classHash;    // [ClassCount]
};

// LineBreakModel::hashName() of the `size` characters at `name`, at compile time too: the
// weight table below is built from the generated names by the compiler. (Plain loops over
// raw characters: a compiler evaluates them in few steps, and Clang allows a million.)
constexpr quint64 nameHash(const char16_t *name, qsizetype size)
{
    const auto find = [name, size](char16_t c, qsizetype from) {
        for (qsizetype k = from; k < size; ++k)
            if (name[k] == c)
                return k;
        return qsizetype(-1);
    };
    // "<tag>|<language>|<value>", the value "<first>^<second>" for the tags with two parts: the
    // second is a shape or class, which never holds '^' (a token may hold '|' and '^').
    const qsizetype bar = find(u'|', 0);
    const qsizetype second = bar < 0 ? -1 : find(u'|', bar + 1);
    if (second < 0)
        return combine(feed(HashSeed, name, size), HashSeed);
    bool twoParts = false;
    for (int t = 0; t < TagCount && !twoParts; ++t) {
        const char16_t *tag = tagNames[t];
        qsizetype k = 0;
        while (k < bar && tag[k] && tag[k] == name[k])
            ++k;
        twoParts = tagHasTwoParts[t] && k == bar && !tag[k];
    }
    const char16_t *const value = name + second + 1;
    const qsizetype valueSize = size - second - 1;
    qsizetype caret = valueSize - 1;
    while (twoParts && caret >= 0 && value[caret] != u'^')
        --caret;
    const quint64 v = !twoParts || caret < 0
                          ? feed(HashSeed, value, valueSize)
                          : pair(feed(HashSeed, value, caret),
                                 feed(HashSeed, value + caret + 1, valueSize - caret - 1));
    return combine(feed(HashSeed, name, second), v);
}

// Feature hash -> weight: an open-addressing table of the generated features, built at compile
// time (built at run time, it cost the first blocks of a run some 2M instructions). A slot
// keeps the hash's high half (its low bits chose the slot). Every feature sits within Window
// slots of its own, so a lookup reads that window without branching (most lookups miss).
namespace WeightTableData {

constexpr int Window = 4;
// Bits of the hash's check half: a feature whose bits are not set has no slot with its
// check, so its weight is 0. A small set the processor keeps near, unlike the table.
constexpr size_t FilterBits = 1 << 16;
constexpr size_t filterBit(quint64 h)
{
    return size_t(h >> 40) & (FilterBits - 1);
}
struct Slot
{
    quint32 check = 0;
    qint32 weight = 0; // 0 in empty slots, so a stray match adds nothing
};
constexpr size_t FeatureCount = std::size(LineBreakModelData::Features);

// The features' hashes (an evaluation of their own: each keeps within the compiler's steps).
constexpr std::array<quint64, FeatureCount> featureHashes = [] {
    std::array<quint64, FeatureCount> hashes{};
    for (size_t i = 0; i < FeatureCount; ++i) {
        const char16_t *const name = LineBreakModelData::Features[i].name;
        hashes[i] = nameHash(name, qsizetype(std::char_traits<char16_t>::length(name)));
    }
    return hashes;
}();

// Places every feature in `entries` (size + Window of them, empty; `used` as many flags) and
// its filter bit into `filter` (FilterBits / 64 words): false when a window has no room or
// two features alike (a larger table then).
template<typename Entries, typename Used>
constexpr bool place(quint64 mask, Entries &entries, Used &used, quint64 *filter)
{
    for (size_t i = 0; i < FeatureCount; ++i) {
        const LineBreakModelData::Feature &f = LineBreakModelData::Features[i];
        const quint64 h = featureHashes[i];
        const quint32 check = quint32(h >> 32);
        const size_t home = size_t(h & mask);
        size_t slot = home;
        for (size_t j = home; j < home + Window; ++j)
            if (used[j] && entries[j].check == check)
                return false; // two features alike in one window: a larger table
        while (slot < home + Window && used[slot])
            ++slot;
        if (slot == home + Window)
            return false;
        used[slot] = true;
        entries[slot] = {check, f.weight};
        filter[filterBit(h) / 64] |= quint64(1) << (filterBit(h) % 64);
    }
    return true;
}

// Does a table of `Size` slots hold every feature? (Fixed arrays, each size its own evaluation:
// the compiler's steps suffice.)
template<size_t Size> constexpr bool fits()
{
    std::array<Slot, Size + Window> entries{};
    std::array<bool, Size + Window> used{};
    std::array<quint64, FilterBits / 64> filter{};
    return place(quint64(Size - 1), entries, used, filter.data());
}
template<size_t Size> constexpr bool Fits = fits<Size>();

// The smallest power of two, at least twice the features, whose table holds them all.
template<size_t Size> constexpr size_t smallestFitting()
{
    static_assert(Size <= (size_t(1) << 20), "the features fit no table");
    if constexpr (Size < 2 * FeatureCount)
        return smallestFitting<Size * 2>();
    else if constexpr (Fits<Size>)
        return Size;
    else
        return smallestFitting<Size * 2>();
}
constexpr size_t SlotCount = smallestFitting<16>();

struct Table
{
    std::array<Slot, SlotCount + Window> entries{};
    std::array<quint64, FilterBits / 64> filter{};
};

constexpr Table table = [] {
    Table t;
    std::array<bool, SlotCount + Window> used{};
    place(quint64(SlotCount - 1), t.entries, used, t.filter.data());
    return t;
}();

} // namespace WeightTableData

class WeightTable
{
public:
    constexpr int weight(quint64 h) const
    {
        using namespace WeightTableData;
        const size_t bit = filterBit(h);
        if (!(table.filter[bit / 64] >> (bit % 64) & 1)) // most lookups miss: answered without
            return 0;                                    // reading the table
        const quint32 check = quint32(h >> 32);
        const Slot *s = table.entries.data() + (h & (SlotCount - 1));
        int w = 0;
        // A mask, not a branch: whether a slot matches is unpredictable.
        for (int j = 0; j < Window; ++j)
            w += s[j].weight & -qint32(s[j].check == check);
        return w;
    }
};

// The weights of a language's features that depend on few values (a shape, the bracket state,
// the token kinds), computed by the compiler for every language: a boundary reads them instead
// of hashing and looking up each (built at run time, each language's cost its first block
// some 100,000 instructions).
struct LanguageWeights
{
    constexpr explicit LanguageWeights(CodeLanguage language)
    {
        const auto weight = [language](Tag tag, quint64 value) {
            return WeightTable().weight(combine(BlockFeatures::prefixOf(language, tag), value));
        };
        const quint64 ruleHash[2] = {feedText(HashSeed, u"0"), feedText(HashSeed, u"1")};
        for (int cls = 0; cls < ClassCount; ++cls) {
            const quint64 classHash = feedText(HashSeed, classNames[cls]);
            for (int c = 0; c < 128; ++c) {
                const char16_t edge = asciiEdges[size_t(c)];
                if (edge != char16_t(c) && c != 0)
                    continue; // (each edge class once: at the character that is its name)
                const int shape = shapeIndex(quint8(cls), edge);
                const quint64 h = (classHash ^ edge) * HashPrime; // as TokenFacts' shape hashes
                nextShape[shape] = weight(TagNS, h);
                for (int r = 0; r < 2; ++r) {
                    rulePrevious[r][shape] = weight(TagRP, pair(ruleHash[r], h));
                    ruleNext[r][shape] = weight(TagRN, pair(ruleHash[r], h));
                }
            }
        }
        for (int a = 0; a < 2; ++a)
            for (int b = 0; b < 2; ++b)
                for (int c = 0; c < 2; ++c) {
                    for (int in = 0; in < 5; ++in) {
                        char16_t value[4] = {};
                        BlockFeatures::stateValue(a, b, c, innerValues[in], value);
                        state[a][b][c][in] = weight(TagS, feed(HashSeed, value, 4));
                    }
                    for (int d = 0; d < 2; ++d) {
                        char16_t value[4] = {};
                        BlockFeatures::kindValue(a, b, c, d, value);
                        kind[a][b][c][d] = weight(TagK, feed(HashSeed, value, 4));
                    }
                }
    }

    int nextShape[ShapeCount] = {};
    int rulePrevious[2][ShapeCount] = {};
    int ruleNext[2][ShapeCount] = {};
    int state[2][2][2][5] = {};
    int kind[2][2][2][2] = {};
};

// Every language's tables, each its own evaluation (the compiler's steps suffice).
template<size_t Language>
constexpr LanguageWeights languageWeights = LanguageWeights(CodeLanguage(Language));
template<size_t... Languages>
constexpr std::array<const LanguageWeights *, CodeLanguageCount>
languageTables(std::index_sequence<Languages...>)
{
    return {&languageWeights<Languages>...};
}
constexpr std::array<const LanguageWeights *, CodeLanguageCount> languageTable =
    languageTables(std::make_index_sequence<CodeLanguageCount>());

} // namespace

quint64 LineBreakModel::hashName(QStringView name)
{
    return nameHash(name.utf16(), name.size());
}

void LineBreakModel::features(CodeLanguage language, const QList<BreakToken> &tokens,
                              const QList<bool> &rules, std::vector<std::vector<quint64>> *hashes,
                              QList<QStringList> *names)
{
    const qsizetype n = std::max<qsizetype>(0, tokens.size() - 1);
    hashes->assign(size_t(n), {});
    if (names)
        *names = QList<QStringList>(n);
    const BlockFeatures block(language, tokens, rules);
    qsizetype head = 0;
    for (qsizetype i = 0; i < n; ++i) {
        block.boundary(i, head, [&](quint64 h, Tag tag, bool shared, QStringView a, QStringView b) {
            (*hashes)[size_t(i)].push_back(h);
            if (names)
                (*names)[i] << block.name(tag, shared, a, b);
        });
        if (rules[i])
            head = i + 1;
    }
}

void LineBreakModel::decide(CodeLanguage language, const QList<BreakToken> &tokens,
                            QList<bool> &breaks)
{
    static_assert(std::size(LineBreakModelData::RulesAlone) == size_t(CodeLanguageCount));
    if (LineBreakModelData::RulesAlone[int(language)])
        return;
    constexpr WeightTable table;
    // The decisions replace the rules' in place, with no copy of them: the boundary after token
    // i reads the rules' decision there only (boundaryScore()), before it is overwritten.
    bool *const decided = breaks.data();
    const BlockFeatures block(language, tokens, breaks);
    const int bias = LineBreakModelData::Bias + table.weight(block.biasHash());
    const int base[2] = {bias + table.weight(block.ruleHash(false)),
                         bias + table.weight(block.ruleHash(true))};
    const LanguageWeights &tables = *languageTable[size_t(language)];
    qsizetype head = 0;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const bool rule = decided[i];
        const int score = base[rule] + block.boundaryScore(i, head, table, tables);
        decided[i] = score >= LineBreakModelData::Threshold;
        if (rule)
            head = i + 1;
    }
}

} // namespace Lectern
