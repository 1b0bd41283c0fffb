#include "ingest/codelang.h"

#include "core/compiler.h"

#include "ingest/codelangfeatures.h"
#include "ingest/structuretext.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <limits>
#include <span>

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {

struct NameEntry
{
    CodeLanguage language;
    const char *name;
};

constexpr NameEntry names[] = {
    {CodeLanguage::PlainText, ""},
    {CodeLanguage::Bash, "Bash"},
    {CodeLanguage::Python, "Python"},
    {CodeLanguage::Go, "Go"},
    {CodeLanguage::Rust, "Rust"},
    {CodeLanguage::Sql, "SQL"},
    {CodeLanguage::Yaml, "YAML"},
    {CodeLanguage::Toml, "TOML"},
    {CodeLanguage::Json, "JSON"},
    {CodeLanguage::Dockerfile, "Dockerfile"},
    {CodeLanguage::JavaScript, "JavaScript"},
    {CodeLanguage::TypeScript, "TypeScript"},
    {CodeLanguage::Html, "HTML"},
    {CodeLanguage::Css, "CSS"},
    {CodeLanguage::Ini, "INI Files"},
    {CodeLanguage::Nginx, "nginx Configuration"},
    {CodeLanguage::Http, "HTTP"},
    {CodeLanguage::C, "C"},
    {CodeLanguage::Cpp, "C++"},
    {CodeLanguage::Makefile, "Makefile"},
    {CodeLanguage::Terraform, "Terraform"},
    {CodeLanguage::Lua, "Lua"},
};

} // namespace

QString languageName(CodeLanguage language)
{
    // Built once: every recovered code block asks (a copy of a QString shares its data).
    static const std::array<QString, CodeLanguageCount> built = [] {
        std::array<QString, CodeLanguageCount> all;
        for (const NameEntry &e : names)
            all[size_t(e.language)] = QString::fromLatin1(e.name);
        return all;
    }();
    const int i = int(language);
    return i >= 0 && i < CodeLanguageCount ? built[size_t(i)] : QString();
}

CodeLanguage languageForName(QStringView name)
{
    for (const NameEntry &e : names)
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.language;
    return CodeLanguage::PlainText;
}

CodeLanguage languageForFence(QStringView info)
{
    static const QHash<QString, CodeLanguage> fences = {
        {QStringLiteral("bash"), CodeLanguage::Bash},
        {QStringLiteral("sh"), CodeLanguage::Bash},
        {QStringLiteral("shell"), CodeLanguage::Bash},
        {QStringLiteral("zsh"), CodeLanguage::Bash},
        {QStringLiteral("console"), CodeLanguage::Bash},
        {QStringLiteral("shell-session"), CodeLanguage::Bash},
        {QStringLiteral("terminal"), CodeLanguage::Bash},
        {QStringLiteral("python"), CodeLanguage::Python},
        {QStringLiteral("py"), CodeLanguage::Python},
        {QStringLiteral("python3"), CodeLanguage::Python},
        {QStringLiteral("go"), CodeLanguage::Go},
        {QStringLiteral("golang"), CodeLanguage::Go},
        {QStringLiteral("rust"), CodeLanguage::Rust},
        {QStringLiteral("rs"), CodeLanguage::Rust},
        {QStringLiteral("sql"), CodeLanguage::Sql},
        {QStringLiteral("postgresql"), CodeLanguage::Sql},
        {QStringLiteral("postgres"), CodeLanguage::Sql},
        {QStringLiteral("psql"), CodeLanguage::Sql},
        {QStringLiteral("mysql"), CodeLanguage::Sql},
        {QStringLiteral("sqlite"), CodeLanguage::Sql},
        {QStringLiteral("yaml"), CodeLanguage::Yaml},
        {QStringLiteral("yml"), CodeLanguage::Yaml},
        {QStringLiteral("toml"), CodeLanguage::Toml},
        {QStringLiteral("json"), CodeLanguage::Json},
        {QStringLiteral("jsonc"), CodeLanguage::Json},
        {QStringLiteral("dockerfile"), CodeLanguage::Dockerfile},
        {QStringLiteral("docker"), CodeLanguage::Dockerfile},
        {QStringLiteral("containerfile"), CodeLanguage::Dockerfile},
        {QStringLiteral("javascript"), CodeLanguage::JavaScript},
        {QStringLiteral("js"), CodeLanguage::JavaScript},
        {QStringLiteral("jsx"), CodeLanguage::JavaScript},
        {QStringLiteral("node"), CodeLanguage::JavaScript},
        {QStringLiteral("mjs"), CodeLanguage::JavaScript},
        {QStringLiteral("typescript"), CodeLanguage::TypeScript},
        {QStringLiteral("ts"), CodeLanguage::TypeScript},
        {QStringLiteral("tsx"), CodeLanguage::TypeScript},
        {QStringLiteral("html"), CodeLanguage::Html},
        {QStringLiteral("xhtml"), CodeLanguage::Html},
        {QStringLiteral("css"), CodeLanguage::Css},
        {QStringLiteral("ini"), CodeLanguage::Ini},
        {QStringLiteral("conf"), CodeLanguage::Ini},
        {QStringLiteral("cfg"), CodeLanguage::Ini},
        {QStringLiteral("systemd"), CodeLanguage::Ini},
        {QStringLiteral("dosini"), CodeLanguage::Ini},
        {QStringLiteral("properties"), CodeLanguage::Ini},
        {QStringLiteral("editorconfig"), CodeLanguage::Ini},
        {QStringLiteral("gitconfig"), CodeLanguage::Ini},
        {QStringLiteral("nginx"), CodeLanguage::Nginx},
        {QStringLiteral("nginxconf"), CodeLanguage::Nginx},
        {QStringLiteral("http"), CodeLanguage::Http},
        {QStringLiteral("c"), CodeLanguage::C},
        {QStringLiteral("h"), CodeLanguage::C},
        {QStringLiteral("cpp"), CodeLanguage::Cpp},
        {QStringLiteral("c++"), CodeLanguage::Cpp},
        {QStringLiteral("cxx"), CodeLanguage::Cpp},
        {QStringLiteral("hpp"), CodeLanguage::Cpp},
        {QStringLiteral("cc"), CodeLanguage::Cpp},
        {QStringLiteral("makefile"), CodeLanguage::Makefile},
        {QStringLiteral("make"), CodeLanguage::Makefile},
        {QStringLiteral("mk"), CodeLanguage::Makefile},
        {QStringLiteral("hcl"), CodeLanguage::Terraform},
        {QStringLiteral("terraform"), CodeLanguage::Terraform},
        {QStringLiteral("tf"), CodeLanguage::Terraform},
        {QStringLiteral("tfvars"), CodeLanguage::Terraform},
        {QStringLiteral("lua"), CodeLanguage::Lua},
    };
    const QStringView word = info.trimmed().split(u' ').value(0);
    return fences.value(word.toString().toLower(), CodeLanguage::PlainText);
}

