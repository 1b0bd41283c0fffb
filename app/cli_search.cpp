#include "cli.h"

#include "search/searchengine.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Cli", text);
}

QJsonObject toJson(const QString &query, qint64 elapsedUs, const SearchResponse &r)
{
    QJsonArray results;
    for (const SearchHit &h : r.hits)
        results.append(QJsonObject{{QStringLiteral("permalink"), h.permalink},
                                   {QStringLiteral("title"), h.title},
                                   {QStringLiteral("category"), h.category},
                                   {QStringLiteral("snippet"), h.snippet},
                                   {QStringLiteral("score"), h.score}});
    QJsonObject o{{QStringLiteral("query"), query},
                  {QStringLiteral("elapsed_us"), elapsedUs},
                  {QStringLiteral("corrected"), r.correctedQuery.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(r.correctedQuery)},
                  {QStringLiteral("results"), results}};
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

// Snippet HTML for a terminal: marks in bold where stdout is one, entities decoded.
QString terminalText(QString html, bool ansi)
{
    html.replace(QLatin1String("<mark>"), ansi ? QStringLiteral("\x1b[1m") : QString());
    html.replace(QLatin1String("</mark>"), ansi ? QStringLiteral("\x1b[0m") : QString());
    html.replace(QLatin1String("&lt;"), QLatin1String("<"));
    html.replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    html.replace(QLatin1String("&#39;"), QLatin1String("'"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

void printHuman(const SearchResponse &r, bool ansi)
{
    QTextStream &out = Cli::out();
    if (!r.correctedQuery.isEmpty())
        out << tr("Showing results for %1").arg(r.correctedQuery) << u'\n';
    if (r.hits.isEmpty())
        out << tr("No posts found.") << u'\n';
    int rank = 0;
    for (const SearchHit &h : r.hits) {
        out << QStringLiteral("%1. %2  [%3]  %4\n")
                   .arg(++rank)
                   .arg(h.title, h.category.isEmpty() ? QStringLiteral("-") : h.category)
                   .arg(h.score, 0, 'f', 2);
        out << QStringLiteral("   ") << terminalText(h.snippet, ansi) << u'\n';
        out << QStringLiteral("   ") << h.permalink << u'\n';
    }
}

} // namespace

int Cli::searchCommand(const QStringList &arguments)
{
    // Query words may start with '-' (exclusions), so options are picked out by name and
    // everything else is the query; "--" ends the options.
    QStringList options, words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--")) {
            words += arguments.mid(i + 1);
            break;
        }
        if (a == QLatin1String("--db") || a == QLatin1String("--limit")) {
            options << a;
            if (i + 1 < arguments.size())
                options << arguments[++i];
        } else if (a.startsWith(QLatin1String("--db=")) ||
                   a.startsWith(QLatin1String("--limit=")) || a == QLatin1String("--json") ||
                   a == QLatin1String("--stdin") || a == QLatin1String("--help") ||
                   a == QLatin1String("-h")) {
            options << a;
        } else {
            words << a;
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Search the library: lectern search QUERY... [--db FILE] [--limit N] [--json]\n"
           "or one query per input line: lectern search --stdin --json [--db FILE] [--limit N]\n"
           "Query language: words, \"exact phrases\", -exclusion, OR, cat:NAME, series:NAME, "
           "tag:NAME, is:bookmarked, is:unread, has:notes, in:title, in:code."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (one object per query)."));
    const QCommandLineOption stdinOption(QStringLiteral("stdin"),
                                         tr("Read one query per line from standard input."));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("Show at most N results (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(json);
    parser.addOption(stdinOption);
    parser.addOption(limitOption);
    if (const int stop = parse(parser, QStringLiteral("search"), options); stop >= 0)
        return stop;
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit < 1) {
        err() << tr("lectern search: --limit needs a positive number, not \"%1\"\n")
                     .arg(parser.value(limitOption))
              << Qt::flush;
        return Usage;
    }
    const bool fromStdin = parser.isSet(stdinOption);
    if (fromStdin && !words.isEmpty()) {
        err() << tr("lectern search: give either a query or --stdin, not both\n") << Qt::flush;
        return Usage;
    }
    if (!fromStdin && words.join(QString()).trimmed().isEmpty()) {
        err() << tr("lectern search: what should I search for? Usage: lectern search QUERY... "
                    "[--db FILE] [--limit N] [--json], or --stdin --json\n")
              << Qt::flush;
        return Usage;
    }
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    SearchEngine engine(library->connection());
    // Load the index's vocabulary before timing anything.
    const SearchResponse warm = engine.search(QString(), 1);
    if (!warm.error.isEmpty()) {
        err() << tr("lectern search: %1\n").arg(warm.error) << Qt::flush;
        return Failure;
    }

    const auto runOne = [&](const QString &query) {
        QElapsedTimer timer;
        timer.start();
        const SearchResponse r = engine.search(query, limit);
        const qint64 us = timer.nsecsElapsed() / 1000;
        if (parser.isSet(json)) {
            out() << QJsonDocument(toJson(query, us, r)).toJson(QJsonDocument::Compact) << u'\n';
        } else if (!r.error.isEmpty()) {
            err() << tr("lectern search: %1\n").arg(r.error) << Qt::flush;
        } else {
            printHuman(r, !parser.isSet(json) && isatty(fileno(stdout)));
        }
        return r.error.isEmpty();
    };

    if (!fromStdin) {
        const bool good = runOne(words.join(u' '));
        out().flush();
        return good ? Ok : BadInput;
    }
    QTextStream in(stdin);
    bool allGood = true;
    QString line;
    while (in.readLineInto(&line)) {
        if (line.trimmed().isEmpty())
            continue;
        allGood = runOne(line) && allGood;
        out().flush();
    }
    return allGood ? Ok : BadInput;
}

} // namespace Lectern
