// lectern-test:
// The bad input matrix: malformed documents through every importer (Hugo index file, RSS, Atom
// and JSON Feed refreshed from a real loopback server, article pages, Markdown folders), each
// refused with a message naming the problem (or, where the format allows it, the bad part
// skipped with such a message), and the library left exactly as it was (a digest of every table
// before and after). Then library files that must not open: a newer format, garbage, a truncated
// file, a zeroed page, with the recovery path (backup or a new library).
#include "loopbackserver.h"

#include "ingest/hugoimporter.h"
#include "sources/sourcerefresher.h"
#include "sources/sourceregistry.h"
#include "store/library.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(data);
}

// Every table of the library, row by row, hashed: equal digests = an unchanged library. A failed
// refresh records its outcome on the source (last_status, last_error, when; imported_at is stamped
// by every import that went through, even one that stored nothing) and a failed article fetch in
// article_failures, on purpose: those are left out; every other column is in.
QByteArray digest(const QSqlDatabase &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QStringList tables;
    QSqlQuery list(db);
    list.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
              u"ORDER BY name"_s);
    while (list.next())
        tables << list.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        if (table == u"article_failures"_s)
            continue;
        const QString columns =
            table == u"sources"_s ? u"id, kind, location, title, name, site_url"_s : u"*"_s;
        QSqlQuery q(db);
        if (!q.exec(u"SELECT %1 FROM \"%2\""_s.arg(columns, table)))
            qFatal("digest: %s", qPrintable(table));
        h.addData(table.toUtf8());
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            for (int i = 0; i < q.record().count(); ++i)
                row +=
                    q.value(i).toByteArray().toHex() + '|' + (q.value(i).isNull() ? "N" : "") + ',';
            rows << row;
        }
        std::sort(rows.begin(), rows.end()); // row order is not state
        for (const QByteArray &row : std::as_const(rows))
            h.addData(row);
    }
    return h.result().toHex();
}

// Generic damage done to a valid document; `format` picks the format-specific ones.
constexpr qsizetype hugeField = 100LL * 1024 * 1024; // "100 MB single fields"

QByteArray insertAtMiddle(const QByteArray &doc, const QByteArray &what, const QByteArray &after)
{
    // Inside a value: right after the first occurrence of `after` past the middle, else the middle.
    qsizetype at = doc.indexOf(after, doc.size() / 3);
    at = at < 0 ? doc.size() / 2 : at + after.size();
    QByteArray out = doc;
    out.insert(at, what);
    return out;
}

