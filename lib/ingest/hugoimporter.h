#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace Lectern {

class Library;

struct ImportOptions
{
    // Skip individually bad items (reported in ImportSummary::problems) instead of refusing
    // the whole file. Whole-file problems (not JSON, not an array) still refuse it.
    bool skipInvalid = false;
    // Called after each item is stored; return false to cancel (nothing is kept).
    std::function<bool(int done, int total)> progress;
};

struct ImportSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int missing = 0; // in the library, gone from the source (kept, flagged)
    int skipped = 0; // bad items skipped with skipInvalid
    int series = 0;
    int links = 0;
    qint64 sourceId = 0;
    QStringList missingPermalinks;
    QStringList problems; // one line per skipped item
    QString text() const; // "55 added, 0 updated, 0 unchanged, 0 missing"
};

// Imports a Hugo/PaperMod search index (index.json: an array of {title, permalink, summary,
// content}) into the library, in one transaction: on any error the library is left exactly as
// it was and the message names the file, the item index and the field.
// Re-import is incremental: unchanged posts (same content hash) are not written, changed ones
// are updated in place keeping their id, posts gone from the file are flagged missing.
class HugoImporter final
{
public:
    explicit HugoImporter(Library &library);

    // Largest file accepted; QJsonDocument needs several times the file size in memory.
    static constexpr qint64 maxFileSize = 512LL * 1024 * 1024;
    // Longest title, permalink, summary or content accepted (characters).
    static constexpr qsizetype maxFieldLength = 16 * 1024 * 1024;

    bool importFile(const QString &path, const ImportOptions &options, ImportSummary *summary,
                    QString *error);
    // `location` identifies the source (file path or URL) and is used in messages.
    bool importData(const QByteArray &data, const QString &location, const ImportOptions &options,
                    ImportSummary *summary, QString *error);

private:
    Library &m_library;
};

// Pieces of the import shared with the other importers (lib/ingest/feedimporter.cpp). The
// rebuild functions run inside the caller's transaction.
namespace ImportSupport {

// The section folder of a permalink, /posts/<category>/<slug>/ -> "category"; empty when none.
QString categoryFromPermalink(const QString &permalink);

struct SeriesCandidate
{
    qint64 postId = 0;
    QString title; // decoded
    int pubOrder = 0;
    QString explicitSeries;
};
// Series of one source: explicit names, else a title prefix before ':' shared by two or more
// posts. Replaces the source's series and parts.
bool rebuildSeries(const QSqlDatabase &db, qint64 sourceId, const QList<SeriesCandidate> &posts,
                   int *seriesCount, QString *error);
// "Post A names post B's title" links from the source's posts to any post of the library.
bool rebuildLinks(const QSqlDatabase &db, qint64 sourceId, int *linkCount, QString *error);

} // namespace ImportSupport

} // namespace Lectern
