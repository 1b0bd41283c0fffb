#pragma once

#include "sources/sourceregistry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Lectern {

class SourceManager;

// The library's sources for the Sources dialog: one row per source, in the order they were
// added. Columns: Name, Kind, Address, Posts, Last refresh, Status, Sign-in (the kind of
// authentication and whether its secret is stored), Details (the last error, else the last
// refresh's change counts).
//
// Roles (every column):
//   SourceIdRole      qint64         sources.id
//   KindRole          QString        "hugo-index", "rss", "atom", "jsonfeed", "markdown-folder"
//   LocationRole      QString        URL or folder
//   StatusRole        int            RefreshStatus of the last refresh
//   ErrorRole         QString        what went wrong last time (empty when nothing did)
//   PostCountRole     int            posts of the source not missing
//   MissingCountRole  int            posts gone from the source (kept for their marks)
//   LastRefreshRole   QDateTime      last attempt (invalid: never)
//   AuthRole          int            AuthKind
//   HasSecretRole     bool           the keychain holds its password/token
//   RefreshingRole    bool           a refresh of it is running now
//   ProgressRole      int            0-100 while refreshing, -1 otherwise
//   RefreshableRole   bool           false for the bundled sample
//   SourceRole        Lectern::Source  the whole row
// Qt::ToolTipRole: the address on Name/Address, the counts or the error on Status.
// reload() re-reads the table and announces the difference with row signals and dataChanged
// (no reset), so a view keeps its selection while refreshes finish.
class SourcesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        KindColumn,
        AddressColumn,
        PostsColumn,
        LastRefreshColumn,
        StatusColumn,
        AuthColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SourceIdRole = Qt::UserRole + 1,
        KindRole,
        LocationRole,
        StatusRole,
        ErrorRole,
        PostCountRole,
        MissingCountRole,
        LastRefreshRole,
        AuthRole,
        HasSecretRole,
        RefreshingRole,
        ProgressRole,
        RefreshableRole,
        SourceRole,
    };
    Q_ENUM(Role)

    explicit SourcesModel(QSqlDatabase db, QObject *parent = nullptr);

    // Follows a SourceManager: reloads when sources change, shows which one is refreshing
    // and how far it got.
    void attach(SourceManager *manager);

    void reload();
    void setRefreshing(qint64 sourceId, bool refreshing);
    void setProgress(qint64 sourceId, int done, int total);

    int rowOf(qint64 sourceId) const;
    qint64 sourceIdAt(int row) const;
    Source sourceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    friend class RowSync;
    void rowChanged(qint64 sourceId);
    static QString detailsText(const Source &s);
    static QString authText(const Source &s);

    QSqlDatabase m_db;
    QList<Source> m_rows;
    QHash<qint64, int> m_progress; // source id -> percent, for the ones refreshing
};

} // namespace Lectern
