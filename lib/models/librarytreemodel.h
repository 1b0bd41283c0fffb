#pragma once

#include "models/postlistmodel.h"

#include <QAbstractItemModel>
#include <QList>
#include <QSqlDatabase>

namespace Lectern {

// The library tree shown while the search field is empty:
//
//   All posts (N)
//   Categories      > one row per category that has posts: "name (posts)"
//   Series          > one row per series: "name (parts)"
//   Tags            > one row per tag that has posts (none for a plain Hugo index)
//   Bookmarks (N)
//
// The five top rows are always there, in that order (see TopRow). reload() re-reads the counts
// and lists and announces only what changed: dataChanged for a changed count, row insertions
// and removals for categories, series or tags that appeared or went away.
//
// Roles:
//   NodeKindRole  int (NodeKind)
//   FilterRole    PostFilter for the rows that select posts (All posts, a category, a series,
//                 a tag, Bookmarks) to pass to PostListModel::setFilter; invalid on group rows
//   NameRole      QString  the name without the count ("django", "All posts")
//   CountRole     int      posts, parts, or (on group rows) child rows
//   IdRole        qint64   categories.id / series.id / tags.id; 0 elsewhere
class LibraryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        NodeKindRole = Qt::UserRole + 1,
        FilterRole,
        NameRole,
        CountRole,
        IdRole
    };
    Q_ENUM(Role)
    enum NodeKind
    {
        AllPostsNode,
        CategoriesNode,
        CategoryNode,
        SeriesGroupNode,
        SeriesNode,
        TagsNode,
        TagNode,
        BookmarksNode,
    };
    Q_ENUM(NodeKind)
    enum TopRow
    {
        AllPostsRow,
        CategoriesRow,
        SeriesRow,
        TagsRow,
        BookmarksRow,
        TopRowCount
    };

    explicit LibraryTreeModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    // The row that selects `filter`, invalid when there is none.
    QModelIndex indexOf(const PostFilter &filter) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    friend class RowSync;
    struct Entry
    {
        qint64 id = 0;
        QString name;
        int count = 0;
        bool operator==(const Entry &) const = default;
    };
    struct Snapshot
    {
        int posts = 0;
        int bookmarks = 0;
        QList<Entry> groups[3]; // categories, series, tags
    };
    Snapshot read() const;
    // Group number (0..2) of a top row that has children, -1 otherwise.
    static int groupOf(int topRow);

    QSqlDatabase m_db;
    Snapshot m_data;
};

} // namespace Lectern
