#include "cli.h"

#include "appsettings.h"
#include "articleview.h"
#include "core/version.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "store/library.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
#include <cctype>
#include <cstring>

namespace Lectern {

QTextStream &Cli::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &Cli::err()
{
    static QTextStream s(stderr);
    return s;
}

int Cli::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addOption(
        {QStringLiteral("db"),
         QCoreApplication::translate("Lectern::Cli", "The library file (default: $LECTERN_DB, else "
                                                     "library.sqlite in the app data folder)."),
         QStringLiteral("FILE")});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Lectern::Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("lectern ") + command} + arguments)) {
        err() << QStringLiteral("lectern %1: %2\n").arg(command, parser.errorText()) << Qt::flush;
        return Usage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    return -1;
}

std::unique_ptr<Library> Cli::openLibrary(const QCommandLineParser &parser)
{
    auto library =
        std::make_unique<Library>(Library::resolvePath(parser.value(QStringLiteral("db"))));
    QString error;
    if (!library->open(&error)) {
        err() << QCoreApplication::translate("Lectern::Cli", "lectern: %1\n").arg(error)
              << recoveryHint(*library) << Qt::flush;
        return nullptr;
    }
    return library;
}

namespace {

// Each command lives in its own file (app/cli_<command>.cpp).
struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
};
const Command commands[] = {
    {"import", Cli::importCommand},
    {"search", Cli::searchCommand},
    {"posts", Cli::postsCommand},
    {"render", Cli::renderCommand},
    {"sources", Cli::sourcesCommand},
    {"bookmark", Cli::bookmarkCommand},
    {"note", Cli::noteCommand},
    {"highlight", Cli::highlightCommand},
    {"notes", Cli::notesCommand},
    {"structure", Cli::structureCommand},
    {"export-notes", Cli::exportNotesCommand},
    {"library", Cli::libraryCommand},
};

} // namespace

namespace {
// lupdate files tr() calls in free functions (the files' local `tr` helpers, which translate
// in their class's context at run time) under the namespace, "Lectern". A lookup that misses
// in its own "Lectern::X" context therefore tries "Lectern" before giving up.
class LecternTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() && context && std::strncmp(context, "Lectern::", 9) == 0)
            text = QTranslator::translate("Lectern", sourceText, disambiguation, n);
        return text;
    }
};
} // namespace

void installTranslations()
{
    // The language chosen in the settings, else the system's; numbers and dates follow it too.
    const QLocale locale = ReaderSettings::uiLocale();
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, dialogs) first, then Lectern's, which win.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new LecternTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

bool Cli::handles(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--version") || !std::strcmp(a, "-v") || !std::strcmp(a, "--help") ||
            !std::strcmp(a, "-h"))
            return true;
    }
    if (argc < 2)
        return false;
    for (const Command &c : commands)
        if (!std::strcmp(argv[1], c.name))
            return true;
    // A bare word that is no command ("lectern imprt") is a mistyped command: the command line
    // says so, instead of the window opening. Files and URLs (with '.', '/' or ':') still go to
    // the window.
    const char *first = argv[1];
    if (*first == '-' || std::strpbrk(first, "./:\\"))
        return false;
    for (const char *p = first; *p; ++p)
        if (!std::isalnum(static_cast<unsigned char>(*p)) && *p != '-' && *p != '_')
            return false;
    return true;
}

int Cli::run(const QStringList &arguments)
{
    const auto flush = qScopeGuard([] {
        out().flush();
        err().flush();
    });
    const QString command = arguments.value(1);
    if (arguments.contains(QStringLiteral("--version")) ||
        arguments.contains(QStringLiteral("-v"))) {
        out() << versionReport();
        return Ok;
    }
    if (command.startsWith(u'-') || command.isEmpty()) {
        out() << QCoreApplication::translate(
            "Lectern::Cli",
            "Usage: lectern [--db FILE] [--open PERMALINK] [--search QUERY] [--fresh] "
            "[--screenshot FILE]   open the window\n"
            "       lectern import FILE [--db FILE] [--skip-invalid]\n"
            "       lectern search QUERY... [--db FILE] [--limit N] [--json]\n"
            "       lectern search --stdin --json [--db FILE] [--limit N]\n"
            "       lectern posts [--db FILE] [--json]\n"
            "       lectern render PERMALINK [--db FILE] [--theme light|dark|sepia] "
            "[--code-theme NAME] [--search WORDS] [--font-size PX] [--out FILE]\n"
            "       lectern sources add URL [--name N] [--auth basic|bearer] | list [--json] | "
            "refresh [NAME|--all]\n"
            "       lectern bookmark add|remove|list ...   lectern note set PERMALINK --text T\n"
            "       lectern highlight add PERMALINK --quote T [--note N]\n"
            "       lectern notes list [--json]\n"
            "       lectern structure [--json] [--category CAT]   index text on stdin -> blocks\n"
            "       lectern export-notes --out DIR [--post PERMALINK] | --single-file FILE\n"
            "       lectern library check | restore [BACKUP] | new   a damaged library\n"
            "       lectern COMMAND --help   the options of one command\n"
            "       lectern --version\n");
        return Ok;
    }
    for (const Command &c : commands)
        if (command == QLatin1String(c.name))
            return c.run(arguments.mid(2));
    err() << QCoreApplication::translate("Lectern::Cli", "lectern: unknown command '%1'\n")
                 .arg(command);
    return Usage;
}

