#include "ingest/headingmodel.h"

#include "core/compiler.h"
#include "ingest/structuretext.h"
#include "ingest/structurewords.h"

#include <QSet>
#include <algorithm>
#include <atomic>
#include <bit>

namespace Lectern {

namespace {

#include "ingest/headingmodel.inc"

const HeadingModel *installed = nullptr;

bool isWh(QStringView text)
{
    if (text.isEmpty() || (text[0] != u'W' && text[0] != u'H'))
        return false;
    return is(text, u"What") || is(text, u"How") || is(text, u"Why") || is(text, u"When") ||
           is(text, u"Where") || is(text, u"Which") || is(text, u"Who");
}

bool isNumbering(QStringView text)
{
    if (text.size() < 2 || text.size() > 4)
        return false;
    const QChar end = text.back();
    if (end != u'.' && end != u')' && end != u':')
        return false;
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (!text[i].isDigit())
            return false;
    return true;
}

constexpr quint64 bit(HeadingModel::Class c)
{
    return quint64(1) << int(c);
}

// Token i's classes; past the line's last token, its end.
quint64 bitsAt(const HeadingModel::Line &line, qsizetype i)
{
    return i < qsizetype(line.bits.size()) ? line.bits[size_t(i)] : bit(HeadingModel::Boundary);
}

// A class's bit when `on`: the classes below are or'ed without a branch each (they depend on
// the token, so branches on them mispredict on every line).
quint64 flag(HeadingModel::Class c, bool on)
{
    return quint64(on) << int(c);
}

// { } [ ] ( = ; < >: the characters that make a token Syntax (TokenChar bits).
constexpr quint16 SyntaxChars = CharOpenBrace | CharCloseBrace | CharOpenBracket |
                                CharCloseBracket | CharOpenParen | CharEquals | CharSemicolon |
                                CharLess | CharGreater;

// A token's own classes (HeadingModel::ownClasses()) are those below 16, 19 .. 28 and 34 .. 37;
// packed, they are moved down to bits 0 .. 29.
using Model = HeadingModel;
static_assert(Model::HeadingWord == 15 && Model::CodeHigh == 16 && Model::ProseStrong == 18 &&
              Model::Identifier == 19 && Model::Long == 28 && Model::Boundary == 29 &&
              Model::QualityMid == 33 && Model::Foreign == 34 && Model::KeyColon == 37);
constexpr quint64 LowOwn = 0xFFFF;                  // classes 0 .. 15
constexpr quint64 MiddleOwn = quint64(0x3FF) << 19; // 19 .. 28
constexpr quint64 HighOwn = quint64(0xF) << 34;     // 34 .. 37

quint64 unpackOwn(quint32 packed)
{
    return (packed & LowOwn) | (quint64(packed) << 3 & MiddleOwn) |
           (quint64(packed) << 8 & HighOwn);
}

// The classes the look-ahead over a whole line reads (a sentence ahead): every token gets these.
quint64 lineClasses(const StructureToken &t)
{
    using M = HeadingModel;
    constexpr quint64 own =
        bit(M::Upper) | bit(M::AllCaps) | bit(M::EndsQuestion) | bit(M::EndsPeriod) | bit(M::Verb);
    return (unpackOwn(t.headingClasses) & own) | flag(M::CodeHigh, t.code >= 1.0f);
}

// All classes: only tokens some allowed heading span touches need them. The token's own come
// from tokenizeLine(); its code score (changed by its neighbours) and its sentence-start quality
// are the line's.
quint64 classesOf(const StructureToken &t, float quality)
{
    using M = HeadingModel;
    return unpackOwn(t.headingClasses) | flag(M::CodeHigh, t.code >= 1.0f) |
           flag(M::CodeSome, t.code >= 0.3f && t.code < 1.0f) |
           flag(M::ProseStrong, t.code < -0.5f) | flag(M::QualityHigh, quality >= 1.4f) |
           flag(M::QualityMid, quality >= 1.0f && quality < 1.4f);
}

// FNV-1a over the UTF-16 units: vocabulary words are short, and this needs no seed or call.
size_t wordHash(QStringView word)
{
    quint32 h = 2166136261u;
    for (const QChar c : word)
        h = (h ^ c.unicode()) * 16777619u;
    return h;
}

// The summed weights of a token's classes in one role.
float roleSum(const float *w, quint64 b, HeadingModel::Role role)
{
    float sum = 0;
    const float *row = w + 1 + int(role) * int(HeadingModel::ClassCount);
    while (b) {
        sum += row[std::countr_zero(b)];
        b &= b - 1;
    }
    return sum;
}

} // namespace

quint32 HeadingModel::ownClasses(const StructureToken &t)
{
    using M = HeadingModel;
    namespace W = StructureWords;
    const QStringView text = t.text;
    const bool empty = text.isEmpty();
    const QChar first = empty ? QChar() : text[0];
    const bool lowerWord = t.alpha && !t.upper;
    // (The model's verbs, pronouns and step words are in StructureWords' table: the token's
    // flags, looked up anyway, answer them without comparing the word against each list.)
    const quint32 f = t.flags;
    const bool question = text.endsWith(u'?');
    quint64 b = flag(M::Upper, t.alpha && t.upper) | flag(M::AllCaps, t.allCaps) |
                flag(M::EndsQuestion, question) | flag(M::EndsPeriod, t.endsSentence && !question) |
                flag(M::Verb, t.alpha && (f & W::ModelVerb));
    b |= flag(M::Lower, lowerWord) | flag(M::Digit, first.isDigit()) |
         flag(M::Numbering, isNumbering(text)) |
         flag(M::StepWord, t.upper && t.alpha && (f & W::StepWord)) |
         flag(M::EndsColon, t.endsColon) | flag(M::EndsComma, t.endsComma) |
         flag(M::Dangling, f & W::Dangling) | flag(M::Function, t.function) |
         flag(M::Pronoun, t.alpha && t.function && (f & W::ModelPronoun)) |
         flag(M::Starter, t.starter) | flag(M::HeadingWord, t.upper && (f & W::HeadingWord));
    b |= flag(M::Identifier, t.identifierLike) |
         flag(M::Command, lowerWord && !t.function && (f & W::Shell) && !t.english &&
                              t.core.size() == text.size()) |
         flag(M::Shell, f & W::Shell) | flag(M::English, t.english) |
         flag(M::Symbol, empty || !first.isLetterOrNumber()) |
         flag(M::Paren, first == u'(' || text.endsWith(u')')) | flag(M::Wh, isWh(text)) |
         flag(M::Marker, t.marker);
    b |= flag(M::Quote, (t.origin & OriginNumericQuote) || first == u'"' ||
                            first == QChar(0x201C) || first == QChar(0x2018) || first == u'\'') |
         flag(M::Long, t.core.size() >= 10) |
         flag(M::Foreign, lowerWord && !t.english && !t.function) |
         flag(M::Keyword, lowerWord && (f & (W::CodeKeyword | W::SharedKeyword))) |
         flag(M::KeyColon, t.endsColon && !t.upper && first.isLetter()) |
         flag(M::Syntax, t.chars & SyntaxChars);
    return quint32((b & LowOwn) | (b & MiddleOwn) >> 3 | (b & HighOwn) >> 8);
}

namespace {

// Is `vocabulary` the committed model's, word for word? (Compared with the literals, not with
// HeadingModel::committed(), which is built with the constructor that asks.)
bool isCommittedVocabulary(const QStringList &vocabulary)
{
    // (The list ends with a null; StructureToken::NoHeadingWord is no index.)
    constexpr size_t Size = std::size(HeadingModelData::Vocabulary) - 1;
    static_assert(Size < StructureToken::NoHeadingWord);
    if (size_t(vocabulary.size()) != Size)
        return false;
    for (size_t i = 0; i < Size; ++i)
        if (vocabulary[qsizetype(i)] != QStringView(HeadingModelData::Vocabulary[i]))
            return false;
    return true;
}

} // namespace

HeadingModel::HeadingModel(const QStringList &vocabulary, std::vector<float> weights)
    : m_vocabulary(vocabulary)
    , m_weights(std::move(weights))
    , m_committedVocabulary(isCommittedVocabulary(vocabulary))
{
    static std::atomic<quint64> models{0};
    m_id = ++models;
    size_t size = 16;
    while (size < 4 * size_t(vocabulary.size()))
        size *= 2;
    if (vocabulary.size() >= (1 << SlotIndexBits) - 1)
        qFatal("heading model: a vocabulary of %lld words is more than its table holds",
               qlonglong(vocabulary.size()));
    m_slots.assign(size, 0);
    m_wordStart.reserve(size_t(vocabulary.size()) + 1);
    for (const QString &word : vocabulary) {
        m_wordStart.push_back(quint32(m_pool.size()));
        // (constData(), not utf16(): that copies a word viewed with QString::fromRawData().)
        const char16_t *chars = reinterpret_cast<const char16_t *>(word.constData());
        m_pool.insert(m_pool.end(), chars, chars + word.size());
    }
    m_wordStart.push_back(quint32(m_pool.size()));
    constexpr quint32 indexMask = (quint32(1) << SlotIndexBits) - 1;
    for (int i = 0; i < vocabulary.size(); ++i) {
        const quint32 hash = quint32(wordHash(vocabulary[i]));
        size_t slot = hash & (size - 1);
        while (m_slots[slot] != 0 &&
               vocabulary[int(m_slots[slot] & indexMask) - 1] != vocabulary[i])
            slot = (slot + 1) & (size - 1);
        // (A repeated word: its last index, as QHash::insert.)
        m_slots[slot] = (hash & ~indexMask) | quint32(i + 1);
    }
    if (!m_weights.empty()) {
        m_weights.resize(size_t(featureCount()), 0.0f);
        m_lexical.resize(size_t(vocabulary.size()) + 1);
        for (int word = 0; word <= vocabulary.size(); ++word)
            for (int role = 0; role < LexicalRoles; ++role)
                m_lexical[size_t(word)][size_t(role)] = m_weights[size_t(wordFeature(role, word))];
    }
}

int HeadingModel::wordIndex(QStringView lower) const
{
    const quint32 hash = quint32(wordHash(lower));
    const int rare = int(m_vocabulary.size());
    if (m_slots.empty())
        return rare;
    const size_t mask = m_slots.size() - 1;
    constexpr quint32 indexMask = (quint32(1) << SlotIndexBits) - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_slots[slot];
        if (entry == 0)
            return rare;
        if ((entry ^ hash) & ~indexMask)
            continue; // another word's hash
        // (Compared in place: Qt's operator== is a call.)
        const int i = int(entry & indexMask) - 1;
        const char16_t *word = m_pool.data() + m_wordStart[size_t(i)];
        if (qsizetype(m_wordStart[size_t(i) + 1] - m_wordStart[size_t(i)]) == lower.size() &&
            std::equal(lower.begin(), lower.end(), word,
                       [](QChar c, char16_t u) { return c.unicode() == u; }))
            return i;
    }
}

