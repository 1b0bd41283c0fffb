#pragma once

#include "ingest/plainstripper.h"
#include "ingest/structureweights.h"

#include <QList>
#include <QStringList>

namespace Lectern {

struct StructureScore;

// What heading weights are trained for: heading F1, list items and code F1, under the
// constraints that language accuracy, code F1 and line-break F1 stay at least where `start`
// (the score of the initial weights) had them. -1 when a constraint fails.
double trainingObjective(const StructureScore &score, const StructureScore &start);

// The documents that weights are trained on: every *.md directly in `directory` (not below),
// in name order, rendered and stripped as the Hugo index has them; unreadable ones are left out.
QList<GroundTruth> trainingDocuments(const QString &directory);

// Scores recovery with `weights` over `documents`.
StructureScore scoreWithWeights(const QList<GroundTruth> &documents, const HeadingWeights &weights);

// Where the heading weights' fit starts: HeadingWeights::initial() with the learned heading
// model at its committed weight, and CodeAfterCodeHeading at 4.0 (structuretraining.cpp says why).
HeadingWeights headingWeightsStart();

// Learns heading weights on `documents` (the train set only): deterministic coordinate ascent
// from headingWeightsStart(), each weight tried at a few steps up and down, a step kept only when
// it raises trainingObjective() by a clear margin. The constraints are measured at that start: no
// step may cost a language, code or a line break. `log` receives one line per kept step.
// The Title Case weights (TitleDocLower, TitleDocContinues, TitleDocClause) act in Title Case
// posts only, and trainTitleCaseWeights() fits them: here they are 0 while the others are
// fitted, and keep their learned values in the result.
HeadingWeights trainHeadingWeights(const QList<GroundTruth> &documents, QStringList *log = nullptr);

// Learns the Title Case weights on `documents` (posts whose headings are Title Case) the same
// way, from 0, every other weight at its learned value.
HeadingWeights trainTitleCaseWeights(const QList<GroundTruth> &documents,
                                     QStringList *log = nullptr);

} // namespace Lectern