namespace {

constexpr int LanguageCount = CodeLanguageCount;

bool isIdentifier(QStringView t)
{
    if (t.isEmpty() || !(t[0].isLetter() || t[0] == u'_'))
        return false;
    for (const QChar c : t)
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'))
            return false;
    return true;
}

// Is t one of the words? Their lengths are known here: most tokens are ruled out by their
// length alone, without a character compared.
template<qsizetype... N> bool inList(QStringView t, const char16_t (&...words)[N])
{
    return (is(t, words) || ...);
}

// QStringView::startsWith(QStringView(w)), compared in place (no length scan, no call).
bool startsWithWord(QStringView t, const char16_t *w)
{
    qsizetype i = 0;
    for (; w[i]; ++i)
        if (i >= t.size() || t[i].unicode() != w[i])
            return false;
    return true;
}

// A set of words for repeated lookups (no length scans, no allocation): open addressing with
// an inline FNV-1a hash, as Qt's seeded hash costs more than the short words it hashes.
class WordSet
{
public:
    WordSet(std::initializer_list<const char16_t *> words)
    {
        size_t size = 16;
        while (size < 2 * words.size())
            size *= 2;
        m_slots.assign(size, QStringView());
        for (const char16_t *w : words) {
            const QStringView word(w);
            Q_ASSERT(!word.isEmpty() && word[0].unicode() < 128);
            const size_t shape = shapeOf(word);
            m_shapes[shape / 64] |= quint64(1) << (shape % 64);
            size_t k = hash(word) & (size - 1);
            while (!m_slots[k].isNull() && m_slots[k] != word)
                k = (k + 1) & (size - 1);
            m_slots[k] = word;
        }
    }
    bool contains(QStringView w) const
    {
        // Most words asked about have a length and a first letter no listed word has.
        if (w.isEmpty() || w[0].unicode() >= 128)
            return false;
        const size_t shape = shapeOf(w);
        if (!((m_shapes[shape / 64] >> (shape % 64)) & 1))
            return false;
        const size_t mask = m_slots.size() - 1;
        for (size_t k = hash(w) & mask;; k = (k + 1) & mask) {
            const QStringView slot = m_slots[k];
            if (slot.isNull())
                return false;
            if (slot.size() == w.size() && std::equal(w.begin(), w.end(), slot.begin()))
                return true;
        }
    }

private:
    static size_t hash(QStringView w)
    {
        quint32 h = 2166136261u;
        for (const QChar c : w)
            h = (h ^ c.unicode()) * 16777619u;
        return h ^ (h >> 15);
    }
    // A word's length (31: longer) and first character (ASCII), as a bit of m_shapes.
    static size_t shapeOf(QStringView w)
    {
        return size_t(std::min<qsizetype>(w.size(), 31)) * 128 + w[0].unicode();
    }
    std::vector<QStringView> m_slots; // null: empty
    quint64 m_shapes[32 * 128 / 64] = {};
};

// Every word the rules compare a whole token with (is(tok, ...)): one look-up per token says
// whether any such comparison can hold, and the token loops skip their chains of comparisons
// for the other tokens (most of them). A word missing here would turn a rule off: keep it in
// step with the rules below.
const WordSet &ruleWords()
{
    static const WordSet words = {
        u"#include", u"&mut",     u"<-chan",    u"=",         u"FROM",       u"NULL",
        u"NULL)",    u"None",     u"None)",     u"None,",     u"None:",      u"as",
        u"async",    u"auto",     u"auto&",     u"auto&&",    u"chan",       u"char",
        u"class",    u"concept",  u"const",     u"constexpr", u"crate",      u"def",
        u"defer",    u"dyn",      u"elif",      u"else:",     u"enum",       u"events",
        u"except",   u"export",   u"finally:",  u"fn",        u"from",       u"func",
        u"function", u"go",       u"http",      u"impl",      u"implements", u"import",
        u"include",  u"int",      u"interface", u"keyof",     u"lambda",     u"let",
        u"location", u"match",    u"mod",       u"mut",       u"namespace",  u"new",
        u"nil",      u"nil)",     u"nil,",      u"nil}",      u"node",       u"noexcept",
        u"null",     u"null;",    u"nullptr",   u"override",  u"package",    u"pass",
        u"private:", u"pub",      u"public:",   u"python",    u"python3",    u"raise",
        u"readonly", u"requires", u"return",    u"server",    u"size_t",     u"ssize_t",
        u"struct",   u"template", u"try:",      u"type",      u"typedef",    u"typename",
        u"uint8_t",  u"upstream", u"use",       u"var",       u"virtual",    u"void",
        u"yield"};
    return words;
}
constexpr qsizetype LongestRuleWord = 10; // "implements"

// Characters some token loops of the rules need a token to hold (Scorer::tokenHolds()).
enum TokenChar : quint8
{
    HoldsDot = 1,
    HoldsEquals = 2,
    HoldsBracket = 4, // '['
    HoldsAngle = 8,   // '<'
    HoldsBang = 16,
    HoldsColon = 32,
};
constexpr quint8 tokenCharBitOf(char16_t c)
{
    switch (c) {
    case u'.':
        return HoldsDot;
    case u'=':
        return HoldsEquals;
    case u'[':
        return HoldsBracket;
    case u'<':
        return HoldsAngle;
    case u'!':
        return HoldsBang;
    case u':':
        return HoldsColon;
    default:
        return 0;
    }
}
// As a table (c <= 128): the scorer's walk asks for every character.
constexpr auto tokenCharBits = [] {
    std::array<quint8, 129> bits{};
    for (char16_t c = 0; c < 129; ++c)
        bits[c] = tokenCharBitOf(c);
    return bits;
}();
inline quint8 tokenCharBit(char16_t c)
{
    return tokenCharBits[c];
}

// The tokens of a block: a view of the scorer's buffer.
class Tokens
{
public:
    Tokens() = default;
    Tokens(const QStringView *data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {}
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const QStringView &operator[](qsizetype i) const { return m_data[i]; }
    const QStringView *begin() const { return m_data; }
    const QStringView *end() const { return m_data + m_size; }

private:
    const QStringView *m_data = nullptr;
    qsizetype m_size = 0;
};

// The token loops of the rules that look at a few of the tokens only (Scorer::tokensFor()):
// the scorer lists those tokens for each loop on its setup, so that no loop walks all tokens to
// skip most of them.
enum TokenLoop : quint8
{
    LoopPython,
    LoopGo,
    LoopGoExported,
    LoopRust,
    LoopJavaScript,
    LoopTypeScript,
    LoopC,
    LoopShellFlags,
    LoopShellWords,
    LoopCapitals, // SQL keywords and Dockerfile instructions
    LoopYaml,
    LoopColonLast, // JSON keys and HTTP headers
    LoopToml,
    LoopMarkup,
    LoopBraceFirst,   // CSS selectors (the token before a "{")
    LoopStatementEnd, // nginx statements (the token after one of these)
    LoopCount
};
using LoopMask = quint32;
constexpr LoopMask loopBit(TokenLoop loop)
{
    return LoopMask(1) << loop;
}

// Which loops need to see a token, by what it is or holds. Each loop's rules hold only for
// rule words (ruleWords()), for tokens that open with one of its characters, end with one or
// hold one: the others can meet none of them.
constexpr LoopMask WordLoops = loopBit(LoopPython) | loopBit(LoopGo) | loopBit(LoopRust) |
                               loopBit(LoopJavaScript) | loopBit(LoopTypeScript) | loopBit(LoopC);
struct LoopChars
{
    TokenLoop loop;
    const char16_t *firsts; // opening characters
    const char16_t *lasts;  // closing characters
    quint8 holds;           // TokenChar bits held anywhere
};
// A loop whose rules change must have its characters here changed too: a token left out of
// its list would turn a rule off.
constexpr LoopChars loopChars[] = {
    // "except:", "True", "False", "@decorator", "):"
    {LoopPython, u"eTF@", u":", 0},
    // "chan<", "[]T", "map[", "*http.", "//go:"
    {LoopGo, u"c[m*/", u"", 0},
    {LoopGoExported, u"", u"", HoldsDot},
    // "&self", "&str", "&'a", "#[derive", "#![allow", "println!"
    {LoopRust, u"&#", u"", HoldsBang},
    // "function(", "undefined"
    {LoopJavaScript, u"fu", u"", 0},
    // "name:" (types), "):" (return types), "f<T>(" (type arguments)
    {LoopTypeScript, u"", u"", HoldsColon | HoldsAngle},
    // "template<", "malloc(", "free(", "printf(", "fprintf(", "perror(", "sizeof", "std::"
    {LoopC, u"tmfps", u"", HoldsColon},
    // "-x", "--long"
    {LoopShellFlags, u"-", u"", 0},
    // "fi", "esac", "elif", "done", ";;", "then", "$(", "${", "$HOME", "\"$1\""
    {LoopShellWords, u"fed;t$\"", u"", 0},
    {LoopCapitals, u"ABCDEFGHIJKLMNOPQRSTUVWXYZ", u"", 0},
    // "-" (a list item), "key:"
    {LoopYaml, u"-", u":", 0},
    // "\"key\":", "Header-Name:"
    {LoopColonLast, u"", u":", 0},
    // "[section]", "key = value", "key=value"
    {LoopToml, u"", u"", HoldsBracket | HoldsEquals},
    // "<tag", "</tag>", "attribute=\"value\""
    {LoopMarkup, u"", u"", HoldsAngle | HoldsEquals},
    // "{"
    {LoopBraceFirst, u"{", u"", 0},
    // "...;", "{", "}"
    {LoopStatementEnd, u"{}", u";", 0},
};
struct LoopTables
{
    LoopMask firsts[128] = {};
    LoopMask lasts[128] = {};
    LoopMask holds[64] = {}; // by a token's TokenChar bits
};
constexpr LoopTables loopTables = [] {
    LoopTables tables;
    for (const LoopChars &l : loopChars) {
        for (const char16_t *c = l.firsts; *c; ++c)
            tables.firsts[*c] |= loopBit(l.loop);
        for (const char16_t *c = l.lasts; *c; ++c)
            tables.lasts[*c] |= loopBit(l.loop);
        for (int held = 0; held < 64; ++held)
            if (held & l.holds)
                tables.holds[held] |= loopBit(l.loop);
    }
    return tables;
}();

// Evidence for each language, added up over the code's tokens and substrings.
class Scorer
{
public:
    explicit Scorer(QStringView code)
        : m_code(code)
    {
        // Where each ASCII character occurs, as chains from first to last: a pattern is compared
        // only where its first character stands. One pass from the end, which also finds the
        // tokens (split at single spaces, as QStringView::split would) and which ASCII
        // character pairs occur: most patterns can be ruled out without a scan. (Triples were
        // kept once too: setting their bits cost more than the scans they saved.)
        thread_local std::vector<int> nextStorage; // grows only
        if (nextStorage.size() < size_t(code.size()))
            nextStorage.resize(size_t(code.size()));
        m_next = nextStorage.data();
        // The walk works on locals (the compiler keeps them in registers and knows the stores
        // through `next` touch none of them); the character places are copied out at the end.
        int *const next = m_next;
        int first[129];
        std::fill(std::begin(first), std::end(first), -1);
        quint64 *const pairs = m_pairs;
        const char16_t *chars = reinterpret_cast<const char16_t *>(code.utf16());
        qsizetype tokenEnd = code.size(); // the end of the token being walked (backwards)
        // The tokens and which of the characters some token loops need each holds (TokenChar
        // bits, so that those loops skip other tokens without a search), written from the end
        // of buffers this thread reuses: found last first, they end up in order with no append
        // and no reversal. Tokens have a space between them: at most size / 2 + 1.
        const size_t most = size_t(code.size()) / 2 + 1;
        thread_local std::vector<QStringView> tokenStorage; // grow only
        thread_local std::vector<quint8> holdingStorage, listedStorage;
        if (tokenStorage.size() < most) {
            tokenStorage.resize(most);
            holdingStorage.resize(most);
            listedStorage.resize(most);
        }
        QStringView *const tokensEnd = tokenStorage.data() + most;
        QStringView *token = tokensEnd;
        quint8 *holding = holdingStorage.data() + most;
        quint8 held = 0; // by the token being walked
        // Characters beyond ASCII all count as 128, kept like the others without a branch:
        // nothing asks for them (a pattern that holds one is searched character by character).
        char16_t b = 128; // the character after the current one
        for (qsizetype i = code.size() - 1; i >= 0; --i) {
            const char16_t a = std::min(chars[i], char16_t(128));
            if (a == u' ') {
                if (tokenEnd > i + 1) {
                    *--token = code.sliced(i + 1, tokenEnd - i - 1);
                    *--holding = held;
                }
                tokenEnd = i;
                held = 0;
            }
            held |= tokenCharBit(a);
            next[i] = first[a];
            first[a] = int(i);
            setPair(pairs, a, b);
            b = a;
        }
        std::copy(std::begin(first), std::end(first), std::begin(m_first));
        if (tokenEnd > 0) {
            *--token = code.first(tokenEnd);
            *--holding = held;
        }
        m_tokens = Tokens(token, tokensEnd - token);
        m_holding = holding;
        quint8 *const listed = listedStorage.data() + (token - tokenStorage.data());
        // Each loop's tokens: the indices, in order, in its part of a buffer this thread reuses.
        const qsizetype count = m_tokens.size();
        thread_local std::vector<int> loopStorage;
        if (loopStorage.size() < size_t(LoopCount * count))
            loopStorage.resize(size_t(LoopCount * count));
        int *const loops = loopStorage.data();
        int sizes[LoopCount] = {};
        const WordSet &words = ruleWords();
        // (Through the locals, not the members: the byte stored per token could alias them.)
        const QStringView *const tokens = token;
        for (qsizetype k = 0; k < count; ++k) {
            const QStringView t = tokens[k];
            listed[k] = t.size() <= LongestRuleWord && words.contains(t);
            const char16_t first = t.front().unicode(), last = t.back().unicode();
            LoopMask mask = (listed[k] ? WordLoops : 0) | loopTables.holds[holding[k] & 63] |
                            (first < 128 ? loopTables.firsts[first] : 0) |
                            (last < 128 ? loopTables.lasts[last] : 0);
            for (; mask; mask &= mask - 1) {
                const int loop = std::countr_zero(mask);
                loops[loop * count + sizes[loop]++] = int(k);
            }
        }
        for (int loop = 0; loop < LoopCount; ++loop)
            m_loops[loop] = std::span<const int>(loops + loop * count, size_t(sizes[loop]));
        m_listed = listed;
    }

