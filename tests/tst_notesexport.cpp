// lectern-test:
#include "ingest/hugoimporter.h"
#include "notes/highlightanchorer.h"
#include "notes/markdown.h"
#include "notes/notesexporter.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <memory>

using namespace Lectern;

namespace {

const QString base = QStringLiteral("https://blog.rajpoot.dev/posts/");
const QString goPost = base + QStringLiteral("go/go-concurrency-goroutines-channels/");
const QString introPost = base + QStringLiteral("django/django-conquered-introduction/");
const QString tricky = QStringLiteral("https://example.org/posts/tricky-text/");
const QDateTime firstTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
const QDateTime laterTime(QDate(2025, 6, 7), QTime(8, 9, 10), QTimeZone::UTC);

QString goldenDir(const QString &name)
{
    return QStringLiteral(LECTERN_TEST_DATA "/export/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

QStringList mdFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

// ---- reading the output back with cmark-gfm, as a viewer would

struct Block
{
    QString type; // heading1, paragraph, block_quote, list, code_block, ...
    QString text; // its plain text: paragraphs of a quote joined by '\n'
    QStringList links;
};

QString plainText(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    bool firstParagraph = true;
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter);
        const cmark_node_type t = cmark_node_get_type(n);
        if (ev == CMARK_EVENT_ENTER && t == CMARK_NODE_PARAGRAPH && n != node) {
            if (!firstParagraph)
                text += u'\n';
            firstParagraph = false;
        }
        if (ev != CMARK_EVENT_ENTER)
            continue;
        if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)
            text += QString::fromUtf8(cmark_node_get_literal(n));
        else if (t == CMARK_NODE_SOFTBREAK)
            text += u' ';
        else if (t == CMARK_NODE_LINEBREAK)
            text += u'\n';
    }
    cmark_iter_free(iter);
    return text;
}

QList<Block> parseMarkdown(const QString &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    QList<Block> blocks;
    for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) {
        Block b;
        b.type = QString::fromUtf8(cmark_node_get_type_string(n));
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING)
            b.type += QString::number(cmark_node_get_heading_level(n));
        b.text = plainText(n);
        cmark_iter *iter = cmark_iter_new(n);
        for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;)
            if (ev == CMARK_EVENT_ENTER &&
                cmark_node_get_type(cmark_iter_get_node(iter)) == CMARK_NODE_LINK)
                b.links.append(QString::fromUtf8(cmark_node_get_url(cmark_iter_get_node(iter))));
        cmark_iter_free(iter);
        blocks.append(b);
    }
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return blocks;
}

// Splits a file into its YAML front matter (as key -> raw value lines) and body.
struct Parsed
{
    QMap<QString, QString> fields;
    QStringList tags;
    QString body;
};

// The YAML subset the exporter writes: `key: "double-quoted"`, `key: 12`, `key: []`, and
// `key:` followed by `  - "item"` lines.
QString yamlValue(const QString &raw)
{
    if (!raw.startsWith(u'"'))
        return raw;
    QString out;
    for (qsizetype i = 1; i < raw.size() - 1; ++i) {
        if (raw.at(i) == u'\\') {
            const QChar e = raw.at(++i);
            out += e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e;
        } else {
            out += raw.at(i);
        }
    }
    return out;
}

Parsed parseFile(const QString &text)
{
    Parsed p;
    const QStringList lines = text.split(u'\n');
    if (lines.value(0) != QLatin1String("---"))
        return p;
    qsizetype i = 1;
    QString listKey;
    for (; i < lines.size() && lines.at(i) != QLatin1String("---"); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(QLatin1String("  - "))) {
            p.tags.append(yamlValue(line.mid(4)));
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        p.fields.insert(line.left(colon), yamlValue(line.mid(colon + 1).trimmed()));
    }
    p.body = lines.mid(i + 1).join(u'\n');
    return p;
}

} // namespace

