#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Lectern {

// Where a decoded character came from. Hugo's index keeps entities encoded, and the way a
// character was escaped says something about its context: Chroma escapes quotes in code blocks
// as &#34; / &#39;, Goldmark escapes them in inline code and text as &quot;, and the
// typographer writes &rsquo; / &ldquo; only in prose. Structure recovery reads these as hints.
enum CharOrigin : quint8
{
    OriginPlain = 0,
    OriginNumericQuote = 1, // &#34; or &#39;
    OriginNamedQuote = 2,   // &quot;
    OriginTypographic = 4,  // &rsquo; &lsquo; &ldquo; &rdquo; &hellip; &ndash; &mdash;
    OriginEntity = 8,       // any character reference
};

struct DecodedText
{
    QString text;       // exactly decodeEntities(raw) (ingest/entities.h)
    QByteArray origins; // CharOrigin bits, one per QChar of text
};

// Decodes once with the importer's decoder and records, per decoded character, which kind of
// reference (if any) produced it.
DecodedText decodeEntitiesWithOrigins(const QString &raw);

} // namespace Lectern