    void add(CodeLanguage l, float v) { m_score[int(l)] += v; }
    float score(CodeLanguage l) const { return m_score[int(l)]; }
    // Does the code hold the literal `s`? Inline with the literal's length known: the
    // compiler folds the pair look-ups of possible() into constant bit tests, so
    // the ~210 patterns a block is checked against mostly cost a few instructions each.
    template<qsizetype N> LECTERN_ALWAYS_INLINE bool has(const char16_t (&s)[N]) const
    {
        return possible(s, N - 1) && occurrences(s, N - 1, 1) > 0;
    }
    // How many of the literals the code holds.
    template<qsizetype... N> LECTERN_ALWAYS_INLINE int holdsHowMany(const char16_t (&...s)[N]) const
    {
        return (int(has(s)) + ...);
    }
    // Adds `each` per occurrence of `s`, at most `cap` in total (for a penalty: at least).
    template<qsizetype N>
    LECTERN_ALWAYS_INLINE void per(CodeLanguage l, const char16_t (&s)[N], float each, float cap)
    {
        if (!possible(s, N - 1))
            return; // (no occurrence adds nothing)
        // Counting stops once the cap is reached (the same sum: later ones add nothing). Folded
        // to a constant here, as `each` and `cap` are.
        int enough = std::numeric_limits<int>::max(); // a cap far off ("none"): count them all
        LECTERN_UNROLL(16)
        for (int k = 1; k <= 16; ++k)
            if (each < 0 ? each * float(k) <= cap : each * float(k) >= cap) {
                enough = k;
                break;
            }
        addCapped(l, each * float(occurrences(s, N - 1, enough)), each, cap);
    }
    // per() for each literal, in order.
    template<qsizetype... N>
    LECTERN_ALWAYS_INLINE void perEach(CodeLanguage l, float each, float cap,
                                       const char16_t (&...s)[N])
    {
        (per(l, s, each, cap), ...);
    }
    const Tokens &tokens() const { return m_tokens; }
    // Does token i hold any of the TokenChar characters in `chars`?
    bool tokenHolds(qsizetype i, quint8 chars) const { return m_holding[i] & chars; }
    // Is token i one of ruleWords()? When not, no is(token, word) of the rules holds.
    bool ruleWord(qsizetype i) const { return m_listed[i]; }
    // The indices of the tokens a loop needs to see (loopChars), in order.
    std::span<const int> tokensFor(TokenLoop loop) const { return m_loops[loop]; }
    QStringView code() const { return m_code; }
    // Does the code hold the ASCII character c (c < 128) at all? Token loops whose every rule
    // needs one are skipped without looking at a token.
    bool holdsChar(char16_t c) const { return m_first[c] >= 0; }
    // The places of an ASCII character (c < 128) in the code, first to last:
    // for (i = first(c); i >= 0; i = next(i)).
    qsizetype first(char16_t c) const { return m_first[c]; }
    qsizetype next(qsizetype i) const { return m_next[i]; }
    // Does the code hold the ASCII characters a and b (< 128) one after the other?
    // (May say so of a pair that does not occur: see m_pairs.)
    bool holdsPair(char16_t a, char16_t b) const { return mayHoldPair(m_pairs, a, b); }

private:
    // Occurrences of s[0, len) in the code, overlapping ones too (as QStringView::count counts
    // them), up to `enough`. Inline: the patterns are short and most blocks are too, where
    // Qt's search costs more to set up than to run.
    void addCapped(CodeLanguage l, float v, float each, float cap)
    {
        add(l, each < 0 ? std::max(cap, v) : std::min(cap, v));
    }
    int occurrences(const char16_t *s, qsizetype len, int enough) const
    {
        const char16_t *code = reinterpret_cast<const char16_t *>(m_code.utf16());
        const qsizetype last = m_code.size() - len; // the last place a match can start
        // The pattern is looked for along the places of its first character that is not a
        // space: spaces are the commonest character, with the longest chain by far (" in ",
        // " | ", " bigint"). Each match has one such place, in the same order as its start.
        qsizetype a = 0;
        while (a + 1 < len && s[a] == u' ')
            ++a;
        // The pattern around that character, which matches at i.
        const auto matchesAround = [&](qsizetype i) {
            for (qsizetype k = 0; k < len; ++k)
                if (k != a && code[i - a + k] != s[k])
                    return false;
            return true;
        };
        int found = 0;
        if (s[a] < 128) {
            for (qsizetype i = m_first[s[a]]; i >= 0 && i - a <= last; i = m_next[i])
                if (i >= a && matchesAround(i) && ++found >= enough)
                    break;
            return found;
        }
        for (qsizetype i = a; i - a <= last; ++i)
            if (code[i] == s[a] && matchesAround(i) && ++found >= enough)
                break;
        return found;
    }
    // False when some ASCII character pair of s[0, len) never occurs in the code (true does not
    // say they all do).
    LECTERN_ALWAYS_INLINE bool possible(const char16_t *s, qsizetype len) const
    {
        LECTERN_UNROLL(32)
        for (qsizetype k = 0; k + 1 < len; ++k) {
            if (s[k] >= 128 || s[k + 1] >= 128)
                continue;
            if (!mayHoldPair(m_pairs, s[k], s[k + 1]))
                return false;
        }
        return true;
    }
    static void setPair(quint64 *rows, char16_t a, char16_t b)
    {
        rows[a] |= quint64(1) << (b % 64);
    }
    static bool mayHoldPair(const quint64 *rows, char16_t a, char16_t b)
    {
        return (rows[a] >> (b % 64)) & 1;
    }
    QStringView m_code;
    Tokens m_tokens;                   // in the thread's buffers (one Scorer at a time)
    const quint8 *m_holding = nullptr; // TokenChar bits of each token
    const quint8 *m_listed = nullptr;  // ruleWord() of each token
    std::span<const int> m_loops[LoopCount];
    int m_first[129];      // first place of each ASCII character (128: any other), -1: none
    int *m_next = nullptr; // the next place of the same character, -1: none
    // Which ASCII character pairs occur, folded to one word per first character: bit b % 64 of
    // m_pairs[a] is set when "ab" or a pair of a and the character 64 away from b occurs. Half
    // the cost of a bit per pair on the walk; a pattern let through for the other pair is
    // searched, and not found.
    quint64 m_pairs[129] = {};
    float m_score[LanguageCount] = {};
};

bool startsCommand(const Scorer &s, qsizetype i)
{
    if (i == 0)
        return true;
    const QStringView p = s.tokens()[i - 1];
    if (is(p, u"$") || is(p, u"&&") || is(p, u"||") || is(p, u"|") || is(p, u"sudo") ||
        p.endsWith(u';') || is(p, u"#") || is(p, u"then") || is(p, u"do"))
        return true;
    // An environment assignment in front of a command: "DEBUG=1 python app.py".
    const qsizetype eq = s.tokenHolds(i - 1, HoldsEquals) ? findIn(p, u'=') : -1;
    if (eq < 2 || eq + 1 >= p.size())
        return false;
    for (qsizetype k = 0; k < eq; ++k)
        if (!(p[k].isUpper() || p[k].isDigit() || p[k] == u'_'))
            return false;
    return i == 1 || startsCommand(s, i - 1);
}

// The commands shell code opens with ("sudo", "apt-get", "docker", "echo" ...).
const WordSet &shellCommands()
{
    static const WordSet commands = {u"sudo",         u"apt",
                                     u"apt-get",      u"pip",
                                     u"pip3",         u"pipx",
                                     u"uv",           u"uvx",
                                     u"poetry",       u"npm",
                                     u"npx",          u"yarn",
                                     u"pnpm",         u"cargo",
                                     u"rustup",       u"gcc",
                                     u"g++",          u"cc",
                                     u"clang",        u"make",
                                     u"cmake",        u"git",
                                     u"docker",       u"podman",
                                     u"kubectl",      u"helm",
                                     u"terraform",    u"ssh",
                                     u"scp",          u"rsync",
                                     u"curl",         u"wget",
                                     u"ls",           u"cd",
                                     u"cp",           u"mv",
                                     u"rm",           u"mkdir",
                                     u"touch",        u"cat",
                                     u"echo",         u"printf",
                                     u"grep",         u"find",
                                     u"sed",          u"awk",
                                     u"tar",          u"chmod",
                                     u"chown",        u"ln",
                                     u"export",       u"source",
                                     u"systemctl",    u"journalctl",
                                     u"ufw",          u"useradd",
                                     u"usermod",      u"adduser",
                                     u"psql",         u"pg_dump",
                                     u"pg_restore",   u"pg_basebackup",
                                     u"createdb",     u"redis-cli",
                                     u"sqlite3",      u"openssl",
                                     u"certbot",      u"nginx",
                                     u"gunicorn",     u"uvicorn",
                                     u"celery",       u"pytest",
                                     u"mypy",         u"ruff",
                                     u"black",        u"jq",
                                     u"xargs",        u"tee",
                                     u"kill",         u"ps",
                                     u"df",           u"du",
                                     u"tree",         u"brew",
                                     u"dnf",          u"yum",
                                     u"pacman",       u"snap",
                                     u"shellcheck",   u"gh",
                                     u"aws",          u"gcloud",
                                     u"act",          u"promtool",
                                     u"yamllint",     u"pre-commit",
                                     u"arq",          u"systemd-analyze",
                                     u"timedatectl",  u"nc",
                                     u"ssh-keygen",   u"ssh-copy-id",
                                     u"ssh-add",      u"ssh-agent",
                                     u"iptables",     u"ip6tables",
                                     u"nft",          u"hostnamectl",
                                     u"crontab",      u"chgrp",
                                     u"apt-cache",    u"dpkg",
                                     u"visudo",       u"lsblk",
                                     u"netstat",      u"pg_ctl",
                                     u"mysqldump",    u"docker-compose",
                                     u"groupadd",     u"sysctl",
                                     u"modprobe",     u"add-apt-repository",
                                     u"tox",          u"node",
                                     u"deno",         u"python",
                                     u"python3",      u"flask",
                                     u"django-admin", u"watch",
                                     u"time",         u"env",
                                     u"bash",         u"sh",
                                     u"trap",         u"exit",
                                     u"set",          u"dig",
                                     u"ping",         u"mktemp",
                                     u"unzip",        u"zip",
                                     u"less",         u"head",
                                     u"tail",         u"wc",
                                     u"sort",         u"uniq",
                                     u"history",      u"alias",
                                     u"which",        u"whoami",
                                     u"kind",         u"minikube",
                                     u"rustc",        u"tsc",
                                     u"hugo",         u"cosign",
                                     u"trivy",        u"fail2ban-client"};
    return commands;
}

void scoreShell(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    const WordSet &commands = shellCommands();
    int commandsSeen = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QStringView tok = t[i];
        // Only a command's name can count (python and node are in the list): what comes
        // before is looked at for those alone.
        const bool listed = commands.contains(tok);
        if ((!listed && !is(tok, u"go")) || !startsCommand(s, i))
            continue;
        bool known = listed;
        // "go run", "go test": the go tool, not Go source.
        if (is(tok, u"go") && i + 1 < t.size() &&
            inList(t[i + 1], u"run", u"test", u"build", u"mod", u"get", u"install", u"vet", u"tool",
                   u"generate", u"fmt", u"work", u"env", u"version"))
            known = true;
        if (is(tok, u"python") || is(tok, u"python3") || is(tok, u"node"))
            known = i + 1 < t.size() && (t[i + 1].startsWith(u'-') || holds(t[i + 1], u'.'));
        if (known) {
            s.add(L::Bash, commandsSeen == 0 ? 2.5f : 1.0f);
            ++commandsSeen;
        }
    }
    s.add(L::Bash, std::min(4.0f, 0.8f * float(commandsSeen)));
    s.per(L::Bash, u"$ ", 2.0f, 6.0f);
    if (!t.isEmpty() && is(t[0], u"$"))
        s.add(L::Bash, 3.0f);
    int flags = 0;
    for (const qsizetype i : s.tokensFor(LoopShellFlags)) {
        const QStringView tok = t[i];
        flags += tok.size() > 1 && tok[0] == u'-' && (tok[1].isLetter() || tok[1] == u'-');
    }
    s.add(L::Bash, std::min(3.0f, 0.35f * float(flags)));
    s.per(L::Bash, u" | ", 0.6f, 2.0f);
    s.per(L::Bash, u" && ", 0.5f, 2.0f);
    s.per(L::Bash, u"2>&1", 1.0f, 2.0f);
    s.per(L::Bash, u"/dev/null", 1.0f, 2.0f);
    if (s.has(u"#!/bin/bash") || s.has(u"#!/usr/bin/env bash") || s.has(u"#!/bin/sh") ||
        s.has(u"set -e"))
        s.add(L::Bash, 5.0f);
    s.per(L::Bash, u"[[ ", 1.5f, 3.0f);
    for (const qsizetype i : s.tokensFor(LoopShellWords)) {
        const QStringView tok = t[i];
        if (tok.size() <= 4 && inList(tok, u"fi", u"esac", u"done", u";;", u"then", u"elif"))
            s.add(L::Bash, 1.2f);
        if (begins(tok, u"$(") || begins(tok, u"\"$") || begins(tok, u"${") ||
            (tok.size() > 1 && tok[0] == u'$' &&
             (tok[1].isUpper() || tok[1].isDigit() || tok[1] == u'#' || tok[1] == u'@')))
            s.add(L::Bash, 0.5f);
    }
    // Shell functions and scripts: stderr redirection, positional parameters, locals.
    s.per(L::Bash, u">&2", 1.5f, 3.0f);
    s.per(L::Bash, u"\"$1\"", 1.0f, 2.0f);
    s.per(L::Bash, u"\"$@\"", 1.5f, 3.0f);
    s.per(L::Bash, u"local ", 0.8f, 1.6f);
    s.per(L::Bash, u"export ", 1.5f, 3.0f);
    s.per(L::Bash, u"echo ", 1.0f, 2.0f);
}

void scorePython(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    // Keyword arguments with Python's constants: f(x, echo=True), default=None.
    s.per(L::Python, u"=True", 1.5f, 3.0f);
    s.per(L::Python, u"=False", 1.5f, 3.0f);
    s.per(L::Python, u"=None", 1.5f, 3.0f);
    for (const qsizetype i : s.tokensFor(LoopPython)) {
        const QStringView tok = t[i];
        const bool word = s.ruleWord(i); // (else no is(tok, ...) below holds)
        if (word && is(tok, u"def") && i + 1 < t.size() && holds(t[i + 1], u'('))
            s.add(L::Python, 4.0f);
        if (word && is(tok, u"class") && i + 1 < t.size() &&
            (t[i + 1].endsWith(u':') || holds(t[i + 1], u'(')) && !holds(t[i + 1], u'{'))
            s.add(L::Python, 3.0f);
        if (word && is(tok, u"from") && i + 2 < t.size() && is(t[i + 2], u"import"))
            s.add(L::Python, 4.0f);
        if (word && is(tok, u"import") && i + 1 < t.size() && !t[i + 1].startsWith(u'"') &&
            !t[i + 1].startsWith(u'(') && !t[i + 1].startsWith(u'{') &&
            !(i + 2 < t.size() && is(t[i + 2], u"from")) && isIdentifier(t[i + 1]))
            s.add(L::Python, 2.0f);
        if ((word && (is(tok, u"elif") || is(tok, u"except") || is(tok, u"lambda") ||
                      is(tok, u"raise") || is(tok, u"pass") || is(tok, u"yield"))) ||
            begins(tok, u"except:"))
            s.add(L::Python, 2.0f);
        if (word &&
            (is(tok, u"None") || is(tok, u"None,") || is(tok, u"None:") || is(tok, u"None)")))
            s.add(L::Python, 1.5f);
        if (begins(tok, u"True") || begins(tok, u"False"))
            s.add(L::Python, 0.8f);
        if (tok.startsWith(u'@') && tok.size() > 1 && tok[1].isLetter() &&
            (i == 0 || i + 1 < t.size()))
            s.add(L::Python, 1.5f);
        if (ends(tok, u"):") ||
            (word && (is(tok, u"else:") || is(tok, u"try:") || is(tok, u"finally:"))))
            s.add(L::Python, 1.5f);
    }
    s.per(L::Python, u"self.", 1.5f, 4.5f);
    s.per(L::Python, u"(self", 2.0f, 4.0f);
    s.per(L::Python, u"\"\"\"", 2.0f, 4.0f);
    s.per(L::Python, u"f\"", 1.5f, 3.0f);
    s.per(L::Python, u"__", 1.0f, 3.0f);
    s.per(L::Python, u"print(", 1.0f, 2.0f);
    s.per(L::Python, u"async def", 2.0f, 4.0f);
    s.per(L::Python, u"is not None", 2.0f, 2.0f);
    s.per(L::Python, u" for ", 0.2f, 0.6f);
    s.per(L::Python, u" in ", 0.3f, 0.9f);
    s.per(L::Python, u"dict[", 1.5f, 3.0f);
    s.per(L::Python, u"list[", 1.5f, 3.0f);
    s.per(L::Python, u"**kwargs", 2.0f, 2.0f);
    s.per(L::Python, u".append(", 1.0f, 2.0f);
    s.per(L::Python, u"with open(", 2.0f, 2.0f);
    s.per(L::Python, u"# ", 0.3f, 1.2f);
    s.per(L::Python, u"=True", 0.8f, 1.6f);
    s.per(L::Python, u"=False", 0.8f, 1.6f);
    s.per(L::Python, u"=None", 1.0f, 2.0f);
    s.per(L::Python, u"json.", 0.5f, 1.0f);
    s.per(L::Python, u"os.environ", 2.0f, 2.0f);
}

void scoreGo(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    for (const qsizetype i : s.tokensFor(LoopGo)) {
        const QStringView tok = t[i];
        const bool word = s.ruleWord(i); // (else no is(tok, ...) below holds)
        if (word && is(tok, u"package") && i + 1 < t.size() && isIdentifier(t[i + 1]))
            s.add(L::Go, 5.0f);
        if (word && is(tok, u"func"))
            s.add(L::Go, 3.0f);
        if (word && is(tok, u"go") && i + 1 < t.size() &&
            (begins(t[i + 1], u"func") || holds(t[i + 1], u'(')))
            s.add(L::Go, 3.0f);
        if ((word && (is(tok, u"defer") || is(tok, u"chan") || is(tok, u"<-chan"))) ||
            begins(tok, u"chan<"))
            s.add(L::Go, 2.0f);
        if (word && (is(tok, u"nil") || is(tok, u"nil)") || is(tok, u"nil,") || is(tok, u"nil}")))
            s.add(L::Go, 1.2f);
        if (begins(tok, u"[]") && tok.size() > 2 && tok[2].isLetter())
            s.add(L::Go, 2.0f);
        if (begins(tok, u"map[") || begins(tok, u"*http.") || begins(tok, u"//go:"))
            s.add(L::Go, 2.5f);
    }
    // Exported names of lowercase packages: os.Getenv(, json.NewDecoder(, errors.Is(. Python
    // modules export lowercase names, JavaScript's globals are capitalised (JSON.parse).
    int exported = 0;
    for (const qsizetype i : s.tokensFor(LoopGoExported)) {
        const QStringView tok = t[i];
        const qsizetype dot = findIn(tok, u'.');
        if (dot < 2 || dot + 2 >= tok.size() || !tok[dot + 1].isUpper())
            continue;
        qsizetype from = dot;
        while (from > 0 && tok[from - 1].isLower())
            --from;
        if (dot - from < 2 || (from > 0 && (tok[from - 1].isLetterOrNumber() ||
                                            tok[from - 1] == u'_' || tok[from - 1] == u'.')))
            continue;
        qsizetype end = dot + 1;
        while (end < tok.size() && tok[end].isLetterOrNumber())
            ++end;
        if (end < tok.size() && (tok[end] == u'(' || tok[end] == u'{'))
            ++exported;
    }
    s.add(L::Go, std::min(3.0f, 1.0f * float(exported)));
    s.per(L::Go, u":=", 1.5f, 4.5f);
    s.per(L::Go, u"fmt.", 2.0f, 4.0f);
    s.per(L::Go, u"err != nil", 3.0f, 6.0f);
    s.per(L::Go, u"import (", 3.0f, 3.0f);
    s.per(L::Go, u":= range", 2.0f, 4.0f);
    s.per(L::Go, u"errors.", 1.0f, 2.0f);
    s.per(L::Go, u"strings.", 1.0f, 2.0f);
    s.per(L::Go, u"context.", 1.0f, 2.0f);
    s.per(L::Go, u"http.", 0.7f, 2.1f);
    s.per(L::Go, u"time.", 0.5f, 1.5f);
    s.per(L::Go, u"sync.", 1.0f, 2.0f);
    s.per(L::Go, u"t.Run(", 2.0f, 2.0f);
    s.per(L::Go, u"struct {", 1.0f, 2.0f);
    s.per(L::Go, u"interface {", 1.0f, 2.0f);
    s.per(L::Go, u"struct{}", 2.0f, 2.0f);
    if (!t.isEmpty() && is(t[0], u"import") && t.size() > 1 && t[1].startsWith(u'"'))
        s.add(L::Go, 3.0f);
}

void scoreRust(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    for (const qsizetype i : s.tokensFor(LoopRust)) {
        const QStringView tok = t[i];
        const bool word = s.ruleWord(i); // (else no is(tok, ...) below holds)
        if ((word && (is(tok, u"fn") || is(tok, u"impl") || is(tok, u"mut") || is(tok, u"crate") ||
                      is(tok, u"&mut"))) ||
            begins(tok, u"&self") || begins(tok, u"&str") || begins(tok, u"&'"))
            s.add(L::Rust, 2.5f);
        if (word && is(tok, u"use") && i + 1 < t.size() && holds(t[i + 1], u"::"))
            s.add(L::Rust, 3.0f);
        if (word && is(tok, u"let") && i + 1 < t.size() && is(t[i + 1], u"mut"))
            s.add(L::Rust, 2.0f);
        if (word && (is(tok, u"pub") || is(tok, u"mod") || is(tok, u"match") || is(tok, u"dyn") ||
                     is(tok, u"enum")))
            s.add(L::Rust, 1.0f);
        if (begins(tok, u"#[") || begins(tok, u"#!["))
            s.add(L::Rust, 3.0f);
        if (!s.tokenHolds(i, HoldsBang)) // (every macro below has one)
            continue;
        // (Searched inline, the literals' lengths known: Qt's search is a call per macro.)
        const auto macro = [&](const auto &...m) {
            ((holds(tok, m) ? s.add(L::Rust, 3.0f) : void()), ...);
        };
        macro(u"println!", u"format!", u"vec!", u"assert!", u"eprintln!", u"panic!", u"write!",
              u"assert_eq!", u"matches!", u"select!", u"join!", u"json!");
    }
    s.per(L::Rust, u".unwrap()", 2.0f, 4.0f);
    s.per(L::Rust, u".expect(", 2.0f, 4.0f);
    s.per(L::Rust, u"Option<", 2.0f, 4.0f);
    s.per(L::Rust, u"Result<", 2.0f, 4.0f);
    s.per(L::Rust, u"Vec<", 2.0f, 4.0f);
    s.per(L::Rust, u"Box<", 1.5f, 3.0f);
    s.per(L::Rust, u"Some(", 1.5f, 3.0f);
    s.per(L::Rust, u"Ok(", 1.5f, 3.0f);
    s.per(L::Rust, u"Err(", 1.0f, 2.0f);
    s.per(L::Rust, u"?;", 2.0f, 4.0f);
    s.per(L::Rust, u".await", 1.5f, 3.0f);
    s.per(L::Rust, u"::", 0.4f, 2.0f);
    s.per(L::Rust, u"=>", 0.4f, 1.2f);
    s.per(L::Rust, u"-> ", 0.5f, 1.0f);
    s.perEach(L::Rust, 0.6f, 1.8f, u"u8", u"u16", u"u32", u"u64", u"i32", u"i64", u"usize", u"f64");
    s.per(L::Rust, u"let ", 0.6f, 1.8f);
    s.per(L::Rust, u"async move", 2.0f, 2.0f);
    s.per(L::Rust, u"'static", 2.0f, 2.0f);
}

void scoreSql(Scorer &s)
{
    using L = CodeLanguage;
    int keywords = 0;
    static const WordSet words = {
        u"SELECT",   u"FROM",     u"WHERE",     u"INSERT",    u"INTO",         u"VALUES",
        u"UPDATE",   u"SET",      u"DELETE",    u"CREATE",    u"TABLE",        u"INDEX",
        u"ALTER",    u"DROP",     u"JOIN",      u"GROUP",     u"ORDER",        u"BY",
        u"LIMIT",    u"PRIMARY",  u"KEY",       u"NOT",       u"NULL",         u"REFERENCES",
        u"BEGIN",    u"COMMIT",   u"EXPLAIN",   u"ANALYZE",   u"WITH",         u"AS",
        u"ON",       u"AND",      u"OR",        u"RETURNING", u"PARTITION",    u"OVER",
        u"WINDOW",   u"CONFLICT", u"PRAGMA",    u"EXTENSION", u"GRANT",        u"USING",
        u"HAVING",   u"DISTINCT", u"UNIQUE",    u"DEFAULT",   u"IMMEDIATE",    u"VIRTUAL",
        u"ROWS",     u"BETWEEN",  u"PRECEDING", u"DETACH",    u"CONCURRENTLY", u"ROLLBACK",
        u"TRIGGER",  u"VIEW",     u"GIN",       u"IS",        u"IN",           u"LIKE",
        u"ILIKE",    u"CASE",     u"WHEN",      u"THEN",      u"END",          u"DESC",
        u"ASC",      u"OFFSET",   u"UNION",     u"EXISTS",    u"GENERATED",    u"ALWAYS",
        u"IDENTITY", u"NOTHING"};
    // (A keyword opens with a capital A-Z: others are in no word list.)
    for (const qsizetype i : s.tokensFor(LoopCapitals)) {
        const QStringView tok = s.tokens()[i];
        if (tok.size() < 2 || !tok[0].isUpper())
            continue;
        QStringView w = tok;
        while (!w.isEmpty() && (w.back() == u';' || w.back() == u',' || w.back() == u'('))
            w.chop(1);
        keywords += words.contains(w);
    }
    s.add(L::Sql, std::min(9.0f, 1.0f * float(keywords)));
    // ASCII-case-insensitive search, no lowercased copy (no other character lowercases to
    // these letters: the same answers as searching the lowercased text).
    const QStringView code = s.code();
    const auto lowerAt = [code](qsizetype i) {
        const char16_t c = code[i].unicode();
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    };
    const auto matchesAt = [&](qsizetype i, QStringView lower) {
        if (i + lower.size() > code.size())
            return false;
        for (qsizetype k = 0; k < lower.size(); ++k)
            if (lowerAt(i + k) != lower[k].unicode())
                return false;
        return true;
    };
    // Each statement opener is looked for only where its first letter stands, in either case.
    const auto anywhere = [&](char16_t letter, QStringView lower) {
        for (const char16_t c : {letter, char16_t(letter - 32)})
            for (qsizetype i = s.first(c); i >= 0; i = s.next(i))
                if (matchesAt(i, lower))
                    return true;
        return false;
    };
    // Two letter pairs of each opener, in any case, rule most blocks out without a search.
    const auto pairs = [&s](char16_t a, char16_t b, char16_t c, char16_t d) {
        const auto either = [&s](char16_t x, char16_t y) { // (x and y lowercase letters)
            return s.holdsPair(x, y) || s.holdsPair(x - 32, y) || s.holdsPair(x, y - 32) ||
                   s.holdsPair(x - 32, y - 32);
        };
        return either(a, b) && either(c, d);
    };
    const bool select = pairs(u'l', u'e', u'c', u't') && anywhere(u's', u"select ");
    const bool create = pairs(u'b', u'l', u'r', u'e') && anywhere(u'c', u"create table");
    const bool insert = pairs(u'r', u't', u's', u'e') && anywhere(u'i', u"insert into");
    bool from = false;
    for (qsizetype i = s.first(u' '); select && !from && i >= 0; i = s.next(i))
        from = matchesAt(i, u" from ");
    if ((select && from) || create || insert)
        s.add(L::Sql, 2.0f);
    s.per(L::Sql, u"-- ", 1.0f, 2.0f);
    s.per(L::Sql, u"count(*)", 1.5f, 3.0f);
    s.per(L::Sql, u"::int", 1.5f, 1.5f);
    s.per(L::Sql, u"->>'", 2.0f, 4.0f);
    s.per(L::Sql, u"@> '", 2.0f, 2.0f);
    s.per(L::Sql, u"$1", 0.8f, 1.6f);
    s.perEach(L::Sql, 0.6f, 1.2f, u" text", u" bigint", u" serial", u" jsonb", u" timestamptz",
              u" numeric", u" integer", u" varchar(");
}

bool isKeyToken(QStringView tok)
{
    if (tok.size() < 2 || !tok.endsWith(u':'))
        return false;
    const QStringView key = tok.chopped(1);
    if (key.startsWith(u'"'))
        return false;
    for (const QChar c : key)
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'/'))
            return false;
    return key[0].isLetter() || key[0] == u'_';
}

