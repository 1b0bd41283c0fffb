// lectern-test:
// The search engine on a small real library: the index kept current by the store's triggers,
// the query language end to end, filters, typo correction, identifiers, snippets, cancel.
#include "ingest/hugoimporter.h"
#include "search/fieldsplitter.h"
#include "search/searchengine.h"
#include "search/searchindex.h"
#include "store/library.h"
#include "store/sql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QJsonObject post(const QString &path, const QString &title, const QString &summary,
                 const QString &content, const QStringList &tags = {}, const QString &series = {})
{
    QJsonObject o{
        {QStringLiteral("permalink"), QStringLiteral("https://example.org/posts/") + path},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("content"), content}};
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!series.isEmpty())
        o.insert(QStringLiteral("series"), QJsonArray{series});
    return o;
}

// Index-style text (see HUGO-INDEX.md): entities encoded, one paragraph per line, headings and
// code run into the paragraph after them.
QByteArray library()
{
    const QJsonArray posts{
        post(QStringLiteral("go/go-channels/"), QStringLiteral("Go Channels Explained"),
             QStringLiteral("Goroutines, channels and the sync package."),
             QStringLiteral(
                 "Channels are typed pipes between goroutines.\n"
                 "Buffered channels By default channels are unbuffered and block the sender.\n"
                 "ch := make(chan int, 3) ch &lt;- 1 wg.Wait() // block until done Use a "
                 "sync.WaitGroup to wait for goroutines.\n"
                 "Pipelines connect stages with channels."),
             {QStringLiteral("go")}),
        post(QStringLiteral("python/python-decorators/"), QStringLiteral("Python Decorators"),
             QStringLiteral("What the @ symbol does."),
             QStringLiteral("A decorator wraps a function.\n"
                            "import functools def logged(func): @functools.wraps(func) def "
                            "wrapper(*args, **kwargs): return func(*args, **kwargs) return wrapper "
                            "Always use functools.wraps so the name survives.\n"
                            "Pipelines of decorators compose from the bottom up."),
             {QStringLiteral("python")}),
        post(QStringLiteral("postgresql/postgresql-full-text-search/"),
             QStringLiteral("PostgreSQL Full-Text Search"),
             QStringLiteral("Ranked search in Postgres without another service."),
             QStringLiteral("Postgres ships full-text search: tsvector columns and ts_rank.\n"
                            "Filter with a &amp; b &lt; c in WHERE clauses, then rank.\n"
                            "A GIN index keeps it fast."),
             {QStringLiteral("postgresql"), QStringLiteral("search")}),
        post(QStringLiteral("django/django-orm-deep-dive/"), QStringLiteral("Django ORM Deep Dive"),
             QStringLiteral("QuerySets, N+1 and making the database behave."),
             QStringLiteral("Use select_related for foreign keys and prefetch_related for many "
                            "to many relations to avoid N+1 queries.\n"
                            "Django querysets are lazy."),
             {QStringLiteral("django")}),
        post(QStringLiteral("django/django-conquered-introduction/"),
             QStringLiteral("Django Conquered: Introduction"),
             QStringLiteral("Kicking off the series."),
             QStringLiteral("This series walks through Django from the first install."),
             {QStringLiteral("django")}, QStringLiteral("Django Conquered")),
        post(QStringLiteral("django/django-project-setup/"),
             QStringLiteral("Django Conquered: Project Setup"),
             QStringLiteral("Installing Django and scaffolding a project."),
             QStringLiteral("Run django-admin startproject to scaffold the project."),
             {QStringLiteral("django")}, QStringLiteral("Django Conquered")),
    };
    return QJsonDocument(posts).toJson();
}

QString slug(const SearchHit &hit)
{
    return hit.permalink.section(u'/', -2, -2);
}

