#include "store/library.h"
#include "store/sql.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestLibrary final : public QObject
{
    Q_OBJECT
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
private slots:
    void createsSchemaWithPragmas()
    {
        QTemporaryDir dir;
        Library lib(dir.filePath(QStringLiteral("sub/library.sqlite")));
        QString error;
        QVERIFY2(lib.open(&error), qPrintable(error));
        QCOMPARE(lib.schemaVersion(), lib.latestSchemaVersion());
        QVERIFY(lib.latestSchemaVersion() >= 1);
        const QSqlDatabase db = lib.connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        for (const char *table :
             {"sources", "posts", "categories", "tags", "series", "series_parts", "links",
              "reading_state", "bookmarks", "highlights", "notes"}) {
            QVERIFY2(
                Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                            {QString::fromLatin1(table)})
                        .toInt() == 1,
                table);
        }
        // Opening again migrates nothing and takes no backup.
        Library again(lib.path());
        QVERIFY2(again.open(&error), qPrintable(error));
        QVERIFY(QDir(dir.filePath(QStringLiteral("sub")))
                    .entryList({QStringLiteral("*.bak")})
                    .isEmpty());
    }

    void refusesNewerLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            Library lib(path);
            QString error;
            QVERIFY(lib.open(&error));
            Sql::run(lib.connection(), QStringLiteral("PRAGMA user_version = 999"));
        }
        Library lib(path);
        QString error;
        QVERIFY(!lib.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer Lectern")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("999")));
    }

    void refusesForeignFiles()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString error;
        Library a(junk);
        QVERIFY(!a.open(&error));
        QVERIFY2(error.contains(QLatin1String("not an SQLite database")), qPrintable(error));

        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QVERIFY(Sql::run(db, QStringLiteral("CREATE TABLE t(a)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("x"));
        Library b(other);
        QVERIFY(!b.open(&error));
        QVERIFY2(error.contains(QLatin1String("not a Lectern library")), qPrintable(error));
    }

    void backsUpBeforeMigrating()
    {
        QTemporaryDir dir;
        const QString v1 = dir.filePath(QStringLiteral("v1"));
        const QString v2 = dir.filePath(QStringLiteral("v2"));
        QVERIFY(QDir().mkpath(v1) && QDir().mkpath(v2));
        QVERIFY(QFile::copy(QStringLiteral(":/lectern/migrations/001_initial.sql"),
                            v1 + QStringLiteral("/001_initial.sql")));
        QVERIFY(QFile::copy(QStringLiteral(":/lectern/migrations/001_initial.sql"),
                            v2 + QStringLiteral("/001_initial.sql")));
        writeFile(v2 + QStringLiteral("/002_extra.sql"),
                  "CREATE TABLE extra(a);\nINSERT INTO extra VALUES (1);");
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QString error;
        {
            Library lib(path, v1);
            QVERIFY2(lib.open(&error), qPrintable(error));
            QCOMPARE(lib.schemaVersion(), 1);
            QVERIFY(
                Sql::run(lib.connection(), QStringLiteral("INSERT INTO meta VALUES ('k','v')")));
        }
        Library lib(path, v2);
        QVERIFY2(lib.open(&error), qPrintable(error));
        QCOMPARE(lib.schemaVersion(), 2);
        QCOMPARE(Sql::scalar(lib.connection(), QStringLiteral("SELECT a FROM extra")).toInt(), 1);
        const QString backup = path + QStringLiteral(".v1.bak");
        QVERIFY(QFile::exists(backup));
        Library old(backup, v1);
        QVERIFY2(old.open(&error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 1);
        QCOMPARE(Sql::scalar(old.connection(), QStringLiteral("SELECT value FROM meta")).toString(),
                 QStringLiteral("v"));
    }

    void failedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString migrations = dir.filePath(QStringLiteral("m"));
        QVERIFY(QDir().mkpath(migrations));
        QVERIFY(QFile::copy(QStringLiteral(":/lectern/migrations/001_initial.sql"),
                            migrations + QStringLiteral("/001_initial.sql")));
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QString error;
        {
            Library lib(path, migrations);
            QVERIFY(lib.open(&error));
        }
        writeFile(migrations + QStringLiteral("/002_broken.sql"),
                  "CREATE TABLE half(a);\nTHIS IS NOT SQL;");
        Library lib(path, migrations);
        QVERIFY(!lib.open(&error));
        QVERIFY2(error.contains(QLatin1String("library format 2")), qPrintable(error));
        QCOMPARE(lib.schemaVersion(), 1);
        QCOMPARE(Sql::scalar(lib.connection(),
                             QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name='half'"))
                     .toInt(),
                 0);
    }

    void foreignKeysCascade()
    {
        QTemporaryDir dir;
        Library lib(dir.filePath(QStringLiteral("library.sqlite")));
        QString error;
        QVERIFY(lib.open(&error));
        const QSqlDatabase db = lib.connection();
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO sources(id, kind, location, added_at) "
                                            "VALUES (1, 'hugo-index', '/x', 0)")));
        QVERIFY(Sql::run(
            db, QStringLiteral("INSERT INTO posts(id, source_id, permalink, title, summary, "
                               "content, raw_title, raw_summary, raw_content, content_hash, "
                               "pub_order, first_seen, updated_at) VALUES (1, 1, 'p', 't', 's', "
                               "'c', 't', 's', 'c', 'h', 0, 0, 0)")));
        QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO notes(post_id, body, created_at, "
                                            "updated_at) VALUES (1, 'n', 0, 0)")));
        QVERIFY(!Sql::run(db, QStringLiteral("INSERT INTO notes(post_id, body, created_at, "
                                             "updated_at) VALUES (42, 'n', 0, 0)")));
        QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM sources")));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Library lib(dir.filePath(QStringLiteral("library.sqlite")));
        QString error;
        QVERIFY(lib.open(&error));
        const QSqlDatabase db = lib.connection();
        {
            Transaction t(db);
            QVERIFY(t.isActive());
            QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO meta VALUES ('a', '1')")));
        }
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM meta")).toInt(), 0);
        {
            Transaction t(db);
            QVERIFY(Sql::run(db, QStringLiteral("INSERT INTO meta VALUES ('a', '1')")));
            QVERIFY(t.commit());
        }
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM meta")).toInt(), 1);
    }

    void resolvePathPrecedence()
    {
        qputenv("LECTERN_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Library::resolvePath(QStringLiteral("/tmp/cli.sqlite")),
                 QStringLiteral("/tmp/cli.sqlite"));
        QCOMPARE(Library::resolvePath(), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("LECTERN_DB");
        QVERIFY(Library::resolvePath().endsWith(QLatin1String("/library.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
