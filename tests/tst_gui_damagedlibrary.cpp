// lectern-test: GUI
// The damaged-library dialog on the real start path: runGui(), as `lectern --db FILE --fresh`
// runs it, on a library of the corpus with the backup an upgrade leaves beside it and a page
// zeroed as tst_badinput damages it. The dialog is found on screen and each way out chosen
// through its own buttons (restore the backup, start a new library, close); the results are
// checked on disk (the damaged file moved aside whole, never deleted) and in the window.
// LECTERN_SHOTS=DIR saves a PNG of the dialog there.
#include "cli.h"
#include "guisupport.h"
#include "schemehandler.h"
#include "store/library.h"
#include "store/sql.h"

#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstring>
#include <memory>
#include <vector>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

using Lectern::Test::readFile;
using Lectern::Test::writeFile;

// The folder and library file the window's command line names (fixed for the process: the
// QApplication holds that command line).
QTemporaryDir *g_dir = nullptr;

QString libraryFile()
{
    return g_dir->filePath(u"library.sqlite"_s);
}

// What one run of the start path showed and did.
struct Seen
{
    int dialogs = 0;          // times the damaged-library dialog was on screen
    QString text;             // its text and informative text, the first time
    QStringList buttons;      // its buttons' texts, the first time
    bool clicked = false;     // the chosen button was there and was clicked
    bool windowShown = false; // the main window came up
    int listedPosts = -1;     // rows of the window's post list when it was done
    bool timedOut = false;
};

} // namespace

class TestGuiDamagedLibrary final : public QObject
{
    Q_OBJECT

    QByteArray m_damaged; // the damaged file's bytes, as written

    // A library of the corpus at libraryFile(), its backup beside it when asked, then a zeroed
    // page (the damage tst_badinput and tst_badinput_cli use), nothing else in the folder.
    bool makeDamagedLibrary(bool withBackup, QString *error)
    {
        const QDir dir(g_dir->path());
        for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
            if (name != u"settings"_s)
                QFile::remove(dir.filePath(name));
        {
            auto library = Test::corpusLibrary(libraryFile(), error);
            if (!library)
                return false;
            Sql::run(library->connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            if (withBackup) {
                Sql q(library->connection(), "VACUUM INTO ?");
                if (!q.exec({libraryFile() + u".v%1.bak"_s.arg(library->latestSchemaVersion())})) {
                    *error = u"VACUUM INTO failed"_s;
                    return false;
                }
            }
        }
        QFile::remove(libraryFile() + u"-wal"_s);
        QFile::remove(libraryFile() + u"-shm"_s);
        m_damaged = readFile(libraryFile());
        const int pageSize = 4096;
        if (m_damaged.size() <= 8 * pageSize) {
            *error = u"the library is too small to damage"_s;
            return false;
        }
        m_damaged.replace(3 * pageSize, pageSize, QByteArray(pageSize, '\0'));
        return writeFile(libraryFile(), m_damaged);
    }

    // Runs the start path; when the dialog shows, clicks the button whose text is `choice`
    // (empty: the standard Close button) with the mouse; once the window is up and its post list
    // holds `expectedPosts` rows (or 20 s passed), quits the window.
    static Seen runStartPath(const QString &choice, int expectedPosts, int *exitCode,
                             const QString &shot = {})
    {
        Seen seen;
        QElapsedTimer clock;
        clock.start();
        qint64 windowSince = -1;
        QTimer poll;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->objectName() == u"damagedLibraryDialog"_s && box->isVisible() &&
                    !seen.clicked) {
                    ++seen.dialogs;
                    seen.text = box->text() + u'\n' + box->informativeText();
                    QAbstractButton *chosen =
                        choice.isEmpty() ? box->button(QMessageBox::Close) : nullptr;
                    for (QAbstractButton *b : box->buttons()) {
                        seen.buttons << b->text();
                        if (!choice.isEmpty() && b->text() == choice)
                            chosen = b;
                    }
                    if (!shot.isEmpty())
                        box->grab().save(shot);
                    if (!chosen)
                        return QCoreApplication::exit(98);
                    seen.clicked = true;
                    QTest::mouseClick(chosen, Qt::LeftButton);
                    return;
                }
                if (w->objectName() == u"mainWindow"_s && w->isVisible()) {
                    seen.windowShown = true;
                    if (windowSince < 0)
                        windowSince = clock.elapsed();
                    const auto *list = w->findChild<QAbstractItemView *>(u"postList"_s);
                    seen.listedPosts = list && list->model() ? list->model()->rowCount() : -1;
                    if (seen.listedPosts == expectedPosts || clock.elapsed() - windowSince > 20000)
                        return QCoreApplication::exit(0);
                }
            }
            if (clock.elapsed() > 60000) {
                seen.timedOut = true;
                QCoreApplication::exit(99);
            }
        });
        poll.start();
        *exitCode = runGui(*qApp);
        return seen;
    }

    static QStringList setAside()
    {
        return QDir(g_dir->path()).entryList({u"library.sqlite.damaged-*"_s}, QDir::Files);
    }

    static int postsIn(const QString &path, const QString &where = {})
    {
        Library library(path);
        QString error;
        if (!library.open(&error))
            return -1;
        if (Sql::scalar(library.connection(), u"PRAGMA integrity_check"_s).toString() != u"ok"_s)
            return -2;
        return Sql::scalar(library.connection(),
                           u"SELECT count(*) FROM posts p JOIN sources s ON s.id = p.source_id"_s +
                               where)
            .toInt();
    }