QStringList slugs(const SearchResponse &r)
{
    QStringList list;
    for (const SearchHit &h : r.hits)
        list << slug(h);
    return list;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SearchEngine> m_engine;
    // The same library searched as if it were a big one: titles and summaries ranked in
    // memory first, then the index with a budget of three posts.
    std::unique_ptr<SearchEngine> m_big;

    qint64 idOf(const QString &slugName)
    {
        return Sql::scalar(m_library->connection(),
                           QStringLiteral("SELECT id FROM posts WHERE permalink LIKE ?"),
                           {QStringLiteral("%/") + slugName + u'/'})
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("search.sqlite")));
        QString error;
        QVERIFY2(m_library->open(&error), qPrintable(error));
        HugoImporter importer(*m_library);
        ImportSummary summary;
        QVERIFY2(importer.importData(library(), QStringLiteral("test.json"), ImportOptions{},
                                     &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.added, 6);
        // The importer indexed every post split into fields at once: nothing queued.
        SearchIndex index(m_library->connection());
        QCOMPARE(index.pendingCount(), 0);
        QVERIFY2(index.refresh(&error), qPrintable(error));
        QCOMPARE(index.pendingCount(), 0);
        m_engine = std::make_unique<SearchEngine>(m_library->connection());
        m_big =
            std::make_unique<SearchEngine>(m_library->connection(), SearchEngineOptions{1, 3, 0});
    }

    void firstResult_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");

        QTest::newRow("word") << QStringLiteral("channels ") << QStringLiteral("go-channels");
        QTest::newRow("title beats text")
            << QStringLiteral("decorators ") << QStringLiteral("python-decorators");
        QTest::newRow("word being typed")
            << QStringLiteral("goro") << QStringLiteral("go-channels");
        QTest::newRow("every word half-typed")
            << QStringLiteral("postg ful tex") << QStringLiteral("postgresql-full-text-search");
        QTest::newRow("other form of the word")
            << QStringLiteral("decorator ") << QStringLiteral("python-decorators");
        QTest::newRow("phrase") << QStringLiteral("\"full-text search\"")
                                << QStringLiteral("postgresql-full-text-search");
        QTest::newRow("identifier as written")
            << QStringLiteral("select_related") << QStringLiteral("django-orm-deep-dive");
        QTest::newRow("identifier split")
            << QStringLiteral("select related ") << QStringLiteral("django-orm-deep-dive");
        QTest::newRow("dotted identifier")
            << QStringLiteral("functools.wraps") << QStringLiteral("python-decorators");
        QTest::newRow("dotted identifier split")
            << QStringLiteral("functools wraps ") << QStringLiteral("python-decorators");
        QTest::newRow("camel case")
            << QStringLiteral("sync.WaitGroup") << QStringLiteral("go-channels");
        QTest::newRow("camel case split")
            << QStringLiteral("wait group ") << QStringLiteral("go-channels");
        QTest::newRow("question") << QStringLiteral("how do i avoid n+1 queries in django?")
                                  << QStringLiteral("django-orm-deep-dive");
        QTest::newRow("series name")
            << QStringLiteral("django conquered setup ") << QStringLiteral("django-project-setup");
        QTest::newRow("two letters rank by title")
            << QStringLiteral("py") << QStringLiteral("python-decorators");
    }

    void firstResult()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const SearchResponse r = m_engine->search(query);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(!r.hits.isEmpty(), qPrintable(query));
        QCOMPARE(slug(r.hits.first()), first);
        for (qsizetype i = 1; i < r.hits.size(); ++i)
            QVERIFY(r.hits[i - 1].score >= r.hits[i].score || r.hits[i].score == 0);
    }

    void bigLibraryPath_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // the whole result set, in order
        QTest::newRow("title word")
            << QStringLiteral("channels ") << QStringList{QStringLiteral("go-channels")};
        // "pipelines" scores higher in the text of the Go post than "decorator" does there,
        // but the decorators post has the word in its title.
        QTest::newRow("titles first, then text")
            << QStringLiteral("decorator OR pipelines ")
            << QStringList{QStringLiteral("python-decorators"), QStringLiteral("go-channels")};
        QTest::newRow("identifier in the text only")
            << QStringLiteral("select_related")
            << QStringList{QStringLiteral("django-orm-deep-dive")};
        QTest::newRow("half-typed") << QStringLiteral("postg ful tex")
                                    << QStringList{QStringLiteral("postgresql-full-text-search")};
        QTest::newRow("typo") << QStringLiteral("decoraters ")
                              << QStringList{QStringLiteral("python-decorators")};
        QTest::newRow("exclusion") << QStringLiteral("conquered -installing ")
                                   << QStringList{QStringLiteral("django-conquered-introduction")};
        QTest::newRow("filter") << QStringLiteral("scaffold cat:django series:conquered ")
                                << QStringList{QStringLiteral("django-project-setup")};
        QTest::newRow("scope") << QStringLiteral("wrapper in:code ")
                               << QStringList{QStringLiteral("python-decorators")};
    }

    void bigLibraryPath()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const SearchResponse r = m_big->search(query);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(slugs(r), expected);
    }

    void bigLibraryBudget()
    {
        // One word from the text of each post, none in a title or summary: the index scores
        // three of them (the newest) in a "big" library, all six in a small one.
        const QString query =
            QStringLiteral("typed OR wraps OR clauses OR lazy OR walks OR startproject ");
        QCOMPARE(m_engine->search(query).hits.size(), 6);
        QCOMPARE(m_big->search(query).hits.size(), 3);
    }

    void typoCorrection_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("corrected");
        QTest::addColumn<QString>("first");
        QTest::newRow("one word") << QStringLiteral("decoraters ") << QStringLiteral("decorators")
                                  << QStringLiteral("python-decorators");
        QTest::newRow("in a query") << QStringLiteral("postgress full text search ")
                                    << QStringLiteral("postgres full text search")
                                    << QStringLiteral("postgresql-full-text-search");
        QTest::newRow("swapped letters")
            << QStringLiteral("chanenls ") << QStringLiteral("channels")
            << QStringLiteral("go-channels");
    }

    void typoCorrection()
    {
        QFETCH(QString, query);
        QFETCH(QString, corrected);
        QFETCH(QString, first);
        const SearchResponse r = m_engine->search(query);
        QCOMPARE(r.correctedQuery, corrected);
        QVERIFY(!r.hits.isEmpty());
        QCOMPARE(slug(r.hits.first()), first);
        // A known word is never "corrected".
        QVERIFY(m_engine->search(QStringLiteral("channels ")).correctedQuery.isEmpty());
    }

    void exclusionAndOr()
    {
        SearchResponse r = m_engine->search(QStringLiteral("django "));
        QVERIFY(slugs(r).contains(QStringLiteral("django-orm-deep-dive")));
        r = m_engine->search(QStringLiteral("django -querysets "));
        QVERIFY(!r.hits.isEmpty());
        QVERIFY(!slugs(r).contains(QStringLiteral("django-orm-deep-dive")));
        r = m_engine->search(QStringLiteral("tsvector OR decorator "));
        const QStringList either = slugs(r);
        QCOMPARE(QSet<QString>(either.cbegin(), either.cend()),
                 (QSet<QString>{QStringLiteral("postgresql-full-text-search"),
                                QStringLiteral("python-decorators")}));
        // Every word required first: the post with both words leads.
        r = m_engine->search(QStringLiteral("pipelines decorators "));
        QCOMPARE(slug(r.hits.first()), QStringLiteral("python-decorators"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // the whole result set
        QTest::newRow("category") << QStringLiteral("cat:go")
                                  << QStringList{QStringLiteral("go-channels")};
        QTest::newRow("category and words") << QStringLiteral("pipelines cat:python ")
                                            << QStringList{QStringLiteral("python-decorators")};
        QTest::newRow("negated category") << QStringLiteral("pipelines -cat:python ")
                                          << QStringList{QStringLiteral("go-channels")};
        QTest::newRow("series") << QStringLiteral("series:\"django conquered\"")
                                << QStringList{QStringLiteral("django-conquered-introduction"),
                                               QStringLiteral("django-project-setup")};
        QTest::newRow("series slug") << QStringLiteral("project series:django-conquered")
                                     << QStringList{QStringLiteral("django-project-setup")};
        QTest::newRow("tag") << QStringLiteral("tag:search")
                             << QStringList{QStringLiteral("postgresql-full-text-search")};
        QTest::newRow("in:title") << QStringLiteral("django in:title ")
                                  << QStringList{QStringLiteral("django-orm-deep-dive"),
                                                 QStringLiteral("django-conquered-introduction"),
                                                 QStringLiteral("django-project-setup")};
        // "wrapper" is code in the decorators post; "wraps" is also in its prose.
        QTest::newRow("in:code") << QStringLiteral("wrapper in:code ")
                                 << QStringList{QStringLiteral("python-decorators")};
        QTest::newRow("in:code excludes prose")
            << QStringLiteral("pipelines in:code ") << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const SearchResponse r = m_engine->search(query);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QStringList got = slugs(r);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void userMarkFilters()
    {
        const QSqlDatabase db = m_library->connection();
        const qint64 orm = idOf(QStringLiteral("django-orm-deep-dive"));
        const qint64 go = idOf(QStringLiteral("go-channels"));
        QVERIFY(orm > 0 && go > 0);
        QVERIFY(Sql::run(
            db,
            QStringLiteral("INSERT INTO bookmarks(post_id, created_at) VALUES (%1, 0)").arg(orm)));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO notes(post_id, body, created_at, "
                                            "updated_at) VALUES (%1, 'n', 0, 0)")
                                 .arg(go)));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO reading_state(post_id, is_read) VALUES "
                                            "(%1, 1)")
                                 .arg(orm)));
        QCOMPARE(slugs(m_engine->search(QStringLiteral("is:bookmarked"))),
                 QStringList{QStringLiteral("django-orm-deep-dive")});
        QCOMPARE(slugs(m_engine->search(QStringLiteral("has:notes"))),
                 QStringList{QStringLiteral("go-channels")});
        const QStringList unread = slugs(m_engine->search(QStringLiteral("django is:unread ")));
        QVERIFY(!unread.isEmpty());
        QVERIFY(!unread.contains(QStringLiteral("django-orm-deep-dive")));
        QCOMPARE(slugs(m_engine->search(QStringLiteral("queries -is:bookmarked "))), QStringList{});
    }

    void errors()
    {
        SearchResponse r = m_engine->search(QStringLiteral("django lang:python"));
        QVERIFY(r.hits.isEmpty());
        QVERIFY(r.error.contains(QStringLiteral("Unknown filter \"lang:\"")));
        r = m_engine->search(QStringLiteral("cat:rust async"));
        QVERIFY(r.hits.isEmpty());
        QCOMPARE(r.error, QStringLiteral(
                              "No category \"rust\". Categories: django, go, postgresql, python."));
        // A category being typed is a prefix, not an error.
        r = m_engine->search(QStringLiteral("channels cat:g"));
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(slugs(r), QStringList{QStringLiteral("go-channels")});
        // Words nobody wrote find nothing, quietly.
        r = m_engine->search(QStringLiteral("xylophonic "));
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.hits.isEmpty());
    }

    void snippets()
    {
        const SearchResponse r = m_engine->search(QStringLiteral("clauses "));
        QCOMPARE(r.hits.size(), 1);
        const SearchHit &h = r.hits.first();
        QCOMPARE(h.title, QStringLiteral("PostgreSQL Full-Text Search"));
        QCOMPARE(h.category, QStringLiteral("postgresql"));
        QVERIFY(h.postId > 0);
        QVERIFY(h.score > 0);
        QVERIFY2(
            h.snippet.contains(QStringLiteral("a &amp; b &lt; c in WHERE <mark>clauses</mark>")),
            qPrintable(h.snippet));
        QCOMPARE(h.matchedTerms, QStringList{QStringLiteral("clauses")});
        // Nothing but <mark> is markup.
        QString rest = h.snippet;
        rest.remove(QStringLiteral("<mark>")).remove(QStringLiteral("</mark>"));
        QVERIFY(!rest.contains(u'<') && !rest.contains(u'>'));

        // Several words: each marked, in the passage that has them together.
        const SearchResponse w = m_engine->search(QStringLiteral("buffered sender "));
        QCOMPARE(slug(w.hits.first()), QStringLiteral("go-channels"));
        QVERIFY2(w.hits.first().snippet.contains(QStringLiteral("<mark>Buffered</mark> channels")),
                 qPrintable(w.hits.first().snippet));
        QVERIFY(w.hits.first().snippet.contains(QStringLiteral("<mark>sender</mark>")));
        QCOMPARE(w.hits.first().matchedTerms,
                 (QStringList{QStringLiteral("buffered"), QStringLiteral("sender")}));
    }

    void limitAndCancel()
    {
        QCOMPARE(m_engine->search(QStringLiteral("django "), 2).hits.size(), 2);
        std::atomic_bool cancel{true};
        const SearchResponse r = m_engine->search(QStringLiteral("django "), 50, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.hits.isEmpty());
        cancel = false;
        QVERIFY(!m_engine->search(QStringLiteral("django "), 50, &cancel).hits.isEmpty());
    }

    void triggersKeepTheIndexCurrent()
    {
        const QSqlDatabase db = m_library->connection();
        const qint64 id = idOf(QStringLiteral("python-decorators"));
        // Changed text: the old words go, the new ones are found at once.
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE posts SET title = 'Python Wrappers Unwrapped', "
                                            "content = 'Closures capture variables.' WHERE id = %1")
                                 .arg(id)));
        QCOMPARE(slugs(m_engine->search(QStringLiteral("closures "))),
                 QStringList{QStringLiteral("python-decorators")});
        QVERIFY(!slugs(m_engine->search(QStringLiteral("functools ")))
                     .contains(QStringLiteral("python-decorators")));
        QCOMPARE(m_engine->search(QStringLiteral("unwrapped ")).hits.first().title,
                 QStringLiteral("Python Wrappers Unwrapped"));
        // A post written by any code (here plain SQL) is searchable.
        QVERIFY(Sql::run(
            db, QStringLiteral("INSERT INTO posts(source_id, permalink, title, summary, content, "
                               "raw_title, raw_summary, raw_content, content_hash, pub_order, "
                               "first_seen, updated_at) SELECT source_id, "
                               "'https://example.org/posts/rust/tokio/', 'Tokio Tasks', '', "
                               "'A JoinSet collects tasks.', '', '', '', 'h', 99, 0, 0 FROM posts "
                               "LIMIT 1")));
        QCOMPARE(slugs(m_engine->search(QStringLiteral("JoinSet"))),
                 QStringList{QStringLiteral("tokio")});
        QCOMPARE(slugs(m_engine->search(QStringLiteral("join set "))),
                 QStringList{QStringLiteral("tokio")});
        // Deleted: gone from the results.
        QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM posts WHERE permalink LIKE '%/tokio/'")));
        QVERIFY(m_engine->search(QStringLiteral("joinset ")).hits.isEmpty());
        // The engine split the changed post into fields before searching.
        QCOMPARE(SearchIndex(db).pendingCount(), 0);
        QString error;
        QVERIFY2(SearchIndex(db).rebuild(&error), qPrintable(error));
        QCOMPARE(SearchIndex(db).pendingCount(), 0);
        QCOMPARE(slugs(m_engine->search(QStringLiteral("closures "))),
                 QStringList{QStringLiteral("python-decorators")});
    }

    void importIndexesAsRefreshWould()
    {
        // The importer writes each post's index row split at once, with the triggers off; a
        // rebuild through the triggers' queue and refresh() must find exactly the same.
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("direct.sqlite")));
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
        const QSqlDatabase db = library.connection();
        const auto generation = [&] {
            return Sql::scalar(db, QStringLiteral("SELECT value FROM search_state "
                                                  "WHERE key = 'generation'"))
                .toLongLong();
        };
        const qint64 before = generation();
        ImportSummary summary;
        QVERIFY2(
            HugoImporter(library).importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary, &error),
            qPrintable(error));
        QCOMPARE(summary.added, 55);
        QCOMPARE(SearchIndex(db).pendingCount(), 0);
        QVERIFY(generation() > before);
        const QStringList queries{QStringLiteral("goroutine channels"),
                                  QStringLiteral("in:title django"),
                                  QStringLiteral("in:code select_related"),
                                  QStringLiteral("postgres index"),
                                  QStringLiteral("async awai"),
                                  QStringLiteral("\"rate limiting\"")};
        QList<QStringList> direct;
        {
            SearchEngine engine(db);
            for (const QString &q : queries) {
                direct << slugs(engine.search(q, 20));
                QVERIFY2(!direct.last().isEmpty(), qPrintable(q));
            }
        }
        QVERIFY2(SearchIndex(db).rebuild(&error), qPrintable(error));
        SearchEngine rebuilt(db);
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(slugs(rebuilt.search(queries[i], 20)), direct[i]);

        // A changed post is re-indexed by the import too, and the triggers are on again after.
        QFile file(QStringLiteral(LECTERN_CORPUS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonArray posts = QJsonDocument::fromJson(file.readAll()).array();
        QJsonObject first = posts.at(0).toObject();
        first.insert(QStringLiteral("content"), QStringLiteral("Quokkas are marsupials."));
        posts.replace(0, first);
        QVERIFY2(HugoImporter(library).importData(QJsonDocument(posts).toJson(),
                                                  QFileInfo(file).absoluteFilePath(), {}, &summary,
                                                  &error),
                 qPrintable(error));
        QCOMPARE(summary.updated, 1);
        QCOMPARE(SearchIndex(db).pendingCount(), 0);
        QCOMPARE(rebuilt.search(QStringLiteral("quokkas")).hits.size(), 1);
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE posts SET content = 'Wombats dig.' "
                                            "WHERE id = (SELECT min(id) FROM posts)")));
        QCOMPARE(SearchIndex(db).pendingCount(), 1);
    }

    void importKeepsTriggersWhenOthersExist()
    {
        // A trigger the direct path does not know (a later migration, say) keeps every
        // trigger on: the import is indexed and queued through them, as before.
        QTemporaryDir dir;
        Library lib(dir.filePath(QStringLiteral("other.sqlite")));
        QString error;
        QVERIFY2(lib.open(&error), qPrintable(error));
        const QSqlDatabase db = lib.connection();
        QVERIFY(Sql::run(db, QStringLiteral("CREATE TABLE seen(post_id INTEGER)")));
        QVERIFY(Sql::run(db, QStringLiteral("CREATE TRIGGER other AFTER INSERT ON posts BEGIN "
                                            "INSERT INTO seen VALUES (new.id); END")));
        ImportSummary summary;
        QVERIFY2(HugoImporter(lib).importData(library(), QStringLiteral("other.json"), {}, &summary,
                                              &error),
                 qPrintable(error));
        QCOMPARE(summary.added, 6);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM seen")).toInt(), 6);
        QCOMPARE(SearchIndex(db).pendingCount(), 6);
        QCOMPARE(slugs(SearchEngine(db).search(QStringLiteral("startproject"))).size(), 1);
    }

    void fieldSplit()
    {
        const QString text = QStringLiteral(
            "Concurrency is the reason a lot of teams switch to Go. Goroutines are cheap.\n"
            "Buffered channels By default channels are unbuffered (synchronous).\n"
            "What's a goroutine? A goroutine is a function running concurrently.\n"
            "ch := make(chan int, 3) ch <- 1 ch <- 2 // would block here Useful when you want a "
            "small queue.");
        const SearchFields f = splitSearchFields(text);
        QVERIFY2(f.headings.contains(QStringLiteral("Buffered channels")), qPrintable(f.headings));
        QVERIFY(f.headings.contains(QStringLiteral("What's a goroutine?")));
        QVERIFY(!f.headings.contains(QStringLiteral("Concurrency")));
        QVERIFY2(f.code.contains(QStringLiteral("ch := make(chan int, 3)")), qPrintable(f.code));
        QVERIFY(f.prose.contains(QStringLiteral("Goroutines are cheap.")));
        QVERIFY(!f.code.contains(QStringLiteral("Goroutines are cheap")));
        // Every word lands in exactly one field.
        const auto words = [](const QString &s) {
            return s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
        };
        QCOMPARE(words(f.headings) + words(f.prose) + words(f.code), words(text));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
