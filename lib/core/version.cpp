#include "core/version.h"

#include "render/syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QCoreApplication>
#include <ksyntaxhighlighting_version.h>
#include <sqlite3.h>

namespace Lectern {

VersionInfo runtimeVersions()
{
    VersionInfo v;
    v.lectern = QStringLiteral(LECTERN_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    // KF6 exports no runtime version call; the soname pins the 6.x series it was built with.
    v.syntaxHighlighting = QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
    v.sqlite = QString::fromLatin1(sqlite3_libversion());
    // keychain.h's QTKEYCHAIN_VERSION is stale upstream (0.1.0 in 0.15), so CMake passes the
    // package version find_package(Qt6Keychain) found.
    v.qtKeychain = QStringLiteral(LECTERN_QTKEYCHAIN_VERSION);
    const auto &repo = syntaxRepository();
    v.syntaxDefinitions = int(repo.definitions().size());
    v.syntaxThemes = int(repo.themes().size());
    return v;
}

QString versionReport()
{
    const VersionInfo v = runtimeVersions();
    return QCoreApplication::translate("Lectern::Version",
                                       "Lectern %1\n"
                                       "Qt %2\n"
                                       "KF6 SyntaxHighlighting %3 (%4 syntax definitions, %5 "
                                       "themes)\n"
                                       "QtKeychain %6\n"
                                       "SQLite %7\n")
        .arg(v.lectern, v.qt, v.syntaxHighlighting)
        .arg(v.syntaxDefinitions)
        .arg(v.syntaxThemes)
        .arg(v.qtKeychain, v.sqlite);
}

} // namespace Lectern
