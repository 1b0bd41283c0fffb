#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Theme;
}

namespace Lectern {

struct HighlightedCode
{
    QString html;     // escaped code with <span class="ksh-..."> runs, no <pre> wrapper
    QString language; // the definition's display name ("Go"), empty when none matched
    bool highlighted = false;
};

// Highlights source code into HTML spans whose classes name KSyntaxHighlighting text styles
// (ksh-Keyword, ksh-String, ...), so one generated stylesheet colours every block and a theme
// change is a CSS swap. `language` is a fence/definition name or alias ("go", "C++", "bash").
HighlightedCode highlightCode(const QString &code, const QString &language);

// CSS for the ksh-* classes from a KSyntaxHighlighting theme ("GitHub Light", "Breeze Dark", ...).
// An unknown name falls back to the repository's default theme.
QString themeStylesheet(const QString &themeName);
QString defaultThemeName(bool dark);

} // namespace Lectern
