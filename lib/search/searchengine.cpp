#include "search/searchengine.h"

#include "search/fts5.h"
#include "search/queryparser.h"
#include "search/searchindex.h"
#include "search/searchtext.h"
#include "search/snippet.h"
#include "search/vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <optional>
#include <sqlite3.h>

// Design notes.
//
// Index: search_fts (migration 002), FTS5 over title, summary, headings, prose and code, words
// as written; the store's triggers keep it current and SearchIndex splits new posts into
// fields. The vocabulary (fts5vocab) is loaded once per index generation and gives, for every
// word typed, its other forms (same Porter stem), completions (prefix on every word that is
// not a whole known word, and on the word being typed), and for a word with no or very few
// hits a typo correction (rapidfuzz OSA distance, scaled with length). Identifiers typed with
// punctuation (select_related, net/http) become phrases of their parts, camel case is also
// tried split (JoinSet), adjacent words also joined (join set -> joinset). Function words
// ("how do i") never decide what matches; they only add to the score.
//
// Each query word becomes a group of weighted variants; lectern_rank (fts5.cpp) scores BM25F
// over the groups with field weights favouring the title, a title bonus, a coverage factor
// and a proximity bonus. A short query requires every group first (AND), then fills with posts
// that match some; a question or a long query lets coverage order the posts that match any.
// The candidates are then ranked again in C++ over their cached words with three kinds of
// scoring-only words: the query's function words, words of the best posts' titles and
// summaries (pseudo-relevance feedback) and words that share paragraphs with the query words
// far more than chance in this library (an association thesaurus learned from the corpus).
//
// Speed: statements are prepared once; the words of recently shown posts are cached, so
// snippets and the second ranking are scans over integers. In a big library (tieredFrom
// posts) ranking goes by tiers of fields (title, then title+summary+headings, then all) with
// a budget of posts scored per search, so a common word never scores every post; one- and
// two-letter queries rank titles in memory.

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::SearchEngine", text);
}

struct Variant
{
    QString fts;       // FTS5 phrase: "word" or "two words"
    QStringList words; // folded words, for snippets
    double weight = 1;
    double documents = 0; // estimated posts containing it
};

struct Group
{
    QList<Variant> variants;
    QString typed;         // the query text of the clause
    QString correction;    // replacement for the corrected-query line, when corrected
    bool stop = false;     // a function word
    bool feedback = false; // added by pseudo-relevance feedback
    double idf = 1;
};

struct TermAnalysis
{
    QList<Variant> variants;
    QList<Variant> corrected; // variants of the correction, when the word looks misspelt
    QString correction;
    int correctionDistance = 0;
    bool stop = false;
};

struct Ranked
{
    qint64 id = 0;
    double score = 0;
};

QString quoted(const QStringList &words)
{
    return u'"' + words.join(u' ') + u'"';
}

void addVariant(QList<Variant> &list, const QStringList &words, double weight, double documents)
{
    const QString fts = quoted(words);
    for (Variant &v : list) {
        if (v.fts == fts) {
            v.weight = std::max(v.weight, weight);
            return;
        }
    }
    list.append({fts, words, weight, documents});
}

double idfOf(double documents, double posts)
{
    documents = std::clamp(documents, 0.0, posts);
    return std::max(0.05, std::log(1.0 + (posts - documents + 0.5) / (documents + 0.5)));
}

// Cancels a running statement when the flag is set (SQLite calls this every N steps).
int progressHandler(void *flag)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(flag);
    return cancel && cancel->load() ? 1 : 0;
}

} // namespace

class SearchEngine::Private
{
public:
    Private(QSqlDatabase database, SearchEngineOptions options)
        : db(std::move(database))
        , tieredFrom(options.tieredFrom)
        , rowBudget(options.rowBudget)
        , associationsUpTo(options.associationsUpTo)
    {
        const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            handle = *static_cast<sqlite3 *const *>(h.data());
        if (!handle) {
            setupError = tr("the search needs an open SQLite library");
            return;
        }
        if (!Fts5::registerRankFunction(handle, &setupError))
            return;
        stemmer = std::make_unique<Fts5::Stemmer>(handle);
    }

    ~Private()
    {
        for (sqlite3_stmt *s : std::as_const(statements))
            sqlite3_finalize(s);
    }

    QSqlDatabase db;
    sqlite3 *handle = nullptr;
    QString setupError;
    std::unique_ptr<Fts5::Stemmer> stemmer;
    Vocabulary vocab;
    qint64 generation = -1;
    QHash<QString, TermAnalysis> memo;
    QHash<QString, sqlite3_stmt *> statements;
    struct TitleEntry
    {
        qint64 id;
        QStringList words;
    };
    QList<TitleEntry> titles; // publication order, for one- and two-letter queries

    // Big libraries: every post's title and summary as vocabulary indexes, the first tier of
    // ranking (in memory, so a common word costs a scan of short arrays, not of the index).
    struct Head
    {
        qint64 id;
        TokenizedText title, summary;
    };
    std::vector<Head> heads;
    double averageTitle = 1, averageSummary = 1;
    QList<Ranked> rankHeads(const QList<Group> &groups, bool all, const QSet<qint64> *allowed,
                            const QSet<qint64> &excludedIds, int limit);
    QSet<qint64> idsOf(const QString &sql, const QStringList &binds, QString *error);

    // Posts shown recently, split into words: snippets for the next keystroke are a scan
    // over integers. Bounded by memory, least recently used out first.
    struct CachedPost
    {
        QString permalink, title, category, content;
        TokenizedText titleWords, summary;
        // The text split into words, kept in small libraries, where every post shown is shown
        // again at the next keystroke; a big library scans the text of the few it shows.
        std::optional<TokenizedText> contentWords;
        quint64 used = 0;
        qint64 bytes() const
        {
            return content.size() * 2 + titleWords.bytes() + summary.bytes() +
                   (contentWords ? contentWords->bytes() : 0);
        }
    };
    QHash<qint64, std::shared_ptr<const CachedPost>> posts;
    qint64 postBytes = 0;
    quint64 useCounter = 0;
    static constexpr qint64 maxPostBytes = 48LL * 1024 * 1024;
    const qint64 tieredFrom;
    const int rowBudget; // posts scored in the index per search in a big library
    std::shared_ptr<const CachedPost> post(qint64 id);

    // Related words learned from the library itself: words that share paragraphs with a query
    // word far more often than chance ("traffic" -> "balancer"). Built for libraries of up to
    // associationsUpTo posts; bigger ones rely on pseudo-relevance feedback alone.
    const qint64 associationsUpTo;
    static constexpr double relatedWeight = 0.15; // share of a related word's idf
    // A title that the query spells out nearly word for word ("django conquered what is
    // django"): (share of the query in the title * share of the title in the query)^2.
    static constexpr double titleMatchWeight = 16.0;
    std::vector<std::vector<int>> paragraphs;  // distinct vocabulary indexes per paragraph
    QHash<int, std::vector<int>> paragraphsOf; // vocabulary index -> paragraphs
    QHash<int, QList<QPair<int, double>>> relatedMemo;
    void buildAssociations();
    QList<QPair<int, double>> related(int word);
    QList<Group> relatedGroups(const QList<Group> &groups);

