#include "models/sourcesmodel.h"

#include "models/rowsync.h"
#include "sources/sourcemanager.h"

#include <QColor>
#include <QLocale>

namespace Lectern {

SourcesModel::SourcesModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    m_rows = SourceRegistry(m_db).list();
}

void SourcesModel::attach(SourceManager *manager)
{
    connect(manager, &SourceManager::sourcesChanged, this, &SourcesModel::reload);
    connect(manager, &SourceManager::sourceStarted, this,
            [this](qint64 id) { setRefreshing(id, true); });
    connect(manager, &SourceManager::progress, this, &SourcesModel::setProgress);
    connect(manager, &SourceManager::sourceFinished, this,
            [this](const RefreshResult &r) { setRefreshing(r.sourceId, false); });
    connect(manager, &SourceManager::articlesFinished, this,
            [this](qint64 id) { setRefreshing(id, false); });
    connect(manager, &SourceManager::idle, this, [this] {
        const QList<qint64> ids = m_progress.keys();
        for (qint64 id : ids)
            setRefreshing(id, false);
    });
}

void SourcesModel::reload()
{
    const QList<Source> fresh = SourceRegistry(m_db).list();
    RowSync::apply(*this, QModelIndex(), m_rows, fresh, [](const Source &s) { return s.id; });
}

void SourcesModel::rowChanged(qint64 sourceId)
{
    const int row = rowOf(sourceId);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SourcesModel::setRefreshing(qint64 sourceId, bool refreshing)
{
    if (refreshing == m_progress.contains(sourceId))
        return;
    if (refreshing)
        m_progress.insert(sourceId, 0);
    else
        m_progress.remove(sourceId);
    rowChanged(sourceId);
}

void SourcesModel::setProgress(qint64 sourceId, int done, int total)
{
    const int percent = total > 0 ? std::clamp(done * 100 / total, 0, 100) : 0;
    const auto it = m_progress.find(sourceId);
    if (it == m_progress.end() || *it == percent)
        return;
    *it = percent;
    const int row = rowOf(sourceId);
    if (row >= 0)
        emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

QString SourcesModel::detailsText(const Source &s)
{
    if (!s.lastError.isEmpty())
        return s.lastError;
    if (s.lastStatus == RefreshStatus::Ok)
        return tr("%1 new, %2 updated, %3 unchanged, %4 gone")
            .arg(s.lastAdded)
            .arg(s.lastUpdated)
            .arg(s.lastUnchanged)
            .arg(s.lastGone);
    if (s.lastStatus == RefreshStatus::Unchanged)
        return tr("Not modified since the last refresh");
    return {};
}

QString SourcesModel::authText(const Source &s)
{
    switch (s.auth) {
    case AuthKind::None:
        return tr("None");
    case AuthKind::Basic:
        return s.hasSecret ? tr("Basic, password in the keychain")
                           : tr("Basic, no password stored");
    case AuthKind::Bearer:
        return s.hasSecret ? tr("Bearer, token in the keychain") : tr("Bearer, no token stored");
    }
    return {};
}

int SourcesModel::rowOf(qint64 sourceId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == sourceId)
            return i;
    return -1;
}

qint64 SourcesModel::sourceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

Source SourcesModel::sourceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Source();
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &s = m_rows.at(index.row());
    const bool refreshing = m_progress.contains(s.id);
    switch (role) {
    case SourceIdRole:
        return s.id;
    case KindRole:
        return s.kindName;
    case LocationRole:
        return s.location;
    case StatusRole:
        return int(s.lastStatus);
    case ErrorRole:
        return s.lastError;
    case PostCountRole:
        return s.postCount;
    case MissingCountRole:
        return s.missingCount;
    case LastRefreshRole:
        return s.lastRefresh;
    case AuthRole:
        return int(s.auth);
    case HasSecretRole:
        return s.hasSecret;
    case RefreshingRole:
        return refreshing;
    case ProgressRole:
        return refreshing ? m_progress.value(s.id) : -1;
    case RefreshableRole:
        return s.isRefreshable();
    case SourceRole:
        return QVariant::fromValue(s);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.displayName();
        case KindColumn:
            return SourceRegistry::kindLabel(s.kind);
        case AddressColumn:
            return s.location;
        case PostsColumn:
            return s.postCount;
        case LastRefreshColumn:
            return s.lastRefresh.isValid()
                       ? QLocale().toString(s.lastRefresh.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        case StatusColumn:
            if (refreshing)
                return tr("Refreshing\u2026 %1%").arg(m_progress.value(s.id));
            return SourceRegistry::statusLabel(s.lastStatus);
        case AuthColumn:
            return authText(s);
        case DetailsColumn:
            return detailsText(s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
        case AddressColumn:
            return s.location;
        case PostsColumn:
            return s.missingCount ? tr("%1 posts, %2 gone from the source (kept)")
                                        .arg(s.postCount)
                                        .arg(s.missingCount)
                                  : tr("%1 posts").arg(s.postCount);
        case StatusColumn:
        case DetailsColumn:
            return detailsText(s);
        case AuthColumn:
            return authText(s);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // A source in trouble stands out in the list (its words say what is wrong).
        if ((index.column() == StatusColumn || index.column() == DetailsColumn) && !refreshing &&
            (s.lastStatus == RefreshStatus::Failed ||
             s.lastStatus == RefreshStatus::NeedsCredentials))
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PostsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AuthColumn:
        return tr("Sign-in");
    case DetailsColumn:
        return tr("Details");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case AddressColumn:
        return tr("Address");
    case PostsColumn:
        return tr("Posts");
    case LastRefreshColumn:
        return tr("Last refresh");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> SourcesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SourceIdRole, "sourceId");
    names.insert(KindRole, "kind");
    names.insert(LocationRole, "location");
    names.insert(StatusRole, "status");
    names.insert(ErrorRole, "error");
    names.insert(PostCountRole, "postCount");
    names.insert(MissingCountRole, "missingCount");
    names.insert(LastRefreshRole, "lastRefresh");
    names.insert(AuthRole, "auth");
    names.insert(HasSecretRole, "hasSecret");
    names.insert(RefreshingRole, "refreshing");
    names.insert(ProgressRole, "progress");
    names.insert(RefreshableRole, "refreshable");
    names.insert(SourceRole, "source");
    return names;
}

} // namespace Lectern