private slots:
    void initTestCase() { Test::isolateSettings(*g_dir); }

    // Restore the backup: the backup's 55 posts are back and in the window; the damaged file
    // is beside it, byte for byte.
    void restoreTheBackup()
    {
        QString error;
        QVERIFY2(makeDamagedLibrary(true, &error), qPrintable(error));
        const QString backup = Library::backups(libraryFile()).value(0);
        QVERIFY(!backup.isEmpty());
        const QByteArray backupBytes = readFile(backup);
        QString shot;
        if (const QString dir = qEnvironmentVariable("LECTERN_SHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            shot = QDir(dir).filePath(u"damaged-library.png"_s);
        }
        int code = -1;
        const Seen seen = runStartPath(u"Restore the Backup"_s, 55, &code, shot);
        QVERIFY(!seen.timedOut);
        QCOMPARE(seen.dialogs, 1);
        QVERIFY2(seen.text.contains(libraryFile()) && seen.text.contains(u"damaged"_s),
                 qPrintable(seen.text));
        QCOMPARE(seen.buttons.size(), 3);
        QVERIFY(seen.buttons.contains(u"Start a New Library"_s));
        QVERIFY(seen.clicked);
        QVERIFY(seen.windowShown);
        QCOMPARE(seen.listedPosts, 55);
        QCOMPARE(code, 0);

        const QStringList aside = setAside();
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(g_dir->filePath(aside.first())), m_damaged);
        QCOMPARE(postsIn(libraryFile()), 55);
        QCOMPARE(readFile(backup), backupBytes); // the backup itself stays as it was
    }

    // No backup: the dialog offers a new library or closing. A new library is made (the
    // sample imported into it, as on a first start); the damaged file is beside it.
    void startANewLibrary()
    {
        QString error;
        QVERIFY2(makeDamagedLibrary(false, &error), qPrintable(error));
        QVERIFY(Library::backups(libraryFile()).isEmpty());
        const QByteArray sample = readFile(u":/lectern/sample/sample-index.json"_s);
        const int samplePosts = int(QJsonDocument::fromJson(sample).array().size());
        QVERIFY(samplePosts > 0);
        int code = -1;
        const Seen seen = runStartPath(u"Start a New Library"_s, samplePosts, &code);
        QVERIFY(!seen.timedOut);
        QCOMPARE(seen.dialogs, 1);
        QCOMPARE(seen.buttons.size(), 2);
        QVERIFY(!seen.buttons.contains(u"Restore the Backup"_s));
        QVERIFY(seen.clicked);
        QVERIFY(seen.windowShown);
        QCOMPARE(seen.listedPosts, samplePosts);
        QCOMPARE(code, 0);

        const QStringList aside = setAside();
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(g_dir->filePath(aside.first())), m_damaged);
        // The new library holds the sample only: none of the damaged library's posts.
        QCOMPARE(postsIn(libraryFile()), samplePosts);
        QCOMPARE(postsIn(libraryFile(), u" WHERE s.location <> 'lectern:sample'"_s), 0);
    }

    // Close: Lectern ends with an error, the damaged file and its backup are untouched and
    // no window comes up.
    void closeLeavesEverything()
    {
        QString error;
        QVERIFY2(makeDamagedLibrary(true, &error), qPrintable(error));
        const QString backup = Library::backups(libraryFile()).value(0);
        const QByteArray backupBytes = readFile(backup);
        int code = -1;
        const Seen seen = runStartPath(QString(), 0, &code);
        QVERIFY(!seen.timedOut);
        QCOMPARE(seen.dialogs, 1);
        QVERIFY2(seen.clicked, qPrintable(seen.buttons.join(u", "_s)));
        QVERIFY(!seen.windowShown);
        QCOMPARE(code, int(Cli::Failure));
        QVERIFY(setAside().isEmpty());
        QCOMPARE(readFile(libraryFile()), m_damaged);
        QCOMPARE(readFile(backup), backupBytes);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    g_dir = &dir;
    // runGui() reads the QApplication's command line: give it the window's own, as `lectern
    // --db FILE --fresh` would have; QTest gets the test's.
    QByteArray db = libraryFile().toLocal8Bit();
    char dbOption[] = "--db";
    char fresh[] = "--fresh";
    std::vector<char *> windowArgv{argv[0], dbOption, db.data(), fresh, nullptr};
    int windowArgc = int(windowArgv.size()) - 1;
    SchemeHandler::registerScheme();
    QApplication app(windowArgc, windowArgv.data());
    QCoreApplication::setOrganizationDomain(u"lectern.test"_s);
    QCoreApplication::setApplicationName(u"LecternGuiDamagedLibraryTest"_s);
    TestGuiDamagedLibrary t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_gui_damagedlibrary.moc"
