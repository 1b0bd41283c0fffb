// lectern-test:
// Crash safety: the real `lectern` (and a child of this test for the note autosave) killed with
// SIGKILL at random moments (seeded: the seed is printed, LECTERN_CRASH_SEED repeats a run).
// After each kill the library opens, `PRAGMA integrity_check` says ok and it holds exactly the
// old or the new state; an interrupted notes export leaves every file old or new, never half.
// Default: 5 kills of an import of a 1,000-post corpus. LECTERN_LONG_TESTS=1: 20 kills of the
// 10,000-post corpus (and more kills for autosave and export).
#include "notes/noteautosaver.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"

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
#include <cstdio>
#include <cstring>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

bool longRun()
{
    return qEnvironmentVariableIntValue("LECTERN_LONG_TESTS") > 0;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
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
        {
            Library library(old);
            QString error;
            QVERIFY2(library.open(&error), qPrintable(error));
            Sql::run(library.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            oldDigest = postsDigest(library.connection());
        }
        QFile::remove(old + u"-wal"_s);
        QFile::remove(old + u"-shm"_s);

        // The new state: the synthetic corpus imported to the end, timed.
        const QString reference = m_dir.filePath(u"reference.sqlite"_s);
        QVERIFY(QFile::copy(old, reference));
        QElapsedTimer clock;
        clock.start();
        QString err;
        QCOMPARE(run({u"import"_s, corpusFile, u"--db"_s, reference}, &err), 0);
        const int fullMs = int(clock.elapsed());
        QByteArray newDigest;
        QCOMPARE(checkLibrary(reference, &newDigest), QString());
        QVERIFY(newDigest != oldDigest);

        int sawOld = 0;
        int sawNew = 0;
        int finishedFirst = 0;
        QStringList moments;
        for (int i = 0; i < kills; ++i) {
            const QString work = m_dir.filePath(u"killed-%1.sqlite"_s.arg(i));
            QVERIFY(QFile::copy(old, work));
            // Inside the run: from 5% to 85% of the reference run's time (under load a run's
            // time varies; later kills would mostly find it finished).
            const int ms = fullMs / 20 + int(m_random.bounded(fullMs * 4 / 5 + 1));
            const bool killed =
                killAfter(lectern(), {u"import"_s, corpusFile, u"--db"_s, work}, ms);
            finishedFirst += killed ? 0 : 1;
            QByteArray digest;
            const QString problem = checkLibrary(work, &digest);
            QVERIFY2(problem.isEmpty(),
                     qPrintable(u"kill %1 at %2 ms: "_s.arg(i).arg(ms) + problem));
            QVERIFY2(digest == oldDigest || digest == newDigest,
                     qPrintable(u"kill %1 at %2 ms: the posts are neither the old nor the new "
                                u"state"_s.arg(i)
                                    .arg(ms)));
            const bool isNew = digest == newDigest;
            (isNew ? sawNew : sawOld)++;
            moments << u"%1ms:%2"_s.arg(ms).arg(killed ? (isNew ? u"new"_s : u"old"_s)
                                                       : u"finished"_s);
            QFile::remove(work);
            QFile::remove(work + u"-wal"_s);
            QFile::remove(work + u"-shm"_s);
        }
        qInfo("import of %d posts (%d ms uninterrupted), %d kills: %d old, %d new state "
              "(%d finished before the kill): %s",
              posts, fullMs, kills, sawOld, sawNew, finishedFirst,
              qPrintable(moments.join(u", "_s)));
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
    QCoreApplication app(argc, argv);
    TestCrashSafety t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_crashsafety.moc"
