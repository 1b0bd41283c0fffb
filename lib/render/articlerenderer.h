#pragma once

#include "ingest/blocks.h"
#include "render/articletheme.h"
#include "store/posts.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace Lectern {

// Links inside rendered pages, for the app's `lectern:` scheme handler to serve:
//   lectern:post/<id>                    a post by its row id in the open library; what the
//                                        renderer writes for mentions and prev/next
//   lectern:post?permalink=<percent-encoded permalink>
//                                        a post by its permalink, which survives re-creating
//                                        the library (for links kept outside it, e.g. exports)
// Anything else inside a page is a fragment (#anchor) or an http(s) link, which the app
// opens in the system browser.
struct PostLink
{
    qint64 id = 0;     // set for lectern:post/<id>
    QString permalink; // set for lectern:post?permalink=...
};
QUrl postUrl(qint64 id);
QUrl postUrlForPermalink(const QString &permalink);
std::optional<PostLink> parsePostUrl(const QUrl &url);

// One heading of the article, for the Outline panel: scroll to "#" + anchor.
struct OutlineEntry
{
    int level = 2; // 2-6, as rendered (the title is the page's only h1)
    QString text;
    QString anchor;
    bool operator==(const OutlineEntry &) const = default;
};
using Outline = QList<OutlineEntry>;

struct RenderOptions
{
    ArticleTheme theme = ArticleTheme::Light; // the app resolves "follow the system"
    QString codeTheme;      // KSyntaxHighlighting theme; empty or unknown: defaultCodeTheme(theme)
    int fontSizePx = 0;     // 0: the stylesheet's 18px; else clamped to 10-40 (--reader-font-size)
    bool sansSerif = false; // body text in the sans-serif stack instead of the serif one
    bool allowRemoteImages = false; // Settings > remote content: the CSP lets http(s) images in
    QStringList searchTerms;        // words of the search that opened the post, to mark
    // Empty: the stylesheet is inlined in a <style> element (self-contained page, as
    // `lectern render` writes it). Otherwise a <link> to this URL, which the scheme handler
    // answers with articleStylesheet(theme, codeTheme), so pages can be cached per post.
    QUrl stylesheetUrl;
};

// What surrounds a post in the library: the header's links and the navigation bar.
struct ArticleContext
{
    QList<PostRef> mentions;
    QList<PostRef> mentionedBy;
    Neighbours neighbours;
    // From the post's source when it says (feeds, article pages, front matter).
    QDateTime published;
    QString author;

    static ArticleContext load(const PostRepository &posts, const Post &post);
};

struct RenderedArticle
{
    QString html; // the whole page, UTF-8 when served (toUtf8())
    Outline outline;
    int searchHits = 0;
    QString firstHitAnchor; // "first-hit" when there was a hit, else empty
    int wordCount = 0;
    int readingMinutes = 0;
};

// Turns a post into a full, self-describing HTML page for the reader (QWebEngineView through
// the `lectern:` scheme) and for `lectern render`. Post text is untrusted: every piece is
// escaped, links are only lectern:post, #fragments and http(s), the page carries its
// Content-Security-Policy in a <meta> too, and nothing in it loads from the network.
// Code blocks are highlighted with KSyntaxHighlighting into ksh-* classes; each has a
// language label and a copy button (<button class="copy" data-copy-target="code-N">) that the
// app's isolated-world script wires up; the code's exact text is the textContent of
// <code id="code-N">.
// Not thread-safe across threads at once (the KSyntaxHighlighting repository is per process):
// render from one thread.
class ArticleRenderer final
{
public:
    explicit ArticleRenderer(RenderOptions options = {});

    const RenderOptions &options() const { return m_options; }

    // `blocks` is the post's structure (recoverStructure() for index text, or
    // paragraphBlocks() until one is known).
    RenderedArticle render(const Post &post, const Blocks &blocks,
                           const ArticleContext &context = {}) const;
    // A post from its rich body (RichBodies: sanitized when stored, code blocks with their
    // language-* class), highlighted again here like every other code block.
    // `complete` false: the body is only the source's summary (the page says so).
    RenderedArticle renderRich(const Post &post, const QString &richHtml,
                               const ArticleContext &context = {}, bool complete = true) const;
    // A stored post as the reader and `lectern render` show it: its links and neighbours from
    // `posts`; its rich body when it has a current one, else its structure from
    // articleBlocks().
    RenderedArticle renderStored(const PostRepository &posts, const Post &post) const;

    // The page's Content-Security-Policy (also what the <meta http-equiv> says): no scripts,
    // no remote loads, no plugins, forms or frames, no <base>.
    static QByteArray contentSecurityPolicy(bool allowRemoteImages = false);
    // Estimated reading time at 230 words a minute, at least one minute.
    static int readingMinutes(int words);

private:
    RenderOptions m_options;
};

// The structure of index text before structure recovery: one paragraph per line ('\n' ends
// a <p> in Hugo's .Plain, see HUGO-INDEX.md); blank lines dropped, spaces trimmed.
Blocks paragraphBlocks(const QString &decodedContent);
// The structure shown for a stored post's index text: the recovered structure from the
// library's cache (lib/ingest/structurecache.h), one paragraph per line if recovery fails.
Blocks articleBlocks(const PostRepository &posts, const Post &post);

} // namespace Lectern
