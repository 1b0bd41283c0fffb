#pragma once

#include <QString>

namespace Lectern::Markdown {

// A note's Markdown as HTML for the preview: GitHub Flavored Markdown (tables, strikethrough,
// autolinks, task lists) through cmark-gfm. Raw HTML in the note is not passed through (cmark's
// safe mode): a note is the user's text, but it may hold pasted markup.
QString toHtml(const QString &markdown);

} // namespace Lectern::Markdown
