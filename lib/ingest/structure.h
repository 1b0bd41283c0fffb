#pragma once

#include "ingest/blocks.h"
#include "ingest/structureweights.h"

#include <QByteArray>
#include <QString>

namespace Lectern {

// Structure recovery: Hugo's index `content` (HTML stripped to text, see HUGO-INDEX.md) back
// to an article's blocks. Deterministic and never lossy: the blocks' texts, concatenated, give
// the decoded content back modulo whitespace (code blocks only gain line breaks).
class StructureRecovery final
{
public:
    // Bump whenever the output for some input can change; cached structure
    // (structurecache.h) is recomputed when its stored version differs.
    static constexpr int Version = 62;
    static int version() { return Version; }
};

// `indexContent` is the raw index text, entities still encoded (they are decoded inside, once).
// `categoryHint` (the permalink's section, e.g. "go") is a prior for code languages.
Blocks recoverStructure(const QString &indexContent, const QString &categoryHint = {});
// The same with other heading weights than the learned ones (for training them).
Blocks recoverStructure(const QString &indexContent, const QString &categoryHint,
                        const HeadingWeights &weights);

// Whether a post writes its headings in Title Case ("Setting Up the Database"): at least two of
// `blocks`' headings with a common English content word after their first keep every such word
// capitalised, and two in three of all such headings do. Recovery asks it of the headings it
// found first, and recovers a Title Case post again with that known.
bool titleCaseHeadings(const Blocks &blocks);

// The kind of callout box an icon token opens: "info" ("\u2139"), "warning" ("!", "\u26A0"), "tip",
// "success" or "danger"; null when the text is no callout icon. Recovery makes a quote of a
// callout, the renderer colours it by its kind.
const char *calloutIconKind(QStringView text);
// The same for a callout's label ("Note:", "Warning:", "Tip:", "TL;DR:", ...): a line that opens
// with one is a callout box, and the label stays part of its text.
const char *calloutLabelKind(QStringView text);

// Whether a post writes its headings in lowercase ("the problem", "step 2: wire it up",
// "wrap-up"): at least two of `blocks`' headings open with a lowercase word (not a command's
// name), and more of them than open with a capital.
bool lowercaseHeadings(const Blocks &blocks);

// Where a paragraph's or a list item's bold label ends: the position of the colon in "URL
// Routing: A clean, path-based ...", -1 when the text does not open with a label (at most six
// words, capitalised, no sentence's end before the colon; numbered ones like "Step 2:" head
// sections instead).
qsizetype openingLabel(QStringView text);

// "paragraph", "heading", "list", "code", "quote".
QString blockTypeName(Block::Type type);
// {"blocks": [{"type": ..., "text": ..., "items": [...], "language": ..., ...}]}: the shape
// `lectern structure --json` prints and the structure cache stores.
QByteArray blocksToJson(const Blocks &blocks, bool indented = false);
// The inverse of blocksToJson(); false with a message naming the problem.
bool blocksFromJson(const QByteArray &json, Blocks *blocks, QString *error = nullptr);

} // namespace Lectern
