#include "models/librarytreemodel.h"

#include "models/rowsync.h"
#include "store/sql.h"

namespace Lectern {

namespace {

// Tree rows carry the top row of their parent in internalId; top rows carry 0.
constexpr quintptr topLevel = 0;

} // namespace

LibraryTreeModel::LibraryTreeModel(QSqlDatabase db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(std::move(db))
    , m_data(read())
{}

LibraryTreeModel::Snapshot LibraryTreeModel::read() const
{
    const auto entries = [](const QSqlDatabase &db, const char *sql) {
        QList<Entry> list;
        Sql q(db, sql);
        if (!q.exec()) {
            qWarning("LibraryTreeModel: %s", qPrintable(q.error()));
            return list;
        }
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
        return list;
    };
    Snapshot s;
    s.posts = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM posts")).toInt();
    s.bookmarks = Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM bookmarks")).toInt();
    s.groups[0] = entries(m_db, "SELECT c.id, c.name, count(*) FROM categories c "
                                "JOIN posts p ON p.category_id = c.id GROUP BY c.id "
                                "ORDER BY c.name COLLATE NOCASE, c.id");
    s.groups[1] = entries(m_db, "SELECT s.id, s.name, count(*) FROM series s "
                                "JOIN series_parts sp ON sp.series_id = s.id GROUP BY s.id "
                                "ORDER BY s.name COLLATE NOCASE, s.id");
    s.groups[2] = entries(m_db, "SELECT t.id, t.name, count(*) FROM tags t "
                                "JOIN post_tags pt ON pt.tag_id = t.id GROUP BY t.id "
                                "ORDER BY t.name COLLATE NOCASE, t.id");
    return s;
}

int LibraryTreeModel::groupOf(int topRow)
{
    switch (topRow) {
    case CategoriesRow:
        return 0;
    case SeriesRow:
        return 1;
    case TagsRow:
        return 2;
    default:
        return -1;
    }
}

void LibraryTreeModel::reload()
{
    Snapshot fresh = read();
    const auto changedTop = [this](int row) { emit dataChanged(index(row, 0), index(row, 0)); };
    if (fresh.posts != m_data.posts) {
        m_data.posts = fresh.posts;
        changedTop(AllPostsRow);
    }
    for (int row : {CategoriesRow, SeriesRow, TagsRow}) {
        QList<Entry> &current = m_data.groups[groupOf(row)];
        const qsizetype before = current.size();
        RowSync::apply(*this, index(row, 0), current, fresh.groups[groupOf(row)],
                       [](const Entry &e) { return e.id; });
        if (current.size() != before) // the group row's CountRole
            changedTop(row);
    }
    if (fresh.bookmarks != m_data.bookmarks) {
        m_data.bookmarks = fresh.bookmarks;
        changedTop(BookmarksRow);
    }
}

QModelIndex LibraryTreeModel::indexOf(const PostFilter &filter) const
{
    int row = -1;
    switch (filter.kind) {
    case PostFilter::All:
        return index(AllPostsRow, 0);
    case PostFilter::Bookmarked:
        return index(BookmarksRow, 0);
    case PostFilter::Category:
        row = CategoriesRow;
        break;
    case PostFilter::Series:
        row = SeriesRow;
        break;
    case PostFilter::Tag:
        row = TagsRow;
        break;
    }
    const QList<Entry> &list = m_data.groups[groupOf(row)];
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).id == filter.id)
            return index(i, 0, index(row, 0));
    return {};
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, topLevel);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel)
        return {};
    return createIndex(int(child.internalId()), 0, topLevel);
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return TopRowCount;
    if (parent.column() != 0 || parent.internalId() != topLevel)
        return 0;
    const int group = groupOf(parent.row());
    return group < 0 ? 0 : int(m_data.groups[group].size());
}

int LibraryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != topLevel) {
        const int topRow = int(index.internalId());
        const Entry &e = m_data.groups[groupOf(topRow)].at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(e.name).arg(e.count);
        case NameRole:
            return e.name;
        case CountRole:
            return e.count;
        case IdRole:
            return e.id;
        case NodeKindRole:
            return topRow == CategoriesRow ? CategoryNode
                   : topRow == SeriesRow   ? SeriesNode
                                           : TagNode;
        case FilterRole:
            return QVariant::fromValue(topRow == CategoriesRow ? PostFilter::category(e.id)
                                       : topRow == SeriesRow   ? PostFilter::series(e.id)
                                                               : PostFilter::tag(e.id));
        default:
            return {};
        }
    }

    const int row = index.row();
    const int group = groupOf(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (row) {
        case AllPostsRow:
            return tr("All posts (%1)").arg(m_data.posts);
        case BookmarksRow:
            return tr("Bookmarks (%1)").arg(m_data.bookmarks);
        default:
            return data(index, NameRole);
        }
    case NameRole:
        switch (row) {
        case AllPostsRow:
            return tr("All posts");
        case CategoriesRow:
            return tr("Categories");
        case SeriesRow:
            return tr("Series");
        case TagsRow:
            return tr("Tags");
        default:
            return tr("Bookmarks");
        }
    case CountRole:
        return row == AllPostsRow    ? m_data.posts
               : row == BookmarksRow ? m_data.bookmarks
                                     : int(m_data.groups[group].size());
    case IdRole:
        return qint64(0);
    case NodeKindRole:
        switch (row) {
        case AllPostsRow:
            return AllPostsNode;
        case CategoriesRow:
            return CategoriesNode;
        case SeriesRow:
            return SeriesGroupNode;
        case TagsRow:
            return TagsNode;
        default:
            return BookmarksNode;
        }
    case FilterRole:
        if (row == AllPostsRow)
            return QVariant::fromValue(PostFilter::all());
        if (row == BookmarksRow)
            return QVariant::fromValue(PostFilter::bookmarked());
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags LibraryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    // Group rows only fold and unfold; every other row selects posts.
    if (index.internalId() == topLevel && groupOf(index.row()) >= 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> LibraryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{NodeKindRole, "nodeKind"},
                  {FilterRole, "filter"},
                  {NameRole, "name"},
                  {CountRole, "count"},
                  {IdRole, "id"}});
    return names;
}

} // namespace Lectern
