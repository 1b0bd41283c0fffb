#include "search/vocabulary.h"

#include "search/fts5.h"

#include <QCoreApplication>
#include <algorithm>
#include <rapidfuzz/distance/OSA.hpp>
#include <sqlite3.h>

namespace Lectern {

void Vocabulary::clear()
{
    m_entries.clear();
    m_index.clear();
    m_stems.clear();
    m_byLength.clear();
    m_posts = 0;
}

bool Vocabulary::load(sqlite3 *db, const Fts5::Stemmer &stemmer, QString *error)
{
    clear();
    char *message = nullptr;
    // fts5vocab in the connection's temp schema: nothing is written to the library file.
    if (sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab "
                     "USING fts5vocab(main, search_fts, row)",
                     nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : "cannot read the search vocabulary");
        sqlite3_free(message);
        return false;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT term, doc FROM temp.search_vocab", -1, &stmt, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    QHash<QString, int> stemIds;
    std::vector<QString> stems;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        Entry e;
        e.word = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                   sqlite3_column_bytes(stmt, 0));
        e.documents = sqlite3_column_int(stmt, 1);
        m_entries.push_back(std::move(e));
    }
    sqlite3_finalize(stmt);
    // fts5vocab returns terms in index (byte) order; sort by QString order for lookups.
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.word < b.word; });
    m_index.reserve(qsizetype(m_entries.size()));
    for (size_t i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        m_index.insert(e.word, int(i));
        const QString stem = stemmer.stem(e.word);
        m_stems[stem].append(int(i));
        const size_t length = size_t(e.word.size());
        if (m_byLength.size() <= length)
            m_byLength.resize(length + 1);
        m_byLength[length].push_back(int(i));
    }
    for (auto it = m_stems.begin(); it != m_stems.end(); ++it)
        std::sort(it->begin(), it->end(), [this](int a, int b) {
            return m_entries[size_t(a)].documents > m_entries[size_t(b)].documents;
        });
    sqlite3_stmt *count = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM posts", -1, &count, nullptr) == SQLITE_OK &&
        sqlite3_step(count) == SQLITE_ROW)
        m_posts = sqlite3_column_int64(count, 0);
    sqlite3_finalize(count);
    return true;
}

int Vocabulary::documents(const QString &word) const
{
    const int i = find(word);
    return i < 0 ? 0 : m_entries[size_t(i)].documents;
}

QList<int> Vocabulary::completions(const QString &prefix, int max) const
{
    QList<int> found;
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), prefix,
                               [](const Entry &e, const QString &p) { return e.word < p; });
    for (; it != m_entries.end() && it->word.startsWith(prefix); ++it)
        if (it->word.size() > prefix.size())
            found.append(int(it - m_entries.begin()));
    const auto byFrequency = [this](int a, int b) {
        return m_entries[size_t(a)].documents > m_entries[size_t(b)].documents;
    };
    if (found.size() > max) {
        std::partial_sort(found.begin(), found.begin() + max, found.end(), byFrequency);
        found.resize(max);
    } else {
        std::sort(found.begin(), found.end(), byFrequency);
    }
    return found;
}

QList<int> Vocabulary::stemGroup(const QString &stem) const
{
    return m_stems.value(stem);
}

int Vocabulary::maxEdits(qsizetype length)
{
    if (length <= 3)
        return 0;
    if (length <= 5)
        return 1;
    if (length <= 9)
        return 2;
    return 3;
}

int Vocabulary::correction(const QString &word, int maxDistance, int *distance) const
{
    const int edits =
        maxDistance < 0 ? maxEdits(word.size()) : std::min(maxDistance, maxEdits(word.size()));
    if (edits == 0)
        return -1;
    // In a large library a correction must be a word that several posts use, so one post's
    // own typo is not proposed; in a small one a topic word often has one post.
    const int minDocuments = m_posts >= 1000 ? 2 : 1;
    const std::u16string query(reinterpret_cast<const char16_t *>(word.utf16()),
                               size_t(word.size()));
    rapidfuzz::CachedOSA<char16_t> scorer(query);
    int best = -1;
    size_t bestDistance = size_t(edits) + 1;
    int bestDocuments = 0;
    bool bestSameStart = false;
    const size_t from = size_t(std::max<qsizetype>(1, word.size() - edits));
    const size_t to = size_t(word.size() + edits);
    for (size_t length = from; length <= to && length < m_byLength.size(); ++length) {
        for (int i : m_byLength[length]) {
            const Entry &e = m_entries[size_t(i)];
            if (e.documents < minDocuments)
                continue;
            const auto *data = reinterpret_cast<const char16_t *>(e.word.utf16());
            const size_t d =
                scorer.distance(std::u16string_view(data, size_t(e.word.size())), bestDistance);
            if (d == 0 || d > size_t(edits) || d > bestDistance)
                continue;
            // Closest first; then a word that keeps the first letter (typos rarely hit it);
            // then the most used.
            const bool sameStart = e.word.at(0) == word.at(0);
            if (d < bestDistance || (sameStart && !bestSameStart) ||
                (sameStart == bestSameStart && e.documents > bestDocuments)) {
                best = i;
                bestDistance = d;
                bestDocuments = e.documents;
                bestSameStart = sameStart;
            }
        }
    }
    if (distance)
        *distance = best >= 0 ? int(bestDistance) : 0;
    return best;
}

} // namespace Lectern
