#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QVariant>

namespace Lectern {

// Which posts a PostListModel shows. LibraryTreeModel hands these out in its FilterRole.
struct PostFilter
{
    enum Kind
    {
        All,
        Category,
        Series,
        Tag,
        Bookmarked
    };
    Kind kind = All;
    qint64 id = 0; // categories.id, series.id or tags.id; unused for All and Bookmarked

    static PostFilter all() { return {}; }
    static PostFilter category(qint64 id) { return {Category, id}; }
    static PostFilter series(qint64 id) { return {Series, id}; }
    static PostFilter tag(qint64 id) { return {Tag, id}; }
    static PostFilter bookmarked() { return {Bookmarked, 0}; }
    bool operator==(const PostFilter &) const = default;
};

// The list of posts beside the reader: one category, one series, one tag, the bookmarked posts,
// or all of them. One column (the title). Rows are loaded in pages (canFetchMore/fetchMore), each
// starting after the last row loaded, so libraries of any size open at once and the last page
// costs what the first does. Not fetched re-entrantly from inside its own change signals.
//
// Roles (every column):
//   PostIdRole        qint64   posts.id
//   PermalinkRole     QString
//   TitleRole         QString  also Qt::DisplayRole and Qt::ToolTipRole
//   CategoryRole      QString  the category name, empty when the post has none
//   SeriesRole        QString  the series name, empty when the post is in none
//   SeriesPartRole    int      1-based part number in reading order, 0 outside a series
//   IsReadRole        bool
//   IsBookmarkedRole  bool
//   IsMissingRole     bool     gone from its source at the last import (kept for its marks)
class PostListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        PermalinkRole,
        TitleRole,
        CategoryRole,
        SeriesRole,
        SeriesPartRole,
        IsReadRole,
        IsBookmarkedRole,
        IsMissingRole,
    };
    Q_ENUM(Role)

    // The one-column list has no columns to choose a sort key, so sort()'s column argument is
    // one of these; -1 (Qt's "unsorted") means PublicationOrder.
    enum SortKey
    {
        PublicationOrder, // ascending: newest first, as the source lists them; in a series
                          // filter it is reading order (part 1 first)
        TitleOrder,
        CategoryOrder, // by category name, then publication order; posts without one last
    };
    Q_ENUM(SortKey)

    static constexpr int defaultPageSize = 200;

    explicit PostListModel(QSqlDatabase db, QObject *parent = nullptr);

    PostFilter filter() const { return m_filter; }
    // Shows other posts: a reset, with the first page loaded.
    void setFilter(const PostFilter &filter);
    SortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows); // takes effect at the next fetchMore or filter change
    // Posts matching the filter, loaded or not.
    int totalCount() const { return m_total; }

    int rowOf(qint64 postId) const; // -1 when not loaded
    qint64 postIdAt(int row) const;

    // Re-reads one post (its read or bookmark state changed, say) and announces only that:
    // dataChanged, or a removal / insertion when it left or joined the filter.
    void refreshPost(qint64 postId);
    // Re-reads the loaded rows after the library changed (an import), with row signals.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Keeps the loaded rows (and the selection, through persistent indexes) in the new order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    friend class RowSync;
    struct Row
    {
        qint64 id = 0;
        QString permalink;
        QString title;
        QString category;
        QString series;
        int seriesPart = 0;
        bool read = false;
        bool bookmarked = false;
        bool missing = false;
        int pubOrder = 0;
        bool operator==(const Row &) const = default;
    };
    struct SortTerm
    {
        const char *expression;
        QVariant value; // of the row a page starts after
        bool descending;
    };
    QList<SortTerm> sortTerms(const Row &after) const;
    // Up to `limit` rows in order, starting after `after` (from the top when null); only the
    // row of `onlyPost` when it is not 0.
    QList<Row> query(int limit, const Row *after = nullptr, qint64 onlyPost = 0) const;
    int count() const;

    QSqlDatabase m_db;
    PostFilter m_filter;
    SortKey m_sortKey = PublicationOrder;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = defaultPageSize;
    int m_total = 0;
    QList<Row> m_rows;
    // Set while this model changes and announces it: a listener calling fetchMore() from a
    // modelReset or rowsInserted slot would otherwise insert rows before the later listeners
    // have heard of the first change.
    bool m_changing = false;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::PostFilter)
