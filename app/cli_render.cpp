#include "cli.h"

#include "render/articlerenderer.h"
#include "render/articletheme.h"
#include "store/library.h"
#include "store/posts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Lectern {

namespace {

// The post for a permalink as typed: exact, else with or without its trailing slash.
std::optional<Post> findPost(const PostRepository &posts, const QString &permalink)
{
    if (auto post = posts.byPermalink(permalink))
        return post;
    const QString other = permalink.endsWith(u'/') ? permalink.chopped(1) : permalink + u'/';
    return posts.byPermalink(other);
}

} // namespace

int Cli::renderCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Lectern::Cli",
        "Write a post's reader page (HTML with its stylesheet inlined) for inspection."));
    parser.addPositionalArgument(
        QStringLiteral("permalink"),
        QCoreApplication::translate("Lectern::Cli", "The post's permalink."));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("Lectern::Cli",
                                    "Page theme: light, dark or sepia (default: light)."),
        QStringLiteral("THEME"), QStringLiteral("light"));
    const QCommandLineOption codeTheme(
        QStringLiteral("code-theme"),
        QCoreApplication::translate(
            "Lectern::Cli",
            "KSyntaxHighlighting theme for code (default: the one matching the page theme)."),
        QStringLiteral("NAME"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("Lectern::Cli", "Mark these search words in the page."),
        QStringLiteral("WORDS"));
    const QCommandLineOption fontSize(
        QStringLiteral("font-size"),
        QCoreApplication::translate("Lectern::Cli", "Body text size in pixels (10-40)."),
        QStringLiteral("PX"));
    const QCommandLineOption outFile(
        QStringLiteral("out"),
        QCoreApplication::translate("Lectern::Cli", "Write to FILE instead of standard output."),
        QStringLiteral("FILE"));
    parser.addOptions({theme, codeTheme, search, fontSize, outFile});
    if (const int stop = parse(parser, QStringLiteral("render"), arguments); stop >= 0)
        return stop;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << QCoreApplication::translate(
                     "Lectern::Cli",
                     "lectern render: give exactly one permalink (see lectern render --help)\n")
              << Qt::flush;
        return Usage;
    }
    RenderOptions options;
    if (const auto t = articleThemeFromName(parser.value(theme))) {
        options.theme = *t;
    } else {
        err() << QCoreApplication::translate(
                     "Lectern::Cli", "lectern render: unknown theme '%1' (light, dark or sepia)\n")
                     .arg(parser.value(theme))
              << Qt::flush;
        return Usage;
    }
    if (parser.isSet(codeTheme)) {
        options.codeTheme = canonicalCodeTheme(parser.value(codeTheme));
        if (options.codeTheme.isEmpty()) {
            err() << QCoreApplication::translate(
                         "Lectern::Cli",
                         "lectern render: unknown code theme '%1'; the themes are: %2\n")
                         .arg(parser.value(codeTheme), codeThemeNames().join(QLatin1String(", ")))
                  << Qt::flush;
            return Usage;
        }
    }
    if (parser.isSet(fontSize)) {
        bool ok = false;
        options.fontSizePx = parser.value(fontSize).toInt(&ok);
        if (!ok || options.fontSizePx < 10 || options.fontSizePx > 40) {
            err() << QCoreApplication::translate(
                         "Lectern::Cli",
                         "lectern render: --font-size wants a number of pixels from 10 to 40\n")
                  << Qt::flush;
            return Usage;
        }
    }
    if (parser.isSet(search))
        options.searchTerms = parser.value(search).split(u' ', Qt::SkipEmptyParts);

    // Rendering only reads: never create an empty library where none was.
    const QString path = Library::resolvePath(parser.value(QStringLiteral("db")));
    if (!QFileInfo(path).isFile()) {
        err() << QCoreApplication::translate(
                     "Lectern::Cli", "lectern render: no library at %1 (import an index first)\n")
                     .arg(path)
              << Qt::flush;
        return BadInput;
    }
    const auto library = openLibrary(parser);
    if (!library)
        return BadInput;
    const PostRepository posts(library->connection());
    const QString permalink = positional.first();
    const auto post = findPost(posts, permalink);
    if (!post) {
        err() << QCoreApplication::translate(
                     "Lectern::Cli", "lectern render: no post with the permalink %1 in %2\n")
                     .arg(permalink, path)
              << Qt::flush;
        return BadInput;
    }

    const QByteArray html = ArticleRenderer(options).renderStored(posts, *post).html.toUtf8();
    if (!parser.isSet(outFile)) {
        out() << QString::fromUtf8(html) << Qt::flush;
        return Ok;
    }
    // Whole file or nothing: QSaveFile only replaces the target on commit().
    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
        err() << QCoreApplication::translate("Lectern::Cli",
                                             "lectern render: cannot write %1: %2\n")
                     .arg(parser.value(outFile), file.errorString())
              << Qt::flush;
        return Failure;
    }
    return Ok;
}

} // namespace Lectern
