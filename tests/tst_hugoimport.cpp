#include "ingest/entities.h"
#include "ingest/hugoimporter.h"
#include "ingest/postlinker.h"
#include "store/library.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QByteArray readCorpus()
{
    QFile f(QStringLiteral(LECTERN_CORPUS));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the corpus at %s", LECTERN_CORPUS);
    return f.readAll();
}

// Every row of every table a user's data lives in, as text: equal dumps = same library.
QString dump(const QSqlDatabase &db)
{
    QString text;
    for (const char *table : {"sources", "categories", "posts", "tags", "post_tags", "series",
                              "series_parts", "links", "bookmarks", "notes", "highlights"}) {
        Sql q(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        if (!q.exec())
            qFatal("dump failed: %s", qPrintable(q.error()));
        text += QLatin1String(table) + u'\n';
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.query().record().count(); ++i)
                row << q.value(i).toString();
            text += row.join(u'|') + u'\n';
        }
    }
    return text;
}

} // namespace

class TestHugoImport final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Library> newLibrary()
    {
        auto lib =
            std::make_unique<Library>(m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_n)));
        QString error;
        if (!lib->open(&error))
            qFatal("open: %s", qPrintable(error));
        return lib;
    }

    QString writeFile(const QByteArray &data)
    {
        const QString path = m_dir.filePath(QStringLiteral("index%1.json").arg(++m_n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }

private slots:
    void decodesEntitiesOnce_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("decoded");
        QTest::newRow("named") << "What&rsquo;s a goroutine?"
                               << QStringLiteral("What\u2019s a goroutine?");
        QTest::newRow("decimal") << "say &#34;hi&#34;" << "say \"hi\"";
        QTest::newRow("hex") << "it&#x27;s" << "it's";
        QTest::newRow("once") << "&amp;lt;tag&amp;gt;" << "&lt;tag&gt;";
        QTest::newRow("lt stays text") << "a &lt;script&gt; b" << "a <script> b";
        QTest::newRow("literal tags kept") << "x <b>y</b> </textarea> &amp; z"
                                           << "x <b>y</b> </textarea> & z";
        QTest::newRow("no entity") << "plain text" << "plain text";
        QTest::newRow("leading newline") << "\n&amp;" << "\n&";
        QTest::newRow("unicode") << "caf&eacute; &mdash; &#128512;"
                                 << QStringLiteral("caf\u00e9 \u2014 \U0001F600");
    }
    void decodesEntitiesOnce()
    {
        QFETCH(QString, raw);
        QFETCH(QString, decoded);
        QCOMPARE(decodeEntities(raw), decoded);
    }

    void importsTheCorpus()
    {
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        QVERIFY2(importer.importFile(QStringLiteral(LECTERN_CORPUS), {}, &s, &error),
                 qPrintable(error));
        QCOMPARE(s.added, 55);
        QCOMPARE(s.updated + s.unchanged + s.missing, 0);
        QCOMPARE(s.text(), QStringLiteral("55 added, 0 updated, 0 unchanged, 0 missing"));

        const QSqlDatabase db = lib->connection();
        PostRepository posts(db);
        QCOMPARE(posts.count(), 55);
        // Publication order = file order, newest first.
        const auto all = posts.list();
        QCOMPARE(all.first().title,
                 QStringLiteral(
                     "Modern Python Tooling in 2026 \u2014 uv, Ruff, ty, and the New Toolchain"));
        QCOMPARE(all.last().permalink, QStringLiteral("https://blog.rajpoot.dev/about/"));
        QCOMPARE(all.last().category, QString()); // /about/ is outside /posts/<category>/

        // Categories from the permalink; entities decoded, raw kept.
        const auto go = posts.byPermalink(QStringLiteral(
            "https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"));
        QVERIFY(go);
        QCOMPARE(go->category, QStringLiteral("go"));
        QVERIFY(go->content.contains(QStringLiteral("What\u2019s a goroutine?")));
        QVERIFY(!go->content.contains(QLatin1String("&rsquo;")));
        QVERIFY(
            Sql::scalar(db, QStringLiteral("SELECT raw_content FROM posts WHERE id = ?"), {go->id})
                .toString()
                .contains(QLatin1String("What&rsquo;s a goroutine?")));
        QCOMPARE(posts.list(QStringLiteral("go")).size(), 4);

        // The one inferred series, in reading order (the file lists it newest first).
        QCOMPARE(s.series, 1);
        const auto intro = posts.byPermalink(
            QStringLiteral("https://blog.rajpoot.dev/posts/django/django-conquered-introduction/"));
        QVERIFY(intro);
        QCOMPARE(intro->seriesName, QStringLiteral("Django Conquered"));
        QCOMPARE(intro->category, QStringLiteral("django")); // a series is not a category
        QCOMPARE(intro->seriesPosition, 1);
        QCOMPARE(intro->seriesLength, 3);
        const auto parts = posts.seriesParts(intro->seriesId);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0).title, QStringLiteral("Django Conquered: Introduction"));
        QCOMPARE(parts.at(1).title, QStringLiteral("Django Conquered: What is Django?"));
        QCOMPARE(parts.at(2).title, QStringLiteral("Django Conquered: Project Setup and Anatomy"));
        const Neighbours n = posts.neighbours(intro->id);
        QVERIFY(n.inSeries);
        QVERIFY(!n.previous);
        QCOMPARE(n.next->title, QStringLiteral("Django Conquered: What is Django?"));

        // Links: a post that names another's exact title.
        const auto k8s = posts.byPermalink(
            QStringLiteral("https://blog.rajpoot.dev/posts/devops/kubernetes-for-app-developers/"));
        QVERIFY(k8s);
        QStringList mentioned;
        for (const PostRef &r : posts.mentions(k8s->id))
            mentioned << r.title;
        QVERIFY2(mentioned.contains(QStringLiteral("GitHub Actions CI/CD for Python Apps")),
                 qPrintable(mentioned.join(u',')));
        QVERIFY(mentioned.contains(
            QStringLiteral("Observability for Backend Developers: Logs, Metrics, Traces")));
        const auto gha = posts.byPermalink(QStringLiteral(
            "https://blog.rajpoot.dev/posts/devops/github-actions-cicd-for-python/"));
        bool back = false;
        for (const PostRef &r : posts.mentionedBy(gha->id))
            back = back || r.id == k8s->id;
        QVERIFY(back);
        QVERIFY(s.links >= 15);
    }

    void reimportIsIdempotent()
    {
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        QVERIFY(importer.importFile(QStringLiteral(LECTERN_CORPUS), {}, &s, &error));
        const QSqlDatabase db = lib->connection();
        const QString before = dump(db);
        const int changesBefore = Sql::scalar(db, QStringLiteral("SELECT total_changes()")).toInt();
        QVERIFY(importer.importFile(QStringLiteral(LECTERN_CORPUS), {}, &s, &error));
        QCOMPARE(s.text(), QStringLiteral("0 added, 0 updated, 55 unchanged, 0 missing"));
        // Only the source's "last imported" stamp was written: no post rewritten.
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT total_changes()")).toInt() - changesBefore,
                 1);
        QString after = dump(db);
        QCOMPARE(after.section(u'\n', 2), before.section(u'\n', 2)); // all but the sources row
    }

    void updatesInPlaceAndFlagsMissing()
    {
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        QVERIFY(importer.importFile(QStringLiteral(LECTERN_CORPUS), {}, &s, &error));
        const QSqlDatabase db = lib->connection();
        PostRepository posts(db);
        const QString go =
            QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/");
        const qint64 goId = posts.byPermalink(go)->id;
        QVERIFY(Sql::run(
            db,
            QStringLiteral("INSERT INTO bookmarks(post_id, created_at) VALUES (%1, 0)").arg(goId)));

        // The same source, one post edited and one gone.
        QJsonArray items = QJsonDocument::fromJson(readCorpus()).array();
        QJsonArray edited;
        QString gone;
        for (int i = 0; i < items.size(); ++i) {
            QJsonObject o = items.at(i).toObject();
            if (o.value(QLatin1String("permalink")).toString() == go)
                o.insert(QStringLiteral("content"), o.value(QLatin1String("content")).toString() +
                                                        QStringLiteral("\nAn added paragraph."));
            if (i == 3) {
                gone = o.value(QLatin1String("permalink")).toString();
                continue;
            }
            edited.append(o);
        }
        const QString path = writeFile(QJsonDocument(edited).toJson());
        // Same location = same source: copy over the corpus path's source by importing data.
        QVERIFY2(importer.importData(QJsonDocument(edited).toJson(),
                                     QFileInfo(QStringLiteral(LECTERN_CORPUS)).absoluteFilePath(),
                                     {}, &s, &error),
                 qPrintable(error));
        QCOMPARE(s.text(), QStringLiteral("0 added, 1 updated, 53 unchanged, 1 missing"));
        QCOMPARE(s.missingPermalinks, QStringList{gone});
        const auto updated = posts.byPermalink(go);
        QCOMPARE(updated->id, goId); // same id: marks stay attached
        QVERIFY(updated->content.endsWith(QLatin1String("An added paragraph.")));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM bookmarks WHERE post_id = ?"),
                             {goId})
                     .toInt(),
                 1);
        const auto missing = posts.byPermalink(gone);
        QVERIFY(missing);
        QVERIFY(missing->missing);
        QCOMPARE(posts.count(), 55);
        // Back in the source: no longer missing.
        QVERIFY(importer.importData(readCorpus(),
                                    QFileInfo(QStringLiteral(LECTERN_CORPUS)).absoluteFilePath(),
                                    {}, &s, &error));
        QCOMPARE(s.text(), QStringLiteral("0 added, 1 updated, 54 unchanged, 0 missing"));
        QVERIFY(!posts.byPermalink(gone)->missing);
        Q_UNUSED(path);
    }

    void badInputLeavesLibraryUnchanged_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        const QByteArray good =
            R"({"title":"T","permalink":"https://x/posts/a/b/","summary":"s","content":"c"})";
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("whitespace") << QByteArray(" \n") << "is empty";
        QTest::newRow("not json") << QByteArray("<html>nope</html>") << "is not valid JSON";
        QTest::newRow("truncated")
            << QByteArray("[" + good + ",{\"title\":") << "is not valid JSON";
        QTest::newRow("object") << QByteArray("{\"posts\":[]}") << "expected a JSON array";
        QTest::newRow("item not object")
            << QByteArray("[" + good + ", 42]") << "item 1 is not an object";
        QTest::newRow("missing field")
            << QByteArray(R"([{"title":"T","permalink":"p","summary":"s"}])")
            << "item 0: field \"content\" is missing";
        QTest::newRow("wrong type")
            << QByteArray(R"([{"title":7,"permalink":"p","summary":"s","content":"c"}])")
            << "item 0: field \"title\" is not a string";
        QTest::newRow("null field")
            << QByteArray(R"([{"title":"t","permalink":null,"summary":"s","content":"c"}])")
            << "field \"permalink\" is not a string";
        QTest::newRow("empty permalink")
            << QByteArray(R"([{"title":"t","permalink":" ","summary":"s","content":"c"}])")
            << "field \"permalink\" is empty";
        QTest::newRow("NUL")
            << QByteArray(R"([{"title":"t","permalink":"p","summary":"s","content":"a\u0000b"}])")
            << "contains a NUL character";
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"title\":\"\xff\xfe\",\"permalink\":\"p\","
                                                     "\"summary\":\"s\",\"content\":\"c\"}]")
                                       << "is not valid JSON";
        QTest::newRow("duplicate")
            << QByteArray("[" + good + "," + good + "]")
            << "item 1: permalink https://x/posts/a/b/ is already used by item 0";
    }
    void badInputLeavesLibraryUnchanged()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        QVERIFY(importer.importFile(QStringLiteral(LECTERN_CORPUS), {}, &s, &error));
        const QString before = dump(lib->connection());
        const QString path = writeFile(data);
        QVERIFY(!importer.importFile(path, {}, &s, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error)); // names the file
        QCOMPARE(dump(lib->connection()), before);
    }

    void refusesHugeFilesWithoutReading()
    {
        auto lib = newLibrary();
        const QString path = m_dir.filePath(QStringLiteral("huge.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(2LL * 1024 * 1024 * 1024)); // sparse: 2 GB on paper
        f.close();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        QVERIFY(!importer.importFile(path, {}, &s, &error));
        QVERIFY2(error.contains(QLatin1String("largest index")), qPrintable(error));
        QCOMPARE(PostRepository(lib->connection()).count(), 0);
    }

    void skipInvalidReportsAndKeepsTheRest()
    {
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        const QByteArray data =
            R"([{"title":"Good","permalink":"https://x/posts/a/good/","summary":"s","content":"c"}, {"title":"Bad","permalink":"https://x/posts/a/bad/","summary":"s"}, {"title":"Also good","permalink":"https://x/posts/b/also/","summary":"s","content":"c"}])";
        const QString path = writeFile(data);
        QVERIFY(!importer.importFile(path, {}, &s, &error));
        ImportOptions options;
        options.skipInvalid = true;
        QVERIFY2(importer.importFile(path, options, &s, &error), qPrintable(error));
        QCOMPARE(s.added, 2);
        QCOMPARE(s.skipped, 1);
        QCOMPARE(s.problems, QStringList{QStringLiteral("item 1: field \"content\" is missing")});
        QCOMPARE(s.text(), QStringLiteral("2 added, 0 updated, 0 unchanged, 0 missing, 1 skipped"));
    }

    void cancelLeavesNothing()
    {
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        ImportOptions options;
        options.progress = [](int done, int) { return done < 20; };
        QVERIFY(!importer.importFile(QStringLiteral(LECTERN_CORPUS), options, &s, &error));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QCOMPARE(PostRepository(lib->connection()).count(), 0);
        QCOMPARE(
            Sql::scalar(lib->connection(), QStringLiteral("SELECT count(*) FROM sources")).toInt(),
            0);
    }

    void explicitTagsCategoriesAndSeries()
    {
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        const QByteArray data =
            R"([ {"title":"Part two","permalink":"https://x/p/two/","summary":"","content":"b","tags":["Go","web"],"categories":["Backend"],"series":["Web in Go"]}, {"title":"Part one","permalink":"https://x/p/one/","summary":"","content":"a","tags":["go"],"series":"Web in Go"}])";
        QVERIFY2(importer.importFile(writeFile(data), {}, &s, &error), qPrintable(error));
        PostRepository posts(lib->connection());
        const auto one = posts.byPermalink(QStringLiteral("https://x/p/one/"));
        const auto two = posts.byPermalink(QStringLiteral("https://x/p/two/"));
        QCOMPARE(two->category, QStringLiteral("backend"));
        QCOMPARE(one->seriesName, QStringLiteral("Web in Go"));
        QCOMPARE(one->seriesPosition, 1);
        QCOMPARE(two->seriesPosition, 2);
        // Tags are case-insensitive: "Go" and "go" are one tag.
        QCOMPARE(
            Sql::scalar(lib->connection(), QStringLiteral("SELECT count(*) FROM tags")).toInt(), 2);
    }

    void importsTheBundledSample()
    {
        auto lib = newLibrary();
        HugoImporter importer(*lib);
        ImportSummary s;
        QString error;
        QVERIFY2(importer.importFile(
                     QStringLiteral(LECTERN_SOURCE_DIR "/resources/sample/sample-index.json"), {},
                     &s, &error),
                 qPrintable(error));
        QCOMPARE(s.added, 13);
        QCOMPARE(s.series, 1);
        PostRepository posts(lib->connection());
        const auto first = posts.byPermalink(
            QStringLiteral("https://lectern.example/posts/databases/sqlite-schema-migrations/"));
        QVERIFY(first);
        QCOMPARE(first->seriesName, QStringLiteral("SQLite in Practice"));
        QCOMPARE(first->seriesPosition, 1);
        QCOMPARE(first->seriesLength, 3);
        QCOMPARE(posts.list(QStringLiteral("handbook")).size(), 3);
        QVERIFY(s.links >= 10);
    }

    void linkerMatchesWholeTitles()
    {
        PostLinker linker;
        linker.addTitle(1, QStringLiteral("Rate Limiting Strategies for APIs"));
        linker.addTitle(2, QStringLiteral("Greetings!")); // too short to link
        linker.addTitle(3, QStringLiteral("Go Concurrency: Goroutines"));
        QCOMPARE(
            linker.mentions(QStringLiteral("Read this next: Rate Limiting Strategies for APIs.")),
            QList<qint64>{1});
        QCOMPARE(linker.mentions(QStringLiteral("Rate Limiting Strategies for APIsX")),
                 QList<qint64>{});
        QCOMPARE(linker.mentions(QStringLiteral("Greetings! and Go Concurrency: Goroutines")),
                 QList<qint64>{3});
        QCOMPARE(linker.mentions(QStringLiteral("see Go Concurrency: Goroutines"), 3),
                 QList<qint64>{});
    }
};

QTEST_GUILESS_MAIN(TestHugoImport)
#include "tst_hugoimport.moc"
