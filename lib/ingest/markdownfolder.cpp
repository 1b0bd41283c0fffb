#include "ingest/markdownfolder.h"

#include "ingest/feedparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::MarkdownFolder", text);
}

// A post larger than this is not a blog post but a mistake (a log, a dump): refused, not read.
constexpr qint64 maxFileSize = 16LL * 1024 * 1024;

// The file's text, or why it is not a text Lectern can take: Markdown files are UTF-8 (a byte
// order mark is dropped); anything else would be stored with U+FFFD or NUL characters in it.
QString decodeDocument(const QByteArray &data, QString *document)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.mid(3);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return tr("is UTF-16 text; save it as UTF-8");
    if (bytes.trimmed().isEmpty())
        return tr("is empty");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *document = decoder(bytes);
    if (decoder.hasError()) {
        // The line of the first bad sequence, for the message (UTF-8 never splits across '\n').
        qsizetype line = 1;
        for (qsizetype from = 0; from < bytes.size(); ++line) {
            qsizetype end = bytes.indexOf('\n', from);
            end = end < 0 ? bytes.size() : end;
            QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = one(bytes.sliced(from, end - from));
            if (one.hasError())
                break;
            from = end + 1;
        }
        return tr("is not valid UTF-8 (an invalid byte sequence on line %1)").arg(line);
    }
    for (qsizetype i = 0; i < document->size(); ++i) {
        const char16_t c = document->at(i).unicode();
        if (c == 0)
            return tr("contains a NUL character (line %1): it is binary, not Markdown")
                .arg(document->first(i).count(u'\n') + 1);
        if (c < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f')
            return tr("contains the control character U+%1 (line %2)")
                .arg(int(c), 4, 16, QLatin1Char('0'))
                .arg(document->first(i).count(u'\n') + 1);
    }
    return {};
}

// ---- Scalars and lists, as Hugo's YAML and TOML front matter write them ---------------------

QString unquote(const QString &raw)
{
    const QString s = raw.trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"')) {
        QString out;
        for (qsizetype i = 1; i < s.size() - 1; ++i) {
            QChar c = s.at(i);
            if (c == u'\\' && i + 1 < s.size() - 1) {
                const QChar n = s.at(++i);
                c = n == u'n' ? QChar(u'\n') : n == u't' ? QChar(u'\t') : n;
            }
            out += c;
        }
        return out;
    }
    if (s.size() >= 2 && s.startsWith(u'\'') && s.endsWith(u'\''))
        return s.mid(1, s.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return s;
}

// A trailing " # comment" outside quotes goes.
QString withoutComment(const QString &value)
{
    QChar quote;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#' && (i == 0 || value.at(i - 1).isSpace())) {
            return value.left(i).trimmed();
        }
    }
    return value.trimmed();
}

// "[a, "b, c", 'd']" -> a | b, c | d
QStringList parseList(const QString &inline_)
{
    QString s = inline_.trimmed();
    if (s.startsWith(u'['))
        s.remove(0, 1);
    if (s.endsWith(u']'))
        s.chop(1);
    QStringList out;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == u'\\' && quote == u'"' && i + 1 < s.size())
                current += s.at(++i);
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            current += c;
        } else if (c == u',') {
            if (!unquote(current).isEmpty())
                out << unquote(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!unquote(current).isEmpty())
        out << unquote(current);
    return out;
}

bool isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("on");
}

struct RawValue
{
    QString scalar;
    QStringList list;
    bool isList = false;
};

void apply(FrontMatter *fm, const QString &keyIn, const RawValue &v)
{
    const QString key = keyIn.toLower();
    const QStringList list = v.isList             ? v.list
                             : v.scalar.isEmpty() ? QStringList()
                                                  : QStringList{v.scalar};
    fm->values.insert(key, v.isList ? v.list.join(u'\n') : v.scalar);
    const QString first = list.value(0);
    if (key == QLatin1String("title"))
        fm->title = first;
    else if ((key == QLatin1String("date") || key == QLatin1String("publishdate") ||
              key == QLatin1String("pubdate")) &&
             !fm->date.isValid())
        fm->date = FeedParser::parseDate(first);
    else if (key == QLatin1String("tags") || key == QLatin1String("keywords"))
        fm->tags += list;
    else if (key == QLatin1String("categories") || key == QLatin1String("category"))
        fm->categories += list;
    else if (key == QLatin1String("series"))
        fm->series += list;
    else if (key == QLatin1String("draft"))
        fm->draft = isTrue(first);
    else if (key == QLatin1String("slug"))
        fm->slug = first;
    else if (key == QLatin1String("url") || key == QLatin1String("permalink"))
        fm->url = first;
    else if ((key == QLatin1String("summary") || key == QLatin1String("description")) &&
             fm->summary.isEmpty())
        fm->summary = first;
    else if ((key == QLatin1String("author") || key == QLatin1String("authors")) &&
             fm->author.isEmpty())
        fm->author = first;
}

