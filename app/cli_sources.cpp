#include "cli.h"

#include "sources/sourcerefresher.h"
#include "sources/sourceregistry.h"
#include "sources/sourcesecrets.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Lectern {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Lectern::Cli", text, disambiguation, n);
}

QString usage()
{
    return tr("usage: lectern sources add URL|FOLDER [--name NAME] [--auth basic|bearer] "
              "[--every MINUTES] [--drafts]\n"
              "       lectern sources list [--json]\n"
              "       lectern sources refresh NAME...|--all [--timeout SECONDS] "
              "[--secret-stdin]\n"
              "       lectern sources fetch-articles NAME [--delay MS] [--limit N]\n"
              "       lectern sources remove NAME\n"
              "(all take --db FILE)\n");
}

// The secret, from standard input (never from the command line, where other users of the
// machine could read it). On a terminal it is asked for without echo.
bool readSecret(const QString &prompt, QString *secret)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return false;
#ifdef Q_OS_UNIX
    const bool terminal = isatty(fileno(stdin));
    termios saved{};
    if (terminal) {
        Cli::err() << prompt << Qt::flush;
        tcgetattr(fileno(stdin), &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    QByteArray line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        Cli::err() << "\n" << Qt::flush;
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *secret = QString::fromUtf8(line);
    return !secret->isEmpty();
}

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
}

RefreshOptions cliOptions(int timeoutSeconds = 0)
{
    RefreshOptions options;
    if (timeoutSeconds > 0) {
        options.limits.totalTimeoutMs = timeoutSeconds * 1000;
        options.limits.idleTimeoutMs =
            std::min(options.limits.idleTimeoutMs, options.limits.totalTimeoutMs);
    }
    return options;
}

void printResult(const RefreshResult &r)
{
    for (const QString &problem : std::as_const(r.summary.problems))
        Cli::err() << tr("  skipped %1\n").arg(problem);
    for (const QString &permalink : std::as_const(r.summary.missingPermalinks))
        Cli::out() << tr("  gone from the source (kept): %1\n").arg(permalink);
    (r.status == RefreshStatus::Ok || r.status == RefreshStatus::Unchanged ? Cli::out()
                                                                           : Cli::err())
        << r.message()
        << tr(" [%1 ms; download %2 ms, %3 bytes]\n").arg(r.elapsedMs).arg(r.fetchMs).arg(r.bytes);
}

bool succeeded(const RefreshResult &r)
{
    return r.status == RefreshStatus::Ok || r.status == RefreshStatus::Unchanged;
}

// Credentials of a stored source: the keychain, or (--secret-stdin) standard input for this run.
Credentials credentialsFor(const Source &source, bool fromStdin)
{
    Credentials c;
    c.kind = source.auth;
    if (source.auth == AuthKind::None)
        return c;
    if (fromStdin) {
        readSecret(tr("Password or token for %1: ").arg(source.displayName()), &c.secret);
        return c;
    }
    QString error;
    if (!source.hasSecret)
        return c;
    if (!SourceSecrets().lookup(source.secretKey(), &c.secret, &error) && !error.isEmpty())
        Cli::err() << tr("lectern sources: %1\nRun again with --secret-stdin to give the "
                         "password or token for this run only.\n")
                          .arg(SourceSecrets::unavailableMessage(error));
    return c;
}

int addFolder(Library &library, const QString &path, const QString &name, bool drafts)
{
    Source source;
    source.kind = SourceKind::MarkdownFolder;
    source.location = QFileInfo(path).canonicalFilePath();
    source.name = name;
    source.title = QFileInfo(path).fileName();
    source.includeDrafts = drafts;
    QString error;
    SourceRegistry registry(library.connection());
    const qint64 id = registry.add(source, &error);
    if (!id) {
        Cli::err() << tr("lectern sources add: %1\n").arg(error);
        return Cli::BadInput;
    }
    Cli::out() << tr("added Markdown folder %1 (source %2)\n").arg(source.location).arg(id);
    SourceRefresher refresher(library, cliOptions());
    const RefreshResult r = refresher.refresh(*registry.byId(id), {});
    printResult(r);
    return succeeded(r) ? Cli::Ok : Cli::Failure;
}

