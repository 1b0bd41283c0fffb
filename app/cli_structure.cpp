#include "cli.h"

#include "ingest/structure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTextStream>
#include <cstdio>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Cli", text);
}

// The blocks as Markdown: readable in a terminal and close to what the post looked like.
QString markdown(const Blocks &blocks)
{
    QString out;
    for (const Block &b : blocks) {
        switch (b.type) {
        case Block::Type::Heading:
            out += QString(std::clamp(b.level, 1, 6), u'#') + u' ' + b.text + u'\n';
            break;
        case Block::Type::List:
            for (qsizetype i = 0; i < b.items.size(); ++i)
                out += (b.ordered ? QString::number(i + 1) + QLatin1String(". ")
                                  : QStringLiteral("- ")) +
                       b.items[i] + u'\n';
            break;
        case Block::Type::Code:
            out += QLatin1String("```") + b.language + u'\n' + b.text + QLatin1String("\n```\n");
            break;
        case Block::Type::Quote:
            out += QLatin1String("> ") + b.text + u'\n';
            break;
        case Block::Type::Paragraph:
            out += b.text + u'\n';
            break;
        }
        out += u'\n';
    }
    return out;
}

} // namespace

int Cli::structureCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Recover the structure of a post from its search-index text: lectern structure "
           "[--json] [--category CAT] < content.txt\n"
           "Standard input holds the index's `content` as it is in index.json (entities "
           "encoded); a JSON string (as `jq .[0].content` prints it) works too. Prints the "
           "blocks as Markdown, or with --json as {\"blocks\": [{\"type\", \"text\", "
           "\"items\", \"language\", ...}]}."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the blocks as JSON."));
    const QCommandLineOption category(
        QStringList{QStringLiteral("category"), QStringLiteral("c")},
        tr("The post's category (its permalink section, e.g. go): a hint for code languages."),
        QStringLiteral("CAT"));
    parser.addOption(json);
    parser.addOption(category);
    if (const int stop = parse(parser, QStringLiteral("structure"), arguments); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty()) {
        err() << tr("lectern structure: unexpected argument \"%1\"; the text comes on standard "
                    "input\n")
                     .arg(parser.positionalArguments().constFirst())
              << Qt::flush;
        return Usage;
    }

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        err() << tr("lectern structure: cannot read standard input: %1\n").arg(input.errorString())
              << Qt::flush;
        return Failure;
    }
    const QByteArray bytes = input.readAll();
    QString content = QString::fromUtf8(bytes);
    if (content.trimmed().isEmpty()) {
        err() << tr("lectern structure: no text on standard input (give the post's index "
                    "content, e.g. lectern structure < content.txt)\n")
              << Qt::flush;
        return BadInput;
    }
    // `jq .[0].content index.json` prints a JSON string: take its value.
    const QString trimmed = content.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'"') && trimmed.endsWith(u'"')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + trimmed.toUtf8() + "]", &error);
        if (error.error == QJsonParseError::NoError && doc.isArray())
            content = doc.array().at(0).toString();
    }

    const Blocks blocks = recoverStructure(content, parser.value(category));
    if (parser.isSet(json))
        out() << QString::fromUtf8(blocksToJson(blocks, true));
    else
        out() << markdown(blocks);
    out() << Qt::flush;
    return Ok;
}

} // namespace Lectern
