#include "ingest/linebreakmodel.h"

#include <algorithm>
#include <iterator>

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

quint64 finish(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

// Short language keys, so that the names in the generated source stay readable.
const char16_t *languageKey(CodeLanguage l)
{
    static const char16_t *const keys[CodeLanguageCount] = {
        u"txt", u"sh", u"py",   u"go",  u"rs",  u"sql",   u"yaml", u"toml", u"json", u"docker",
        u"js",  u"ts", u"html", u"css", u"ini", u"nginx", u"http", u"c",    u"cpp"};
    return keys[int(l)];
}

// A token's class: number, flag, path, key, assignment, ALLCAPS, Capitalised, identifier,
// punctuation or other.
const char16_t *tokenClass(QStringView t)
{
    if (t.isEmpty())
        return u"e";
    const QChar c = t[0];
    if (c.isDigit()) {
        bool number = true;
        for (const QChar d : t)
            number = number && (d.isDigit() || d == u'.' || d == u',' || d == u':' || d == u'%');
        return number ? u"num" : u"dig";
    }
    if (c == u'-' && t.size() > 1 && (t[1].isLetter() || t[1] == u'-'))
        return u"flag";
    if (t.contains(u'/') && !t.startsWith(u"//"))
        return u"path";
    if (t.size() > 1 && t.back() == u':' && c.isLetter())
        return u"key";
    const qsizetype eq = t.indexOf(u'=');
    if (eq > 0 && c.isLetter() && !t.contains(u"=="))
        return u"asg";
    int letters = 0, upper = 0, alnum = 0;
    for (const QChar d : t) {
        letters += d.isLetter();
        upper += d.isUpper();
        alnum += d.isLetterOrNumber();
    }
    if (letters >= 2 && upper == letters)
        return u"CAPS";
    if (c.isUpper())
        return u"Cap";
    if (c.isLetter() || c == u'_')
        return u"id";
    if (alnum == 0)
        return u"pun";
    return u"oth";
}

// A character's class for the edges of tokens: letters and digits fold, punctuation stays.
char16_t charClass(QChar c)
{
    if (c.isLetter() || c == u'_')
        return c.isUpper() ? u'A' : u'a';
    if (c.isDigit())
        return u'0';
    static const QStringView kept = u"$#/<>[]{}()\"'@.-*=;:,|&!`\\+%?~";
    return kept.contains(c) ? c.unicode() : u'?';
}

class Emitter
{
public:
    Emitter(CodeLanguage language, std::vector<quint64> *hashes, QStringList *names)
        : m_language(languageKey(language))
        , m_hashes(hashes)
        , m_names(names)
    {}

    // "<tag>|<language>|<value>", and "<tag>|*|<value>" for the copy across languages.
    void feature(const char16_t *tag, QStringView a, QStringView b = {}, bool shared = false)
    {
        put(tag, m_language, a, b);
        if (shared)
            put(tag, u"*", a, b);
    }

private:
    void put(const char16_t *tag, const char16_t *language, QStringView a, QStringView b)
    {
        quint64 h = HashSeed;
        const auto feed = [&h](QStringView s) {
            for (const QChar c : s)
                h = (h ^ c.unicode()) * HashPrime;
        };
        const QStringView bar = u"|";
        feed(QStringView(tag));
        feed(bar);
        feed(QStringView(language));
        feed(bar);
        feed(a);
        feed(b);
        m_hashes->push_back(finish(h));
        if (m_names) {
            QString name;
            name.append(QStringView(tag)).append(bar).append(QStringView(language)).append(bar);
            *m_names << name.append(a).append(b);
        }
    }

    const char16_t *m_language;
    std::vector<quint64> *m_hashes;
    QStringList *m_names;
};

// Feature hash -> weight: an open-addressing table built once from the generated names.
class WeightTable
{
public:
    WeightTable()
    {
        const qsizetype n = qsizetype(std::size(LineBreakModelData::Features));
        qsizetype size = 16;
        while (size < 3 * n)
            size *= 2;
        m_mask = quint64(size - 1);
        m_keys.assign(size_t(size), 0);
        m_weights.assign(size_t(size), 0);
        for (const LineBreakModelData::Feature &f : LineBreakModelData::Features) {
            const quint64 h = LineBreakModel::hashName(QStringView(f.name));
            quint64 slot = h & m_mask;
            while (m_keys[slot] != 0)
                slot = (slot + 1) & m_mask;
            m_keys[slot] = h;
            m_weights[slot] = f.weight;
        }
    }
    int weight(quint64 h) const
    {
        for (quint64 slot = h & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == 0)
                return 0;
            if (m_keys[slot] == h)
                return m_weights[slot];
        }
    }

private:
    quint64 m_mask = 0;
    std::vector<quint64> m_keys;
    std::vector<qint16> m_weights;
};

} // namespace

