#include "notes/notesexporter.h"

#include "notes/highlightanchorer.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <optional>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::NotesExporter", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Ids are UUIDv5 of the permalink in this namespace: the same post gets the same id in every
// library and every export.
const QUuid idNamespace(QStringLiteral("{6f1d3c1e-5b7a-4f3e-9a57-2c1d8e4b9a10}"));

const QLatin1String exportedKey("exported:");
const QLatin1String idKey("lectern-id:");
const QLatin1String checksumKey("lectern-checksum:");
const QLatin1String besideSuffix(".lectern-new");

QString lecternId(const QString &seed)
{
    return QUuid::createUuidV5(idNamespace, seed).toString(QUuid::WithoutBraces);
}

// A YAML double-quoted scalar: always quoted, so no title can turn into a number, a date,
// a list or a key.
QString yamlString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

// Plain text as Markdown that renders as exactly that text: every ASCII punctuation mark
// CommonMark or GFM could read as syntax is backslash-escaped, and so are Obsidian's own
// (#tags, $math$, ^block ids, ==highlights==, %%comments%%). `lineStart`: the text begins a
// line, where list markers and headings start.
QString escapeText(QStringView text, bool lineStart)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '~':
        case '|':
        case '&':
        case '#':
        case '$':
        case '^':
            out += u'\\';
            out += c;
            break;
        case '=':
        case '%':
            if ((i + 1 < text.size() && text.at(i + 1) == c) || (i > 0 && text.at(i - 1) == c))
                out += u'\\';
            out += c;
            break;
        case '\t':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    if (lineStart && !out.isEmpty()) {
        if (out.startsWith(u'-') || out.startsWith(u'+') || out.startsWith(u'='))
            out.prepend(u'\\');
        static const QRegularExpression ordered(QStringLiteral("^(\\d{1,9})([.)])"));
        if (const auto m = ordered.match(out); m.hasMatch())
            out.insert(m.capturedEnd(1), u'\\');
    }
    return out;
}

// A passage of the post's text as a block quote: its paragraphs ('\n' ends one) as quoted
// paragraphs.
QString blockQuote(const QString &text)
{
    QStringList paragraphs;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        const QString simple = line.toString().simplified();
        if (!simple.isEmpty())
            paragraphs.append(QStringLiteral("> ") + escapeText(simple, true));
    }
    return paragraphs.join(QStringLiteral("\n>\n"));
}

// The user's Markdown as written, with its line ends made Unix and no blank lines around it.
QString noteMarkdown(QString body)
{
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    body.replace(u'\r', u'\n');
    while (!body.isEmpty() && body.back().isSpace())
        body.chop(1);
    while (body.startsWith(u'\n'))
        body.remove(0, 1);
    return body;
}

// Obsidian tags: letters, digits, '_', '-', '/'; no spaces.
QString tagName(const QString &tag)
{
    QString out;
    for (const QChar c : tag.trimmed())
        out += (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'/') ? c : u'-';
    return out;
}

struct PostData
{
    Post post;
    QStringList tags;
    QString note;
    QList<Highlight> placed;
    QList<Highlight> detached;
    QString id;
    bool isEmpty() const { return note.isEmpty() && placed.isEmpty() && detached.isEmpty(); }
};

QString section(const PostData &d)
{
    QStringList blocks;
    blocks.append(QStringLiteral("# ") + escapeText(d.post.title.simplified(), false));
    blocks.append(tr("Source: <%1>").arg(QUrl(d.post.permalink).toString(QUrl::FullyEncoded)));
    if (!d.note.isEmpty())
        blocks.append(d.note);
    const auto highlight = [&](const Highlight &h, const QString &link) {
        blocks.append(blockQuote(h.quote));
        blocks.append(QStringLiteral("^hl-%1").arg(h.id));
        const QString note = noteMarkdown(h.note);
        if (!note.isEmpty())
            blocks.append(note);
        blocks.append(link);
    };
    if (!d.placed.isEmpty()) {
        blocks.append(tr("## Highlights"));
        for (const Highlight &h : d.placed)
            highlight(h, QStringLiteral("[%1](%2)")
                             .arg(tr("Open this passage in the post"),
                                  NotesExporter::passageLink(d.post.permalink, d.post.content,
                                                             h.startPos, h.endPos)));
    }
    if (!d.detached.isEmpty()) {
        blocks.append(tr("## Detached highlights"));
        blocks.append(tr("*These passages are no longer in the post's text; they are kept as they "
                         "were.*"));
        for (const Highlight &h : d.detached)
            highlight(h, QStringLiteral("[%1](%2)")
                             .arg(tr("Open the post"),
                                  QUrl(d.post.permalink).toString(QUrl::FullyEncoded)));
    }
    return blocks.join(QStringLiteral("\n\n")) + u'\n';
}

