#pragma once

#include <QString>

namespace Lectern {

// Lectern's version and the versions of the libraries it runs with (not the ones it was built
// against), as shown by `lectern --version` and the About dialog.
struct VersionInfo
{
    QString lectern;
    QString qt;
    QString syntaxHighlighting;
    QString sqlite;
    QString qtKeychain; // the version it was built against (QtKeychain has no runtime call)
    int syntaxDefinitions = 0;
    int syntaxThemes = 0;
};

VersionInfo runtimeVersions();
QString versionReport();

} // namespace Lectern
