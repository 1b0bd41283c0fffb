#include "store/marks.h"

#include "store/library.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Marks", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

// A null QString binds as SQL NULL; these columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Runs `body` in one transaction and commits when it succeeds; on failure nothing is kept.
template<typename Body> bool write(const QSqlDatabase &db, QString *error, Body body)
{
    Transaction t(db);
    if (!t.isActive())
        return fail(error, tr("cannot write to the library: %1").arg(t.error()));
    QString err;
    if (!body(&err))
        return fail(error, err);
    if (!t.commit(&err))
        return fail(error, tr("cannot save to the library: %1").arg(err));
    return true;
}

bool postExists(const QSqlDatabase &db, qint64 postId, QString *error)
{
    Sql q(db, "SELECT 1 FROM posts WHERE id = ?");
    if (!q.exec({postId}))
        return fail(error, q.error());
    if (!q.next())
        return fail(error, tr("no post with id %1 in the library").arg(postId));
    return true;
}

// ---- bookmarks

const char *const bookmarkSelect =
    "SELECT b.id, b.post_id, b.label, b.created_at, p.title, p.permalink, coalesce(c.name, ''), "
    "b.anchor, b.position "
    "FROM bookmarks b JOIN posts p ON p.id = b.post_id "
    "LEFT JOIN categories c ON c.id = p.category_id ";

Bookmark readBookmark(const Sql &q)
{
    Bookmark b;
    b.id = q.value(0).toLongLong();
    b.postId = q.value(1).toLongLong();
    b.label = q.value(2).toString();
    b.createdAt = fromSecs(q.value(3));
    b.title = q.value(4).toString();
    b.permalink = q.value(5).toString();
    b.category = q.value(6).toString();
    b.anchor = q.value(7).toString();
    b.position = q.value(8).toDouble();
    return b;
}

std::optional<Bookmark> oneBookmark(const QSqlDatabase &db, const char *where, qint64 id)
{
    Sql q(db, QString::fromLatin1(bookmarkSelect) + QLatin1String(where));
    if (!q.exec({id}) || !q.next())
        return std::nullopt;
    return readBookmark(q);
}

// A bookmark's place: a scroll fraction 0..1 and a heading id short enough to be one.
bool validPlace(const QString &anchor, double position, QString *error)
{
    if (!std::isfinite(position) || position < 0 || position > 1)
        return fail(error, tr("bookmark position %1 is outside 0..1").arg(position));
    if (anchor.size() > 256 || anchor.contains(u'\n'))
        return fail(error, tr("“%1” is not a heading anchor").arg(anchor.left(40)));
    return true;
}

// ---- highlights

const char *const highlightSelect =
    "SELECT h.id, h.post_id, h.quote, h.prefix, h.suffix, h.start_pos, h.end_pos, h.color, "
    "h.created_at, h.updated_at, coalesce(n.id, 0), coalesce(n.body, ''), h.detached "
    "FROM highlights h "
    "LEFT JOIN notes n ON n.highlight_id = h.id ";

Highlight readHighlight(const Sql &q)
{
    Highlight h;
    h.id = q.value(0).toLongLong();
    h.postId = q.value(1).toLongLong();
    h.quote = q.value(2).toString();
    h.prefix = q.value(3).toString();
    h.suffix = q.value(4).toString();
    h.startPos = q.value(5).toInt();
    h.endPos = q.value(6).toInt();
    h.color = q.value(7).toString();
    h.createdAt = fromSecs(q.value(8));
    h.updatedAt = fromSecs(q.value(9));
    h.noteId = q.value(10).toLongLong();
    h.note = q.value(11).toString();
    h.detached = q.value(12).toBool();
    return h;
}

// Colours end up in the reader's HTML (a class or a style), so only plain names and #rrggbb.
bool validColor(const QString &color)
{
    static const QRegularExpression re(QStringLiteral("^(?:[a-z]{1,20}|#[0-9a-fA-F]{6})$"));
    return re.match(color).hasMatch();
}

// ---- notes

