#pragma once

#include "ingest/codelang.h"
#include "ingest/linebreakmodel.h"

#include <QString>
#include <QStringView>

namespace Lectern {

// Puts line breaks back into code whose lines the index joined with spaces, only where the
// language's syntax makes a break safe (after statements and braces in brace languages, before
// a new shell command, before YAML keys that open a mapping line, ...). Never changes anything
// but the whitespace between tokens.
QString restoreLineBreaks(QStringView code, CodeLanguage language);
// The hand-written rules' decisions alone, one per boundary (after token i), and the tokens as
// the learned model sees them (for tools/train_linebreaks). Empty for fewer than two tokens.
QList<bool> ruleLineBreaks(QStringView code, CodeLanguage language, QList<BreakToken> *tokens);

} // namespace Lectern