    sqlite3_stmt *statement(const QString &sql, QString *error);
    bool ensureCurrent(const std::atomic_bool *cancel, QString *error);
    TermAnalysis analyzeTerm(const QueryTerm &term);
    // The groups a post must match (some or all); `scoringOnly` receives function words, which
    // only add to the score of posts found by the others.
    QList<Group> analyze(const ParsedQuery &query, QList<Group> *scoringOnly);
    void addWordForms(QList<Variant> &list, const QString &word, double weight);
    bool filterSql(const ParsedQuery &query, QString *sql, QStringList *binds, QString *error);
    QList<Ranked> rank(const QList<Group> &groups, const QStringList &excluded, bool all,
                       const QString &columns, const QString &filter, const QStringList &binds,
                       int limit, bool *interrupted, QString *error, int *budget = nullptr,
                       double everyGroupMark = 0);
    // rank() for big libraries: fields in tiers (title, then title+summary+headings, then
    // everything) until `limit` posts are found, so common words never rank every post.
    QList<Ranked> rankTiered(const QList<Group> &groups, const QStringList &excluded, bool all,
                             const QString &columns, const QString &filter,
                             const QStringList &binds, int limit, bool *interrupted,
                             QString *error);
    QList<Group> feedbackGroups(const QList<Group> &groups, const QList<Ranked> &top);
    // Adds the score of `extra` groups (scoring only) to the candidates and sorts them again.
    // `query`: the query's own groups and function words, for how well a title matches it.
    void rerank(QList<Ranked> &ranked, const QList<Group> &extra, const QList<Group> &query);
    QList<Ranked> titlePrefix(const QString &prefix, const QSet<qint64> *allowed, int limit);
    bool fillHits(SearchResponse &response, const QList<Ranked> &ranked,
                  const QList<Group> &groups);
    // The posts whose notes and highlights (notes_fts) match every clause of the query, best
    // first, with that text.
    QList<QPair<qint64, QString>> noteMatches(const ParsedQuery &query, const QStringList &excluded,
                                              const QString &filter, const QStringList &binds,
                                              int limit, QString *error);
    // Shows where the notes matched: the snippet of a post found only by its notes is its note,
    // others get the note's passage after their own.
    void addNoteSnippets(SearchResponse &response, const QList<QPair<qint64, QString>> &notes,
                         const QSet<qint64> &foundByText, const ParsedQuery &query,
                         const QList<Group> &groups);

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::SearchEngine::Private)
};

sqlite3_stmt *SearchEngine::Private::statement(const QString &sql, QString *error)
{
    if (sqlite3_stmt *s = statements.value(sql)) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return s;
    }
    sqlite3_stmt *s = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &s, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return nullptr;
    }
    if (statements.size() > 64) {
        // Filters make many shapes of statement; keep the cache small. A statement still
        // being stepped by a caller is kept.
        for (auto it = statements.begin(); it != statements.end();) {
            if (sqlite3_stmt_busy(*it)) {
                ++it;
                continue;
            }
            sqlite3_finalize(*it);
            it = statements.erase(it);
        }
    }
    statements.insert(sql, s);
    return s;
}

bool SearchEngine::Private::ensureCurrent(const std::atomic_bool *cancel, QString *error)
{
    sqlite3_stmt *s =
        statement(QStringLiteral("SELECT value FROM search_state WHERE key = 'generation'"), error);
    if (!s)
        return false;
    qint64 current = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        current = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    if (current == generation)
        return true;
    // New or changed posts: split the queued ones into fields first (cheap when an importer
    // already did it), then reload what is derived from the index.
    SearchIndex index(db);
    if (index.pendingCount() > 0 && !index.refresh(error, cancel))
        return false;
    if (cancel && cancel->load())
        return true; // the next search finishes the work
    if (!vocab.load(handle, *stemmer, error))
        return false;
    memo.clear();
    titles.clear();
    posts.clear();
    postBytes = 0;
    buildAssociations();
    sqlite3_stmt *t =
        statement(QStringLiteral("SELECT id, title FROM posts ORDER BY pub_order, id"), error);
    if (!t)
        return false;
    while (sqlite3_step(t) == SQLITE_ROW) {
        const QString title = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(t, 1)), sqlite3_column_bytes(t, 1));
        titles.append({sqlite3_column_int64(t, 0), SearchText::words(title)});
    }
    sqlite3_reset(t);
    heads.clear();
    if (vocab.postCount() >= tieredFrom) {
        sqlite3_stmt *h = statement(
            QStringLiteral("SELECT id, title, summary FROM posts ORDER BY pub_order, id"), error);
        if (!h)
            return false;
        double titleWords = 0, summaryWords = 0;
        while (sqlite3_step(h) == SQLITE_ROW) {
            const auto text = [h](int column) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(h, column)),
                    sqlite3_column_bytes(h, column));
            };
            heads.push_back({sqlite3_column_int64(h, 0), TokenizedText(text(1), vocab),
                             TokenizedText(text(2), vocab)});
            titleWords += double(heads.back().title.size());
            summaryWords += double(heads.back().summary.size());
        }
        sqlite3_reset(h);
        averageTitle = std::max(1.0, titleWords / double(std::max<size_t>(1, heads.size())));
        averageSummary = std::max(1.0, summaryWords / double(std::max<size_t>(1, heads.size())));
    }
    generation = current;
    return true;
}

void SearchEngine::Private::addWordForms(QList<Variant> &list, const QString &word, double weight)
{
    const int exact = vocab.find(word);
    if (exact >= 0)
        addVariant(list, {word}, weight, vocab.at(exact).documents);
    // Other forms of the word: "caching" also finds "cache", "cached", "caches".
    int taken = 0;
    for (int i : vocab.stemGroup(stemmer->stem(word))) {
        const Vocabulary::Entry &e = vocab.at(i);
        if (e.word == word)
            continue;
        addVariant(list, {e.word}, weight * 0.85, e.documents);
        if (++taken == 6)
            break;
    }
}

TermAnalysis SearchEngine::Private::analyzeTerm(const QueryTerm &term)
{
    const QString key =
        QString(term.phrase ? u'"' : u' ') + QChar(term.prefix ? u'*' : u' ') + term.text;
    const auto cached = memo.constFind(key);
    if (cached != memo.cend())
        return cached.value();

    TermAnalysis a;
    const QStringList parts = SearchText::words(term.text);
    const auto partsDocuments = [this](const QStringList &words) {
        double d = double(vocab.postCount());
        for (const QString &w : words)
            d = std::min(d, double(vocab.documents(w)));
        return words.size() > 1 ? d * 0.5 : d;
    };
    if (parts.isEmpty()) {
        // nothing searchable ("++")
    } else if (term.phrase || parts.size() > 1) {
        // "an exact phrase", or an identifier written with punctuation: the phrase of its parts.
        if (term.prefix && parts.last().size() >= 2 && vocab.find(parts.last()) < 0) {
            for (int i : vocab.completions(parts.last(), 4)) {
                QStringList words = parts;
                words.last() = vocab.at(i).word;
                addVariant(a.variants, words, 0.9, partsDocuments(words));
            }
        } else {
            addVariant(a.variants, parts, 1.0, partsDocuments(parts));
        }
        if (!term.phrase) {
            // select_related also as one word, and its parts near each other.
            const QString joined = parts.join(QString());
            if (vocab.find(joined) >= 0)
                addVariant(a.variants, {joined}, 1.0, vocab.documents(joined));
        }
    } else {
        const QString &w = parts.first();
        const int found = vocab.find(w);
        a.stop = SearchText::isStopWord(w);
        addWordForms(a.variants, w, 1.0);
        // JoinSet typed for "join set" in prose, or the other way round (see analyze()).
        const QStringList camel = SearchText::splitCamelCase(term.text);
        if (camel.size() > 1) {
            QStringList words;
            for (const QString &c : camel)
                words += SearchText::words(c);
            addVariant(a.variants, words, 1.0, partsDocuments(words));
        }
        // Prefix on the word being typed and on every word that is not a whole known word.
        const bool typing = term.prefix && w.size() >= 3;
        double completed = 0; // posts the completions stand for
        if ((typing || found < 0) && w.size() >= 3) {
            // In a big library every completion of a short prefix is in thousands of posts:
            // fewer of them keep the ranking cost bounded.
            const bool big = vocab.postCount() >= tieredFrom;
            const int most = !big ? (typing ? 8 : 6) : w.size() <= 3 ? 3 : w.size() == 4 ? 4 : 6;
            const QList<int> more = vocab.completions(w, most);
            double total = 0;
            for (int i : more)
                total += vocab.at(i).documents;
            completed = total;
            for (int i : more) {
                const Vocabulary::Entry &e = vocab.at(i);
                // The likelier completions weigh more; none outweighs a whole word.
                const double share = total > 0 ? e.documents / total : 0;
                addVariant(a.variants, {e.word}, 0.55 + 0.3 * std::sqrt(share), e.documents);
            }
        }
        // A word with no hits is a typo when a word of the index is close enough (and far more
        // used than the words it would complete to: "postgress" is not half of
        // "postgressaver"); a word with very few hits only when a word one edit away is far
        // more common.
        const int documents = found >= 0 ? vocab.at(found).documents : 0;
        const qint64 posts = vocab.postCount();
        const bool rare = documents > 0 && documents <= std::max<qint64>(1, posts / 500);
        // While a word is being typed its completions usually say enough; a long one may
        // still be a typo ("postgress" completes only to a rare "postgressaver").
        const bool tryCorrection =
            found < 0 ? (!typing || completed == 0 || w.size() >= 6) : (rare && !term.prefix);
        if (!SearchText::isStopWord(w) && tryCorrection) {
            int distance = 0;
            const int c = vocab.correction(w, rare ? 1 : -1, &distance);
            const double common = c >= 0 ? vocab.at(c).documents : 0;
            const bool accept =
                c >= 0 && (documents == 0 ? common > 2 * completed
                                          : common >= 10 * documents &&
                                                common >= double(std::max<qint64>(3, posts / 50)));
            if (accept) {
                // The surer the correction, the more it weighs.
                const double confidence = distance <= 1 ? 1.0 : distance == 2 ? 0.8 : 0.7;
                addWordForms(a.corrected, vocab.at(c).word, documents == 0 ? confidence : 0.9);
                a.correction = vocab.at(c).word;
                a.correctionDistance = distance;
            }
        }
    }
    if (memo.size() > 20000) // a long session's keystrokes
        memo.clear();
    memo.insert(key, a);
    return a;
}

