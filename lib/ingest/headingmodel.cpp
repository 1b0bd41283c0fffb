#include "ingest/headingmodel.h"

#include "ingest/structuretext.h"
#include "ingest/structurewords.h"

#include <QSet>
#include <algorithm>
#include <bit>

namespace Lectern {

namespace {

#include "ingest/headingmodel.inc"

const HeadingModel *installed = nullptr;

bool isVerb(QStringView lower)
{
    static const QSet<QStringView> verbs = {
        u"is",       u"are",      u"was",     u"were",    u"be",      u"been",     u"has",
        u"have",     u"had",      u"can",     u"will",    u"would",   u"should",   u"could",
        u"does",     u"did",      u"may",     u"might",   u"must",    u"gives",    u"makes",
        u"becomes",  u"means",    u"returns", u"runs",    u"uses",    u"lets",     u"prints",
        u"shows",    u"takes",    u"gets",    u"needs",   u"works",   u"starts",   u"stops",
        u"calls",    u"creates",  u"adds",    u"reads",   u"writes",  u"sends",    u"keeps",
        u"holds",    u"looks",    u"says",    u"tells",   u"wants",   u"sets",     u"puts",
        u"handles",  u"waits",    u"fails",   u"breaks",  u"allows",  u"provides", u"requires",
        u"supports", u"contains", u"depends", u"expects", u"happens", u"matters",  u"goes"};
    return lower.size() >= 2 && lower.size() <= 8 && verbs.contains(lower);
}

bool isPronoun(QStringView lower)
{
    return is(lower, u"i") || is(lower, u"you") || is(lower, u"we") || is(lower, u"they") ||
           is(lower, u"it") || is(lower, u"he") || is(lower, u"she");
}

bool isWh(QStringView text)
{
    return is(text, u"What") || is(text, u"How") || is(text, u"Why") || is(text, u"When") ||
           is(text, u"Where") || is(text, u"Which") || is(text, u"Who");
}

bool isStepWord(QStringView lower)
{
    return is(lower, u"step") || is(lower, u"part") || is(lower, u"phase") || is(lower, u"stage") ||
           is(lower, u"option") || is(lower, u"chapter") || is(lower, u"lesson") ||
           is(lower, u"day") || is(lower, u"level") || is(lower, u"round") ||
           is(lower, u"method") || is(lower, u"example");
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

quint64 bit(HeadingModel::Class c)
{
    return quint64(1) << int(c);
}

quint64 classesOf(const StructureToken &t, float quality)
{
    using M = HeadingModel;
    quint64 b = 0;
    const QStringView text = t.text;
    if (t.alpha && t.upper)
        b |= bit(M::Upper);
    if (t.allCaps)
        b |= bit(M::AllCaps);
    if (t.alpha && !t.upper)
        b |= bit(M::Lower);
    if (!text.isEmpty() && text[0].isDigit())
        b |= bit(M::Digit);
    if (isNumbering(text))
        b |= bit(M::Numbering);
    if (t.upper && t.alpha && isStepWord(t.lower))
        b |= bit(M::StepWord);
    const bool question = text.endsWith(u'?');
    if (question)
        b |= bit(M::EndsQuestion);
    if (t.endsColon)
        b |= bit(M::EndsColon);
    if (t.endsSentence && !question)
        b |= bit(M::EndsPeriod);
    if (t.endsComma)
        b |= bit(M::EndsComma);
    if (t.flags & StructureWords::Dangling)
        b |= bit(M::Dangling);
    if (t.function)
        b |= bit(M::Function);
    if (t.alpha && isVerb(t.lower))
        b |= bit(M::Verb);
    if (t.alpha && t.function && isPronoun(t.lower))
        b |= bit(M::Pronoun);
    if (t.starter)
        b |= bit(M::Starter);
    if (t.upper && (t.flags & StructureWords::HeadingWord))
        b |= bit(M::HeadingWord);
    if (t.code >= 1.0f)
        b |= bit(M::CodeHigh);
    else if (t.code >= 0.3f)
        b |= bit(M::CodeSome);
    else if (t.code < -0.5f)
        b |= bit(M::ProseStrong);
    if (t.identifierLike)
        b |= bit(M::Identifier);
    if (t.alpha && !t.upper && !t.function && (t.flags & StructureWords::Shell) && !t.english &&
        t.core.size() == text.size())
        b |= bit(M::Command);
    if (t.flags & StructureWords::Shell)
        b |= bit(M::Shell);
    if (t.english)
        b |= bit(M::English);
    if (text.isEmpty() || !text[0].isLetterOrNumber())
        b |= bit(M::Symbol);
    if (text.startsWith(u'(') || text.endsWith(u')'))
        b |= bit(M::Paren);
    if (isWh(text))
        b |= bit(M::Wh);
    if (t.marker)
        b |= bit(M::Marker);
    if ((t.origin & OriginNumericQuote) ||
        (!text.isEmpty() && (text[0] == u'"' || text[0] == QChar(0x201C) ||
                             text[0] == QChar(0x2018) || text[0] == u'\'')))
        b |= bit(M::Quote);
    if (t.core.size() >= 10)
        b |= bit(M::Long);
    if (t.alpha && !t.upper && !t.english && !t.function)
        b |= bit(M::Foreign);
    if (t.alpha && !t.upper &&
        (t.flags & (StructureWords::CodeKeyword | StructureWords::SharedKeyword)))
        b |= bit(M::Keyword);
    for (const QChar c : text)
        if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u'(' || c == u'=' ||
            c == u';' || c == u'<' || c == u'>') {
            b |= bit(M::Syntax);
            break;
        }
    if (t.endsColon && !t.upper && !text.isEmpty() && text[0].isLetter())
        b |= bit(M::KeyColon);
    if (quality >= 1.4f)
        b |= bit(M::QualityHigh);
    else if (quality >= 1.0f)
        b |= bit(M::QualityMid);
    return b;
}

} // namespace

HeadingModel::HeadingModel(const QStringList &vocabulary, std::vector<float> weights)
    : m_vocabulary(vocabulary)
    , m_weights(std::move(weights))
{
    m_index.reserve(vocabulary.size());
    for (int i = 0; i < vocabulary.size(); ++i)
        m_index.insert(vocabulary[i], i);
    if (!m_weights.empty())
        m_weights.resize(size_t(featureCount()), 0.0f);
}

const HeadingModel &HeadingModel::current()
{
    static const HeadingModel committed = [] {
        QStringList vocabulary;
        for (const char16_t *const *word = HeadingModelData::Vocabulary; *word; ++word)
            vocabulary << QString::fromUtf16(*word);
        std::vector<float> weights;
        for (int i = 0; i < HeadingModelData::WeightCount; ++i)
            weights.push_back(float(HeadingModelData::Weights[i]) * HeadingModelData::Unit);
        return HeadingModel(vocabulary, std::move(weights));
    }();
    return installed ? *installed : committed;
}

void HeadingModel::install(const HeadingModel *model)
{
    installed = model;
}

int HeadingModel::featureCount() const
{
    return 1 + int(RoleCount) * int(ClassCount) + LexicalRoles * int(m_vocabulary.size() + 1) +
           SpanFeatures;
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
        "Keyword",     "Syntax",        "KeyColon",    "CodeRun",     "InComment"};
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
    int offset = 0;
    int g = 0;
    const auto put = [&](int value, int buckets) {
        ids[g++] = spanFeature(offset + std::min(value, buckets - 1));
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
    const qsizetype n = tokens.size();
    const int rare = int(m_vocabulary.size());
    line->bits.assign(size_t(n), 0);
    line->word.assign(size_t(n), rare);
    for (qsizetype i = 0; i < n; ++i) {
        const StructureToken &t = tokens[i];
        line->bits[size_t(i)] = classesOf(t, quality[size_t(i)]);
        if (t.alpha && !m_index.isEmpty())
            line->word[size_t(i)] = m_index.value(t.lower, rare);
    }
    // As the decoder reads comments ("// block until all goroutines call Done"): up to 16
    // tokens after a marker, until a brace or a semicolon ends a statement.
    for (qsizetype i = 0, since = -1; i < n; ++i) {
        const QStringView text = tokens[i].text;
        if (tokens[i].marker)
            since = i;
        else if (text.endsWith(u'{') || text.endsWith(u'}') || text.endsWith(u';'))
            since = -1;
        if (since >= 0 && since < i && i - since <= 16)
            line->bits[size_t(i)] |= bit(InComment);
    }
    for (qsizetype i = 0; i < n; ++i) {
        float code = 0;
        for (qsizetype j = i; j < std::min(n, i + 3); ++j)
            code += std::max(0.0f, tokens[j].code);
        if (code >= 1.5f)
            line->bits[size_t(i)] |= bit(CodeRun);
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
    weigh(line);
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
        return;
    }
    const float *w = m_weights.data();
    const auto roleSum = [w](quint64 b, Role role) {
        float sum = 0;
        const float *row = w + 1 + int(role) * int(ClassCount);
        while (b) {
            sum += row[std::countr_zero(b)];
            b &= b - 1;
        }
        return sum;
    };
    line->first.resize(size_t(n));
    line->last.resize(size_t(n));
    line->only.resize(size_t(n));
    line->next.resize(size_t(n) + 1);
    line->previous.resize(size_t(n) + 1);
    line->previous[0] = roleSum(line->startBits, Previous);
    for (qsizetype i = 0; i < n; ++i) {
        const quint64 b = line->bits[size_t(i)];
        const int word = line->word[size_t(i)];
        line->first[size_t(i)] = roleSum(b, First) + w[wordFeature(0, word)];
        line->last[size_t(i)] = roleSum(b, Last) + w[wordFeature(1, word)];
        line->next[size_t(i)] = roleSum(b, Next) + w[wordFeature(2, word)];
        line->previous[size_t(i) + 1] = roleSum(b, Previous);
        line->only[size_t(i)] = roleSum(b, Only);
    }
    line->next[size_t(n)] = roleSum(bit(Boundary), Next);
}

float HeadingModel::score(const Line &line, qsizetype a, qsizetype k, const Span &span) const
{
    if (m_weights.empty())
        return 0;
    int ids[7];
    spanFeatures(span, ids);
    float s = m_weights[0] + line.first[size_t(a)] + line.last[size_t(k - 1)] +
              line.next[size_t(k)] + line.previous[size_t(a)];
    if (k == a + 1)
        s += line.only[size_t(a)];
    for (const int id : ids)
        s += m_weights[size_t(id)];
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
}

} // namespace Lectern
