#pragma once

#include "render/articletheme.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Lectern {

// The reader's preferences, with every QSettings key and default in one place. A value type:
// the settings dialog edits a copy, the window applies and saves it.
struct ReaderSettings
{
    enum class ThemeChoice
    {
        System, // light or dark, following QStyleHints::colorScheme()
        Light,
        Dark,
        Sepia
    };
    enum class FontChoice
    {
        Serif,     // the stylesheet's serif stack
        SansSerif, // the stylesheet's sans-serif stack
        Custom     // fontFamily
    };

    ThemeChoice theme = ThemeChoice::System;
    QString codeTheme; // a KSyntaxHighlighting theme; empty: the one that suits the theme
    FontChoice font = FontChoice::Serif;
    QString fontFamily; // for FontChoice::Custom
    int fontSizePx = 18;
    bool allowRemoteImages = false;
    QString libraryPath; // empty: Library::defaultPath(); used when no --db / LECTERN_DB
    double zoom = 1.0;   // the article views' zoom factor
    QString language;    // "de", "en", "hi"; empty: the system's. Applied at the next start.

    // The languages the user interface is translated into (the language settings offers).
    static QStringList uiLanguages(); // "en", "de", "hi"
    // The locale the user interface starts in: the saved choice, else the system's.
    static QLocale uiLocale();

    static constexpr int minFontSize = 10;
    static constexpr int maxFontSize = 40;

    static ReaderSettings load();
    void save() const;

    // The palette to render with: the system's light or dark for ThemeChoice::System.
    ArticleTheme resolvedTheme() const;
    static QString themeChoiceName(ThemeChoice choice); // "system", "light", ...
    static ThemeChoice themeChoiceFromName(const QString &name);

    bool operator==(const ReaderSettings &) const = default;
};

// Keys of window state kept beside the reader settings.
namespace SettingsKey {
inline constexpr char geometry[] = "window/geometry";
inline constexpr char state[] = "window/state";
inline constexpr char tabs[] = "window/tabs"; // permalinks of the open tabs
inline constexpr char currentTab[] = "window/currentTab";
inline constexpr char splitter[] = "window/sidebarSplitter";
inline constexpr char lastImport[] = "library/lastImport"; // text for the status bar
} // namespace SettingsKey

} // namespace Lectern
