#include "ingest/postlinker.h"

#include <algorithm>

namespace Lectern {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

qsizetype wordEnd(QStringView text, qsizetype from)
{
    while (from < text.size() && isWordChar(text.at(from)))
        ++from;
    return from;
}

} // namespace

void PostLinker::addTitle(qint64 postId, const QString &title)
{
    const QString t = title.trimmed();
    if (t.size() < 10 || !t.contains(u' ') || t.isEmpty() || !isWordChar(t.front()))
        return;
    const QString first = t.left(wordEnd(t, 0));
    m_byFirstWord[first].append({postId, t});
}

QList<qint64> PostLinker::mentions(const QString &text, qint64 self) const
{
    QList<qint64> found;
    const QStringView view(text);
    qsizetype i = 0;
    while (i < view.size()) {
        if (!isWordChar(view.at(i)) || (i > 0 && isWordChar(view.at(i - 1)))) {
            ++i;
            continue;
        }
        const qsizetype end = wordEnd(view, i);
        const auto it = m_byFirstWord.constFind(view.sliced(i, end - i).toString());
        if (it != m_byFirstWord.constEnd()) {
            for (const Entry &e : *it) {
                if (e.postId == self || !view.sliced(i).startsWith(e.title))
                    continue;
                const qsizetype after = i + e.title.size();
                if (after < view.size() && isWordChar(view.at(after)) && isWordChar(e.title.back()))
                    continue;
                found.append(e.postId);
            }
        }
        i = end;
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

} // namespace Lectern