const HeadingModel &HeadingModel::committed()
{
    static const HeadingModel model = [] {
        // The words are views of the literals, which live as long as the program: decoded
        // (QString::fromUtf16()) or copied one by one, they were most of this one-time setup.
        QStringList vocabulary;
        vocabulary.reserve(qsizetype(std::size(HeadingModelData::Vocabulary)));
        for (const char16_t *const *word = HeadingModelData::Vocabulary; *word; ++word) {
            const QStringView view(*word);
            vocabulary << QString::fromRawData(view.data(), view.size());
        }
        std::vector<float> weights(static_cast<size_t>(HeadingModelData::WeightCount));
        for (int i = 0; i < HeadingModelData::WeightCount; ++i)
            weights[size_t(i)] = float(HeadingModelData::Weights[i]) * HeadingModelData::Unit;
        HeadingModel model(vocabulary, std::move(weights));
        model.setClamp(HeadingModelData::ChosenClamp);
        return model;
    }();
    return model;
}

const HeadingModel &HeadingModel::current()
{
    return installed ? *installed : committed();
}

void HeadingModel::install(const HeadingModel *model)
{
    installed = model;
}

float HeadingModel::committedWeight()
{
    return HeadingModelData::ChosenWeight;
}

int HeadingModel::featureCount() const
{
    return 1 + int(RoleCount) * int(ClassCount) + LexicalRoles * int(m_vocabulary.size() + 1) +
           SpanFeatures + PairFeatures;
}

