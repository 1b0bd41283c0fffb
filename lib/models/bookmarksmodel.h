#pragma once

#include "store/marks.h"

#include <QAbstractListModel>
#include <QList>
#include <optional>

namespace Lectern {

// The bookmarks panel: every bookmark, newest first. Changes made through this model reach the
// store through BookmarkRepository and the view through one row signal each (an insertion, a
// removal, or dataChanged for a new label), never a reset.
//
// Roles:
//   Qt::DisplayRole    QString  the label when there is one, else the post's title
//   Qt::ToolTipRole    QString  the post's title
//   BookmarkIdRole     qint64   bookmarks.id
//   PostIdRole         qint64
//   TitleRole          QString  the post's title
//   PermalinkRole      QString
//   CategoryRole       QString
//   LabelRole          QString  the user's label, may be empty
//   AnchorRole         QString  heading id in the post to return to, '' for its top
//   PositionRole       double   scroll fraction 0..1 to return to
//   CreatedRole        QDateTime (UTC)
class BookmarksModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        BookmarkIdRole = Qt::UserRole + 1,
        PostIdRole,
        TitleRole,
        PermalinkRole,
        CategoryRole,
        LabelRole,
        AnchorRole,
        PositionRole,
        CreatedRole,
    };
    Q_ENUM(Role)

    explicit BookmarksModel(QSqlDatabase db, QObject *parent = nullptr);

    // Each false / nullopt leaves the store and the model as they were, with *error set.
    std::optional<Bookmark> addBookmark(qint64 postId, const QString &label, QString *error);
    std::optional<Bookmark> addBookmark(qint64 postId, const QString &label, const QString &anchor,
                                        double position, QString *error);
    // Puts back a bookmark removed a moment ago (undo), in its old row.
    std::optional<Bookmark> restoreBookmark(const Bookmark &bookmark, QString *error);
    bool removeBookmark(qint64 bookmarkId, QString *error);
    bool setLabel(qint64 bookmarkId, const QString &label, QString *error);

    int rowOf(qint64 bookmarkId) const;
    int rowOfPost(qint64 postId) const; // -1 when the post is not bookmarked
    Bookmark bookmarkAt(int row) const;

    // Re-reads the store (after an import, or writes made elsewhere), with row signals.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A post gained or lost its bookmark, through this model or found by reload(); connect
    // PostListModel::refreshPost and LibraryTreeModel::reload to it.
    void bookmarkToggled(qint64 postId, bool bookmarked);

private:
    friend class RowSync;
    void placeRow(const Bookmark &b); // in the store's order, with bookmarkToggled
    BookmarkRepository m_repository;
    QList<Bookmark> m_rows;
};

} // namespace Lectern
