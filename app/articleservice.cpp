#include "articleservice.h"

#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Lectern {

namespace {
const QString highlightKey = QStringLiteral("hl");
const QString printKey = QStringLiteral("print");
const QString idKey = QStringLiteral("id");
const QString readerHost = QStringLiteral("library");

QUrl readerUrl(const QString &path)
{
    QUrl url;
    url.setScheme(QLatin1String(SchemeHandler::readerScheme));
    url.setHost(readerHost);
    url.setPath(path);
    return url;
}

bool isReader(const QUrl &url)
{
    return url.scheme() == QLatin1String(SchemeHandler::readerScheme);
}

// A font family name safe inside a CSS string: letters, digits, spaces, '-' and '_' only.
QString cssFamily(const QString &family)
{
    QString safe;
    for (const QChar c : family)
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_')
            safe += c;
    return safe.trimmed();
}
} // namespace

ArticleService::ArticleService(Library &library)
    : m_library(library)
    , m_pages(48)
{
    setSettings(ReaderSettings{});
}

void ArticleService::setSettings(const ReaderSettings &settings)
{
    m_settings = settings;
    m_options = RenderOptions{};
    m_options.theme = settings.resolvedTheme();
    m_options.codeTheme = settings.codeTheme;
    m_options.fontSizePx = settings.fontSizePx;
    m_options.allowRemoteImages = settings.allowRemoteImages;
    m_options.sansSerif = settings.font == ReaderSettings::FontChoice::SansSerif;
    // The stylesheet is inlined in each page (RenderOptions::stylesheetUrl left empty): one
    // request less per article, measured ~40% of the time to loadFinished.
    m_pages.clear();
}

void ArticleService::invalidate()
{
    m_pages.clear();
    m_outlines.clear();
}

QUrl ArticleService::urlFor(qint64 postId, const QStringList &searchTerms)
{
    QUrl url = readerUrl(QStringLiteral("/post"));
    QUrlQuery query;
    query.addQueryItem(idKey, QString::number(postId));
    const QStringList terms = searchTerms.filter(QRegularExpression(QStringLiteral("\\S")));
    if (!terms.isEmpty())
        query.addQueryItem(highlightKey, terms.join(u' '));
    url.setQuery(query);
    return url;
}

QUrl ArticleService::printUrlFor(qint64 postId)
{
    QUrl url = urlFor(postId);
    QUrlQuery query(url);
    query.addQueryItem(printKey, QStringLiteral("1"));
    url.setQuery(query);
    return url;
}

QUrl ArticleService::startUrl()
{
    return readerUrl(QStringLiteral("/start"));
}

QStringList ArticleService::searchTermsOf(const QUrl &url)
{
    return QUrlQuery(url)
        .queryItemValue(highlightKey, QUrl::FullyDecoded)
        .split(u' ', Qt::SkipEmptyParts);
}

qint64 ArticleService::postIdOf(const QUrl &url) const
{
    QUrlQuery query(url);
    if (isReader(url)) {
        if (url.path() != QLatin1String("/post"))
            return 0;
        if (query.hasQueryItem(idKey)) {
            bool ok = false;
            const qint64 id = query.queryItemValue(idKey).toLongLong(&ok);
            return ok && id > 0 ? id : 0;
        }
    } else if (url.scheme() != QLatin1String(SchemeHandler::scheme)) {
        return 0;
    }
    // The renderer's forms: lectern:post/<id> and lectern:post?permalink=<p>.
    QUrl base = url.adjusted(QUrl::RemoveFragment);
    if (isReader(base)) {
        base = QUrl(QStringLiteral("lectern:post"));
        base.setQuery(url.query(QUrl::FullyEncoded));
    }
    query.removeAllQueryItems(highlightKey);
    query.removeAllQueryItems(printKey);
    base.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
    const auto link = parsePostUrl(base);
    if (!link)
        return 0;
    if (link->id)
        return link->id;
    const auto post = PostRepository(m_library.connection()).byPermalink(link->permalink);
    return post ? post->id : 0;
}

QUrl ArticleService::rewrite(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        return urlForPermalink(url);
    if (scheme != QLatin1String(SchemeHandler::scheme))
        return {};
    QUrl target;
    if (url.path() == QLatin1String("start")) {
        target = startUrl();
    } else {
        const qint64 id = postIdOf(url);
        if (!id)
            return {};
        target = urlFor(id, searchTermsOf(url));
    }
    target.setFragment(url.fragment());
    return target;
}

QUrl ArticleService::urlForPermalink(const QUrl &webUrl) const
{
    // Permalinks are stored as the index wrote them; try the usual spellings of the same page.
    const QString exact = webUrl.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    QStringList candidates{exact};
    if (exact.endsWith(u'/'))
        candidates << exact.chopped(1);
    else
        candidates << exact + u'/';
    const PostRepository posts(m_library.connection());
    for (const QString &candidate : std::as_const(candidates))
        if (const auto post = posts.byPermalink(candidate)) {
            QUrl url = urlFor(post->id);
            url.setFragment(webUrl.fragment());
            return url;
        }
    return {};
}

Outline ArticleService::outline(qint64 postId)
{
    if (!postId)
        return {};
    const auto it = m_outlines.constFind(postId);
    if (it != m_outlines.constEnd())
        return *it;
    postPage(urlFor(postId));
    return m_outlines.value(postId);
}

