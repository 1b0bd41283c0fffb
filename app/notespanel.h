#pragma once

#include "notes/textanchor.h"
#include "store/marks.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Lectern {

class Library;
class NoteAutosaver;
class NotesModel;

// The Notes panel: the Markdown note on the current post (or on one of its highlights) in an
// editor with KSyntaxHighlighting's Markdown highlighting and a rendered preview (cmark-gfm),
// saved as it is typed (NoteAutosaver: within a second, and at once on focus change, switching
// notes, hiding and closing); the post's highlights, detached ones listed apart; and every note
// in the library grouped by post, filtered as you type.
//
// The window drives it with setCurrentPost() when the article changes and addHighlight() when
// the page reports a selection to highlight; it listens to openRequested() (open that post,
// scroll to that highlight) and highlightsChanged() (redraw the article's highlights).
class NotesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);
    ~NotesPanel() override;

    // The panel keeps its own NotesModel over every note (the window's may be filtered).
    void setLibrary(Library *library);
    NotesModel *model() const { return m_model; }

    // The post the reader shows (0: none). Saves the note being edited first.
    void setCurrentPost(qint64 postId);
    qint64 currentPost() const { return m_postId; }
    // 0 while the post's own note is in the editor.
    qint64 editedHighlight() const { return m_highlightId; }

    // A highlight on the current post from the page's selection (its text with some text
    // before and after it, in the page's own whitespace): located in the post's text and
    // stored with an optional note. nullopt with *error when it cannot be placed.
    std::optional<Highlight> addHighlight(const TextQuote &selection, const QString &color = {},
                                          const QString &note = {}, QString *error = nullptr);
    bool removeHighlight(qint64 highlightId);
    // Puts the highlight's note into the editor (creating it as it is typed).
    void editHighlightNote(qint64 highlightId);
    // Back to the post's own note.
    void editPostNote();

    // Saves what is typed now; the window calls it from closeEvent.
    bool flush();
    // Re-reads highlights and notes (after an import or writes made elsewhere).
    void reload();
    void setFilterText(const QString &text);
    void showPreview(bool preview);

    // For the window's tab order and for tests.
    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QListWidget *highlightsView() const { return m_highlights; }
    QTreeWidget *allNotesView() const { return m_all; }
    QLineEdit *filterField() const { return m_filter; }
    NoteAutosaver *autosaver() const { return m_autosaver; }

signals:
    // Open this post; highlightId != 0: and show that highlight.
    void openRequested(qint64 postId, const QString &permalink, qint64 highlightId);
    // The post's highlights changed (added, removed, recoloured): redraw them in the article.
    void highlightsChanged(qint64 postId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void loadEditor();
    void updateTitle();
    void fillHighlights();
    void rebuildTree();
    void scheduleRebuild();
    void applyFilter();
    void updatePreview();
    void activateTreeItem(QTreeWidgetItem *item);
    void activateHighlightItem(QListWidgetItem *item);
    qint64 currentHighlightItem() const;

    Library *m_library = nullptr;
    NotesModel *m_model = nullptr;
    NoteAutosaver *m_autosaver = nullptr;
    qint64 m_postId = 0;
    qint64 m_highlightId = 0;
    QString m_postTitle;
    // A note chosen in the list for a post that is not open yet: edited once it is.
    qint64 m_pendingPost = 0;
    qint64 m_pendingHighlight = 0;
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QPushButton *m_backToPost = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_highlights = nullptr;
    QLabel *m_noHighlights = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_all = nullptr;
    QTimer *m_previewTimer = nullptr;
    QTimer *m_treeTimer = nullptr;
};

} // namespace Lectern
