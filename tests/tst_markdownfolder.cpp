// lectern-test:
#include "ingest/markdownfolder.h"
#include "sources/folderwatcher.h"
#include "sources/richbodies.h"
#include "sources/sourcemanager.h"
#include "sources/sourceregistry.h"
#include "store/library.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace Lectern;

namespace {

using Lectern::Test::writeFile;

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::UTC);
}

// A writable copy of tests/data/mdfolder.
bool copyFixture(const QString &to)
{
    const QDir from(QStringLiteral(LECTERN_TEST_DATA "/mdfolder"));
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + u'/' + from.relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

// The first refresh result from `from` on that satisfies `pred` (the watcher may refresh more
// than once for one burst of file operations).
bool resultFrom(const QSignalSpy &spy, qsizetype from,
                const std::function<bool(const RefreshResult &)> &pred, RefreshResult *out)
{
    for (qsizetype i = from; i < spy.size(); ++i) {
        const auto r = spy.at(i).at(0).value<RefreshResult>();
        if (pred(r)) {
            *out = r;
            return true;
        }
    }
    return false;
}

const IncomingPost *byPermalink(const FolderScan &scan, const QString &permalink)
{
    for (const IncomingPost &p : scan.posts)
        if (p.permalink == permalink)
            return &p;
    return nullptr;
}

} // namespace

class TestMarkdownFolder final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_n = 0;

    QString newFolder()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("site%1").arg(++m_n));
        if (!copyFixture(dir))
            qFatal("cannot copy the fixture");
        return dir;
    }

