#include "render/articlerenderer.h"

#include "ingest/articleextractor.h"
#include "ingest/structure.h"
#include "ingest/structurecache.h"

#include "render/codehighlighter.h"
#include "render/searchhits.h"
#include "sources/richbodies.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QUrlQuery>
#include <algorithm>
#include <functional>

namespace Lectern {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A callout box: what kind it is, told by the icon or the label that opens its quote ("! Do not
// drop tasks ...", "i Mental model: ...", "Tip: ..."), and how long that icon is (0: a label,
// which stays part of the text).
struct Callout
{
    const char *kind = nullptr; // "info", "warning", "tip", "success", "danger"; null: none
    qsizetype icon = 0;
};

Callout calloutOf(QStringView text)
{
    const qsizetype space = text.indexOf(u' ');
    if (space < 0)
        return {};
    const QStringView first = text.first(space);
    if (const char *kind = calloutIconKind(first))
        return {kind, first.size()};
    if (const char *kind = calloutLabelKind(first))
        return {kind, 0};
    // Besides recovery's icons: the info emoji, and the letter the index keeps for an info icon
    // (only before a capital: "i am ..." is a sentence).
    if (first == u"\u2139\uFE0F" ||
        (first == u"i" && space + 1 < text.size() && text[space + 1].isUpper()))
        return {"info", first.size()};
    return {};
}

// A stable anchor from heading text: lower case letters and digits joined by '-', like
// Hugo's; "section" when nothing is left. Underscores become '-' too.
QString slugify(const QString &text)
{
    QString slug;
    slug.reserve(text.size());
    bool dash = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += u'-';
            dash = false;
            slug += c.toLower();
        } else if (c.isSpace() || c == u'-' || c == u'_' || c == u'/' || c == u'.') {
            dash = true;
        } // other punctuation (apostrophes, quotes, '?') disappears: "What's" -> "whats"
    }
    return slug.isEmpty() ? QStringLiteral("section") : slug;
}

// "Go" -> "go", "C++" -> "c++", "Objective-C" -> "objective-c": safe in a class attribute.
QString languageToken(const QString &language)
{
    QString token;
    for (const QChar c : language.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'+' || c == u'#' || c == u'.' || c == u'_' || c == u'-')
            token += c;
        else if (c.isSpace() && !token.endsWith(u'-'))
            token += u'-';
    }
    return token.left(40);
}

int countWords(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

QString postLinkHtml(const PostRef &ref)
{
    return QStringLiteral("<a href=\"%1\" data-post-id=\"%2\">%3</a>")
        .arg(escaped(postUrl(ref.id).toString(QUrl::FullyEncoded)))
        .arg(ref.id)
        .arg(escaped(ref.title));
}

// Builds one page; holds the state that runs through it (ids in use, code counter, hits).
class PageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ArticleRenderer)

