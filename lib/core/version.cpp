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
                                       "SQLite %6\n")
        .arg(v.lectern, v.qt, v.syntaxHighlighting)
        .arg(v.syntaxDefinitions)
        .arg(v.syntaxThemes)
        .arg(v.sqlite);
}

} // namespace Lectern
