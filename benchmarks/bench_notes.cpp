// Speed of lib/notes on the real corpus: re-anchoring a highlight (exact, fuzzy, detached),
// exporting every post's notes, and one autosave.
#include "ingest/hugoimporter.h"
#include "notes/highlightanchorer.h"
#include "notes/notesexporter.h"
#include "notes/textanchor.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Lectern;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// The median of `runs` timings of `work`, in microseconds.
double median(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(t.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2) / 1000.0;
}

void report(const QString &what, double micros)
{
    out() << QStringLiteral("%1: %2 ms\n").arg(what, -58).arg(micros / 1000.0, 0, 'f', 3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("library.sqlite")));
    QString error;
    ImportSummary summary;
    if (!library.open(&error) ||
        !HugoImporter(library).importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary, &error)) {
        out() << error << '\n';
        return 1;
    }
    const QSqlDatabase db = library.connection();
    const PostRepository posts(db);

    // The longest post.
    Post longest;
    for (const PostRef &ref : posts.list()) {
        const Post p = *posts.byId(ref.id);
        if (p.content.size() > longest.content.size())
            longest = p;
    }
    const QString text = longest.content;
    out() << QStringLiteral("longest post: %1 characters\n").arg(text.size());

    for (const int length : {60, 300}) {
        const int start = int(text.size()) / 2;
        const TextQuote q = TextAnchor::describe(text, start, start + length);
        QString moved = QStringLiteral("A new paragraph at the top.\n") + text;
        QString edited = moved;
        edited.replace(q.exact.mid(length / 3, 6), QStringLiteral("CHANGED"));
        QString removed = text;
        removed.remove(q.exact);
        report(QStringLiteral("locate %1-char quote, unchanged (position)").arg(length),
               median(50, [&] { TextAnchor::locate(text, q); }));
        report(QStringLiteral("locate %1-char quote, moved (exact)").arg(length),
               median(50, [&] { TextAnchor::locate(moved, q); }));
        report(QStringLiteral("locate %1-char quote, edited (fuzzy)").arg(length),
               median(20, [&] { TextAnchor::locate(edited, q); }));
        report(QStringLiteral("locate %1-char quote, removed (detached)").arg(length),
               median(20, [&] { TextAnchor::locate(removed, q); }));
    }

    // Every post: a note and five highlights.
    HighlightAnchorer anchorer(db);
    NoteRepository notes(db);
    int highlights = 0;
    for (const PostRef &ref : posts.list()) {
        const Post p = *posts.byId(ref.id);
        notes.setPostNote(p.id, QStringLiteral("# Notes on %1\n\nSome *thoughts*.").arg(p.title),
                          &error);
        for (int i = 1; i <= 5; ++i) {
            const int at = int(p.content.size()) * i / 7;
            TextQuote q;
            q.exact = p.content.mid(at, 80);
            if (anchorer.create(p.id, q, {}, QStringLiteral("note %1").arg(i), &error))
                ++highlights;
        }
    }
    out() << QStringLiteral("%1 posts with a note, %2 highlights\n")
                 .arg(posts.count())
                 .arg(highlights);
    const QString folder = dir.filePath(QStringLiteral("export"));
    NotesExporter exporter(db);
    NotesExportSummary first;
    report(QStringLiteral("export all, first time"),
           median(1, [&] { exporter.exportToFolder(folder, {}, &first, &error); }));
    out() << QStringLiteral("  %1\n").arg(first.text());
    report(QStringLiteral("export all again (nothing changed)"), median(5, [&] {
               NotesExportSummary again;
               exporter.exportToFolder(folder, {}, &again, &error);
           }));
    report(QStringLiteral("export all into one file"), median(5, [&] {
               NotesExportSummary one;
               exporter.exportToFile(dir.filePath(QStringLiteral("all.md")), {}, &one, &error);
           }));

    const qint64 id = longest.id;
    int n = 0;
    report(QStringLiteral("one autosave (a post note, one transaction)"),
           median(50, [&] { notes.setPostNote(id, QStringLiteral("typed %1").arg(++n), &error); }));
    return 0;
}
