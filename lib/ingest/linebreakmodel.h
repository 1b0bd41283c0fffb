#pragma once

#include "ingest/codelang.h"

#include <QList>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace Lectern {

// One token of a code block as restoreLineBreaks() analysed it.
struct BreakToken
{
    QStringView text;
    bool inString = false;  // starts inside a string literal that spans tokens
    bool inComment = false; // part of a comment
    char inner = 0;         // innermost open bracket: 0, '(', '[', 'b' block or 'l' literal brace
    int blocks = 0;         // open block braces before the token
    bool command = false;   // a known shell command (in shell and plain-text blocks)
    bool keyword = false;   // a statement keyword of the block's language
};

// The learned part of line-break restoration: a logistic regression, trained by
// tools/train_linebreaks on the true code blocks of tests/data/structure/train, that decides
// every boundary between two tokens from the tokens, their shapes, the bracket state and the
// hand-written rules' own decision there (lib/ingest/linebreakmodel.inc).
class LineBreakModel final
{
public:
    // The features of every boundary (after token i, before token i + 1): their hashes into
    // (*hashes)[i], and their names into (*names)[i] when given (the trainer's view;
    // hashName(name) equals the hash). `rules[i]` is the rules' decision at each boundary.
    static void features(CodeLanguage language, const QList<BreakToken> &tokens,
                         const QList<bool> &rules, std::vector<std::vector<quint64>> *hashes,
                         QList<QStringList> *names = nullptr);
    static quint64 hashName(QStringView name);
    // Replaces the rules' decisions in `breaks` (one per boundary, after token i) with the
    // model's: a break where its score reaches the trained threshold. Leaves them in languages
    // where the rules alone did better in the trainer's cross-validation (few blocks to learn
    // from: LineBreakModelData::RulesAlone).
    static void decide(CodeLanguage language, const QList<BreakToken> &tokens, QList<bool> &breaks);
};

} // namespace Lectern
