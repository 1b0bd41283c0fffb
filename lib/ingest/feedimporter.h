#pragma once

#include "ingest/feedparser.h"
#include "ingest/hugoimporter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Lectern {

class Library;

// One post as a feed or a Markdown folder delivers it, before it is stored.
struct IncomingPost
{
    QString permalink;   // unique within the source
    QString title;       // plain text
    QString rawTitle;    // as the source had it
    QString summaryHtml; // untrusted HTML (may be empty)
    QString bodyHtml; // untrusted HTML of the whole post, empty when the source has only a summary
    QString rawContent; // what the source had (feed HTML, Markdown with front matter)
    QString author;
    QDateTime published; // invalid when unknown
    QStringList tags;
    QString category; // empty: from the permalink (/posts/<category>/<slug>/)
    QString series;   // explicit series name, empty when none
};

struct FeedImportOptions
{
    // What a post's rich body is called in posts_rich.origin: "feed" or "markdown".
    QString origin = QStringLiteral("feed");
    // Which posts that the source no longer lists are gone (kept, flagged missing):
    enum class Listing
    {
        // Feeds show only their newest entries: a post is gone only when it is missing from
        // inside the window of dates the feed still covers; older posts scrolled out of the
        // feed and are kept as they are (all of them, when the feed has no dates).
        Window,
        // The source lists every post (a Markdown folder): what it does not list is gone.
        Complete,
        // Some of the source could not be read this time: nothing is flagged.
        Incomplete,
    };
    Listing listing = Listing::Window;
    // Turns untrusted HTML into the stored rich body (sanitize + highlight); the default calls
    // ArticleExtractor::prepareBody on this thread. SourceManager routes it to the thread that
    // owns the KSyntaxHighlighting repository.
    std::function<QString(const QString &html, const QUrl &base)> prepareBody;
    // Called after each post is handled; return false to cancel (nothing is kept).
    std::function<bool(int done, int total)> progress;
};

// Stores feed entries (or Markdown documents) as posts of one source, in one transaction, with
// the Hugo importer's rules: incremental by content hash (SHA-256 over everything the source
// said about the post), updated posts keep their id (so bookmarks, highlights and notes stay),
// gone posts are kept and flagged missing, publication order from dates (newest first), series
// (explicit, else a shared "Name: part" title prefix) and links rebuilt. Rich bodies go to
// posts_rich sanitized and highlighted, their plain text to posts.content for search.
class FeedImporter final
{
public:
    explicit FeedImporter(Library &library);

    // A parsed feed into source `sourceId` (which must exist). Summary counts as in
    // HugoImporter; `location` names the source in messages.
    bool importFeed(qint64 sourceId, const ParsedFeed &feed, const QString &location,
                    const FeedImportOptions &options, ImportSummary *summary, QString *error);
    bool store(qint64 sourceId, const QList<IncomingPost> &posts, const QString &location,
               const FeedImportOptions &options, ImportSummary *summary, QString *error);

    static IncomingPost fromFeedItem(const FeedItem &item);

private:
    Library &m_library;
};

} // namespace Lectern
