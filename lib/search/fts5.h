#pragma once

#include <QString>
#include <QStringList>
#include <vector>

struct sqlite3;
struct fts5_api;
struct Fts5Tokenizer;

namespace Lectern {

// Access to SQLite's FTS5 extension API on one connection: the built-in tokenizers (for the
// Porter stemmer) and the ranking function lib/search registers for its own queries. Nothing
// here is stored in the library file, so other programs can still read it.
namespace Fts5 {

// The connection's FTS5 API, or nullptr when SQLite lacks FTS5.
fts5_api *api(sqlite3 *db);

// Per-query parameters of lectern_rank(search_fts, spec), passed as a pointer value.
struct RankSpec
{
    static constexpr int columns = 5; // title, summary, headings, prose, code
    std::vector<int> phraseGroup;     // phrase index -> group, -1: not scored (exclusions)
    std::vector<double> phraseWeight; // phrase index -> weight of a hit (1 = the word typed)
    std::vector<double> groupIdf;     // group -> inverse document frequency
    std::vector<char> groupCovers;    // group -> counts for the coverage factor
    double columnWeight[columns] = {8.0, 2.5, 3.0, 1.0, 0.6};
    double columnB[columns] = {0.4, 0.5, 0.5, 0.75, 0.75};
    double k1 = 1.2;
    double coverageExponent = 2.0; // score * (idf share of groups matched) ^ exponent
    double titleBonus = 1.0;       // * idf for each group found in the title
    double everyGroupMark = 0;     // added when every covering group matched (0: nothing)
    double proximityWeight = 0.35; // bonus for different groups close together
    int proximityWindow = 6;       // tokens
    // Filled on the first row of a query.
    bool haveAverages = false;
    double averageLength[columns] = {1, 1, 1, 1, 1};
    std::vector<double> scratch;
};

// The pointer type name used with sqlite3_bind_pointer for RankSpec.
inline constexpr const char rankSpecType[] = "lectern_rank_spec";

// Registers lectern_rank on this connection (idempotent per connection).
bool registerRankFunction(sqlite3 *db, QString *error);

// The Porter stemmer of FTS5 (porter over unicode61), used to group a word with its other
// forms ("caching", "cached", "caches" -> "cach").
class Stemmer final
{
public:
    explicit Stemmer(sqlite3 *db);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;
    bool isValid() const { return m_tokenizer != nullptr; }
    // The stem of one folded word (the word itself when the stemmer is unavailable).
    QString stem(const QString &word) const;

private:
    Fts5Tokenizer *m_tokenizer = nullptr;
    void *m_module = nullptr; // fts5_tokenizer (v1) function table
};

} // namespace Fts5

} // namespace Lectern