void scoreYaml(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    int keys = 0;
    int dashKeys = 0;
    int dashes = 0;
    for (const qsizetype i : s.tokensFor(LoopYaml)) {
        if (is(t[i], u"-")) {
            ++dashes;
            if (i + 1 < t.size() && isKeyToken(t[i + 1]))
                ++dashKeys;
        }
        if (!t[i].endsWith(u':')) // (every rule below needs a key)
            continue;
        if (isKeyToken(t[i]))
            ++keys;
        if (inList(t[i], u"apiVersion:", u"kind:", u"metadata:", u"spec:", u"services:", u"jobs:",
                   u"steps:", u"runs-on:", u"on:", u"containers:", u"image:", u"version:",
                   u"groups:", u"rules:", u"env:", u"with:", u"uses:", u"volumes:", u"ports:",
                   u"environment:", u"data:", u"matrix:"))
            s.add(L::Yaml, 1.0f);
    }
    s.add(L::Yaml, std::min(7.0f, 0.7f * float(keys)));
    s.add(L::Yaml, std::min(4.0f, 1.0f * float(dashKeys)));
    s.add(L::Yaml, std::min(1.5f, 0.3f * float(dashes)));
    s.per(L::Yaml, u"${{", 2.0f, 4.0f);
    if (!t.isEmpty() && is(t[0], u"---"))
        s.add(L::Yaml, 2.0f);
    s.per(L::Yaml, u": |", 1.0f, 2.0f);
    s.per(L::Yaml, u": >", 1.0f, 2.0f);
    s.per(L::Yaml, u" = ", -0.6f, -100.0f);
    s.per(L::Yaml, u";", -0.5f, -100.0f);
    s.per(L::Yaml, u"\":", -0.6f, -100.0f);
    s.per(L::Yaml, u"{{ ", 0.5f, 2.0f);
}

