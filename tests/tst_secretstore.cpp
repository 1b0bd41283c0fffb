// lectern-test: KEYCHAIN
#include "core/secretstore.h"

#include <QProcess>
#include <QTest>
#include <QTextStream>

using namespace Lectern;

// Runs against a real gnome-keyring daemon (tests/with-keyring.sh under dbus-run-session).
class TestSecretStore final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        SecretStore store(QStringLiteral("LecternTest"));
        QString error;
        const QString secret = QStringLiteral("s3cr\u00e9t with spaces & symbols");
        QVERIFY2(store.write(QStringLiteral("feed:example"), secret, &error), qPrintable(error));
        QString back;
        QVERIFY2(store.read(QStringLiteral("feed:example"), &back, &error), qPrintable(error));
        QCOMPARE(back, secret);
        QVERIFY2(store.remove(QStringLiteral("feed:example"), &error), qPrintable(error));
        QVERIFY(!store.read(QStringLiteral("feed:example"), &back, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // not found is not an error
    }

    void missingKeychainIsNamed()
    {
        // A process with no session bus has no Secret Service: the error must say so.
        // (QtKeychain keeps its D-Bus connection per process, hence a child process.)
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--no-keychain-child")});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(out.startsWith(QLatin1String("keychain: ")), qPrintable(out));
        QVERIFY2(out.size() > 12, qPrintable(out));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--no-keychain-child"))) {
        QString error;
        const bool ok = SecretStore(QStringLiteral("LecternTest"))
                            .write(QStringLiteral("k"), QStringLiteral("v"), &error);
        QTextStream(stdout) << error << Qt::endl;
        return ok ? 0 : 1;
    }
    TestSecretStore t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_secretstore.moc"
