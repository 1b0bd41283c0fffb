#pragma once

#include <QStringList>
#include <memory>

class QApplication;
class QCommandLineParser;
class QTextStream;
class QUrl;

namespace Lectern {

class Library;

// The command-line front of the `lectern` executable.
namespace Cli {
enum ExitCode
{
    Ok = 0,
    Failure = 1,
    Usage = 2,
    BadInput = 3
};
// True when argv asks for command-line work rather than the window.
bool handles(int argc, char **argv);
int run(const QStringList &arguments);

// The commands; `arguments` are those after the command name.
int importCommand(const QStringList &arguments);    // cli_import.cpp
int searchCommand(const QStringList &arguments);    // cli_search.cpp
int postsCommand(const QStringList &arguments);     // cli_posts.cpp
int renderCommand(const QStringList &arguments);    // cli_render.cpp
int sourcesCommand(const QStringList &arguments);   // cli_sources.cpp
int structureCommand(const QStringList &arguments); // cli_structure.cpp
int importUrl(Library &library, const QUrl &url);   // cli_sources.cpp: `lectern import URL`
// cli_notes.cpp
int bookmarkCommand(const QStringList &arguments);
int noteCommand(const QStringList &arguments);
int highlightCommand(const QStringList &arguments);
int notesCommand(const QStringList &arguments);
int exportNotesCommand(const QStringList &arguments);
int libraryCommand(const QStringList &arguments); // cli_library.cpp
// How to recover from a library that did not open (empty unless it is damaged).
QString recoveryHint(const Library &library);

// Shared by the commands.
QTextStream &out();
QTextStream &err();
// Parses `arguments` (after the command name) for `command`, adding --db and --help to what
// the command declared. Returns -1 to go on, else the exit code to stop with (after --help,
// or a usage error, which it prints).
int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);
// The library from --db / LECTERN_DB / the default, opened; null after printing why not.
std::unique_ptr<Library> openLibrary(const QCommandLineParser &parser);
} // namespace Cli

void installTranslations();
// Parses the window's own options (--db, --screenshot), opens the library and shows the window.
int runGui(QApplication &app);

} // namespace Lectern