int HeadingModel::wordFeature(int lexicalRole, int word) const
{
    return 1 + int(RoleCount) * int(ClassCount) + lexicalRole * int(m_vocabulary.size() + 1) + word;
}

int HeadingModel::spanFeature(int offset) const
{
    return 1 + int(RoleCount) * int(ClassCount) + LexicalRoles * int(m_vocabulary.size() + 1) +
           offset;
}

QString HeadingModel::featureName(int feature) const
{
    static const char *const classes[ClassCount] = {
        "Upper",       "AllCaps",       "Lower",       "Digit",       "Numbering",
        "StepWord",    "EndsQuestion",  "EndsColon",   "EndsPeriod",  "EndsComma",
        "Dangling",    "Function",      "Verb",        "Pronoun",     "Starter",
        "HeadingWord", "CodeHigh",      "CodeSome",    "ProseStrong", "Identifier",
        "Command",     "Shell",         "English",     "Symbol",      "Paren",
        "Wh",          "Marker",        "Quote",       "Long",        "Boundary",
        "FirstLine",   "SentenceAhead", "QualityHigh", "QualityMid",  "Foreign",
        "Keyword",     "Syntax",        "KeyColon",    "CodeRun",     "InComment",
        "CodeSubject"};
    static const char *const roles[RoleCount] = {"first", "last", "next", "previous", "only"};
    if (feature == 0)
        return QStringLiteral("bias");
    int f = feature - 1;
    if (f < int(RoleCount) * int(ClassCount))
        return QStringLiteral("%1 %2").arg(QLatin1String(roles[f / int(ClassCount)]),
                                           QLatin1String(classes[f % int(ClassCount)]));
    f -= int(RoleCount) * int(ClassCount);
    const int words = int(m_vocabulary.size() + 1);
    if (f < LexicalRoles * words)
        return QStringLiteral("%1 word %2")
            .arg(QLatin1String(roles[f / words]), f % words < m_vocabulary.size()
                                                      ? m_vocabulary[f % words]
                                                      : QStringLiteral("(rare)"));
    f -= LexicalRoles * words;
    static const char *const spans[] = {"length", "title",    "verbs", "pronouns",
                                        "commas", "function", "code"};
    const int sizes[] = {LengthBuckets, TitleBuckets,    VerbBuckets, PronounBuckets,
                         CommaBuckets,  FunctionBuckets, CodeBuckets};
    for (int g = 0; g < 7; ++g) {
        if (f < sizes[g])
            return QStringLiteral("span %1 %2").arg(QLatin1String(spans[g])).arg(f);
        f -= sizes[g];
    }
    if (f < PairFeatures) {
        const int pair = f % (ClassCount * ClassCount);
        static const char *const edges[EdgeCount] = {"end", "start", "after"};
        return QStringLiteral("%1 %2 x %3")
            .arg(QLatin1String(edges[f / (ClassCount * ClassCount)]),
                 QLatin1String(classes[pair / ClassCount]),
                 QLatin1String(classes[pair % ClassCount]));
    }
    return {};
}

