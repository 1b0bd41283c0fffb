#include "cli.h"

#include "notes/highlightanchorer.h"
#include "notes/notesexporter.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <optional>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Cli", text);
}

// Prints "lectern COMMAND: message" and returns `code`.
int complain(const QString &command, const QString &message, int code)
{
    Cli::err() << QStringLiteral("lectern %1: %2\n").arg(command, message) << Qt::flush;
    return code;
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString firstLine(const QString &text, int max = 70)
{
    QString line = text.trimmed().section(u'\n', 0, 0).simplified();
    if (line.size() > max)
        line = line.left(max - 3) + QStringLiteral("...");
    return line;
}

// A post by its permalink; as a convenience also by the unambiguous end of one (its slug,
// or category/slug), so scripts need not repeat the site's address.
std::optional<Post> findPost(const QSqlDatabase &db, const QString &text, QString *error)
{
    const PostRepository posts(db);
    const QString wanted = text.trimmed();
    if (wanted.isEmpty()) {
        *error = tr("no permalink given");
        return std::nullopt;
    }
    if (auto post = posts.byPermalink(wanted))
        return post;
    QString tail = wanted;
    while (tail.endsWith(u'/'))
        tail.chop(1);
    while (tail.startsWith(u'/'))
        tail.remove(0, 1);
    QList<PostRef> matches;
    if (!tail.isEmpty() && !tail.contains(QLatin1String("://"))) {
        for (const PostRef &ref : posts.list()) {
            QString permalink = ref.permalink;
            while (permalink.endsWith(u'/'))
                permalink.chop(1);
            if (permalink.endsWith(u'/' + tail))
                matches.append(ref);
        }
    }
    if (matches.size() == 1)
        return posts.byId(matches.first().id);
    if (matches.isEmpty()) {
        *error = tr("no post with permalink %1 in the library").arg(wanted);
    } else {
        QStringList names;
        for (const PostRef &ref : std::as_const(matches).mid(0, 5))
            names.append(ref.permalink);
        *error = tr("%1 matches %2 posts; give the whole permalink: %3")
                     .arg(wanted)
                     .arg(matches.size())
                     .arg(names.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

// The text of --text/--quote/--note: "-" reads standard input.
QString argumentText(const QString &value)
{
    if (value != QLatin1String("-"))
        return value;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

QJsonObject bookmarkJson(const Bookmark &b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("permalink"), b.permalink},
            {QStringLiteral("title"), b.title},
            {QStringLiteral("category"), b.category},
            {QStringLiteral("label"), b.label},
            {QStringLiteral("anchor"), b.anchor},
            {QStringLiteral("position"), b.position},
            {QStringLiteral("created"), isoTime(b.createdAt)}};
}

QJsonObject highlightJson(const Highlight &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("quote"), h.quote},
            {QStringLiteral("prefix"), h.prefix},
            {QStringLiteral("suffix"), h.suffix},
            {QStringLiteral("start"), h.startPos},
            {QStringLiteral("end"), h.endPos},
            {QStringLiteral("color"), h.color},
            {QStringLiteral("note"), h.note},
            {QStringLiteral("detached"), h.detached},
            {QStringLiteral("created"), isoTime(h.createdAt)}};
}

void printJson(const QJsonArray &array)
{
    Cli::out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), tr("Print JSON.")};
}

} // namespace

