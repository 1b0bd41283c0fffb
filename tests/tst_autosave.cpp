// lectern-test: APP
#include "ingest/hugoimporter.h"
#include "notes/noteautosaver.h"
#include "notespanel.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QApplication>
#include <QFile>
#include <QFocusEvent>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace Lectern;

namespace {

const QString goPost =
    QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/");
// What the child types before it pauses, and then (over and over) until it is killed.
const QString firstPart = QStringLiteral("Typed before the pause: channels are *typed* pipes.");
const QString secondPart = QStringLiteral(
    " Then typing goes on and on, one key at a time, until the process is killed; every "
    "autosave stores a whole prefix of this text, never a part of a keystroke.");

QString typedText(int count)
{
    QString s = firstPart;
    while (s.size() < firstPart.size() + count)
        s += secondPart;
    return s.left(firstPart.size() + count);
}

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// The child: a Notes panel on the library, typed into key by key. It reports "SAVED n" after
// each save (n characters of the second part), pauses after the first part until the file
// `go` exists, then types without end. It never flushes on its own: only the autosave timer
// saves.
int runChild(const QString &dbPath, const QString &goFlag)
{
    Library library(dbPath);
    QString error;
    if (!library.open(&error)) {
        say("ERROR " + error.toUtf8());
        return 1;
    }
    const auto post = PostRepository(library.connection()).byPermalink(goPost);
    if (!post)
        return 1;
    NotesPanel panel;
    panel.setLibrary(&library);
    panel.setCurrentPost(post->id);
    panel.show();
    QPlainTextEdit *editor = panel.editor();
    QObject::connect(panel.autosaver(), &NoteAutosaver::saved, [&] {
        say("SAVED " + QByteArray::number(panel.autosaver()->text().size() - firstPart.size()));
    });
    for (const QChar c : firstPart)
        QTest::keyClick(editor, c.toLatin1());
    say("PAUSED");
    int typed = 0;
    QTimer typing;
    typing.setInterval(5);
    QObject::connect(&typing, &QTimer::timeout, [&] {
        const QChar c = typedText(typed + 1).back();
        QTest::keyClick(editor, c.toLatin1());
        ++typed;
        if (editor->toPlainText() != typedText(typed)) {
            say("MISMATCH");
            QCoreApplication::exit(2);
        }
        say("TYPED " + QByteArray::number(typed));
    });
    QTimer waitForGo;
    waitForGo.setInterval(10);
    QObject::connect(&waitForGo, &QTimer::timeout, [&] {
        if (QFile::exists(goFlag)) {
            waitForGo.stop();
            typing.start();
        }
    });
    waitForGo.start();
    return QApplication::exec();
}

} // namespace