QList<Group> SearchEngine::Private::analyze(const ParsedQuery &query, QList<Group> *scoringOnly)
{
    QList<Group> groups;
    const bool longQuery = query.clauses.size() >= 4;
    for (const QueryClause &clause : query.clauses) {
        Group g;
        QStringList typed;
        bool allStop = true;
        for (const QueryTerm &t : clause.alternatives) {
            const TermAnalysis a = analyzeTerm(t);
            for (const Variant &v : a.variants)
                addVariant(g.variants, v.words, v.weight, v.documents);
            // In a long, natural-language query an unknown word is more likely a word the
            // posts do not use than a typo: only close corrections are taken there.
            if (!a.correction.isEmpty() && (!longQuery || a.correctionDistance <= 1)) {
                for (const Variant &v : a.corrected)
                    addVariant(g.variants, v.words, v.weight, v.documents);
                g.correction = a.correction;
            }
            allStop = allStop && a.stop && !t.phrase;
            typed << t.text;
        }
        g.typed = typed.join(QStringLiteral(" OR "));
        g.stop = allStop;
        // A one- or two-letter word being typed says too little to search by (yet).
        const QueryTerm &last = clause.alternatives.last();
        if (clause.alternatives.size() == 1 && last.prefix && !last.phrase &&
            SearchText::words(last.text).join(QString()).size() <= 2 &&
            vocab.find(SearchText::fold(last.text)) < 0)
            g.variants.clear();
        groups.append(g);
    }
    // Adjacent words that the index knows as one word: "join set" -> joinset.
    for (qsizetype i = 0; i + 1 < groups.size(); ++i) {
        const QStringList a = SearchText::words(groups[i].typed);
        const QStringList b = SearchText::words(groups[i + 1].typed);
        if (a.size() != 1 || b.size() != 1)
            continue;
        const QString joined = a.first() + b.first();
        const int j = vocab.find(joined);
        if (j < 0)
            continue;
        Group merged;
        merged.typed = groups[i].typed + u' ' + groups[i + 1].typed;
        addVariant(merged.variants, {joined}, 1.0, vocab.at(j).documents);
        addVariant(merged.variants, {a.first(), b.first()}, 1.0, vocab.at(j).documents);
        groups[i] = merged;
        groups.removeAt(i + 1);
    }
    // Function words only count when nothing else is left ("how to" alone still searches).
    const bool content = std::any_of(groups.cbegin(), groups.cend(), [](const Group &g) {
        return !g.stop && !g.variants.isEmpty();
    });
    QList<Group> kept;
    for (const Group &g : std::as_const(groups)) {
        if (g.variants.isEmpty())
            continue;
        if (content && g.stop) {
            Group optional = g;
            optional.feedback = true;
            scoringOnly->append(optional);
            continue;
        }
        kept.append(g);
    }
    const double posts = std::max<double>(1, vocab.postCount());
    for (Group &g : *scoringOnly)
        g.idf = 0.5 * idfOf(g.variants.isEmpty() ? posts : g.variants.first().documents, posts);
    for (Group &g : kept) {
        double top = 0, rest = 0;
        for (const Variant &v : g.variants) {
            if (v.documents > top) {
                rest += top;
                top = v.documents;
            } else {
                rest += v.documents;
            }
        }
        g.idf = idfOf(top + 0.25 * rest, posts);
    }
    return kept;
}

bool SearchEngine::Private::filterSql(const ParsedQuery &query, QString *sql, QStringList *binds,
                                      QString *error)
{
    using Kind = QueryFilter::Kind;
    QStringList conditions;
    for (const QueryFilter &f : query.filters) {
        QString condition;
        const QString value = f.value.trimmed();
        switch (f.kind) {
        case Kind::Category: {
            const QString test = f.partial ? QStringLiteral("name LIKE ? || '%'")
                                           : QStringLiteral("name = ? COLLATE NOCASE");
            condition =
                QStringLiteral("p.category_id IN (SELECT id FROM categories WHERE %1)").arg(test);
            binds->append(value);
            sqlite3_stmt *s = statement(
                QStringLiteral("SELECT count(*) FROM categories WHERE %1").arg(test), error);
            if (!s)
                return false;
            const QByteArray v = value.toUtf8();
            sqlite3_bind_text(s, 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
            const bool exists = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) > 0;
            sqlite3_reset(s);
            if (!exists) {
                QStringList names;
                sqlite3_stmt *all =
                    statement(QStringLiteral("SELECT name FROM categories ORDER BY name"), error);
                while (all && sqlite3_step(all) == SQLITE_ROW)
                    names << QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(all, 0)));
                if (all)
                    sqlite3_reset(all);
                *error = names.isEmpty()
                             ? tr("No category \"%1\": this library has no categories.").arg(value)
                             : tr("No category \"%1\". Categories: %2.")
                                   .arg(value, names.join(QStringLiteral(", ")));
                return false;
            }
            break;
        }
        case Kind::Series: {
            // "django-conquered", "Django Conquered" and "conquered" all name that series.
            QString words = value.toLower();
            words.replace(u'-', u' ').replace(u'_', u' ');
            condition = QStringLiteral(
                "p.id IN (SELECT sp.post_id FROM series_parts sp JOIN series s ON s.id = "
                "sp.series_id WHERE lower(s.name) LIKE '%' || ? || '%')");
            binds->append(words.simplified());
            break;
        }
        case Kind::Tag:
            condition =
                f.partial ? QStringLiteral("p.id IN (SELECT pt.post_id FROM post_tags pt JOIN tags "
                                           "t ON t.id = pt.tag_id WHERE t.name LIKE ? || '%')")
                          : QStringLiteral("p.id IN (SELECT pt.post_id FROM post_tags pt JOIN tags "
                                           "t ON t.id = pt.tag_id WHERE t.name = ?)");
            binds->append(value);
            break;
        case Kind::Bookmarked:
            condition = QStringLiteral("p.id IN (SELECT post_id FROM bookmarks)");
            break;
        case Kind::Unread:
            condition =
                QStringLiteral("p.id NOT IN (SELECT post_id FROM reading_state WHERE is_read = 1)");
            break;
        case Kind::HasNotes:
            // A post note, a highlight, or a highlight's note (which has its post's id).
            condition = QStringLiteral(
                "p.id IN (SELECT post_id FROM notes UNION SELECT post_id FROM highlights)");
            break;
        case Kind::InTitle:
        case Kind::InCode:
            continue; // column filters, applied in the match expression
        }
        conditions << (f.negated ? QStringLiteral("NOT (%1)").arg(condition) : condition);
    }
    *sql = conditions.join(QStringLiteral(" AND "));
    return true;
}