QString frontMatter(const QStringList &fields, const QString &id)
{
    return QStringLiteral("---\n") + fields.join(u'\n') + u'\n' + exportedKey +
           QStringLiteral(" \n") + idKey + u' ' + yamlString(id) + u'\n' + checksumKey +
           QStringLiteral(" \n---\n\n");
}

QString postDocument(const PostData &d)
{
    QStringList fields{
        QStringLiteral("title: ") + yamlString(d.post.title),
        QStringLiteral("source: ") + yamlString(d.post.permalink),
    };
    if (!d.post.category.isEmpty())
        fields.append(QStringLiteral("category: ") + yamlString(d.post.category));
    if (d.post.seriesId) {
        fields.append(QStringLiteral("series: ") + yamlString(d.post.seriesName));
        fields.append(QStringLiteral("part: %1").arg(d.post.seriesPosition));
    }
    if (d.tags.isEmpty()) {
        fields.append(QStringLiteral("tags: []"));
    } else {
        fields.append(QStringLiteral("tags:"));
        for (const QString &tag : d.tags)
            fields.append(QStringLiteral("  - ") + yamlString(tag));
    }
    return frontMatter(fields, d.id) + section(d);
}

// The document with the values of the exported time and the checksum left out: what the
// checksum covers.
QString canonical(const QString &document)
{
    QStringList lines = document.split(u'\n');
    if (lines.isEmpty() || lines.first() != QLatin1String("---"))
        return document;
    for (qsizetype i = 1; i < lines.size() && lines.at(i) != QLatin1String("---"); ++i) {
        if (lines.at(i).startsWith(exportedKey))
            lines[i] = exportedKey;
        else if (lines.at(i).startsWith(checksumKey))
            lines[i] = checksumKey;
    }
    return lines.join(u'\n');
}

QString checksum(const QString &document)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical(document).toUtf8(), QCryptographicHash::Sha256)
                   .toHex());
}

// Fills in the exported time and the checksum.
QString finished(const QString &document, const QString &time)
{
    QStringList lines = document.split(u'\n');
    const QString sum = checksum(document);
    for (qsizetype i = 1; i < lines.size() && lines.at(i) != QLatin1String("---"); ++i) {
        if (lines.at(i).startsWith(exportedKey))
            lines[i] = exportedKey + u' ' + time;
        else if (lines.at(i).startsWith(checksumKey))
            lines[i] = checksumKey + u' ' + yamlString(sum);
    }
    return lines.join(u'\n');
}

// What an existing file says about itself.
struct Existing
{
    QString id;       // its lectern-id, empty when it is not a Lectern export
    QString recorded; // the checksum it carries
    QString actual;   // the checksum of what it holds now
    bool edited() const { return recorded != actual; }
};

QString unquoted(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    return value.toString();
}

Existing inspect(const QString &text)
{
    Existing e;
    e.actual = checksum(text);
    const QStringList lines = text.split(u'\n');
    if (lines.isEmpty() || lines.first() != QLatin1String("---"))
        return e;
    for (qsizetype i = 1; i < lines.size() && lines.at(i) != QLatin1String("---"); ++i) {
        if (lines.at(i).startsWith(idKey))
            e.id = unquoted(QStringView(lines.at(i)).mid(idKey.size()));
        else if (lines.at(i).startsWith(checksumKey))
            e.recorded = unquoted(QStringView(lines.at(i)).mid(checksumKey.size()));
    }
    return e;
}

QString besidePath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + besideSuffix + QStringLiteral(".md"));
}

} // namespace

// One export: the time it writes and the summary it fills.
struct NotesExporter::Result
{
    QString time;
    NotesExportSummary *summary;
    QString *error;

    enum class Outcome
    {
        Written,
        Unchanged,
        Skipped,
        Taken, // the file is not this document's (another post's, or not Lectern's)
        Failed
    };

