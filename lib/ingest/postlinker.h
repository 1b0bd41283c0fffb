#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Lectern {

// Finds which posts a text names by exact title ("Read this next: <title>"), for the
// mentions / mentioned-by links. Titles are looked up by their first word at every word start
// of the text, so the cost grows with the text, not with text x titles.
class PostLinker final
{
public:
    // Titles shorter than two words or ten characters are ignored: too likely to be ordinary
    // phrases ("Greetings!").
    void addTitle(qint64 postId, const QString &title);
    // Ids of the posts whose titles occur in `text` as whole words, excluding `self`, sorted.
    QList<qint64> mentions(const QString &text, qint64 self = 0) const;

private:
    struct Entry
    {
        qint64 postId;
        QString title;
    };
    QHash<QString, QList<Entry>> m_byFirstWord;
};

} // namespace Lectern