bool isSectionToken(QStringView tok)
{
    return tok.size() >= 3 && tok.startsWith(u'[') && tok.endsWith(u']') && !holds(tok, u'"') &&
           !holds(tok, u',') && !begins(tok, u"[[") && tok[1] != u']';
}

void scoreTomlIni(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    int sections = 0;
    int quotedValues = 0;
    int bareValues = 0;
    int packedPairs = 0; // Key=Value without spaces
    // (Every rule below needs a '[' or a '=' in the token.)
    for (const qsizetype i : s.tokensFor(LoopToml)) {
        const QStringView tok = t[i];
        if (isSectionToken(tok)) {
            ++sections;
            if (inList(tok, u"[Unit]", u"[Service]", u"[Install]", u"[Timer]", u"[Socket]",
                       u"[Mount]", u"[user]", u"[alias]", u"[core]", u"[pull]", u"[push]",
                       u"[init]", u"[pytest]", u"[DEFAULT]", u"[mysqld]", u"[*]", u"[Makefile]",
                       u"[sshd]"))
                s.add(L::Ini, 3.0f);
            if (begins(tok, u"[tool.") || begins(tok, u"[project") ||
                inList(tok, u"[package]", u"[dependencies]", u"[dev-dependencies]",
                       u"[build-system]", u"[workspace]", u"[server]", u"[database]",
                       u"[features]") ||
                begins(tok, u"[profile.") || begins(tok, u"[tool"))
                s.add(L::Toml, 3.0f);
        }
        if (begins(tok, u"[[") && ends(tok, u"]]") && tok.size() > 4)
            s.add(L::Toml, 3.0f);
        if (is(tok, u"=") && i > 0 && i + 1 < t.size() && isIdentifier(t[i - 1])) {
            const QStringView v = t[i + 1];
            if (v.startsWith(u'"') || v.startsWith(u'[') || v.startsWith(u'{') ||
                inList(v, u"true", u"false") || (v[0].isDigit() && !holds(v, u'.')))
                ++quotedValues;
            else
                ++bareValues;
        }
        const qsizetype eq = findIn(tok, u'=');
        if (eq > 0 && eq + 1 < tok.size() && tok[0].isLetter() && !begins(tok, u"--") &&
            isIdentifier(tok.first(eq)) && !holds(tok, u'(') && !holds(tok, u'$'))
            ++packedPairs;
    }
    s.add(L::Toml, std::min(4.0f, 1.0f * float(sections)));
    s.add(L::Ini, std::min(4.0f, 1.0f * float(sections)));
    s.add(L::Toml, std::min(6.0f, 1.3f * float(quotedValues)));
    s.add(L::Ini, std::min(6.0f, 1.3f * float(bareValues)));
    s.add(L::Ini, std::min(6.0f, 1.0f * float(packedPairs)));
    s.per(L::Toml, u"= {", 1.5f, 3.0f);
    s.per(L::Toml, u"= [", 1.0f, 2.0f);
}

// Configs of "directive value" lines with no "=" and no sections: sshd_config, redis.conf,
// logrotate's stanzas. Highlighted as INI files (comments, keys and values), as their own
// fences ("conf", "ini") ask.
void scoreDirectiveConfig(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    if (s.has(u"<<")) // a heredoc writes the config from a script: the script's language
        return;
    // (Pairs count only with a switch among them, logrotate's words only with one of its own:
    // most blocks have neither.)
    const bool switches = std::any_of(t.begin(), t.end(), isSwitchWord);
    if (!switches && !s.has(u"rotate") && !s.has(u"compress") && !s.has(u"missingok") &&
        !s.has(u"notifempty") && !s.has(u"copytruncate") && !s.has(u"sharedscripts") &&
        !s.has(u"endscript") && !s.has(u"dateext"))
        return;
    int pairs = 0;   // directivePair(): "protected-mode yes", "port 6379", "HostKey /etc/ssh/..."
    int toggles = 0; // ... those whose value is a switch
    int rotations = 0, periods = 0; // logrotate's own directives, and its common ones
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QStringView key = t[i];
        const int rotation = logrotateDirective(key);
        rotations += rotation == 2;
        periods += rotation == 1;
        if (i + 1 >= t.size() || (i > 0 && t[i - 1].endsWith(u'=')))
            continue;
        // (A command's name and its argument are no directive: "echo no", "sleep 5".)
        const int pair =
            shellCommands().contains(key)
                ? 0
                : directivePair(key, t[i + 1], i + 2 < t.size() ? t[i + 2] : QStringView());
        if (pair) {
            ++pairs;
            toggles += pair == 2;
            ++i; // (a value is no directive)
        }
    }
    if (pairs >= 3 && toggles >= 1)
        s.add(L::Ini, std::min(8.0f, 2.0f * float(pairs)));
    if (rotations >= 2 || (rotations >= 1 && periods >= 2))
        s.add(L::Ini,
              std::min(6.0f, 2.0f * float(rotations)) + std::min(2.0f, 0.5f * float(periods)));
}

void scoreJson(Scorer &s)
{
    using L = CodeLanguage;
    const QStringView code = s.code().trimmed();
    if (code.startsWith(u'{') || code.startsWith(u'['))
        s.add(L::Json, 2.0f);
    if (code.endsWith(u'}') || code.endsWith(u']'))
        s.add(L::Json, 1.0f);
    int keys = 0;
    for (const qsizetype i : s.tokensFor(LoopColonLast)) { // (a key ends with ':')
        QStringView k = s.tokens()[i];
        while (k.startsWith(u'{') || k.startsWith(u'['))
            k = k.sliced(1);
        if (k.size() > 3 && k.startsWith(u'"') && ends(k, u"\":"))
            ++keys;
    }
    if (keys == 0) {
        s.add(L::Json, -s.score(L::Json)); // braces alone are any brace language
        return;
    }
    s.add(L::Json, std::min(8.0f, 1.3f * float(keys)));
    s.per(L::Json, u"=", -1.5f, -100.0f);
    s.per(L::Json, u";", -1.5f, -100.0f);
    s.per(L::Json, u"'", -1.0f, -100.0f);
    s.per(L::Json, u"(", -1.0f, -100.0f);
}

void scoreDockerfile(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    int instructions = 0;
    int steps = 0; // the instructions other than FROM
    for (const qsizetype i : s.tokensFor(LoopCapitals)) {
        const QStringView tok = t[i];
        if (is(tok, u"FROM") && i + 1 < t.size() &&
            (holds(t[i + 1], u':') || holds(t[i + 1], u'/') || is(t[i + 1], u"scratch") ||
             (t[i + 1].size() > 0 && t[i + 1][0].isLower() && !holds(t[i + 1], u'_'))))
            instructions += 2;
        if (!tok.isEmpty() && tok[0] >= u'A' && tok[0] <= u'Z' && // all capitals
            inList(tok, u"RUN", u"COPY", u"WORKDIR", u"ENV", u"CMD", u"EXPOSE", u"USER",
                   u"ENTRYPOINT", u"ARG", u"HEALTHCHECK", u"LABEL", u"ADD", u"VOLUME")) {
            ++instructions;
            ++steps;
        }
    }
    s.add(L::Dockerfile, std::min(12.0f, 2.0f * float(instructions)));
    // A Dockerfile opens with its base image; no shell session opens with "FROM debian:12".
    // (With two other instructions: "FROM read_json('jobs/*.json') ..." is a query's tail.)
    if (t.size() > 2 && is(t[0], u"FROM") && (holds(t[1], u':') || holds(t[1], u'/')) && steps >= 2)
        s.add(L::Dockerfile, 4.0f);
    s.per(L::Dockerfile, u"syntax=docker/dockerfile", 5.0f, 5.0f);
    s.per(L::Dockerfile, u"--from=", 2.0f, 4.0f);
    s.per(L::Dockerfile, u"--mount=type=", 2.0f, 4.0f);
}

// What a shell's "export" names: a variable set there ("AWS_REGION=eu-west-1") or written in
// capitals ("PATH").
bool shellExport(QStringView name)
{
    qsizetype k = 0;
    while (k < name.size() && (name[k].isLetterOrNumber() || name[k] == u'_'))
        ++k;
    if (k == 0 || name[0].isDigit())
        return false;
    if (k < name.size())
        return name[k] == u'=';
    return std::none_of(name.begin(), name.end(), [](QChar c) { return c.isLower(); });
}

void scoreJavaScript(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    for (const qsizetype i : s.tokensFor(LoopJavaScript)) {
        const QStringView tok = t[i];
        const bool word = s.ruleWord(i); // (else no is(tok, ...) below holds)
        if (word && (is(tok, u"const") || is(tok, u"let") || is(tok, u"var")) && i + 1 < t.size() &&
            i + 2 < t.size() && is(t[i + 2], u"="))
            s.add(L::JavaScript, 1.2f);
        if ((word && is(tok, u"function")) || begins(tok, u"function("))
            s.add(L::JavaScript, 2.0f);
        if (word && is(tok, u"import") && (t.size() > i + 2) &&
            (is(t[i + 2], u"from") || t[i + 1].startsWith(u'{') || t[i + 1].startsWith(u'"')))
            s.add(L::JavaScript, 2.5f);
        // (Not the shell exporting a variable: "export AWS_REGION=eu-west-1", "export PATH".)
        if (word && is(tok, u"export") && i + 1 < t.size() && !shellExport(t[i + 1]))
            s.add(L::JavaScript, 2.0f);
        if (word && is(tok, u"new") && i + 1 < t.size() && t[i + 1].size() > 0 &&
            t[i + 1][0].isUpper())
            s.add(L::JavaScript, 0.8f);
        if (word && is(tok, u"async") && i + 1 < t.size() &&
            (is(t[i + 1], u"function") || t[i + 1].startsWith(u'(')))
            s.add(L::JavaScript, 1.5f);
        if ((word && (is(tok, u"null") || is(tok, u"null;"))) || begins(tok, u"undefined"))
            s.add(L::JavaScript, 0.8f);
    }
    s.per(L::JavaScript, u"=>", 1.0f, 3.0f);
    s.per(L::JavaScript, u"console.", 3.0f, 3.0f);
    s.per(L::JavaScript, u"require(", 3.0f, 3.0f);
    s.per(L::JavaScript, u"module.exports", 3.0f, 3.0f);
    s.per(L::JavaScript, u"document.", 2.5f, 5.0f);
    s.per(L::JavaScript, u"window.", 2.0f, 2.0f);
    s.per(L::JavaScript, u"localStorage", 2.0f, 2.0f);
    s.per(L::JavaScript, u"addEventListener", 2.5f, 2.5f);
    s.per(L::JavaScript, u"===", 2.0f, 4.0f);
    s.per(L::JavaScript, u"!==", 2.0f, 4.0f);
    s.per(L::JavaScript, u".then(", 1.5f, 3.0f);
    s.per(L::JavaScript, u"Promise", 1.5f, 3.0f);
    s.per(L::JavaScript, u"${", 0.6f, 1.8f);
    s.per(L::JavaScript, u"process.", 1.5f, 3.0f);
    s.per(L::JavaScript, u"res.", 0.6f, 1.8f);
    s.per(L::JavaScript, u"req.", 0.6f, 1.2f);
    s.per(L::JavaScript, u"app.use(", 1.5f, 1.5f);
    s.per(L::JavaScript, u"this.", 1.0f, 2.0f);
    s.per(L::JavaScript, u"});", 1.0f, 2.0f);
    s.per(L::JavaScript, u"customElements", 3.0f, 3.0f);
    s.per(L::JavaScript, u"JSON.", 2.0f, 2.0f);
    s.per(L::JavaScript, u"fetch(", 1.0f, 2.0f);
    s.per(L::JavaScript, u"setTimeout", 1.5f, 1.5f);
    s.per(L::JavaScript, u";", 0.2f, 2.0f);
}