bool parseYaml(const QStringList &lines, int firstLine, FrontMatter *fm, QString *error)
{
    static const QRegularExpression keyValue(
        QStringLiteral("^([A-Za-z0-9_.-]+)\\s*:(?:\\s+(.*))?$"));
    QString key;        // the last top-level key
    RawValue value;     // its value so far
    bool block = false; // a '|' or '>' block scalar
    bool pending = false;
    const auto finish = [&] {
        if (pending)
            apply(fm, key, value);
        pending = false;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const bool indented = line.at(0).isSpace();
        if (indented || trimmed.startsWith(QLatin1String("- ")) || trimmed == u'-') {
            if (!pending)
                continue;
            if (block) {
                value.scalar +=
                    (value.scalar.isEmpty() ? QString() : QStringLiteral("\n")) + trimmed;
            } else if (trimmed.startsWith(u'-') && (value.isList || value.scalar.isEmpty())) {
                value.isList = true;
                const QString item = unquote(withoutComment(trimmed.mid(1)));
                if (!item.isEmpty())
                    value.list << item;
            }
            // else: a nested map (params:, cover:, ...) that Lectern does not read
            continue;
        }
        const auto m = keyValue.match(line);
        if (!m.hasMatch()) {
            *error = tr("front matter line %1 is not \"key: value\": %2")
                         .arg(firstLine + i)
                         .arg(trimmed.left(60));
            return false;
        }
        finish();
        key = m.captured(1);
        value = {};
        pending = true;
        block = false;
        const QString rest = withoutComment(m.captured(2));
        if (rest.startsWith(u'|') || rest.startsWith(u'>'))
            block = true;
        else if (rest.startsWith(u'[')) {
            value.isList = true;
            value.list = parseList(rest);
        } else
            value.scalar = unquote(rest);
    }
    finish();
    return true;
}

bool parseToml(const QStringList &lines, int firstLine, FrontMatter *fm, QString *error)
{
    static const QRegularExpression keyValue(
        QStringLiteral("^\\s*([A-Za-z0-9_-]+|\"[^\"]+\")\\s*=\\s*(.*)$"));
    bool inTable = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (trimmed.startsWith(u'[')) { // [params], [[cascade]]: keys below are not the page's
            inTable = true;
            continue;
        }
        const auto m = keyValue.match(lines.at(i));
        if (!m.hasMatch()) {
            *error = tr("front matter line %1 is not \"key = value\": %2")
                         .arg(firstLine + i)
                         .arg(trimmed.left(60));
            return false;
        }
        QString rest = withoutComment(m.captured(2));
        // A list may run over several lines: read up to its closing bracket.
        if (rest.startsWith(u'[')) {
            while (rest.count(u'[') > rest.count(u']') && i + 1 < lines.size())
                rest += u' ' + withoutComment(lines.at(++i));
        } else if (rest.startsWith(QLatin1String("\"\"\"")) ||
                   rest.startsWith(QLatin1String("'''"))) {
            const QString fence = rest.left(3);
            QString text = rest.mid(3);
            while (!text.contains(fence) && i + 1 < lines.size())
                text += u'\n' + lines.at(++i);
            rest = u'"' + text.left(text.indexOf(fence)).trimmed() + u'"';
        }
        if (inTable)
            continue;
        RawValue value;
        if (rest.startsWith(u'[')) {
            value.isList = true;
            value.list = parseList(rest);
        } else {
            value.scalar = unquote(rest);
        }
        apply(fm, unquote(m.captured(1)), value);
    }
    return true;
}

// ---- cmark-gfm -----------------------------------------------------------------------------

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

// ---- Paths and permalinks ----------------------------------------------------------------

QString urlize(const QString &part)
{
    QString s = part.trimmed().toLower();
    s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral("-"));
    return s;
}

