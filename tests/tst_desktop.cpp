// lectern-test: GUI
// Desktop integration inside the window: the About dialog's versions, the language setting
// and the translators it selects, a launch's request (import, search) handled by the window,
// and where files go by default.
#include "aboutdialog.h"
#include "appsettings.h"
#include "cli.h"
#include "core/version.h"
#include "mainwindow.h"
#include "notes/notesexporter.h"
#include "schemehandler.h"
#include "settingsdialog.h"
#include "store/library.h"
#include "store/posts.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Lectern;

class TestDesktop final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static StartupOptions quiet()
    {
        StartupOptions o;
        o.restoreSession = false;
        o.importSampleIfEmpty = false;
        return o;
    }
    std::unique_ptr<Library> newLibrary(const QString &name)
    {
        auto library = std::make_unique<Library>(m_dir.filePath(name));
        QString error;
        if (!library->open(&error))
            qFatal("%s", qPrintable(error));
        return library;
    }
    static void removeTranslators()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    static QString translate(const char *context, const char *text)
    {
        return QCoreApplication::translate(context, text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }
    void init() { QSettings().clear(); }
    void cleanup() { removeTranslators(); }

    void aboutShowsEveryVersion()
    {
        const VersionInfo v = runtimeVersions();
        QVERIFY(!v.qtKeychain.isEmpty());
        QVERIFY(v.qtKeychain.front().isDigit());
        AboutDialog about(QStringLiteral("/some/library.sqlite"));
        QCOMPARE(about.versionText(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        QCOMPARE(about.versionText(QStringLiteral("QtKeychain")), v.qtKeychain);
        QCOMPARE(about.versionText(QStringLiteral("SQLite")), v.sqlite);
        QVERIFY(about.versionText(QStringLiteral("KF6 SyntaxHighlighting"))
                    .startsWith(v.syntaxHighlighting));
        QVERIFY(about.findChild<QPushButton *>(QStringLiteral("aboutQt")));
        // `lectern --version` prints the same set.
        const QString report = versionReport();
        for (const QString &part : {v.lectern, v.qt, v.syntaxHighlighting, v.qtKeychain, v.sqlite})
            QVERIFY2(report.contains(part), qPrintable(part));
        QVERIFY(report.contains(QLatin1String("QtKeychain ")));
    }

    void helpMenuHasAboutAndAboutQt()
    {
        MainWindow w(newLibrary(QStringLiteral("menu.sqlite")), quiet());
        QMenu *help = nullptr;
        for (QAction *a : w.menuBar()->actions())
            if (a->menu() && a->text() == QLatin1String("&Help"))
                help = a->menu();
        QVERIFY(help);
        QVERIFY(help->actions().contains(w.action(QStringLiteral("actionAbout"))));
        QVERIFY(help->actions().contains(w.action(QStringLiteral("actionAboutQt"))));
        w.action(QStringLiteral("actionAbout"))->trigger();
        AboutDialog *about = nullptr;
        QTRY_VERIFY((about = w.findChild<AboutDialog *>()));
        QVERIFY(about->isVisible());
        QCOMPARE(about->versionText(QStringLiteral("SQLite")), runtimeVersions().sqlite);
        about->close();
    }

    void languageSettingRoundTrips()
    {
        ReaderSettings s;
        SettingsDialog dialog(s, QStringLiteral("/x.sqlite"));
        QComboBox *language = nullptr;
        for (QComboBox *c : dialog.findChildren<QComboBox *>())
            if (c->accessibleName() == QLatin1String("Language"))
                language = c;
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QString()); // the system's
        QCOMPARE(language->count(), 4);
        QCOMPARE(language->itemText(2), QStringLiteral("Deutsch"));
        QCOMPARE(language->itemText(3), QStringLiteral("हिन्दी"));
        // The dialog says when a change applies.
        bool saysRestart = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            saysRestart |= l->text().contains(QLatin1String("started again"));
        QVERIFY(saysRestart);
        language->setCurrentIndex(3);
        dialog.settings().save();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("hi"));
        QCOMPARE(ReaderSettings::load().language, QStringLiteral("hi"));
        QCOMPARE(ReaderSettings::uiLocale().language(), QLocale::Hindi);
        // Anything else stored there means the system's language.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(ReaderSettings::load().language, QString());
        QCOMPARE(ReaderSettings::uiLocale(), QLocale::system());
    }

    void translatorsFollowTheSetting()
    {
        const QLocale before = QLocale();
        const auto restoreLocale = qScopeGuard([before] { QLocale::setDefault(before); });
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("de"));
        installTranslations();
        QCOMPARE(translate("Lectern::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(translate("Lectern::MainWindow", "Notes"), QStringLiteral("Notizen"));
        // Strings lupdate filed under "Lectern" (free functions) are found from their own
        // context at run time.
        QCOMPARE(translate("Lectern::Cli", "No posts found."),
                 QStringLiteral("Keine Beiträge gefunden."));
        // Plain structs of the library ask in the context lupdate filed their strings under.
        QCOMPARE(NotesExportSummary{}.text(),
                 QStringLiteral("0 geschrieben, 0 unverändert, 0 übersprungen"));
        // Qt's own strings come in German too (qtbase_de from qt6-translations-l10n).
        QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QLocale().language(), QLocale::German);
        removeTranslators();

        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("hi"));
        installTranslations();
        QCOMPARE(translate("Lectern::MainWindow", "&File"), QStringLiteral("फ़ाइल (&F)"));
        QCOMPARE(translate("Lectern::SettingsDialog", "Language"), QStringLiteral("भाषा"));
        // Qt has no Hindi for its standard buttons; ours fill the gap.
        QVERIFY(translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
        removeTranslators();

        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        installTranslations();
        QCOMPARE(translate("Lectern::MainWindow", "&File"), QStringLiteral("&File"));
    }

    // What a launch asks (here the same call the hand-over makes): the window imports the
    // file with the usual summary, types the search, and is raised.
    void launchRequestImportsAndSearches()
    {
        MainWindow w(newLibrary(QStringLiteral("launch.sqlite")), quiet());
        w.show();
        QSignalSpy imported(&w, &MainWindow::importFinished);
        w.handleLaunch({QStringLiteral(LECTERN_CORPUS)}, QString(), QStringLiteral("goroutine"));
        QCOMPARE(w.searchField()->text(), QStringLiteral("goroutine"));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
        QVERIFY(imported.at(0).at(0).toBool());
        QCOMPARE(PostRepository(w.library().connection()).count(), 55);
        QMessageBox *summary = nullptr;
        QTRY_VERIFY((summary = w.findChild<QMessageBox *>(QStringLiteral("importSummary"))));
        QVERIFY(summary->text().contains(QLatin1String("blog-index.json")));
        summary->close();

        // Two files: one after the other; a bad one gets its message and the next still runs.
        imported.clear();
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        w.handleLaunch({bad, QStringLiteral(LECTERN_CORPUS)}, QString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 60000);
        QVERIFY(!imported.at(0).at(0).toBool());
        QVERIFY(imported.at(1).at(0).toBool());
        QVERIFY(w.findChild<QMessageBox *>(QStringLiteral("importError")));
    }

    // macOS delivers "open this file with Lectern" as a QFileOpenEvent to the application.
    void fileOpenEventImports()
    {
        MainWindow w(newLibrary(QStringLiteral("fileopen.sqlite")), quiet());
        QSignalSpy imported(&w, &MainWindow::importFinished);
        QFileOpenEvent open(QStringLiteral(LECTERN_CORPUS));
        QVERIFY(QCoreApplication::sendEvent(qApp, &open));
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
        QVERIFY(imported.at(0).at(0).toBool());
        QCOMPARE(PostRepository(w.library().connection()).count(), 55);
    }

    // A saved feed is refused with a message that says what to do; the next file still runs.
    void launchedFeedFileIsExplained()
    {
        MainWindow w(newLibrary(QStringLiteral("feedfile.sqlite")), quiet());
        QSignalSpy imported(&w, &MainWindow::importFinished);
        const QString feeds = QStringLiteral(LECTERN_TEST_DATA "/feeds/");
        w.handleLaunch({feeds + QStringLiteral("rss.xml"), feeds + QStringLiteral("feed.json"),
                        QStringLiteral(LECTERN_CORPUS)},
                       QString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 60000);
        QVERIFY(imported.at(0).at(0).toBool());
        QCOMPARE(PostRepository(w.library().connection()).count(), 55);
        const auto refused = w.findChildren<QMessageBox *>(QStringLiteral("importRefused"));
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.at(0)->text().contains(QLatin1String("rss.xml")));
        QVERIFY(refused.at(0)->text().contains(QLatin1String("sources add")));
    }

    void defaultLocationsAreTheStandardOnes()
    {
        QCOMPARE(QFileInfo(Library::defaultPath()).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
};

int main(int argc, char **argv)
{
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.test"));
    QCoreApplication::setApplicationName(QStringLiteral("LecternDesktopTest"));
    TestDesktop t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_desktop.moc"