// The Markdown export: golden files, what a CommonMark parser makes of them, re-export rules,
// and bad input.
class TestNotesExport final : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QSqlDatabase m_db;
    qint64 m_go = 0, m_intro = 0, m_tricky = 0;
    QStringList m_quotes; // of the placed highlights on the Go post, in text order
    QString m_trickyText;

    qint64 postId(const QString &permalink) const { return Test::postIdOf(m_db, permalink); }

    QString out(const QString &name = QStringLiteral("out")) const { return m_dir->filePath(name); }
    // A file in the export folder out().
    QString at(const QString &name) const { return QDir(out()).filePath(name); }

    // Exports into `folder` at `time`.
    NotesExportSummary exportAt(const QString &folder, const QDateTime &time,
                                const QList<qint64> &ids = {})
    {
        NotesExporter exporter(m_db);
        exporter.setExportTime(time);
        NotesExportSummary summary;
        QString error;
        const bool ok = exporter.exportToFolder(folder, ids, &summary, &error);
        if (!ok)
            qWarning("export failed: %s", qPrintable(error));
        return summary;
    }

    // Golden files are compared byte for byte; LECTERN_UPDATE_GOLDEN=1 rewrites them.
    void compareWithGolden(const QString &actualDir, const QString &name)
    {
        const QString golden = goldenDir(name);
        if (qEnvironmentVariableIsSet("LECTERN_UPDATE_GOLDEN")) {
            QDir(golden).removeRecursively();
            QDir().mkpath(golden);
            for (const QString &f : mdFiles(actualDir))
                QVERIFY(QFile::copy(QDir(actualDir).filePath(f), QDir(golden).filePath(f)));
        }
        QCOMPARE(mdFiles(actualDir), mdFiles(golden));
        for (const QString &f : mdFiles(golden)) {
            const QByteArray actual = readAll(QDir(actualDir).filePath(f));
            const QByteArray expected = readAll(QDir(golden).filePath(f));
            if (actual != expected)
                qWarning("%s differs from the golden file:\n%s", qPrintable(f), actual.constData());
            QCOMPARE(actual, expected);
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_library = Test::corpusLibrary(m_dir->filePath(QStringLiteral("library.sqlite")), &error);
        QVERIFY2(m_library, qPrintable(error));
        // A post whose text is full of Markdown syntax, to prove the quotes come out as text.
        m_trickyText = QStringLiteral(
            "1. Not a list * not emphasis _x_ <b>not html</b> & `code` [link](x) #tag $5 and "
            "$6 ==mark== %%c%% ^ref | a | b | \\ back\n"
            "- nor this\n"
            "# nor a heading");
        QString raw = m_trickyText;
        raw.replace(u'&', QLatin1String("&amp;"));
        raw.replace(u'<', QLatin1String("&lt;"));
        raw.replace(u'>', QLatin1String("&gt;"));
        const QJsonArray extra{
            QJsonObject{{QStringLiteral("title"), QStringLiteral("Tricky *text*: \"quotes\" & #1")},
                        {QStringLiteral("permalink"), tricky},
                        {QStringLiteral("summary"), QStringLiteral("x")},
                        {QStringLiteral("content"), raw}}};
        ImportSummary summary;
        QVERIFY2(HugoImporter(*m_library)
                     .importData(QJsonDocument(extra).toJson(), QStringLiteral("tricky.json"), {},
                                 &summary, &error),
                 qPrintable(error));
        m_db = m_library->connection();
        m_go = postId(goPost);
        m_intro = postId(introPost);
        m_tricky = postId(tricky);
        QVERIFY(m_go && m_intro && m_tricky);
        QCOMPARE(PostRepository(m_db).byId(m_tricky)->content, m_trickyText);

        // The marks every test starts from.
        NoteRepository notes(m_db);
        HighlightAnchorer anchorer(m_db);
        QVERIFY2(notes.setPostNote(m_go,
                                   QStringLiteral("## Why I read this\n\nTo fix our *worker "
                                                  "pool*.\n\n- [ ] try errgroup\n- [x] read "
                                                  "part 1\n\n```go\nwg.Wait()\n```\n"),
                                   &error),
                 qPrintable(error));
        QVERIFY2(notes.setPostNote(m_intro, QStringLiteral("Start of the series."), &error),
                 qPrintable(error));
        m_quotes = {QStringLiteral("scheduled by the Go runtime onto a small pool of OS threads"),
                    QStringLiteral("wg.Add(N) before spawning the goroutine."),
                    QStringLiteral("ch <- 42 // send (blocks until someone receives)")};
        const QStringList highlightNotes{QString(), QStringLiteral("Rule *one*."),
                                         QStringLiteral("Unbuffered: both sides wait.")};
        for (qsizetype i = 0; i < m_quotes.size(); ++i) {
            TextQuote q;
            q.exact = m_quotes.at(i);
            QVERIFY2(anchorer.create(m_go, q, {}, highlightNotes.at(i), &error), qPrintable(error));
        }
        TextQuote whole;
        whole.exact = m_trickyText;
        QVERIFY2(anchorer.create(m_tricky, whole, {}, QStringLiteral("Escaped right?"), &error),
                 qPrintable(error));
        // A highlight whose passage an older text had: detached, and exported as such.
        QVERIFY2(anchorer.create(m_go,
                                 {QStringLiteral("time.Sleep is the wrong way"), {}, {}, -1, -1},
                                 {}, QStringLiteral("was in the old text"), &error),
                 qPrintable(error));
        QVERIFY(Sql::run(m_db,
                         QStringLiteral("UPDATE highlights SET quote = 'A passage an older "
                                        "version had', prefix = '', suffix = '', "
                                        "anchor_hash = '' WHERE id = 5"),
                         &error));
    }

    void cleanup()
    {
        m_db = {};
        m_library.reset();
        m_dir.reset();
    }

    void goldenFolder()
    {
        const NotesExportSummary summary = exportAt(out(), firstTime);
        QCOMPARE(summary.written.size(), 3);
        QCOMPARE(summary.unchanged.size(), 0);
        QCOMPARE(summary.skipped.size(), 0);
        QCOMPARE(summary.text(), QStringLiteral("3 written, 0 unchanged, 0 skipped"));
        QCOMPARE(mdFiles(out()),
                 (QStringList{QStringLiteral("django-conquered-introduction.md"),
                              QStringLiteral("go-concurrency-goroutines-channels.md"),
                              QStringLiteral("tricky-text.md")}));
        compareWithGolden(out(), QStringLiteral("folder"));
        QVERIFY(HighlightRepository(m_db).byId(5)->detached);
    }

    void goldenSingleFile()
    {
        NotesExporter exporter(m_db);
        exporter.setExportTime(firstTime);
        NotesExportSummary summary;
        QString error;
        const QString file = out(QStringLiteral("single/notes.md"));
        QVERIFY2(exporter.exportToFile(file, {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.written, QStringList{file});
        compareWithGolden(out(QStringLiteral("single")), QStringLiteral("single"));
        // Idempotent too.
        exporter.setExportTime(laterTime);
        QVERIFY2(exporter.exportToFile(file, {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.unchanged, QStringList{file});
        compareWithGolden(out(QStringLiteral("single")), QStringLiteral("single"));
    }

    // What any CommonMark viewer shows, checked with cmark-gfm: the structure and the exact
    // text of every quote, title and link.
    void readsBackAsCommonMark()
    {
        exportAt(out(), firstTime);
        const Post go = *PostRepository(m_db).byId(m_go);
        const Parsed file = parseFile(QString::fromUtf8(
            readAll(at(QStringLiteral("go-concurrency-goroutines-channels.md")))));
        QCOMPARE(file.fields.value(QStringLiteral("title")), go.title);
        QCOMPARE(file.fields.value(QStringLiteral("source")), goPost);
        QCOMPARE(file.fields.value(QStringLiteral("category")), QStringLiteral("go"));
        QCOMPARE(file.fields.value(QStringLiteral("tags")), QStringLiteral("[]"));
        QCOMPARE(file.fields.value(QStringLiteral("exported")),
                 QStringLiteral("2025-01-02T03:04:05Z"));
        QVERIFY(QUuid::fromString(file.fields.value(QStringLiteral("lectern-id"))).version() ==
                QUuid::Sha1);
        QVERIFY(file.fields.value(QStringLiteral("lectern-checksum"))
                    .startsWith(QLatin1String("sha256:")));

        const QList<Block> blocks = parseMarkdown(file.body);
        QStringList types;
        for (const Block &b : blocks)
            types.append(b.type);
        const QStringList expected{
            QStringLiteral("heading1"),    QStringLiteral("paragraph"), // title, source
            QStringLiteral("heading2"),    QStringLiteral("paragraph"), // the post note
            QStringLiteral("list"),        QStringLiteral("code_block"),
            QStringLiteral("heading2"), // Highlights
            QStringLiteral("block_quote"), QStringLiteral("paragraph"),
            QStringLiteral("paragraph"),   QStringLiteral("block_quote"),
            QStringLiteral("paragraph"),   QStringLiteral("paragraph"),
            QStringLiteral("paragraph"),   QStringLiteral("block_quote"),
            QStringLiteral("paragraph"),   QStringLiteral("paragraph"),
            QStringLiteral("paragraph"),   QStringLiteral("heading2"),
            QStringLiteral("paragraph"), // Detached highlights
            QStringLiteral("block_quote"), QStringLiteral("paragraph"),
            QStringLiteral("paragraph"),   QStringLiteral("paragraph")};
        QCOMPARE(types, expected);
        QCOMPARE(blocks.at(0).text, go.title);
        QCOMPARE(blocks.at(1).links, QStringList{goPost});

        // Each highlight: its exact text, its block id, its link to the passage. Placed ones
        // come first, in text order, then the detached one.
        QList<Highlight> highlights;
        for (const bool detached : {false, true})
            for (const Highlight &h : HighlightRepository(m_db).forPost(m_go))
                if (h.detached == detached)
                    highlights.append(h);
        int quote = 0;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).type != QLatin1String("block_quote"))
                continue;
            const Highlight &h = highlights.at(quote);
            QCOMPARE(blocks.at(i).text, h.quote);
            QCOMPARE(blocks.at(i + 1).text, QStringLiteral("^hl-%1").arg(h.id));
            const Block &link = h.note.isEmpty() ? blocks.at(i + 2) : blocks.at(i + 3);
            QCOMPARE(link.links.size(), 1);
            if (h.detached) {
                QCOMPARE(link.links.first(), goPost);
            } else {
                QCOMPARE(link.links.first(), NotesExporter::passageLink(go.permalink, go.content,
                                                                        h.startPos, h.endPos));
                QVERIFY(link.links.first().startsWith(goPost + QStringLiteral("#:~:text=")));
            }
            ++quote;
        }
        QCOMPARE(quote, 4);

        // Markdown syntax inside quotes and titles stays text.
        const Parsed t =
            parseFile(QString::fromUtf8(readAll(at(QStringLiteral("tricky-text.md")))));
        QCOMPARE(t.fields.value(QStringLiteral("title")),
                 QStringLiteral("Tricky *text*: \"quotes\" & #1"));
        const QList<Block> tb = parseMarkdown(t.body);
        QCOMPARE(tb.at(0).type, QStringLiteral("heading1"));
        QCOMPARE(tb.at(0).text, QStringLiteral("Tricky *text*: \"quotes\" & #1"));
        QCOMPARE(tb.at(3).type, QStringLiteral("block_quote"));
        QCOMPARE(tb.at(3).text, m_trickyText);

        // The Django post is part 1 of a series.
        const Post intro = *PostRepository(m_db).byId(m_intro);
        QVERIFY(intro.seriesId);
        const Parsed d = parseFile(
            QString::fromUtf8(readAll(at(QStringLiteral("django-conquered-introduction.md")))));
        QCOMPARE(d.fields.value(QStringLiteral("series")), intro.seriesName);
        QCOMPARE(d.fields.value(QStringLiteral("part")), QString::number(intro.seriesPosition));

        // The preview's renderer agrees (GFM task list in the note).
        const QString html = Markdown::toHtml(file.body);
        QVERIFY2(html.contains(QLatin1String("<h1>Go Concurrency")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("type=\"checkbox\"")));
    }

    void reexportIsIdempotent()
    {
        const NotesExportSummary first = exportAt(out(), firstTime);
        QCOMPARE(first.written.size(), 3);
        QMap<QString, QByteArray> before;
        for (const QString &f : mdFiles(out()))
            before.insert(f, readAll(QDir(out()).filePath(f)));

        const NotesExportSummary again = exportAt(out(), laterTime);
        QCOMPARE(again.written.size(), 0);
        QCOMPARE(again.unchanged.size(), 3);
        QCOMPARE(again.skipped.size(), 0);
        for (const QString &f : mdFiles(out()))
            QCOMPARE(readAll(QDir(out()).filePath(f)), before.value(f)); // same exported time
        QCOMPARE(mdFiles(out()), before.keys());
    }

    void changedNotesRewriteOnlyTheirFile()
    {
        exportAt(out(), firstTime);
        const QString goFile = at(QStringLiteral("go-concurrency-goroutines-channels.md"));
        const QString introFile = at(QStringLiteral("django-conquered-introduction.md"));
        const QByteArray introBefore = readAll(introFile);
        QString error;
        QVERIFY(NoteRepository(m_db).setPostNote(m_go, QStringLiteral("Changed my mind."), &error));

        const NotesExportSummary summary = exportAt(out(), laterTime);
        QCOMPARE(summary.written, QStringList{goFile});
        QCOMPARE(summary.unchanged.size(), 2);
        const QString go = QString::fromUtf8(readAll(goFile));
        QVERIFY(go.contains(QLatin1String("exported: 2025-06-07T08:09:10Z\n")));
        QVERIFY(go.contains(QLatin1String("\nChanged my mind.\n")));
        QCOMPARE(readAll(introFile), introBefore);
    }

    void editedFilesAreNeverOverwritten()
    {
        exportAt(out(), firstTime);
        const QString goFile = at(QStringLiteral("go-concurrency-goroutines-channels.md"));
        QFile f(goFile);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\nMy own thoughts, added in Obsidian.\n");
        f.close();
        const QByteArray edited = readAll(goFile);

        // Nothing new from Lectern: the edited file is left alone, and said so.
        NotesExportSummary summary = exportAt(out(), laterTime);
        QCOMPARE(summary.skipped.size(), 1);
        QCOMPARE(summary.skipped.first().path, goFile);
        QVERIFY(summary.skipped.first().besidePath.isEmpty());
        QVERIFY2(summary.skipped.first().reason.contains(QLatin1String("nothing new")),
                 qPrintable(summary.skipped.first().reason));
        QCOMPARE(readAll(goFile), edited);

        // Something new: still not overwritten; Lectern's version goes beside it.
        QString error;
        QVERIFY(NoteRepository(m_db).setPostNote(m_go, QStringLiteral("Newer note."), &error));
        summary = exportAt(out(), laterTime);
        QCOMPARE(readAll(goFile), edited);
        QCOMPARE(summary.skipped.size(), 1);
        const QString beside =
            at(QStringLiteral("go-concurrency-goroutines-channels.lectern-new.md"));
        QCOMPARE(summary.skipped.first().besidePath, beside);
        QVERIFY(QString::fromUtf8(readAll(beside)).contains(QLatin1String("\nNewer note.\n")));
        QVERIFY2(summary.report().contains(QLatin1String("skipped: ") + goFile),
                 qPrintable(summary.report()));
        QVERIFY(summary.report().contains(beside));

        // And again: the beside file is current, the user's file still untouched.
        const QByteArray besideBytes = readAll(beside);
        summary = exportAt(out(), laterTime.addDays(1));
        QCOMPARE(readAll(goFile), edited);
        QCOMPARE(readAll(beside), besideBytes);
        QCOMPARE(summary.written.size(), 0);
    }

    void foreignFileOfTheSameNameIsKept()
    {
        QDir().mkpath(out());
        const QString mine = at(QStringLiteral("tricky-text.md"));
        QFile f(mine);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# My own page\n");
        f.close();
        const NotesExportSummary summary = exportAt(out(), firstTime);
        QCOMPARE(readAll(mine), QByteArray("# My own page\n"));
        QCOMPARE(summary.written.size(), 3);
        const QStringList files = mdFiles(out());
        QCOMPARE(files.size(), 4);
        const QString other =
            files.filter(QRegularExpression(QStringLiteral("^tricky-text-[0-9a-f]{8}\\.md$")))
                .value(0);
        QVERIFY2(!other.isEmpty(), qPrintable(files.join(u' ')));
        QVERIFY(summary.written.contains(at(other)));
        // The same name again next time: stable.
        const NotesExportSummary again = exportAt(out(), laterTime);
        QCOMPARE(again.unchanged.size(), 3);
    }

    void onePostAndExplicitLists()
    {
        const NotesExportSummary one = exportAt(out(), firstTime, {m_intro});
        QCOMPARE(one.written, QStringList{at(QStringLiteral("django-conquered-introduction.md"))});
        // A requested post without marks is named, not written.
        const qint64 bare = postId(base + QStringLiteral("personal/dear-me/"));
        QVERIFY(bare);
        const NotesExportSummary none = exportAt(out(QStringLiteral("other")), firstTime, {bare});
        QCOMPARE(none.written.size(), 0);
        QCOMPARE(none.nothingToExport.size(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("target"); // relative to the temporary folder, or absolute
        QTest::addColumn<qint64>("post");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown post") << QStringLiteral("out") << qint64(999999)
                                      << QStringLiteral("no post with id 999999 in the library");
        QTest::newRow("folder under a file") << QStringLiteral("library.sqlite/notes") << qint64(0)
                                             << QStringLiteral("cannot create the folder");
        QTest::newRow("folder is a file") << QStringLiteral("library.sqlite") << qint64(0)
                                          << QStringLiteral("is a file, not a folder");
        // Unwritable even for root (the tests may run as root).
        QTest::newRow("unwritable folder")
            << QStringLiteral("/proc/self") << qint64(0) << QStringLiteral("/proc/self");
        QTest::newRow("empty folder name")
            << QString() << qint64(0) << QStringLiteral("no folder to export to");
    }

    void badInput()
    {
        QFETCH(QString, target);
        QFETCH(qint64, post);
        QFETCH(QString, error);
        const QString folder =
            target.isEmpty() || QDir::isAbsolutePath(target) ? target : out(target);
        NotesExporter exporter(m_db);
        NotesExportSummary summary;
        QString message;
        QVERIFY(!exporter.exportToFolder(folder, post ? QList<qint64>{post} : QList<qint64>{},
                                         &summary, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
        QCOMPARE(summary.written.size(), 0);
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("out"))));
    }

    void passageLink_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("short, encoded")
            << QStringLiteral("Intro. Use wg.Add(N) - then go, & wait.\nMore.")
            << QStringLiteral("wg.Add(N) - then go, & wait.") << 0
            << QStringLiteral("wg.Add%28N%29%20%2D%20then%20go%2C%20%26%20wait.");
        QTest::newRow("widened to words")
            << QStringLiteral("The goroutine scheduler.") << QStringLiteral("oroutine sched") << 0
            << QStringLiteral("goroutine%20scheduler");
        QTest::newRow("non-ASCII") << QStringLiteral("Don’t communicate by sharing memory.")
                                   << QStringLiteral("Don’t communicate") << 0
                                   << QStringLiteral("Don%E2%80%99t%20communicate");
        QTest::newRow("long: start and end")
            << QStringLiteral("a b c d e f g h i j k l m n o p")
            << QStringLiteral("b c d e f g h i j k l m") << 0
            << QStringLiteral("b%20c%20d%20e%20f,i%20j%20k%20l%20m");
        QTest::newRow("across paragraphs")
            << QStringLiteral("First part ends.\nSecond part starts.")
            << QStringLiteral("ends.\nSecond") << 0 << QStringLiteral("ends.,Second");
        QTest::newRow("ambiguous: context")
            << QStringLiteral("Close it here. We close it there too. Close it here again.")
            << QStringLiteral("Close it here") << 1
            << QStringLiteral("it%20there%20too.-,Close%20it%20here,-again.");
    }

    void passageLink()
    {
        QFETCH(QString, content);
        QFETCH(QString, passage);
        QFETCH(int, occurrence);
        QFETCH(QString, fragment);
        int start = int(content.indexOf(passage));
        for (int i = 0; i < occurrence; ++i)
            start = int(content.indexOf(passage, start + 1));
        QVERIFY(start >= 0);
        QCOMPARE(NotesExporter::passageLink(goPost, content, start, start + int(passage.size())),
                 goPost + QStringLiteral("#:~:text=") + fragment);
        // A permalink with a fragment of its own keeps it.
        QCOMPARE(NotesExporter::passageLink(goPost + QStringLiteral("#top"), content, start,
                                            start + int(passage.size())),
                 goPost + QStringLiteral("#top:~:text=") + fragment);
    }

    void fileStem_data()
    {
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("stem");
        QTest::newRow("slug") << goPost << QStringLiteral("go-concurrency-goroutines-channels");
        QTest::newRow("page") << QStringLiteral("https://blog.rajpoot.dev/about/")
                              << QStringLiteral("about");
        QTest::newRow("html") << QStringLiteral("https://x.org/2024/05/my-post.html")
                              << QStringLiteral("my-post");
        QTest::newRow("unsafe characters")
            << QStringLiteral("https://x.org/p/a%3Ab%3F%2Ac%22d/") << QStringLiteral("a-b-c-d");
        QTest::newRow("host only") << QStringLiteral("https://x.org/") << QStringLiteral("x.org");
        QTest::newRow("device name")
            << QStringLiteral("https://x.org/con/") << QStringLiteral("con-post");
        QTest::newRow("nothing usable")
            << QStringLiteral("https://x.org/%3F%3F/") << QStringLiteral("post");
    }

    void fileStem()
    {
        QFETCH(QString, permalink);
        QFETCH(QString, stem);
        QCOMPARE(NotesExporter::fileStem(permalink), stem);
    }
};

QTEST_GUILESS_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
