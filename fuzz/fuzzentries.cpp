// The fuzz targets' bodies: shared by the libFuzzer executables (fuzz_*.cpp) and by
// tests/tst_fuzzregressions.cpp, which replays every seed and every kept crash through them.
#include "fuzzentries.h"
#include "fuzzsupport.h"

#include "ingest/articleextractor.h"
#include "ingest/feedimporter.h"
#include "ingest/feedparser.h"
#include "ingest/hugoimporter.h"
#include "ingest/markdownfolder.h"
#include "ingest/structure.h"
#include "render/htmlsanitizer.h"
#include "search/queryparser.h"
#include "search/searchindex.h"
#include "store/library.h"
#include <QTemporaryDir>
#include <memory>

namespace LecternFuzz {

// hugoimport: the Hugo index importer (HugoImporter::importData) into a real library
// file, then the search index refresh that `lectern import` runs after it.
namespace {

// One library for many inputs (opening one runs every migration); it is replaced after a number
// of successful imports so that it stays small and runs stay fast.
struct State
{
    QTemporaryDir dir;
    std::unique_ptr<Lectern::Library> library;
    int imports = 0;
    int generation = 0;

    Lectern::Library &get()
    {
        if (!library || imports >= 200) {
            library.reset();
            const QString path = dir.filePath(QStringLiteral("fuzz-%1.sqlite").arg(++generation));
            library = std::make_unique<Lectern::Library>(path);
            QString error;
            if (!library->open(&error))
                qFatal("cannot open the fuzz library: %s", qPrintable(error));
            imports = 0;
        }
        return *library;
    }
};

State *hugoState = nullptr;

} // namespace

void shutdown()
{
    delete hugoState;
    hugoState = nullptr;
}

int fuzzHugoImport(const uint8_t *data, size_t size)
{
    if (!hugoState)
        hugoState = new State;
    State &state = *hugoState;
    Lectern::Library &library = state.get();
    Lectern::HugoImporter importer(library);
    Lectern::ImportOptions options;
    // Both modes: the first byte's low bit picks skip-invalid (the bytes stay the input).
    options.skipInvalid = size > 0 && (data[0] & 1);
    Lectern::ImportSummary summary;
    QString error;
    if (importer.importData(LecternFuzz::bytes(data, size), QStringLiteral("fuzz.json"), options,
                            &summary, &error)) {
        ++state.imports;
        QString indexError;
        Lectern::SearchIndex(library.connection()).refresh(&indexError);
    } else if (error.isEmpty()) {
        qFatal("import refused without a message");
    }
    return 0;
}

// structure recovery of Hugo index text, and the blocks' JSON round trip.
int fuzzStructure(const uint8_t *data, size_t size)
{
    // The first line (up to 16 bytes) is the category hint, the rest the index text.
    const QString input = LecternFuzz::text(data, size);
    QString hint;
    QString content = input;
    const qsizetype newline = input.indexOf(QLatin1Char('\n'));
    if (newline >= 0 && newline <= 16) {
        hint = input.left(newline);
        content = input.mid(newline + 1);
    }
    const Lectern::Blocks blocks = Lectern::recoverStructure(content, hint);
    const QByteArray json = Lectern::blocksToJson(blocks);
    Lectern::Blocks again;
    QString error;
    if (!Lectern::blocksFromJson(json, &again, &error))
        qFatal("blocksToJson output not read back: %s", qPrintable(error));
    // And arbitrary bytes as a cached structure (the cache reads what it stored).
    Lectern::Blocks cached;
    Lectern::blocksFromJson(LecternFuzz::bytes(data, size), &cached, &error);
    return 0;
}

// feed detection and parsing (RSS, Atom, JSON Feed, Hugo index, HTML feed
// discovery) and the conversion of each entry to an incoming post.
int fuzzFeedParser(const uint8_t *data, size_t size)
{
    const QByteArray bytes = LecternFuzz::bytes(data, size);
    const QUrl base(QStringLiteral("https://blog.example.org/feed/"));
    Lectern::ParsedFeed feed;
    QString error;
    if (Lectern::FeedParser::parse(bytes, QByteArray(), base, QStringLiteral("fuzz"), &feed,
                                   &error)) {
        for (const Lectern::FeedItem &item : std::as_const(feed.items))
            Lectern::FeedImporter::fromFeedItem(item);
    }
    // Each format's reader directly too, whatever detect() says about the bytes.
    for (const auto format :
         {Lectern::FeedFormat::Rss, Lectern::FeedFormat::Atom, Lectern::FeedFormat::JsonFeed}) {
        Lectern::ParsedFeed direct;
        Lectern::FeedParser::parse(bytes, format, base, QStringLiteral("fuzz"), &direct, &error);
    }
    Lectern::FeedParser::discover(bytes, base);
    Lectern::FeedParser::parseDate(LecternFuzz::text(data, qMin<size_t>(size, 64)));
    return 0;
}

// the HTML allowlist sanitizer and the article extractor (extract, prepare,
// plain text), as a fetched page or feed body goes through them.
int fuzzHtmlSanitizer(const uint8_t *data, size_t size)
{
    const QByteArray bytes = LecternFuzz::bytes(data, size);
    const QString html = Lectern::ArticleExtractor::decodeHtml(bytes, QByteArray());
    const QUrl base(QStringLiteral("https://blog.example.org/posts/go/channels/"));

    Lectern::SanitizeOptions options;
    options.baseUrl = base;
    options.allowRemoteImages = size > 0 && (data[0] & 1);
    const QString safe = Lectern::HtmlSanitizer(options).sanitize(html);
    // The sanitizer's output is its own fixed point's input: sanitizing again must not crash.
    Lectern::HtmlSanitizer(options).sanitize(safe);
    Lectern::HtmlSanitizer().safeUrl(html.left(256), Lectern::HtmlSanitizer::UrlUse::Link);

    Lectern::ExtractedArticle article;
    QString error;
    if (Lectern::ArticleExtractor::extract(html, base, &article, &error)) {
        const QString body = Lectern::ArticleExtractor::prepareBody(article.bodyHtml, base);
        Lectern::ArticleExtractor::plainText(body);
    }
    return 0;
}

// the search query language (every prefix is parsed while the user types).
int fuzzQueryParser(const uint8_t *data, size_t size)
{
    const QString query = LecternFuzz::text(data, size);
    const Lectern::ParsedQuery parsed = Lectern::QueryParser::parse(query);
    parsed.describe();
    if (!parsed.isValid() && parsed.error.trimmed().isEmpty())
        qFatal("a refused query without a message");
    return 0;
}

// a Markdown folder document: front matter (YAML/TOML subset) and the body
// rendered by cmark-gfm.
int fuzzFrontMatter(const uint8_t *data, size_t size)
{
    const QString document = LecternFuzz::text(data, size);
    Lectern::FrontMatter frontMatter;
    QString body;
    QString error;
    if (Lectern::MarkdownFolder::parseFrontMatter(document, &frontMatter, &body, &error))
        Lectern::MarkdownFolder::renderMarkdown(body);
    else if (error.isEmpty())
        qFatal("front matter refused without a message");
    return 0;
}

} // namespace LecternFuzz
