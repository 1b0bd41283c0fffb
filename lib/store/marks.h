#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Lectern {

// The user's marks on posts: bookmarks, highlights, notes and reading state. Each repository is a
// small value over one connection; every write runs in its own Transaction and either completes
// or changes nothing. Failures return std::nullopt / false and put a message in *error (which
// may be null). Nothing here emits signals: the models in lib/models call these and announce
// the rows they changed.

struct Bookmark
{
    qint64 id = 0;
    qint64 postId = 0;
    QString label;
    QDateTime createdAt;
    // Where in the post (schema 5): the heading's id in the article ('' for none) and the scroll
    // fraction 0..1 at the time.
    QString anchor;
    double position = 0;
    // Of the bookmarked post, filled by every read.
    QString title;
    QString permalink;
    QString category;
    bool operator==(const Bookmark &) const = default;
};

class BookmarkRepository final
{
public:
    explicit BookmarkRepository(QSqlDatabase db);

    // A post has at most one bookmark: adding a second one fails and names the post.
    std::optional<Bookmark> add(qint64 postId, const QString &label, QString *error);
    // The same, at a place in the post: a heading anchor and/or a scroll fraction 0..1.
    std::optional<Bookmark> add(qint64 postId, const QString &label, const QString &anchor,
                                double position, QString *error);
    bool setPlace(qint64 bookmarkId, const QString &anchor, double position, QString *error);
    // Puts back a removed bookmark exactly as it was (id, time, label, place): undo of remove().
    std::optional<Bookmark> restore(const Bookmark &bookmark, QString *error);
    bool remove(qint64 bookmarkId, QString *error);
    bool setLabel(qint64 bookmarkId, const QString &label, QString *error);

    std::optional<Bookmark> byId(qint64 bookmarkId) const;
    std::optional<Bookmark> forPost(qint64 postId) const;
    QList<Bookmark> list() const; // newest first
    int count() const;

private:
    QSqlDatabase m_db;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::BookmarkRepository)
};

// A highlighted passage. Offsets are UTF-16 positions in the post's plain text (Post::content);
// prefix and suffix are the text just around the quote, so the passage can be found again
// after the post's content changes (lib/notes/highlightanchorer re-anchors, and flags the
// ones it cannot place again as detached).
struct Highlight
{
    qint64 id = 0;
    qint64 postId = 0;
    QString quote;
    QString prefix;
    QString suffix;
    int startPos = 0;
    int endPos = 0;
    QString color = QStringLiteral("yellow");
    QDateTime createdAt;
    QDateTime updatedAt;
    // The highlight's own note (NoteRepository::setHighlightNote), 0 / empty when it has none.
    qint64 noteId = 0;
    QString note;
    // Schema 5: the post's text changed and the quote could not be found in it again; the
    // offsets are those of the last text it was found in (lib/notes/anchoring.h).
    bool detached = false;
    bool operator==(const Highlight &) const = default;
};

class HighlightRepository final
{
public:
    explicit HighlightRepository(QSqlDatabase db);

    // Stores postId, quote, prefix, suffix, startPos, endPos and color of `h` (an empty color
    // means the default). Checks that the post exists, the quote is not empty and
    // 0 <= startPos < endPos <= length of the post's text. A non-blank h.note is stored as the
    // highlight's note in the same transaction.
    std::optional<Highlight> add(const Highlight &h, QString *error);
    bool setColor(qint64 highlightId, const QString &color, QString *error);
    bool remove(qint64 highlightId, QString *error); // its note goes with it

    std::optional<Highlight> byId(qint64 highlightId) const;
    QList<Highlight> forPost(qint64 postId) const; // in text order
    int count() const;

private:
    QSqlDatabase m_db;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::HighlightRepository)
};

// A Markdown note: either on a whole post (highlightId 0; one per post) or on one highlight
// (one per highlight).
struct Note
{
    qint64 id = 0;
    qint64 postId = 0;
    qint64 highlightId = 0;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Filled by every read: the post's title and permalink, and the highlight's quote.
    QString title;
    QString permalink;
    QString quote;
    bool operator==(const Note &) const = default;
};

class NoteRepository final
{
public:
    explicit NoteRepository(QSqlDatabase db);

    // Upserts: the post's (or highlight's) note is created or its body replaced. An empty or
    // blank body is refused; remove() deletes a note.
    std::optional<Note> setPostNote(qint64 postId, const QString &body, QString *error);
    std::optional<Note> setHighlightNote(qint64 highlightId, const QString &body, QString *error);
    bool remove(qint64 noteId, QString *error);

    std::optional<Note> byId(qint64 noteId) const;
    std::optional<Note> postNote(qint64 postId) const;
    std::optional<Note> highlightNote(qint64 highlightId) const;
    // Newest first; postId 0 = every post.
    QList<Note> list(qint64 postId = 0) const;
    int count() const;

private:
    QSqlDatabase m_db;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::NoteRepository)
};

struct ReadingState
{
    qint64 postId = 0;
    bool isRead = false;
    double position = 0;  // scroll fraction 0..1
    QDateTime lastOpened; // invalid: never opened
    bool operator==(const ReadingState &) const = default;
};

class ReadingStateRepository final
{
public:
    explicit ReadingStateRepository(QSqlDatabase db);

    // The post's state (the defaults when nothing was recorded); nullopt for an unknown post.
    std::optional<ReadingState> get(qint64 postId, QString *error = nullptr) const;
    bool setPosition(qint64 postId, double position, QString *error); // 0..1
    bool setRead(qint64 postId, bool isRead, QString *error);
    // Records that the post was opened at `when` (now when invalid).
    bool markOpened(qint64 postId, QString *error, const QDateTime &when = {});
    // The most recently opened posts, newest first.
    QList<ReadingState> recentlyOpened(int limit) const;
    int readCount() const;

private:
    bool upsert(qint64 postId, const char *column, const QVariant &value, QString *error);
    QSqlDatabase m_db;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::ReadingStateRepository)
};

} // namespace Lectern