void HeadingModel::Span::add(const Line &line, qsizetype i)
{
    const quint64 b = line.bits[size_t(i)];
    ++length;
    if ((b & (bit(Upper) | bit(Lower))) && !(b & bit(Function))) {
        ++content;
        capitalised += bool(b & bit(Upper));
    }
    verbs += bool(b & bit(Verb));
    pronouns += bool(b & bit(Pronoun));
    commas += bool(b & bit(EndsComma));
    dangling += bool(b & bit(Dangling));
    codeWords += bool(b & bit(CodeHigh));
}

void HeadingModel::spanFeatures(const Span &s, int *ids) const
{
    int offset = spanFeature(0);
    int g = 0;
    const auto put = [&](int value, int buckets) {
        ids[g++] = offset + std::min(value, buckets - 1);
        offset += buckets;
    };
    put(s.length <= 6 ? s.length - 1 : (s.length <= 8 ? 6 : 7), LengthBuckets);
    put(s.content == 0 ? 0 : (s.capitalised == s.content ? 1 : (s.capitalised > 0 ? 2 : 3)),
        TitleBuckets);
    put(s.verbs, VerbBuckets);
    put(s.pronouns, PronounBuckets);
    put(s.commas, CommaBuckets);
    put(s.dangling == 0 ? 0
                        : (3 * s.dangling <= s.length ? 1 : (2 * s.dangling <= s.length ? 2 : 3)),
        FunctionBuckets);
    put(s.codeWords, CodeBuckets);
}

void HeadingModel::prepare(const StructureTokens &tokens, const std::vector<float> &quality,
                           bool firstLine, Line *line) const
{
    classify(tokens, quality, firstLine, line);
    line->word.assign(size_t(tokens.size()), int(m_vocabulary.size()));
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (tokens[i].alpha)
            line->word[size_t(i)] = wordIndex(tokens[i].lower);
    weigh(line);
}

