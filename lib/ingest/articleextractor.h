#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <utility>

namespace Lectern {

// What the reader does to a stored rich body (RichBodies) on its way into an article page.
// Each hook is called in document order, so search hits are numbered as they appear.
struct RichBodyHooks
{
    // A heading: the tags that replace its own start and end tags (its text stays between).
    std::function<std::pair<QString, QString>(int level, const QString &text)> heading;
    // A <pre> block: the HTML that replaces all of it. `language` is the name for
    // highlightCode() (empty: plain text), `code` the block's exact text.
    std::function<QString(const QString &code, const QString &language)> codeBlock;
    // A text node outside code blocks, as it stands in the HTML (escaped): its replacement.
    std::function<QString(const QString &escapedText)> text;
};

// The article of a fetched web page: its body HTML (not yet sanitized) and what the page says
// about it.
struct ExtractedArticle
{
    QString bodyHtml;    // the content element's children, serialized again (unsanitized)
    QString title;       // plain text: og:title, else the page's <h1>, else <title>
    QDateTime published; // article:published_time, <time datetime>, PaperMod's post-meta
    QString author;
    QStringList tags; // article:tag, PaperMod's .post-tags
    QString method;   // how the body was found: "post-content", "article", "main", "heuristic"
};

// Pulls the article out of a blog page and prepares HTML bodies for storage. Every step parses
// HTML with gumbo (never with patterns):
// - extract(): the PaperMod `.post-content` element first, then <article>, <main> or
//   [role=main], then a readability-style score (paragraph text per container, minus link
//   density, never navigation, headers, footers, sidebars or comments). Page chrome inside the
//   body is pruned: heading anchors (PaperMod's `a.anchor`), Chroma line numbers (`.ln`,
//   `.lnt`, the number column of `table.lntable`), copy buttons.
// - prepareBody(): sanitize (HtmlSanitizer allowlist) then highlightCodeBlocks().
// - plainText(): the text of a body for posts.content and search: one line per paragraph or
//   block, code blocks with their line breaks.
class ArticleExtractor final
{
public:
    // A downloaded page as text: the Content-Type charset, else a BOM or <meta charset>, else
    // UTF-8.
    static QString decodeHtml(const QByteArray &data, const QByteArray &contentType);

    // false with a message when the page has no recognisable article text.
    static bool extract(const QString &html, const QUrl &pageUrl, ExtractedArticle *article,
                        QString *error);

    // Sanitized against `baseUrl` (relative links resolve against it), then code re-highlighted.
    // Uses the KSyntaxHighlighting repository: call it from the thread that renders (see
    // lib/render/syntaxrepository.h), or through SourceRefresher's highlight hook.
    static QString prepareBody(const QString &untrustedHtml, const QUrl &baseUrl);
    static QString sanitize(const QString &untrustedHtml, const QUrl &baseUrl);

    // Replaces every <pre><code class="language-X">...</code></pre> of sanitized HTML with
    // <pre class="code"><code class="language-X" data-lang="X">(ksh-* spans)</code></pre>,
    // using highlightCode() with the page's own language name. Blocks without a language keep
    // their escaped text (class "code" added to <pre>).
    static QString highlightCodeBlocks(const QString &sanitizedHtml);

    static QString plainText(const QString &html);

    // A prepared body with its headings, code blocks and text passed through `hooks` (gumbo
    // finds them; everything else is kept byte for byte). A hook left empty keeps its pieces.
    static QString decorate(const QString &preparedHtml, const RichBodyHooks &hooks);
    static int codeBlockCount(const QString &preparedHtml); // its <pre> blocks
};

} // namespace Lectern
