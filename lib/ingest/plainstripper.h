#pragma once

#include "ingest/blocks.h"

#include <QString>

namespace Lectern {

// A Markdown document turned into what a Hugo/PaperMod search index holds for it, together with
// the blocks it really has: ground truth for measuring structure recovery.
struct GroundTruth
{
    QString title;        // from the front matter
    QString category;     // from the front matter (the permalink section on a real site)
    QString html;         // the rendered page body
    QString indexContent; // Hugo's .Plain of the HTML: entities still encoded, as in index.json
    Blocks blocks; // decoded text; code blocks keep their real line breaks and fence language
};

// The test harness behind structure recovery's metrics (see HUGO-INDEX.md): renders Markdown
// with cmark-gfm (GFM tables), then strips it the way Hugo's .Plain does.
class PlainStripper final
{
public:
    enum class Flavour
    {
        // Like Hugo: typographer entities in prose (&rsquo;), Chroma's &#34;/&#39; in code
        // blocks, Goldmark's &quot; in inline code.
        Hugo,
        // cmark-gfm as is: no typographer, &quot; everywhere. No escaping hints to lean on.
        CommonMark,
    };

    // Hugo's tag stripper: newlines become spaces, </p> and <br> newlines, tags go, entities stay,
    // and every whitespace run shrinks to its first character.
    static QString strip(const QString &html);

    // Front matter between "---" lines may set `title:` and `category:`. A Hugo-style shortcode
    // {{< callout "!" >}}Markdown{{< /callout >}} renders as the blog's callout box (a Quote).
    // False with a message when the document cannot be rendered.
    static bool fromMarkdown(const QString &markdown, Flavour flavour, GroundTruth *out,
                             QString *error = nullptr);
    // The same for a Markdown file; the message names the file ("path: what went wrong").
    static bool fromFile(const QString &path, Flavour flavour, GroundTruth *out,
                         QString *error = nullptr);
};

} // namespace Lectern
