#include "cli.h"

#include "core/version.h"
#include "mainwindow.h"
#include "store/library.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>
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
              << Qt::flush;
        return nullptr;
    }
    return library;
}

namespace {

const char *const commands[] = {"import", "search", "posts", "render"};

} // namespace

void installTranslations()
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QLocale(), QStringLiteral("lectern"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
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
    for (const char *c : commands)
        if (!std::strcmp(argv[1], c))
            return true;
    return false;
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
            "Usage: lectern [--db FILE] [--screenshot FILE]   open the window\n"
            "       lectern import FILE [--db FILE] [--skip-invalid]\n"
            "       lectern search QUERY... [--db FILE] [--limit N] [--json]\n"
            "       lectern search --stdin --json [--db FILE] [--limit N]\n"
            "       lectern posts [--db FILE] [--json]\n"
            "       lectern render PERMALINK [--db FILE] [--theme light|dark] [--out "
            "FILE]\n"
            "       lectern --version\n");
        return Ok;
    }
    // Each command lives in its own file (app/cli_<command>.cpp).
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("import"))
        return importCommand(rest);
    if (command == QLatin1String("search"))
        return searchCommand(rest);
    if (command == QLatin1String("posts"))
        return postsCommand(rest);
    if (command == QLatin1String("render"))
        return renderCommand(rest);
    err() << QCoreApplication::translate("Lectern::Cli", "lectern: unknown command '%1'\n")
                 .arg(command);
    return Usage;
}

int runGui(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Lectern::Cli", "A desktop knowledge base for technical blogs"));
    parser.addHelpOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Lectern::Cli",
                                    "Save a PNG of the screen once the window is up, then quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // Give WebEngine time to paint, then grab the whole screen (includes GPU surfaces).
        QTimer::singleShot(2500, &window, [&window, file] {
            const QPixmap shot = window.screen()->grabWindow(0);
            const bool ok = shot.save(file);
            Cli::err() << (ok ? QCoreApplication::translate("Lectern::Cli",
                                                            "screenshot saved to %1\n")
                              : QCoreApplication::translate("Lectern::Cli", "cannot write %1\n"))
                              .arg(file);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace Lectern