public:
    PageBuilder(const RenderOptions &options, const Blocks &blocks, int richCodeBlocks = 0)
        : m_options(options)
        , m_hits(options.searchTerms)
    {
        // Reserve the ids the page itself uses before any heading takes one.
        int codeBlocks = 0;
        for (const Block &b : blocks)
            if (b.type == Block::Type::Code)
                m_usedIds.insert(QStringLiteral("code-%1").arg(++codeBlocks));
        while (codeBlocks < richCodeBlocks)
            m_usedIds.insert(QStringLiteral("code-%1").arg(++codeBlocks));
        m_usedIds.insert(SearchHitMarker::firstHitId());
        m_usedIds.insert(QStringLiteral("top"));
        m_usedIds.insert(QStringLiteral("content"));
        int minLevel = 6;
        for (const Block &b : blocks)
            if (b.type == Block::Type::Heading)
                minLevel = std::min(minLevel, std::clamp(b.level, 1, 6));
        m_levelShift = 2 - minLevel; // the shallowest heading becomes <h2>
    }

    void setNotice(const QString &notice) { m_notice = notice; }

    RenderedArticle build(const Post &post, const Blocks &blocks, const ArticleContext &context)
    {
        return build(post, context, [&](QString &body, Outline *outline) {
            int words = 0;
            const std::vector<bool> labelled = boldLabels(blocks);
            for (qsizetype i = 0; i < blocks.size(); ++i) {
                const Block &block = blocks[i];
                appendBlock(body, block, outline, labelled[size_t(i)]);
                words += countWords(block.text);
                for (const QString &item : block.items)
                    words += countWords(item);
            }
            return words;
        });
    }

    // A stored rich body (sanitized and highlighted when it was stored): kept as it is, except
    // that headings get their anchors, code blocks are highlighted again in the page's own
    // figure (label, copy button, code-N id; the current code theme) and search words marked.
    RenderedArticle buildRich(const Post &post, const QString &richHtml,
                              const ArticleContext &context)
    {
        return build(post, context, [&](QString &body, Outline *outline) {
            RichBodyHooks hooks;
            hooks.heading = [&](int level, const QString &text) {
                const int shown = std::clamp(level, 2, 6); // the title is the only <h1>
                const QString id = uniqueId(slugify(text));
                if (!text.isEmpty())
                    outline->append({shown, text, id});
                return std::pair<QString, QString>(
                    QStringLiteral("<h%1 id=\"%2\">").arg(shown).arg(escaped(id)),
                    QStringLiteral("<a class=\"anchor\" href=\"#%1\" aria-label=\"%2\">#</a></h%3>")
                        .arg(escaped(id), escaped(tr("Link to this section")))
                        .arg(shown));
            };
            hooks.codeBlock = [&](const QString &code, const QString &language) {
                Block block;
                block.type = Block::Type::Code;
                block.text = code.endsWith(u'\n') ? code.chopped(1) : code;
                block.language = language;
                QString html;
                appendCode(html, block);
                return html;
            };
            hooks.text = [&](const QString &text) { return m_hits.mark(text); };
            body += ArticleExtractor::decorate(richHtml, hooks);
            return countWords(ArticleExtractor::plainText(richHtml));
        });
    }

    RenderedArticle build(const Post &post, const ArticleContext &context,
                          const std::function<int(QString &, Outline *)> &makeBody)
    {
        RenderedArticle result;
        // Hits are numbered in page order: title, summary, then the body.
        const QString titleHtml = m_hits.mark(escaped(post.title));
        const QString summaryHtml = m_hits.mark(escaped(post.summary.trimmed()));
        QString body;
        body.reserve(post.content.size() * 2);
        const int words = makeBody(body, &result.outline);
        result.wordCount = words;
        result.readingMinutes = ArticleRenderer::readingMinutes(words);
        result.searchHits = m_hits.count();
        if (result.searchHits > 0)
            result.firstHitAnchor = SearchHitMarker::firstHitId();

        QString html;
        html.reserve(body.size() + 4096);
        appendHead(html, post);
        html += QLatin1String("<body>\n<article class=\"post\" data-post-id=\"");
        html += QString::number(post.id);
        html += QLatin1String("\" data-permalink=\"");
        html += escaped(post.permalink);
        html += QLatin1String("\">\n");
        appendHeader(html, post, titleHtml, summaryHtml, result.readingMinutes, context);
        html += QLatin1String("<div class=\"post-body\" id=\"content\">\n");
        html += body;
        html += QLatin1String("</div>\n");
        appendNavigation(html, post, context.neighbours);
        html += QLatin1String("</article>\n</body>\n</html>\n");
        result.html = std::move(html);
        return result;
    }