// TypeScript-only evidence, on top of JavaScript's.
float typeScriptEvidence(const Scorer &s)
{
    float v = 0;
    const auto &t = s.tokens();
    // Two of the checks below search each token: not when the code holds no "):" or '<'.
    const bool returnTypes = s.has(u"):");
    const bool angles = s.has(u"<");
    for (const qsizetype i : s.tokensFor(LoopTypeScript)) {
        const bool word = s.ruleWord(i); // (else no is(tok, ...) below holds)
        const QStringView tok = t[i];
        const QStringView next = i + 1 < t.size() ? t[i + 1] : QStringView();
        if (tok.endsWith(u':') && tok.size() > 1 && !tok.startsWith(u'"') &&
            (begins(next, u"string") || begins(next, u"number") || begins(next, u"boolean") ||
             begins(next, u"unknown") || begins(next, u"any") || begins(next, u"void") ||
             begins(next, u"Promise<") || begins(next, u"Record<") || begins(next, u"T") ||
             begins(next, u"RetryOptions") || begins(next, u"RequestInit") ||
             begins(next, u"Response")))
            v += 2.0f;
        if (returnTypes && s.tokenHolds(i, HoldsColon) && holds(tok, u"):") &&
            (begins(next, u"Promise<") || begins(next, u"string") || begins(next, u"number") ||
             begins(next, u"boolean") || begins(next, u"T")))
            v += 2.0f;
        if (word && (is(tok, u"type") || is(tok, u"interface")) && i + 2 < t.size() &&
            (is(t[i + 2], u"=") || is(t[i + 2], u"{")) && next.size() > 0 && next[0].isUpper())
            v += 3.0f;
        if (word &&
            (is(tok, u"readonly") || is(tok, u"keyof") || is(tok, u"as") || is(tok, u"implements")))
            v += 1.0f;
        // A call with a type argument: getJson<User[]>(url), useState<Item>(null) (C++'s
        // std::make_unique<T>( and static_cast<T>( aside).
        const qsizetype angle = angles && s.tokenHolds(i, HoldsAngle) ? findIn(tok, u'<') : -1;
        if (angle > 0 && angle + 1 < tok.size() && tok[angle - 1].isLetterOrNumber() &&
            tok[angle + 1].isUpper() && findIn(tok, u">(", angle) > angle && !holds(tok, u"::") &&
            !holds(tok, u"_cast<"))
            v += 2.0f;
    }
    // (The same 1.5 added once per literal found, in turn: the same sum as one by one.)
    const int typed = s.holdsHowMany(u"<T>", u"<T,", u"<T extends", u"Partial<", u"Pick<", u"Omit<",
                                     u"Record<", u"?:", u"export type", u": string", u": number",
                                     u": boolean", u"as T", u"unknown", u"<string>", u"<number>");
    for (int k = 0; k < typed; ++k)
        v += 1.5f;
    return v;
}

void scoreHtmlCss(Scorer &s)
{
    using L = CodeLanguage;
    int tags = 0;
    int attributes = 0;
    const bool closers = s.has(u"</"); // no token holds "</" when the code does not
    const bool equals = s.holdsChar(u'=');
    // (A tag needs a '<', an attribute a '='.)
    for (const qsizetype i : s.tokensFor(LoopMarkup)) {
        const QStringView tok = s.tokens()[i];
        if (tok.size() > 1 && tok[0] == u'<' &&
            (tok[1].isLetter() || tok[1] == u'/' || tok[1] == u'!'))
            ++tags;
        else if (closers && holds(tok, u"</"))
            ++tags;
        if (!equals || !holds(tok, u'='))
            continue;
        for (const char16_t *a :
             {u"class=\"", u"href=\"", u"id=\"", u"src=\"", u"type=\"", u"rel=\"", u"name=\"",
              u"for=\"", u"aria-", u"content=\"", u"lang=\"", u"charset=\""})
            if (startsWithWord(tok, a))
                ++attributes;
    }
    s.add(L::Html, std::min(9.0f, 1.5f * float(tags)) + std::min(4.0f, 0.8f * float(attributes)));
    if (s.code().startsWith(u'<') && // ('<' has no other case; most blocks stop here)
        s.code().startsWith(u"<!doctype", Qt::CaseInsensitive))
        s.add(L::Html, 5.0f);
    // A block that opens with an element and ends with a closing tag is markup, whatever script
    // it holds ("<script> if (\"serviceWorker\" in navigator) { ... } </script>").
    if (closers && !s.tokens().isEmpty()) {
        const QStringView first = s.tokens()[0];
        const QStringView last = s.tokens()[s.tokens().size() - 1];
        if (first.size() > 1 && first[0] == u'<' && first[1].isLetter() && last.startsWith(u"</") &&
            last.endsWith(u'>'))
            s.add(L::Html, 8.0f);
    }

    int declarations = 0;
    int selectors = 0;
    const auto &t = s.tokens();
    static const char16_t *const properties[] = {
        u"color",     u"background", u"margin",     u"padding",     u"display", u"border",
        u"width",     u"height",     u"font",       u"grid",        u"gap",     u"flex",
        u"position",  u"top",        u"left",       u"right",       u"bottom",  u"content",
        u"outline",   u"filter",     u"box-shadow", u"min-",        u"max-",    u"place-",
        u"justify-",  u"align-",     u"text-",      u"line-height", u"opacity", u"transition",
        u"transform", u"z-index",    u"overflow",   u"cursor",      u"--"};
    // The properties by their first character: a token is compared with those alone.
    static const std::array<std::vector<const char16_t *>, 128> propertiesBy = [] {
        std::array<std::vector<const char16_t *>, 128> by;
        for (const char16_t *p : properties)
            by[p[0]].push_back(p);
        return by;
    }();
    // A declaration ends with a ':'.
    for (const qsizetype i : s.tokensFor(LoopColonLast)) {
        const QStringView tok = t[i];
        if (tok.endsWith(u':') && tok.size() > 2 && i + 1 < t.size() && tok[0].unicode() < 128) {
            for (const char16_t *p : propertiesBy[tok[0].unicode()])
                if (startsWithWord(tok, p)) {
                    ++declarations;
                    break;
                }
        }
    }
    // A selector stands before a "{".
    for (const qsizetype brace : s.tokensFor(LoopBraceFirst)) {
        if (brace == 0 || !is(t[brace], u"{"))
            continue;
        const QStringView selector = t[brace - 1];
        if ((selector.startsWith(u'.') || selector.startsWith(u'#') || selector.startsWith(u':') ||
             selector.startsWith(u'@') || holds(selector, u"[") || holds(selector, u"::") ||
             inList(selector, u"body", u"a", u"p", u"img", u"header", u"nav", u"main", u"aside",
                    u"footer", u"html", u"input", u"button", u"h1", u"h2", u"ul", u"li", u"span",
                    u"div", u"section", u"table", u"form")))
            ++selectors;
    }
    s.add(L::Css,
          std::min(9.0f, 1.2f * float(declarations)) + std::min(4.0f, 1.0f * float(selectors)));
    const int atRules =
        s.holdsHowMany(u"@media", u":root", u"var(--", u"@supports", u"@keyframes", u"!important",
                       u"::before", u"::after", u":hover", u":focus");
    for (int k = 0; k < atRules; ++k)
        s.add(L::Css, 2.0f);
    s.per(L::Css, u"px;", 0.5f, 2.0f);
    s.per(L::Css, u"rem;", 0.5f, 2.0f);
}

void scoreNginx(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    static const WordSet directives = {u"listen",
                                       u"server_name",
                                       u"proxy_pass",
                                       u"proxy_set_header",
                                       u"root",
                                       u"try_files",
                                       u"add_header",
                                       u"ssl_certificate",
                                       u"ssl_certificate_key",
                                       u"ssl_protocols",
                                       u"client_max_body_size",
                                       u"keepalive_timeout",
                                       u"gzip",
                                       u"access_log",
                                       u"error_log",
                                       u"expires",
                                       u"alias",
                                       u"limit_req",
                                       u"limit_req_zone",
                                       u"proxy_cache",
                                       u"proxy_cache_path",
                                       u"proxy_read_timeout",
                                       u"proxy_connect_timeout",
                                       u"proxy_http_version",
                                       u"worker_processes",
                                       u"include",
                                       u"least_conn",
                                       u"keepalive",
                                       u"proxy_cache_valid",
                                       u"proxy_cache_use_stale",
                                       u"client_body_timeout",
                                       u"limit_req_status",
                                       u"rewrite",
                                       u"return",
                                       u"server",
                                       u"ip_hash"};
    int hits = 0;
    int statements = 0;
    // The rules for a statement's first token, at i.
    const auto statement = [&](qsizetype i) {
        // `return` and `include` open statements in C and friends too; nginx returns a status.
        if ((is(t[i], u"return") || is(t[i], u"include")) &&
            !(i + 1 < t.size() && t[i + 1].size() == 3 && t[i + 1][0].isDigit()) &&
            !(is(t[i], u"include") && i + 1 < t.size() && t[i + 1].endsWith(u';')))
            return;
        if (directives.contains(t[i])) {
            ++hits;
            // "server 10.0.0.11:8000 max_fails=3;": a directive, its arguments and the
            // semicolon that ends it make a whole statement.
            for (qsizetype k = i + 1; k < std::min(t.size(), i + 7) && !is(t[k], u"{"); ++k)
                if (t[k].endsWith(u';')) {
                    statements += k > i + 1;
                    break;
                }
        }
        if ((is(t[i], u"server") || is(t[i], u"http") || is(t[i], u"events")) && i + 1 < t.size() &&
            is(t[i + 1], u"{"))
            s.add(L::Nginx, 2.0f);
        if ((is(t[i], u"location") || is(t[i], u"upstream")) && i + 2 < t.size())
            s.add(L::Nginx, 2.5f);
    };
    // A statement opens the code or follows the end of one: ";", "{" or "}".
    statement(0);
    for (const qsizetype end : s.tokensFor(LoopStatementEnd)) {
        const QStringView e = t[end];
        if (end + 1 < t.size() && (e.endsWith(u';') || is(e, u"{") || is(e, u"}")))
            statement(end + 1);
    }
    s.add(L::Nginx, std::min(12.0f, 1.6f * float(hits)));
    s.add(L::Nginx, std::min(2.0f, 1.0f * float(statements)));
    if (hits > 0)
        s.per(L::Nginx, u"; ", 0.4f, 2.0f);
    const int variables =
        s.holdsHowMany(u"$host", u"$remote_addr", u"$scheme", u"$request_uri",
                       u"$proxy_add_x_forwarded_for", u"$binary_remote_addr", u"$upstream_");
    for (int k = 0; k < variables; ++k)
        s.add(L::Nginx, 1.5f);
}

// Host:, ETag:, Vary: and the other dashless header names, in any case. An ASCII name is
// lowercased into a buffer on the stack (no QString per token); others go through
// QString::toLower, whose Unicode mappings can give ASCII letters (U+212A KELVIN SIGN -> k).
bool isPlainHeaderName(QStringView name)
{
    const auto plain = [](QStringView lower) {
        return inList(lower, u"host", u"etag", u"server", u"location", u"expires", u"vary", u"date",
                      u"allow", u"connection");
    };
    constexpr qsizetype Longest = 10; // "connection"
    char16_t lower[Longest];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c >= 128)
            return plain(name.toString().toLower());
        if (i < Longest)
            lower[i] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    }
    return name.size() <= Longest && plain(QStringView(lower, name.size()));
}

void scoreHttp(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    if (t.isEmpty())
        return;
    // A status line or a request line decides it.
    for (qsizetype i = 0; i + 1 < t.size() && i < 8; ++i) {
        if (begins(t[i], u"HTTP/") && t[i + 1].size() == 3 && t[i + 1][0].isDigit()) {
            s.add(L::Http, 12.0f);
            break;
        }
        if (i + 2 < t.size() &&
            inList(t[i], u"GET", u"POST", u"PUT", u"PATCH", u"DELETE", u"HEAD", u"OPTIONS") &&
            (t[i + 1].startsWith(u'/') || begins(t[i + 1], u"http")) &&
            begins(t[i + 2], u"HTTP/")) {
            s.add(L::Http, 12.0f);
            break;
        }
    }
    int headers = 0;
    for (const qsizetype i : s.tokensFor(LoopColonLast)) {
        const QStringView tok = t[i];
        if (tok.size() < 4 || !tok.endsWith(u':'))
            continue;
        const QStringView name = tok.chopped(1);
        bool ok = name[0].isLetter();
        int dashes = 0;
        for (const QChar c : name) {
            if (c == u'-')
                ++dashes;
            else if (!c.isLetterOrNumber())
                ok = false;
        }
        if (ok && (dashes > 0 || isPlainHeaderName(name)))
            ++headers;
    }
    s.add(L::Http, std::min(5.0f, 1.0f * float(headers)));
}

