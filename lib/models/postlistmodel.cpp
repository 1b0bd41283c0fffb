#include "models/postlistmodel.h"

#include "models/rowsync.h"
#include "store/sql.h"

#include <QHash>
#include <QScopedValueRollback>
#include <QSqlQuery>

namespace Lectern {

namespace {

const char *const rowFrom =
    "FROM posts p LEFT JOIN categories c ON c.id = p.category_id "
    "LEFT JOIN series_parts sp ON sp.post_id = p.id LEFT JOIN series s ON s.id = sp.series_id "
    "LEFT JOIN reading_state rs ON rs.post_id = p.id LEFT JOIN bookmarks b ON b.post_id = p.id ";

// The WHERE clause of `filter`, appending its bound values to `params`.
QString whereClause(const PostFilter &filter, QVariantList *params)
{
    switch (filter.kind) {
    case PostFilter::All:
        return QStringLiteral("WHERE 1 ");
    case PostFilter::Category:
        params->append(filter.id);
        return QStringLiteral("WHERE p.category_id = ? ");
    case PostFilter::Series:
        params->append(filter.id);
        return QStringLiteral("WHERE sp.series_id = ? ");
    case PostFilter::Tag:
        params->append(filter.id);
        return QStringLiteral("WHERE p.id IN (SELECT post_id FROM post_tags WHERE tag_id = ?) ");
    case PostFilter::Bookmarked:
        return QStringLiteral("WHERE b.id IS NOT NULL ");
    }
    return QStringLiteral("WHERE 0 ");
}

} // namespace

PostListModel::PostListModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{
    m_total = count();
    m_rows = query(m_pageSize);
}

// The ORDER BY terms of the current sort; the last ones break ties, so the order is total
// and a page can start right after the last row loaded (keyset paging: a page costs the same
// at the end of a long list as at its start, unlike OFFSET).
QList<PostListModel::SortTerm> PostListModel::sortTerms(const Row &r) const
{
    const bool desc = m_sortOrder == Qt::DescendingOrder;
    switch (m_sortKey) {
    case TitleOrder:
        return {{"p.title COLLATE NOCASE", r.title, desc},
                {"p.pub_order", r.pubOrder, false},
                {"p.id", r.id, false}};
    case CategoryOrder: // posts without a category last, in both directions
        return {{"(c.name IS NULL)", r.category.isEmpty() ? 1 : 0, false},
                {"coalesce(c.name, '') COLLATE NOCASE", r.category, desc},
                {"p.pub_order", r.pubOrder, false},
                {"p.id", r.id, false}};
    case PublicationOrder:
        break;
    }
    if (m_filter.kind == PostFilter::Series)
        return {{"sp.position", r.seriesPart, desc}, {"p.id", r.id, desc}};
    return {{"p.pub_order", r.pubOrder, desc}, {"p.id", r.id, desc}};
}

QList<PostListModel::Row> PostListModel::query(int limit, const Row *after, qint64 onlyPost) const
{
    QVariantList params;
    QString sql = QStringLiteral("SELECT p.id, p.permalink, p.title, coalesce(c.name, ''), "
                                 "coalesce(s.name, ''), coalesce(sp.position, 0), "
                                 "coalesce(rs.is_read, 0), b.id IS NOT NULL, p.missing, "
                                 "p.pub_order ") +
                  QLatin1String(rowFrom) + whereClause(m_filter, &params);
    if (onlyPost) {
        sql += QLatin1String("AND p.id = ? ");
        params.append(onlyPost);
    }
    const QList<SortTerm> terms = sortTerms(after ? *after : Row());
    if (after) {
        // (t0 > v0) OR (t0 = v0 AND t1 > v1) OR ..., with < for descending terms.
        QStringList alternatives;
        for (int i = 0; i < terms.size(); ++i) {
            QStringList all;
            for (int j = 0; j < i; ++j) {
                all << QStringLiteral("%1 = ?").arg(QLatin1String(terms.at(j).expression));
                params.append(terms.at(j).value);
            }
            all << QStringLiteral("%1 %2 ?").arg(QLatin1String(terms.at(i).expression),
                                                 QLatin1String(terms.at(i).descending ? "<" : ">"));
            params.append(terms.at(i).value);
            alternatives << all.join(QLatin1String(" AND "));
        }
        sql += QStringLiteral("AND ((%1)) ").arg(alternatives.join(QLatin1String(") OR (")));
    }
    QStringList order;
    for (const SortTerm &t : terms)
        order << QLatin1String(t.expression) + QLatin1String(t.descending ? " DESC" : " ASC");
    sql += QStringLiteral("ORDER BY %1 LIMIT ?").arg(order.join(QLatin1String(", ")));
    params << limit;

    Sql q(m_db, sql);
    for (int i = 0; i < params.size(); ++i)
        q.query().bindValue(i, params.at(i));
    QList<Row> rows;
    if (!q.exec()) {
        qWarning("PostListModel: %s", qPrintable(q.error()));
        return rows;
    }
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.permalink = q.value(1).toString();
        r.title = q.value(2).toString();
        r.category = q.value(3).toString();
        r.series = q.value(4).toString();
        r.seriesPart = q.value(5).toInt();
        r.read = q.value(6).toBool();
        r.bookmarked = q.value(7).toBool();
        r.missing = q.value(8).toBool();
        r.pubOrder = q.value(9).toInt();
        rows.append(r);
    }
    return rows;
}