private:
    QString uniqueId(const QString &base)
    {
        QString id = base;
        for (int n = 2; m_usedIds.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_usedIds.insert(id);
        return id;
    }

    void appendHead(QString &html, const Post &post) const
    {
        html += QLatin1String("<!DOCTYPE html>\n<html data-theme=\"");
        html += articleThemeName(m_options.theme);
        html += u'"';
        if (m_options.sansSerif)
            html += QLatin1String(" class=\"sans\"");
        if (m_options.fontSizePx > 0)
            html += QStringLiteral(" style=\"--reader-font-size: %1px\"")
                        .arg(std::clamp(m_options.fontSizePx, 10, 40));
        html += QLatin1String(">\n<head>\n<meta charset=\"utf-8\">\n"
                              "<meta http-equiv=\"Content-Security-Policy\" content=\"");
        html += escaped(QString::fromLatin1(
            ArticleRenderer::contentSecurityPolicy(m_options.allowRemoteImages)));
        html += QLatin1String("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
                              "<meta name=\"viewport\" content=\"width=device-width, "
                              "initial-scale=1\">\n<meta name=\"color-scheme\" content=\"");
        html +=
            m_options.theme == ArticleTheme::Dark ? QLatin1String("dark") : QLatin1String("light");
        html += QLatin1String("\">\n<title>");
        html += escaped(post.title);
        html += QLatin1String("</title>\n");
        if (m_options.stylesheetUrl.isEmpty()) {
            html += QLatin1String("<style>\n");
            // The stylesheet is ours, but never let it end the element early.
            QString css = articleStylesheet(m_options.theme, m_options.codeTheme);
            css.replace(QLatin1String("</"), QLatin1String("<\\/"));
            html += css;
            html += QLatin1String("</style>\n");
        } else {
            html += QLatin1String("<link rel=\"stylesheet\" href=\"");
            html += escaped(m_options.stylesheetUrl.toString(QUrl::FullyEncoded));
            html += QLatin1String("\">\n");
        }
        html += QLatin1String("</head>\n");
    }

    void appendHeader(QString &html, const Post &post, const QString &titleHtml,
                      const QString &summaryHtml, int minutes, const ArticleContext &context) const
    {
        html += QLatin1String("<header class=\"post-header\">\n");
        if (!post.category.isEmpty()) {
            html += QLatin1String("<p class=\"post-kicker\"><span class=\"post-category\">");
            html += escaped(post.category);
            html += QLatin1String("</span></p>\n");
        }
        html += QLatin1String("<h1 class=\"post-title\" id=\"top\">");
        html += titleHtml;
        html += QLatin1String("</h1>\n");
        if (!summaryHtml.isEmpty()) {
            html += QLatin1String("<p class=\"post-summary\">");
            html += summaryHtml;
            html += QLatin1String("</p>\n");
        }
        html += QLatin1String("<p class=\"post-meta\">");
        if (post.seriesId && post.seriesPosition > 0) {
            html += QLatin1String("<span class=\"post-series\">");
            // One arg() pass: a series name holding "%1" stays text.
            html +=
                escaped(tr("Part %1 of %2 in %3"))
                    .arg(QString::number(post.seriesPosition), QString::number(post.seriesLength),
                         QLatin1String("<cite>") + escaped(post.seriesName) +
                             QLatin1String("</cite>"));
            html += QLatin1String("</span>");
        }
        if (context.published.isValid()) {
            html += QLatin1String("<span class=\"post-date\">");
            html += escaped(
                QLocale().toString(context.published.toLocalTime().date(), QLocale::LongFormat));
            html += QLatin1String("</span>");
        }
        if (!context.author.trimmed().isEmpty()) {
            html += QLatin1String("<span class=\"post-author\">");
            html += escaped(context.author.simplified());
            html += QLatin1String("</span>");
        }
        html += QLatin1String("<span class=\"reading-time\">");
        html += escaped(tr("%n min read", nullptr, minutes));
        html += QLatin1String("</span></p>\n");
        if (post.missing) {
            html += QLatin1String("<p class=\"post-notice\">");
            html += escaped(tr("This post is no longer in its source; this is the last copy "
                               "Lectern saw."));
            html += QLatin1String("</p>\n");
        }
        if (!m_notice.isEmpty()) {
            html += QLatin1String("<p class=\"post-notice\">");
            html += escaped(m_notice);
            html += QLatin1String("</p>\n");
        }
        if (!context.mentions.isEmpty() || !context.mentionedBy.isEmpty()) {
            html += QLatin1String("<nav class=\"post-links\" aria-label=\"");
            html += escaped(tr("Related posts"));
            html += QLatin1String("\">\n");
            appendLinkLine(html, QStringLiteral("mentions"), tr("Mentions"), context.mentions);
            appendLinkLine(html, QStringLiteral("mentioned-by"), tr("Mentioned by"),
                           context.mentionedBy);
            html += QLatin1String("</nav>\n");
        }
        html += QLatin1String("</header>\n");
    }

    static void appendLinkLine(QString &html, const QString &cls, const QString &label,
                               const QList<PostRef> &refs)
    {
        if (refs.isEmpty())
            return;
        html += QStringLiteral("<p class=\"%1\"><span class=\"label\">%2</span>")
                    .arg(cls, escaped(label));
        for (const PostRef &ref : refs)
            html += postLinkHtml(ref);
        html += QLatin1String("</p>\n");
    }

    void appendNavigation(QString &html, const Post &post, const Neighbours &n) const
    {
        if (!n.previous && !n.next)
            return;
        const QString where = n.inSeries
                                  ? tr("Series: %1").arg(post.seriesName)
                                  : (post.category.isEmpty() ? tr("More posts")
                                                             : tr("More in %1").arg(post.category));
        html += QLatin1String("<nav class=\"post-nav\" aria-label=\"");
        html += escaped(where);
        html += QLatin1String("\">\n");
        const auto link = [&](const PostRef &ref, const char *cls, const char *rel,
                              const QString &label) {
            html += QStringLiteral("<a class=\"%1\" rel=\"%2\" href=\"%3\" data-post-id=\"%4\">")
                        .arg(QLatin1String(cls), QLatin1String(rel),
                             escaped(postUrl(ref.id).toString(QUrl::FullyEncoded)))
                        .arg(ref.id);
            html += QLatin1String("<span class=\"post-nav-label\">");
            html += escaped(label);
            html += QLatin1String("</span><span class=\"post-nav-title\">");
            html += escaped(ref.title);
            html += QLatin1String("</span></a>\n");
        };
        const QString category = post.category;
        if (n.previous)
            link(*n.previous, "post-nav-prev", "prev",
                 n.inSeries
                     ? tr("Previous part")
                     : (category.isEmpty() ? tr("Older post") : tr("Older in %1").arg(category)));
        if (n.next)
            link(*n.next, "post-nav-next", "next",
                 n.inSeries
                     ? tr("Next part")
                     : (category.isEmpty() ? tr("Newer post") : tr("Newer in %1").arg(category)));
        html += QLatin1String("</nav>\n");
    }

    // Which blocks show their opening labels in bold, as the post had them ("**URL Routing:** A
    // clean ..."): paragraphs in a run of two or more that open with a label, and the items of
    // a list when most of them do. A lone "That said: ..." stays plain.
    static std::vector<bool> boldLabels(const Blocks &blocks)
    {
        const auto labelParagraph = [&blocks](qsizetype i) {
            return i >= 0 && i < blocks.size() && blocks[i].type == Block::Type::Paragraph &&
                   openingLabel(blocks[i].text.trimmed()) > 0;
        };
        std::vector<bool> bold(size_t(blocks.size()), false);
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (blocks[i].type == Block::Type::List) {
                qsizetype labelled = 0;
                for (const QString &item : blocks[i].items)
                    labelled += openingLabel(item.trimmed()) > 0;
                bold[size_t(i)] = labelled >= 2 && 2 * labelled > blocks[i].items.size();
            } else {
                bold[size_t(i)] =
                    labelParagraph(i) && (labelParagraph(i - 1) || labelParagraph(i + 1));
            }
        }
        return bold;
    }

    // A paragraph's or an item's text, its opening label in bold when `bold`.
    QString labelledText(const QString &text, bool bold)
    {
        const qsizetype colon = bold ? openingLabel(text) : -1;
        if (colon <= 0)
            return m_hits.mark(escaped(text));
        return QLatin1String("<strong>") + m_hits.mark(escaped(text.left(colon + 1))) +
               QLatin1String("</strong>") + m_hits.mark(escaped(text.mid(colon + 1)));
    }

    void appendBlock(QString &html, const Block &block, Outline *outline, bool boldLabel)
    {
        switch (block.type) {
        case Block::Type::Paragraph:
            if (block.text.trimmed().isEmpty())
                return;
            html += QLatin1String("<p>");
            html += labelledText(block.text.trimmed(), boldLabel);
            html += QLatin1String("</p>\n");
            return;
        case Block::Type::Heading: {
            const QString text = block.text.simplified();
            if (text.isEmpty())
                return;
            const int level = std::clamp(std::clamp(block.level, 1, 6) + m_levelShift, 2, 6);
            const QString id = uniqueId(slugify(text));
            outline->append({level, text, id});
            html += QStringLiteral("<h%1 id=\"%2\">").arg(level).arg(escaped(id));
            html += m_hits.mark(escaped(text));
            html +=
                QStringLiteral("<a class=\"anchor\" href=\"#%1\" aria-label=\"%2\">#</a></h%3>\n")
                    .arg(escaped(id), escaped(tr("Link to this section")))
                    .arg(level);
            return;
        }
        case Block::Type::List: {
            QStringList items;
            for (const QString &item : block.items)
                if (!item.trimmed().isEmpty())
                    items << item.trimmed();
            if (items.isEmpty())
                return;
            const QLatin1String tag = block.ordered ? QLatin1String("ol") : QLatin1String("ul");
            html += u'<' + tag + u'>' + u'\n';
            for (const QString &item : std::as_const(items)) {
                html += QLatin1String("<li>");
                html += labelledText(item, boldLabel);
                html += QLatin1String("</li>\n");
            }
            html += QLatin1String("</") + tag + QLatin1String(">\n");
            return;
        }
        case Block::Type::Quote: {
            const QStringList paragraphs = block.text.split(u'\n', Qt::SkipEmptyParts);
            if (paragraphs.isEmpty())
                return;
            // A callout's icon becomes a badge before its text, and its kind colours the box.
            const Callout callout = calloutOf(QStringView(block.text).trimmed());
            html += callout.kind ? QStringLiteral("<blockquote class=\"callout callout-%1\">\n")
                                       .arg(QLatin1String(callout.kind))
                                 : QStringLiteral("<blockquote>\n");
            bool first = true;
            for (const QString &p : paragraphs) {
                QString text = p.trimmed();
                if (text.isEmpty())
                    continue;
                html += QLatin1String("<p>");
                if (first && callout.icon > 0) {
                    html += QLatin1String("<span class=\"callout-icon\">");
                    html += m_hits.mark(escaped(text.first(callout.icon)));
                    html += QLatin1String("</span>");
                    text = text.sliced(callout.icon).trimmed();
                }
                first = false;
                html += m_hits.mark(escaped(text));
                html += QLatin1String("</p>\n");
            }
            html += QLatin1String("</blockquote>\n");
            return;
        }
        case Block::Type::Code:
            appendCode(html, block);
            return;
        }
    }

    void appendCode(QString &html, const Block &block)
    {
        const QString id = QStringLiteral("code-%1").arg(++m_codeCounter);
        const HighlightedCode code = highlightCode(block.text, block.language);
        const QString label = code.highlighted
                                  ? code.language
                                  : (block.language.isEmpty() ? tr("Code") : block.language);
        // The fence-style class (language-go) keeps the page's code recognisable to tools and
        // to the sanitizer's rules for HTML bodies.
        const QString langClass =
            languageToken(block.language.isEmpty() ? code.language : block.language);
        html += QLatin1String("<figure class=\"code-block\"");
        if (!langClass.isEmpty())
            html += QLatin1String(" data-language=\"") + escaped(langClass) + u'"';
        html += QLatin1String(">\n<figcaption><span class=\"code-language\">");
        html += escaped(label);
        html += QLatin1String("</span><button type=\"button\" class=\"copy\" data-copy-target=\"");
        html += id;
        html += QLatin1String("\" title=\"");
        html += escaped(tr("Copy the code"));
        html += QLatin1String("\">");
        html += escaped(tr("Copy"));
        html += QLatin1String("</button></figcaption>\n<pre class=\"code\"><code id=\"");
        html += id;
        html += u'"';
        if (!langClass.isEmpty())
            html += QLatin1String(" class=\"language-") + escaped(langClass) + u'"';
        html += u'>';
        html += m_hits.mark(code.html);
        html += QLatin1String("</code></pre>\n</figure>\n");
    }

    const RenderOptions &m_options;
    SearchHitMarker m_hits;
    QSet<QString> m_usedIds;
    int m_codeCounter = 0;
    int m_levelShift = 0;
    QString m_notice; // a line under the title about where the body came from
};

} // namespace

