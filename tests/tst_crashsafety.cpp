// lectern-test:
// Crash safety: the real `lectern` (and a child of this test for the note autosave) killed with
// SIGKILL at random moments (seeded: the seed is printed, LECTERN_CRASH_SEED repeats a run).
// After each kill the library opens, `PRAGMA integrity_check` says ok and it holds exactly the
// old or the new state; an interrupted notes export leaves every file old or new, never half.
// Default: 5 kills of an import of a 1,000-post corpus. LECTERN_LONG_TESTS=1: 20 kills of the
// 10,000-post corpus (and more kills for autosave and export). Half the import kills fall by the
// clock (5% to 120% of an uninterrupted run), half after the import's commit was seen by a
// reader; both the old and the new state must be seen in kills of a running import (up to three
// more kills aim at a side that chance left out).
#include "notes/noteautosaver.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

using Lectern::Test::readFile;
using Lectern::Test::writeFile;

bool longRun()
{
    return qEnvironmentVariableIntValue("LECTERN_LONG_TESTS") > 0;
}

// What the posts say, without the times of the import (first_seen, updated_at).
QByteArray postsDigest(const QSqlDatabase &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT s.location, p.permalink, p.title, p.summary, p.content, p.raw_title, "
                u"p.raw_summary, p.raw_content, p.content_hash, p.category_id, p.pub_order, "
                u"p.missing FROM posts p JOIN sources s ON s.id = p.source_id "
                u"ORDER BY s.location, p.permalink"_s))
        return "query failed";
    while (q.next())
        for (int i = 0; i < 12; ++i)
            h.addData(q.value(i).toString().toUtf8() + '\x1f');
    return h.result().toHex();
}