    bool write(const QString &path, const QString &document)
    {
        QSaveFile file(path);
        const QByteArray bytes = finished(document, time).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(
                error,
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return true;
    }

    // Puts `document` (with id `id`) at `path` following the re-export rules, without
    // recording anything; `skipReason` says why when it returns Skipped.
    Outcome place(const QString &path, const QString &document, const QString &id,
                  QString *skipReason, QString *beside, bool mayGoBeside)
    {
        QFile existing(path);
        if (!existing.exists())
            return write(path, document) ? Outcome::Written : Outcome::Failed;
        if (!existing.open(QIODevice::ReadOnly)) {
            *skipReason = tr("cannot be read: %1").arg(existing.errorString());
            return Outcome::Skipped;
        }
        const Existing e = inspect(QString::fromUtf8(existing.readAll()));
        existing.close();
        if (e.id != id)
            return Outcome::Taken;
        const QString fresh = checksum(document);
        if (!e.edited()) {
            if (e.recorded == fresh)
                return Outcome::Unchanged;
            return write(path, document) ? Outcome::Written : Outcome::Failed;
        }
        if (e.recorded == fresh) {
            *skipReason = tr("edited since the last export; Lectern has nothing new for it");
            return Outcome::Skipped;
        }
        if (!mayGoBeside) {
            *skipReason = tr("edited since the last export");
            return Outcome::Skipped;
        }
        const QString other = besidePath(path);
        QString otherReason, unused;
        switch (place(other, document, id, &otherReason, &unused, false)) {
        case Outcome::Written:
        case Outcome::Unchanged:
            *beside = other;
            *skipReason = tr("edited since the last export; Lectern's new version is beside it");
            return Outcome::Skipped;
        case Outcome::Failed:
            return Outcome::Failed;
        default:
            *skipReason = tr("edited since the last export, and %1 is taken or edited too; "
                             "nothing written")
                              .arg(QFileInfo(other).fileName());
            return Outcome::Skipped;
        }
    }

    // place() with the outcome recorded. `alternative` is where the document goes when the
    // name is taken (empty: beside the file).
    bool record(const QString &path, const QString &document, const QString &id,
                const QString &alternative)
    {
        QString reason, beside;
        Outcome outcome = place(path, document, id, &reason, &beside, true);
        QString where = path;
        if (outcome == Outcome::Taken) {
            const QString second = alternative.isEmpty() ? besidePath(path) : alternative;
            outcome = place(second, document, id, &reason, &beside, true);
            if (outcome == Outcome::Taken) {
                summary->skipped.append(
                    {path,
                     tr("the name is taken by a file that is not this export (and so is %1); "
                        "nothing written")
                         .arg(QFileInfo(second).fileName()),
                     {}});
                return true;
            }
            if (alternative.isEmpty() && outcome != Outcome::Failed) {
                // A single file whose name holds something else: it stays, ours goes beside.
                if (outcome == Outcome::Skipped)
                    summary->skipped.append(
                        {path,
                         tr("not a Lectern notes export; nothing written (%1: %2)")
                             .arg(QFileInfo(second).fileName(), reason),
                         {}});
                else
                    summary->skipped.append(
                        {path, tr("not a Lectern notes export; Lectern's version is beside it"),
                         second});
                return true;
            }
            where = second;
        }
        switch (outcome) {
        case Outcome::Written:
            summary->written.append(where);
            return true;
        case Outcome::Unchanged:
            summary->unchanged.append(where);
            return true;
        case Outcome::Skipped:
            summary->skipped.append({where, reason, beside});
            return true;
        default:
            return false;
        }
    }

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::NotesExporter::Result)
};

QString NotesExportSummary::text() const
{
    return tr("%1 written, %2 unchanged, %3 skipped")
        .arg(written.size())
        .arg(unchanged.size())
        .arg(skipped.size());
}

QString NotesExportSummary::report() const
{
    QStringList lines{text()};
    for (const QString &path : written)
        lines.append(tr("written: %1").arg(QDir::toNativeSeparators(path)));
    for (const QString &path : unchanged)
        lines.append(tr("unchanged: %1").arg(QDir::toNativeSeparators(path)));
    for (const NotesExportSkip &s : skipped)
        lines.append(s.besidePath.isEmpty()
                         ? tr("skipped: %1 (%2)").arg(QDir::toNativeSeparators(s.path), s.reason)
                         : tr("skipped: %1 (%2: %3)")
                               .arg(QDir::toNativeSeparators(s.path), s.reason,
                                    QDir::toNativeSeparators(s.besidePath)));
    for (const QString &title : nothingToExport)
        lines.append(tr("no notes or highlights: %1").arg(title));
    return lines.join(u'\n');
}