// (Flattened: classify(), the word lookups and the per-span scoring are inlined here, where
// they run per token and per span of every line.)
LECTERN_FLATTEN void HeadingModel::addScores(const StructureTokens &tokens,
                                             const std::vector<float> &quality, bool firstLine,
                                             float weight, float impossible,
                                             std::vector<std::array<float, MaxLength + 1>> &shapes,
                                             const quint16 *lengths, bool capitaliseFirst) const
{
    if (m_weights.empty() || weight == 0.0f)
        return;
    const qsizetype n = tokens.size();
    // Which token plays which role in some allowed span: only those are looked up and summed.
    enum : quint8
    {
        NeedFirst = 1,
        NeedLast = 2,
        NeedNext = 4,
        NeedPrevious = 8, // token a - 1 of a start a (kept at a)
        NeedOnly = 16
    };
    // Scratch kept per thread: recovery calls this once per line, and fresh vectors per call
    // cost more than the scoring. Only entries some allowed span reads are written and read.
    // (Used through plain pointers: a store through a byte may alias anything, a vector's own
    // pointers too, which the compiler would then read again after every such store.)
    thread_local std::vector<quint8> needStorage, longestStorage, touchedStorage;
    thread_local std::vector<quint16> allowedStorage;
    thread_local Line line;
    needStorage.assign(size_t(n) + 1, 0);
    longestStorage.assign(size_t(n), 0);
    allowedStorage.resize(size_t(n));
    touchedStorage.resize(size_t(n));
    quint8 *const need = needStorage.data();
    quint8 *const longest = longestStorage.data();  // per start: its longest allowed span
    quint16 *const allowed = allowedStorage.data(); // per start a: bit len: [a, a + len) allowed
    quint8 *const touched = touchedStorage.data();  // inside an allowed span or next to one
    bool any = false;
    // The lengths as a mask first (a branch per length mispredicts on every line).
    for (qsizetype a = 0; a < n; ++a) {
        unsigned mask = 0;
        if (lengths) {
            mask = lengths[size_t(a)];
        } else {
            const std::array<float, MaxLength + 1> &row = shapes[size_t(a)];
            const qsizetype most = std::min(MaxLength, n - a);
            // (Every length, then the ones past the line's end cleared: a loop of fixed length.)
            for (qsizetype len = 1; len <= MaxLength; ++len)
                mask |= unsigned(row[size_t(len)] > impossible) << len;
            mask &= (2u << most) - 1;
        }
        allowed[size_t(a)] = quint16(mask);
        if (!mask)
            continue;
        any = true;
        need[size_t(a)] |= NeedFirst | NeedPrevious | ((mask & 2) ? NeedOnly : 0);
        longest[size_t(a)] = quint8(std::bit_width(mask) - 1);
        for (unsigned m = mask; m; m &= m - 1) {
            const qsizetype len = std::countr_zero(m);
            need[size_t(a + len - 1)] |= NeedLast;
            need[size_t(a + len)] |= NeedNext;
        }
    }
    if (!any)
        return;
    // Token i is touched when a start a <= i reaches it or the token before it (a span's next
    // token and the one after it make its after-edge), or the next token starts a span: one
    // pass with the farthest reach so far, not a fill per start.
    for (qsizetype i = 0, reach = -1; i < n; ++i) {
        if (longest[size_t(i)])
            reach = std::max(reach, i + qsizetype(longest[size_t(i)]));
        touched[size_t(i)] = i <= reach + 1 || (i + 1 < n && longest[size_t(i) + 1]);
    }
    classify(tokens, quality, firstLine, &line, touched);
    line.first.resize(size_t(n));
    line.last.resize(size_t(n));
    line.only.resize(size_t(n));
    line.next.resize(size_t(n) + 1);
    line.previous.resize(size_t(n) + 1);
    line.endEdge.resize(size_t(n) + 1);
    line.startEdge.resize(size_t(n));
    line.afterEdge.resize(size_t(n) + 1);
    const int rare = int(m_vocabulary.size());
    const float *w = m_weights.data();
    for (qsizetype i = 0; i <= n; ++i) {
        const quint8 roles = need[size_t(i)];
        if (!roles)
            continue;
        const quint64 before = i > 0 ? line.bits[size_t(i) - 1] : line.startBits;
        if (roles & NeedPrevious)
            line.previous[size_t(i)] = roleSum(w, before, Previous);
        if (roles & NeedNext) { // (i > 0: a span ends before it)
            line.endEdge[size_t(i)] = edgeSum(EndEdge, before, bitsAt(line, i));
            line.afterEdge[size_t(i)] = afterSum(line, i);
        }
        if (i == n) {
            if (roles & NeedNext)
                line.next[size_t(n)] = roleSum(w, bit(Boundary), Next);
            continue;
        }
        const quint64 b = line.bits[size_t(i)];
        if (roles & NeedFirst) // (the word as a span's first, as below)
            line.startEdge[size_t(i)] =
                edgeSum(StartEdge, before,
                        capitaliseFirst && (b & bit(Lower)) ? (b & ~bit(Lower)) | bit(Upper) : b);
        int word = rare;
        if (tokens[i].alpha && (roles & (NeedFirst | NeedLast | NeedNext)))
            word = m_committedVocabulary && tokens[i].headingWord != StructureToken::NoHeadingWord
                       ? int(tokens[i].headingWord)
                       : wordIndex(tokens[i].lower);
        const std::array<float, LexicalRoles> &lexical = m_lexical[size_t(word)];
        const RoleSums &sums = roleSums(b);
        // (The word as a span's first: capitalised in a post of lowercase headings.)
        const bool capitalise = capitaliseFirst && (b & bit(Lower));
        const RoleSums &opening = capitalise ? roleSums((b & ~bit(Lower)) | bit(Upper)) : sums;
        if (roles & NeedFirst)
            line.first[size_t(i)] = opening.first + lexical[0];
        if (roles & NeedLast)
            line.last[size_t(i)] = sums.last + lexical[1];
        if (roles & NeedNext)
            line.next[size_t(i)] = sums.next + lexical[2];
        if (roles & NeedOnly)
            line.only[size_t(i)] = opening.only;
    }
    for (qsizetype a = 0; a < n; ++a) {
        if (!(need[size_t(a)] & NeedFirst))
            continue;
        Span span;
        const unsigned mask = allowed[size_t(a)];
        for (qsizetype len = 1; len <= longest[size_t(a)]; ++len) {
            span.add(line, a + len - 1);
            if (len == 1 && capitaliseFirst && (line.bits[size_t(a)] & bit(Lower)) &&
                !(line.bits[size_t(a)] & bit(Function)))
                ++span.capitalised;
            if ((mask >> len) & 1)
                shapes[size_t(a)][size_t(len)] +=
                    weight * std::clamp(score(line, a, a + len, span) + Offset, -m_clamp, Ceiling);
        }
    }
}