// baseURL from a Hugo or Jekyll config beside the content folder (or one or two levels up).
QUrl configBaseUrl(const QString &folder)
{
    static const QRegularExpression hugo(
        QStringLiteral("^\\s*baseURL\\s*[:=]\\s*[\"']?([^\"'\\s#]+)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jekyllUrl(QStringLiteral("^url\\s*:\\s*[\"']?([^\"'\\s#]+)"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression jekyllBase(
        QStringLiteral("^baseurl\\s*:\\s*[\"']?([^\"'\\s#]*)"),
        QRegularExpression::MultilineOption);
    QDir dir(folder);
    for (int up = 0; up < 3; ++up) {
        for (const char *name : {"hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml",
                                 "config.yml", "_config.yml"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.read(256 * 1024));
            QString found;
            if (const auto m = hugo.match(text); m.hasMatch())
                found = m.captured(1);
            else if (const auto j = jekyllUrl.match(text); j.hasMatch())
                found = j.captured(1) + jekyllBase.match(text).captured(1);
            const QUrl url(found);
            if (url.isValid() &&
                (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
                return url;
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

} // namespace

MarkdownFolder::MarkdownFolder(QString folder, MarkdownFolderOptions options)
    : m_folder(std::move(folder))
    , m_options(std::move(options))
{}

bool MarkdownFolder::parseFrontMatter(const QString &documentIn, FrontMatter *fm, QString *body,
                                      QString *error)
{
    *fm = {};
    QString document = documentIn;
    if (document.startsWith(QChar(0xFEFF)))
        document.remove(0, 1);
    document.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const qsizetype firstEnd = document.indexOf(u'\n');
    const QString first = document.left(firstEnd < 0 ? document.size() : firstEnd).trimmed();
    if (first != QLatin1String("---") && first != QLatin1String("+++")) {
        *body = document;
        return true;
    }
    const bool toml = first == QLatin1String("+++");
    const QStringList lines = document.split(u'\n');
    int close = -1;
    for (int i = 1; i < lines.size(); ++i) {
        const QString t = lines.at(i).trimmed();
        if (t == first || (!toml && t == QLatin1String("..."))) {
            close = i;
            break;
        }
    }
    if (close < 0) {
        *error = tr("the front matter opened with \"%1\" on line 1 is never closed").arg(first);
        return false;
    }
    const QStringList header = lines.mid(1, close - 1);
    if (!(toml ? parseToml(header, 2, fm, error) : parseYaml(header, 2, fm, error)))
        return false;
    *body = lines.mid(close + 1).join(u'\n');
    fm->tags.removeDuplicates();
    fm->categories.removeDuplicates();
    return true;
}

QString MarkdownFolder::renderMarkdown(const QString &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    const int options = CMARK_OPT_UNSAFE | CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : {"table", "strikethrough", "autolink"})
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
    if (!root)
        return {};
    char *html =
        cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    const QString out = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return out;
}

bool MarkdownFolder::scan(FolderScan *scan, QString *error) const
{
    QStringList origins; // the file of each post, for messages
    *scan = {};
    QFileInfo info(m_folder);
    if (!info.exists()) {
        *error = tr("%1: no such folder").arg(m_folder);
        return false;
    }
    if (!info.isDir()) {
        *error = tr("%1 is a file, not a folder of Markdown posts").arg(m_folder);
        return false;
    }
    if (!info.isReadable()) {
        *error = tr("%1 cannot be read").arg(m_folder);
        return false;
    }
    QDir root(info.absoluteFilePath());
    // A site folder with its content/ beside the config: read content/.
    if (root.exists(QStringLiteral("content")) && !root.exists(QStringLiteral("_index.md")) &&
        configBaseUrl(root.absolutePath()).isValid())
        root.cd(QStringLiteral("content"));
    scan->baseUrl =
        m_options.baseUrl.isValid() ? m_options.baseUrl : configBaseUrl(root.absolutePath());

    QStringList files;
    QDirIterator it(root.absolutePath(), {QStringLiteral("*.md"), QStringLiteral("*.markdown")},
                    QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    static const QRegularExpression jekyllName(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})-(.+)$"));
    for (const QString &path : std::as_const(files)) {
        const QString relative = root.relativeFilePath(path);
        QStringList dirs = relative.split(u'/');
        const QString fileName = dirs.takeLast();
        // Hidden folders, theme/layout folders and section list pages are not posts.
        if (fileName.startsWith(u'.') ||
            std::any_of(dirs.cbegin(), dirs.cend(), [](const QString &d) {
                return d.startsWith(u'.') || d == QLatin1String("node_modules");
            }))
            continue;
        const QString stem = QFileInfo(fileName).completeBaseName();
        if (stem == QLatin1String("_index"))
            continue;
        scan->files << path;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            scan->problems << tr("%1: cannot be read: %2").arg(relative, f.errorString());
            continue;
        }
        if (f.size() > maxFileSize) {
            scan->problems << tr("%1: is %2, larger than the %3 a Markdown post may be")
                                  .arg(relative, QLocale().formattedDataSize(f.size()),
                                       QLocale().formattedDataSize(maxFileSize));
            continue;
        }
        QString document;
        if (const QString why = decodeDocument(f.readAll(), &document); !why.isEmpty()) {
            scan->problems << tr("%1: %2").arg(relative, why);
            continue;
        }
        FrontMatter fm;
        QString body;
        QString why;
        if (!parseFrontMatter(document, &fm, &body, &why)) {
            scan->problems << tr("%1: %2").arg(relative, why);
            continue;
        }
        const bool jekyllDraft = dirs.contains(QLatin1String("_drafts"));
        if ((fm.draft || jekyllDraft) && !m_options.includeDrafts) {
            ++scan->drafts;
            continue;
        }
        // The path Hugo gives the page: folders, then the slug.
        dirs.removeAll(QLatin1String("_posts"));
        dirs.removeAll(QLatin1String("_drafts"));
        QString slug = stem;
        QDateTime date = fm.date;
        if (stem == QLatin1String("index") && !dirs.isEmpty())
            slug = dirs.takeLast(); // a page bundle: the folder is the page
        if (const auto m = jekyllName.match(slug); m.hasMatch()) {
            if (!date.isValid())
                date = FeedParser::parseDate(m.captured(1));
            slug = m.captured(2);
        }
        if (!fm.slug.isEmpty())
            slug = fm.slug;
        QString urlPath;
        if (!fm.url.isEmpty()) {
            urlPath = fm.url.startsWith(u'/') ? fm.url : u'/' + fm.url;
        } else {
            QStringList parts;
            for (const QString &d : std::as_const(dirs))
                parts << urlize(d);
            parts << urlize(slug);
            urlPath = u'/' + parts.join(u'/') + u'/';
        }
        IncomingPost post;
        if (scan->baseUrl.isValid()) {
            QUrl base = scan->baseUrl;
            if (!base.path().endsWith(u'/'))
                base.setPath(base.path() + u'/');
            post.permalink = base.resolved(QUrl(urlPath.mid(1))).toString();
        } else {
            post.permalink = urlPath;
        }
        post.title = fm.title.simplified();
        post.rawTitle = fm.title;
        post.bodyHtml = renderMarkdown(body);
        if (post.bodyHtml.trimmed().isEmpty())
            post.bodyHtml = QStringLiteral("<p></p>");
        const qsizetype more = body.indexOf(QLatin1String("<!--more-->"));
        if (!fm.summary.isEmpty())
            post.summaryHtml =
                QLatin1String("<p>") + fm.summary.toHtmlEscaped() + QLatin1String("</p>");
        else if (more > 0)
            post.summaryHtml = renderMarkdown(body.left(more));
        post.rawContent = document;
        post.author = fm.author;
        post.published = date;
        post.tags = fm.tags;
        post.category = fm.categories.value(0);
        post.series = fm.series.value(0);
        if (post.title.isEmpty())
            post.title = slug;
        scan->posts.append(std::move(post));
        origins << relative;
    }
    // Two files claiming one permalink: which one is "the" post is a guess, so neither is
    // taken (the post stays as the library has it) and both are named.
    QHash<QString, QList<qsizetype>> byPermalink;
    for (qsizetype i = 0; i < scan->posts.size(); ++i)
        byPermalink[scan->posts.at(i).permalink].append(i);
    QList<qsizetype> drop;
    for (auto it = byPermalink.cbegin(); it != byPermalink.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList files;
        for (qsizetype i : *it)
            files << origins.at(i);
        files.sort();
        scan->problems << tr("%1 have the same permalink %2; none of them is imported")
                              .arg(files.join(QLatin1String(", ")), it.key());
        drop += *it;
    }
    std::sort(drop.begin(), drop.end(), std::greater<>());
    for (qsizetype i : std::as_const(drop))
        scan->posts.removeAt(i);
    return true;
}

} // namespace Lectern
