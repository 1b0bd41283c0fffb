#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

namespace Lectern {

struct SearchHit
{
    qint64 postId = 0;
    QString permalink;
    QString title;
    QString category;
    QString snippet; // HTML-escaped text with <mark>...</mark> around matched words
    double score = 0;
    QStringList matchedTerms; // query words (as indexed) found in the post
};

struct SearchResponse
{
    QList<SearchHit> hits;
    QString correctedQuery; // non-empty when typos were corrected: the query searched instead
    QString error;          // non-empty when the query was refused (unknown filter, ...)
    bool cancelled = false;
};

// Where the engine changes strategy; the defaults suit libraries from one post to tens of
// thousands (tests lower them to exercise the big-library paths on small data).
struct SearchEngineOptions
{
    // From this many posts on, ranking goes by tiers (titles and summaries in memory first,
    // then the index) and scores at most rowBudget posts in the index per search.
    qint64 tieredFrom = 2000;
    int rowBudget = 1500;
    // Up to this many posts, related words are learned from the library's paragraphs.
    qint64 associationsUpTo = 1000;
};

// Ranked full-text search over one library connection (design notes in searchengine.cpp).
// Not thread-safe: use one engine per thread and connection. Writes only to split newly
// indexed posts into fields (SearchIndex::refresh) when the index changed.
class SearchEngine final
{
public:
    explicit SearchEngine(QSqlDatabase db, SearchEngineOptions options = {});
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    // The best `limit` posts for `query` (see QueryParser for the language). Returns early
    // with `cancelled` set once `cancel` becomes true (the next keystroke arrived).
    SearchResponse search(const QString &query, int limit = 50,
                          const std::atomic_bool *cancel = nullptr);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Lectern