QList<Ranked> SearchEngine::Private::rank(const QList<Group> &groups, const QStringList &excluded,
                                          bool all, const QString &columns, const QString &filter,
                                          const QStringList &binds, int limit, bool *interrupted,
                                          QString *error, int *budget, double everyGroupMark)
{
    // Every group (or any, unless `all`) must match; each group is its variants joined by OR.
    // Phrases are numbered in the order the expression writes them; exclusions come last.
    Fts5::RankSpec spec;
    spec.everyGroupMark = everyGroupMark;
    QStringList required;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        spec.groupIdf.push_back(groups[g].idf);
        spec.groupCovers.push_back(groups[g].feedback ? 0 : 1);
        QStringList alternatives;
        for (const Variant &v : groups[g].variants) {
            alternatives << v.fts;
            spec.phraseGroup.push_back(int(g));
            spec.phraseWeight.push_back(v.weight);
        }
        required << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    QString expression =
        u'(' + required.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR ")) + u')';
    if (!columns.isEmpty())
        expression = columns + QStringLiteral(": ") + expression;
    if (!excluded.isEmpty())
        expression += QStringLiteral(" NOT (") + excluded.join(QStringLiteral(" OR ")) + u')';
    for (qsizetype i = 0; i < excluded.size(); ++i) {
        spec.phraseGroup.push_back(-1);
        spec.phraseWeight.push_back(0.0);
    }

    QString sql =
        QStringLiteral("SELECT rowid, lectern_rank(search_fts, ?1) AS score FROM search_fts "
                       "WHERE search_fts MATCH ?2");
    if (!filter.isEmpty())
        sql += QStringLiteral(" AND rowid IN (SELECT p.id FROM posts p WHERE %1)").arg(filter);
    // With a budget, posts are scored newest first and no more than the budget: the best of
    // those. Without one, SQLite scores every match and keeps the best.
    sql += budget ? QStringLiteral(" ORDER BY rowid DESC")
                  : QStringLiteral(" ORDER BY score DESC LIMIT ?%1").arg(binds.size() + 3);
    sqlite3_stmt *s = statement(sql, error);
    if (!s)
        return {};
    sqlite3_bind_pointer(s, 1, &spec, Fts5::rankSpecType, nullptr);
    const QByteArray match = expression.toUtf8();
    sqlite3_bind_text(s, 2, match.constData(), int(match.size()), SQLITE_TRANSIENT);
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QByteArray v = binds[i].toUtf8();
        sqlite3_bind_text(s, int(i) + 3, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    if (!budget)
        sqlite3_bind_int(s, int(binds.size()) + 3, limit);
    QList<Ranked> out;
    int rc = SQLITE_DONE;
    while ((!budget || *budget > 0) && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        out.append({sqlite3_column_int64(s, 0), sqlite3_column_double(s, 1)});
        if (budget)
            --*budget;
    }
    if (budget && *budget <= 0)
        rc = SQLITE_DONE;
    if (budget) {
        const auto better = [](const Ranked &a, const Ranked &b) {
            return a.score > b.score || (a.score == b.score && a.id > b.id);
        };
        if (out.size() > limit) {
            std::partial_sort(out.begin(), out.begin() + limit, out.end(), better);
            out.resize(limit);
        } else {
            std::sort(out.begin(), out.end(), better);
        }
    }
    if (rc == SQLITE_INTERRUPT)
        *interrupted = true;
    else if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_reset(s);
    // The spec lives on this stack frame: unbind it before it goes.
    sqlite3_clear_bindings(s);
    return out;
}

QSet<qint64> SearchEngine::Private::idsOf(const QString &sql, const QStringList &binds,
                                          QString *error)
{
    QSet<qint64> ids;
    sqlite3_stmt *s = statement(sql, error);
    if (!s)
        return ids;
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QByteArray v = binds[i].toUtf8();
        sqlite3_bind_text(s, int(i) + 1, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    while (sqlite3_step(s) == SQLITE_ROW)
        ids.insert(sqlite3_column_int64(s, 0));
    sqlite3_reset(s);
    return ids;
}

QList<Ranked> SearchEngine::Private::rankHeads(const QList<Group> &groups, bool all,
                                               const QSet<qint64> *allowed,
                                               const QSet<qint64> &excludedIds, int limit)
{
    // lectern_rank's BM25F over two fields, title and summary. Single words are looked up
    // through an array by vocabulary index; phrases are checked word by word.
    const Fts5::RankSpec weights;
    std::vector<int> wordGroup(size_t(vocab.size()), -1);
    std::vector<double> wordWeight(size_t(vocab.size()), 0.0);
    struct Phrase
    {
        int group;
        std::vector<int> words;
        double weight;
    };
    std::vector<Phrase> phrases;
    std::vector<char> startsPhrase(size_t(vocab.size()), 0);
    double totalCover = 0;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        totalCover += std::sqrt(groups[g].idf);
        for (const Variant &v : groups[g].variants) {
            std::vector<int> ids;
            for (const QString &w : v.words)
                ids.push_back(vocab.find(w));
            if (std::find(ids.begin(), ids.end(), -1) != ids.end())
                continue;
            if (ids.size() == 1) {
                if (wordGroup[size_t(ids[0])] < 0) {
                    wordGroup[size_t(ids[0])] = int(g);
                    wordWeight[size_t(ids[0])] = v.weight;
                }
            } else {
                startsPhrase[size_t(ids[0])] = 1;
                phrases.push_back({int(g), std::move(ids), v.weight});
            }
        }
    }
    const size_t n = size_t(groups.size());
    std::vector<double> tf(n * 2);
    QList<Ranked> out;
    for (const Head &h : heads) {
        if ((allowed && !allowed->contains(h.id)) || excludedIds.contains(h.id))
            continue;
        std::fill(tf.begin(), tf.end(), 0.0);
        bool any = false;
        const TokenizedText *fields[2] = {&h.title, &h.summary};
        for (size_t f = 0; f < 2; ++f) {
            const TokenizedText &t = *fields[f];
            for (qsizetype k = 0; k < t.size(); ++k) {
                const int w = t.word(k);
                if (w < 0)
                    continue;
                if (wordGroup[size_t(w)] >= 0) {
                    tf[size_t(wordGroup[size_t(w)]) * 2 + f] += wordWeight[size_t(w)];
                    any = true;
                }
                if (!startsPhrase[size_t(w)])
                    continue;
                for (const Phrase &p : phrases) {
                    if (p.words[0] != w || k + qsizetype(p.words.size()) > t.size())
                        continue;
                    bool match = true;
                    for (size_t j = 1; j < p.words.size() && match; ++j)
                        match = t.word(k + qsizetype(j)) == p.words[j];
                    if (match) {
                        tf[size_t(p.group) * 2 + f] += p.weight;
                        any = true;
                    }
                }
            }
        }
        if (!any)
            continue;
        const double norm[2] = {1 - weights.columnB[0] +
                                    weights.columnB[0] * double(h.title.size()) / averageTitle,
                                1 - weights.columnB[1] +
                                    weights.columnB[1] * double(h.summary.size()) / averageSummary};
        double score = 0, covered = 0;
        bool every = true;
        for (size_t g = 0; g < n; ++g) {
            const double weighted = weights.columnWeight[0] * tf[g * 2] / norm[0] +
                                    weights.columnWeight[1] * tf[g * 2 + 1] / norm[1];
            if (weighted <= 0) {
                every = false;
                continue;
            }
            const double idf = groups[qsizetype(g)].idf;
            covered += std::sqrt(idf);
            score += idf * weighted * (weights.k1 + 1) / (weighted + weights.k1);
            if (tf[g * 2] > 0)
                score += idf * weights.titleBonus;
        }
        if (all && !every)
            continue;
        if (!all && totalCover > 0)
            score *= std::pow(covered / totalCover, weights.coverageExponent);
        out.append({h.id, score});
    }
    const auto better = [](const Ranked &a, const Ranked &b) {
        return a.score > b.score || (a.score == b.score && a.id > b.id);
    };
    if (out.size() > limit) {
        std::partial_sort(out.begin(), out.begin() + limit, out.end(), better);
        out.resize(limit);
    } else {
        std::sort(out.begin(), out.end(), better);
    }
    return out;
}

QList<Ranked> SearchEngine::Private::rankTiered(const QList<Group> &groups,
                                                const QStringList &excluded, bool all,
                                                const QString &columns, const QString &filter,
                                                const QStringList &binds, int limit,
                                                bool *interrupted, QString *error)
{
    // Ranking in the index costs a few microseconds per matching post: fine for thousands,
    // not for a library where "python" is in 9,000 posts. There, posts with the words in their
    // title or summary come first (ranked in memory), then posts with them anywhere, newest
    // first and no more than a budget of them.
    const qint64 posts = vocab.postCount();
    if (posts < tieredFrom || !columns.isEmpty() || heads.empty())
        return rank(groups, excluded, all, columns, filter, binds, limit, interrupted, error);
    QSet<qint64> allowed;
    if (!filter.isEmpty())
        allowed =
            idsOf(QStringLiteral("SELECT p.id FROM posts p WHERE %1").arg(filter), binds, error);
    QSet<qint64> excludedIds;
    if (!excluded.isEmpty())
        excludedIds =
            idsOf(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1"),
                  {excluded.join(QStringLiteral(" OR "))}, error);
    if (!error->isEmpty())
        return {};
    QList<Ranked> out =
        rankHeads(groups, all, filter.isEmpty() ? nullptr : &allowed, excludedIds, limit);
    if (out.size() >= limit)
        return out;
    QSet<qint64> seen;
    for (const Ranked &r : std::as_const(out))
        seen.insert(r.id);
    QList<Group> use = groups;
    if (!all) {
        // Any-word matching over whole posts: only the words that narrow it down.
        use.clear();
        for (const Group &g : groups)
            if (g.idf >= idfOf(double(posts) / 4, double(posts)))
                use.append(g);
        if (use.isEmpty())
            return out;
    }
    int budget = rowBudget;
    const QList<Ranked> found = rank(use, excluded, all, QString(), filter, binds,
                                     limit + int(out.size()), interrupted, error, &budget);
    if (*interrupted || !error->isEmpty())
        return {};
    const double floor = out.isEmpty() ? 0 : out.last().score;
    for (Ranked r : found) {
        if (seen.contains(r.id))
            continue;
        if (!out.isEmpty())
            r.score = std::min(r.score, floor * 0.999);
        out.append(r);
        if (out.size() >= limit)
            break;
    }
    return out;
}

QList<Group> SearchEngine::Private::feedbackGroups(const QList<Group> &groups,
                                                   const QList<Ranked> &top)
{
    // Words that the best posts' titles and summaries share, weighted by rarity: the corpus's
    // own vocabulary for what the reader described in other words.
    QSet<int> queryWords;
    for (const Group &g : groups)
        for (const Variant &v : g.variants)
            for (const QString &w : v.words)
                queryWords.insert(vocab.find(w));
    QHash<int, double> weight;
    const int depth = int(std::min<qsizetype>(3, top.size()));
    for (int i = 0; i < depth; ++i) {
        const auto p = post(top[i].id);
        if (!p)
            continue;
        QSet<int> seen;
        for (const TokenizedText *t : {&p->titleWords, &p->summary}) {
            for (qsizetype k = 0; k < t->size(); ++k) {
                const int w = t->word(k);
                if (w < 0 || seen.contains(w) || queryWords.contains(w))
                    continue;
                seen.insert(w);
                const QString &word = vocab.at(w).word;
                if (word.size() < 3 || SearchText::isStopWord(word))
                    continue;
                // Rank-discounted: the first post speaks loudest.
                weight[w] += top[i].score / top[0].score / double(1 + i);
            }
        }
    }
    const double posts = std::max<double>(1, vocab.postCount());
    struct Candidate
    {
        int word;
        double value;
    };
    QList<Candidate> candidates;
    for (auto it = weight.cbegin(); it != weight.cend(); ++it) {
        const int d = vocab.at(it.key()).documents;
        if (d == 0 || d > posts * 0.3)
            continue;
        candidates.append({it.key(), it.value() * idfOf(d, posts)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.value > b.value || (a.value == b.value && a.word < b.word);
    });
    QList<Group> out;
    for (const Candidate &c : candidates.mid(0, 6)) {
        const Vocabulary::Entry &e = vocab.at(c.word);
        Group g;
        g.typed = e.word;
        g.feedback = true;
        g.idf = 0.25 * idfOf(e.documents, posts);
        addVariant(g.variants, {e.word}, 1.0, e.documents);
        out.append(g);
    }
    return out;
}

void SearchEngine::Private::buildAssociations()
{
    paragraphs.clear();
    paragraphsOf.clear();
    relatedMemo.clear();
    if (vocab.postCount() > associationsUpTo)
        return;
    QString error;
    sqlite3_stmt *s = statement(QStringLiteral("SELECT content FROM posts"), &error);
    if (!s)
        return;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const QString content = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(s, 0)), sqlite3_column_bytes(s, 0));
        for (QStringView line : QStringView(content).split(u'\n', Qt::SkipEmptyParts)) {
            std::vector<int> ids;
            for (const QString &w : SearchText::words(line))
                if (const int i = vocab.find(w); i >= 0)
                    ids.push_back(i);
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            if (ids.size() < 3)
                continue;
            const int index = int(paragraphs.size());
            for (int i : ids)
                paragraphsOf[i].push_back(index);
            paragraphs.push_back(std::move(ids));
        }
    }
    sqlite3_reset(s);
}