int addUrl(Library &library, const QUrl &url, const QString &name, AuthKind auth,
           int refreshMinutes)
{
    Credentials credentials;
    credentials.kind = auth;
    if (auth != AuthKind::None &&
        !readSecret(auth == AuthKind::Basic ? tr("user:password for %1: ").arg(url.host())
                                            : tr("Token for %1: ").arg(url.host()),
                    &credentials.secret)) {
        Cli::err() << tr("lectern sources add: --auth %1 needs the %2 on standard input\n")
                          .arg(SourceRegistry::authName(auth),
                               auth == AuthKind::Basic ? tr("\"user:password\"") : tr("token"));
        return Cli::Usage;
    }
    if (auth == AuthKind::Basic && !credentials.secret.contains(u':')) {
        Cli::err() << tr("lectern sources add: Basic authentication needs \"user:password\" on "
                         "standard input\n");
        return Cli::Usage;
    }
    SourceRefresher refresher(library, cliOptions());
    const ProbeResult probe = refresher.probe(url, credentials);
    if (!probe.ok) {
        Cli::err() << tr("lectern sources add: %1\n").arg(probe.error);
        if (probe.needsCredentials && auth == AuthKind::None)
            Cli::err() << tr("Add it with --auth basic or --auth bearer and the secret on "
                             "standard input.\n");
        return probe.needsCredentials ? Cli::Failure : Cli::BadInput;
    }
    Source source;
    source.kind = probe.kind;
    source.location = probe.url.toString(QUrl::FullyEncoded);
    source.name = name;
    source.title = probe.title;
    source.siteUrl = probe.siteUrl.toString(QUrl::FullyEncoded);
    source.refreshMinutes = refreshMinutes;
    source.auth = auth;
    SourceRegistry registry(library.connection());
    QString error;
    const qint64 id = registry.add(source, &error);
    if (!id) {
        Cli::err() << tr("lectern sources add: %1\n").arg(error);
        return Cli::BadInput;
    }
    if (auth != AuthKind::None) {
        QString warning;
        const auto where = SourceSecrets().store(Source::secretKeyFor(source.location),
                                                 credentials.secret, &warning);
        registry.setHasSecret(id, where == SourceSecrets::Stored::InKeychain, &error);
        if (where == SourceSecrets::Stored::ForThisSession)
            Cli::err() << tr("lectern sources add: %1\n").arg(warning);
    }
    Cli::out() << tr("added %1 %2 as \"%3\" (source %4)\n")
                      .arg(SourceRegistry::kindLabel(probe.kind), source.location,
                           registry.byId(id)->displayName())
                      .arg(id);
    const RefreshResult r = refresher.importProbed(*registry.byId(id), probe);
    printResult(r);
    return succeeded(r) ? Cli::Ok : Cli::Failure;
}

QJsonObject toJson(const Source &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.displayName()},
            {QStringLiteral("kind"), s.kindName},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("site_url"), s.siteUrl},
            {QStringLiteral("refresh_minutes"), s.refreshMinutes},
            {QStringLiteral("auth"), SourceRegistry::authName(s.auth)},
            {QStringLiteral("has_secret"), s.hasSecret},
            {QStringLiteral("posts"), s.postCount},
            {QStringLiteral("missing"), s.missingCount},
            {QStringLiteral("last_refresh"), s.lastRefresh.isValid()
                                                 ? QJsonValue(s.lastRefresh.toString(Qt::ISODate))
                                                 : QJsonValue()},
            {QStringLiteral("status"), SourceRegistry::statusName(s.lastStatus)},
            {QStringLiteral("error"), s.lastError},
            {QStringLiteral("last_added"), s.lastAdded},
            {QStringLiteral("last_updated"), s.lastUpdated},
            {QStringLiteral("last_unchanged"), s.lastUnchanged},
            {QStringLiteral("last_gone"), s.lastGone},
            {QStringLiteral("last_duration_ms"), s.lastDurationMs}};
}

} // namespace

int Cli::importUrl(Library &library, const QUrl &url)
{
    const auto existing =
        SourceRegistry(library.connection()).find(url.toString(QUrl::FullyEncoded));
    if (!existing)
        return addUrl(library, url, {}, AuthKind::None, 0);
    SourceRefresher refresher(library, cliOptions());
    const RefreshResult r = refresher.refresh(*existing, credentialsFor(*existing, false));
    printResult(r);
    return succeeded(r) ? Ok : Failure;
}

