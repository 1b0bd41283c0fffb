#include "models/seriespartsmodel.h"

#include "models/rowsync.h"
#include "store/sql.h"

#include <QFont>

namespace Lectern {

namespace {

// "Django Conquered: Introduction" in the series "Django Conquered" -> "Introduction".
QString withoutSeriesName(const QString &title, const QString &series)
{
    if (series.isEmpty() || !title.startsWith(series, Qt::CaseInsensitive))
        return title;
    static const QString separators = QStringLiteral(" \t:-|,.\u2013\u2014\u00b7");
    qsizetype i = series.size();
    while (i < title.size() && separators.contains(title.at(i)))
        ++i;
    // Only when the name was followed by a separator: "Django Conqueredness" stays whole.
    if (i == series.size() || i == title.size())
        return title;
    return title.mid(i);
}

} // namespace

SeriesPartsModel::SeriesPartsModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{}

QList<SeriesPartsModel::Part> SeriesPartsModel::readParts() const
{
    QList<Part> parts;
    if (!m_seriesId)
        return parts;
    Sql q(m_db, "SELECT p.id, p.permalink, p.title, sp.position, coalesce(rs.is_read, 0) "
                "FROM series_parts sp JOIN posts p ON p.id = sp.post_id "
                "LEFT JOIN reading_state rs ON rs.post_id = p.id "
                "WHERE sp.series_id = ? ORDER BY sp.position");
    if (!q.exec({m_seriesId})) {
        qWarning("SeriesPartsModel: %s", qPrintable(q.error()));
        return parts;
    }
    while (q.next()) {
        Part p;
        p.postId = q.value(0).toLongLong();
        p.permalink = q.value(1).toString();
        p.title = q.value(2).toString();
        p.shortTitle = withoutSeriesName(p.title, m_seriesName);
        p.position = q.value(3).toInt();
        p.read = q.value(4).toBool();
        parts.append(p);
    }
    return parts;
}

void SeriesPartsModel::setSeries(qint64 seriesId)
{
    if (seriesId == m_seriesId)
        return;
    beginResetModel();
    m_seriesId = seriesId;
    m_seriesName =
        seriesId
            ? Sql::scalar(m_db, QStringLiteral("SELECT name FROM series WHERE id = ?"), {seriesId})
                  .toString()
            : QString();
    m_parts = readParts();
    endResetModel();
}

void SeriesPartsModel::setCurrentPost(qint64 postId)
{
    if (postId == m_currentPost)
        return;
    const int before = rowOf(m_currentPost);
    m_currentPost = postId;
    const int after = rowOf(postId);
    changed(before, {CurrentRole, Qt::FontRole});
    changed(after, {CurrentRole, Qt::FontRole});
}

void SeriesPartsModel::changed(int row, const QList<int> &roles)
{
    if (row >= 0)
        emit dataChanged(index(row), index(row), roles);
}

int SeriesPartsModel::rowOf(qint64 postId) const
{
    if (!postId)
        return -1;
    for (int i = 0; i < m_parts.size(); ++i)
        if (m_parts.at(i).postId == postId)
            return i;
    return -1;
}

void SeriesPartsModel::refreshPost(qint64 postId)
{
    const int row = rowOf(postId);
    if (row < 0)
        return;
    const bool read =
        Sql::scalar(m_db, QStringLiteral("SELECT is_read FROM reading_state WHERE post_id = ?"),
                    {postId})
            .toBool();
    if (read != m_parts.at(row).read) {
        m_parts[row].read = read;
        changed(row, {IsReadRole});
    }
}

void SeriesPartsModel::reload()
{
    const QString name =
        Sql::scalar(m_db, QStringLiteral("SELECT name FROM series WHERE id = ?"), {m_seriesId})
            .toString();
    m_seriesName = name;
    RowSync::apply(*this, {}, m_parts, readParts(), [](const Part &p) { return p.postId; });
}

int SeriesPartsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

QVariant SeriesPartsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Part &p = m_parts.at(index.row());
    const bool current = m_currentPost && p.postId == m_currentPost;
    switch (role) {
    case Qt::DisplayRole:
        return p.shortTitle;
    case Qt::ToolTipRole:
    case TitleRole:
        return p.title;
    case Qt::FontRole:
        if (current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case PostIdRole:
        return p.postId;
    case PermalinkRole:
        return p.permalink;
    case PositionRole:
        return p.position;
    case IsReadRole:
        return p.read;
    case CurrentRole:
        return current;
    default:
        return {};
    }
}

QHash<int, QByteArray> SeriesPartsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{PostIdRole, "postId"},
                  {PermalinkRole, "permalink"},
                  {TitleRole, "title"},
                  {PositionRole, "position"},
                  {IsReadRole, "isRead"},
                  {CurrentRole, "current"}});
    return names;
}

} // namespace Lectern
