#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

// One block of an article's structure: what structure recovery (lib/ingest/structure.h)
// produces from index text and what the renderer (lib/render) turns into HTML.
// All text is decoded (no HTML entities) plain text.
struct Block
{
    enum class Type
    {
        Paragraph,
        Heading,
        List,
        Code,
        Quote
    };
    Type type = Type::Paragraph;
    QString text;         // paragraph/heading/quote text; code with '\n' line breaks
    QStringList items;    // list items (Type::List)
    QString language;     // KSyntaxHighlighting definition name for code ("Go", "Bash"), or empty
    int level = 2;        // heading level 1-6
    bool ordered = false; // numbered list
    bool operator==(const Block &) const = default;
};
using Blocks = QList<Block>;

} // namespace Lectern
