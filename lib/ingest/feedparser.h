#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Lectern {

// What a downloaded document is, judged by its content (the Content-Type header only breaks
// ties and rules out binary types).
enum class FeedFormat
{
    Unknown,
    HugoIndex, // a Hugo/PaperMod search index: a JSON array of {title, permalink, ...}
    Rss,       // RSS 2.0 (and RSS 0.9x / 1.0, read the same way)
    Atom,      // Atom 1.0
    JsonFeed,  // JSON Feed 1.0 / 1.1
    Html,      // a web page (may advertise feeds with <link rel="alternate">)
};

// One entry of a feed, as the feed has it: HTML still unsanitized, text decoded once.
struct FeedItem
{
    QString id;       // guid / id (may equal the link)
    QString link;     // absolute permalink
    QString title;    // plain text
    QString rawTitle; // as the feed had it (after XML/JSON decoding)
    QString author;
    QDateTime published; // invalid when the feed gives none
    QDateTime updated;
    QStringList categories; // RSS category, Atom category, JSON Feed tags
    QString contentHtml;    // the full post: Atom content, RSS content:encoded, content_html
    QString summaryHtml;    // the summary: Atom summary, RSS description, JSON summary
    bool hasFullContent() const { return !contentHtml.trimmed().isEmpty(); }
};

struct ParsedFeed
{
    FeedFormat format = FeedFormat::Unknown;
    QString title;
    QUrl siteUrl; // the site's home page, when the feed names it
    QList<FeedItem> items;
    QStringList problems; // items skipped, one line each (no link and no usable id, ...)
};

// A feed advertised by a web page: <link rel="alternate" type="application/atom+xml" href=...>.
struct FeedLink
{
    QUrl url;
    FeedFormat format = FeedFormat::Unknown;
    QString title;
};

// Reads RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents (QXmlStreamReader, QJsonDocument) into
// one shape, and recognises which of these (or a Hugo index, or an HTML page) a download is.
// Errors name the document, the line and column (XML, JSON) and what was expected.
class FeedParser final
{
public:
    // Judges the content, not the server's word: feeds are often served as text/plain or
    // text/html. Binary types (image/*, audio/*, video/*, application/pdf, zip, ...) are
    // refused with a message, whatever the bytes are.
    static FeedFormat detect(const QByteArray &data, const QByteArray &contentType,
                             QString *error = nullptr);
    static QString formatName(FeedFormat format); // "rss", "atom", "jsonfeed", "hugo-index"
    static FeedFormat formatFromName(const QString &name);
    static QString formatLabel(FeedFormat format); // "RSS", "Atom", "JSON Feed", ...

    // `location` names the document in messages; `baseUrl` resolves relative links.
    static bool parse(const QByteArray &data, FeedFormat format, const QUrl &baseUrl,
                      const QString &location, ParsedFeed *feed, QString *error);
    // detect() then parse().
    static bool parse(const QByteArray &data, const QByteArray &contentType, const QUrl &baseUrl,
                      const QString &location, ParsedFeed *feed, QString *error);

    // The feeds an HTML page advertises, in document order (gumbo parses the page).
    static QList<FeedLink> discover(const QByteArray &html, const QUrl &pageUrl);

    // RFC 822/2822 (RSS: "Mon, 02 Jan 2006 15:04:05 -0700", "GMT", "EST", two-digit years)
    // and RFC 3339 / ISO 8601 (Atom, JSON Feed, front matter: "2006-01-02T15:04:05Z",
    // "2006-01-02 15:04", "2006-01-02"). Invalid when it is neither. Dates without a zone are
    // taken as UTC.
    static QDateTime parseDate(const QString &text);
};

} // namespace Lectern