namespace {
// The window's command line, shared by this launch and the ones handed over to it.
struct GuiOptions
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate(
                              "Lectern::Cli",
                              "The library file (default: $LECTERN_DB, else the one chosen in "
                              "the settings, else library.sqlite in the app data folder)."),
                          QStringLiteral("FILE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Lectern::Cli",
                                    "Save a PNG of the screen once the window is up, then quit."),
        QStringLiteral("FILE")};
    QCommandLineOption open{
        QStringLiteral("open"),
        QCoreApplication::translate("Lectern::Cli", "Open this post (its permalink)."),
        QStringLiteral("PERMALINK")};
    QCommandLineOption search{
        QStringLiteral("search"),
        QCoreApplication::translate("Lectern::Cli", "Type this into the search field."),
        QStringLiteral("QUERY")};
    QCommandLineOption trigger{
        QStringLiteral("trigger"),
        QCoreApplication::translate("Lectern::Cli", "Run this command (an action name such as "
                                                    "actionCommandPalette) once the window is up."),
        QStringLiteral("ACTION")};
    QCommandLineOption fresh{
        QStringLiteral("fresh"),
        QCoreApplication::translate("Lectern::Cli",
                                    "Do not reopen the tabs and layout of the last run.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "Lectern::Cli", "A desktop knowledge base for technical blogs"));
        parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("Lectern::Cli",
                                        "Import these files: an index.json or a Markdown folder. "
                                        "With Lectern already running on this library, it "
                                        "imports them and comes to the front."),
            QStringLiteral("[FILE...]"));
        parser.addOptions({db, screenshot, open, search, trigger, fresh});
    }
};

// Positional arguments as absolute paths, relative ones taken from `directory`.
QStringList launchFiles(const QCommandLineParser &parser, const QString &directory)
{
    QStringList files;
    for (const QString &f : parser.positionalArguments())
        files << QDir(directory).absoluteFilePath(f);
    return files;
}
} // namespace

