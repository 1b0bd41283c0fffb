#pragma once

#include <QList>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Lectern {

// The token features of a code block that the statistical language model (codelangmodel.inc)
// weighs. One definition serves the runtime (hashes) and the training program
// (tools/train_codelang, names), so what is learnt is exactly what is looked up.
// Features: each token as is and its lowercased core, its shape ("fmt.Println(x)" ->
// "a.Aa(a)"), the punctuation runs inside it (":=", "</", "{{"), pairs of neighbouring cores,
// the first token and its shape, the last token's shape and a length bucket.
// Both see the code with quoted phrases masked, as the hand-written rules do.
class CodeLangFeatures final
{
public:
    // The feature hashes of `code` (whitespace separates tokens), sorted and unique.
    static void hashes(QStringView code, QList<quint64> *out);
    // The same features by name, sorted and unique; hashName(name) gives the hash.
    static void names(QStringView code, QStringList *out);
    static quint64 hashName(QStringView name);
    // The runtime's fast path: the hash of every feature occurrence (duplicates included, in
    // order) of code whose quoted phrases are masked already, into `out` (cleared first; the
    // caller reuses its capacity). Gathered in one go, not handed to a callback per feature.
    static void hashOccurrences(QStringView maskedCode, std::vector<quint64> *out);
    // The code with the contents of quoted phrases ("PRAGMA journal_mode = WAL", 'test ! -f x')
    // reduced to one letter: a string holding another language's code or a sentence is evidence
    // for neither. Strings without a space ("$1", "key") stay, so do docstring quotes and strings
    // that interpolate ("$(cat "$1")": the host language's own syntax). Null when nothing changed.
    static QString withoutQuotedPhrases(QStringView code);
    // Only the first tokens count: enough to tell a language, bounded time on huge blocks.
    static constexpr qsizetype MaxTokens = 400;
};

} // namespace Lectern