QList<QPair<int, double>> SearchEngine::Private::related(int word)
{
    if (const auto it = relatedMemo.constFind(word); it != relatedMemo.cend())
        return *it;
    QList<QPair<int, double>> out;
    const auto own = paragraphsOf.constFind(word);
    if (own != paragraphsOf.cend() && own->size() >= 2) {
        QHash<int, int> together;
        for (int p : *own)
            for (int w : paragraphs[size_t(p)])
                if (w != word)
                    ++together[w];
        const double all = double(paragraphs.size());
        const double mine = double(own->size());
        for (auto it = together.cbegin(); it != together.cend(); ++it) {
            if (it.value() < 2)
                continue;
            const QString &w = vocab.at(it.key()).word;
            if (w.size() < 3 || SearchText::isStopWord(w) || w.at(0).isDigit())
                continue;
            const double theirs = double(paragraphsOf.value(it.key()).size());
            // How much likelier the word is next to `word` than anywhere (lift), weighted by
            // how often it is there.
            const double lift = double(it.value()) * all / (mine * theirs);
            if (lift < 3)
                continue;
            out.append({it.key(), double(it.value()) / mine * std::log(lift)});
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
            return a.second > b.second || (a.second == b.second && a.first < b.first);
        });
        if (out.size() > 5)
            out.resize(5);
    }
    relatedMemo.insert(word, out);
    return out;
}