const char *const noteSelect =
    "SELECT n.id, n.post_id, coalesce(n.highlight_id, 0), n.body, n.created_at, n.updated_at, "
    "p.title, p.permalink, coalesce(h.quote, '') FROM notes n JOIN posts p ON p.id = n.post_id "
    "LEFT JOIN highlights h ON h.id = n.highlight_id ";

Note readNote(const Sql &q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.postId = q.value(1).toLongLong();
    n.highlightId = q.value(2).toLongLong();
    n.body = q.value(3).toString();
    n.createdAt = fromSecs(q.value(4));
    n.updatedAt = fromSecs(q.value(5));
    n.title = q.value(6).toString();
    n.permalink = q.value(7).toString();
    n.quote = q.value(8).toString();
    return n;
}

std::optional<Note> oneNote(const QSqlDatabase &db, const char *where, qint64 id)
{
    Sql q(db, QString::fromLatin1(noteSelect) + QLatin1String(where));
    if (!q.exec({id}) || !q.next())
        return std::nullopt;
    return readNote(q);
}

// Replaces the body of the note found by `findSql` (one bound id), or inserts a new one.
bool upsertNote(const QSqlDatabase &db, const char *findSql, qint64 findId, qint64 postId,
                const QVariant &highlightId, const QString &body, qint64 *noteId, QString *error)
{
    Sql find(db, findSql);
    if (!find.exec({findId}))
        return fail(error, find.error());
    const qint64 t = now();
    if (find.next()) {
        *noteId = find.value(0).toLongLong();
        Sql update(db, "UPDATE notes SET body = ?, updated_at = ? WHERE id = ?");
        return update.exec({body, t, *noteId}) || fail(error, update.error());
    }
    Sql insert(db, "INSERT INTO notes(post_id, highlight_id, body, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?)");
    if (!insert.exec({postId, highlightId, body, t, t}))
        return fail(error, insert.error());
    *noteId = insert.query().lastInsertId().toLongLong();
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------

BookmarkRepository::BookmarkRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Bookmark> BookmarkRepository::add(qint64 postId, const QString &label, QString *error)
{
    return add(postId, label, QString(), 0, error);
}

std::optional<Bookmark> BookmarkRepository::add(qint64 postId, const QString &label,
                                                const QString &anchor, double position,
                                                QString *error)
{
    if (!validPlace(anchor, position, error))
        return std::nullopt;
    qint64 id = 0;
    const bool ok = write(m_db, error, [&](QString *err) {
        if (!postExists(m_db, postId, err))
            return false;
        if (const auto existing = forPost(postId))
            return fail(
                err, tr("“%1” (post %2) is already bookmarked").arg(existing->title).arg(postId));
        Sql q(m_db, "INSERT INTO bookmarks(post_id, created_at, label, anchor, position) "
                    "VALUES (?, ?, ?, ?, ?)");
        if (!q.exec({postId, now(), text(label.trimmed()), text(anchor.trimmed()), position}))
            return fail(err, q.error());
        id = q.query().lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return std::nullopt;
    return byId(id);
}

bool BookmarkRepository::remove(qint64 bookmarkId, QString *error)
{
    return write(m_db, error, [&](QString *err) {
        Sql q(m_db, "DELETE FROM bookmarks WHERE id = ?");
        if (!q.exec({bookmarkId}))
            return fail(err, q.error());
        return q.query().numRowsAffected() > 0 ||
               fail(err, tr("no bookmark with id %1").arg(bookmarkId));
    });
}

bool BookmarkRepository::setLabel(qint64 bookmarkId, const QString &label, QString *error)
{
    return write(m_db, error, [&](QString *err) {
        Sql q(m_db, "UPDATE bookmarks SET label = ? WHERE id = ?");
        if (!q.exec({text(label.trimmed()), bookmarkId}))
            return fail(err, q.error());
        return q.query().numRowsAffected() > 0 ||
               fail(err, tr("no bookmark with id %1").arg(bookmarkId));
    });
}

bool BookmarkRepository::setPlace(qint64 bookmarkId, const QString &anchor, double position,
                                  QString *error)
{
    if (!validPlace(anchor, position, error))
        return false;
    return write(m_db, error, [&](QString *err) {
        Sql q(m_db, "UPDATE bookmarks SET anchor = ?, position = ? WHERE id = ?");
        if (!q.exec({text(anchor.trimmed()), position, bookmarkId}))
            return fail(err, q.error());
        return q.query().numRowsAffected() > 0 ||
               fail(err, tr("no bookmark with id %1").arg(bookmarkId));
    });
}

std::optional<Bookmark> BookmarkRepository::restore(const Bookmark &b, QString *error)
{
    if (!validPlace(b.anchor, b.position, error))
        return std::nullopt;
    const bool ok = write(m_db, error, [&](QString *err) {
        if (!postExists(m_db, b.postId, err))
            return false;
        if (const auto existing = forPost(b.postId))
            return fail(
                err, tr("“%1” (post %2) is already bookmarked").arg(existing->title).arg(b.postId));
        // The old id when it is still free, so references to it (a view's selection) hold.
        Sql q(m_db, "INSERT INTO bookmarks(id, post_id, created_at, label, anchor, position) "
                    "VALUES (CASE WHEN EXISTS(SELECT 1 FROM bookmarks WHERE id = ?) THEN NULL "
                    "ELSE ? END, ?, ?, ?, ?, ?)");
        const qint64 created = b.createdAt.isValid() ? b.createdAt.toSecsSinceEpoch() : now();
        const QVariant id = b.id > 0 ? QVariant(b.id) : QVariant();
        if (!q.exec({id, id, b.postId, created, text(b.label.trimmed()), text(b.anchor.trimmed()),
                     b.position}))
            return fail(err, q.error());
        return true;
    });
    if (!ok)
        return std::nullopt;
    return forPost(b.postId);
}

std::optional<Bookmark> BookmarkRepository::byId(qint64 bookmarkId) const
{
    return oneBookmark(m_db, "WHERE b.id = ?", bookmarkId);
}

std::optional<Bookmark> BookmarkRepository::forPost(qint64 postId) const
{
    return oneBookmark(m_db, "WHERE b.post_id = ?", postId);
}

QList<Bookmark> BookmarkRepository::list() const
{
    Sql q(m_db, QString::fromLatin1(bookmarkSelect) +
                    QLatin1String("ORDER BY b.created_at DESC, b.id DESC"));
    QList<Bookmark> list;
    if (q.exec())
        while (q.next())
            list.append(readBookmark(q));
    return list;
}

int BookmarkRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM bookmarks")).toInt();
}

// ---------------------------------------------------------------------------------------------

HighlightRepository::HighlightRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Highlight> HighlightRepository::add(const Highlight &h, QString *error)
{
    const QString color = h.color.isEmpty() ? QStringLiteral("yellow") : h.color;
    if (h.quote.trimmed().isEmpty()) {
        fail(error, tr("a highlight needs the text it marks (the quote is empty)"));
        return std::nullopt;
    }
    if (!validColor(color)) {
        fail(error,
             tr("“%1” is not a highlight colour (use a name like yellow or #rrggbb)").arg(color));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = write(m_db, error, [&](QString *err) {
        Sql content(m_db, "SELECT content FROM posts WHERE id = ?");
        if (!content.exec({h.postId}))
            return fail(err, content.error());
        if (!content.next())
            return fail(err, tr("no post with id %1 in the library").arg(h.postId));
        const qsizetype length = content.value(0).toString().size();
        if (h.startPos < 0 || h.startPos >= h.endPos || h.endPos > length)
            return fail(err, tr("highlight range %1..%2 is not inside post %3 (its text has %4 "
                                "characters)")
                                 .arg(h.startPos)
                                 .arg(h.endPos)
                                 .arg(h.postId)
                                 .arg(length));
        const qint64 t = now();
        Sql q(m_db, "INSERT INTO highlights(post_id, quote, prefix, suffix, start_pos, end_pos, "
                    "color, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q.exec({h.postId, h.quote, text(h.prefix), text(h.suffix), h.startPos, h.endPos, color,
                     t, t}))
            return fail(err, q.error());
        id = q.query().lastInsertId().toLongLong();
        if (h.note.trimmed().isEmpty())
            return true;
        qint64 noteId = 0;
        return upsertNote(m_db, "SELECT id FROM notes WHERE highlight_id = ? ORDER BY id LIMIT 1",
                          id, h.postId, id, h.note, &noteId, err);
    });
    if (!ok)
        return std::nullopt;
    return byId(id);
}

bool HighlightRepository::setColor(qint64 highlightId, const QString &color, QString *error)
{
    if (!validColor(color))
        return fail(
            error,
            tr("“%1” is not a highlight colour (use a name like yellow or #rrggbb)").arg(color));
    return write(m_db, error, [&](QString *err) {
        Sql q(m_db, "UPDATE highlights SET color = ?, updated_at = ? WHERE id = ?");
        if (!q.exec({color, now(), highlightId}))
            return fail(err, q.error());
        return q.query().numRowsAffected() > 0 ||
               fail(err, tr("no highlight with id %1").arg(highlightId));
    });
}

bool HighlightRepository::remove(qint64 highlightId, QString *error)
{
    return write(m_db, error, [&](QString *err) {
        Sql q(m_db, "DELETE FROM highlights WHERE id = ?");
        if (!q.exec({highlightId}))
            return fail(err, q.error());
        return q.query().numRowsAffected() > 0 ||
               fail(err, tr("no highlight with id %1").arg(highlightId));
    });
}

std::optional<Highlight> HighlightRepository::byId(qint64 highlightId) const
{
    Sql q(m_db, QString::fromLatin1(highlightSelect) + QLatin1String("WHERE h.id = ?"));
    if (!q.exec({highlightId}) || !q.next())
        return std::nullopt;
    return readHighlight(q);
}

QList<Highlight> HighlightRepository::forPost(qint64 postId) const
{
    Sql q(m_db, QString::fromLatin1(highlightSelect) +
                    QLatin1String("WHERE h.post_id = ? ORDER BY h.start_pos, h.id"));
    QList<Highlight> list;
    if (q.exec({postId}))
        while (q.next())
            list.append(readHighlight(q));
    return list;
}

int HighlightRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM highlights")).toInt();
}