// The synthetic corpus: `count` posts made from the real corpus's own posts, deterministically.
QByteArray syntheticCorpus(int count)
{
    const QJsonArray corpus =
        QJsonDocument::fromJson(readFile(QStringLiteral(LECTERN_CORPUS))).array();
    QJsonArray out;
    for (int i = 0; i < count; ++i) {
        QJsonObject o = corpus.at(i % corpus.size()).toObject();
        QString permalink = o.value(u"permalink"_s).toString();
        permalink.chop(1);
        o.insert(u"permalink"_s, permalink + u"-copy-%1/"_s.arg(i));
        o.insert(u"title"_s, o.value(u"title"_s).toString() + u" (copy %1)"_s.arg(i));
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Version `k` of the note the autosave child types: long enough that a save is many pages, and
// every version different in its first and its last characters, so that half of one is caught.
QString noteVersion(int k)
{
    const QString line = u"Version %1: notes about channels, goroutines and select. "_s.arg(k);
    return line.repeated(200 + (k * 37) % 800) + u"(end of version %1)"_s.arg(k);
}

// The autosave child: saves version after version of one post's note through NoteAutosaver
// (flush() as on every focus change), without end, until it is killed.
int runAutosaveChild(const QString &dbPath, qint64 postId)
{
    Library library(dbPath);
    QString error;
    if (!library.open(&error)) {
        say("ERROR " + error.toUtf8());
        return 1;
    }
    NoteAutosaver saver(library.connection());
    saver.setTarget(postId);
    say("READY");
    for (int k = 1;; ++k) {
        saver.setText(noteVersion(k));
        if (!saver.flush()) {
            say("ERROR save failed");
            return 1;
        }
    }
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    quint32 m_seed = 0;
    QRandomGenerator m_random;

    static QString lectern() { return QStringLiteral(LECTERN_BINARY); }

    static int run(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        p.start(lectern(), args);
        if (!p.waitForFinished(600000))
            qFatal("lectern %s did not finish", qPrintable(args.join(u' ')));
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // The highest post id a reader sees in the library now (-1 when it cannot be read): how the
    // test sees an import's commit from outside while it runs, as a second window would.
    static qint64 committedMaxId(const QString &path)
    {
        qint64 id = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"watcher"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"SELECT max(id) FROM posts"_s) && q.next())
                    id = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"watcher"_s);
        return id;
    }

    // One import run watched from outside: the library is polled every few milliseconds and the
    // process killed (SIGKILL) at `atMs` after its start, or `afterCommitMs` after its commit was
    // seen (or never, both -1). Times are from the start of the process.
    struct WatchedRun
    {
        bool killed = false;
        qint64 killedAtMs = -1;
        qint64 commitSeenMs = -1; // the first poll that saw the new posts; -1: not before the end
        qint64 endMs = -1;
    };
    static WatchedRun watchImport(const QStringList &args, const QString &db, qint64 oldMaxId,
                                  qint64 atMs, qint64 afterCommitMs)
    {
        WatchedRun run;
        QProcess p;
        QElapsedTimer clock;
        p.start(lectern(), args);
        clock.start();
        if (!p.waitForStarted(30000))
            qFatal("cannot start lectern");
        for (;;) {
            if (p.waitForFinished(5))
                break;
            // Poll before deciding, so "commit seen" always means "committed before the kill".
            if (run.commitSeenMs < 0 && committedMaxId(db) > oldMaxId)
                run.commitSeenMs = clock.elapsed();
            const qint64 now = clock.elapsed();
            const bool due =
                (atMs >= 0 && now >= atMs) || (afterCommitMs >= 0 && run.commitSeenMs >= 0 &&
                                               now >= run.commitSeenMs + afterCommitMs);
            if (due && p.state() == QProcess::Running) {
                p.kill();
                run.killed = true;
                run.killedAtMs = now;
                break;
            }
            if (now > 600000)
                qFatal("lectern %s did not finish", qPrintable(args.join(u' ')));
        }
        p.waitForFinished(30000);
        run.endMs = clock.elapsed();
        if (!run.killed && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0))
            qFatal("lectern %s failed: %s", qPrintable(args.join(u' ')),
                   p.readAllStandardError().constData());
        return run;
    }

    // Starts `program args`, kills it (SIGKILL) after `ms`; true when it was still running then.
    static bool killAfter(const QString &program, const QStringList &args, int ms,
                          const QByteArray &readyLine = {})
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForStarted(30000))
            qFatal("cannot start %s", qPrintable(program));
        if (!readyLine.isEmpty()) {
            while (!p.canReadLine() && p.state() == QProcess::Running)
                p.waitForReadyRead(30000);
            const QByteArray line = p.readLine().trimmed();
            if (line != readyLine)
                qFatal("child said %s", line.constData());
        }
        const bool finished = p.waitForFinished(ms);
        if (!finished)
            p.kill();
        p.waitForFinished(30000);
        return !finished;
    }

    // The library after a kill: opens (our own check included), integrity_check ok.
    static QString checkLibrary(const QString &path, QByteArray *digest)
    {
        Library library(path);
        QString error;
        if (!library.open(&error))
            return u"does not open: "_s + error;
        const QString integrity =
            Sql::scalar(library.connection(), u"PRAGMA integrity_check"_s).toString();
        if (integrity != u"ok"_s)
            return u"integrity_check: "_s + integrity;
        *digest = postsDigest(library.connection());
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seed = qEnvironmentVariableIsSet("LECTERN_CRASH_SEED")
                     ? quint32(qEnvironmentVariableIntValue("LECTERN_CRASH_SEED"))
                     : QRandomGenerator::global()->generate();
        m_random.seed(m_seed);
        qInfo("crash seed %u (LECTERN_CRASH_SEED=%u repeats these kill moments)%s", m_seed, m_seed,
              longRun() ? ", long run" : "");
    }

    void killedImport()
    {
        const int posts = longRun() ? 10000 : 1000;
        const int kills = longRun() ? 20 : 5;
        const QString corpusFile = m_dir.filePath(u"synthetic-%1.json"_s.arg(posts));
        QVERIFY(writeFile(corpusFile, syntheticCorpus(posts)));

        // The old state: the real corpus imported, checkpointed into the main file.
        const QString old = m_dir.filePath(u"old.sqlite"_s);
        QCOMPARE(run({u"import"_s, QStringLiteral(LECTERN_CORPUS), u"--db"_s, old}), 0);
        QByteArray oldDigest;
        qint64 oldMaxId = 0;
        {
            Library library(old);
            QString error;
            QVERIFY2(library.open(&error), qPrintable(error));
            Sql::run(library.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            oldDigest = postsDigest(library.connection());
            oldMaxId =
                Sql::scalar(library.connection(), u"SELECT max(id) FROM posts"_s).toLongLong();
        }
        QFile::remove(old + u"-wal"_s);
        QFile::remove(old + u"-shm"_s);

        // The new state: the synthetic corpus imported to the end, timed, its commit watched.
        const QString reference = m_dir.filePath(u"reference.sqlite"_s);
        QVERIFY(QFile::copy(old, reference));
        const QStringList referenceArgs{u"import"_s, corpusFile, u"--db"_s, reference};
        const WatchedRun full = watchImport(referenceArgs, reference, oldMaxId, -1, -1);
        const qint64 fullMs = full.endMs;
        // The commit, as seen from outside; the rest of the run is closing the library (its
        // write-ahead log checkpointed into the file) and exiting.
        QVERIFY2(full.commitSeenMs >= 0, "the reference import's commit was never seen");
        const qint64 commitMs = full.commitSeenMs;
        const qint64 tailMs = std::max<qint64>(fullMs - commitMs, 1);
        QByteArray newDigest;
        QCOMPARE(checkLibrary(reference, &newDigest), QString());
        QVERIFY(newDigest != oldDigest);

        // One kill of the import into a copy of the old library, at `atMs` after the start or
        // `afterCommitMs` after the commit was seen; the library checked after it.
        int sawOld = 0;
        int sawNew = 0;
        int killedAfterCommit = 0;
        int finishedFirst = 0;
        int done = 0;
        QStringList moments;
        const auto killOnce = [&](qint64 atMs, qint64 afterCommitMs) -> QString {
            const int i = done++;
            const QString work = m_dir.filePath(u"killed-%1.sqlite"_s.arg(i));
            if (!QFile::copy(old, work))
                return u"cannot copy the old library"_s;
            const WatchedRun run = watchImport({u"import"_s, corpusFile, u"--db"_s, work}, work,
                                               oldMaxId, atMs, afterCommitMs);
            const QString where = atMs >= 0
                                      ? u"kill %1 at %2 ms"_s.arg(i).arg(atMs)
                                      : u"kill %1 at commit + %2 ms"_s.arg(i).arg(afterCommitMs);
            QByteArray digest;
            if (const QString problem = checkLibrary(work, &digest); !problem.isEmpty())
                return where + u": "_s + problem;
            if (digest != oldDigest && digest != newDigest)
                return where + u": the posts are neither the old nor the new state"_s;
            const bool isNew = digest == newDigest;
            // Once a reader has seen the commit, a kill must not take it back.
            if (run.killed && run.commitSeenMs >= 0 && !isNew)
                return where + u": committed, then lost by the kill"_s;
            if (run.killed)
                (isNew ? sawNew : sawOld)++;
            else
                ++finishedFirst;
            if (run.killed && run.commitSeenMs >= 0)
                ++killedAfterCommit;
            moments << u"%1%2:%3"_s.arg(atMs >= 0 ? QString() : u"c+"_s)
                           .arg(atMs >= 0 ? atMs : afterCommitMs)
                           .arg(run.killed ? (isNew ? u"new"_s : u"old"_s) : u"finished"_s);
            QFile::remove(work);
            QFile::remove(work + u"-wal"_s);
            QFile::remove(work + u"-shm"_s);
            return {};
        };
        // Half the kills by the clock, spread over 5% to 120% of the uninterrupted run; half
        // after the commit was seen, at a random delay within the first half of the rest of the
        // reference run (closing the library, then exiting).
        for (int i = 0; i < kills; ++i) {
            const bool byClock = i % 2 == 0;
            const QString problem =
                byClock ? killOnce(
                              fullMs / 20 + qint64(m_random.bounded(int(fullMs * 23 / 20 + 1))), -1)
                        : killOnce(-1, qint64(m_random.bounded(int(tailMs / 2 + 1))));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // A run's time varies with the machine's load: when chance left one side of the commit
        // without a kill of a running import, up to three more kills aim at it (early in the
        // run; the moment the commit is seen).
        for (int extra = 0; extra < 3 && sawOld == 0; ++extra) {
            const QString problem =
                killOnce(commitMs / 20 + qint64(m_random.bounded(int(commitMs * 9 / 20 + 1))), -1);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (int extra = 0; extra < 3 && sawNew == 0; ++extra) {
            const QString problem = killOnce(-1, 0);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        qInfo("import of %d posts (%lld ms uninterrupted, commit seen at %lld ms), %d kills "
              "(%d planned): %d old, %d new state (%d of them after the commit was seen), %d "
              "finished before the kill: %s",
              posts, fullMs, commitMs, done, kills, sawOld, sawNew, killedAfterCommit,
              finishedFirst, qPrintable(moments.join(u", "_s)));
        // Both sides of the commit were hit by a kill of a running import.
        QVERIFY2(sawOld > 0, "no kill landed before the commit");
        QVERIFY2(sawNew > 0, "no kill of a running import landed after the commit");
    }

    void killedAutosave()
    {
        const int kills = longRun() ? 20 : 5;
        const QString db = m_dir.filePath(u"notes.sqlite"_s);
        QCOMPARE(run({u"import"_s, QStringLiteral(LECTERN_CORPUS), u"--db"_s, db}), 0);
        qint64 postId = 0;
        {
            Library library(db);
            QString error;
            QVERIFY2(library.open(&error), qPrintable(error));
            postId = Sql::scalar(library.connection(), u"SELECT min(id) FROM posts"_s).toLongLong();
            QVERIFY(
                NoteRepository(library.connection()).setPostNote(postId, noteVersion(0), &error));
        }
        static const QRegularExpression version(u"\\(end of version (\\d+)\\)$"_s);
        int previous = 0;
        QStringList seen;
        for (int i = 0; i < kills; ++i) {
            const int ms = 50 + int(m_random.bounded(1500));
            QVERIFY(killAfter(QCoreApplication::applicationFilePath(),
                              {u"--autosave-child"_s, db, QString::number(postId)}, ms, "READY"));
            Library library(db);
            QString error;
            QVERIFY2(library.open(&error), qPrintable(error));
            QCOMPARE(Sql::scalar(library.connection(), u"PRAGMA integrity_check"_s).toString(),
                     u"ok"_s);
            const auto note = NoteRepository(library.connection()).postNote(postId);
            QVERIFY(note);
            const auto m = version.match(note->body);
            QVERIFY2(m.hasMatch(), "the note is not a whole version");
            const int k = m.captured(1).toInt();
            // Exactly version k, every character: old (the last full save) or new, never a mix.
            QVERIFY2(note->body == noteVersion(k), qPrintable(u"version %1 is partial"_s.arg(k)));
            seen << u"%1ms:v%2"_s.arg(ms).arg(k);
            previous = k;
        }
        Q_UNUSED(previous)
        qInfo("autosave, %d kills: %s", kills, qPrintable(seen.join(u", "_s)));
    }

    void killedExport()
    {
        const int kills = longRun() ? 20 : 5;
        const QString db = m_dir.filePath(u"export.sqlite"_s);
        QCOMPARE(run({u"import"_s, QStringLiteral(LECTERN_CORPUS), u"--db"_s, db}), 0);
        const auto setNotes = [&](const QString &tag) {
            Library library(db);
            QString error;
            if (!library.open(&error))
                return false;
            QSqlQuery q(library.connection());
            q.exec(u"SELECT id FROM posts ORDER BY id LIMIT 40"_s);
            NoteRepository marks(library.connection());
            while (q.next())
                if (!marks.setPostNote(q.value(0).toLongLong(),
                                       u"%1 note of post %2. "_s.arg(tag)
                                           .arg(q.value(0).toLongLong())
                                           .repeated(400),
                                       &error))
                    return false;
            return true;
        };
        // Every file of an export folder, its `exported:` time left out (it is the run's time).
        const auto snapshot = [](const QString &dir) {
            static const QRegularExpression exported(u"^exported:.*$"_s,
                                                     QRegularExpression::MultilineOption);
            QHash<QString, QString> files;
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                files.insert(QDir(dir).relativeFilePath(path),
                             QString::fromUtf8(readFile(path)).replace(exported, u"exported:"_s));
            }
            return files;
        };
        const auto copyTree = [](const QString &from, const QString &to) {
            QDir(to).removeRecursively();
            QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString target = to + u'/' + QDir(from).relativeFilePath(path);
                QDir().mkpath(QFileInfo(target).absolutePath());
                QFile::copy(path, target);
            }
        };
        const QString oldDir = m_dir.filePath(u"export-old"_s);
        const QString newDir = m_dir.filePath(u"export-new"_s);
        QVERIFY(setNotes(u"Old"_s));
        QCOMPARE(run({u"export-notes"_s, u"--out"_s, oldDir, u"--db"_s, db}), 0);
        QVERIFY(setNotes(u"New"_s));
        copyTree(oldDir, newDir);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(run({u"export-notes"_s, u"--out"_s, newDir, u"--db"_s, db}), 0);
        const int fullMs = int(clock.elapsed());
        const auto oldFiles = snapshot(oldDir);
        const auto newFiles = snapshot(newDir);
        QVERIFY(oldFiles.size() >= 40);
        QVERIFY(oldFiles != newFiles);

        QStringList outcomes;
        for (int i = 0; i < kills; ++i) {
            const QString work = m_dir.filePath(u"export-killed-%1"_s.arg(i));
            copyTree(oldDir, work);
            const int ms = int(m_random.bounded(fullMs + 1));
            const bool killed =
                killAfter(lectern(), {u"export-notes"_s, u"--out"_s, work, u"--db"_s, db}, ms);
            int asOld = 0;
            int asNew = 0;
            int leftovers = 0;
            const auto files = snapshot(work);
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                if (oldFiles.value(it.key()) == it.value() && oldFiles.contains(it.key())) {
                    ++asOld;
                } else if (newFiles.value(it.key()) == it.value() && newFiles.contains(it.key())) {
                    ++asNew;
                } else {
                    // Only QSaveFile's own temporary (NAME.XXXXXX beside NAME) may be left by a
                    // kill; a file under a real name is always whole.
                    static const QRegularExpression temporary(u"^(.*\\.md)\\.\\w{6}$"_s);
                    const auto m = temporary.match(it.key());
                    QVERIFY2(m.hasMatch() && (oldFiles.contains(m.captured(1)) ||
                                              newFiles.contains(m.captured(1))),
                             qPrintable(u"kill %1 at %2 ms: %3 is neither the old nor the new "
                                        u"file"_s.arg(i)
                                            .arg(ms)
                                            .arg(it.key())));
                    ++leftovers;
                }
            }
            for (auto it = oldFiles.cbegin(); it != oldFiles.cend(); ++it)
                QVERIFY2(files.contains(it.key()), qPrintable(it.key() + u" disappeared"_s));
            outcomes << u"%1ms:%2 old/%3 new%4%5"_s.arg(ms)
                            .arg(asOld)
                            .arg(asNew)
                            .arg(leftovers ? u"/%1 temporary"_s.arg(leftovers) : QString())
                            .arg(killed ? QString() : u" (finished)"_s);
            QDir(work).removeRecursively();
        }
        qInfo("notes export (%d ms uninterrupted), %d kills: %s", fullMs, kills,
              qPrintable(outcomes.join(u", "_s)));
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && !std::strcmp(argv[1], "--autosave-child")) {
        QCoreApplication app(argc, argv);
        return runAutosaveChild(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    // The long run is some twenty 10,000-post imports per test function: more than QTest's
    // default five minutes on a loaded machine.
    if (longRun() && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");
    QCoreApplication app(argc, argv);
    TestCrashSafety t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_crashsafety.moc"
