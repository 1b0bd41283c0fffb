#pragma once

#include "ingest/blocks.h"

#include <QMap>
#include <QStringList>
#include <array>

namespace Lectern {

// How well recovered blocks match the true ones, counted over the text's non-whitespace
// characters (the only thing the index keeps exactly). Scores add up across documents.
struct StructureScore
{
    int documents = 0;
    int textMismatches = 0; // documents whose recovered text differs from the truth's
    // Character level: is this character inside a code block?
    qint64 codeTruePositive = 0;
    qint64 codePredicted = 0;
    qint64 codeTrue = 0;
    // Headings: a predicted heading counts when its span equals a true heading's.
    int headingMatched = 0;
    int headingPredicted = 0;
    int headingTrue = 0;
    // Languages: per true code block, the language of the recovered code block covering most
    // of it. "Family" counts JavaScript/TypeScript and C/C++ as one language each.
    int languageCorrect = 0;
    int languageFamilyCorrect = 0;
    int languageTotal = 0;
    QMap<QString, int> confusion; // "truth -> predicted" for misses
    QMap<QString, int> matrix;    // "truth -> predicted" for every true block, hits included
    // Strict language misses split by cause: the recovered block covering the true one has the
    // wrong extent (over 10% of either block outside the other) or the right one.
    int languageMissBoundary = 0;
    int languageMissClassify = 0;
    // Line breaks between two characters of the same true code block.
    qint64 breakMatched = 0;
    qint64 breakPredicted = 0;
    qint64 breakTrue = 0;
    // Per true language: {matched, predicted, true} line breaks.
    QMap<QString, std::array<qint64, 3>> breaksByLanguage;
    // List items and quotes: exact spans.
    int itemMatched = 0;
    int itemPredicted = 0;
    int itemTrue = 0;
    int quoteMatched = 0;
    int quotePredicted = 0;
    int quoteTrue = 0;
    // Prose characters of the true blocks that were recovered as code, by the sentence they
    // start (diagnostics) and counted.
    qint64 proseAsCode = 0;
    QStringList details; // human-readable differences, filled when asked for

    double codeF1() const;
    double codePrecision() const;
    double codeRecall() const;
    double headingF1() const;
    double languageAccuracy() const;
    double languageFamilyAccuracy() const;
    double lineBreakF1() const;
    double lineBreakPrecision() const;
    double lineBreakRecall() const;
    double itemF1() const;
    double quoteF1() const;
    QString summary() const;

    StructureScore &operator+=(const StructureScore &other);
};

// Scores `recovered` against `truth` for one document. With `withDetails`, `details` lists the
// differences (code boundaries, headings, languages) for tuning.
StructureScore scoreStructure(const Blocks &truth, const Blocks &recovered,
                              bool withDetails = false);

// The language "family" used by languageFamilyAccuracy: TypeScript -> JavaScript, C++ -> C.
QString languageFamily(const QString &language);

} // namespace Lectern