QByteArray toUtf16(const QByteArray &utf8)
{
    const QString s = QString::fromUtf8(utf8);
    QByteArray out("\xFF\xFE", 2);
    out.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    return out;
}

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    LoopbackServer m_server;
    QHash<QString, qint64> m_sources; // format -> source id
    QHash<QString, QByteArray> m_valid;
    int m_refusals = 0;
    QString m_folder; // the Markdown folder source's copy of tests/data/mdfolder
    qint64 m_folderSource = 0;
    qint64 m_articleSource = 0;
    qint64 m_articlePost = 0;

    QSqlDatabase db() { return m_library->connection(); }

    QByteArray valid(const QString &format) { return m_valid.value(format); }

    QByteArray fixture(const QString &name)
    {
        QByteArray data = readFile(QStringLiteral(LECTERN_TEST_DATA "/feeds/") + name);
        return data.replace("{{BASE}}", m_server.url({}).toString().toUtf8());
    }

    RefreshResult refresh(qint64 sourceId)
    {
        RefreshOptions options;
        options.articleDelayMs = 0;
        options.refreshSearchIndex = true;
        SourceRefresher refresher(*m_library, options);
        return refresher.refresh(*SourceRegistry(db()).byId(sourceId), {});
    }

    // The damaged documents every format gets, then each format's own.
    void addRows(const QString &format)
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected"); // a regular expression the message must match
        const bool json = format == u"hugo"_s || format == u"jsonfeed"_s;
        const auto row = [&](const char *damage, const QString &expected) {
            QTest::addRow("%s/%s", qPrintable(format), damage)
                << format << QString::fromLatin1(damage) << expected;
        };
        // Served over HTTP, a document is recognised before it is parsed: what is not even JSON
        // (binary, UTF-16, comments, a bare scalar) is named as such at that step.
        const QString notJson =
            format == u"jsonfeed"_s
                ? u"is not valid JSON|binary data|is not a feed, an index or a web page"_s
                : u"is not valid JSON|contains a NUL character"_s;
        const QString notXml = u"not well-formed XML|not a feed|no XML element"_s;
        const QString bad = json ? notJson : notXml;
        row("empty", u"is empty|document is empty"_s);
        row("whitespace", u"is empty|document is empty"_s);
        row("truncated-half", bad);
        row("truncated-head", format == u"hugo"_s ? notJson : u"not a feed|"_s + bad);
        row("truncated-last-byte", bad);
        row("nul-byte", json ? notJson : notXml);
        row("invalid-utf8", json ? notJson + u"|not valid UTF-8"_s : notXml);
        row("binary-png", u"binary|not valid JSON|not a feed"_s);
        row("bom-then-garbage", u"not valid JSON|not a feed"_s);
        row("html-page", u"web page|not valid JSON"_s);
        row("trailing-garbage", json ? notJson : notXml);
        row("deep-nesting", json ? notJson + u"|serves a Hugo search index, not a JSON Feed"_s
                                 : notXml + u"|nested"_s);
        row("huge-field", u"too large|larger than|is \\d+"_s);
        if (json) {
            row("utf16", notJson);
            row("single-quotes", notJson);
            row("comment", notJson);
            row("root-string", u"not a search index|not a JSON Feed|"_s + notJson);
            row("root-number", u"not a search index|not a JSON Feed|"_s + notJson);
            row("root-null", u"not a search index|not a JSON Feed|"_s + notJson);
        } else {
            row("wrong-root", u"root element"_s);
            row("entity-expansion", u"not well-formed XML"_s);
            row("unclosed-cdata", notXml);
            row("mismatched-tags", notXml);
            row("undeclared-prefix", notXml);
            row("utf16-declared-utf8", notXml + u"|no item|no entry|has no link"_s);
        }
        if (format == u"hugo"_s) {
            row("root-object", u"expected a JSON array of posts, found an object"_s);
            row("empty-array", u"holds no posts"_s);
            row("items-not-objects", u"item 0 is not an object"_s);
            row("title-number", u"item 1: field \"title\" is not a string"_s);
            row("permalink-missing", u"item 0: field \"permalink\" is missing"_s);
            row("content-null", u"item 2: field \"content\" is not a string"_s);
            row("permalink-empty", u"item 1: field \"permalink\" is empty"_s);
            row("duplicate-permalinks", u"item 2: permalink .* is already used by item 0"_s);
            row("nul-escape", u"field \"content\" contains a NUL character"_s);
        } else if (format == u"jsonfeed"_s) {
            row("root-array", u"not a JSON Feed: expected a JSON object|Hugo search index"_s);
            row("no-version", u"has no \"version\""_s);
            row("unknown-version", u"unknown version|lists no entries"_s);
            row("items-object", u"\"items\" is missing or not an array"_s);
            row("items-missing", u"\"items\" is missing or not an array"_s);
            row("items-not-objects", u"item 0 is not an object"_s);
            row("url-number-no-id", u"has no \"url\""_s);
            row("empty-items", u"lists no entries"_s);
        } else if (format == u"rss"_s) {
            row("no-channel", u"lists no entries"_s);
            row("item-without-link", u"has no link"_s);
            row("item-bad-link", u"no usable link|has no link"_s);
            row("empty-channel", u"lists no entries"_s);
        } else if (format == u"atom"_s) {
            row("wrong-namespace", u"not an Atom feed|root element"_s);
            row("entry-without-link", u"has no link"_s);
            row("entry-bad-link", u"no usable link|has no link"_s);
            row("empty-feed", u"lists no entries"_s);
        }
    }

    QByteArray damaged(const QString &format, const QString &damage)
    {
        const QByteArray doc = valid(format);
        const bool json = format == u"hugo"_s || format == u"jsonfeed"_s;
        const QByteArray str = json ? QByteArray("\": \"") : QByteArray("<title>");
        if (damage == u"empty"_s)
            return {};
        if (damage == u"whitespace"_s)
            return " \n\t\r\n  ";
        if (damage == u"truncated-half"_s)
            return doc.left(doc.size() / 2);
        if (damage == u"truncated-head"_s)
            return doc.left(json ? 9 : 60);
        if (damage == u"truncated-last-byte"_s)
            return doc.trimmed().chopped(1);
        if (damage == u"nul-byte"_s)
            return insertAtMiddle(doc, QByteArray("\0", 1), str);
        if (damage == u"invalid-utf8"_s)
            return insertAtMiddle(doc, "\xC3\x28\xFF\xFE", str);
        if (damage == u"binary-png"_s)
            return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) +
                   QByteArray(500, '\x9c');
        if (damage == u"bom-then-garbage"_s)
            return "\xEF\xBB\xBF\x01\x02 garbage ###";
        if (damage == u"html-page"_s)
            return "<!doctype html><html><head><title>404</title></head><body><p>Not found</p>"
                   "</body></html>";
        if (damage == u"trailing-garbage"_s)
            return doc + (json ? "\n]]} trailing" : "\n</rss></feed><extra/>");
        if (damage == u"deep-nesting"_s) {
            const int depth = 200000;
            if (json)
                return QByteArray(depth, '[') + QByteArray(depth, ']');
            QByteArray x = format == u"atom"_s
                               ? QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                               : QByteArray("<rss version=\"2.0\"><channel>");
            x += QByteArray("<x>").repeated(depth);
            return x;
        }
        if (damage == u"huge-field"_s) {
            QByteArray big(hugeField, 'a');
            QByteArray out = doc;
            const qsizetype at = out.indexOf(str);
            out.insert(at + str.size(), big);
            return out;
        }
        if (damage == u"utf16"_s)
            return toUtf16(doc);
        if (damage == u"single-quotes"_s)
            return QByteArray(doc).replace('"', '\'');
        if (damage == u"comment"_s)
            return "// exported\n" + doc;
        if (damage == u"root-string"_s)
            return "\"index\"";
        if (damage == u"root-number"_s)
            return "42";
        if (damage == u"root-null"_s)
            return "null";
        if (damage == u"wrong-root"_s)
            return "<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>";
        if (damage == u"entity-expansion"_s) {
            QByteArray x = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">";
            for (char c = 'b'; c <= 'j'; ++c)
                x += "<!ENTITY " + QByteArray(1, c) + " \"" +
                     QByteArray("&" + QByteArray(1, char(c - 1)) + ";").repeated(10) + "\">";
            return x + "]><rss version=\"2.0\"><channel><title>&j;</title></channel></rss>";
        }
        if (damage == u"unclosed-cdata"_s)
            return doc.left(doc.indexOf("<title>") + 7) + "<![CDATA[ never closed";
        if (damage == u"mismatched-tags"_s)
            return QByteArray(doc).replace("</title>", "</titel>");
        if (damage == u"undeclared-prefix"_s)
            return QByteArray(doc)
                .replace("<title>", "<zz:title>")
                .replace("</title>", "</zz:title>");
        if (damage == u"utf16-declared-utf8"_s) {
            const QByteArray body = toUtf16(doc).mid(2); // no BOM, declared utf-8
            return body;
        }
        // Format-specific documents.
        const QByteArray p1 = "https://bad.example/posts/a/one/";
        const QByteArray p2 = "https://bad.example/posts/a/two/";
        const auto item = [](const QByteArray &title, const QByteArray &link) {
            return "{\"title\": " + title + ", \"permalink\": " + link +
                   ", \"summary\": \"s\", \"content\": \"c\"}";
        };
        if (damage == u"root-object"_s)
            return "{\"posts\": []}";
        if (damage == u"empty-array"_s)
            return "[]";
        if (damage == u"items-not-objects"_s)
            return format == u"hugo"_s ? "[1, 2]"
                                       : "{\"version\": \"https://jsonfeed.org/version/1.1\", "
                                         "\"title\": \"t\", \"items\": [1, 2]}";
        if (damage == u"title-number"_s)
            return "[" + item("\"a\"", "\"" + p1 + "\"") + ", " + item("3", "\"" + p2 + "\"") + "]";
        if (damage == u"permalink-missing"_s)
            return "[{\"title\": \"a\", \"summary\": \"\", \"content\": \"\"}]";
        if (damage == u"content-null"_s)
            return "[" + item("\"a\"", "\"" + p1 + "\"") + ", " + item("\"b\"", "\"" + p2 + "\"") +
                   ", {\"title\": \"c\", \"permalink\": \"https://bad.example/posts/a/3/\", "
                   "\"summary\": \"\", \"content\": null}]";
        if (damage == u"permalink-empty"_s)
            return "[" + item("\"a\"", "\"" + p1 + "\"") + ", " + item("\"b\"", "\"  \"") + "]";
        if (damage == u"duplicate-permalinks"_s)
            return "[" + item("\"a\"", "\"" + p1 + "\"") + ", " + item("\"b\"", "\"" + p2 + "\"") +
                   ", " + item("\"c\"", "\"" + p1 + "\"") + "]";
        if (damage == u"nul-escape"_s)
            return "[{\"title\": \"a\", \"permalink\": \"" + p1 +
                   "\", \"summary\": \"\", \"content\": \"x\\u0000y\"}]";
        if (damage == u"root-array"_s)
            return "[{\"version\": \"https://jsonfeed.org/version/1.1\"}]";
        if (damage == u"no-version"_s)
            return "{\"title\": \"t\", \"items\": []}";
        if (damage == u"unknown-version"_s)
            return "{\"version\": \"https://jsonfeed.org/version/9\", \"items\": []}";
        if (damage == u"items-object"_s)
            return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": {}}";
        if (damage == u"items-missing"_s)
            return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\"}";
        if (damage == u"url-number-no-id"_s)
            return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"url\": 5, "
                   "\"title\": \"t\", \"content_html\": \"<p>x</p>\"}]}";
        if (damage == u"empty-items"_s)
            return "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", "
                   "\"items\": []}";
        if (damage == u"no-channel"_s)
            return "<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>";
        if (damage == u"empty-channel"_s)
            return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                   "</channel></rss>";
        if (damage == u"item-without-link"_s)
            return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item>"
                   "<title>x</title><description>d</description></item></channel></rss>";
        if (damage == u"item-bad-link"_s)
            return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item>"
                   "<title>x</title><link>javascript:alert(1)</link></item></channel></rss>";
        if (damage == u"wrong-namespace"_s)
            return "<?xml version=\"1.0\"?><feed xmlns=\"http://example.org/not-atom\"><title>t"
                   "</title></feed>";
        if (damage == u"entry-without-link"_s)
            return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t"
                   "</title><entry><title>x</title><content>c</content></entry></feed>";
        if (damage == u"entry-bad-link"_s)
            return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t"
                   "</title><entry><title>x</title><link href=\"vbscript:x\"/></entry></feed>";
        if (damage == u"empty-feed"_s)
            return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t"
                   "</title></feed>";
        qFatal("unknown damage %s", qPrintable(damage));
    }

    // Runs the importer of `format` on `data`; the message of a refusal, or the problems of a
    // partial import ("" and ok when it went in cleanly).
    bool importAs(const QString &format, const QByteArray &data, QString *message)
    {
        if (format == u"hugo"_s) {
            const QString file =
                m_dir.filePath(u"bad/%1.json"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                                   .replace(u'/', u'-'));
            writeFile(file, data);
            ImportSummary summary;
            const bool ok = HugoImporter(*m_library).importFile(file, {}, &summary, message);
            QFile::remove(file);
            return ok;
        }
        const QString path = u"/feeds/"_s + format;
        const QByteArray type = format == u"jsonfeed"_s ? "application/feed+json"
                                : format == u"atom"_s   ? "application/atom+xml"
                                                        : "application/rss+xml";
        m_server.serve(path, type, data);
        const RefreshResult r = refresh(m_sources.value(format));
        m_server.serve(path, type, valid(format)); // the next row starts from the good feed
        if (r.status == RefreshStatus::Failed) {
            *message = r.error;
            return false;
        }
        *message = r.summary.problems.join(u'\n');
        return true;
    }

    // A Markdown post damaged in place: the folder's other posts stay as they are.
    static QByteArray damagedMarkdown(const QByteArray &good, const QString &damage)
    {
        if (damage == u"empty"_s)
            return {};
        if (damage == u"whitespace-only"_s)
            return "\n  \n\t\n";
        if (damage == u"unclosed-yaml"_s)
            return "---\ntitle: \"x\"\ndate: 2024-01-01\n\nbody without the closing line\n";
        if (damage == u"unclosed-toml"_s)
            return "+++\ntitle = \"x\"\n\nbody\n";
        if (damage == u"yaml-not-key-value"_s)
            return "---\ntitle: \"x\"\nthis line is prose, not a key\n---\nbody\n";
        if (damage == u"toml-not-key-value"_s)
            return "+++\ntitle = \"x\"\njust words\n+++\nbody\n";
        if (damage == u"invalid-utf8"_s)
            return insertAtMiddle(good, "\xC3\x28\xFF\xFE", "title: ");
        if (damage == u"nul-byte"_s)
            return insertAtMiddle(good, QByteArray("\0", 1), "goroutines.");
        if (damage == u"binary-png"_s)
            return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(300, '\xfa');
        if (damage == u"utf16"_s)
            return toUtf16(good);
        if (damage == u"utf16-no-bom"_s)
            return toUtf16(good).mid(2);
        if (damage == u"huge-file"_s)
            return good + QByteArray(hugeField, 'a');
        if (damage == u"truncated-front-matter"_s)
            return good.left(good.indexOf("draft"));
        if (damage == u"bom-then-garbage"_s)
            return "\xEF\xBB\xBF\x01\x02\x03 \xff garbage";
        if (damage == u"duplicate-url"_s) // the permalink of goroutines.md, claimed again
            return QByteArray(good).replace("draft: false",
                                            "draft: false\nurl: /posts/go/goroutines/");
        if (damage == u"tabs-in-yaml"_s)
            return "---\ntitle:\t\"x\"\n\tdate 2024\n---\nbody\n";
        if (damage == u"yaml-no-space"_s)
            return "---\n:::\n---\nbody\n";
        if (damage == u"nul-in-front-matter"_s)
            return QByteArray(good).replace("author: Jane Doe", QByteArray("author: Ja\0ne", 13));
        if (damage == u"control-chars"_s)
            return insertAtMiddle(good, "\x01\x02\x1b[31m\x7f", "goroutines.");
        if (damage == u"lone-surrogate"_s)
            return insertAtMiddle(good, "\xED\xA0\x80", "title: ");
        if (damage == u"overlong-utf8"_s)
            return insertAtMiddle(good, "\xC0\xAF", "title: ");
        qFatal("unknown Markdown damage %s", qPrintable(damage));
    }

    // An article page as the server sends it: content type and bytes.
    static std::pair<QByteArray, QByteArray> damagedPage(const QString &damage)
    {
        const QByteArray html = "text/html; charset=utf-8";
        if (damage == u"empty"_s)
            return {html, {}};
        if (damage == u"whitespace"_s)
            return {html, "   \n\n  "};
        if (damage == u"navigation-only"_s)
            return {html, "<html><body><nav><a href=/a>A</a> <a href=/b>B</a></nav><footer>(c)"
                          "</footer></body></html>"};
        if (damage == u"binary-png"_s)
            return {"image/png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(400, '\x01')};
        if (damage == u"pdf"_s)
            return {"application/pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"};
        if (damage == u"binary-as-html"_s)
            return {html, QByteArray("\0\x01\x02\x03\xff\xfe\0\0", 8).repeated(200)};
        if (damage == u"huge-page"_s)
            return {html, "<html><body><article><p>" + QByteArray(hugeField, 'a') +
                              "</p></article></body></html>"};
        if (damage == u"script-only"_s)
            return {html, "<html><body><script>document.write('<p>text</p>')</script></body>"
                          "</html>"};
        if (damage == u"comments-only"_s)
            return {html, "<html><body><!-- <article><p>hidden</p></article> --></body></html>"};
        if (damage == u"frameset"_s)
            return {html, "<html><frameset><frame src=\"https://evil.example/\"></frameset>"
                          "</html>"};
        if (damage == u"head-only"_s)
            return {html, "<html><head><title>Only a title</title></head></html>"};
        if (damage == u"a-feed"_s)
            return {"application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                                           "<channel><title>t</title></channel></rss>"};
        if (damage == u"json"_s)
            return {"application/json", "{\"title\": \"not a page\"}"};
        if (damage == u"zip"_s)
            return {"application/zip", QByteArray("PK\x03\x04", 4) + QByteArray(100, '\0')};
        if (damage == u"deep-nesting-empty"_s)
            return {html, QByteArray("<div>").repeated(100000)};
        if (damage == u"images-only"_s)
            return {html, "<html><body><article><img src=x.png><img src=y.png></article></body>"
                          "</html>"};
        if (damage == u"form-only"_s)
            return {html, "<html><body><main><form><input name=q><button>Go</button></form>"
                          "</main></body></html>"};
        if (damage == u"iframe-only"_s)
            return {html, "<html><body><article><iframe src=\"https://evil.example/\"></iframe>"
                          "</article></body></html>"};
        if (damage == u"svg-only"_s)
            return {html, "<html><body><article><svg><text>hi</text></svg></article></body>"
                          "</html>"};
        if (damage == u"utf16-declared-utf8"_s)
            return {html, toUtf16("<html><body><nav>menu</nav></body></html>").mid(2)};
        if (damage == u"video"_s)
            return {"video/mp4", QByteArray("\0\0\0\x18"
                                            "ftypmp42",
                                            12)};
        qFatal("unknown page damage %s", qPrintable(damage));
    }

    void checkImporter()
    {
        QFETCH(QString, format);
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QByteArray before = digest(db());
        QString message;
        const bool ok = importAs(format, damaged(format, damage), &message);
        // Refused, or (where the format lets one bad entry go) imported without it: either way
        // the message names the problem and nothing changed.
        QVERIFY2(!message.isEmpty(), ok ? "accepted without a word" : "refused without a message");
        QVERIFY2(QRegularExpression(expected).match(message).hasMatch(), qPrintable(message));
        QVERIFY2(message.size() < 2000, "the message quotes too much of the input");
        QCOMPARE(digest(db()), before);
        if (!ok)
            ++m_refusals;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>(m_dir.filePath(u"bad.sqlite"_s));
        QString error;
        QVERIFY2(m_library->open(&error), qPrintable(error));
        ImportSummary summary;
        QVERIFY2(HugoImporter(*m_library)
                     .importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary, &error),
                 qPrintable(error));
        QCOMPARE(summary.added, 55);

        // A small valid index (three corpus posts, their text cut short) as the base to damage.
        QJsonArray corpus =
            QJsonDocument::fromJson(readFile(QStringLiteral(LECTERN_CORPUS))).array();
        QJsonArray three;
        for (int i = 0; i < 3; ++i) {
            QJsonObject o = corpus.at(i).toObject();
            o.insert(u"content"_s, o.value(u"content"_s).toString().left(2000));
            o.insert(u"permalink"_s,
                     o.value(u"permalink"_s).toString().replace(u"https://"_s, u"https://copy."_s));
            three.append(o);
        }
        m_valid.insert(u"hugo"_s, QJsonDocument(three).toJson());

        // Each feed format as a source of the library, imported once while it was good.
        for (const auto &[format, file, type] :
             {std::tuple{u"rss"_s, u"rss.xml"_s, QByteArray("application/rss+xml")},
              std::tuple{u"atom"_s, u"atom.xml"_s, QByteArray("application/atom+xml")},
              std::tuple{u"jsonfeed"_s, u"feed.json"_s, QByteArray("application/feed+json")}}) {
            m_valid.insert(format, fixture(file));
            m_server.serve(u"/feeds/"_s + format, type, valid(format));
            Source s;
            s.kind = format == u"rss"_s    ? SourceKind::Rss
                     : format == u"atom"_s ? SourceKind::Atom
                                           : SourceKind::JsonFeed;
            s.location = m_server.url(u"/feeds/"_s + format).toString();
            const qint64 id = SourceRegistry(db()).add(s, &error);
            QVERIFY2(id, qPrintable(error));
            const RefreshResult r = refresh(id);
            QVERIFY2(r.status == RefreshStatus::Ok, qPrintable(r.error));
            QVERIFY(r.summary.added >= 2);
            m_sources.insert(format, id);
        }

        // A Markdown folder source (a copy of tests/data/mdfolder).
        m_folder = m_dir.filePath(u"mdfolder"_s);
        const QString fixtureFolder = QStringLiteral(LECTERN_TEST_DATA "/mdfolder");
        QDirIterator it(fixtureFolder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            writeFile(m_folder + file.mid(fixtureFolder.size()), readFile(file));
        }
        Source folder;
        folder.kind = SourceKind::MarkdownFolder;
        folder.location = m_folder;
        m_folderSource = SourceRegistry(db()).add(folder, &error);
        QVERIFY2(m_folderSource, qPrintable(error));
        RefreshResult r = refresh(m_folderSource);
        QVERIFY2(r.status == RefreshStatus::Ok, qPrintable(r.error));
        QVERIFY(r.summary.added >= 4);

        // A feed with one summary-only post whose article page is on the loopback server.
        const QString page = u"/posts/art/page/"_s;
        m_server.serve(u"/art/rss"_s, "application/rss+xml",
                       "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Art</title>"
                       "<item><title>The page</title><link>" +
                           m_server.url(page).toString().toUtf8() +
                           "</link><description>Only a summary.</description></item>"
                           "</channel></rss>");
        m_server.serve(page, "text/html; charset=utf-8", goodPage());
        Source art;
        art.kind = SourceKind::Rss;
        art.location = m_server.url(u"/art/rss"_s).toString();
        m_articleSource = SourceRegistry(db()).add(art, &error);
        QVERIFY2(m_articleSource, qPrintable(error));
        r = refresh(m_articleSource);
        QVERIFY2(r.status == RefreshStatus::Ok, qPrintable(r.error));
        m_articlePost =
            Sql::scalar(db(), u"SELECT id FROM posts WHERE source_id = ?"_s, {m_articleSource})
                .toLongLong();
        QVERIFY(m_articlePost);
        const ArticleFetchResult a = fetchArticle();
        QVERIFY2(a.fetched == 1, qPrintable(a.problems.join(u'\n')));
    }

    static QByteArray goodPage()
    {
        return "<html><head><title>The page</title></head><body><nav>menu</nav><article>"
               "<h1>The page</h1><p>The whole article, long enough to be the article of this "
               "page and not its navigation.</p><p>A second paragraph with more words in it."
               "</p></article></body></html>";
    }

    ArticleFetchResult fetchArticle()
    {
        RefreshOptions options;
        options.articleDelayMs = 0;
        SourceRefresher refresher(*m_library, options);
        return refresher.fetchArticles(*SourceRegistry(db()).byId(m_articleSource), {},
                                       {m_articlePost});
    }

    void hugoIndex_data() { addRows(u"hugo"_s); }
    void hugoIndex() { checkImporter(); }
    void rss_data() { addRows(u"rss"_s); }
    void rss() { checkImporter(); }
    void atom_data() { addRows(u"atom"_s); }
    void atom() { checkImporter(); }
    void jsonFeed_data() { addRows(u"jsonfeed"_s); }
    void jsonFeed() { checkImporter(); }

    void markdownFolder_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        const QString name = u"posts/go/channels.md: "_s;
        const auto row = [&](const char *damage, const QString &expected) {
            QTest::addRow("markdown/%s", damage) << QString::fromLatin1(damage) << expected;
        };
        row("empty", name + u"is empty"_s);
        row("whitespace-only", name + u"is empty"_s);
        row("unclosed-yaml", name + u".*never closed"_s);
        row("unclosed-toml", name + u".*never closed"_s);
        row("yaml-not-key-value", name + u"front matter line 3 is not \"key: value\""_s);
        row("toml-not-key-value", name + u"front matter line 3 is not \"key = value\""_s);
        row("invalid-utf8", name + u"is not valid UTF-8"_s);
        row("nul-byte", name + u"(contains a NUL|is not valid UTF-8|binary)"_s);
        row("binary-png", name + u"(is not valid UTF-8|binary)"_s);
        row("utf16", name + u"is UTF-16 text"_s);
        row("utf16-no-bom", name + u"(is not valid UTF-8|contains a NUL|UTF-16)"_s);
        row("huge-file", name + u"is .* larger than"_s);
        row("truncated-front-matter", name + u".*never closed"_s);
        row("bom-then-garbage", name + u"(is not valid UTF-8|control)"_s);
        row("duplicate-url",
            u"posts/go/channels.md, posts/go/goroutines.md have the same permalink "
            u".*/posts/go/goroutines/; none of them is imported"_s);
        row("yaml-no-space", name + u"front matter line 2"_s);
        row("nul-in-front-matter", name + u"(contains a NUL|is not valid UTF-8)"_s);
        row("control-chars", name + u"contains the control character U\\+0001 \\(line \\d+\\)"_s);
        row("lone-surrogate", name + u"is not valid UTF-8"_s);
        row("overlong-utf8", name + u"is not valid UTF-8"_s);
    }

    void markdownFolder()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QString file = m_folder + u"/content/posts/go/channels.md"_s;
        const QByteArray good = readFile(file);
        const QByteArray before = digest(db());
        writeFile(file, damagedMarkdown(good, damage));
        const RefreshResult r = refresh(m_folderSource);
        writeFile(file, good);
        const QString message = r.error + r.summary.problems.join(u'\n');
        QVERIFY2(QRegularExpression(expected).match(message).hasMatch(), qPrintable(message));
        QVERIFY2(message.size() < 2000, "the message quotes too much of the input");
        QCOMPARE(digest(db()), before);
        // The folder is whole again: the next refresh finds nothing to change.
        const RefreshResult again = refresh(m_folderSource);
        QVERIFY2(again.summary.problems.isEmpty(), qPrintable(again.summary.problems.join(u' ')));
    }

    void articlePage_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        const auto row = [&](const char *damage, const QString &expected) {
            QTest::addRow("page/%s", damage) << QString::fromLatin1(damage) << expected;
        };
        const QString noArticle = u"no (recognisable )?article|no article text"_s;
        row("empty", u"empty|"_s + noArticle);
        row("whitespace", u"empty|"_s + noArticle);
        row("navigation-only", noArticle);
        row("binary-png", u"image/png|binary|not a web page"_s);
        row("pdf", u"application/pdf|binary|not a web page"_s);
        row("binary-as-html", u"binary|"_s + noArticle);
        row("huge-page", u"too large|larger than"_s);
        row("script-only", noArticle);
        row("comments-only", noArticle);
        row("frameset", noArticle);
        row("head-only", noArticle);
        row("a-feed", u"not a web page|feed|"_s + noArticle);
        row("json", u"not a web page|application/json|"_s + noArticle);
        row("zip", u"application/zip|binary|not a web page"_s);
        row("deep-nesting-empty", u"nests its elements more than 2000 deep"_s);
        row("images-only", noArticle);
        row("form-only", noArticle);
        row("iframe-only", noArticle);
        row("svg-only", noArticle);
        row("utf16-declared-utf8", u"binary|"_s + noArticle);
        row("video", u"video/mp4|binary|not a web page"_s);
    }

    void articlePage()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        const QByteArray before = digest(db());
        const auto [type, body] = damagedPage(damage);
        m_server.serve(u"/posts/art/page/"_s, type, body);
        const ArticleFetchResult r = fetchArticle();
        m_server.serve(u"/posts/art/page/"_s, "text/html; charset=utf-8", goodPage());
        QCOMPARE(r.fetched, 0);
        QCOMPARE(r.failed, 1);
        const QString message = r.problems.join(u'\n');
        QVERIFY2(QRegularExpression(expected).match(message).hasMatch(), qPrintable(message));
        QVERIFY2(message.size() < 2000, "the message quotes too much of the input");
        QCOMPARE(digest(db()), before);
    }

    // ---- library files that must not open --------------------------------------------------

    void newerFormatIsRefused()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_s);
        {
            Library lib(path);
            QString error;
            QVERIFY2(lib.open(&error), qPrintable(error));
            Sql::run(lib.connection(), u"PRAGMA user_version = 999"_s);
        }
        const QByteArray before = readFile(path);
        Library lib(path);
        QString error;
        QVERIFY(!lib.open(&error));
        QCOMPARE(lib.failure(), Library::Failure::NewerFormat);
        QVERIFY2(error.contains(u"written by a newer Lectern (library format 999"_s),
                 qPrintable(error));
        QCOMPARE(readFile(path), before); // not migrated, not backed up, not touched
        QVERIFY(Library::backups(path).isEmpty());
    }

    void damagedLibrary_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << u"garbage"_s;
        QTest::newRow("truncated-header") << u"truncated-header"_s;
        QTest::newRow("truncated-half") << u"truncated-half"_s;
        QTest::newRow("zeroed-page") << u"zeroed-page"_s;
        QTest::newRow("zeroed-header") << u"zeroed-header"_s;
        QTest::newRow("random-page") << u"random-page"_s;
    }

    void damagedLibrary()
    {
        QFETCH(QString, damage);
        // A library of the corpus, with a backup from an "upgrade" beside it.
        const QString path = m_dir.filePath(u"damaged-%1.sqlite"_s.arg(damage));
        {
            Library lib(path);
            QString error;
            QVERIFY2(lib.open(&error), qPrintable(error));
            ImportSummary summary;
            QVERIFY2(
                HugoImporter(lib).importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary, &error),
                qPrintable(error));
            Sql::run(lib.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            Sql q(lib.connection(), "VACUUM INTO ?");
            QVERIFY(q.exec({path + u".v%1.bak"_s.arg(lib.latestSchemaVersion())}));
        }
        QByteArray data = readFile(path);
        const int pageSize = 4096;
        QVERIFY(data.size() > 8 * pageSize);
        if (damage == u"garbage"_s)
            data = QByteArray("This is not a database at all.\n").repeated(300);
        else if (damage == u"truncated-header"_s)
            data = data.left(50);
        else if (damage == u"truncated-half"_s)
            data = data.left(data.size() / 2);
        else if (damage == u"zeroed-page"_s)
            data.replace(3 * pageSize, pageSize, QByteArray(pageSize, '\0'));
        else if (damage == u"zeroed-header"_s)
            data.replace(0, 100, QByteArray(100, '\0'));
        else if (damage == u"random-page"_s) {
            QByteArray noise(pageSize, '\0');
            quint32 x = 12345;
            for (char &c : noise)
                c = char((x = x * 1103515245 + 12345) >> 24);
            data.replace(2 * pageSize, pageSize, noise);
        }
        writeFile(path, data);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);

        Library lib(path);
        QString error;
        QVERIFY2(!lib.open(&error), "a damaged library opened");
        QCOMPARE(lib.failure(), Library::Failure::Damaged);
        QVERIFY2(error.contains(path) && error.contains(u"damaged"_s), qPrintable(error));
        QCOMPARE(readFile(path), data); // detection writes nothing

        // The way out: the backup goes back, the damaged file is kept beside it.
        const QStringList backups = Library::backups(path);
        QCOMPARE(backups.size(), 1);
        QString movedTo;
        QVERIFY2(Library::restoreBackup(path, backups.first(), &movedTo, &error),
                 qPrintable(error));
        QCOMPARE(readFile(movedTo), data);
        Library restored(path);
        QVERIFY2(restored.open(&error), qPrintable(error));
        QCOMPARE(Sql::scalar(restored.connection(), u"SELECT count(*) FROM posts"_s).toInt(), 55);
        QCOMPARE(Sql::scalar(restored.connection(), u"PRAGMA integrity_check"_s).toString(),
                 u"ok"_s);
    }

    void damagedLibraryStartsAnew()
    {
        const QString path = m_dir.filePath(u"anew.sqlite"_s);
        writeFile(path, QByteArray(8192, '\x42'));
        Library lib(path);
        QString error;
        QVERIFY(!lib.open(&error));
        QCOMPARE(lib.failure(), Library::Failure::Damaged);
        QVERIFY(Library::backups(path).isEmpty());
        QString movedTo;
        QVERIFY2(Library::setAside(path, &movedTo, &error), qPrintable(error));
        QCOMPARE(readFile(movedTo), QByteArray(8192, '\x42'));
        Library fresh(path);
        QVERIFY2(fresh.open(&error), qPrintable(error));
        QCOMPARE(Sql::scalar(fresh.connection(), u"SELECT count(*) FROM posts"_s).toInt(), 0);
    }

    // A library above the quick_check limit is checked at open only after an unclean end (a
    // WAL file left with content) or when asked (`lectern library check`): a clean start of a
    // large library does not read every page.
    void largeLibraryCheckedWhenCalledFor()
    {
        const QString path = m_dir.filePath(u"large.sqlite"_s);
        {
            Library lib(path);
            QString error;
            QVERIFY2(lib.open(&error), qPrintable(error));
            // Pages past the limit, all in one table whose damage the schema read cannot see.
            QVERIFY(Sql::run(lib.connection(), u"CREATE TABLE ballast(b BLOB)"_s, &error));
            Sql q(lib.connection(), "INSERT INTO ballast VALUES (randomblob(?))");
            QVERIFY(q.exec({int(Library::quickCheckLimit / 4 + 4096)}));
            for (int i = 0; i < 4; ++i)
                QVERIFY(q.exec({int(Library::quickCheckLimit / 4 + 4096)}));
        }
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QByteArray data = readFile(path);
        QVERIFY(data.size() > Library::quickCheckLimit);
        const int pageSize = 4096;
        // A zeroed page in the middle of the ballast's overflow chain.
        data.replace((data.size() / pageSize / 2) * pageSize, pageSize, QByteArray(pageSize, '\0'));
        writeFile(path, data);

        QString error;
        {
            Library lib(path); // a clean start: not read page by page
            QVERIFY2(lib.open(&error), qPrintable(error));
        }
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        {
            Library lib(path);
            lib.setAlwaysCheck(true);
            QVERIFY(!lib.open(&error));
            QCOMPARE(lib.failure(), Library::Failure::Damaged);
        }
        writeFile(path + u"-wal"_s, QByteArray(32, 'x')); // what a killed session leaves
        {
            Library lib(path);
            QVERIFY(!lib.open(&error));
            QCOMPARE(lib.failure(), Library::Failure::Damaged);
        }
        QCOMPARE(readFile(path), data); // detection writes nothing
    }

    void countRefusals() { qInfo("%d malformed documents refused", m_refusals); }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
