#pragma once

#include "ingest/structuretokens.h"

#include <QString>
#include <QStringList>
#include <array>
#include <vector>

namespace Lectern {

// A learned heading-span scorer: L2-regularised logistic regression over sparse features of a
// candidate heading [a, k) of a line's tokens. Its log-odds is one more term of the heading
// score in structure.cpp (headingShapes(), scaled by HeadingWeights::HeadingModel); the hand
// rules keep their hard constraints. tools/train_headings fits it on train/extra, train/extra2,
// more/, style-train/ and heading-train/ (headingmodel.inc); the heading weights are fitted
// afterwards on train/, weights/ and weights/round1.
//
// Features, all cheap: every token gets a bit set of classes (capitalised, ends with ':', verb,
// code-like, ...) and a vocabulary index once per line, and the sums of their weights in each
// role (first, last, next, previous token, the only token of a one-word span) are precomputed,
// as are the class pairs across each gap between two tokens (a span's end and its start), so a
// span's score is a few additions plus a handful of span buckets (length, title case, verbs,
// pronouns, commas, function words, code words). The pairs came with training on 596 documents
// instead of 116: heading F1 on 120 unseen posts 0.840 -> 0.854. Training on 836 instead of
// 596 (more/round3's first 240 posts), the rule weights unchanged, gave another 2.2 points on
// 240 unseen posts; 480 more posts gave no more than 330 did. The after-edge pairs (the classes
// of the two tokens after a span's end, version 56) raised heading F1 over 5 held-back folds of
// the 1,211 training posts from 0.8363 to 0.8460 (the logistic model alone 0.7942 -> 0.8106),
// and on 60 posts nobody had seen from 0.8560 to 0.8644. 225 more training posts (heading-train/,
// version 57: 1,211 -> 1,436) raised it on 135 unseen posts from 0.8587 to 0.8698. 120 and
// 240 posts more than that (measured at version 57, not kept) moved it by -0.0009 and -0.0012
// there: more of the same posts no longer teach these features anything.
class HeadingModel final
{
public:
    // Token classes (bits of Line::bits).
    enum Class : int
    {
        Upper,         // capitalised word
        AllCaps,       // "JSON", "ECONNREFUSED"
        Lower,         // lowercase word
        Digit,         // opens with a digit
        Numbering,     // "2.", "3)", "1:"
        StepWord,      // "Step", "Part", "Phase" ...
        EndsQuestion,  // "?"
        EndsColon,     // ":"
        EndsPeriod,    // "." or "!" (a sentence's end)
        EndsComma,     // ","
        Dangling,      // cannot end a phrase: articles, prepositions, auxiliaries
        Function,      // English function word
        Verb,          // "is", "runs", "makes"
        Pronoun,       // "you", "we", "it"
        Starter,       // opens sentences ("The", "This", "Use")
        HeadingWord,   // "Conclusion", "Setup"
        CodeHigh,      // code score >= 1
        CodeSome,      // code score in [0.3, 1)
        ProseStrong,   // code score < -0.5
        Identifier,    // snake_case, camelCase, dotted.name, path, flag
        Command,       // a bare lowercase command name
        Shell,         // a shell command name in any case
        English,       // a common English word
        Symbol,        // no letter or digit first
        Paren,         // opens with '(' or ends with ')'
        Wh,            // "What", "How", "Why" ...
        Marker,        // a comment marker
        Quote,         // opens with a quote, or a Chroma-escaped quote inside
        Long,          // ten letters or more
        Boundary,      // the line's start (previous) or end (next): no token there
        FirstLine,     // the start of the text's first line
        SentenceAhead, // a capitalised sentence with a verb and an end follows within 25 tokens
        QualityHigh,   // sentenceStartQuality >= 1.4
        QualityMid,    // sentenceStartQuality in [1, 1.4)
        Foreign,       // a lowercase word that is not common English ("pub", "logger")
        Keyword,       // a code keyword ("fn", "class", "for")
        Syntax,        // holds brackets, '=', ';', '<' or '>'
        KeyColon,      // a lowercase word ending with ':' ("services:")
        CodeRun,       // it and the next two tokens add up to clear code evidence
        InComment,     // inside a line comment: a marker not long before, no statement end since
        CodeSubject,   // a code name a verb follows: "py-spy reads", "-v shows" open sentences
        ClassCount
    };
    enum Role : int
    {
        First,
        Last,
        Next,
        Previous,
        Only,
        RoleCount
    };
    static constexpr int LexicalRoles = 3; // first, last and next word
    // Span features.
    static constexpr int LengthBuckets = 8;   // 1 2 3 4 5 6 7-8 9+
    static constexpr int TitleBuckets = 4;    // no content word, all capitalised, some, none
    static constexpr int VerbBuckets = 3;     // 0 1 2+
    static constexpr int PronounBuckets = 2;  // 0 1+
    static constexpr int CommaBuckets = 3;    // 0 1 2+
    static constexpr int FunctionBuckets = 4; // share of dangling words: 0, <= 1/3, <= 1/2, more
    static constexpr int CodeBuckets = 3;     // code-like words inside: 0 1 2+
    static constexpr int SpanFeatures = LengthBuckets + TitleBuckets + VerbBuckets +
                                        PronounBuckets + CommaBuckets + FunctionBuckets +
                                        CodeBuckets;
    // Class pairs across a span's two edges: (last, next) at its end, (previous, first) at its
    // start. What ends a heading is often the two tokens together: a capitalised word after a
    // capitalised one goes on in a Title Case heading and opens a sentence after a lowercase one.
    // And the two tokens after its end (next, the one after): a sentence opens with a capital
    // and goes on in lowercase ("... Gives You | The extension adds"), a heading's next word
    // would be one more capitalised word ("... Gives | You The extension").
    enum Edge : int
    {
        EndEdge,
        StartEdge,
        AfterEdge,
        EdgeCount
    };
    static constexpr int PairFeatures = int(EdgeCount) * int(ClassCount) * int(ClassCount);