const HeadingModel::RoleSums &HeadingModel::roleSums(quint64 bits) const
{
    // Lines repeat a few thousand class combinations: their sums are kept per thread (for the
    // model that made them), each summed once in the same order roleSum() adds them.
    struct Slot
    {
        quint64 bits = ~quint64(0); // no token has every class: an empty slot
        RoleSums sums;
    };
    constexpr size_t TableSize = 4096;
    thread_local quint64 model = 0;
    thread_local std::vector<Slot> table;
    thread_local size_t used = 0;
    thread_local RoleSums spare;
    if (model != m_id || table.empty()) {
        model = m_id;
        table.assign(TableSize, Slot());
        used = 0;
    }
    size_t slot = size_t((bits * 0x9E3779B97F4A7C15ull) >> 52) & (TableSize - 1);
    while (table[slot].bits != bits && table[slot].bits != ~quint64(0))
        slot = (slot + 1) & (TableSize - 1);
    if (table[slot].bits == bits)
        return table[slot].sums;
    const float *row = m_weights.data() + 1;
    RoleSums &sums = used < TableSize / 2 ? table[slot].sums : spare; // (full: no more kept)
    sums = RoleSums();
    for (quint64 rest = bits; rest; rest &= rest - 1) {
        const int c = std::countr_zero(rest);
        sums.first += row[int(First) * int(ClassCount) + c];
        sums.last += row[int(Last) * int(ClassCount) + c];
        sums.next += row[int(Next) * int(ClassCount) + c];
        sums.only += row[int(Only) * int(ClassCount) + c];
    }
    if (&sums != &spare) {
        table[slot].bits = bits;
        ++used;
    }
    return sums;
}

