#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <vector>

struct sqlite3;

namespace Lectern {

namespace Fts5 {
class Stemmer;
}

// The words of the search index with their document frequencies, read from the index itself
// (fts5vocab), and grouped by stem. Used for completion of half-typed words, expansion to
// other forms of a word, and typo correction.
class Vocabulary final
{
public:
    struct Entry
    {
        QString word;
        int documents = 0; // posts containing the word
        int stem = 0;      // index into the stem groups
    };

    bool load(sqlite3 *db, const Fts5::Stemmer &stemmer, QString *error);
    void clear();

    qint64 postCount() const { return m_posts; }
    int size() const { return int(m_entries.size()); }
    const Entry &at(int i) const { return m_entries[size_t(i)]; }
    int find(const QString &word) const { return m_index.value(word, -1); }
    int documents(const QString &word) const;

    // Words starting with `prefix` (the prefix itself excluded), most frequent first.
    QList<int> completions(const QString &prefix, int max) const;
    // Words sharing the stem `stem` (as the stemmer gives it), most frequent first.
    QList<int> stemGroup(const QString &stem) const;
    // The closest frequent word within an edit distance that grows with the word's length
    // (optimal string alignment, so a swap of two letters is one edit); -1 when none.
    // `maxDistance` < 0: maxEdits(word.size()). `distance` receives the edits made.
    int correction(const QString &word, int maxDistance = -1, int *distance = nullptr) const;
    // Largest edit distance accepted for a word of this length.
    static int maxEdits(qsizetype length);

private:
    std::vector<Entry> m_entries; // sorted by word
    QHash<QString, int> m_index;
    QHash<QString, QList<int>> m_stems;       // stem -> entries, most frequent first
    std::vector<std::vector<int>> m_byLength; // length -> entries (for correction)
    qint64 m_posts = 0;
};

} // namespace Lectern
