#include "models/notesmodel.h"

#include "models/rowsync.h"

#include <algorithm>

namespace Lectern {

namespace {

// The store's order: newest first, then the larger id.
bool before(const Note &a, const Note &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

QString firstLine(const QString &body)
{
    for (const QStringView line : QStringView(body).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed.toString();
    }
    return {};
}

} // namespace

NotesModel::NotesModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(std::move(db))
    , m_rows(m_repository.list())
{}

void NotesModel::setPostFilter(qint64 postId)
{
    if (postId == m_postId)
        return;
    beginResetModel();
    m_postId = postId;
    m_rows = m_repository.list(postId);
    endResetModel();
}

void NotesModel::place(const Note &note)
{
    if (m_postId && note.postId != m_postId)
        return;
    if (const int row = rowOf(note.id); row >= 0) {
        if (!(m_rows.at(row) == note)) {
            m_rows[row] = note;
            emit dataChanged(index(row), index(row));
        }
        return;
    }
    const int row =
        int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), note, before) - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, note);
    endInsertRows();
}

std::optional<Note> NotesModel::setPostNote(qint64 postId, const QString &body, QString *error)
{
    auto note = m_repository.setPostNote(postId, body, error);
    if (note)
        place(*note);
    return note;
}

std::optional<Note> NotesModel::setHighlightNote(qint64 highlightId, const QString &body,
                                                 QString *error)
{
    auto note = m_repository.setHighlightNote(highlightId, body, error);
    if (note)
        place(*note);
    return note;
}

bool NotesModel::removeNote(qint64 noteId, QString *error)
{
    if (!m_repository.remove(noteId, error))
        return false;
    if (const int row = rowOf(noteId); row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    return true;
}

int NotesModel::rowOf(qint64 noteId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == noteId)
            return i;
    return -1;
}

Note NotesModel::noteAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Note();
}

void NotesModel::reload()
{
    RowSync::apply(*this, {}, m_rows, m_repository.list(m_postId),
                   [](const Note &n) { return n.id; });
}

int NotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Note &n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return firstLine(n.body);
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case BodyRole:
        return n.body;
    case NoteIdRole:
        return n.id;
    case PostIdRole:
        return n.postId;
    case HighlightIdRole:
        return n.highlightId;
    case TitleRole:
        return n.title;
    case PermalinkRole:
        return n.permalink;
    case QuoteRole:
        return n.quote;
    case CreatedRole:
        return n.createdAt;
    case UpdatedRole:
        return n.updatedAt;
    default:
        return {};
    }
}

bool NotesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::EditRole && role != BodyRole))
        return false;
    const Note &n = m_rows.at(index.row());
    const QString body = value.toString();
    if (body == n.body)
        return true;
    QString error;
    const auto saved = n.highlightId ? setHighlightNote(n.highlightId, body, &error)
                                     : setPostNote(n.postId, body, &error);
    if (!saved)
        qWarning("NotesModel: %s", qPrintable(error));
    return saved.has_value();
}

Qt::ItemFlags NotesModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) |
           (index.isValid() ? Qt::ItemIsEditable | Qt::ItemNeverHasChildren : Qt::NoItemFlags);
}

QHash<int, QByteArray> NotesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NoteIdRole, "noteId"},
                  {PostIdRole, "postId"},
                  {HighlightIdRole, "highlightId"},
                  {BodyRole, "body"},
                  {TitleRole, "title"},
                  {PermalinkRole, "permalink"},
                  {QuoteRole, "quote"},
                  {CreatedRole, "created"},
                  {UpdatedRole, "updated"}});
    return names;
}

} // namespace Lectern
