#include "cli.h"

#include "ingest/hugoimporter.h"
#include "search/searchindex.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QUrl>

namespace Lectern {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Cli", text);
}
} // namespace

int Cli::importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a Hugo/PaperMod search index (index.json), or a "
                                        "feed or index by its http(s) address."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The index file, or a URL."));
    const QCommandLineOption skip(QStringLiteral("skip-invalid"),
                                  tr("Skip individually bad items (and report them) instead of "
                                     "refusing the file."));
    parser.addOption(skip);
    if (const int stop = parse(parser, QStringLiteral("import"), arguments); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("usage: lectern import FILE [--db FILE] [--skip-invalid]\n");
        return Usage;
    }
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    const QString target = parser.positionalArguments().constFirst();
    if (target.startsWith(QLatin1String("http://")) || target.startsWith(QLatin1String("https://")))
        return importUrl(*library, QUrl(target));

    HugoImporter importer(*library);
    ImportOptions options;
    options.skipInvalid = parser.isSet(skip);
    ImportSummary summary;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!importer.importFile(parser.positionalArguments().constFirst(), options, &summary,
                             &error)) {
        err() << tr("lectern import: %1\nThe library is unchanged.\n").arg(error);
        return BadInput;
    }
    // Split the new posts into headings, prose and code now, so the first search is fast.
    QString indexError;
    if (!SearchIndex(library->connection()).refresh(&indexError))
        err() << tr("lectern import: the search index could not be updated: %1\n").arg(indexError);
    for (const QString &problem : std::as_const(summary.problems))
        err() << tr("skipped %1\n").arg(problem);
    for (const QString &permalink : std::as_const(summary.missingPermalinks))
        out() << tr("missing from the source (kept): %1\n").arg(permalink);
    out() << summary.text()
          << tr(" (%1 series, %2 links) in %3 ms\n")
                 .arg(summary.series)
                 .arg(summary.links)
                 .arg(timer.elapsed());
    return Ok;
}

} // namespace Lectern