SchemeHandler::Reply ArticleService::reply(const QUrl &url)
{
    const QString path = url.path();
    if (isReader(url)) {
        if (url.host() != readerHost)
            return {};
        if (path == QLatin1String("/start"))
            return startPage();
        if (path == QLatin1String("/post"))
            return postPage(url);
        return {};
    }
    if (path == QLatin1String("start"))
        return startPage();
    if (path == QLatin1String("post") || path.startsWith(QLatin1String("post/")))
        return postPage(url);
    return {};
}

QString ArticleService::fontRule() const
{
    const QString family = cssFamily(m_settings.fontFamily);
    if (m_settings.font != ReaderSettings::FontChoice::Custom || family.isEmpty())
        return {};
    return QStringLiteral(":root { --reader-font: \"%1\", var(--font-serif); }\n").arg(family);
}

QString ArticleService::styleElement() const
{
    QString css = articleStylesheet(m_options.theme, m_options.codeTheme) + fontRule();
    css.replace(QLatin1String("</"), QLatin1String("<\\/"));
    return QStringLiteral("<style>\n") + css + QStringLiteral("</style>");
}

SchemeHandler::Reply ArticleService::postPage(const QUrl &url)
{
    SchemeHandler::Reply r;
    const QString key = url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
    if (const QByteArray *cached = m_pages.object(key)) {
        r.found = true;
        r.body = *cached;
        return r;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 id = postIdOf(url);
    const PostRepository posts(m_library.connection());
    const auto post = id ? posts.byId(id) : std::nullopt;
    if (!post) {
        // A page, not a failed load: the reader sees why instead of an empty view.
        r.found = true;
        r.body = message(tr("Not in the library"),
                         tr("This post is not in the library (any more). It may have been "
                            "removed by an import."))
                     .toUtf8();
        return r;
    }
    RenderOptions options = m_options;
    options.searchTerms = searchTermsOf(url);
    if (QUrlQuery(url).hasQueryItem(printKey)) {
        options.theme = ArticleTheme::Light;
        options.codeTheme.clear();
        options.searchTerms.clear();
    }
    // The renderer finds the post's structure, links and neighbours itself.
    const RenderedArticle article = ArticleRenderer(options).renderStored(posts, *post);
    m_outlines.insert(post->id, article.outline);
    QString html = article.html;
    if (const QString rule = fontRule(); !rule.isEmpty() && !QUrlQuery(url).hasQueryItem(printKey))
        html.replace(html.indexOf(QLatin1String("</head>")), 0,
                     QStringLiteral("<style>%1</style>").arg(rule));
    r.found = true;
    r.body = html.toUtf8();
    m_pages.insert(key, new QByteArray(r.body), 1);
    m_lastRenderMs = timer.elapsed();
    return r;
}

QString ArticleService::message(const QString &title, const QString &text) const
{
    return QStringLiteral("<!doctype html><html data-theme=\"%1\"><head><meta charset=\"utf-8\">"
                          "<title>%2</title>%3</head><body>"
                          "<article class=\"post\"><header class=\"post-header\"><h1 "
                          "class=\"post-title\">%2</h1></header><div class=\"post-body\"><p>%4"
                          "</p></div></article></body></html>")
        .arg(articleThemeName(m_options.theme), title.toHtmlEscaped(), styleElement(),
             text.toHtmlEscaped());
}

SchemeHandler::Reply ArticleService::startPage()
{
    const QSqlDatabase db = m_library.connection();
    const PostRepository posts(db);
    const ReadingStateRepository states(db);
    QString recent;
    for (const ReadingState &state : states.recentlyOpened(8)) {
        const auto post = posts.byId(state.postId);
        if (!post)
            continue;
        recent += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                      .arg(urlFor(post->id).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                           post->title.toHtmlEscaped());
    }
    const auto key = [](const QString &k, const QString &what) {
        return QStringLiteral("<tr><td><kbd>%1</kbd></td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), what.toHtmlEscaped());
    };
    QString keys;
    keys += key(tr("Ctrl+K, Ctrl+L or /"), tr("search the library"));
    keys += key(tr("Up, Down, Enter"), tr("choose and open a result"));
    keys += key(tr("Ctrl+Enter"), tr("open a result in a new tab"));
    keys += key(tr("Alt+Left, Alt+Right"), tr("back and forward"));
    keys += key(tr("Ctrl+Shift+Left, Ctrl+Shift+Right"), tr("previous and next part"));
    keys += key(tr("Ctrl+Shift+P"), tr("every command, searchable"));
    keys += key(tr("F1"), tr("all keyboard shortcuts"));

    const int count = posts.count();
    QString html =
        QStringLiteral("<!doctype html><html data-theme=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title>%3</head><body>"
                       "<article class=\"post\"><header class=\"post-header\">"
                       "<p class=\"post-kicker\"><span>%4</span></p>"
                       "<h1 class=\"post-title\">%2</h1><p class=\"post-summary\">%5</p></header>"
                       "<div class=\"post-body\">")
            .arg(articleThemeName(m_options.theme), tr("Lectern").toHtmlEscaped(), styleElement(),
                 (count == 1 ? tr("1 post in the library")
                             : tr("%1 posts in the library").arg(count))
                     .toHtmlEscaped(),
                 tr("Search as you type, read offline, and keep your place in every post.")
                     .toHtmlEscaped());
    if (!recent.isEmpty())
        html += QStringLiteral("<h2>%1</h2><ul>%2</ul>")
                    .arg(tr("Recently read").toHtmlEscaped(), recent);
    html += QStringLiteral("<h2>%1</h2><table>%2</table></div></article></body></html>")
                .arg(tr("Keys").toHtmlEscaped(), keys);
    SchemeHandler::Reply r;
    r.found = true;
    r.body = html.toUtf8();
    return r;
}

} // namespace Lectern
