#pragma once

#include <QString>

namespace Lectern {

// A post's text divided into the index fields that weigh differently in ranking.
struct SearchFields
{
    QString headings;
    QString prose;
    QString code;
};

// Splits index-style content (one paragraph per line, headings and code blocks run into the
// text after them, see HUGO-INDEX.md) into headings, prose and code. Heuristic and cheap: code
// is a run of tokens dense in code punctuation and keywords; a heading is a short phrase at
// the start of a line that ends where a capitalised sentence or code begins. Every word of the
// content lands in exactly one field.
SearchFields splitSearchFields(const QString &content);

} // namespace Lectern
