#pragma once

#include "ingest/structuretokens.h"

#include <QList>
#include <vector>

namespace Lectern {

// A run of an index line's tokens that is neither sentences nor a heading, found from the
// shape of the run before labelling: a GFM table (its cells run on with spaces; prose in the
// truth) or a program's output (a sanitizer report, test runner lines, a compiler error; code).
struct StructureRegion
{
    enum class Kind : quint8
    {
        Table,
        Output
    };
    Kind kind = Kind::Table;
    qsizetype start = 0; // [start, end) tokens; a table starts at its header row
    qsizetype end = 0;
    bool ownParagraph = false;   // a table sure enough to stand apart from the paragraph after it
    bool endsAtSentence = false; // output: a sentence of prose follows it (no heading)
    qsizetype lead = -1; // a table: where a sentence-case phrase over its header starts (a heading)
};

// The regions of one line, and what they tell labelTokens(). Internal to lib/ingest.
class StructureRegions final
{
public:
    // `afterColon`: the line before ended with ':' (it may have announced a table or output).
    static StructureRegions find(const StructureTokens &tokens, bool afterColon);
    // The evidence of output that find() sees in token t on its own (0: none, 1: weak, 2:
    // strong), or DependsOnContext where its neighbours decide. tokenizeLine() keeps it in
    // t.outputEvidence (its token cache remembers it): find() looks at most tokens no further.
    static constexpr quint8 DependsOnContext = 3;
    static quint8 tokenEvidence(const StructureToken &t);
    // A ruler of dashes, equals signs or pluses ("-------", "----+----", "====="): a table's or
    // an output's line of its own.
    static bool isRuler(QStringView w);

    bool isEmpty() const { return m_regions.isEmpty(); }
    const QList<StructureRegion> &regions() const { return m_regions; }
    // May tokens [a, k) be a heading? Not when they reach into a table or an output run, nor
    // open the sentence that follows output.
    bool allowsHeading(qsizetype a, qsizetype k) const;
    // Does a table end right before token i (a block boundary, as a sentence's end is)?
    bool tableEndsAt(qsizetype i, const StructureTokens &tokens) const;
    // Evidence for a heading over tokens [a, k): the phrase right over a table's header row.
    float headingEvidence(qsizetype a, qsizetype k) const;
    // Extra evidence that token i is code (> 0): output runs are code however English they
    // read.
    float codeEvidence(qsizetype i) const { return m_code.empty() ? 0.0f : m_code[size_t(i)]; }

    // The text of output tokens [a, b) of `line`, one output line per line: breaks go before
    // what opens a line of a sanitizer report, a test run, a log or a psql session.
    static QString outputText(QStringView line, const StructureTokens &tokens, qsizetype a,
                              qsizetype b);

private:
    QList<StructureRegion> m_regions;
    std::vector<float> m_code; // per token; empty without an output run
};

} // namespace Lectern
