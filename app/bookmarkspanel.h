#pragma once

#include "store/marks.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace Lectern {

class BookmarksModel;
class Library;

// The Bookmarks panel: every bookmark, sorted by time, title or category, filtered as you
// type. Enter (or a double click) opens the post at the saved heading and scroll position,
// Delete removes the bookmark (Ctrl+Z or the Undo button puts it back as it was), F2 edits its
// label. The window's Ctrl+D calls toggleBookmark() with the heading and position the reader
// is at. Self-contained: it talks to the library through BookmarksModel and
// BookmarkRepository and tells the window what to open through openRequested().
class BookmarksPanel final : public QWidget
{
    Q_OBJECT
public:
    enum class SortOrder
    {
        Time, // newest first
        Title,
        Category // then title
    };
    Q_ENUM(SortOrder)

    explicit BookmarksPanel(QWidget *parent = nullptr);
    ~BookmarksPanel() override;

    // The library, and the model to show: pass the window's own so that its Bookmark action
    // and post list see the same rows; null makes one owned by the panel.
    void setLibrary(Library *library, BookmarksModel *model = nullptr);
    BookmarksModel *model() const { return m_model; }

    SortOrder sortOrder() const;
    void setSortOrder(SortOrder order);
    void setFilterText(const QString &text);

    // Ctrl+D: bookmarks the post at the given heading anchor and scroll fraction, or removes
    // its bookmark (undoable). Returns whether the post is bookmarked afterwards.
    bool toggleBookmark(qint64 postId, const QString &anchor = {}, double position = 0);
    // Bookmarks the post asking for a label first (Ctrl+Shift+D); false when cancelled.
    bool bookmarkWithLabel(qint64 postId, const QString &anchor = {}, double position = 0);
    // Asks for a new label (F2).
    void editLabel(qint64 bookmarkId);
    bool setLabel(qint64 bookmarkId, const QString &label);
    // Removes a bookmark; undoRemove() puts the last removed one back.
    bool removeBookmark(qint64 bookmarkId);
    bool undoRemove();
    bool canUndo() const { return !m_removed.isEmpty(); }

    // Opens the bookmark in the current row (what Enter does).
    void openCurrent();

    // For the window's tab order and for tests.
    QLineEdit *filterField() const { return m_filter; }
    QListView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const;

signals:
    void openRequested(qint64 postId, const QString &permalink, const QString &anchor,
                       double position);
    // For the status bar.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    qint64 currentBookmarkId() const;
    void selectBookmark(qint64 bookmarkId);
    void updateUndoBar();
    void reportError(const QString &error);

    Library *m_library = nullptr;
    BookmarksModel *m_model = nullptr;
    bool m_ownsModel = false;
    class SortFilter;
    SortFilter *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_sort = nullptr;
    QListView *m_view = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QList<Bookmark> m_removed; // for undo, most recent last
};

} // namespace Lectern
