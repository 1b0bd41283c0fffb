// lectern-test: GUI APP
#include "singleinstance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// One window per library: real `lectern` processes (the executable, under the test's xvfb)
// as first and second launch, and the in-process server a child launch talks to.
class TestSingleInstance final : public QObject
{
    Q_OBJECT
    static QString lectern() { return QStringLiteral(LECTERN_BINARY); }

    QTemporaryDir m_home;

    // Child processes get a home of their own: no settings or session of the user's leak in.
    void prepare(QProcess &p) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("LECTERN_DB"));
        p.setProcessEnvironment(env);
    }
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &workingDirectory = {}) const
    {
        QProcess p;
        prepare(p);
        if (!workingDirectory.isEmpty())
            p.setWorkingDirectory(workingDirectory);
        p.start(lectern(), args);
        if (!p.waitForFinished(120000))
            qFatal("lectern %s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QStringList permalinks(const QString &db) const
    {
        const Run r =
            run({QStringLiteral("posts"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QStringList links;
        for (const QJsonValue &post : QJsonDocument::fromJson(r.out.toUtf8()).array())
            links << post[QLatin1String("permalink")].toString();
        return links;
    }
    static bool answers(const QString &name)
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        return socket.waitForConnected(200);
    }

private slots:
    void namesArePerLibrary()
    {
        const QString a = SingleInstance::serverName(m_home.filePath(QStringLiteral("a.sqlite")));
        QCOMPARE(SingleInstance::serverName(m_home.filePath(QStringLiteral("a.sqlite"))), a);
        QVERIFY(a != SingleInstance::serverName(m_home.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(a.startsWith(QLatin1String("lectern-")));
        QVERIFY(a.size() < 60); // fits a Unix socket path under any temp folder
    }

    // The in-process instance receives a child launch's arguments and its working directory.
    void childLaunchHandsOverArguments()
    {
        const QString db = m_home.filePath(QStringLiteral("inprocess.sqlite"));
        SingleInstance instance(db);
        QString error;
        QVERIFY2(instance.listen(&error), qPrintable(error));
        QSignalSpy received(&instance, &SingleInstance::argumentsReceived);

        QProcess second;
        prepare(second);
        second.setWorkingDirectory(QStringLiteral(LECTERN_TEST_DATA));
        second.start(lectern(), {QStringLiteral("--db"), db, QStringLiteral("--search"),
                                 QStringLiteral("goroutine leak"), QStringLiteral("index.json")});
        // The child waits for the acknowledgement, which needs this event loop.
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 60000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardOutput().contains("Handed over"));
        const QStringList args = received.at(0).at(0).toStringList();
        QCOMPARE(args,
                 (QStringList{QStringLiteral("--db"), db, QStringLiteral("--search"),
                              QStringLiteral("goroutine leak"), QStringLiteral("index.json")}));
        QCOMPARE(received.at(0).at(1).toString(), QStringLiteral(LECTERN_TEST_DATA));

        // A second server for the same library is refused while this one lives.
        SingleInstance other(db);
        QVERIFY(!other.listen(&error));
        QVERIFY(error.contains(QLatin1String("already running")));
    }

    // `lectern FILE` on a running window: the second launch exits 0 at once and the first
    // imports FILE into its library; CLI subcommands are never routed.
    void secondLaunchImportsIntoFirst()
    {
        const QString db = m_home.filePath(QStringLiteral("handover.sqlite"));
        QProcess first;
        prepare(first);
        first.start(lectern(), {QStringLiteral("--db"), db, QStringLiteral("--fresh")});
        QVERIFY(first.waitForStarted());
        const auto stopFirst = qScopeGuard([&first] {
            first.kill();
            first.waitForFinished();
        });
        const QString name = SingleInstance::serverName(db);
        QTRY_VERIFY_WITH_TIMEOUT(answers(name), 60000);
        // The first run imports the bundled sample; wait until it is in, so counts are clear.
        QTRY_VERIFY_WITH_TIMEOUT(!permalinks(db).isEmpty(), 60000);
        const qsizetype before = permalinks(db).size();

        // A headless subcommand runs in its own process, not in the window.
        const Run posts = run({QStringLiteral("posts"), QStringLiteral("--db"), db});
        QCOMPARE(posts.code, 0);
        QVERIFY(!posts.out.contains(QLatin1String("Handed over")));

        const Run second = run({QStringLiteral("--db"), db, QStringLiteral(LECTERN_CORPUS)});
        QCOMPARE(second.code, 0);
        QVERIFY2(second.out.contains(QLatin1String("Handed over")),
                 qPrintable(second.out + second.err));
        QCOMPARE(first.state(), QProcess::Running);
        // The first window imports the corpus (55 posts) beside the sample.
        QTRY_COMPARE_WITH_TIMEOUT(permalinks(db).size(), before + 55, 120000);
        QVERIFY(permalinks(db).contains(QStringLiteral(
            "https://blog.rajpoot.dev/posts/python/modern-python-tooling-uv-ruff-2026/")));
    }

    // A crashed instance leaves its socket behind; the next launch takes the name over.
    void staleSocketAfterCrash()
    {
        const QString db = m_home.filePath(QStringLiteral("crash.sqlite"));
        QProcess first;
        prepare(first);
        first.start(lectern(), {QStringLiteral("--db"), db, QStringLiteral("--fresh")});
        QVERIFY(first.waitForStarted());
        const QString name = SingleInstance::serverName(db);
        QTRY_VERIFY_WITH_TIMEOUT(answers(name), 60000);
        first.kill(); // SIGKILL: no clean-up, the socket file stays
        QVERIFY(first.waitForFinished());
        QVERIFY(!answers(name));

        SingleInstance next(db);
        QVERIFY(!next.sendToRunning({QStringLiteral("x")}, 500));
        QString error;
        QVERIFY2(next.listen(&error), qPrintable(error));
        QVERIFY(next.isListening());
        QVERIFY(answers(name));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