QUrl postUrl(qint64 id)
{
    return QUrl(QStringLiteral("lectern:post/%1").arg(id));
}

QUrl postUrlForPermalink(const QString &permalink)
{
    return QUrl(QLatin1String("lectern:post?permalink=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(permalink)),
                QUrl::StrictMode);
}

std::optional<PostLink> parsePostUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("lectern"))
        return std::nullopt;
    const QString path = url.path();
    if (path == QLatin1String("post") && url.hasQuery()) {
        const QString permalink =
            QUrlQuery(url).queryItemValue(QStringLiteral("permalink"), QUrl::FullyDecoded);
        if (permalink.isEmpty())
            return std::nullopt;
        return PostLink{0, permalink};
    }
    if (path.startsWith(QLatin1String("post/"))) {
        bool ok = false;
        const qint64 id = path.sliced(5).toLongLong(&ok);
        if (!ok || id <= 0 || path.sliced(5).startsWith(u'+'))
            return std::nullopt;
        return PostLink{id, {}};
    }
    return std::nullopt;
}

ArticleContext ArticleContext::load(const PostRepository &posts, const Post &post)
{
    ArticleContext c;
    c.mentions = posts.mentions(post.id);
    c.mentionedBy = posts.mentionedBy(post.id);
    c.neighbours = posts.neighbours(post.id);
    const PostDetails details = RichBodies(posts.database()).details(post.id);
    c.published = details.published;
    c.author = details.author;
    return c;
}

