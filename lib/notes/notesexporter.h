#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Lectern {

struct NotesExportSkip
{
    QString path;
    QString reason;
    QString besidePath; // where Lectern's version went instead, empty when nothing was written
};

struct NotesExportSummary
{
    QStringList written;   // files created or replaced
    QStringList unchanged; // files that already held exactly this export
    QList<NotesExportSkip> skipped;
    QStringList nothingToExport; // titles of requested posts without notes or highlights
    // "2 written, 1 unchanged, 1 skipped"
    QString text() const;
    // text(), then one line per file written, unchanged or skipped (with the reason).
    QString report() const;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::NotesExportSummary)
};

// Exports notes and highlights as Markdown for notes apps (Obsidian-style vaults) and any
// CommonMark viewer: per post, YAML front matter (title, source, category, series and part,
// tags, exported time, a stable Lectern id), an H1 title, the post's note, then each highlight
// as a block quote with a stable block id (^hl-<id>), its note and a link back to the passage
// (the permalink with a #:~:text= fragment).
//
// Re-export is safe. Each file carries a checksum of its own content (everything but the
// exported time and the checksum itself), so a later export knows, without any state in the
// library, whether the user edited the file since Lectern wrote it:
//   - nothing changed on either side: the file is left alone (byte-identical, same time);
//   - Lectern's notes changed, the file was not edited: it is replaced, with a new time;
//   - the file was edited: it is never overwritten; Lectern's new version (if any) is written
//     beside it as <name>.lectern-new.md and the file is reported as skipped.
// A file of the same name that is not this post's export (another post with the same slug, or
// the user's own file) is not touched either: the post gets <slug>-<id prefix>.md.
// Files are written atomically (QSaveFile).
class NotesExporter final
{
public:
    explicit NotesExporter(QSqlDatabase db);

    // The time written into files whose content changes (default: the current time).
    void setExportTime(const QDateTime &time) { m_time = time; }

    // Posts with a note or a highlight, by title.
    QList<qint64> postsWithNotes() const;

    // One file per post in `folder` (created when missing). `postIds` empty: every post with
    // notes or highlights; requested posts with neither are listed in nothingToExport. False
    // with *error (naming the post or file) when a post id is unknown or the folder cannot be
    // written; files written before the failure are listed in *summary.
    bool exportToFolder(const QString &folder, const QList<qint64> &postIds,
                        NotesExportSummary *summary, QString *error);
    // All of them in one file.
    bool exportToFile(const QString &file, const QList<qint64> &postIds,
                      NotesExportSummary *summary, QString *error);

    // The file name (without .md) for a post: the last segment of its permalink, made safe
    // for every file system.
    static QString fileStem(const QString &permalink);
    // The permalink with a text fragment (#:~:text=...) that selects [start, end) of the
    // post's plain text `content` in a browser.
    static QString passageLink(const QString &permalink, const QString &content, int start,
                               int end);

private:
    struct Result;
    QString exportTime() const;

    QSqlDatabase m_db;
    QDateTime m_time;
};

} // namespace Lectern