private slots:
    void frontMatter_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<bool>("draft");
        QTest::addColumn<QString>("body");
        QTest::newRow("yaml inline lists")
            << QStringLiteral("---\ntitle: \"Go: channels\"\ndate: 2024-03-05T10:00:00+01:00\n"
                              "tags: [go, \"a, b\", 'c''s']\ndraft: false\n---\nBody\n")
            << QStringLiteral("Go: channels") << utc(2024, 3, 5, 9)
            << QStringList{QStringLiteral("go"), QStringLiteral("a, b"), QStringLiteral("c's")}
            << false << QStringLiteral("Body\n");
        QTest::newRow("yaml block list, comments, nested map")
            << QStringLiteral("---\n# a comment\ntitle: Plain title # trailing\ntags:\n  - one\n"
                              "  - two # inline\ncover:\n  image: x.png\n  alt: y\n"
                              "draft: yes\n---\n")
            << QStringLiteral("Plain title") << QDateTime()
            << QStringList{QStringLiteral("one"), QStringLiteral("two")} << true << QString();
        QTest::newRow("yaml block scalar")
            << QStringLiteral("---\ntitle: T\ndescription: |\n  line one\n  line two\n"
                              "date: 2024-01-02\n---\nx")
            << QStringLiteral("T") << utc(2024, 1, 2) << QStringList() << false
            << QStringLiteral("x");
        QTest::newRow("toml")
            << QStringLiteral(
                   "+++\ntitle = \"Rust \\\"ownership\\\"\"\ndate = 2024-02-10T12:00:00Z\n"
                   "tags = [\n  \"rust\",\n  \"memory\",\n]\ndraft = true\n"
                   "[params]\ntitle = \"not this\"\n+++\n\nBody")
            << QStringLiteral("Rust \"ownership\"") << utc(2024, 2, 10, 12)
            << QStringList{QStringLiteral("rust"), QStringLiteral("memory")} << true
            << QStringLiteral("\nBody");
        QTest::newRow("crlf and bom")
            << QStringLiteral("\uFEFF---\r\ntitle: Windows\r\n---\r\nBody\r\n")
            << QStringLiteral("Windows") << QDateTime() << QStringList() << false
            << QStringLiteral("Body\n");
        QTest::newRow("no front matter")
            << QStringLiteral("# Just Markdown\n") << QString() << QDateTime() << QStringList()
            << false << QStringLiteral("# Just Markdown\n");
    }
    void frontMatter()
    {
        QFETCH(QString, document);
        QFETCH(QString, title);
        QFETCH(QDateTime, date);
        QFETCH(QStringList, tags);
        QFETCH(bool, draft);
        QFETCH(QString, body);
        FrontMatter fm;
        QString gotBody, error;
        QVERIFY2(MarkdownFolder::parseFrontMatter(document, &fm, &gotBody, &error),
                 qPrintable(error));
        QCOMPARE(fm.title, title);
        QCOMPARE(fm.date, date);
        QCOMPARE(fm.tags, tags);
        QCOMPARE(fm.draft, draft);
        QCOMPARE(gotBody, body);
    }

    void badFrontMatter_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("never closed") << QStringLiteral("---\ntitle: x\nbody")
                                      << QStringLiteral("opened with \"---\" on line 1 is never "
                                                        "closed");
        QTest::newRow("not key: value") << QStringLiteral("---\ntitle: x\njust words\n---\n")
                                        << QStringLiteral("front matter line 3 is not \"key: "
                                                          "value\": just words");
        QTest::newRow("toml not key = value")
            << QStringLiteral("+++\ntitle = \"x\"\ntitle: y\n+++\n")
            << QStringLiteral("front matter line 3 is not \"key = value\"");
    }
    void badFrontMatter()
    {
        QFETCH(QString, document);
        QFETCH(QString, message);
        FrontMatter fm;
        QString body, error;
        QVERIFY(!MarkdownFolder::parseFrontMatter(document, &fm, &body, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void rendersGfm()
    {
        const QString html = MarkdownFolder::renderMarkdown(
            QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://example.org\n\n"
                           "```go {linenos=true}\nfunc main() {}\n```\n"));
        QVERIFY2(html.contains(QLatin1String("<table>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<del>gone</del>")));
        QVERIFY(html.contains(QLatin1String("<a href=\"https://example.org\">")));
        QVERIFY(html.contains(QLatin1String("<code class=\"language-go\">")));
    }

    void scansTheFixture()
    {
        const QString folder = newFolder();
        FolderScan scan;
        QString error;
        QVERIFY2(MarkdownFolder(folder).scan(&scan, &error), qPrintable(error));
        QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(u'\n')));
        QCOMPARE(scan.baseUrl, QUrl(QStringLiteral("https://example.org/"))); // from hugo.toml
        QCOMPARE(scan.drafts, 1);
        QCOMPARE(scan.posts.size(), 6);

        const IncomingPost *channels =
            byPermalink(scan, QStringLiteral("https://example.org/posts/go/channels/"));
        QVERIFY(channels);
        QCOMPARE(channels->title, QStringLiteral("Go Basics: Channels"));
        QCOMPARE(channels->published, utc(2024, 3, 5, 9));
        QCOMPARE(channels->tags,
                 (QStringList{QStringLiteral("go"), QStringLiteral("concurrency")}));
        QCOMPARE(channels->category, QStringLiteral("go"));
        QCOMPARE(channels->series, QStringLiteral("Go Basics"));
        QCOMPARE(channels->author, QStringLiteral("Jane Doe"));
        QVERIFY(channels->bodyHtml.contains(QLatin1String("class=\"language-go\"")));
        QVERIFY(channels->bodyHtml.contains(QLatin1String("class=\"language-bash\"")));
        QVERIFY(channels->summaryHtml.contains(QLatin1String("Channels connect goroutines.")));
        QVERIFY(!channels->summaryHtml.contains(QLatin1String("The rest")));

        const IncomingPost *goroutines =
            byPermalink(scan, QStringLiteral("https://example.org/posts/go/goroutines/"));
        QVERIFY(goroutines);
        QCOMPARE(goroutines->tags,
                 (QStringList{QStringLiteral("go"), QStringLiteral("concurrency")}));
        QCOMPARE(goroutines->series, QStringLiteral("Go Basics"));
        QCOMPARE(goroutines->published, utc(2024, 3, 1));

        const IncomingPost *rust =
            byPermalink(scan, QStringLiteral("https://example.org/posts/rust/ownership/"));
        QVERIFY(rust);
        QCOMPARE(rust->title, QStringLiteral("Rust Ownership")); // not [params].title
        QCOMPARE(rust->published, utc(2024, 2, 10, 12));
        QCOMPARE(rust->tags, (QStringList{QStringLiteral("rust"), QStringLiteral("memory")}));
        QVERIFY(rust->summaryHtml.contains(QLatin1String("Who owns what")));
        QVERIFY(rust->bodyHtml.contains(QLatin1String("language-toml")));

        // Page bundle with a slug; Jekyll-style name gives the date; url overrides the path.
        QVERIFY(byPermalink(scan,
                            QStringLiteral("https://example.org/posts/python/python-decorators/")));
        const IncomingPost *jekyll =
            byPermalink(scan, QStringLiteral("https://example.org/posts/misc/jekyll-style/"));
        QVERIFY(jekyll);
        QCOMPARE(jekyll->published, utc(2023, 12, 24));
        QCOMPARE(jekyll->category, QStringLiteral("misc"));
        const IncomingPost *about = byPermalink(scan, QStringLiteral("https://example.org/about/"));
        QVERIFY(about);
        QCOMPARE(about->title, QStringLiteral("About: me"));

        // Drafts on request.
        MarkdownFolderOptions options;
        options.includeDrafts = true;
        QVERIFY(MarkdownFolder(folder, options).scan(&scan, &error));
        QCOMPARE(scan.posts.size(), 7);
        QCOMPARE(scan.drafts, 0);
    }

    void missingFolder()
    {
        FolderScan scan;
        QString error;
        QVERIFY(!MarkdownFolder(m_tmp.filePath(QStringLiteral("nope"))).scan(&scan, &error));
        QVERIFY2(error.endsWith(QLatin1String("nope: no such folder")), qPrintable(error));
    }

    void importsAndFollowsEdits()
    {
        const QString folder = newFolder();
        Library library(m_tmp.filePath(QStringLiteral("md%1.sqlite").arg(m_n)));
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
        const QSqlDatabase db = library.connection();
        SourceManager manager(library);
        QSignalSpy finished(&manager, &SourceManager::sourceFinished);
        QSignalSpy idle(&manager, &SourceManager::idle);
        const qint64 id = manager.addFolder(folder, QStringLiteral("My blog"), false, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(idle.wait(20000));
        RefreshResult r = finished.last().at(0).value<RefreshResult>();
        QCOMPARE(r.status, RefreshStatus::Ok);
        QCOMPARE(r.summary.added, 6);
        const Source source = *SourceRegistry(db).byId(id);
        QCOMPARE(source.kind, SourceKind::MarkdownFolder);
        QCOMPARE(source.location, QFileInfo(folder).canonicalFilePath());
        QCOMPARE(source.postCount, 6);

        // Dates, tags, categories and the explicit series, in reading order.
        const auto postId = [&](const QString &path) {
            return Sql::scalar(db, QStringLiteral("SELECT id FROM posts WHERE permalink = ?"),
                               {QStringLiteral("https://example.org") + path})
                .toLongLong();
        };
        const qint64 channels = postId(QStringLiteral("/posts/go/channels/"));
        QVERIFY(channels);
        Sql parts(db, "SELECT s.name, s.explicit, p.title FROM series_parts sp JOIN series s ON "
                      "s.id = sp.series_id JOIN posts p ON p.id = sp.post_id ORDER BY "
                      "sp.position");
        QVERIFY(parts.exec());
        QStringList series;
        while (parts.next())
            series << QStringLiteral("%1/%2/%3")
                          .arg(parts.value(0).toString(), parts.value(1).toString(),
                               parts.value(2).toString());
        QCOMPARE(series, (QStringList{QStringLiteral("Go Basics/1/Go Basics: Goroutines"),
                                      QStringLiteral("Go Basics/1/Go Basics: Channels")}));
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT c.name FROM posts p JOIN categories c ON "
                                            "c.id = p.category_id WHERE p.id = ?"),
                             {channels})
                     .toString(),
                 QStringLiteral("go"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM post_tags WHERE post_id = ?"),
                             {channels})
                     .toInt(),
                 2);
        QCOMPARE(RichBodies(db).details(channels).published, utc(2024, 3, 5, 9));
        // Newest first.
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT pub_order FROM posts WHERE id = ?"), {channels})
                .toInt(),
            0);

        // Code fences in several languages, highlighted; GFM; raw HTML sanitized.
        QString all;
        Sql bodies(db, "SELECT html, origin FROM posts_rich");
        QVERIFY(bodies.exec());
        while (bodies.next()) {
            QCOMPARE(bodies.value(1).toString(), QStringLiteral("markdown"));
            all += bodies.value(0).toString();
        }
        for (const char *lang :
             {"language-go", "language-bash", "language-rust", "language-toml", "language-python"})
            QVERIFY2(all.contains(QLatin1String(lang)), lang);
        QVERIFY(all.contains(QLatin1String("ksh-Keyword")));
        QVERIFY(all.contains(QLatin1String("<table>")));
        QVERIFY(all.contains(QLatin1String("<del>")));
        QVERIFY(!all.contains(QLatin1String("<script")));
        QVERIFY(!all.contains(QLatin1String("alert(")));
        // posts.content is the body's text, for search.
        QVERIFY(
            Sql::scalar(db, QStringLiteral("SELECT content FROM posts WHERE id = ?"), {channels})
                .toString()
                .contains(QLatin1String("ch := make(chan int)\ngo func()")));

        // Watching: an edit (saved the way editors do: new file renamed over the old) re-imports
        // that post only, with the same id (its bookmark stays).
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO bookmarks(post_id, created_at) VALUES "
                                            "(%1, 1)")
                                 .arg(channels)));
        manager.setWatchFolders(true);
        QVERIFY(manager.watcher(id));
        manager.watcher(id)->setSettleMs(100);
        const QString file = folder + QStringLiteral("/content/posts/go/channels.md");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("The rest of the post.", "The rest of the post, edited.");
        qsizetype from = finished.size();
        QVERIFY(writeFile(file + QStringLiteral(".tmp"), text));
        QVERIFY(QFile::remove(file));
        QVERIFY(QFile::rename(file + QStringLiteral(".tmp"), file));
        QTRY_VERIFY_WITH_TIMEOUT(
            resultFrom(
                finished, from, [](const RefreshResult &x) { return x.summary.updated; }, &r),
            20000);
        QCOMPARE(r.summary.updated, 1);
        QCOMPARE(r.summary.unchanged, 5);
        QCOMPARE(postId(QStringLiteral("/posts/go/channels/")), channels);
        QVERIFY(
            Sql::scalar(db, QStringLiteral("SELECT content FROM posts WHERE id = ?"), {channels})
                .toString()
                .contains(QLatin1String("edited")));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM bookmarks")).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!manager.isBusy(), 20000);

        // The same file again (it was replaced: the watcher follows the new one).
        text.replace("edited.", "edited twice.");
        from = finished.size();
        QVERIFY(writeFile(file, text));
        QTRY_VERIFY_WITH_TIMEOUT(
            resultFrom(
                finished, from, [](const RefreshResult &x) { return x.summary.updated; }, &r),
            20000);
        QCOMPARE(r.summary.updated, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!manager.isBusy(), 20000);

        // A new file in a new folder.
        from = finished.size();
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/content/posts/sql")));
        QVERIFY(writeFile(folder + QStringLiteral("/content/posts/sql/joins.md"),
                          "---\ntitle: Joins\ndate: 2024-04-02\n---\n\n```sql\nSELECT 1;\n```\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            resultFrom(
                finished, from, [](const RefreshResult &x) { return x.summary.added; }, &r),
            20000);
        QCOMPARE(r.summary.added, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!manager.isBusy(), 20000);

        // A deleted file: its post is gone (kept, flagged).
        from = finished.size();
        QVERIFY(QFile::remove(folder + QStringLiteral("/content/about.md")));
        QTRY_VERIFY_WITH_TIMEOUT(
            resultFrom(
                finished, from, [](const RefreshResult &x) { return x.summary.missing; }, &r),
            20000);
        QCOMPARE(r.summary.missing, 1);
        QCOMPARE(r.summary.missingPermalinks,
                 QStringList{QStringLiteral("https://example.org/about/")});
        QTRY_VERIFY_WITH_TIMEOUT(!manager.isBusy(), 20000);

        // A file whose front matter breaks mid-edit: reported, its post kept as it was, and
        // nothing else is flagged gone.
        const QString before =
            Sql::scalar(db, QStringLiteral("SELECT content_hash FROM posts WHERE permalink = ?"),
                        {QStringLiteral("https://example.org/posts/rust/ownership/")})
                .toString();
        from = finished.size();
        QVERIFY(writeFile(folder + QStringLiteral("/content/posts/rust/ownership.md"),
                          "+++\ntitle = \"Rust Ownership\"\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
            resultFrom(
                finished, from,
                [](const RefreshResult &x) { return !x.summary.problems.isEmpty(); }, &r),
            20000);
        QCOMPARE(r.status, RefreshStatus::Unchanged);
        QVERIFY2(r.error.contains(QLatin1String("ownership.md: the front matter opened with "
                                                "\"+++\" on line 1 is never closed")),
                 qPrintable(r.error));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT missing FROM posts WHERE permalink = ?"),
                             {QStringLiteral("https://example.org/posts/rust/ownership/")})
                     .toInt(),
                 0);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT content_hash FROM posts WHERE permalink = ?"),
                             {QStringLiteral("https://example.org/posts/rust/ownership/")})
                     .toString(),
                 before);
        QCOMPARE(SourceRegistry(db).byId(id)->lastError, r.error);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownFolder)
#include "tst_markdownfolder.moc"