ArticleRenderer::ArticleRenderer(RenderOptions options)
    : m_options(std::move(options))
{}

RenderedArticle ArticleRenderer::render(const Post &post, const Blocks &blocks,
                                        const ArticleContext &context) const
{
    PageBuilder builder(m_options, blocks);
    return builder.build(post, blocks, context);
}

RenderedArticle ArticleRenderer::renderRich(const Post &post, const QString &richHtml,
                                            const ArticleContext &context, bool complete) const
{
    // A feed without a summary got the body's opening words as one (the library needs text for
    // lists and search): above the body itself that would say everything twice.
    Post shown = post;
    QString opening = post.summary.simplified();
    for (const QString &ellipsis : {QString(QChar(0x2026)), QStringLiteral("...")})
        if (opening.endsWith(ellipsis))
            opening.chop(ellipsis.size());
    if (!opening.isEmpty() &&
        ArticleExtractor::plainText(richHtml).simplified().startsWith(opening.trimmed()))
        shown.summary.clear();
    PageBuilder builder(m_options, {}, ArticleExtractor::codeBlockCount(richHtml));
    if (!complete)
        builder.setNotice(PageBuilder::tr("The source gives only this summary; Post > Fetch "
                                          "Full Article downloads the whole article."));
    return builder.buildRich(shown, richHtml, context);
}

