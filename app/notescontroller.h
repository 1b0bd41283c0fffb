#pragma once

#include "notes/notesexporter.h"
#include "notes/textanchor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;

namespace Lectern {

class ArticleView;
class Library;
class NotesPanel;

// Between the article views and the notes layer: makes highlights from what the reader selects
// in an article (shortcut, context menu, the page's floating button), draws a post's highlights
// whenever it loads and again when they change, turns a click on one into editing its note, and
// runs File > Export Notes. The window attaches each view it creates and triggers the actions.
class NotesController final : public QObject
{
    Q_OBJECT
public:
    NotesController(Library *library, NotesPanel *panel, QWidget *window);

    void attach(ArticleView *view);

    // Highlights the selection in `view`'s article; with `withNote`, its note is then put into
    // the Notes panel's editor to be typed.
    void highlightSelection(ArticleView *view, bool withNote);
    // Highlights a quote taken from the page (offsets in the page's text of `pageLength`).
    std::optional<qint64> highlightQuote(ArticleView *view, TextQuote quote, int pageLength,
                                         bool withNote);
    // Scrolls `view` to a highlight of the post it shows, now or once it has loaded.
    void showHighlight(ArticleView *view, qint64 highlightId);
    void redraw(qint64 postId);

    enum class ExportScope
    {
        All,
        CurrentPost,
        SearchResults
    };
    // Asks for the scope and the folder, exports, and shows the summary.
    void chooseExport(qint64 currentPost, const QList<qint64> &resultPosts);
    // Exports without asking: for the dialog and tests. `posts` is what the scope names (empty
    // for All). False with *error when nothing could be exported.
    bool exportNotes(ExportScope scope, const QList<qint64> &posts, const QString &folder,
                     NotesExportSummary *summary, QString *error);

signals:
    // The Notes panel should be shown (a highlight's note is being edited).
    void showNotesRequested();
    void message(const QString &text);
    // After every export, with its summary (for the status bar and tests).
    void exported(const QString &folder, const Lectern::NotesExportSummary &summary);

private:
    void draw(ArticleView *view);

    Library *m_library = nullptr;
    NotesPanel *m_panel = nullptr;
    QWidget *m_window = nullptr;
    QList<QPointer<ArticleView>> m_views;
    // A highlight to scroll to once the view's article has loaded.
    QHash<ArticleView *, qint64> m_pending;
};

} // namespace Lectern
