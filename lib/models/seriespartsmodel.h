#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSqlDatabase>

namespace Lectern {

// The parts of one series in reading order, with the post being read marked, for the series
// strip beside the reader.
//
// Roles:
//   Qt::DisplayRole   QString  the part's title without the series name in front
//                              ("Introduction" for "Django Conquered: Introduction")
//   Qt::FontRole      QFont    bold on the current part, invalid elsewhere
//   PostIdRole        qint64
//   PermalinkRole     QString
//   TitleRole         QString  the full title (also Qt::ToolTipRole)
//   PositionRole      int      1-based part number
//   IsReadRole        bool
//   CurrentRole       bool     the part is the post set by setCurrentPost()
class SeriesPartsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        PermalinkRole,
        TitleRole,
        PositionRole,
        IsReadRole,
        CurrentRole,
    };
    Q_ENUM(Role)

    explicit SeriesPartsModel(QSqlDatabase db, QObject *parent = nullptr);

    qint64 seriesId() const { return m_seriesId; }
    QString seriesName() const { return m_seriesName; }
    // Another series (0: none): a reset.
    void setSeries(qint64 seriesId);
    qint64 currentPost() const { return m_currentPost; }
    // Marks `postId` as the part being read (0 or a post outside the series: none), with
    // dataChanged for the previous and the new current row only.
    void setCurrentPost(qint64 postId);
    int rowOf(qint64 postId) const; // -1 when the post is not a part

    // Re-reads one part's read state; dataChanged when it changed.
    void refreshPost(qint64 postId);
    // Re-reads the parts after an import, with row signals.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    friend class RowSync;
    struct Part
    {
        qint64 postId = 0;
        QString permalink;
        QString title;
        QString shortTitle;
        int position = 0;
        bool read = false;
        bool operator==(const Part &) const = default;
    };
    QList<Part> readParts() const;
    void changed(int row, const QList<int> &roles);

    QSqlDatabase m_db;
    qint64 m_seriesId = 0;
    QString m_seriesName;
    qint64 m_currentPost = 0;
    QList<Part> m_parts;
};

} // namespace Lectern