int Cli::sourcesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the library's sources: Hugo indexes, RSS/Atom/JSON feeds and Markdown "
           "folders."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("add, list, refresh, fetch-articles or remove"));
    parser.addPositionalArgument(QStringLiteral("target"), tr("URL, folder or source name"),
                                 QStringLiteral("[TARGET...]"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The source's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption auth(
        QStringLiteral("auth"),
        tr("HTTP authentication: basic (\"user:password\") or bearer (a token), read from "
           "standard input."),
        QStringLiteral("KIND"));
    const QCommandLineOption every(QStringLiteral("every"),
                                   tr("Refresh the source every MINUTES in the window."),
                                   QStringLiteral("MINUTES"));
    const QCommandLineOption drafts(QStringLiteral("drafts"),
                                    tr("Markdown folders: import drafts too."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Refresh every source."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up on a download after SECONDS."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption secretStdin(
        QStringLiteral("secret-stdin"),
        tr("Read the password or token from standard input for this run only (when the "
           "keychain is not available)."));
    const QCommandLineOption delay(QStringLiteral("delay"),
                                   tr("Pause between article pages (default 1000)."),
                                   QStringLiteral("MS"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Fetch at most N articles."),
                                   QStringLiteral("N"));
    parser.addOptions({name, auth, every, drafts, json, all, timeout, secretStdin, delay, limit});
    if (const int stop = parse(parser, QStringLiteral("sources"), arguments); stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList targets = args.mid(1);
    static const QStringList actions = {QStringLiteral("add"), QStringLiteral("list"),
                                        QStringLiteral("refresh"), QStringLiteral("fetch-articles"),
                                        QStringLiteral("remove")};
    if (!actions.contains(action)) {
        err() << (action.isEmpty() ? QString()
                                   : tr("lectern sources: unknown action '%1'\n").arg(action))
              << usage();
        return Usage;
    }
    std::optional<AuthKind> authKind = AuthKind::None;
    if (parser.isSet(auth)) {
        authKind = SourceRegistry::authFromName(parser.value(auth));
        if (!authKind || *authKind == AuthKind::None) {
            err() << tr("lectern sources: --auth must be basic or bearer, not '%1'\n")
                         .arg(parser.value(auth));
            return Usage;
        }
    }
    if ((action == QLatin1String("add") || action == QLatin1String("fetch-articles") ||
         action == QLatin1String("remove")) &&
        targets.size() != 1) {
        err() << usage();
        return Usage;
    }
    if (action == QLatin1String("refresh") && targets.isEmpty() == !parser.isSet(all)) {
        err() << tr("lectern sources refresh: name the sources to refresh, or --all\n");
        return Usage;
    }
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    SourceRegistry registry(library->connection());

    if (action == QLatin1String("add")) {
        const QString target = targets.first();
        if (isUrl(target))
            return addUrl(*library, QUrl(target), parser.value(name), *authKind,
                          parser.value(every).toInt());
        if (QFileInfo(target).isDir())
            return addFolder(*library, target, parser.value(name), parser.isSet(drafts));
        err() << tr("lectern sources add: %1 is neither an http(s) address nor a folder\n")
                     .arg(target);
        return BadInput;
    }

    if (action == QLatin1String("list")) {
        const QList<Source> sources = registry.list();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const Source &s : sources)
                array.append(toJson(s));
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Ok;
        }
        if (sources.isEmpty())
            out() << tr("no sources\n");
        for (const Source &s : sources) {
            out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                         .arg(s.id)
                         .arg(s.displayName(), SourceRegistry::kindName(s.kind))
                         .arg(tr("%n post(s)", nullptr, s.postCount))
                         .arg(SourceRegistry::statusLabel(s.lastStatus), s.location);
            if (!s.lastError.isEmpty())
                out() << QStringLiteral("\t%1\n").arg(s.lastError);
        }
        return Ok;
    }

    // The rest act on named sources.
    QList<Source> chosen;
    if (parser.isSet(all)) {
        for (const Source &s : registry.list())
            if (s.isRefreshable())
                chosen << s;
    } else {
        for (const QString &t : targets) {
            const auto s = registry.find(t);
            if (!s) {
                err() << tr("lectern sources: no source named %1 (see lectern sources list)\n")
                             .arg(t);
                return BadInput;
            }
            chosen << *s;
        }
    }

    if (action == QLatin1String("remove")) {
        const Source &s = chosen.first();
        QString error;
        if (!registry.remove(s.id, &error)) {
            err() << tr("lectern sources remove: %1\n").arg(error);
            return Failure;
        }
        SourceSecrets().forget(s.secretKey(), &error);
        out() << tr("removed %1 and its %n post(s)\n", nullptr, s.postCount + s.missingCount)
                     .arg(s.displayName());
        return Ok;
    }

    if (action == QLatin1String("fetch-articles")) {
        const Source &s = chosen.first();
        RefreshOptions options = cliOptions(parser.value(timeout).toInt());
        if (parser.isSet(delay))
            options.articleDelayMs = std::max(0, parser.value(delay).toInt());
        options.progress = [](int done, int total) {
            err() << tr("\r%1/%2").arg(done).arg(total) << Qt::flush;
        };
        SourceRefresher refresher(*library, options);
        const ArticleFetchResult r = refresher.fetchArticles(
            s, credentialsFor(s, parser.isSet(secretStdin)), {}, parser.value(limit).toInt());
        if (r.candidates)
            err() << "\n";
        for (const QString &problem : std::as_const(r.problems))
            err() << tr("  %1\n").arg(problem);
        out() << tr("%1: %2\n").arg(s.displayName(), r.message());
        return r.failed || r.rateLimited ? Failure : Ok;
    }

    // refresh
    SourceRefresher refresher(*library, cliOptions(parser.value(timeout).toInt()));
    bool allOk = true;
    for (const Source &s : std::as_const(chosen)) {
        const RefreshResult r = refresher.refresh(s, credentialsFor(s, parser.isSet(secretStdin)));
        printResult(r);
        allOk = allOk && succeeded(r);
    }
    return allOk ? Ok : Failure;
}

} // namespace Lectern
