#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QString>
#include <QStringList>

#include <cmath>

// What the three structure trainers (language, line breaks, headings) share when they write a
// model into a generated source.
namespace Lectern::Training {

// Weights are stored as integers in units of 1/Quantum.
constexpr double Quantum = 256.0;

inline double quantized(double v)
{
    return std::round(v * Quantum) / Quantum;
}

// Printable ASCII only: a feature name that goes into a C++ string literal of the generated
// source as it is (and means the same on every platform).
inline bool isAscii(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Every *.md file under `directory`, subfolders included, sorted by path: the documents a
// trainer reads, in an order that keeps its output deterministic.
inline QStringList markdownFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// A tuning override from the environment (LECTERN_TRAIN_*, for --evaluate experiments): `value`
// keeps its default when the variable is unset or empty.
template<typename T> void overrideFromEnvironment(const char *variable, T &value)
{
    if (const QByteArray v = qgetenv(variable); !v.isEmpty())
        value = T(v.toDouble());
}

// The overrides of the options every regression trainer has (LECTERN_TRAIN_L1, _L2,
// _ITERATIONS, _MINDOCS, _RATE).
template<typename Options> void overrideSharedOptions(Options &options)
{
    overrideFromEnvironment("LECTERN_TRAIN_L1", options.l1);
    overrideFromEnvironment("LECTERN_TRAIN_L2", options.l2);
    overrideFromEnvironment("LECTERN_TRAIN_ITERATIONS", options.iterations);
    overrideFromEnvironment("LECTERN_TRAIN_MINDOCS", options.minDocuments);
    overrideFromEnvironment("LECTERN_TRAIN_RATE", options.rate);
}

} // namespace Lectern::Training
