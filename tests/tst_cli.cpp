// lectern-test: APP
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The command line, as a user runs it: the real `lectern` executable in a child process.
class TestCli final : public QObject
{
    Q_OBJECT
    static QString lectern() { return QStringLiteral(LECTERN_BINARY); }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(lectern(), args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("lectern %s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    // The whole library as SQL text: equal dumps = an unchanged library.
    static QByteArray sqlDump(const QString &db)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db, QStringLiteral(".dump")});
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    }

    QTemporaryDir m_dir;

private slots:
    void importTwiceThenRefuseCorruptCopy()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString corpus = QStringLiteral(LECTERN_CORPUS);
        Run r = run({QStringLiteral("import"), corpus, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("55 added, 0 updated, 0 unchanged, 0 missing")),
                 qPrintable(r.out + r.err));
        r = run({QStringLiteral("import"), corpus, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("0 added, 0 updated, 55 unchanged, 0 missing")),
                 qPrintable(r.out));

        // A corrupted copy: truncated in the middle of an item.
        QFile f(corpus);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(data.left(data.size() / 2));
        b.close();
        const QByteArray before = sqlDump(db);
        QVERIFY(before.contains("CREATE TABLE posts"));
        r = run({QStringLiteral("import"), broken, QStringLiteral("--db"), db});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("is not valid JSON")), qPrintable(r.err));
        QVERIFY(r.err.contains(broken));
        QCOMPARE(sqlDump(db), before);

        // Usage errors exit 2.
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), db}).code, 2);
        QCOMPARE(run({QStringLiteral("import"), corpus, QStringLiteral("--bogus")}).code, 2);
    }

    void postsListsSeriesAndCategories()
    {
        const QString db = m_dir.filePath(QStringLiteral("posts.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral(LECTERN_CORPUS),
                      QStringLiteral("--db"), db})
                     .code,
                 0);
        Run r =
            run({QStringLiteral("posts"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray posts = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(posts.size(), 55);
        int django = 0;
        for (const QJsonValue &v : posts) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("series")).toString() == QLatin1String("Django Conquered")) {
                ++django;
                if (o.value(QLatin1String("title"))
                        .toString()
                        .endsWith(QLatin1String("Introduction")))
                    QCOMPARE(o.value(QLatin1String("part")).toInt(), 1);
            }
        }
        QCOMPARE(django, 3);
        // The environment variable picks the library too.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LECTERN_DB"), db);
        p.setProcessEnvironment(env);
        p.start(lectern(), {QStringLiteral("posts")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).count(u'\n'), 55);
    }

    void searchAsScriptsDriveIt()
    {
        const QString db = m_dir.filePath(QStringLiteral("search.sqlite"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral(LECTERN_CORPUS),
                      QStringLiteral("--db"), db})
                     .code,
                 0);
        const Run r =
            run({QStringLiteral("search"), QStringLiteral("--stdin"), QStringLiteral("--json"),
                 QStringLiteral("--db"), db, QStringLiteral("--limit"), QStringLiteral("3")},
                "goroutine\npostgress full text search\nfoo:bar\n");
        QCOMPARE(r.code, 3); // every line answered; the exit code tells a query was bad
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(first.value(QLatin1String("query")).toString(), QStringLiteral("goroutine"));
        QVERIFY(first.value(QLatin1String("corrected")).isNull());
        QVERIFY(first.value(QLatin1String("elapsed_us")).toInt() >= 0);
        const QJsonArray results = first.value(QLatin1String("results")).toArray();
        QVERIFY(!results.isEmpty() && results.size() <= 3);
        const QJsonObject top = results.first().toObject();
        QCOMPARE(top.value(QLatin1String("permalink")).toString(),
                 QStringLiteral(
                     "https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"));
        QVERIFY(top.value(QLatin1String("snippet")).toString().contains(QLatin1String("<mark>")));
        for (const char *key : {"title", "category", "score"})
            QVERIFY2(top.contains(QLatin1String(key)), key);
        // A typo is corrected and reported.
        const QJsonObject typo = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QVERIFY2(
            typo.value(QLatin1String("corrected")).toString().contains(QLatin1String("postgres")),
            qPrintable(lines.at(1)));
        QCOMPARE(typo.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("permalink"))
                     .toString(),
                 QStringLiteral(
                     "https://blog.rajpoot.dev/posts/postgresql/postgresql-full-text-search/"));
        // An unknown filter is a clear error, not an empty list.
        const QJsonObject bad = QJsonDocument::fromJson(lines.at(2).toUtf8()).object();
        QVERIFY(
            bad.value(QLatin1String("error")).toString().contains(QLatin1String("Unknown filter")));
        const Run single =
            run({QStringLiteral("search"), QStringLiteral("foo:bar"), QStringLiteral("--db"), db});
        QCOMPARE(single.code, 3);
        QVERIFY(single.err.contains(QLatin1String("Unknown filter")));
    }

    void newerLibraryIsRefused()
    {
        const QString db = m_dir.filePath(QStringLiteral("newer.sqlite"));
        QCOMPARE(run({QStringLiteral("posts"), QStringLiteral("--db"), db}).code, 0);
        QProcess::execute(QStringLiteral("sqlite3"),
                          {db, QStringLiteral("PRAGMA user_version = 99")});
        const Run r = run({QStringLiteral("posts"), QStringLiteral("--db"), db});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("newer Lectern")), qPrintable(r.err));
    }

    void versionNamesTheStack()
    {
        QProcess p;
        p.start(lectern(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.startsWith(QLatin1String("Lectern ")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("\nQt 6.")));
        QVERIFY(out.contains(QLatin1String("KF6 SyntaxHighlighting 6.")));
        QVERIFY(out.contains(QLatin1String("\nSQLite 3.")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