// ---------------------------------------------------------------------------------------------

NoteRepository::NoteRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Note> NoteRepository::setPostNote(qint64 postId, const QString &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        fail(error, tr("a note needs some text (to delete a note, remove it)"));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = write(m_db, error, [&](QString *err) {
        return postExists(m_db, postId, err) &&
               upsertNote(m_db,
                          "SELECT id FROM notes WHERE post_id = ? AND highlight_id IS NULL "
                          "ORDER BY id LIMIT 1",
                          postId, postId, QVariant(), body, &id, err);
    });
    if (!ok)
        return std::nullopt;
    return byId(id);
}

std::optional<Note> NoteRepository::setHighlightNote(qint64 highlightId, const QString &body,
                                                     QString *error)
{
    if (body.trimmed().isEmpty()) {
        fail(error, tr("a note needs some text (to delete a note, remove it)"));
        return std::nullopt;
    }
    qint64 id = 0;
    const bool ok = write(m_db, error, [&](QString *err) {
        Sql h(m_db, "SELECT post_id FROM highlights WHERE id = ?");
        if (!h.exec({highlightId}))
            return fail(err, h.error());
        if (!h.next())
            return fail(err, tr("no highlight with id %1").arg(highlightId));
        const qint64 postId = h.value(0).toLongLong();
        return upsertNote(m_db, "SELECT id FROM notes WHERE highlight_id = ? ORDER BY id LIMIT 1",
                          highlightId, postId, highlightId, body, &id, err);
    });
    if (!ok)
        return std::nullopt;
    return byId(id);
}

