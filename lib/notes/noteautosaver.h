#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

namespace Lectern {

// Saves what is typed into a note without a Save button. The editor reports every change
// (setText); the text reaches the library at most delay() (<= 1 s) after the first change that
// is not saved yet, however fast the typing goes on, and at once on flush() (focus change,
// switching notes, close) and on destruction. Each save is one transaction through
// NoteRepository, so the library holds either the previous text or the new one, never half of
// it; a process killed in the middle loses at most the last delay() of typing. Blank text
// removes the note.
class NoteAutosaver final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxDelayMs = 1000;

    explicit NoteAutosaver(QSqlDatabase db, QObject *parent = nullptr);
    ~NoteAutosaver() override;

    // The note being edited: the post's own (highlightId 0) or a highlight's. Saves pending text
    // of the previous note first. Returns the text stored for the new one ("" when none).
    QString setTarget(qint64 postId, qint64 highlightId = 0);
    qint64 postId() const { return m_postId; }
    qint64 highlightId() const { return m_highlightId; }

    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isDirty() const { return m_text != m_saved; }

    // Saves now when something is pending. False (with saveFailed emitted) when it could not.
    bool flush();

    int delay() const { return m_timer.interval(); }
    void setDelay(int ms); // clamped to 0..maxDelayMs

signals:
    // After each save: the note's id, 0 when blank text removed it.
    void saved(qint64 noteId, qint64 postId, qint64 highlightId);
    void saveFailed(const QString &error);

private:
    bool save();

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_postId = 0;
    qint64 m_highlightId = 0;
    QString m_text;  // what the editor holds
    QString m_saved; // what the library holds for the target
};

} // namespace Lectern