    // The per-line precomputation.
    struct Line
    {
        std::vector<quint64> bits;    // per token: its classes
        std::vector<int> word;        // per token: its vocabulary index (rare: vocabulary size)
        std::vector<float> first;     // per token: summed weights in role First (lexical included)
        std::vector<float> last;      // ... Last
        std::vector<float> next;      // per position 0..n: the token there in role Next (n: end)
        std::vector<float> previous;  // per start a: token a - 1 in role Previous (0: start)
        std::vector<float> only;      // per token: role Only
        std::vector<float> endEdge;   // per k 1..n: the pairs of tokens k - 1 and k (n: end)
        std::vector<float> startEdge; // per start a: the pairs of token a - 1 (0: start) and a
        std::vector<float> afterEdge; // per k 1..n: the pairs of tokens k and k + 1 (n: none)
        quint64 startBits = 0;        // the virtual token before the first
    };
    // Running counts over a span's tokens, added one token at a time.
    struct Span
    {
        int length = 0;
        int content = 0;     // alphabetic non-function words
        int capitalised = 0; // ... of which capitalised
        int verbs = 0;
        int pronouns = 0;
        int commas = 0;
        int dangling = 0;
        int codeWords = 0;
        void add(const Line &line, qsizetype i);
    };

    // A token's own classes, those that depend on nothing but the token (not its code score, its
    // sentence-start quality or its place in the line), packed into 32 bits: tokenizeLine() finds
    // them once per distinct token (its cache keeps them) and stores them in the token.
    static quint32 ownClasses(const StructureToken &t);

    HeadingModel() = default;
    // The committed model (headingmodel.inc), unless a tool has installed another.
    static const HeadingModel &current();
    // Makes `model` the current one until called with nullptr (training tools only; not
    // thread-safe).
    static void install(const HeadingModel *model);
    // The model's weight in the heading score (HeadingWeights::LearnedModel), chosen by
    // train_headings where heading F1 is best over held-back folds of the model's own documents
    // (recovered end to end); the coordinate ascent on train/ keeps it fixed.
    static float committedWeight();
    static constexpr float DefaultClamp = 4.0f;

    // A model from a vocabulary (lowercase words) and weights laid out as featureCount() says
    // (bias first); empty weights give a model that scores everything 0.
    HeadingModel(const QStringList &vocabulary, std::vector<float> weights);
    const QStringList &vocabulary() const { return m_vocabulary; }
    const std::vector<float> &weights() const { return m_weights; }
    bool isEmpty() const { return m_weights.empty(); }
    // A lowercase word's vocabulary index (vocabulary().size() when rare).
    int wordIndex(QStringView lower) const;
    // The committed model, whichever is installed: tokenizeLine() keeps its wordIndex() per
    // distinct token (StructureToken::headingWord, from StructureWords' table, which holds the
    // committed vocabulary too), and every model with the committed vocabulary reads it from
    // there instead of hashing the word on every line.
    static const HeadingModel &committed();

    // Features: 0 bias, then RoleCount x ClassCount class features, then LexicalRoles x
    // (vocabulary + 1) word features, then SpanFeatures, then PairFeatures.
    int featureCount() const;
    static int classFeature(Role role, Class c) { return 1 + int(role) * int(ClassCount) + int(c); }
    int wordFeature(int lexicalRole, int word) const;
    int spanFeature(int offset) const;
    int pairFeature(Edge edge, int before, int after) const
    {
        return spanFeature(SpanFeatures) +
               (int(edge) * int(ClassCount) + before) * int(ClassCount) + after;
    }
    QString featureName(int feature) const;