void scoreC(Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    const bool hasStd = s.has(u"std::"); // no token holds "(std::" when the code has no "std::"
    for (const qsizetype i : s.tokensFor(LoopC)) {
        const QStringView tok = t[i];
        const bool word = s.ruleWord(i); // (else no is(tok, ...) below holds)
        if (word && is(tok, u"#include") && i + 1 < t.size()) {
            const QStringView header = t[i + 1];
            if (ends(header, u".h>") || ends(header, u".h\""))
                s.add(L::C, 3.0f);
            else
                s.add(L::Cpp, 3.0f);
        }
        if (hasStd && (begins(tok, u"std::") || holds(tok, u"(std::") || holds(tok, u"<std::") ||
                       holds(tok, u"&std::")))
            s.add(L::Cpp, 1.5f);
        if ((word && (is(tok, u"template") || is(tok, u"nullptr") || is(tok, u"constexpr") ||
                      is(tok, u"namespace") || is(tok, u"public:") || is(tok, u"private:") ||
                      is(tok, u"virtual") || is(tok, u"override") || is(tok, u"noexcept") ||
                      is(tok, u"concept") || is(tok, u"requires") || is(tok, u"typename"))) ||
            begins(tok, u"template<"))
            s.add(L::Cpp, 2.0f);
        if (word && (is(tok, u"auto") || is(tok, u"auto&") || is(tok, u"auto&&")))
            s.add(L::Cpp, 0.8f);
        if ((word && (is(tok, u"typedef") || is(tok, u"NULL") || is(tok, u"NULL)") ||
                      is(tok, u"size_t") || is(tok, u"ssize_t") || is(tok, u"uint8_t") ||
                      is(tok, u"int") || is(tok, u"char") || is(tok, u"void"))) ||
            begins(tok, u"malloc(") || begins(tok, u"free(") || begins(tok, u"printf(") ||
            begins(tok, u"fprintf(") || begins(tok, u"perror(") || begins(tok, u"sizeof"))
            s.add(L::C, 0.8f);
        if (word && is(tok, u"struct") && i + 1 < t.size())
            s.add(L::C, 0.6f);
    }
    // Typed C declarations and parameters: (int fd, const char *buf, char *p.
    s.per(L::C, u"(int ", 1.0f, 2.0f);
    s.per(L::C, u"const char *", 1.5f, 3.0f);
    s.per(L::C, u"char *", 0.8f, 1.6f);
    s.per(L::C, u"errno", 1.0f, 2.0f);
    s.per(L::C, u"int main(", 2.0f, 2.0f);
    s.per(L::C, u"->", 0.5f, 2.0f);
    s.per(L::C, u"/*", 1.0f, 2.0f);
    s.per(L::C, u"#define", 2.0f, 2.0f);
    s.per(L::Cpp, u"unique_ptr", 2.0f, 4.0f);
    s.per(L::Cpp, u"shared_ptr", 2.0f, 4.0f);
    s.per(L::Cpp, u"make_unique", 2.0f, 2.0f);
    s.per(L::Cpp, u"cout", 2.0f, 2.0f);
    s.per(L::Cpp, u"::", 0.3f, 1.5f);
    s.per(L::Cpp, u"const std::", 1.0f, 2.0f);
    // C++ contains C: C evidence counts for C++ too, not the other way round.
    s.add(L::Cpp, 0.7f * s.score(L::C));
    if (s.score(L::Cpp) > 0 && (s.has(u"std::") || s.has(u"class ") || s.has(u"template")))
        s.add(L::C, -2.0f);
}

// Makefiles: variable references and the automatic variables, assignments a shell does not
// write (":=", "?="), the special targets. "$(CC)", "$(SRC_DIR)": a reference in capitals (a
// shell's "$(...)" runs a command, in lowercase).
void scoreMakefile(Scorer &s)
{
    using L = CodeLanguage;
    if (s.holdsPair(u'$', u'(')) {
        int references = 0;
        for (const QStringView tok : s.tokens())
            for (qsizetype at = tok.indexOf(u"$("); at >= 0 && at + 2 < tok.size();
                 at = tok.indexOf(u"$(", at + 2))
                if (tok[at + 2].isUpper())
                    ++references;
        // A recipe's line of shell with "$(IMAGE)" in it is the Makefile's, not a shell's.
        s.add(L::Makefile, std::min(7.5f, 1.5f * float(references)));
        s.add(L::Bash, -std::min(4.0f, 0.8f * float(references)));
        s.perEach(L::Makefile, 2.5f, 5.0f, u"$(wildcard ", u"$(patsubst ", u"$(addprefix ",
                  u"$(notdir ", u"$(filter ", u"$(foreach ");
        // Make's functions: no shell runs a command named "shell" or "origin".
        const float before = s.score(L::Makefile);
        s.perEach(L::Makefile, 2.0f, 6.0f, u"$(shell ", u"$(origin ", u"$(subst ", u"$(word ",
                  u"$(call ", u"$(error ", u"$(info ", u"$(addsuffix ", u"$(filter-out ",
                  u"$(sort ", u"$(strip ", u"$(dir ", u"$(basename ", u"$(abspath ");
        s.add(L::Bash, -std::min(3.0f, s.score(L::Makefile) - before));
    }
    // "$$p", "$${p}", "$$?" in a recipe: the shell's variable, its dollar doubled for make.
    // (A shell's "$$" is its process id, followed by no name.)
    if (s.has(u"$$")) {
        int doubled = 0;
        for (const QStringView tok : s.tokens())
            for (qsizetype at = tok.indexOf(u"$$"); at >= 0 && at + 2 < tok.size();
                 at = tok.indexOf(u"$$", at + 2)) {
                const QChar c = tok[at + 2];
                doubled += c.isLetter() || c == u'_' || c == u'{' || c == u'?' || c == u'(';
            }
        s.add(L::Makefile, std::min(4.5f, 1.5f * float(doubled)));
        s.add(L::Bash, -std::min(3.0f, 1.0f * float(doubled)));
    }
    s.perEach(L::Makefile, 1.5f, 4.5f, u"$@", u"$<", u"$^");
    s.per(L::Makefile, u" := ", 1.0f, 3.0f);
    s.per(L::Makefile, u" ?= ", 1.5f, 3.0f);
    s.per(L::Makefile, u".PHONY:", 4.0f, 4.0f);
    // Beside ".PHONY:" or a make assignment, "lint:", "test-unit:", "db-up:" are targets, each
    // over a recipe of shell: the shell's commands are the Makefile's.
    if (s.has(u".PHONY:") || s.has(u" ?= ") || s.has(u" := ")) {
        int targets = 0;
        for (const QStringView tok : s.tokens())
            targets += tok.size() >= 3 && tok.endsWith(u':') && tok[0].isLower() &&
                       std::all_of(tok.begin(), tok.end() - 1, [](QChar c) {
                           return c.isLower() || c.isDigit() || c == u'-' || c == u'_' ||
                                  c == u'.' || c == u'/';
                       });
        s.add(L::Makefile, std::min(4.0f, 1.0f * float(targets)));
        s.add(L::Bash, -std::min(3.0f, 0.75f * float(targets)));
    }
    s.per(L::Makefile, u"%.o", 1.5f, 3.0f);
    s.perEach(L::Makefile, 2.0f, 4.0f, u"ifeq (", u"ifneq (", u"ifdef ", u"-include ");
    // A shell prompt ("$ make -j4") says the make was run, not written.
    if (s.score(L::Makefile) > 0 && s.has(u"$ "))
        s.add(L::Makefile, -2.0f);
}

// Terraform (HCL): its block types, each with a quoted label and a brace, and its references.
void scoreTerraform(Scorer &s)
{
    using L = CodeLanguage;
    if (!s.holdsChar(u'{') && !s.holdsChar(u'.'))
        return;
    s.per(L::Terraform, u"resource \"", 3.0f, 9.0f);
    s.per(L::Terraform, u"variable \"", 2.5f, 7.5f);
    s.per(L::Terraform, u"module \"", 2.5f, 5.0f);
    s.per(L::Terraform, u"provider \"", 3.0f, 6.0f);
    s.per(L::Terraform, u"output \"", 2.0f, 4.0f);
    s.per(L::Terraform, u"data \"", 1.5f, 3.0f);
    s.perEach(L::Terraform, 3.0f, 6.0f, u"terraform {", u"locals {", u"required_providers");
    // A block opens the code: "resource "aws_instance" "web" {" (TOML has no braced blocks).
    const auto &t = s.tokens();
    if (t.size() >= 3 && s.holdsChar(u'{') &&
        (is(t[0], u"resource") || is(t[0], u"variable") || is(t[0], u"module") ||
         is(t[0], u"provider") || is(t[0], u"output") || is(t[0], u"data")) &&
        t[1].startsWith(u'"') && t[1].endsWith(u'"'))
        s.add(L::Terraform, 4.0f);
    // Nested blocks, "rules {", "sasl {", "plugin "aws" {": a lowercase name or a label, then
    // a brace. TOML opens braces only after "=" (its inline tables), so beside assignments
    // ("name = ...") they are HCL's. (nginx's "server {" holds no " = "; the brace languages'
    // "else {", "struct {", "loop {" are keywords, their types capitalised: "impl Cache {".)
    const auto blockName = [](QStringView w) {
        return !w.isEmpty() && w[0].isLower() &&
               std::all_of(w.begin(), w.end(),
                           [](QChar c) { return c.isLower() || c.isDigit() || c == u'_'; }) &&
               !inList(w, u"else", u"try", u"do", u"finally", u"struct", u"select", u"loop",
                       u"unsafe", u"async", u"interface", u"enum", u"object", u"union");
    };
    if (s.holdsChar(u'{') && s.holdsChar(u'=') && s.has(u" = ")) {
        int blocks = 0;
        for (qsizetype i = 1; i < t.size(); ++i)
            blocks += is(t[i], u"{") && !is(t[i - 1], u"=") &&
                      (blockName(t[i - 1]) || (t[i - 1].size() > 2 && t[i - 1].startsWith(u'"') &&
                                               t[i - 1].endsWith(u'"')));
        s.add(L::Terraform, std::min(4.0f, 1.5f * float(blocks)));
        s.add(L::Toml, -std::min(4.0f, 2.0f * float(blocks)));
    }
    s.perEach(L::Terraform, 2.5f, 5.0f, u"lifecycle {", u"prevent_destroy",
              u"create_before_destroy", u"ignore_changes", u"replace_triggered_by", u"removed {",
              u"moved {");
    s.per(L::Terraform, u"var.", 0.8f, 4.0f);
    s.per(L::Terraform, u"local.", 0.5f, 2.0f);
    s.perEach(L::Terraform, 1.5f, 3.0f, u"for_each = ", u"depends_on = ", u"each.value",
              u"each.key", u"count.index");
}

// Lua (Redis scripts, nginx/OpenResty, Neovim): its keywords and library calls.
void scoreLua(Scorer &s)
{
    using L = CodeLanguage;
    s.per(L::Lua, u"local ", 0.6f, 2.4f);
    s.per(L::Lua, u"local function ", 2.5f, 5.0f);
    s.perEach(L::Lua, 2.0f, 4.0f, u"redis.call(", u"tonumber(", u"tostring(", u"ipairs(", u"pairs(",
              u"elseif ", u"require(", u"vim.", u"ngx.");
    s.per(L::Lua, u" ~= ", 2.0f, 4.0f);
    s.per(L::Lua, u" .. ", 1.0f, 3.0f);
    s.per(L::Lua, u" end", 0.5f, 2.0f);
    s.perEach(L::Lua, 1.0f, 2.0f, u"KEYS[", u"ARGV[");
    // Shell functions say "local" too: beside "; then", " fi " or "$(", it is shell.
    if (s.score(L::Lua) > 0 && (s.has(u"; then") || s.has(u" fi ") || s.has(u"$(")))
        s.add(L::Lua, -2.0f);
}

} // namespace

CodeLanguage identifyLanguage(QStringView code, QStringView categoryHint)
{
    return identifyLanguage(code, categoryHint, nullptr);
}

