#include "models/bookmarksmodel.h"

#include "models/rowsync.h"

#include <QSet>
#include <algorithm>

namespace Lectern {

namespace {

// The store's order: newest first, then the larger id.
bool before(const Bookmark &a, const Bookmark &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

} // namespace

BookmarksModel::BookmarksModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(std::move(db))
    , m_rows(m_repository.list())
{}

std::optional<Bookmark> BookmarksModel::addBookmark(qint64 postId, const QString &label,
                                                    QString *error)
{
    return addBookmark(postId, label, QString(), 0, error);
}

std::optional<Bookmark> BookmarksModel::addBookmark(qint64 postId, const QString &label,
                                                    const QString &anchor, double position,
                                                    QString *error)
{
    auto added = m_repository.add(postId, label, anchor, position, error);
    if (added)
        placeRow(*added);
    return added;
}

std::optional<Bookmark> BookmarksModel::restoreBookmark(const Bookmark &bookmark, QString *error)
{
    auto restored = m_repository.restore(bookmark, error);
    if (restored)
        placeRow(*restored);
    return restored;
}

void BookmarksModel::placeRow(const Bookmark &b)
{
    const int row =
        int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), b, before) - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, b);
    endInsertRows();
    emit bookmarkToggled(b.postId, true);
}

bool BookmarksModel::removeBookmark(qint64 bookmarkId, QString *error)
{
    const auto existing = m_repository.byId(bookmarkId);
    if (!m_repository.remove(bookmarkId, error))
        return false;
    if (const int row = rowOf(bookmarkId); row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else {
        reload(); // it was written elsewhere since the last reload
    }
    if (existing)
        emit bookmarkToggled(existing->postId, false);
    return true;
}

bool BookmarksModel::setLabel(qint64 bookmarkId, const QString &label, QString *error)
{
    if (!m_repository.setLabel(bookmarkId, label, error))
        return false;
    const int row = rowOf(bookmarkId);
    const auto now = m_repository.byId(bookmarkId);
    if (row < 0 || !now) {
        reload();
        return true;
    }
    m_rows[row] = *now;
    emit dataChanged(index(row), index(row));
    return true;
}

int BookmarksModel::rowOf(qint64 bookmarkId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == bookmarkId)
            return i;
    return -1;
}

int BookmarksModel::rowOfPost(qint64 postId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).postId == postId)
            return i;
    return -1;
}

Bookmark BookmarksModel::bookmarkAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Bookmark();
}

void BookmarksModel::reload()
{
    const QList<Bookmark> fresh = m_repository.list();
    QSet<qint64> before, after;
    for (const Bookmark &b : std::as_const(m_rows))
        before.insert(b.postId);
    for (const Bookmark &b : fresh)
        after.insert(b.postId);
    RowSync::apply(*this, {}, m_rows, fresh, [](const Bookmark &b) { return b.id; });
    for (qint64 postId : after - before)
        emit bookmarkToggled(postId, true);
    for (qint64 postId : before - after)
        emit bookmarkToggled(postId, false);
}

int BookmarksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BookmarksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bookmark &b = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return b.label.isEmpty() ? b.title : b.label;
    case Qt::ToolTipRole:
    case TitleRole:
        return b.title;
    case BookmarkIdRole:
        return b.id;
    case PostIdRole:
        return b.postId;
    case PermalinkRole:
        return b.permalink;
    case CategoryRole:
        return b.category;
    case LabelRole:
        return b.label;
    case AnchorRole:
        return b.anchor;
    case PositionRole:
        return b.position;
    case CreatedRole:
        return b.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> BookmarksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{BookmarkIdRole, "bookmarkId"},
                  {PostIdRole, "postId"},
                  {TitleRole, "title"},
                  {PermalinkRole, "permalink"},
                  {CategoryRole, "category"},
                  {LabelRole, "label"},
                  {AnchorRole, "anchor"},
                  {PositionRole, "position"},
                  {CreatedRole, "created"}});
    return names;
}

} // namespace Lectern
