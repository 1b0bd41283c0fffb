#include "appsettings.h"

#include <QGuiApplication>
#include <QSettings>
#include <QStyleHints>
#include <algorithm>

namespace Lectern {

namespace {
const QString themeKey = QStringLiteral("reader/theme");
const QString codeThemeKey = QStringLiteral("reader/codeTheme");
const QString fontKey = QStringLiteral("reader/font");
const QString fontFamilyKey = QStringLiteral("reader/fontFamily");
const QString fontSizeKey = QStringLiteral("reader/fontSize");
const QString remoteImagesKey = QStringLiteral("reader/allowRemoteImages");
const QString libraryPathKey = QStringLiteral("library/path");
const QString zoomKey = QStringLiteral("reader/zoom");
const QString languageKey = QStringLiteral("ui/language");

QString fontName(ReaderSettings::FontChoice f)
{
    switch (f) {
    case ReaderSettings::FontChoice::SansSerif:
        return QStringLiteral("sans");
    case ReaderSettings::FontChoice::Custom:
        return QStringLiteral("custom");
    case ReaderSettings::FontChoice::Serif:
        break;
    }
    return QStringLiteral("serif");
}

ReaderSettings::FontChoice fontFromName(const QString &name)
{
    if (name == QLatin1String("sans"))
        return ReaderSettings::FontChoice::SansSerif;
    if (name == QLatin1String("custom"))
        return ReaderSettings::FontChoice::Custom;
    return ReaderSettings::FontChoice::Serif;
}
} // namespace

QString ReaderSettings::themeChoiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::Sepia:
        return QStringLiteral("sepia");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ReaderSettings::ThemeChoice ReaderSettings::themeChoiceFromName(const QString &name)
{
    for (const ThemeChoice c : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::Sepia})
        if (name.compare(themeChoiceName(c), Qt::CaseInsensitive) == 0)
            return c;
    return ThemeChoice::System;
}

ReaderSettings ReaderSettings::load()
{
    QSettings s;
    ReaderSettings r;
    r.theme = themeChoiceFromName(s.value(themeKey).toString());
    r.codeTheme = canonicalCodeTheme(s.value(codeThemeKey).toString());
    r.font = fontFromName(s.value(fontKey).toString());
    r.fontFamily = s.value(fontFamilyKey).toString();
    if (r.font == FontChoice::Custom && r.fontFamily.trimmed().isEmpty())
        r.font = FontChoice::Serif;
    r.fontSizePx = std::clamp(s.value(fontSizeKey, 18).toInt(), minFontSize, maxFontSize);
    r.allowRemoteImages = s.value(remoteImagesKey, false).toBool();
    r.libraryPath = s.value(libraryPathKey).toString();
    r.zoom = std::clamp(s.value(zoomKey, 1.0).toDouble(), 0.25, 5.0);
    r.language = s.value(languageKey).toString();
    if (!uiLanguages().contains(r.language))
        r.language.clear();
    return r;
}

void ReaderSettings::save() const
{
    QSettings s;
    s.setValue(themeKey, themeChoiceName(theme));
    s.setValue(codeThemeKey, codeTheme);
    s.setValue(fontKey, fontName(font));
    s.setValue(fontFamilyKey, fontFamily);
    s.setValue(fontSizeKey, fontSizePx);
    s.setValue(remoteImagesKey, allowRemoteImages);
    s.setValue(libraryPathKey, libraryPath);
    s.setValue(zoomKey, zoom);
    s.setValue(languageKey, language);
}

QStringList ReaderSettings::uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("hi")};
}

QLocale ReaderSettings::uiLocale()
{
    const QString chosen = load().language;
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

ArticleTheme ReaderSettings::resolvedTheme() const
{
    switch (theme) {
    case ThemeChoice::Light:
        return ArticleTheme::Light;
    case ThemeChoice::Dark:
        return ArticleTheme::Dark;
    case ThemeChoice::Sepia:
        return ArticleTheme::Sepia;
    case ThemeChoice::System:
        break;
    }
    return QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark
               ? ArticleTheme::Dark
               : ArticleTheme::Light;
}

} // namespace Lectern