namespace {

// Which languages a post's category favours (ruleScores()).
enum class CategoryPrior
{
    None,
    Go,
    Python,
    Rust,
    Sql,
    Script,   // JavaScript and TypeScript
    Frontend, // CSS, HTML and JavaScript
};

bool sameText(const QString &a, QStringView b)
{
    return a.size() == b.size() && std::equal(b.begin(), b.end(), a.constBegin());
}

CategoryPrior categoryPrior(QStringView categoryHint)
{
    // Found once per category: a post's blocks share one, and ask in turn.
    thread_local QString lastHint;
    thread_local CategoryPrior lastPrior = CategoryPrior::None;
    thread_local bool known = false;
    if (known && sameText(lastHint, categoryHint))
        return lastPrior;
    // Lowercased into a buffer this thread reuses; a name with non-ASCII characters goes
    // through QString::toLower.
    thread_local QString category;
    category.resize(categoryHint.size());
    for (qsizetype i = 0; i < categoryHint.size(); ++i) {
        const char16_t c = categoryHint[i].unicode();
        if (c >= 128) {
            category = categoryHint.toString().toLower();
            break;
        }
        category[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
    }
    using P = CategoryPrior;
    P prior = P::None;
    if (category == QLatin1String("go") || category == QLatin1String("golang"))
        prior = P::Go;
    else if (category == QLatin1String("python") || category == QLatin1String("django") ||
             category == QLatin1String("fastapi") || category == QLatin1String("flask"))
        prior = P::Python;
    else if (category == QLatin1String("rust"))
        prior = P::Rust;
    else if (category == QLatin1String("postgresql") || category == QLatin1String("sql") ||
             category == QLatin1String("databases"))
        prior = P::Sql;
    else if (category == QLatin1String("javascript") || category == QLatin1String("typescript") ||
             category == QLatin1String("node"))
        prior = P::Script;
    else if (category == QLatin1String("frontend") || category == QLatin1String("css"))
        prior = P::Frontend;
    lastHint = categoryHint.toString();
    lastPrior = prior;
    known = true;
    return prior;
}

// The language a block names for itself: a first comment that gives the file's path
// ("# /etc/sysctl.d/99-zram.conf", "// src/parser.worker.ts", "# build.Dockerfile"). Of 249
// such blocks in our documents, 246 are in the language the name says. A ".conf" is nginx's
// under an nginx folder, else an INI file; ".h" says C or C++, so nothing. PlainText: none.
// (Not the model's gate, 4.0, at which the name alone would decide: "# main.go calls
// config.Load ..." names a file in a comment over a shell command.)
constexpr float NamedFileLead = 3.0f; // over the best rule score

CodeLanguage namedLanguage(const Scorer &s)
{
    using L = CodeLanguage;
    const auto &t = s.tokens();
    if (t.size() < 2 || !(is(t[0], u"#") || is(t[0], u"//") || is(t[0], u"/*") || is(t[0], u"--") ||
                          is(t[0], u";")))
        return L::PlainText;
    QStringView path = t[1];
    while (!path.isEmpty() && (path.endsWith(u':') || path.endsWith(u',') || path.endsWith(u'/') ||
                               path.endsWith(u'*')))
        path.chop(1);
    const QStringView base = path.sliced(path.lastIndexOf(u'/') + 1);
    if (is(base, u"Dockerfile") || base.startsWith(u"Dockerfile.") || base.endsWith(u".Dockerfile"))
        return L::Dockerfile;
    if (is(base, u"Makefile") || is(base, u"makefile") || is(base, u"GNUmakefile"))
        return L::Makefile;
    const qsizetype dot = base.lastIndexOf(u'.');
    if (dot <= 0 || dot + 1 >= base.size())
        return L::PlainText;
    // A file's extension is mostly a fence's name ("ts", "py", "yml"); these are not.
    const QStringView ext = base.sliced(dot + 1);
    if (is(ext, u"h"))
        return L::PlainText;
    if (is(ext, u"conf"))
        return path.contains(u"/nginx/") || is(base, u"nginx.conf") ? L::Nginx : L::Ini;
    if (is(ext, u"mts") || is(ext, u"cts"))
        return L::TypeScript;
    if (is(ext, u"cjs"))
        return L::JavaScript;
    if (is(ext, u"service") || is(ext, u"timer") || is(ext, u"socket") || is(ext, u"mount") ||
        is(ext, u"path"))
        return L::Ini;
    return languageForFence(ext);
}

// The rules on code whose quoted phrases are masked already.
void ruleScores(QStringView code, QStringView categoryHint, float *scores)
{
    using L = CodeLanguage;
    Scorer s(code);
    if (s.tokens().isEmpty()) {
        std::fill(scores, scores + CodeLanguageCount, 0.0f);
        scores[int(L::PlainText)] = RulePlainScore;
        return;
    }
    scoreShell(s);
    scorePython(s);
    scoreGo(s);
    scoreRust(s);
    scoreSql(s);
    scoreYaml(s);
    scoreTomlIni(s);
    scoreDirectiveConfig(s);
    scoreJson(s);
    scoreDockerfile(s);
    scoreJavaScript(s);
    scoreHtmlCss(s);
    scoreNginx(s);
    scoreHttp(s);
    scoreC(s);
    scoreMakefile(s);
    scoreTerraform(s);
    scoreLua(s);
    const float ts = typeScriptEvidence(s);
    if (ts >= 2.0f)
        s.add(L::TypeScript, s.score(L::JavaScript) + ts);
    // A block that names its file says its language ("// parser.worker.ts" over code that
    // could be JavaScript), by more than most rules do.
    if (const L named = namedLanguage(s); named != L::PlainText) {
        float most = 0;
        for (int k = 0; k < CodeLanguageCount; ++k)
            most = std::max(most, s.score(L(k)));
        s.add(named, std::max(0.0f, most - s.score(named)) + NamedFileLead);
    }

    // The post's category is a prior: it only helps a language that has evidence already.
    const auto prior = [&](L l, float v) {
        if (s.score(l) > 0.5f)
            s.add(l, v);
    };
    switch (categoryPrior(categoryHint)) {
    case CategoryPrior::None:
        break;
    case CategoryPrior::Go:
        prior(L::Go, 1.5f);
        break;
    case CategoryPrior::Python:
        prior(L::Python, 1.5f);
        break;
    case CategoryPrior::Rust:
        prior(L::Rust, 1.5f);
        break;
    case CategoryPrior::Sql:
        prior(L::Sql, 1.5f);
        break;
    case CategoryPrior::Script:
        prior(L::JavaScript, 1.0f), prior(L::TypeScript, 1.0f);
        break;
    case CategoryPrior::Frontend:
        prior(L::Css, 0.8f), prior(L::Html, 0.8f), prior(L::JavaScript, 0.5f);
        break;
    }
    for (int i = 0; i < CodeLanguageCount; ++i)
        scores[i] = s.score(L(i));
    scores[int(L::PlainText)] = RulePlainScore;
}

} // namespace

void languageRuleScores(QStringView code, QStringView categoryHint, float *scores)
{
    const QString masked = CodeLangFeatures::withoutQuotedPhrases(code);
    ruleScores(masked.isNull() ? code : QStringView(masked), categoryHint, scores);
}

namespace CodeLangModel {

struct Feature
{
    const char16_t *name;
    int first; // into Weights
    int count;
};
struct Weight
{
    quint8 language;
    qint16 value;
};
struct Prior
{
    const char16_t *category;
    qint16 values[CodeLanguageCount];
};

} // namespace CodeLangModel

// The statistical model, trained by tools/train_codelang on tests/data/structure/train.
#include "ingest/codelangmodel.inc"

namespace {

// Feature hash -> index into CodeLangModel::Features: an open-addressing table, built once. A
// slot holds its hash and its index together, so a lookup reads one cache line, not two.
class ModelIndex
{
public:
    ModelIndex()
    {
        const qsizetype n = qsizetype(std::size(CodeLangModel::Features));
        qsizetype size = 16;
        while (size < 3 * n)
            size *= 2;
        m_mask = quint64(size - 1);
        m_slots.assign(size_t(size), Slot{});
        for (qsizetype i = 0; i < n; ++i) {
            const quint64 h = CodeLangFeatures::hashName(CodeLangModel::Features[i].name);
            quint64 slot = h & m_mask;
            while (m_slots[slot].value >= 0)
                slot = (slot + 1) & m_mask;
            static_assert(std::size(CodeLangModel::Weights) <= 0xFFFF); // (fits the slot)
            const CodeLangModel::Feature &f = CodeLangModel::Features[i];
            m_slots[slot] = {h, int(i), quint16(f.first), quint16(f.count)};
            m_filter.set(filterBit(h));
        }
    }
    struct Slot
    {
        quint64 key = 0;
        int value = -1;    // the feature's index, -1: empty
        quint16 first = 0; // its weights, as in CodeLangModel::Features (kept here so that a
        quint16 count = 0; // lookup reads one cache line, not two)
    };
    // The feature's slot, null when the model does not have it.
    const Slot *find(quint64 h) const
    {
        if (!m_filter[filterBit(h)]) // most of a block's features are not the model's
            return nullptr;
        for (quint64 slot = h & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot &s = m_slots[slot];
            if (s.value < 0)
                return nullptr;
            if (s.key == h)
                return &s;
        }
    }

private:
    // Other bits of the hash than the slot's: a small set the processor keeps near, which
    // answers most lookups of features the model does not have without reading the table.
    static size_t filterBit(quint64 h) { return size_t(h >> 40) & (FilterBits - 1); }
    static constexpr size_t FilterBits = 1 << 16;
    quint64 m_mask = 0;
    std::vector<Slot> m_slots;
    std::bitset<FilterBits> m_filter;
};

// With `minEvidence` > 0, false (and nothing identified) when the rules alone show the winner
// would have less evidence than that: the evidence is always the winner's rule score, so no
// language whose rules stay below it can bring more, whatever the model says.
bool identifyUncached(QStringView code, QStringView categoryHint, float *evidence,
                      CodeLanguage *language, float minEvidence = 0)
{
    using L = CodeLanguage;
    *evidence = 0;
    // The rules' evidence, plus the model's weights for the block's features, plus the
    // category's log-prior.
    const QString masked = CodeLangFeatures::withoutQuotedPhrases(code);
    if (!masked.isNull())
        code = masked;
    float rules[CodeLanguageCount];
    ruleScores(code, categoryHint, rules);
    if (minEvidence > 0) {
        float most = 0;
        for (int k = 0; k < CodeLanguageCount; ++k)
            if (k != int(L::PlainText))
                most = std::max(most, rules[k]);
        if (most < minEvidence)
            return false;
    }
    // A clear lead of the rules stands (the model changes none of these decisions on the
    // training documents), which saves the model's time on about half the blocks.
    int top = 0;
    for (int k = 1; k < CodeLanguageCount; ++k)
        if (rules[k] > rules[top])
            top = k;
    float second = -1e9f;
    for (int k = 0; k < CodeLanguageCount; ++k)
        if (k != top)
            second = std::max(second, rules[k]);
    if (CodeLangModel::RuleLeadGate > 0 && rules[top] - second >= CodeLangModel::RuleLeadGate) {
        if (top != int(L::PlainText))
            *evidence = std::max(0.0f, rules[top]);
        *language = L(top);
        return true;
    }
    float z[CodeLanguageCount];
    for (int k = 0; k < CodeLanguageCount; ++k)
        z[k] = float(CodeLangModel::Bias[k]) * CodeLangModel::Unit +
               CodeLangModel::RuleWeight * rules[k];
    // Each feature of the model counts once, however often the block has it: a feature is
    // seen in this block when its stamp is the block's (no list of them to clear afterwards).
    static const ModelIndex index;
    thread_local std::vector<quint32> seenIn(std::size(CodeLangModel::Features), 0);
    thread_local quint32 block = 0;
    if (++block == 0) { // (wrapped around: the old stamps could match again)
        std::fill(seenIn.begin(), seenIn.end(), 0);
        block = 1;
    }
    thread_local std::vector<quint64> hashes; // (reused: its capacity stays)
    CodeLangFeatures::hashOccurrences(code, &hashes);
    for (const quint64 hash : hashes) {
        const ModelIndex::Slot *const f = index.find(hash);
        if (!f || seenIn[size_t(f->value)] == block)
            continue;
        seenIn[size_t(f->value)] = block;
        for (int w = f->first; w < f->first + f->count; ++w)
            z[CodeLangModel::Weights[w].language] +=
                float(CodeLangModel::Weights[w].value) * CodeLangModel::Unit;
    }
    // The category's prior, found once per category (a post's blocks share one; the trainer
    // writes one prior per category).
    thread_local QString priorCategory;
    thread_local const CodeLangModel::Prior *prior = nullptr;
    if (!categoryHint.isEmpty() && categoryHint != QStringView(priorCategory)) {
        priorCategory = categoryHint.toString();
        prior = nullptr;
        for (const CodeLangModel::Prior &p : CodeLangModel::Priors)
            if (categoryHint.compare(QStringView(p.category), Qt::CaseInsensitive) == 0) {
                prior = &p;
                break;
            }
    }
    if (!categoryHint.isEmpty() && prior)
        for (int k = 0; k < CodeLanguageCount; ++k)
            z[k] += CodeLangModel::PriorWeight * float(prior->values[k]) * CodeLangModel::Unit;
    int best = 0;
    for (int k = 1; k < CodeLanguageCount; ++k)
        if (z[k] > z[best])
            best = k;
    // The evidence keeps the rules' scale, which the callers' thresholds were set on.
    if (best != int(L::PlainText))
        *evidence = std::max(0.0f, rules[best]);
    *language = L(best);
    return true;
}

// The last blocks identified on this thread. Structure recovery asks about the same text more
// than once: splitting a block identifies both halves, and the halves are then recovered (and
// identified) as blocks of their own. Compared by content, so an answer is only reused for
// the same text and category.
struct Identified
{
    QString code;
    QString category;
    CodeLanguage language = CodeLanguage::PlainText;
    float evidence = 0;
    bool used = false;
};
constexpr int RecentCount = 32;

} // namespace

CodeLanguage identifyEvident(QStringView code, QStringView categoryHint, float minEvidence,
                             float *evidence)
{
    thread_local std::array<Identified, RecentCount> recent;
    thread_local int next = 0;
    for (const Identified &r : recent)
        if (r.used && sameText(r.code, code) && sameText(r.category, categoryHint)) {
            if (evidence)
                *evidence = r.evidence;
            return r.language;
        }
    CodeLanguage language = CodeLanguage::PlainText;
    float found = 0;
    if (!identifyUncached(code, categoryHint, &found, &language, minEvidence)) {
        // (Not kept: the language itself is unknown.)
        if (evidence)
            *evidence = 0;
        return CodeLanguage::PlainText;
    }
    Identified &slot = recent[size_t(next)];
    next = (next + 1) % RecentCount;
    slot.language = language;
    slot.evidence = found;
    slot.code.resize(code.size()); // (the slot's buffer is reused)
    std::copy(code.begin(), code.end(), slot.code.begin());
    slot.category.resize(categoryHint.size());
    std::copy(categoryHint.begin(), categoryHint.end(), slot.category.begin());
    slot.used = true;
    if (evidence)
        *evidence = slot.evidence;
    return slot.language;
}

CodeLanguage identifyLanguage(QStringView code, QStringView categoryHint, float *evidence)
{
    return identifyEvident(code, categoryHint, 0, evidence);
}

} // namespace Lectern