RenderedArticle ArticleRenderer::renderStored(const PostRepository &posts, const Post &post) const
{
    // A rich body (the feed's content, the article page, the Markdown file) shows the post as
    // its author wrote it; index text needs its structure recovered. A body made before the
    // post last changed at its source is out of date: the index text is newer then.
    if (const auto rich = RichBodies(posts.database()).body(post.id);
        rich && !rich->stale && !rich->html.trimmed().isEmpty())
        return renderRich(post, rich->html, ArticleContext::load(posts, post), rich->complete);
    return render(post, articleBlocks(posts, post), ArticleContext::load(posts, post));
}

QByteArray ArticleRenderer::contentSecurityPolicy(bool allowRemoteImages)
{
    // Also the scheme handler's header: the page's own scripts are refused (the app's script
    // runs in an isolated world), nothing remote unless images are allowed, no plugins,
    // frames or forms.
    QByteArray csp = "default-src 'none'; style-src lectern: 'unsafe-inline'; font-src lectern:; "
                     "script-src 'none'; object-src 'none'; base-uri 'none'; "
                     "form-action 'none'; frame-src 'none'; img-src lectern: data:";
    if (allowRemoteImages)
        csp += " https: http:";
    return csp;
}

int ArticleRenderer::readingMinutes(int words)
{
    return std::max(1, (words + 229) / 230);
}

Blocks paragraphBlocks(const QString &decodedContent)
{
    Blocks blocks;
    for (const QStringView line : QStringView(decodedContent).split(u'\n')) {
        const QStringView text = line.trimmed();
        if (text.isEmpty())
            continue;
        Block b;
        b.type = Block::Type::Paragraph;
        b.text = text.toString();
        blocks << b;
    }
    return blocks;
}

Blocks articleBlocks(const PostRepository &posts, const Post &post)
{
    QString error;
    Blocks blocks = cachedStructure(posts.database(), post.id, &error);
    if (blocks.isEmpty())
        blocks = paragraphBlocks(post.content);
    return blocks;
}

} // namespace Lectern