NotesExporter::NotesExporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString NotesExporter::exportTime() const
{
    QDateTime t = (m_time.isValid() ? m_time : QDateTime::currentDateTimeUtc()).toUTC();
    t.setMSecsSinceEpoch(t.toSecsSinceEpoch() * 1000);
    return t.toString(Qt::ISODate);
}

QList<qint64> NotesExporter::postsWithNotes() const
{
    Sql q(m_db, "SELECT p.id FROM posts p WHERE p.id IN (SELECT post_id FROM notes UNION "
                "SELECT post_id FROM highlights) ORDER BY p.title COLLATE NOCASE, p.permalink");
    QList<qint64> ids;
    if (q.exec())
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

namespace {

// The posts to export, each with its marks, in a stable order (by permalink).
bool loadPosts(const QSqlDatabase &db, QList<qint64> ids, bool explicitIds, QList<PostData> *out,
               QStringList *nothing, QString *error)
{
    HighlightAnchorer anchorer(db);
    const PostRepository posts(db);
    const NoteRepository notes(db);
    const HighlightRepository highlights(db);
    for (qint64 id : std::as_const(ids)) {
        auto post = posts.byId(id);
        if (!post)
            return fail(error, tr("no post with id %1 in the library").arg(id));
        // Highlights are exported where they are now, not where an older text had them.
        if (!anchorer.reanchorPost(id, nullptr, error))
            return false;
        PostData d;
        d.post = std::move(*post);
        d.id = lecternId(d.post.permalink);
        if (const auto note = notes.postNote(id))
            d.note = noteMarkdown(note->body);
        for (const Highlight &h : highlights.forPost(id))
            (h.detached ? d.detached : d.placed).append(h);
        Sql tags(db, "SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id "
                     "WHERE pt.post_id = ? ORDER BY t.name COLLATE NOCASE");
        if (tags.exec({id}))
            while (tags.next())
                d.tags.append(tagName(tags.value(0).toString()));
        d.tags.removeAll(QString());
        if (d.isEmpty()) {
            if (explicitIds)
                nothing->append(d.post.title);
            continue;
        }
        out->append(std::move(d));
    }
    std::sort(out->begin(), out->end(), [](const PostData &a, const PostData &b) {
        return a.post.permalink < b.post.permalink;
    });
    return true;
}

bool prepareFolder(const QString &folder, QString *error)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return fail(error, tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder)));
    if (!QDir().mkpath(folder))
        return fail(error, tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
    if (!QFileInfo(folder).isWritable())
        return fail(error,
                    tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(folder)));
    return true;
}

} // namespace

bool NotesExporter::exportToFolder(const QString &folder, const QList<qint64> &postIds,
                                   NotesExportSummary *summary, QString *error)
{
    NotesExportSummary local;
    NotesExportSummary *s = summary ? summary : &local;
    if (folder.trimmed().isEmpty())
        return fail(error, tr("no folder to export to"));
    QList<PostData> posts;
    if (!loadPosts(m_db, postIds.isEmpty() ? postsWithNotes() : postIds, !postIds.isEmpty(), &posts,
                   &s->nothingToExport, error))
        return false;
    if (!prepareFolder(folder, error))
        return false;
    const QDir dir(folder);
    Result run{exportTime(), s, error};
    for (const PostData &d : std::as_const(posts)) {
        const QString stem = fileStem(d.post.permalink);
        const QString document = postDocument(d);
        if (!run.record(dir.filePath(stem + QStringLiteral(".md")), document, d.id,
                        dir.filePath(stem + u'-' + d.id.left(8) + QStringLiteral(".md"))))
            return false;
    }
    return true;
}