quint64 LineBreakModel::hashName(QStringView name)
{
    quint64 h = HashSeed;
    for (const QChar c : name)
        h = (h ^ c.unicode()) * HashPrime;
    return finish(h);
}

void LineBreakModel::features(CodeLanguage language, const QList<BreakToken> &tokens,
                              const QList<bool> &rules, qsizetype i, std::vector<quint64> *hashes,
                              QStringList *names)
{
    Emitter e(language, hashes, names);
    const BreakToken &p = tokens[i];
    const BreakToken &n = tokens[i + 1];
    const bool rule = rules[i];
    const QStringView ruleValue = rule ? u"1" : u"0";
    const QStringView pClass(tokenClass(p.text));
    const QStringView nClass(tokenClass(n.text));
    const char16_t pEdge[2] = {u'_', charClass(p.text.back())};
    const char16_t nEdge[2] = {u'_', charClass(n.text.front())};
    // Shapes: the class and the character at the boundary ("id_;", "flag_-").
    char16_t pShape[8], nShape[8];
    qsizetype ps = 0, ns = 0;
    for (const QChar c : pClass)
        pShape[ps++] = c.unicode();
    pShape[ps++] = pEdge[1];
    for (const QChar c : nClass)
        nShape[ns++] = c.unicode();
    nShape[ns++] = nEdge[1];
    const QStringView pS(pShape, ps), nS(nShape, ns);
    const bool pKnown = p.text.size() <= MaxIdentity;
    const bool nKnown = n.text.size() <= MaxIdentity;

    e.feature(u"B", {});
    e.feature(u"R", ruleValue, {}, true);
    e.feature(u"RP", ruleValue, pS);
    e.feature(u"RN", ruleValue, nS);
    e.feature(u"PS", pS);
    e.feature(u"NS", nS);
    e.feature(u"PNS", pS, nS);
    if (pKnown) {
        e.feature(u"P", p.text, {}, true);
        e.feature(u"PN", p.text, nS);
    }
    if (nKnown) {
        e.feature(u"N", n.text, {}, true);
        e.feature(u"NP", n.text, pS);
    }
    // Where the next token stands: in a string, a comment, leaving one, inside which bracket.
    const char16_t state[4] = {n.inString ? u's' : u'-', n.inComment ? u'c' : u'-',
                               p.inComment && !n.inComment ? u'e' : u'-',
                               n.inner ? char16_t(n.inner) : u'0'};
    e.feature(u"S", QStringView(state, 4));
    const char16_t kinds[4] = {n.command ? u'c' : u'-', n.keyword ? u'k' : u'-',
                               p.command ? u'c' : u'-', p.keyword ? u'k' : u'-'};
    e.feature(u"K", QStringView(kinds, 4));
    // Tokens since the rules' last break, in buckets.
    qsizetype run = 1;
    while (run < 12 && i - run >= 0 && !rules[i - run])
        ++run;
    const QStringView bucket = run <= 1   ? u"1"
                               : run == 2 ? u"2"
                               : run == 3 ? u"3"
                               : run <= 5 ? u"5"
                               : run <= 8 ? u"8"
                                          : u"9+";
    e.feature(u"L", bucket, ruleValue);
    // Wider context: the first token of the rules' current line ("docker", "$") against the
    // next token's shape, and the shapes one token further out on each side.
    const QStringView head = tokens[i + 1 - run].text;
    if (head.size() <= MaxIdentity)
        e.feature(u"H", head, nS);
    const QStringView before = i > 0 ? QStringView(tokenClass(tokens[i - 1].text)) : u"^";
    const QStringView after =
        i + 2 < tokens.size() ? QStringView(tokenClass(tokens[i + 2].text)) : u"$";
    e.feature(u"W", before, after);
    e.feature(u"WN", nS, after);
}

void LineBreakModel::decide(CodeLanguage language, const QList<BreakToken> &tokens,
                            QList<bool> &breaks)
{
    static const WeightTable table;
    std::vector<quint64> hashes;
    hashes.reserve(24);
    const QList<bool> rules = breaks;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        hashes.clear();
        features(language, tokens, rules, i, &hashes);
        int score = LineBreakModelData::Bias;
        for (const quint64 h : hashes)
            score += table.weight(h);
        breaks[i] = score >= LineBreakModelData::Threshold;
    }
}

} // namespace Lectern