bool NoteRepository::remove(qint64 noteId, QString *error)
{
    return write(m_db, error, [&](QString *err) {
        Sql q(m_db, "DELETE FROM notes WHERE id = ?");
        if (!q.exec({noteId}))
            return fail(err, q.error());
        return q.query().numRowsAffected() > 0 || fail(err, tr("no note with id %1").arg(noteId));
    });
}

std::optional<Note> NoteRepository::byId(qint64 noteId) const
{
    return oneNote(m_db, "WHERE n.id = ?", noteId);
}

std::optional<Note> NoteRepository::postNote(qint64 postId) const
{
    return oneNote(m_db, "WHERE n.post_id = ? AND n.highlight_id IS NULL ORDER BY n.id LIMIT 1",
                   postId);
}

std::optional<Note> NoteRepository::highlightNote(qint64 highlightId) const
{
    return oneNote(m_db, "WHERE n.highlight_id = ? ORDER BY n.id LIMIT 1", highlightId);
}

QList<Note> NoteRepository::list(qint64 postId) const
{
    Sql q(m_db,
          QString::fromLatin1(noteSelect) + QLatin1String("WHERE (? = 0 OR n.post_id = ?) "
                                                          "ORDER BY n.created_at DESC, n.id DESC"));
    QList<Note> list;
    if (q.exec({postId, postId}))
        while (q.next())
            list.append(readNote(q));
    return list;
}