QList<Group> SearchEngine::Private::relatedGroups(const QList<Group> &groups)
{
    QSet<int> taken;
    for (const Group &g : groups)
        for (const Variant &v : g.variants)
            if (v.words.size() == 1)
                taken.insert(vocab.find(v.words.first()));
    QHash<int, double> weight;
    for (const Group &g : groups) {
        if (g.variants.isEmpty() || g.variants.first().words.size() != 1)
            continue;
        const int word = vocab.find(g.variants.first().words.first());
        if (word < 0)
            continue;
        for (const auto &[other, strength] : related(word))
            if (!taken.contains(other))
                weight[other] += strength;
    }
    const double posts = std::max<double>(1, vocab.postCount());
    QList<Group> out;
    for (auto it = weight.cbegin(); it != weight.cend(); ++it) {
        const Vocabulary::Entry &e = vocab.at(it.key());
        Group g;
        g.typed = e.word;
        g.feedback = true;
        g.idf = relatedWeight * std::min(1.0, it.value()) * idfOf(e.documents, posts);
        addVariant(g.variants, {e.word}, 1.0, e.documents);
        out.append(g);
    }
    return out;
}

void SearchEngine::Private::rerank(QList<Ranked> &ranked, const QList<Group> &extra,
                                   const QList<Group> &query)
{
    // The same BM25F as lectern_rank, over the candidates' cached words (title, summary, text),
    // so feedback costs no second pass over the index. Words map to groups through arrays
    // indexed by vocabulary index: the scans below are the hot loop.
    std::vector<int> groupOf(size_t(vocab.size()), -1);
    for (qsizetype g = 0; g < extra.size(); ++g)
        for (const Variant &v : extra[g].variants)
            if (v.words.size() == 1)
                if (const int i = vocab.find(v.words.first()); i >= 0 && groupOf[size_t(i)] < 0)
                    groupOf[size_t(i)] = int(g);
    // Words of the query (function words too) for the title match: "django conquered what is
    // django" is the title "Django Conquered: What is Django?" word for word.
    std::vector<int> queryGroupOf(size_t(vocab.size()), -1);
    for (qsizetype g = 0; g < query.size(); ++g)
        for (const Variant &v : query[g].variants)
            for (const QString &w : v.words)
                if (const int i = vocab.find(w); i >= 0 && queryGroupOf[size_t(i)] < 0)
                    queryGroupOf[size_t(i)] = int(g);
    const Fts5::RankSpec weights;
    QList<std::shared_ptr<const CachedPost>> candidates;
    double averageLength = 0;
    for (const Ranked &r : std::as_const(ranked)) {
        candidates.append(post(r.id));
        averageLength += candidates.last() ? double(candidates.last()->content.size()) : 0;
    }
    averageLength = std::max(1.0, averageLength / double(ranked.size()));
    // The text of every candidate is scanned for the extra words, except in a big library,
    // where titles and summaries say enough and the texts are mostly not in memory.
    const bool scanText = vocab.postCount() < tieredFrom;
    std::vector<double> tf(size_t(extra.size()) * 3);
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const auto &p = candidates[i];
        if (!p)
            continue;
        std::fill(tf.begin(), tf.end(), 0.0);
        const TokenizedText *fields[2] = {&p->titleWords, &p->summary};
        if (!extra.isEmpty()) {
            for (int f = 0; f < 2; ++f) {
                for (qsizetype k = 0; k < fields[f]->size(); ++k) {
                    const int w = fields[f]->word(k);
                    if (w >= 0 && groupOf[size_t(w)] >= 0)
                        tf[size_t(groupOf[size_t(w)]) * 3 + size_t(f)] += 1;
                }
            }
            if (scanText && p->contentWords) {
                const TokenizedText &t = *p->contentWords;
                for (qsizetype k = 0; k < t.size(); ++k) {
                    const int w = t.word(k);
                    if (w >= 0 && groupOf[size_t(w)] >= 0)
                        tf[size_t(groupOf[size_t(w)]) * 3 + 2] += 1;
                }
            }
        }
        const double norm =
            1 - weights.columnB[3] + weights.columnB[3] * double(p->content.size()) / averageLength;
        double add = 0;
        for (qsizetype g = 0; g < extra.size(); ++g) {
            const double *t = &tf[size_t(g) * 3];
            const double weighted = weights.columnWeight[0] * t[0] +
                                    weights.columnWeight[1] * t[1] +
                                    weights.columnWeight[3] * t[2] / norm;
            if (weighted <= 0)
                continue;
            add += extra[g].idf * weighted * (weights.k1 + 1) / (weighted + weights.k1);
            if (t[0] > 0)
                add += extra[g].idf * weights.titleBonus;
        }
        // Title match: the share of the query found in the title times the share of the
        // title that the query accounts for.
        if (!query.isEmpty() && p->titleWords.size() > 0) {
            QSet<int> groupsFound;
            int titleMatched = 0;
            for (qsizetype k = 0; k < p->titleWords.size(); ++k) {
                const int w = p->titleWords.word(k);
                if (w >= 0 && queryGroupOf[size_t(w)] >= 0) {
                    groupsFound.insert(queryGroupOf[size_t(w)]);
                    ++titleMatched;
                }
            }
            const double match = double(groupsFound.size()) / double(query.size()) *
                                 double(titleMatched) / double(p->titleWords.size());
            add += titleMatchWeight * match * match;
        }
        ranked[i].score += add;
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
}

