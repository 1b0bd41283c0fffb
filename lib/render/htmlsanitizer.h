#pragma once

#include <QByteArrayView>
#include <QString>
#include <QUrl>

namespace Lectern {

struct SanitizeOptions
{
    // Where the HTML came from: relative links and images resolve against it. Without one
    // (or when it is not http(s)), relative URLs are refused: inside a lectern: page they
    // would point into the app.
    QUrl baseUrl;
    // false (the default): no remote request while reading; an <img> with an http(s) source
    // becomes a link to the image, labelled with its alt text.
    bool allowRemoteImages = false;
};

struct SanitizeReport
{
    int removedElements = 0;   // dropped with their content (script, iframe, svg, form controls...)
    int removedAttributes = 0; // not on the allowlist (on*, style, id, srcset...)
    int refusedUrls = 0;       // javascript:, data: links, vbscript:, relative without a base...
};

// Makes an untrusted HTML body (from a feed or a fetched article page) safe to show inside a
// Lectern page: gumbo parses it as a browser would (HTML5 rules, as the content of <body>), and
// only an allowlist is written back out:
// - text and the elements of an article (paragraphs, headings, lists, quotes, tables, pre/code,
//   inline formatting, links, images, figures, details); unknown or presentational elements
//   (font, center, form, label, custom tags) are unwrapped, their text kept;
// - script, style, iframe/frame/object/embed, svg and MathML (all foreign content), form
//   controls, meta/link/base, template, noscript and the like are dropped with their content;
// - attributes only from a per-element allowlist: no event handlers, no style (so no url() or
//   expressions), no id/name (no clobbering the page's own ids), no target/srcset/formaction;
//   class only as language-* tokens on <pre>/<code> (code blocks keep their language) and
//   "remote-image" on <a> (what this sanitizer writes for a remote image);
// - link targets (href, cite) only http(s) with a host, or a #fragment; image sources only
//   data:image/{png,gif,jpeg,webp,avif};base64 or, when allowed, http(s). URLs are judged after
//   the browser's own clean-up (entities decoded by the parser, tabs/newlines/controls
//   stripped) and written back percent-encoded by QUrl, so what was checked is what loads.
// The output is serialized by us: text and attribute values escaped, comments dropped.
class HtmlSanitizer final
{
public:
    explicit HtmlSanitizer(SanitizeOptions options = {});

    QString sanitize(const QString &html, SanitizeReport *report = nullptr) const;

    enum class UrlUse
    {
        Link,
        Image
    };
    // Deepest nesting of elements accepted. gumbo's tree building is quadratic in the depth of
    // open elements (100,000 nested <div>s take minutes), and browsers flatten anything past
    // a few hundred levels anyway; deeper documents are refused before they are parsed.
    static constexpr int maxDepth = 2000;
    // The nesting depth of `html` as tags open and close, counted in one linear pass (elements
    // whose end tag may be left out, void elements and self-closed tags do not count): an upper
    // bound on what a parser would build, cheap enough to run before it.
    static int nestingDepth(QByteArrayView html);

    // The URL as it may appear in the output (fully encoded), or empty when refused.
    // Remote images are returned for UrlUse::Image whatever allowRemoteImages says.
    QString safeUrl(const QString &raw, UrlUse use) const;

private:
    SanitizeOptions m_options;
};

} // namespace Lectern
