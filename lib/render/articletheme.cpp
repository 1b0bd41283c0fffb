#include "render/articletheme.h"

#include "render/codehighlighter.h"
#include "render/syntaxrepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace Lectern {
namespace KSH = KSyntaxHighlighting;

namespace {

QString baseStylesheet()
{
    static const QString css = [] {
        QFile file(QStringLiteral(":/lectern/article/article.css"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("article.css is missing from the resources"); // a build error, not user input
        return QString::fromUtf8(file.readAll());
    }();
    return css;
}

// Custom properties the code block frame (caption bar, border) takes its colours from, so the
// frame matches whatever theme colours the code.
QString codeFrameRules(const KSH::Theme &theme)
{
    const QColor bg = QColor::fromRgba(theme.editorColor(KSH::Theme::BackgroundColor));
    const QColor fg = QColor::fromRgba(theme.textColor(KSH::Theme::Normal));
    return QStringLiteral(".code-block { --code-bg: %1; --code-fg: %2; }\n")
        .arg(bg.name(QColor::HexRgb), fg.name(QColor::HexRgb));
}

bool isDark(const KSH::Theme &theme)
{
    return QColor::fromRgba(theme.editorColor(KSH::Theme::BackgroundColor)).lightnessF() < 0.5;
}

} // namespace

QString articleThemeName(ArticleTheme theme)
{
    switch (theme) {
    case ArticleTheme::Dark:
        return QStringLiteral("dark");
    case ArticleTheme::Sepia:
        return QStringLiteral("sepia");
    case ArticleTheme::Light:
        break;
    }
    return QStringLiteral("light");
}

std::optional<ArticleTheme> articleThemeFromName(QStringView name)
{
    for (const ArticleTheme t : {ArticleTheme::Light, ArticleTheme::Dark, ArticleTheme::Sepia})
        if (name.compare(articleThemeName(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QString defaultCodeTheme(ArticleTheme theme)
{
    if (theme == ArticleTheme::Sepia) {
        // Warm paper background and dark text: the closest KSH theme to the sepia palette.
        const QString warm = canonicalCodeTheme(QStringLiteral("gruvbox Light"));
        if (!warm.isEmpty())
            return warm;
    }
    return defaultThemeName(theme == ArticleTheme::Dark);
}

QStringList codeThemeNames()
{
    QStringList names;
    for (const KSH::Theme &t : syntaxRepository().themes())
        names << t.name();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString canonicalCodeTheme(const QString &name)
{
    for (const KSH::Theme &t : syntaxRepository().themes())
        if (t.name().compare(name, Qt::CaseInsensitive) == 0)
            return t.name();
    return {};
}

QString articleStylesheet(ArticleTheme theme, const QString &codeTheme)
{
    QString name = canonicalCodeTheme(codeTheme);
    if (name.isEmpty())
        name = defaultCodeTheme(theme);

    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString key = articleThemeName(theme) + u'\n' + name;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;

    const KSH::Theme ksh = syntaxRepository().theme(name);
    QString css = baseStylesheet();
    css += QStringLiteral("\n/* Code: KSyntaxHighlighting theme \"%1\" */\n").arg(name);
    css += codeFrameRules(ksh);
    css += themeStylesheet(name);
    // Paper is white: print code in the light theme's colours when the screen's are dark.
    if (isDark(ksh)) {
        const QString light = defaultCodeTheme(ArticleTheme::Light);
        css += QStringLiteral("@media print {\n%1%2}\n")
                   .arg(codeFrameRules(syntaxRepository().theme(light)), themeStylesheet(light));
    }
    cache.insert(key, css);
    return css;
}

} // namespace Lectern