bool NotesExporter::exportToFile(const QString &file, const QList<qint64> &postIds,
                                 NotesExportSummary *summary, QString *error)
{
    NotesExportSummary local;
    NotesExportSummary *s = summary ? summary : &local;
    if (file.trimmed().isEmpty())
        return fail(error, tr("no file to export to"));
    if (QFileInfo(file).isDir())
        return fail(error, tr("%1 is a folder, not a file").arg(QDir::toNativeSeparators(file)));
    QList<PostData> posts;
    if (!loadPosts(m_db, postIds.isEmpty() ? postsWithNotes() : postIds, !postIds.isEmpty(), &posts,
                   &s->nothingToExport, error))
        return false;
    if (!prepareFolder(QFileInfo(file).absolutePath(), error))
        return false;
    std::sort(posts.begin(), posts.end(), [](const PostData &a, const PostData &b) {
        const int c = a.post.title.compare(b.post.title, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.post.permalink < b.post.permalink;
    });
    QStringList sections;
    for (const PostData &d : std::as_const(posts))
        sections.append(section(d));
    const QString id = lecternId(QStringLiteral("lectern:notes-export"));
    const QString document =
        frontMatter({QStringLiteral("title: ") + yamlString(tr("Notes from Lectern")),
                     QStringLiteral("posts: %1").arg(posts.size())},
                    id) +
        sections.join(u'\n');
    Result run{exportTime(), s, error};
    return run.record(file, document, id, QString());
}

QString NotesExporter::fileStem(const QString &permalink)
{
    const QUrl url(permalink);
    QString segment;
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    segment = parts.isEmpty() ? url.host() : parts.last();
    if (segment.endsWith(QLatin1String(".html")) || segment.endsWith(QLatin1String(".htm")))
        segment = segment.left(segment.lastIndexOf(u'.'));
    QString stem;
    for (const QChar c : std::as_const(segment)) {
        const bool keep = c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
        if (keep)
            stem += c;
        else if (!stem.endsWith(u'-'))
            stem += u'-';
    }
    while (stem.startsWith(u'-') || stem.startsWith(u'.'))
        stem.remove(0, 1);
    stem = stem.left(80);
    while (stem.endsWith(u'-') || stem.endsWith(u'.'))
        stem.chop(1);
    if (stem.isEmpty())
        stem = QStringLiteral("post");
    // Names Windows reserves for devices.
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com\\d|lpt\\d)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(stem).hasMatch())
        stem += QStringLiteral("-post");
    return stem;
}

QString NotesExporter::passageLink(const QString &permalink, const QString &content, int start,
                                   int end)
{
    const int n = int(content.size());
    start = std::clamp(start, 0, n);
    end = std::clamp(end, start, n);
    // Browsers match text fragments on whole words: widen the passage to them.
    const auto isWord = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    while (start > 0 && start < n && isWord(content.at(start - 1)) && isWord(content.at(start)))
        --start;
    while (end < n && end > 0 && isWord(content.at(end - 1)) && isWord(content.at(end)))
        ++end;
    const QString passage = content.mid(start, end - start);
    const QStringList words = passage.simplified().split(u' ', Qt::SkipEmptyParts);
    QUrl url(permalink);
    const QString base = url.toString(QUrl::FullyEncoded);
    if (words.isEmpty())
        return base;

    // Short passages in one paragraph are quoted whole; others by their first and last words
    // (textStart,textEnd), which also spans paragraphs.
    QString textStart = words.join(u' ');
    QString textEnd;
    if (words.size() > 10 || passage.contains(u'\n')) {
        const int k = int(std::min<qsizetype>(5, std::max<qsizetype>(1, words.size() / 2)));
        textStart = words.mid(0, k).join(u' ');
        textEnd = words.mid(words.size() - k).join(u' ');
    }
    // Context words only where the start alone is ambiguous; they come from the same paragraph.
    QString prefix, suffix;
    const QString flat = content.simplified();
    if (flat.count(textStart, Qt::CaseInsensitive) > 1) {
        const qsizetype lineStart = content.lastIndexOf(u'\n', std::max(0, start - 1)) + 1;
        const QStringList before =
            content.mid(lineStart, start - lineStart).simplified().split(u' ', Qt::SkipEmptyParts);
        prefix = before.mid(std::max<qsizetype>(0, before.size() - 3)).join(u' ');
        qsizetype lineEnd = content.indexOf(u'\n', end);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringList after =
            content.mid(end, lineEnd - end).simplified().split(u' ', Qt::SkipEmptyParts);
        suffix = after.mid(0, 3).join(u' ');
    }
    // Percent-encode everything but unreserved characters, and '-' too: in a text directive
    // '-', ',' and '&' are syntax.
    const auto encode = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s, QByteArray(), "-"));
    };
    QString directive = QStringLiteral(":~:text=");
    if (!prefix.isEmpty())
        directive += encode(prefix) + QStringLiteral("-,");
    directive += encode(textStart);
    if (!textEnd.isEmpty())
        directive += u',' + encode(textEnd);
    if (!suffix.isEmpty())
        directive += QStringLiteral(",-") + encode(suffix);
    return base + (url.hasFragment() ? QString() : QStringLiteral("#")) + directive;
}

} // namespace Lectern