QList<Ranked> SearchEngine::Private::titlePrefix(const QString &prefix, const QSet<qint64> *allowed,
                                                 int limit)
{
    // One or two letters match nearly every post's text; rank by titles instead: a title word
    // starting with the letters, earlier words first, newer posts first.
    QList<Ranked> out;
    for (const TitleEntry &t : std::as_const(titles)) {
        if (allowed && !allowed->contains(t.id))
            continue;
        for (qsizetype i = 0; i < t.words.size(); ++i) {
            if (t.words[i].startsWith(prefix)) {
                out.append({t.id, 1.0 / double(1 + i)});
                break;
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Ranked &a, const Ranked &b) { return a.score > b.score; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

std::shared_ptr<const SearchEngine::Private::CachedPost> SearchEngine::Private::post(qint64 id)
{
    if (auto it = posts.find(id); it != posts.end()) {
        const_cast<CachedPost &>(**it).used = ++useCounter;
        return *it;
    }
    QString error;
    sqlite3_stmt *s =
        statement(QStringLiteral(
                      "SELECT p.permalink, p.title, coalesce(c.name, ''), p.summary, p.content "
                      "FROM posts p LEFT JOIN categories c ON c.id = p.category_id WHERE p.id = ?"),
                  &error);
    if (!s)
        return {};
    sqlite3_bind_int64(s, 1, id);
    std::shared_ptr<CachedPost> p;
    if (sqlite3_step(s) == SQLITE_ROW) {
        const auto text = [s](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)),
                                     sqlite3_column_bytes(s, column));
        };
        p = std::make_shared<CachedPost>();
        p->permalink = text(0);
        p->title = text(1);
        p->category = text(2);
        p->titleWords = TokenizedText(p->title, vocab);
        p->summary = TokenizedText(text(3), vocab);
        p->content = text(4);
        if (vocab.postCount() < tieredFrom)
            p->contentWords = TokenizedText(p->content, vocab);
        p->used = ++useCounter;
    }
    sqlite3_reset(s);
    if (!p)
        return {};
    const qint64 bytes = p->bytes();
    if (postBytes + bytes > maxPostBytes && !posts.isEmpty()) {
        // Drop the older half.
        QList<quint64> uses;
        for (const auto &c : std::as_const(posts))
            uses.append(c->used);
        std::nth_element(uses.begin(), uses.begin() + uses.size() / 2, uses.end());
        const quint64 median = uses[uses.size() / 2];
        for (auto it = posts.begin(); it != posts.end();) {
            if ((*it)->used <= median) {
                postBytes -= (*it)->bytes();
                it = posts.erase(it);
            } else {
                ++it;
            }
        }
    }
    posts.insert(id, p);
    postBytes += bytes;
    return p;
}

bool SearchEngine::Private::fillHits(SearchResponse &response, const QList<Ranked> &ranked,
                                     const QList<Group> &groups)
{
    WordMatcher matcher;
    QList<double> weights;
    std::vector<int> groupOfWord(size_t(vocab.size()), -1);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        weights.append(groups[g].idf);
        for (const Variant &v : groups[g].variants) {
            for (const QString &w : v.words) {
                matcher.add(w, int(g));
                if (const int i = vocab.find(w); i >= 0 && groupOfWord[size_t(i)] < 0)
                    groupOfWord[size_t(i)] = int(g);
            }
        }
    }
    const SnippetMaker maker(std::move(matcher), weights);
    for (const Ranked &r : ranked) {
        const auto p = post(r.id);
        if (!p)
            continue;
        SearchHit hit;
        hit.postId = r.id;
        hit.permalink = p->permalink;
        hit.title = p->title;
        hit.category = p->category;
        hit.score = r.score;
        SnippetMaker::Result snip =
            p->contentWords
                ? maker.make(p->content, SnippetMaker::hitsIn(*p->contentWords, groupOfWord))
                : maker.make(p->content);
        if (!snip.found) {
            SnippetMaker::Result summary = maker.make(p->summary.text());
            if (summary.found || snip.html.isEmpty())
                snip = std::move(summary);
        }
        hit.matchedTerms = snip.matched;
        for (const WordMatcher::Hit &h : maker.matcher().scan(p->title)) {
            const QString w = SearchText::fold(QStringView(p->title).mid(h.start, h.length));
            if (!hit.matchedTerms.contains(w))
                hit.matchedTerms.append(w);
        }
        std::sort(hit.matchedTerms.begin(), hit.matchedTerms.end());
        hit.snippet = std::move(snip.html);
        response.hits.append(std::move(hit));
    }
    return true;
}

QList<QPair<qint64, QString>> SearchEngine::Private::noteMatches(const ParsedQuery &query,
                                                                 const QStringList &excluded,
                                                                 const QString &filter,
                                                                 const QStringList &binds,
                                                                 int limit, QString *error)
{
    // The words as typed (notes may use words the posts never do, which the vocabulary of
    // search_fts would not know), the one being typed as a prefix.
    QStringList clauses;
    for (const QueryClause &c : query.clauses) {
        QStringList alternatives;
        for (const QueryTerm &t : c.alternatives) {
            const QStringList words = SearchText::words(t.text);
            if (!words.isEmpty())
                alternatives << quoted(words) + (t.prefix ? QStringLiteral("*") : QString());
        }
        if (alternatives.isEmpty())
            return {};
        clauses << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    QString match = clauses.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty())
        match =
            u'(' + match + QStringLiteral(") NOT (") + excluded.join(QStringLiteral(" OR ")) + u')';
    QString sql = QStringLiteral("SELECT notes_fts.rowid, notes_fts.body FROM notes_fts JOIN "
                                 "posts p ON p.id = notes_fts.rowid WHERE notes_fts MATCH ?1");
    if (!filter.isEmpty())
        sql += QStringLiteral(" AND ") + filter;
    sql += QStringLiteral(" ORDER BY notes_fts.rank LIMIT %1").arg(limit);
    sqlite3_stmt *s = statement(sql, error);
    if (!s)
        return {};
    QList<QByteArray> keep{match.toUtf8()};
    sqlite3_bind_text(s, 1, keep.last().constData(), int(keep.last().size()), SQLITE_TRANSIENT);
    for (qsizetype i = 0; i < binds.size(); ++i) {
        keep.append(binds[i].toUtf8());
        sqlite3_bind_text(s, int(i) + 2, keep.last().constData(), int(keep.last().size()),
                          SQLITE_TRANSIENT);
    }
    QList<QPair<qint64, QString>> out;
    while (sqlite3_step(s) == SQLITE_ROW)
        out.append({sqlite3_column_int64(s, 0),
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)),
                                      sqlite3_column_bytes(s, 1))});
    sqlite3_reset(s);
    return out;
}

void SearchEngine::Private::addNoteSnippets(SearchResponse &response,
                                            const QList<QPair<qint64, QString>> &notes,
                                            const QSet<qint64> &foundByText,
                                            const ParsedQuery &query, const QList<Group> &groups)
{
    WordMatcher matcher;
    QList<double> weights;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        weights.append(groups[g].idf);
        for (const Variant &v : groups[g].variants)
            for (const QString &w : v.words)
                matcher.add(w, int(g));
    }
    // The typed words too: words only the notes use have no group.
    for (const QueryClause &c : query.clauses) {
        for (const QueryTerm &t : c.alternatives) {
            for (const QString &w : SearchText::words(t.text)) {
                if (matcher.groupOf(w) < 0) {
                    matcher.add(w, int(weights.size()));
                    weights.append(1);
                }
            }
        }
    }
    const SnippetMaker maker(std::move(matcher), weights, 160);
    for (SearchHit &hit : response.hits) {
        const auto note = std::find_if(notes.cbegin(), notes.cend(),
                                       [&](const auto &n) { return n.first == hit.postId; });
        if (note == notes.cend())
            continue;
        const SnippetMaker::Result snip = maker.make(note->second);
        const QString shown = tr("Note: %1").arg(snip.html);
        if (!foundByText.contains(hit.postId) || hit.snippet.isEmpty())
            hit.snippet = shown;
        else
            hit.snippet += QStringLiteral(" \u00b7 ") + shown;
        for (const QString &w : snip.matched)
            if (!hit.matchedTerms.contains(w))
                hit.matchedTerms.append(w);
        std::sort(hit.matchedTerms.begin(), hit.matchedTerms.end());
    }
}

SearchEngine::SearchEngine(QSqlDatabase db, SearchEngineOptions options)
    : d(std::make_unique<Private>(std::move(db), options))
{}

SearchEngine::~SearchEngine() = default;