void HeadingModel::classify(const StructureTokens &tokens, const std::vector<float> &quality,
                            bool firstLine, Line *line, const quint8 *touched) const
{
    const qsizetype n = tokens.size();
    line->bits.resize(size_t(n));
    // (The three terms written out, the line's end adding 0: the same sum, in the same order, as
    // a loop over them, without the loop's bound and branches per token.)
    const auto positive = [&tokens, n](qsizetype j) {
        return j < n ? std::max(0.0f, tokens[j].code) : 0.0f;
    };
    // A paragraph may open with a tool's, a file's or a flag's name as its subject ("Permissions
    // py-spy reads another process's memory"): the name, then a verb (the next token's own
    // Verb class, found by the tokenizer).
    constexpr quint64 codeName =
        bit(Identifier) | bit(Command) | bit(Foreign) | bit(CodeSome) | bit(CodeHigh);
    // One pass for the classes that depend on the token and those after it. (The code scores
    // of the token and the next two are carried along: each read once.)
    float here = positive(0), ahead = positive(1);
    for (qsizetype i = 0, since = -1; i < n; ++i) {
        const StructureToken &t = tokens[i];
        const float further = positive(i + 2);
        // (Only the tokens of spans and next to them are weighed: the others get the classes
        // the look-ahead below reads.)
        const bool weighed = !touched || touched[size_t(i)];
        quint64 b = weighed ? classesOf(t, quality[size_t(i)]) : lineClasses(t);
        // As the decoder reads comments ("// block until all goroutines call Done"): up to 16
        // tokens after a marker, until a brace or a semicolon ends a statement. (Only a token
        // that holds one of them can end with one.)
        const QStringView text = t.text;
        if (t.marker)
            since = i;
        else if ((t.chars & (CharOpenBrace | CharCloseBrace | CharSemicolon)) &&
                 (text.endsWith(u'{') || text.endsWith(u'}') || text.endsWith(u';')))
            since = -1;
        if (since >= 0 && since < i && i - since <= 16)
            b |= bit(InComment);
        if (weighed && here + ahead + further >= 1.5f)
            b |= bit(CodeRun);
        here = ahead;
        ahead = further;
        if (i + 1 < n && (b & codeName) && !(b & bit(Function)) && !tokens[i + 1].upper &&
            (unpackOwn(tokens[i + 1].headingClasses) & bit(Verb)))
            b |= bit(CodeSubject);
        line->bits[size_t(i)] = b;
    }
    // A capitalised sentence ahead: a verb, then a sentence's end within 25 tokens, no code
    // between (one backward pass).
    qsizetype nextEnd = n, nextCode = n, nextVerb = n;
    for (qsizetype i = n - 1; i >= 0; --i) {
        const quint64 b = line->bits[size_t(i)];
        if (b & bit(CodeHigh))
            nextCode = i;
        if (b & bit(Verb))
            nextVerb = i;
        if (b & (bit(EndsPeriod) | bit(EndsQuestion)))
            nextEnd = i;
        if ((b & bit(Upper)) && !(b & bit(AllCaps)) && nextEnd < n && nextEnd - i < 25 &&
            nextVerb <= nextEnd && nextCode > nextEnd && i + 1 < n)
            line->bits[size_t(i)] |= bit(SentenceAhead);
    }
    line->startBits = bit(Boundary) | (firstLine ? bit(FirstLine) : 0);
}

void HeadingModel::weigh(Line *line) const
{
    const qsizetype n = qsizetype(line->bits.size());
    if (m_weights.empty()) {
        line->first.assign(size_t(n), 0.0f);
        line->last.assign(size_t(n), 0.0f);
        line->only.assign(size_t(n), 0.0f);
        line->next.assign(size_t(n) + 1, 0.0f);
        line->previous.assign(size_t(n) + 1, 0.0f);
        line->endEdge.assign(size_t(n) + 1, 0.0f);
        line->startEdge.assign(size_t(n), 0.0f);
        line->afterEdge.assign(size_t(n) + 1, 0.0f);
        return;
    }
    const float *w = m_weights.data();
    line->first.resize(size_t(n));
    line->last.resize(size_t(n));
    line->only.resize(size_t(n));
    line->next.resize(size_t(n) + 1);
    line->previous.resize(size_t(n) + 1);
    line->previous[0] = roleSum(w, line->startBits, Previous);
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 b = line->bits[size_t(i)];
        const int word = line->word[size_t(i)];
        line->first[size_t(i)] = roleSum(w, b, First) + w[wordFeature(0, word)];
        line->last[size_t(i)] = roleSum(w, b, Last) + w[wordFeature(1, word)];
        line->next[size_t(i)] = roleSum(w, b, Next) + w[wordFeature(2, word)];
        line->previous[size_t(i) + 1] = roleSum(w, b, Previous);
        line->only[size_t(i)] = roleSum(w, b, Only);
    }
    line->next[size_t(n)] = roleSum(w, bit(Boundary), Next);
    line->endEdge.resize(size_t(n) + 1);
    line->startEdge.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 before = i > 0 ? line->bits[size_t(i) - 1] : line->startBits;
        line->startEdge[size_t(i)] = edgeSum(StartEdge, before, line->bits[size_t(i)]);
        if (i > 0)
            line->endEdge[size_t(i)] = edgeSum(EndEdge, before, line->bits[size_t(i)]);
    }
    if (n > 0)
        line->endEdge[size_t(n)] = edgeSum(EndEdge, line->bits[size_t(n) - 1], bit(Boundary));
    line->afterEdge.resize(size_t(n) + 1);
    for (qsizetype i = 0; i <= n; ++i)
        line->afterEdge[size_t(i)] = afterSum(*line, i);
}

