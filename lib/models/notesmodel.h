#pragma once

#include "store/marks.h"

#include <QAbstractListModel>
#include <QList>
#include <optional>

namespace Lectern {

// Notes, newest first: every note, or those of one post (setPostFilter). Writes go through
// NoteRepository and reach the view as one row signal each: a new note is an insertion, a
// removed one a removal, an edited one dataChanged for its row (editing never moves a row:
// the order is by creation).
//
// Roles:
//   Qt::DisplayRole    QString  the body's first non-blank line
//   Qt::EditRole       QString  the whole body; setData() on it saves the note
//   Qt::ToolTipRole    QString  the whole body
//   NoteIdRole         qint64   notes.id
//   PostIdRole         qint64
//   HighlightIdRole    qint64   0 for a note on the whole post
//   BodyRole           QString  Markdown (also settable)
//   TitleRole          QString  the post's title
//   PermalinkRole      QString
//   QuoteRole          QString  the highlighted passage, empty for a post note
//   CreatedRole, UpdatedRole  QDateTime (UTC)
class NotesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1,
        PostIdRole,
        HighlightIdRole,
        BodyRole,
        TitleRole,
        PermalinkRole,
        QuoteRole,
        CreatedRole,
        UpdatedRole,
    };
    Q_ENUM(Role)

    explicit NotesModel(QSqlDatabase db, QObject *parent = nullptr);

    qint64 postFilter() const { return m_postId; }
    // Only the notes of `postId` (0: all notes; a negative id: none, for "no post open"):
    // a reset.
    void setPostFilter(qint64 postId);

    // Upserts through NoteRepository (one note per post, one per highlight). A note outside
    // the filter is saved but not shown. nullopt / false: nothing changed, *error says why.
    std::optional<Note> setPostNote(qint64 postId, const QString &body, QString *error);
    std::optional<Note> setHighlightNote(qint64 highlightId, const QString &body, QString *error);
    bool removeNote(qint64 noteId, QString *error);

    int rowOf(qint64 noteId) const;
    Note noteAt(int row) const;

    // Re-reads the store (after writes made elsewhere, or a highlight's removal), with row
    // signals.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    friend class RowSync;
    // Shows a note just written: dataChanged for its row, or an insertion in order.
    void place(const Note &note);

    NoteRepository m_repository;
    qint64 m_postId = 0;
    QList<Note> m_rows;
};

} // namespace Lectern