int PostListModel::count() const
{
    // Without the row query's joins: SQLite does not drop them from a count by itself.
    const char *sql = "SELECT count(*) FROM posts";
    switch (m_filter.kind) {
    case PostFilter::All:
        break;
    case PostFilter::Category:
        sql = "SELECT count(*) FROM posts WHERE category_id = ?";
        break;
    case PostFilter::Series:
        sql = "SELECT count(*) FROM series_parts WHERE series_id = ?";
        break;
    case PostFilter::Tag:
        sql = "SELECT count(*) FROM post_tags WHERE tag_id = ?";
        break;
    case PostFilter::Bookmarked:
        sql = "SELECT count(*) FROM bookmarks";
        break;
    }
    Sql q(m_db, sql);
    if (m_filter.kind != PostFilter::All && m_filter.kind != PostFilter::Bookmarked)
        q.bind({m_filter.id});
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

void PostListModel::setFilter(const PostFilter &filter)
{
    if (filter == m_filter)
        return;
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_filter = filter;
    m_total = count();
    m_rows = query(m_pageSize);
    endResetModel();
}

void PostListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

int PostListModel::rowOf(qint64 postId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == postId)
            return i;
    return -1;
}

qint64 PostListModel::postIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void PostListModel::refreshPost(qint64 postId)
{
    const QScopedValueRollback changing(m_changing, true);
    const int row = rowOf(postId);
    const QList<Row> now = query(1, nullptr, postId);
    if (row >= 0 && !now.isEmpty()) {
        // Sort keys (title, category) only change on import; reload() re-sorts for those.
        if (!(m_rows.at(row) == now.first())) {
            m_rows[row] = now.first();
            emit dataChanged(index(row), index(row));
        }
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        --m_total;
        endRemoveRows();
    } else if (!now.isEmpty()) {
        reload(); // it joined the filter: reload() finds its place
    }
}

void PostListModel::reload()
{
    const QScopedValueRollback changing(m_changing, true);
    const QList<Row> fresh = query(qMax(int(m_rows.size()), m_pageSize));
    m_total = qMax(count(), int(fresh.size()));
    RowSync::apply(*this, {}, m_rows, fresh, [](const Row &r) { return r.id; });
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TitleRole:
        return r.title;
    case PostIdRole:
        return r.id;
    case PermalinkRole:
        return r.permalink;
    case CategoryRole:
        return r.category;
    case SeriesRole:
        return r.series;
    case SeriesPartRole:
        return r.seriesPart;
    case IsReadRole:
        return r.read;
    case IsBookmarkedRole:
        return r.bookmarked;
    case IsMissingRole:
        return r.missing;
    default:
        return {};
    }
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Title");
    return {};
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{PostIdRole, "postId"},
                  {PermalinkRole, "permalink"},
                  {TitleRole, "title"},
                  {CategoryRole, "category"},
                  {SeriesRole, "series"},
                  {SeriesPartRole, "seriesPart"},
                  {IsReadRole, "isRead"},
                  {IsBookmarkedRole, "isBookmarked"},
                  {IsMissingRole, "isMissing"}});
    return names;
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback changing(m_changing, true);
    const QList<Row> more = query(m_pageSize, &m_rows.last());
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the library shrank since the count
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void PostListModel::sort(int column, Qt::SortOrder order)
{
    const QScopedValueRollback changing(m_changing, true);
    if (column > CategoryOrder)
        return;
    const SortKey key = column < 0 ? PublicationOrder : SortKey(column);
    if (key == m_sortKey && order == m_sortOrder)
        return;
    m_sortKey = key;
    m_sortOrder = order;
    if (m_rows.isEmpty())
        return;
    // The same number of rows in the new order: the first N of the new sort, which are the
    // same posts as before whenever everything was loaded.
    const QList<Row> fresh = query(int(m_rows.size()));
    if (fresh.size() != m_rows.size()) { // the library changed underneath: start over
        beginResetModel();
        m_total = count();
        m_rows = query(m_pageSize);
        endResetModel();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<qint64, int> newRow;
    for (int i = 0; i < fresh.size(); ++i)
        newRow.insert(fresh.at(i).id, i);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from) {
        const int r = newRow.value(m_rows.at(i.row()).id, -1);
        to.append(r < 0 ? QModelIndex() : index(r, i.column()));
    }
    m_rows = fresh;
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Lectern
