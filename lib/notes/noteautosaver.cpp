#include "notes/noteautosaver.h"

#include "store/marks.h"

#include <algorithm>

namespace Lectern {

NoteAutosaver::NoteAutosaver(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this] { save(); });
}

NoteAutosaver::~NoteAutosaver()
{
    // No signals from a half-destroyed object: save quietly.
    const QSignalBlocker blocker(this);
    flush();
}

void NoteAutosaver::setDelay(int ms)
{
    m_timer.setInterval(std::clamp(ms, 0, maxDelayMs));
}

QString NoteAutosaver::setTarget(qint64 postId, qint64 highlightId)
{
    flush();
    m_timer.stop();
    m_postId = postId;
    m_highlightId = highlightId;
    const NoteRepository notes(m_db);
    const auto note = highlightId ? notes.highlightNote(highlightId)
                                  : (postId ? notes.postNote(postId) : std::nullopt);
    m_saved = note ? note->body : QString();
    m_text = m_saved;
    return m_saved;
}

void NoteAutosaver::setText(const QString &text)
{
    m_text = text;
    // Started by the first unsaved change and not restarted by later ones: steady typing
    // still reaches the library every delay().
    if (isDirty() && (m_postId || m_highlightId) && !m_timer.isActive())
        m_timer.start();
}

bool NoteAutosaver::flush()
{
    m_timer.stop();
    return save();
}

bool NoteAutosaver::save()
{
    if (!isDirty() || (!m_postId && !m_highlightId))
        return true;
    NoteRepository notes(m_db);
    QString error;
    const QString text = m_text;
    qint64 noteId = 0;
    if (text.trimmed().isEmpty()) {
        const auto existing =
            m_highlightId ? notes.highlightNote(m_highlightId) : notes.postNote(m_postId);
        if (existing && !notes.remove(existing->id, &error)) {
            emit saveFailed(error);
            return false;
        }
    } else {
        const auto note = m_highlightId ? notes.setHighlightNote(m_highlightId, text, &error)
                                        : notes.setPostNote(m_postId, text, &error);
        if (!note) {
            emit saveFailed(error);
            return false;
        }
        noteId = note->id;
    }
    m_saved = text;
    emit saved(noteId, m_postId, m_highlightId);
    return true;
}

} // namespace Lectern