// lectern bookmark add|remove|list
int Cli::bookmarkCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("bookmark");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add, remove or list bookmarks."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, remove or list"));
    parser.addPositionalArgument(QStringLiteral("permalink"), tr("The post (for add and remove)."),
                                 QStringLiteral("[PERMALINK]"));
    const QCommandLineOption label(QStringLiteral("label"), tr("A label for the bookmark."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption anchor(QStringLiteral("anchor"),
                                    tr("The heading to return to (its id in the article)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption position(QStringLiteral("position"),
                                      tr("The scroll position to return to, 0 to 1."),
                                      QStringLiteral("FRACTION"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({label, anchor, position, json});
    if (const int stop = parse(parser, command, arguments); stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool needsPost = action == QLatin1String("add") || action == QLatin1String("remove");
    if (!needsPost && action != QLatin1String("list"))
        return complain(command, tr("say add, remove or list (see --help)"), Usage);
    if (args.size() != (needsPost ? 2 : 1))
        return complain(command,
                        needsPost ? tr("%1 takes one permalink").arg(action)
                                  : tr("list takes no permalink"),
                        Usage);
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    const QSqlDatabase db = library->connection();
    BookmarkRepository bookmarks(db);

    if (action == QLatin1String("list")) {
        QJsonArray array;
        for (const Bookmark &b : bookmarks.list()) {
            if (parser.isSet(json)) {
                array.append(bookmarkJson(b));
                continue;
            }
            QString where = b.permalink;
            if (!b.anchor.isEmpty())
                where += u'#' + b.anchor;
            out() << QStringLiteral("%1\t%2\t%3\t%4\n")
                         .arg(b.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              b.title, b.label.isEmpty() ? QStringLiteral("-") : b.label, where);
        }
        if (parser.isSet(json))
            printJson(array);
        return Ok;
    }

    QString error;
    const auto post = findPost(db, args.at(1), &error);
    if (!post)
        return complain(command, error, BadInput);
    if (action == QLatin1String("remove")) {
        const auto existing = bookmarks.forPost(post->id);
        if (!existing)
            return complain(command, tr("“%1” is not bookmarked").arg(post->title), BadInput);
        if (!bookmarks.remove(existing->id, &error))
            return complain(command, error, Failure);
        out() << tr("Removed the bookmark on “%1”\n").arg(post->title);
        return Ok;
    }
    double fraction = 0;
    if (parser.isSet(position)) {
        bool ok = false;
        fraction = parser.value(position).toDouble(&ok);
        if (!ok)
            return complain(
                command,
                tr("--position wants a number from 0 to 1, not “%1”").arg(parser.value(position)),
                BadInput);
    }
    const auto added =
        bookmarks.add(post->id, parser.value(label), parser.value(anchor), fraction, &error);
    if (!added)
        return complain(command, error, BadInput);
    if (parser.isSet(json))
        printJson({bookmarkJson(*added)});
    else
        out() << tr("Bookmarked “%1”\n").arg(post->title);
    return Ok;
}

// lectern note set|show|remove PERMALINK
int Cli::noteCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("note");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set, show or remove the Markdown note on a post."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, show or remove"));
    parser.addPositionalArgument(QStringLiteral("permalink"), tr("The post."));
    const QCommandLineOption text(QStringLiteral("text"),
                                  tr("The note's Markdown (for set; - reads standard input)."),
                                  QStringLiteral("MARKDOWN"));
    parser.addOption(text);
    if (const int stop = parse(parser, command, arguments); stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("set") && action != QLatin1String("show") &&
        action != QLatin1String("remove"))
        return complain(command, tr("say set, show or remove (see --help)"), Usage);
    if (args.size() != 2)
        return complain(command, tr("%1 takes one permalink").arg(action), Usage);
    if (action == QLatin1String("set") && !parser.isSet(text))
        return complain(command, tr("set needs --text"), Usage);
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    const QSqlDatabase db = library->connection();
    QString error;
    const auto post = findPost(db, args.at(1), &error);
    if (!post)
        return complain(command, error, BadInput);
    NoteRepository notes(db);

    if (action == QLatin1String("show")) {
        const auto note = notes.postNote(post->id);
        if (!note)
            return complain(command, tr("“%1” has no note").arg(post->title), BadInput);
        out() << note->body << (note->body.endsWith(u'\n') ? "" : "\n");
        return Ok;
    }
    if (action == QLatin1String("remove")) {
        const auto note = notes.postNote(post->id);
        if (!note)
            return complain(command, tr("“%1” has no note").arg(post->title), BadInput);
        if (!notes.remove(note->id, &error))
            return complain(command, error, Failure);
        out() << tr("Removed the note on “%1”\n").arg(post->title);
        return Ok;
    }
    const QString body = argumentText(parser.value(text));
    if (body.trimmed().isEmpty())
        return complain(
            command,
            tr("the note is empty (to delete it: lectern note remove %1)").arg(post->permalink),
            BadInput);
    if (!notes.setPostNote(post->id, body, &error))
        return complain(command, error, Failure);
    out() << tr("Saved the note on “%1”\n").arg(post->title);
    return Ok;
}

// lectern highlight add|list|remove
int Cli::highlightCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("highlight");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Highlight a passage of a post (found in its text), list or remove highlights."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list or remove"));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("The post's permalink (add, list) or the highlight's id "
                                    "(remove)."));
    const QCommandLineOption quote(QStringLiteral("quote"),
                                   tr("The passage, as it reads in the post (- reads standard "
                                      "input)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption prefix(QStringLiteral("prefix"),
                                    tr("Text just before the passage, when it occurs more than "
                                       "once."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption suffix(QStringLiteral("suffix"), tr("Text just after the passage."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption note(QStringLiteral("note"), tr("A Markdown note on the highlight."),
                                  QStringLiteral("MARKDOWN"));
    const QCommandLineOption color(QStringLiteral("color"),
                                   tr("yellow (default), green, blue, pink, ... or #rrggbb."),
                                   QStringLiteral("COLOR"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({quote, prefix, suffix, note, color, json});
    if (const int stop = parse(parser, command, arguments); stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list") &&
        action != QLatin1String("remove"))
        return complain(command, tr("say add, list or remove (see --help)"), Usage);
    if (args.size() != 2)
        return complain(command,
                        action == QLatin1String("remove")
                            ? tr("remove takes a highlight id")
                            : tr("%1 takes one permalink").arg(action),
                        Usage);
    if (action == QLatin1String("add") && !parser.isSet(quote))
        return complain(command, tr("add needs --quote"), Usage);
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    const QSqlDatabase db = library->connection();
    QString error;

    if (action == QLatin1String("remove")) {
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        if (!ok || id <= 0)
            return complain(command, tr("“%1” is not a highlight id").arg(args.at(1)), BadInput);
        if (!HighlightRepository(db).remove(id, &error))
            return complain(command, error, BadInput);
        out() << tr("Removed highlight %1\n").arg(id);
        return Ok;
    }

    const auto post = findPost(db, args.at(1), &error);
    if (!post)
        return complain(command, error, BadInput);
    HighlightAnchorer anchorer(db);
    if (action == QLatin1String("list")) {
        if (!anchorer.reanchorPost(post->id, nullptr, &error))
            return complain(command, error, Failure);
        QJsonArray array;
        for (const Highlight &h : HighlightRepository(db).forPost(post->id)) {
            if (parser.isSet(json)) {
                array.append(highlightJson(h));
                continue;
            }
            QString line = QStringLiteral("%1\t%2..%3\t“%4”")
                               .arg(h.id)
                               .arg(h.startPos)
                               .arg(h.endPos)
                               .arg(firstLine(h.quote));
            if (h.detached)
                line += tr("\t(detached)");
            if (!h.note.isEmpty())
                line += u'\t' + firstLine(h.note);
            out() << line << u'\n';
        }
        if (parser.isSet(json))
            printJson(array);
        return Ok;
    }

    TextQuote selection;
    selection.exact = argumentText(parser.value(quote));
    selection.prefix = parser.value(prefix);
    selection.suffix = parser.value(suffix);
    const auto added =
        anchorer.create(post->id, selection, parser.value(color), parser.value(note), &error);
    if (!added)
        return complain(command, error, BadInput);
    if (parser.isSet(json))
        printJson({highlightJson(*added)});
    else
        out() << tr("Highlighted “%1” in “%2” (highlight %3, characters %4..%5)\n")
                     .arg(firstLine(added->quote), post->title)
                     .arg(added->id)
                     .arg(added->startPos)
                     .arg(added->endPos);
    return Ok;
}

// lectern notes list [--json] [--post PERMALINK]
int Cli::notesCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("notes");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the notes on posts and highlights."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("list (the default)"),
                                 QStringLiteral("[list]"));
    const QCommandLineOption postOption(QStringLiteral("post"), tr("Only this post's notes."),
                                        QStringLiteral("PERMALINK"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({postOption, json});
    if (const int stop = parse(parser, command, arguments); stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args != QStringList{QStringLiteral("list")})
        return complain(command, tr("say list (see --help)"), Usage);
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    const QSqlDatabase db = library->connection();
    QString error;
    qint64 postId = 0;
    if (parser.isSet(postOption)) {
        const auto post = findPost(db, parser.value(postOption), &error);
        if (!post)
            return complain(command, error, BadInput);
        postId = post->id;
    }
    // Highlights quoted next to their notes are where they are now.
    ReanchorSummary summary;
    if (!HighlightAnchorer(db).reanchorStale(&summary, &error))
        return complain(command, error, Failure);

    QList<Note> notes = NoteRepository(db).list(postId);
    // Grouped by post (by title), the post's own note first, then by time.
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
        if (a.postId != b.postId) {
            const int c = a.title.compare(b.title, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.postId < b.postId;
        }
        if ((a.highlightId == 0) != (b.highlightId == 0))
            return a.highlightId == 0;
        return a.createdAt < b.createdAt;
    });
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Note &n : std::as_const(notes))
            array.append(QJsonObject{{QStringLiteral("id"), n.id},
                                     {QStringLiteral("permalink"), n.permalink},
                                     {QStringLiteral("title"), n.title},
                                     {QStringLiteral("highlight"), n.highlightId},
                                     {QStringLiteral("quote"), n.quote},
                                     {QStringLiteral("body"), n.body},
                                     {QStringLiteral("created"), isoTime(n.createdAt)},
                                     {QStringLiteral("updated"), isoTime(n.updatedAt)}});
        printJson(array);
        return Ok;
    }
    qint64 current = -1;
    for (const Note &n : std::as_const(notes)) {
        if (n.postId != current) {
            current = n.postId;
            out() << QStringLiteral("%1\t%2\n").arg(n.title, n.permalink);
        }
        if (n.highlightId)
            out() << QStringLiteral("  “%1”\t%2\n").arg(firstLine(n.quote, 50), firstLine(n.body));
        else
            out() << QStringLiteral("  %1\n").arg(firstLine(n.body));
    }
    return Ok;
}

// lectern export-notes --out DIR | --single-file FILE [--post PERMALINK]...
int Cli::exportNotesCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("export-notes");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export notes and highlights as Markdown: one file per post (--out) or one file "
           "(--single-file). Files you edited since the last export are never overwritten."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The folder to write into."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption singleOption(QStringLiteral("single-file"),
                                          tr("Write everything into this one file."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption postOption(
        QStringLiteral("post"),
        tr("Only this post (repeat for more); default: every post with "
           "notes or highlights."),
        QStringLiteral("PERMALINK"));
    parser.addOptions({outOption, singleOption, postOption});
    if (const int stop = parse(parser, command, arguments); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return complain(command,
                        tr("unexpected argument “%1”").arg(parser.positionalArguments().first()),
                        Usage);
    if (parser.isSet(outOption) == parser.isSet(singleOption))
        return complain(command, tr("give either --out DIR or --single-file FILE"), Usage);
    const auto library = openLibrary(parser);
    if (!library)
        return Failure;
    const QSqlDatabase db = library->connection();
    QString error;
    QList<qint64> ids;
    for (const QString &permalink : parser.values(postOption)) {
        const auto post = findPost(db, permalink, &error);
        if (!post)
            return complain(command, error, BadInput);
        ids.append(post->id);
    }
    NotesExporter exporter(db);
    NotesExportSummary summary;
    const bool ok = parser.isSet(outOption)
                        ? exporter.exportToFolder(QDir::cleanPath(parser.value(outOption)), ids,
                                                  &summary, &error)
                        : exporter.exportToFile(QDir::cleanPath(parser.value(singleOption)), ids,
                                                &summary, &error);
    out() << summary.report() << u'\n' << Qt::flush;
    if (!ok)
        return complain(command, error, Failure);
    return Ok;
}

} // namespace Lectern