// Notes are saved as they are typed: NoteAutosaver on its own, the Notes panel's editor, and a
// child process killed in the middle of typing.
class TestAutosave final : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QSqlDatabase m_db;
    qint64 m_go = 0;

    QString storedNote() const
    {
        const auto note = NoteRepository(m_db).postNote(m_go);
        return note ? note->body : QString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = std::make_unique<Library>(m_dir->filePath(QStringLiteral("library.sqlite")));
        QString error;
        QVERIFY2(m_library->open(&error), qPrintable(error));
        ImportSummary summary;
        QVERIFY2(HugoImporter(*m_library)
                     .importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary, &error),
                 qPrintable(error));
        m_db = m_library->connection();
        m_go = PostRepository(m_db).byPermalink(goPost)->id;
        QVERIFY(m_go);
    }

    void cleanup()
    {
        m_db = {};
        m_library.reset();
        m_dir.reset();
    }

    void delayIsAtMostOneSecond()
    {
        NoteAutosaver saver(m_db);
        QVERIFY(saver.delay() > 0);
        QVERIFY(saver.delay() <= NoteAutosaver::maxDelayMs);
        QCOMPARE(NoteAutosaver::maxDelayMs, 1000);
        saver.setDelay(5000);
        QCOMPARE(saver.delay(), 1000);
    }

    void savesOnTheTimerWithoutFlush()
    {
        NoteAutosaver saver(m_db);
        QSignalSpy saved(&saver, &NoteAutosaver::saved);
        QCOMPARE(saver.setTarget(m_go), QString());
        saver.setText(QStringLiteral("first words"));
        QVERIFY(saver.isDirty());
        QCOMPARE(storedNote(), QString()); // not yet: the timer runs
        QTRY_COMPARE(storedNote(), QStringLiteral("first words"));
        QCOMPARE(saved.size(), 1);
        QVERIFY(!saver.isDirty());
        // Unchanged text is not saved again.
        saver.setText(QStringLiteral("first words"));
        QVERIFY(saver.flush());
        QCOMPARE(saved.size(), 1);
    }

    void flushSavesAtOnce()
    {
        NoteAutosaver saver(m_db);
        saver.setDelay(1000);
        saver.setTarget(m_go);
        saver.setText(QStringLiteral("draft"));
        QVERIFY(saver.flush());
        QCOMPARE(storedNote(), QStringLiteral("draft"));
        // Switching the target saves the old one first.
        saver.setText(QStringLiteral("draft, longer"));
        const qint64 other =
            PostRepository(m_db)
                .byPermalink(QStringLiteral(
                    "https://blog.rajpoot.dev/posts/django/django-conquered-introduction/"))
                ->id;
        QCOMPARE(saver.setTarget(other), QString());
        QCOMPARE(storedNote(), QStringLiteral("draft, longer"));
        QCOMPARE(saver.setTarget(m_go), QStringLiteral("draft, longer"));
        // Blank text removes the note.
        saver.setText(QStringLiteral("  \n"));
        QVERIFY(saver.flush());
        QVERIFY(!NoteRepository(m_db).postNote(m_go));
    }

    void destructionSaves()
    {
        {
            NoteAutosaver saver(m_db);
            saver.setDelay(1000);
            saver.setTarget(m_go);
            saver.setText(QStringLiteral("typed just before closing"));
        }
        QCOMPARE(storedNote(), QStringLiteral("typed just before closing"));
    }

    void highlightNotes()
    {
        Highlight h;
        h.postId = m_go;
        h.quote = PostRepository(m_db).byId(m_go)->content.left(20);
        h.startPos = 0;
        h.endPos = 20;
        QString error;
        const auto added = HighlightRepository(m_db).add(h, &error);
        QVERIFY2(added, qPrintable(error));
        NoteAutosaver saver(m_db);
        saver.setTarget(m_go, added->id);
        saver.setText(QStringLiteral("on the highlight"));
        QVERIFY(saver.flush());
        QCOMPARE(NoteRepository(m_db).highlightNote(added->id)->body,
                 QStringLiteral("on the highlight"));
        QVERIFY(!NoteRepository(m_db).postNote(m_go));
        // The highlight is gone: the save fails, says why, and the text stays pending.
        QVERIFY(HighlightRepository(m_db).remove(added->id, &error));
        QSignalSpy failed(&saver, &NoteAutosaver::saveFailed);
        saver.setText(QStringLiteral("on the highlight, more"));
        QVERIFY(!saver.flush());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QLatin1String("no highlight")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(saver.isDirty());
    }

    // The panel's editor: typing, then a focus change, saves at once.
    void panelSavesOnFocusChange()
    {
        NotesPanel panel;
        panel.setLibrary(m_library.get());
        panel.autosaver()->setDelay(1000);
        panel.setCurrentPost(m_go);
        panel.show();
        QVERIFY(panel.editor()->isEnabled());
        QTest::keyClicks(panel.editor(), QStringLiteral("Focus change saves"));
        QCOMPARE(storedNote(), QString());
        QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(panel.editor(), &out);
        QCOMPARE(storedNote(), QStringLiteral("Focus change saves"));
        // Hiding (closing the dock or the window) saves too.
        QTest::keyClicks(panel.editor(), QStringLiteral(", and so does hiding"));
        panel.hide();
        QCOMPARE(storedNote(), QStringLiteral("Focus change saves, and so does hiding"));
        // Another post: the editor shows that post's (empty) note; this one is kept.
        panel.show();
        QTest::keyClicks(panel.editor(), QStringLiteral("!"));
        panel.setCurrentPost(0);
        QCOMPARE(storedNote(), QStringLiteral("Focus change saves, and so does hiding!"));
        QVERIFY(!panel.editor()->isEnabled());
    }

    // The acceptance test: a child process types into the panel and is killed (SIGKILL) in the
    // middle of typing. What survives is a whole prefix of what was typed, at least everything
    // up to the last save the child reported, and the saves happened while typing went on.
    void killedWhileTyping()
    {
        const QString goFlag = m_dir->filePath(QStringLiteral("go"));
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), m_library->path(), goFlag});
        QVERIFY(child.waitForStarted());
        int lastSaved = -1; // characters of the second part, -1: only the first part
        int typed = 0;
        bool paused = false;
        int savesWhileTyping = 0;
        QByteArray pending;
        const auto readLines = [&] {
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line == "PAUSED")
                    paused = true;
                else if (line.startsWith("SAVED ")) {
                    lastSaved = line.mid(6).toInt();
                    if (typed > 0)
                        ++savesWhileTyping;
                } else if (line.startsWith("TYPED "))
                    typed = line.mid(6).toInt();
                else
                    qWarning("child: %s", line.constData());
            }
        };
        const auto waitFor = [&](const std::function<bool()> &done) {
            for (int i = 0; i < 600 && !done() && child.state() == QProcess::Running; ++i) {
                child.waitForReadyRead(100);
                readLines();
            }
            return done();
        };

        // The first part is saved by the timer alone (the child never flushes).
        QVERIFY2(waitFor([&] { return paused; }), child.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(storedNote(), firstPart, 10000);

        // Steady typing still saves, again and again; then the process dies mid-word.
        QFile flag(goFlag);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        QVERIFY2(waitFor([&] { return savesWhileTyping >= 3; }),
                 child.readAllStandardError().constData());
        child.kill(); // SIGKILL: no flush, no destructor
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        readLines();

        const QString stored = storedNote();
        const int kept = int(stored.size() - firstPart.size());
        QVERIFY2(kept >= lastSaved,
                 qPrintable(QStringLiteral("kept %1, last save %2").arg(kept).arg(lastSaved)));
        QVERIFY(kept <= typed);
        QCOMPARE(stored, typedText(kept)); // a whole prefix, nothing torn
        QCOMPARE(Sql::scalar(m_db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(NoteRepository(m_db).count(), 1);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0)
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosave.moc"