    // `quality` holds sentenceStartQuality() per token (the decoder computes it anyway).
    void prepare(const StructureTokens &tokens, const std::vector<float> &quality, bool firstLine,
                 Line *line) const;
    // What structure recovery adds for every allowed heading span [a, a + len) (shapes[a][len]
    // above `impossible`): weight * clamp(score + Offset, -floor, Ceiling). A candidate is rarely
    // a heading (the log-odds' mean is far below 0), so unshifted the model would mostly push
    // the rules' level down. The floor bounds how far the model may veto a span the rules like:
    // its strongest "no" comes on spans unlike its training documents (a heading ending in
    // "(pre-Go 1.22)" before code). The weight and the floor are chosen together by heading F1
    // over held-back folds of the model's documents (train_headings); the committed model
    // carries its floor. Only the tokens some allowed span needs are looked up: the same sums
    // as prepare() for those, cheaper. `lengths`, when given, holds per start the mask of
    // allowed lengths (bit len) the caller already read off `shapes`. With `capitaliseFirst` (a
    // post that writes its headings in lowercase), a span's first word counts as capitalised: the
    // model learned sentence-case headings, and such a post's are those without the capital.
    static constexpr qsizetype MaxLength = 12;
    static constexpr float Offset = 2.0f;
    static constexpr float Ceiling = 4.0f;
    float clamp() const { return m_clamp; }
    void setClamp(float floor) { m_clamp = floor; }
    void addScores(const StructureTokens &tokens, const std::vector<float> &quality, bool firstLine,
                   float weight, float impossible,
                   std::vector<std::array<float, MaxLength + 1>> &shapes,
                   const quint16 *lengths = nullptr, bool capitaliseFirst = false) const;
    // Fills the role sums of a line whose bits and word indices are set (prepare() does).
    void weigh(Line *line) const;
    // The log-odds that [a, k) is exactly a heading; `span` has had tokens a .. k - 1 added.
    float score(const Line &line, qsizetype a, qsizetype k, const Span &span) const;
    // The active features of [a, k), for training (score() is the sum of their weights).
    void features(const Line &line, qsizetype a, qsizetype k, const Span &span,
                  std::vector<int> *out) const;

private:
    // Classes and the start's bits only (words rare, no sums). With `touched`, the other tokens
    // get only the classes the line's look-ahead reads.
    void classify(const StructureTokens &tokens, const std::vector<float> &quality, bool firstLine,
                  Line *line, const quint8 *touched = nullptr) const;
    void spanFeatures(const Span &span, int *ids) const;
    // The summed pair weights of two tokens' classes across an edge.
    float edgeSum(Edge edge, quint64 before, quint64 after) const;
    // The AfterEdge pairs of a span that ends before token k (0 when it ends the line).
    float afterSum(const Line &line, qsizetype k) const;
    // A token's class weights summed in the roles First, Last, Next and Only.
    struct RoleSums
    {
        float first = 0;
        float last = 0;
        float next = 0;
        float only = 0;
    };
    const RoleSums &roleSums(quint64 bits) const;

    QStringList m_vocabulary;
    // The vocabulary's open-addressed hash table: every word a heading span starts, ends or is
    // followed by asks, and QHash's seeded string hash cost more than the rest of the scoring.
    // A slot holds its word's index + 1 (0: empty) in the low SlotIndexBits and the top bits of
    // the word's hash above them: a probe that misses is told apart without reading the word,
    // and the table stays four bytes a slot (small enough to stay in the first-level cache).
    static constexpr int SlotIndexBits = 20;
    std::vector<quint32> m_slots;
    // The vocabulary's characters back to back (word i at [m_wordStart[i], m_wordStart[i + 1])):
    // a hit compares against one contiguous pool, not through each QString's own allocation.
    std::vector<char16_t> m_pool;
    std::vector<quint32> m_wordStart;
    std::vector<float> m_weights;
    // A word's weights in the lexical roles side by side (one cache line, not three).
    std::vector<std::array<float, LexicalRoles>> m_lexical;
    float m_clamp = DefaultClamp;
    quint64 m_id = 0; // which model made the role sums a thread keeps (roleSums())
    bool m_committedVocabulary = false; // tokens' headingWord indices are this model's own
};

} // namespace Lectern

namespace Lectern {

// For training the heading model: per token of `tokens` (as recovery tokenizes a line), a bit
// per heading length 1 .. 12 (bit len) that structure recovery's heading rules allow at all.
// Defined in structure.cpp, next to those rules.
std::vector<quint16> headingCandidateLengths(const StructureTokens &tokens);

} // namespace Lectern
