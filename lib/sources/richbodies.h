#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Lectern {

// A post's rich body (posts_rich), for the reader: HTML that went through the sanitizer's
// allowlist and whose code blocks were highlighted afterwards, so beyond the allowlist it holds
// only <pre class="code"><code class="language-X" data-lang="X"> with
// <span class="ksh-..."> runs inside (the classes themeStylesheet() colours). Insert it into
// the article page as it is: sanitizing it again would strip the highlighting.
struct RichBody
{
    QString html;
    QString origin;       // "feed", "article", "markdown"
    bool complete = true; // false: only the source's summary
    bool stale = false;   // the post changed at its source since this body was made
    QDateTime fetchedAt;
};

// What feeds, article pages and front matter add to a post.
struct PostDetails
{
    QDateTime published; // invalid when unknown (Hugo index posts, until their article is read)
    QString author;
    std::optional<RichBody> body;
    QString lastArticleError; // the last failed article fetch, empty when none
};

class RichBodies final
{
public:
    explicit RichBodies(QSqlDatabase db);

    std::optional<RichBody> body(qint64 postId) const;
    PostDetails details(qint64 postId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Lectern
