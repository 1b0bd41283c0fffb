// lectern-test: APP
#include <QProcess>
#include <QTest>

// The command line, as a user runs it: the real `lectern` executable in a child process.
class TestCli final : public QObject
{
    Q_OBJECT
    static QString lectern() { return QStringLiteral(LECTERN_BINARY); }

private slots:
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