int runGui(QApplication &app)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Lectern::Cli", text);
    };
    const GuiOptions o;
    QCommandLineParser parser;
    parser.addHelpOption();
    o.addTo(parser);
    parser.process(app);
    const auto &[db, screenshot, open, search, trigger, fresh] = o;

    // A second launch for the same library hands its request to the first and is done.
    // --screenshot runs are always their own (tests and documentation take them side by side).
    std::unique_ptr<SingleInstance> instance;
    if (!parser.isSet(screenshot)) {
        instance = std::make_unique<SingleInstance>(MainWindow::libraryPath(parser.value(db)));
        if (instance->sendToRunning(app.arguments().mid(1))) {
            Cli::out() << tr("Handed over to the running Lectern.\n") << Qt::flush;
            return Cli::Ok;
        }
        QString listenError;
        if (!instance->listen(&listenError))
            Cli::err() << tr("lectern: %1\n").arg(listenError) << Qt::flush;
    }

    QString error;
    std::unique_ptr<Library> failed;
    std::unique_ptr<Library> library = MainWindow::openLibrary(parser.value(db), &error, &failed);
    // A damaged library: offer its backup or a new library (the damaged file is kept aside).
    while (!library && failed && failed->failure() == Library::Failure::Damaged) {
        const QString path = failed->path();
        failed.reset();
        const QStringList backups = Library::backups(path);
        QMessageBox box(QMessageBox::Critical, tr("Lectern"),
                        tr("The library %1 is damaged and cannot be opened.").arg(path));
        box.setInformativeText(
            tr("%1\n\nLectern can put back the backup it made before its last upgrade, or "
               "start a new, empty library. Either way the damaged file is kept beside it.")
                .arg(error));
        box.setObjectName(QStringLiteral("damagedLibraryDialog"));
        QPushButton *restore =
            backups.isEmpty() ? nullptr
                              : box.addButton(tr("Restore the Backup"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(tr("Start a New Library"), QMessageBox::ResetRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        QString movedTo;
        QString recoveryError;
        bool ok = false;
        if (restore && box.clickedButton() == restore)
            ok = Library::restoreBackup(path, backups.constFirst(), &movedTo, &recoveryError);
        else if (box.clickedButton() == fresh)
            ok = Library::setAside(path, &movedTo, &recoveryError);
        else {
            Cli::err() << tr("lectern: %1\n").arg(error) << Qt::flush;
            return Cli::Failure;
        }
        if (!ok) {
            error = recoveryError;
            break;
        }
        Cli::err() << tr("lectern: %1 was moved aside to %2\n").arg(path, movedTo) << Qt::flush;
        library = MainWindow::openLibrary(path, &error, &failed);
    }
    failed.reset();
    if (!library) {
        QMessageBox::critical(nullptr, tr("Lectern"),
                              tr("The library could not be opened.\n\n%1").arg(error));
        Cli::err() << tr("lectern: %1\n").arg(error) << Qt::flush;
        return Cli::Failure;
    }
    StartupOptions options;
    options.restoreSession = !parser.isSet(fresh);
    options.openPermalink = parser.value(open);
    options.searchQuery = parser.value(search);
    MainWindow window(std::move(library), options);
    if (parser.isSet(screenshot))
        window.setGeometry(window.screen()->availableGeometry());
    window.show();
    if (const QStringList files = launchFiles(parser, QDir::currentPath()); !files.isEmpty())
        window.handleLaunch(files, QString(), QString());
    if (instance)
        QObject::connect(
            instance.get(), &SingleInstance::argumentsReceived, &window,
            [&window, &o](const QStringList &arguments, const QString &directory) {
                QCommandLineParser handed;
                o.addTo(handed);
                // The program name is not part of the hand-over.
                if (!handed.parse(QStringList{QStringLiteral("lectern")} + arguments)) {
                    Cli::err() << handed.errorText() << u'\n' << Qt::flush;
                    return;
                }
                window.handleLaunch(launchFiles(handed, directory), handed.value(o.open),
                                    handed.value(o.search));
            });
    for (const QString &name : parser.values(trigger))
        QTimer::singleShot(1200, &window, [&window, name] {
            if (QAction *action = window.action(name))
                action->trigger();
            else
                Cli::err()
                    << QCoreApplication::translate("Lectern::Cli", "no action %1\n").arg(name);
        });
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // Grab the whole screen (GPU surfaces included) once the page in the current tab has
        // loaded and had time to paint: at least 2.5 s after start, 0.75 s after the load,
        // at most 30 s (a loaded machine makes WebEngine's first paint slow).
        auto *poll = new QTimer(&window);
        auto elapsed = std::make_shared<QElapsedTimer>();
        auto loadedAt = std::make_shared<qint64>(-1);
        elapsed->start();
        QObject::connect(poll, &QTimer::timeout, &window, [&window, file, elapsed, loadedAt, poll] {
            const ArticleView *view = window.currentView();
            if (*loadedAt < 0 && view && !view->isLoading())
                *loadedAt = elapsed->elapsed();
            const bool settled = *loadedAt >= 0 && elapsed->elapsed() >= 2500 &&
                                 elapsed->elapsed() >= *loadedAt + 750;
            if (!settled && elapsed->elapsed() < 30000)
                return;
            poll->stop();
            const QPixmap shot = window.screen()->grabWindow(0);
            const bool ok = shot.save(file);
            Cli::err() << (ok ? QCoreApplication::translate("Lectern::Cli",
                                                            "screenshot saved to %1\n")
                              : QCoreApplication::translate("Lectern::Cli", "cannot write %1\n"))
                              .arg(file);
            QCoreApplication::exit(ok ? 0 : 1);
        });
        poll->start(250);
    }
    return app.exec();
}

} // namespace Lectern
