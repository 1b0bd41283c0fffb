// lectern-test:
// The bad input matrix of the command line: the real `lectern` given malformed files, wrong
// options and damaged or foreign library files. Each run exits with the documented code (2 usage,
// 3 bad input, 1 failure), says on stderr what was wrong, never crashes, and leaves the library
// exactly as it was (`sqlite3 .dump` before and after).
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Lectern::Test::readFile;

struct Run
{
    int code = -1;
    bool crashed = false;
    QString out;
    QString err;
};

Run lectern(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral(LECTERN_BINARY), args);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        qFatal("lectern %s did not finish", qPrintable(args.join(u' ')));
    return {p.exitCode(), p.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray dump(const QString &db)
{
    QProcess p;
    p.start(u"sqlite3"_s, {db, u".dump"_s});
    p.waitForFinished(120000);
    return p.readAllStandardOutput();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

} // namespace

class TestBadInputCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = file(u"good.sqlite"_s);
        const Run r = lectern({u"import"_s, QStringLiteral(LECTERN_CORPUS), u"--db"_s, m_db});
        QCOMPARE(r.code, 0);
        QCOMPARE(
            lectern({u"bookmark"_s, u"add"_s,
                     u"https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"_s,
                     u"--db"_s, m_db})
                .code,
            0);
        const QByteArray corpus = readFile(QStringLiteral(LECTERN_CORPUS));
        writeFile(file(u"truncated.json"_s), corpus.left(corpus.size() / 3));
        writeFile(file(u"empty.json"_s), {});
        writeFile(file(u"empty-array.json"_s), "[]");
        writeFile(file(u"object.json"_s), "{\"posts\": []}");
        writeFile(file(u"binary.json"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11).repeated(50));
        writeFile(file(u"bom-garbage.json"_s), "\xEF\xBB\xBF\x01 not json");
        writeFile(file(u"invalid-utf8.json"_s),
                  "[{\"title\": \"\xC3\x28\", \"permalink\": \"https://x.org/posts/a/b/\", "
                  "\"summary\": \"\", \"content\": \"\"}]");
        writeFile(file(u"nul.json"_s),
                  QByteArray("[{\"title\": \"a") + '\0' +
                      "b\", \"permalink\": \"https://x.org/posts/a/n/\", \"summary\": \"\", "
                      "\"content\": \"\"}]");
        writeFile(file(u"deep.json"_s), QByteArray(100000, '[') + QByteArray(100000, ']'));
        writeFile(file(u"wrong-type.json"_s),
                  "[{\"title\": [\"x\"], \"permalink\": \"https://x.org/posts/a/b/\", "
                  "\"summary\": \"\", \"content\": \"\"}]");
        writeFile(file(u"duplicates.json"_s),
                  "[{\"title\": \"a\", \"permalink\": \"https://x.org/posts/a/b/\", \"summary\": "
                  "\"\", \"content\": \"\"}, {\"title\": \"b\", \"permalink\": "
                  "\"https://x.org/posts/a/b/\", \"summary\": \"\", \"content\": \"\"}]");
        writeFile(file(u"huge-field.json"_s),
                  "[{\"title\": \"big\", \"permalink\": \"https://x.org/posts/a/big/\", "
                  "\"summary\": \"\", \"content\": \"" +
                      QByteArray(100 * 1024 * 1024, 'a') + "\"}]");
        writeFile(file(u"a-file"_s), "not a folder");
        QDir().mkpath(file(u"a-folder"_s));
        writeFile(file(u"garbage.sqlite"_s), QByteArray("garbage, not SQLite\n").repeated(500));
        writeFile(file(u"foreign.sqlite"_s), {});
        QProcess::execute(u"sqlite3"_s, {file(u"foreign.sqlite"_s), u"CREATE TABLE t(x);"_s});
        QFile::copy(m_db, file(u"newer.sqlite"_s));
        QProcess::execute(u"sqlite3"_s, {file(u"newer.sqlite"_s), u"PRAGMA user_version = 999;"_s});
        // A damaged copy (a zeroed page) with the backup an upgrade would have left beside it.
        QProcess::execute(u"sqlite3"_s, {m_db, u"PRAGMA wal_checkpoint(TRUNCATE);"_s});
        QByteArray damaged = readFile(m_db);
        QFile::copy(m_db, file(u"damaged.sqlite.v5.bak"_s));
        damaged.replace(4 * 4096, 4096, QByteArray(4096, '\0'));
        writeFile(file(u"damaged.sqlite"_s), damaged);
        writeFile(file(u"damaged-nobackup.sqlite"_s), damaged);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected");
        const QString db = m_db;
        const auto row = [&](const char *name, QStringList args, int code, const QString &expected,
                             const QByteArray &input = {}) {
            if (!args.contains(u"--db"_s))
                args << u"--db"_s << db;
            QTest::newRow(name) << args << input << code << expected;
        };
        const QString imp = u"import"_s;
        row("import-missing-file", {imp, file(u"nope.json"_s)}, 3, u"no such file"_s);
        row("import-folder", {imp, file(u"a-folder"_s)}, 3, u"is a folder"_s);
        row("import-truncated", {imp, file(u"truncated.json"_s)}, 3, u"is not valid JSON"_s);
        row("import-empty", {imp, file(u"empty.json"_s)}, 3, u"is empty"_s);
        row("import-empty-array", {imp, file(u"empty-array.json"_s)}, 3, u"holds no posts"_s);
        row("import-object", {imp, file(u"object.json"_s)}, 3, u"expected a JSON array"_s);
        row("import-binary", {imp, file(u"binary.json"_s)}, 3, u"is not valid JSON"_s);
        row("import-bom-garbage", {imp, file(u"bom-garbage.json"_s)}, 3, u"is not valid JSON"_s);
        row("import-invalid-utf8", {imp, file(u"invalid-utf8.json"_s)}, 3,
            u"is not valid JSON.*(UTF|utf)"_s);
        row("import-nul", {imp, file(u"nul.json"_s)}, 3,
            u"field \"title\" contains a NUL character"_s);
        row("import-deep-nesting", {imp, file(u"deep.json"_s)}, 3, u"is not valid JSON"_s);
        row("import-wrong-type", {imp, file(u"wrong-type.json"_s)}, 3,
            u"field \"title\" is not a string"_s);
        row("import-duplicates", {imp, file(u"duplicates.json"_s)}, 3,
            u"is already used by item 0"_s);
        row("import-huge-field", {imp, file(u"huge-field.json"_s)}, 3,
            u"field \"content\" is \\d+ characters long"_s);
        row("import-two-files", {imp, file(u"empty.json"_s), file(u"object.json"_s)}, 2,
            u"usage: lectern import"_s);
        row("import-unknown-option", {imp, file(u"empty.json"_s), u"--bogus"_s}, 2, u"bogus"_s);
        row("unknown-command", {u"imprt"_s}, 2, u"unknown command 'imprt'"_s);
        row("search-unknown-filter", {u"search"_s, u"foo:bar"_s}, 3, u"foo:"_s);
        row("search-limit-not-a-number", {u"search"_s, u"go"_s, u"--limit"_s, u"many"_s}, 2,
            u"limit"_s);
        row("render-unknown-permalink", {u"render"_s, u"https://nowhere.example/posts/x/y/"_s}, 3,
            u"nowhere.example"_s);
        row("render-bad-theme",
            {u"render"_s,
             u"https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"_s,
             u"--theme"_s, u"neon"_s},
            2, u"neon"_s);
        row("note-unknown-permalink",
            {u"note"_s, u"set"_s, u"https://nowhere.example/p/"_s, u"--text"_s, u"x"_s}, 3,
            u"nowhere.example"_s);
        row("bookmark-unknown-permalink",
            {u"bookmark"_s, u"add"_s, u"https://nowhere.example/p/"_s}, 3, u"nowhere.example"_s);
        row("highlight-quote-not-in-post",
            {u"highlight"_s, u"add"_s,
             u"https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"_s,
             u"--quote"_s, u"words that are nowhere in this post at all"_s},
            3, u"is not in the text of"_s);
        row("export-notes-out-is-a-file", {u"export-notes"_s, u"--out"_s, file(u"a-file"_s)}, 1,
            u"a-file is a file, not a folder"_s);
        row("export-notes-no-out", {u"export-notes"_s}, 2, u"--out|usage"_s);
        row("sources-add-missing-folder", {u"sources"_s, u"add"_s, file(u"no-such-folder"_s)}, 3,
            u"no-such-folder"_s);
        // Library files that must not open (their own --db; the good library is not touched).
        row("db-is-a-folder", {u"posts"_s, u"--db"_s, file(u"a-folder"_s)}, 1,
            u"cannot open|folder|directory|not an SQLite"_s);
        row("db-garbage", {u"posts"_s, u"--db"_s, file(u"garbage.sqlite"_s)}, 1,
            u"not an SQLite database.*lectern library new"_s);
        row("db-foreign", {u"posts"_s, u"--db"_s, file(u"foreign.sqlite"_s)}, 1,
            u"not a Lectern library"_s);
        row("db-newer-format", {u"posts"_s, u"--db"_s, file(u"newer.sqlite"_s)}, 1,
            u"written by a newer Lectern \\(library format 999"_s);
        row("db-zeroed-page", {u"posts"_s, u"--db"_s, file(u"damaged.sqlite"_s)}, 1,
            u"is damaged.*lectern library restore --db .*damaged.sqlite.v5.bak"_s);
        row("library-restore-without-backup",
            {u"library"_s, u"restore"_s, u"--db"_s, file(u"damaged-nobackup.sqlite"_s)}, 3,
            u"has no backup.*library new"_s);
        row("library-unknown-action", {u"library"_s, u"mend"_s}, 2, u"usage: lectern library"_s);
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(QString, expected);
        const QString db = args.at(args.indexOf(u"--db"_s) + 1);
        const QByteArray before = readFile(db);
        const QByteArray goodBefore = dump(m_db);
        const Run r = lectern(args, input);
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.code == code, qPrintable(u"exit %1: %2"_s.arg(r.code).arg(r.err)));
        const QRegularExpression re(expected, QRegularExpression::DotMatchesEverythingOption);
        QVERIFY2(re.match(r.err).hasMatch(), qPrintable(r.err));
        QVERIFY2(r.err.size() < 4000, "the message quotes too much of the input");
        QCOMPARE(dump(m_db), goodBefore);
        if (db != m_db && !QFileInfo(db).isDir())
            QCOMPARE(readFile(db), before); // a refused library file is never written
    }

    void damagedLibraryRecovers()
    {
        // The way out that the message offers works: the backup comes back, the damaged file
        // stays beside it.
        const QString db = file(u"damaged.sqlite"_s);
        Run r = lectern({u"library"_s, u"check"_s, u"--db"_s, db});
        QCOMPARE(r.code, 3);
        r = lectern({u"library"_s, u"restore"_s, u"--db"_s, db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"damaged file is now"_s), qPrintable(r.out));
        r = lectern({u"posts"_s, u"--db"_s, db});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.count(u'\n'), 55);
        QCOMPARE(QDir(m_dir.path()).entryList({u"damaged.sqlite.damaged-*"_s}).size(), 1);

        // Without a backup: a new library, the damaged file kept.
        const QString lost = file(u"damaged-nobackup.sqlite"_s);
        r = lectern({u"library"_s, u"new"_s, u"--db"_s, lost});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = lectern({u"posts"_s, u"--db"_s, lost});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
        QCOMPARE(QDir(m_dir.path()).entryList({u"damaged-nobackup.sqlite.damaged-*"_s}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBadInputCli)
#include "tst_badinput_cli.moc"
