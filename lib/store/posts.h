#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Lectern {

// A post as the reader and the models see it (decoded text; raw fields stay in the store).
struct Post
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString permalink;
    QString title;
    QString summary;
    QString content; // plain text, entities decoded; '\n' ends a paragraph (see HUGO-INDEX.md)
    QString category;
    int pubOrder = 0; // 0 = newest
    QDateTime firstSeen;
    QDateTime updatedAt;
    bool missing = false;
    // Series membership (seriesId 0 when the post is in none).
    qint64 seriesId = 0;
    QString seriesName;
    int seriesPosition = 0; // 1-based, reading order
    int seriesLength = 0;
};

struct PostRef
{
    qint64 id = 0;
    QString title;
    QString permalink;
    QString category;
    bool operator==(const PostRef &) const = default;
};

struct Neighbours
{
    std::optional<PostRef> previous;
    std::optional<PostRef> next;
    bool inSeries = false; // true: series parts; false: category in publication order
};

// Read access to posts, series and links on one connection.
class PostRepository final
{
public:
    explicit PostRepository(QSqlDatabase db);
    QSqlDatabase database() const { return m_db; }

    std::optional<Post> byId(qint64 id) const;
    std::optional<Post> byPermalink(const QString &permalink) const;
    // All posts in publication order (newest first); category empty = every category.
    QList<PostRef> list(const QString &category = {}) const;
    int count() const;

    QList<PostRef> mentions(qint64 id) const;          // posts this one names
    QList<PostRef> mentionedBy(qint64 id) const;       // posts that name this one
    QList<PostRef> seriesParts(qint64 seriesId) const; // reading order
    // Previous/next part of the post's series, else previous (older) / next (newer) post of
    // its category in publication order.
    Neighbours neighbours(qint64 id) const;

private:
    QSqlDatabase m_db;
};

} // namespace Lectern
