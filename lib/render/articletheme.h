#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace Lectern {

// The reader's page palette. The app resolves "follow the system" to Light or Dark before
// rendering, so the page itself never guesses.
enum class ArticleTheme
{
    Light,
    Dark,
    Sepia
};

QString articleThemeName(ArticleTheme theme);                       // "light", "dark", "sepia"
std::optional<ArticleTheme> articleThemeFromName(QStringView name); // case-insensitive

// The KSyntaxHighlighting theme whose colours suit the palette (Breeze Light / Breeze Dark,
// gruvbox Light for sepia).
QString defaultCodeTheme(ArticleTheme theme);
// Every KSyntaxHighlighting theme name, sorted; any of them can colour code blocks.
QStringList codeThemeNames();
// The exact theme name for `name` compared case-insensitively, or empty when there is none.
QString canonicalCodeTheme(const QString &name);

// The article page's whole stylesheet: layout and typography (resources/article/article.css),
// the palettes, the code colours generated from `codeTheme` (empty or unknown: the default for
// `theme`) and print rules (light colours, so Save as PDF always prints on white).
// Cached per (theme, code theme); call from the thread that renders (see syntaxrepository.h).
QString articleStylesheet(ArticleTheme theme, const QString &codeTheme = {});

} // namespace Lectern
