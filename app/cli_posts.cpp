#include "cli.h"

#include "store/library.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Lectern {

int Cli::postsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Lectern::Cli", "List the library's posts with category, series and position."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Lectern::Cli", "Print JSON."));
    parser.addOption(json);
    if (const int stop = parse(parser, QStringLiteral("posts"), arguments); stop >= 0)
        return stop;
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;

    const PostRepository posts(library->connection());
    QJsonArray array;
    for (const PostRef &ref : posts.list()) {
        const auto post = posts.byId(ref.id);
        if (!post)
            continue;
        if (parser.isSet(json)) {
            QJsonObject o{{QStringLiteral("id"), post->id},
                          {QStringLiteral("permalink"), post->permalink},
                          {QStringLiteral("title"), post->title},
                          {QStringLiteral("category"), post->category},
                          {QStringLiteral("order"), post->pubOrder},
                          {QStringLiteral("missing"), post->missing}};
            if (post->seriesId) {
                o.insert(QStringLiteral("series"), post->seriesName);
                o.insert(QStringLiteral("part"), post->seriesPosition);
                o.insert(QStringLiteral("parts"), post->seriesLength);
            }
            array.append(o);
            continue;
        }
        QString line = QStringLiteral("%1\t%2\t%3")
                           .arg(post->category.isEmpty() ? QStringLiteral("-") : post->category,
                                post->title, post->permalink);
        if (post->seriesId)
            line += QCoreApplication::translate("Lectern::Cli", "\t[%1, part %2 of %3]")
                        .arg(post->seriesName)
                        .arg(post->seriesPosition)
                        .arg(post->seriesLength);
        if (post->missing)
            line += QCoreApplication::translate("Lectern::Cli", "\t(missing from source)");
        out() << line << u'\n';
    }
    if (parser.isSet(json))
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return Ok;
}

} // namespace Lectern