int NoteRepository::count() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM notes")).toInt();
}

// ---------------------------------------------------------------------------------------------

ReadingStateRepository::ReadingStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<ReadingState> ReadingStateRepository::get(qint64 postId, QString *error) const
{
    if (!postExists(m_db, postId, error))
        return std::nullopt;
    ReadingState s;
    s.postId = postId;
    Sql q(m_db, "SELECT is_read, position, last_opened FROM reading_state WHERE post_id = ?");
    if (!q.exec({postId})) {
        fail(error, q.error());
        return std::nullopt;
    }
    if (q.next()) {
        s.isRead = q.value(0).toBool();
        s.position = q.value(1).toDouble();
        s.lastOpened = fromSecs(q.value(2));
    }
    return s;
}

bool ReadingStateRepository::upsert(qint64 postId, const char *column, const QVariant &value,
                                    QString *error)
{
    // `column` is one of this class's own literals, never user input.
    const QString sql = QStringLiteral("INSERT INTO reading_state(post_id, %1) VALUES (?, ?) "
                                       "ON CONFLICT(post_id) DO UPDATE SET %1 = excluded.%1")
                            .arg(QLatin1String(column));
    return write(m_db, error, [&](QString *err) {
        if (!postExists(m_db, postId, err))
            return false;
        Sql q(m_db, sql);
        return q.exec({postId, value}) || fail(err, q.error());
    });
}

bool ReadingStateRepository::setPosition(qint64 postId, double position, QString *error)
{
    if (!std::isfinite(position) || position < 0 || position > 1)
        return fail(error, tr("reading position %1 is outside 0..1").arg(position));
    return upsert(postId, "position", position, error);
}

bool ReadingStateRepository::setRead(qint64 postId, bool isRead, QString *error)
{
    return upsert(postId, "is_read", isRead ? 1 : 0, error);
}

bool ReadingStateRepository::markOpened(qint64 postId, QString *error, const QDateTime &when)
{
    return upsert(postId, "last_opened", when.isValid() ? when.toSecsSinceEpoch() : now(), error);
}

QList<ReadingState> ReadingStateRepository::recentlyOpened(int limit) const
{
    Sql q(m_db, "SELECT post_id, is_read, position, last_opened FROM reading_state "
                "WHERE last_opened IS NOT NULL ORDER BY last_opened DESC, post_id LIMIT ?");
    QList<ReadingState> list;
    if (!q.exec({limit}))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toDouble(),
                     fromSecs(q.value(3))});
    return list;
}

int ReadingStateRepository::readCount() const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM reading_state WHERE is_read"))
        .toInt();
}

} // namespace Lectern