SearchResponse SearchEngine::search(const QString &query, int limit, const std::atomic_bool *cancel)
{
    SearchResponse response;
    if (!d->setupError.isEmpty()) {
        response.error = d->setupError;
        return response;
    }
    limit = std::max(1, limit);
    const ParsedQuery parsed = QueryParser::parse(query);
    if (!parsed.isValid()) {
        response.error = parsed.error;
        return response;
    }
    sqlite3_progress_handler(d->handle, 1000, &progressHandler,
                             const_cast<void *>(static_cast<const void *>(cancel)));
    struct Reset
    {
        sqlite3 *handle;
        ~Reset() { sqlite3_progress_handler(handle, 0, nullptr, nullptr); }
    } reset{d->handle};
    const auto cancelled = [&] {
        if (cancel && cancel->load()) {
            response.cancelled = true;
            response.hits.clear();
            return true;
        }
        return false;
    };

    QString error;
    if (!d->ensureCurrent(cancel, &error)) {
        if (!cancelled())
            response.error = tr("The search index cannot be read: %1").arg(error);
        return response;
    }
    if (cancelled())
        return response;

    QString filter;
    QStringList binds;
    if (!d->filterSql(parsed, &filter, &binds, &error)) {
        response.error = error;
        return response;
    }
    QString columns;
    if (parsed.hasFilter(QueryFilter::Kind::InTitle) && parsed.hasFilter(QueryFilter::Kind::InCode))
        columns = QStringLiteral("{title code}");
    else if (parsed.hasFilter(QueryFilter::Kind::InTitle))
        columns = QStringLiteral("{title}");
    else if (parsed.hasFilter(QueryFilter::Kind::InCode))
        columns = QStringLiteral("{code}");

    QList<Group> functionWords;
    const QList<Group> groups = d->analyze(parsed, &functionWords);
    QStringList excluded;
    for (const QueryTerm &t : parsed.excluded) {
        const QStringList words = SearchText::words(t.text);
        if (!words.isEmpty())
            excluded << quoted(words);
    }
    // The corrected query, as the reader would have typed it.
    bool corrected = false;
    QStringList correctedWords;
    for (const QueryClause &c : parsed.clauses) {
        QStringList alternatives;
        for (const QueryTerm &t : c.alternatives) {
            QString text = t.phrase ? u'"' + t.text + u'"' : t.text;
            for (const Group &g : groups) {
                if (!g.correction.isEmpty() &&
                    g.typed.split(QStringLiteral(" OR ")).contains(t.text)) {
                    text = g.correction;
                    corrected = true;
                }
            }
            alternatives << text;
        }
        correctedWords << alternatives.join(QStringLiteral(" OR "));
    }
    if (corrected)
        response.correctedQuery = correctedWords.join(u' ');

    bool interrupted = false;
    QList<Ranked> ranked;
    if (groups.isEmpty()) {
        const bool onlyShortPrefix = parsed.clauses.size() == 1 &&
                                     parsed.clauses.first().alternatives.size() == 1 &&
                                     parsed.clauses.first().alternatives.first().prefix;
        if (onlyShortPrefix && excluded.isEmpty()) {
            const QString prefix =
                SearchText::fold(parsed.clauses.first().alternatives.first().text);
            // Small sets: the filters name posts, not words.
            const QSet<qint64> allowed =
                filter.isEmpty()
                    ? QSet<qint64>()
                    : d->idsOf(QStringLiteral("SELECT p.id FROM posts p WHERE %1").arg(filter),
                               binds, &error);
            if (!prefix.isEmpty())
                ranked = d->titlePrefix(prefix, filter.isEmpty() ? nullptr : &allowed, limit);
        } else if (parsed.clauses.isEmpty()) {
            // Filters (and exclusions) alone: the matching posts, newest first.
            QString sql = QStringLiteral("SELECT p.id FROM posts p WHERE 1");
            if (!filter.isEmpty())
                sql += QStringLiteral(" AND ") + filter;
            if (!excluded.isEmpty())
                sql += QStringLiteral(" AND p.id NOT IN (SELECT rowid FROM search_fts WHERE "
                                      "search_fts MATCH ?%1)")
                           .arg(binds.size() + 1);
            sql += QStringLiteral(" ORDER BY p.pub_order, p.id LIMIT %1").arg(limit);
            sqlite3_stmt *s = d->statement(sql, &error);
            if (!s) {
                response.error = error;
                return response;
            }
            QList<QByteArray> keep;
            for (qsizetype i = 0; i < binds.size(); ++i) {
                keep.append(binds[i].toUtf8());
                sqlite3_bind_text(s, int(i) + 1, keep.last().constData(), int(keep.last().size()),
                                  SQLITE_TRANSIENT);
            }
            if (!excluded.isEmpty()) {
                keep.append(excluded.join(QStringLiteral(" OR ")).toUtf8());
                sqlite3_bind_text(s, int(binds.size()) + 1, keep.last().constData(),
                                  int(keep.last().size()), SQLITE_TRANSIENT);
            }
            while (sqlite3_step(s) == SQLITE_ROW)
                ranked.append({sqlite3_column_int64(s, 0), 0.0});
            sqlite3_reset(s);
        }
        // Otherwise every word was unknown and uncorrectable: no results.
    } else {
        const int pool = std::max(limit, 30);
        // A question or a long query: every word optional, coverage orders the posts.
        bool question = groups.size() > 3;
        if (!parsed.clauses.isEmpty()) {
            const QueryTerm &first = parsed.clauses.first().alternatives.first();
            question = question ||
                       (!first.phrase && SearchText::isQuestionWord(SearchText::fold(first.text)) &&
                        groups.size() > 1);
        }
        question = question || query.trimmed().endsWith(u'?');
        QSet<qint64> everyWord;
        if (d->vocab.postCount() < d->tieredFrom && groups.size() > 1) {
            // A small library: one pass over the posts that match any word, those that match
            // every word marked (and put first unless the query is a question).
            constexpr double mark = 1e9;
            ranked = d->rank(groups, excluded, false, columns, filter, binds, pool, &interrupted,
                             &error, nullptr, question ? 0.0 : mark);
            for (Ranked &r : ranked) {
                if (r.score >= mark) {
                    r.score -= mark;
                    everyWord.insert(r.id);
                }
            }
        } else {
            if (!question) {
                ranked = d->rankTiered(groups, excluded, true, columns, filter, binds, pool,
                                       &interrupted, &error);
                for (const Ranked &r : std::as_const(ranked))
                    everyWord.insert(r.id);
            }
            if (!interrupted && error.isEmpty() && ranked.size() < pool && groups.size() > 1) {
                QList<Ranked> more = d->rankTiered(groups, excluded, false, columns, filter, binds,
                                                   pool + int(ranked.size()), &interrupted, &error);
                QSet<qint64> seen;
                for (const Ranked &r : std::as_const(ranked))
                    seen.insert(r.id);
                // Posts that match every word stay above posts that match some.
                const double floor = ranked.isEmpty() ? 0 : ranked.last().score;
                for (Ranked &r : more) {
                    if (seen.contains(r.id))
                        continue;
                    if (!ranked.isEmpty() && !question)
                        r.score = std::min(r.score, floor * 0.999);
                    ranked.append(r);
                    if (ranked.size() >= pool)
                        break;
                }
            }
        }
        // Pseudo-relevance feedback: the best posts' words (and the query's function words)
        // add to the score of the candidates, which are then ordered again.
        if (!interrupted && error.isEmpty() && ranked.size() > 1 && !cancelled()) {
            const QList<Group> extra =
                functionWords + d->feedbackGroups(groups, ranked) + d->relatedGroups(groups);
            {
                d->rerank(ranked, extra, groups + functionWords);
                // Posts that match every word stay above posts that match some.
                std::stable_partition(ranked.begin(), ranked.end(),
                                      [&](const Ranked &r) { return everyWord.contains(r.id); });
            }
        }
        if (!error.isEmpty()) {
            response.error = tr("The search failed: %1").arg(error);
            return response;
        }
    }
    if (interrupted || cancelled()) {
        response.cancelled = true;
        response.hits.clear();
        return response;
    }
    // Notes and highlights: a post whose notes match is a result even when its own text does
    // not (after those that match by their text).
    QList<QPair<qint64, QString>> notes;
    QSet<qint64> foundByText;
    if (columns.isEmpty() && !parsed.clauses.isEmpty()) {
        notes = d->noteMatches(parsed, excluded, filter, binds, limit, &error);
        for (const Ranked &r : std::as_const(ranked))
            foundByText.insert(r.id);
        double floor = ranked.isEmpty() ? 1 : ranked.last().score;
        for (const auto &[id, text] : std::as_const(notes)) {
            if (!foundByText.contains(id)) {
                floor *= 0.999;
                ranked.append({id, floor});
            }
        }
    }
    if (ranked.size() > limit)
        ranked.resize(limit);
    d->fillHits(response, ranked, groups);
    if (!notes.isEmpty())
        d->addNoteSnippets(response, notes, foundByText, parsed, groups);
    if (cancelled())
        return response;
    return response;
}

} // namespace Lectern
