#pragma once

#include <QString>
#include <array>

namespace Lectern {

// The weights of heading recovery (structure.cpp): heading shape scores and the switching costs
// into and out of headings. trainHeadingWeights() (structuretraining.h) learns them on the
// train and weights documents, starting from initial(); structureweights.inc holds its output and
// tst_structureweights checks that it still does.
struct HeadingWeights
{
    enum Index : int
    {
        ShapeShort,           // 2-4 words
        ShapeOther,           // 1 or 5+ words
        LengthPenalty,        // per word over 6
        CommaPenalty,         // per comma inside
        FunctionRatioPenalty, // over half of the words are articles, prepositions ...
        QuestionBonus,        // ends with '?'
        LoneStarterPenalty,   // one word that opens sentences ("Every")
        LabelPenalty,         // "Author: Sam Doe"
        AllCapsPenalty,       // "ECONNREFUSED"
        VerbPenalty,          // per finite verb
        LowercasePenalty,     // opens lowercase
        TitleCaseBonus,
        HeadingWordAlone, // "Conclusion"
        HeadingWordFirst, // "Conclusion and next steps"
        OpenerPenalty,    // opens like a sentence ("Most", "If")
        CodeWordPenalty,  // per code-like word inside
        PronounPenalty,   // per pronoun inside
        ToProseBase,      // heading -> paragraph: base - slope * sentence start quality
        ToProseSlope,
        StartAfterColon, // a heading opening the line after an announcing colon
        FromCodeBase,    // code -> heading: base - slope * heading start quality
        FromCodeSlope,
        FromCommentExtra,     // comment -> heading, on top of code -> heading
        NumberedAfterHeading, // heading -> numbered heading
        HeadingAfterHeading,  // heading -> heading
        AfterSentence,        // paragraph -> heading after a sentence's end
        AfterTable,           // paragraph -> heading word, no punctuation before
        AfterTableFirst,      //   the same as the line's second token
        CodeAfterCodeHeading, // code -> heading -> code
        CodeAfterHeading,     // heading -> code
        HeadingThenCode,      // a heading-shaped phrase then inline code, after code
        Swallowed,            // code ending in a capitalised phrase
        MidSentenceFunction,  // "start This isn't": a capitalised function word mid-sentence
        MidSentenceWord,      // "mistakes Calling": a capitalised common word mid-sentence
        NumberingQuality,     // "2." opening a heading after code
        CodeNameQuality,      // "sync.Mutex and friends" after code
        LowercaseNext,        // a heading followed by a lowercase common word ("The race detector")
        CapitalPair,          // "Scopes By default": a capitalised word, then a sentence opener
        FirstLine,            // a heading opening the text: posts open with an introduction
        CommentOneWord,       // a one-word heading right after a comment's words
        PhraseInCode,         // a capitalised English run between two statements, per run
        ArticlePairTail,      // "The main" with a plain lowercase word after it
        FunctionInHeading,    // per unit of code score on a lowercase function word inside
        DashItemsNext,        // a list of "term — definition" items opens right after it
        DashSubheading,       // heading -> "Term — subtitle" after a lowercase end (subheadingAt())
        // In a post whose headings are Title Case (titleCaseHeadings()); fitted on their own, on
        // such posts (trainTitleCaseWeights()):
        TitleDocLower,     // a lowercase common word inside
        TitleDocContinues, // capitalised words go on after the span ("Final | Thoughts CORS")
        TitleDocClause,    // per capitalised verb or pronoun inside ("Fixing the Bugs It Found")
        TitleDocName,      // Title Case goes on after a name from code ("The strncpy Trap"; 0: off)
        LearnedModel,      // the learned heading model's log-odds (headingmodel.h)
        Count
    };
    std::array<float, Count> values{};

    float operator[](Index i) const { return values[size_t(i)]; }
    float &operator[](Index i) { return values[size_t(i)]; }
    bool operator==(const HeadingWeights &) const = default;

    // The committed, learned weights (structureweights.inc).
    static const HeadingWeights &learned();
    // The hand-set weights training starts from.
    static HeadingWeights initial();
    static QString name(int index);
    // The text of structureweights.inc for these weights.
    QString toSource() const;
};

} // namespace Lectern