float HeadingModel::afterSum(const Line &line, qsizetype k) const
{
    const qsizetype n = qsizetype(line.bits.size());
    if (k >= n)
        return 0.0f; // the span ends the line: nothing after it
    return edgeSum(AfterEdge, line.bits[size_t(k)], bitsAt(line, k + 1));
}

float HeadingModel::edgeSum(Edge edge, quint64 before, quint64 after) const
{
    const float *w = m_weights.data() + pairFeature(edge, 0, 0);
    float sum = 0;
    for (quint64 b = before; b; b &= b - 1) {
        const float *row = w + std::countr_zero(b) * int(ClassCount);
        for (quint64 a = after; a; a &= a - 1)
            sum += row[std::countr_zero(a)];
    }
    return sum;
}

float HeadingModel::score(const Line &line, qsizetype a, qsizetype k, const Span &span) const
{
    if (m_weights.empty())
        return 0;
    int ids[7];
    spanFeatures(span, ids);
    const float *w = m_weights.data();
    float s = w[0] + line.first[size_t(a)] + line.last[size_t(k - 1)] + line.next[size_t(k)] +
              line.previous[size_t(a)] + w[ids[0]] + w[ids[1]] + w[ids[2]] + w[ids[3]] + w[ids[4]] +
              w[ids[5]] + w[ids[6]] + line.endEdge[size_t(k)] + line.startEdge[size_t(a)] +
              line.afterEdge[size_t(k)];
    if (k == a + 1)
        s += line.only[size_t(a)];
    return s;
}

void HeadingModel::features(const Line &line, qsizetype a, qsizetype k, const Span &span,
                            std::vector<int> *out) const
{
    out->clear();
    out->push_back(0);
    const auto addBits = [out](quint64 b, Role role) {
        while (b) {
            out->push_back(classFeature(role, Class(std::countr_zero(b))));
            b &= b - 1;
        }
    };
    const qsizetype n = qsizetype(line.bits.size());
    addBits(line.bits[size_t(a)], First);
    out->push_back(wordFeature(0, line.word[size_t(a)]));
    addBits(line.bits[size_t(k - 1)], Last);
    out->push_back(wordFeature(1, line.word[size_t(k - 1)]));
    if (k < n) {
        addBits(line.bits[size_t(k)], Next);
        out->push_back(wordFeature(2, line.word[size_t(k)]));
    } else {
        addBits(bit(Boundary), Next);
    }
    addBits(a > 0 ? line.bits[size_t(a) - 1] : line.startBits, Previous);
    if (k == a + 1)
        addBits(line.bits[size_t(a)], Only);
    int ids[7];
    spanFeatures(span, ids);
    out->insert(out->end(), ids, ids + 7);
    const auto addPairs = [this, out](Edge edge, quint64 before, quint64 after) {
        for (quint64 b = before; b; b &= b - 1)
            for (quint64 c = after; c; c &= c - 1)
                out->push_back(pairFeature(edge, std::countr_zero(b), std::countr_zero(c)));
    };
    addPairs(EndEdge, line.bits[size_t(k - 1)], bitsAt(line, k));
    addPairs(StartEdge, a > 0 ? line.bits[size_t(a) - 1] : line.startBits, line.bits[size_t(a)]);
    if (k < n)
        addPairs(AfterEdge, line.bits[size_t(k)], bitsAt(line, k + 1));
}

} // namespace Lectern
