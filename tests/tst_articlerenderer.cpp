#include "ingest/articleextractor.h"
#include "ingest/hugoimporter.h"
#include "render/articlerenderer.h"
#include "render/articletheme.h"
#include "render/codehighlighter.h"
#include "render/searchhits.h"
#include "store/library.h"
#include "store/posts.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <gumbo.h>
#include <memory>

using namespace Lectern;

namespace {

// The rendered page parsed the way a browser parses it (HTML5 rules), to assert on the tree
// rather than on strings.
class Dom final
{
public:
    explicit Dom(const QString &html)
        : m_utf8(html.toUtf8())
        , m_out(gumbo_parse_with_options(&kGumboDefaultOptions, m_utf8.constData(),
                                         size_t(m_utf8.size())))
    {}
    ~Dom() { gumbo_destroy_output(&kGumboDefaultOptions, m_out); }
    Dom(const Dom &) = delete;
    Dom &operator=(const Dom &) = delete;

    static QByteArray tagName(const GumboNode *n)
    {
        const GumboElement &e = n->v.element;
        return e.tag == GUMBO_TAG_UNKNOWN
                   ? QByteArray(e.original_tag.data, int(e.original_tag.length))
                   : QByteArray(gumbo_normalized_tagname(e.tag));
    }
    static QString attr(const GumboNode *n, const char *name)
    {
        const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
        return a ? QString::fromUtf8(a->value) : QString();
    }
    static bool hasAttr(const GumboNode *n, const char *name)
    {
        return gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
    }
    static QString text(const GumboNode *n)
    {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
            n->type == GUMBO_NODE_CDATA)
            return QString::fromUtf8(n->v.text.text);
        if (n->type != GUMBO_NODE_ELEMENT)
            return {};
        QString s;
        for (unsigned i = 0; i < n->v.element.children.length; ++i)
            s += text(static_cast<const GumboNode *>(n->v.element.children.data[i]));
        return s;
    }

    // Every element in document order.
    QList<const GumboNode *> elements() const
    {
        QList<const GumboNode *> all;
        std::function<void(const GumboNode *)> walk = [&](const GumboNode *n) {
            if (n->type != GUMBO_NODE_ELEMENT)
                return;
            all << n;
            for (unsigned i = 0; i < n->v.element.children.length; ++i)
                walk(static_cast<const GumboNode *>(n->v.element.children.data[i]));
        };
        walk(m_out->root);
        return all;
    }
    QList<const GumboNode *> byTag(const char *tag) const
    {
        QList<const GumboNode *> found;
        for (const GumboNode *n : elements())
            if (tagName(n) == tag)
                found << n;
        return found;
    }
    QList<const GumboNode *> byClass(const QString &cls) const
    {
        QList<const GumboNode *> found;
        for (const GumboNode *n : elements())
            if (attr(n, "class").split(u' ').contains(cls))
                found << n;
        return found;
    }
    const GumboNode *byId(const QString &id) const
    {
        for (const GumboNode *n : elements())
            if (attr(n, "id") == id)
                return n;
        return nullptr;
    }

private:
    QByteArray m_utf8;
    GumboOutput *m_out;
};

// Whatever in a rendered page could act: elements or attributes the renderer never writes,
// event handlers, links other than lectern:post/<id> and #fragments, anything that loads.
QStringList pageProblems(const QString &html)
{
    static const QSet<QByteArray> elements = {
        "html",   "head",       "meta",   "title", "style", "link", "body", "article",
        "header", "nav",        "div",    "p",     "span",  "h1",   "h2",   "h3",
        "h4",     "h5",         "h6",     "a",     "ul",    "ol",   "li",   "blockquote",
        "figure", "figcaption", "button", "pre",   "code",  "mark", "cite", "strong"};
    static const QSet<QByteArray> attributes = {
        "data-theme", "class",         "style",        "charset",        "http-equiv",
        "content",    "name",          "data-post-id", "data-permalink", "id",
        "href",       "aria-label",    "rel",          "type",           "data-copy-target",
        "title",      "data-language", "data-hit"};
    static const QRegularExpression link(QStringLiteral("^(lectern:post/[0-9]+|#[^\\s\"<>]+)$"));
    QStringList problems;
    const Dom dom(html);
    for (const GumboNode *n : dom.elements()) {
        const QByteArray tag = Dom::tagName(n);
        if (!elements.contains(tag) || n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
            problems << QStringLiteral("element <%1>").arg(QString::fromUtf8(tag));
        const GumboVector &attrs = n->v.element.attributes;
        for (unsigned i = 0; i < attrs.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(attrs.data[i]);
            const QByteArray name(a->name);
            const QString value = QString::fromUtf8(a->value);
            if (!attributes.contains(name))
                problems << QStringLiteral("attribute %1 on <%2>")
                                .arg(QString::fromUtf8(name), QString::fromUtf8(tag));
            if (name == "href" && tag != "link" && !link.match(value).hasMatch())
                problems << QStringLiteral("href=%1").arg(value);
            if (name == "style" &&
                !QRegularExpression(QStringLiteral("^--reader-font-size: [0-9]+px$"))
                     .match(value)
                     .hasMatch())
                problems << QStringLiteral("style=%1").arg(value);
        }
    }
    // The stylesheet loads nothing either (text may say anything: it is text).
    for (const GumboNode *style : dom.byTag("style")) {
        const QString css = Dom::text(style);
        if (css.contains(QLatin1String("url("), Qt::CaseInsensitive) ||
            css.contains(QLatin1String("@import"), Qt::CaseInsensitive))
            problems << QStringLiteral("the stylesheet loads something");
    }
    return problems;
}

Post samplePost()
{
    Post p;
    p.id = 7;
    p.permalink = QStringLiteral("https://blog.example/posts/go/channels/");
    p.title = QStringLiteral("Go Channels");
    p.summary = QStringLiteral("Typed pipes between goroutines.");
    p.category = QStringLiteral("go");
    p.content = QStringLiteral("unused");
    return p;
}

Block heading(const QString &text, int level = 2)
{
    Block b;
    b.type = Block::Type::Heading;
    b.text = text;
    b.level = level;
    return b;
}
Block paragraph(const QString &text)
{
    Block b;
    b.text = text;
    return b;
}
Block code(const QString &text, const QString &language)
{
    Block b;
    b.type = Block::Type::Code;
    b.text = text;
    b.language = language;
    return b;
}

const QString goCode = QStringLiteral(
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- "
    "42 "
    "}() // send & forget\n\tfmt.Println(<-ch, \"<script>alert('x')</script>\")\n}\n");

QString goldenDir()
{
    return QStringLiteral(LECTERN_TEST_DATA "/golden");
}

} // namespace

class TestArticleRenderer final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_library = Test::corpusLibrary(m_dir.filePath(QStringLiteral("corpus.sqlite")), &error);
        QVERIFY2(m_library, qPrintable(error));
    }

    void pageIsCompleteAndSelfContained()
    {
        const Blocks blocks = {heading(QStringLiteral("Why channels")),
                               paragraph(QStringLiteral("Channels are typed.")),
                               code(goCode, QStringLiteral("go"))};
        const RenderedArticle r = ArticleRenderer().render(samplePost(), blocks);
        const QStringList problems = pageProblems(r.html);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const Dom dom(r.html);
        // The CSP travels with the page, in a <meta> before any style.
        const auto metas = dom.byTag("meta");
        const auto csp = std::find_if(metas.begin(), metas.end(), [](const GumboNode *n) {
            return Dom::attr(n, "http-equiv") == u"Content-Security-Policy";
        });
        QVERIFY(csp != metas.end());
        QCOMPARE(Dom::attr(*csp, "content"),
                 QString::fromLatin1(ArticleRenderer::contentSecurityPolicy()));
        QVERIFY(r.html.indexOf(QLatin1String("http-equiv")) <
                r.html.indexOf(QLatin1String("<style>")));
        QVERIFY(ArticleRenderer::contentSecurityPolicy().contains("script-src 'none'"));
        QCOMPARE(dom.byTag("title").size(), 1);
        QCOMPARE(Dom::text(dom.byTag("title").first()), QStringLiteral("Go Channels"));
        QCOMPARE(Dom::attr(dom.byTag("html").first(), "data-theme"), QStringLiteral("light"));
        // Stylesheet inlined: nothing to fetch.
        QVERIFY(dom.byTag("link").isEmpty());
        QVERIFY(Dom::text(dom.byTag("style").first()).contains(QLatin1String(".ksh-Keyword")));
        QCOMPARE(dom.byTag("h1").size(), 1);
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-kicker")).first()),
                 QStringLiteral("go"));
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-summary")).first()),
                 QStringLiteral("Typed pipes between goroutines."));
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("reading-time")).first()),
                 QStringLiteral("1 min read"));
    }

    void codeBlockIsHighlightedLabelledAndCopyable()
    {
        const Blocks blocks = {code(goCode, QStringLiteral("go")),
                               code(QStringLiteral("  plain <text>\n"), QString()),
                               code(QStringLiteral("SELECT 1;"), QStringLiteral("sql"))};
        const RenderedArticle r = ArticleRenderer().render(samplePost(), blocks);
        const Dom dom(r.html);
        const auto figures = dom.byClass(QStringLiteral("code-block"));
        QCOMPARE(figures.size(), 3);
        const auto buttons = dom.byClass(QStringLiteral("copy"));
        QCOMPARE(buttons.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString target = Dom::attr(buttons[i], "data-copy-target");
            QCOMPARE(target, QStringLiteral("code-%1").arg(i + 1));
            QCOMPARE(Dom::attr(buttons[i], "type"), QStringLiteral("button"));
            const GumboNode *codeElement = dom.byId(target);
            QVERIFY(codeElement);
            QCOMPARE(Dom::tagName(codeElement), QByteArray("code"));
            // What the copy button copies is the code, exactly.
            QCOMPARE(Dom::text(codeElement), blocks[i].text);
        }
        const auto labels = dom.byClass(QStringLiteral("code-language"));
        QCOMPARE(Dom::text(labels[0]), QStringLiteral("Go"));
        QCOMPARE(Dom::text(labels[1]), QStringLiteral("Code"));
        QCOMPARE(Dom::text(labels[2]), QStringLiteral("SQL"));
        QCOMPARE(Dom::attr(dom.byId(QStringLiteral("code-1")), "class"),
                 QStringLiteral("language-go"));
        QVERIFY(!Dom::hasAttr(dom.byId(QStringLiteral("code-2")), "class"));
        QVERIFY(r.html.contains(QLatin1String("<span class=\"ksh-Keyword\">package</span>")));
        QVERIFY(dom.byTag("script").isEmpty());
    }

    void richBodyKeepsItsMarkupWithReaderCode()
    {
        // A feed's body as it is stored (sanitized, code highlighted), then shown: headings get
        // anchors and the outline, code blocks the reader's figure (label, copy button, code-N)
        // highlighted again by their language class, search words marked in text only.
        const QString untrusted = QStringLiteral(
            "<h1>Intro</h1><p>Goroutines are <b>cheap</b> &amp; fast.</p><h2>Intro</h2>"
            "<pre><code class=\"language-go\">package main\nfunc main() {}\n</code></pre>"
            "<script>alert(1)</script><p onclick=\"x()\">cheap again, <a "
            "href=\"https://go.dev/\">go.dev</a></p><pre><code>plain &lt;text&gt; "
            "cheap</code></pre>"
            "<table><tr><td>cell</td></tr></table>");
        const QString stored =
            ArticleExtractor::prepareBody(untrusted, QUrl(QStringLiteral("https://blog.example/")));
        RenderOptions options;
        options.searchTerms = {QStringLiteral("cheap")};
        const RenderedArticle r = ArticleRenderer(options).renderRich(samplePost(), stored);
        const Dom dom(r.html);

        const Outline expected = {{2, QStringLiteral("Intro"), QStringLiteral("intro")},
                                  {2, QStringLiteral("Intro"), QStringLiteral("intro-2")}};
        QCOMPARE(r.outline, expected);
        QVERIFY(dom.byTag("h1").size() == 1); // the title only
        QCOMPARE(Dom::text(dom.byId(QStringLiteral("intro-2"))), QStringLiteral("Intro#"));

        QCOMPARE(dom.byClass(QStringLiteral("code-block")).size(), 2);
        const GumboNode *go = dom.byId(QStringLiteral("code-1"));
        QVERIFY(go);
        QCOMPARE(Dom::attr(go, "class"), QStringLiteral("language-go"));
        QCOMPARE(Dom::text(go), QStringLiteral("package main\nfunc main() {}"));
        QVERIFY(r.html.contains(QLatin1String("<span class=\"ksh-Keyword\">package</span>")));
        const GumboNode *plain = dom.byId(QStringLiteral("code-2"));
        QVERIFY(plain);
        QCOMPARE(Dom::text(plain), QStringLiteral("plain <text> cheap"));
        const auto labels = dom.byClass(QStringLiteral("code-language"));
        QCOMPARE(Dom::text(labels[0]), QStringLiteral("Go"));
        QCOMPARE(Dom::text(labels[1]), QStringLiteral("Code"));
        QCOMPARE(dom.byClass(QStringLiteral("copy")).size(), 2);

        // "cheap" three times in the body (text, text, code), none in the title or summary.
        QCOMPARE(r.searchHits, 3);
        QCOMPARE(dom.byTag("mark").size(), 3);
        QCOMPARE(Dom::attr(dom.byTag("mark").first(), "id"), QStringLiteral("first-hit"));

        // The sanitizer's output only: no script, no handler; links to the web stay links.
        QVERIFY(dom.byTag("script").isEmpty());
        QVERIFY(!r.html.contains(QLatin1String("onclick")));
        QCOMPARE(dom.byTag("table").size(), 1);
        QCOMPARE(Dom::attr(dom.byTag("a").last(), "href"), QStringLiteral("https://go.dev/"));
        QVERIFY(r.html.contains(
            QString::fromLatin1(ArticleRenderer::contentSecurityPolicy()).toHtmlEscaped()));
        QVERIFY(r.wordCount >= 12);
        QCOMPARE(dom.byClass(QStringLiteral("post-summary")).size(), 1);

        // A summary that is only the body's opening words (a feed without one) is not shown
        // above the body it repeats.
        Post opening = samplePost();
        opening.summary = QStringLiteral("Intro Goroutines are cheap & fast. Intro package\u2026");
        const Dom again(ArticleRenderer().renderRich(opening, stored).html);
        QVERIFY(again.byClass(QStringLiteral("post-summary")).isEmpty());
    }

    void storedRichBodyIsPreferredWhileCurrent()
    {
        // renderStored() uses posts_rich while its hash matches the post; else the index text.
        const QSqlDatabase db = m_library->connection();
        const PostRepository posts(db);
        const auto post = posts.byPermalink(QStringLiteral(
            "https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"));
        QVERIFY(post);
        const QString body = ArticleExtractor::prepareBody(
            QStringLiteral("<h2>From the feed</h2><pre><code class=\"language-python\">"
                           "print('rich')</code></pre>"),
            QUrl(QStringLiteral("https://blog.rajpoot.dev/")));
        const QString hash =
            Sql::scalar(db, QStringLiteral("SELECT content_hash FROM posts WHERE id = ?"),
                        {post->id})
                .toString();
        QString error;
        Sql insert(db, "INSERT INTO posts_rich(post_id, html, origin, complete, source_hash, "
                       "fetched_at) VALUES (?, ?, 'article', 1, ?, 0)");
        QVERIFY2(insert.exec({post->id, body, hash}), qPrintable(insert.error()));
        QVERIFY(Sql::run(db,
                         QStringLiteral("UPDATE posts SET author = 'Jane <Doe>', published_at = "
                                        "1709546400 WHERE id = %1")
                             .arg(post->id),
                         &error));
        RenderedArticle r = ArticleRenderer().renderStored(posts, *post);
        QVERIFY(r.html.contains(QLatin1String("From the feed")));
        // What the source said about the post is in its header, escaped.
        const Dom dom(r.html);
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-author")).value(0)),
                 QStringLiteral("Jane <Doe>"));
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-date")).value(0)),
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(1709546400).date(),
                                    QLocale::LongFormat));
        QVERIFY(r.html.contains(QLatin1String("class=\"language-python\"")));
        QCOMPARE(r.outline.size(), 1);
        // The post changed at its source since: the newer index text shows.
        QVERIFY(Sql::run(db, QStringLiteral("UPDATE posts_rich SET source_hash = 'old'"), &error));
        r = ArticleRenderer().renderStored(posts, *post);
        QVERIFY(!r.html.contains(QLatin1String("From the feed")));
        QVERIFY(r.outline.size() > 1);
        QVERIFY(Sql::run(db, QStringLiteral("DELETE FROM posts_rich"), &error));
        QVERIFY(Sql::run(db,
                         QStringLiteral("UPDATE posts SET author = '', published_at = NULL "
                                        "WHERE id = %1")
                             .arg(post->id),
                         &error));
    }

    void headingsGetStableAnchorsAndAnOutline()
    {
        const Blocks blocks = {heading(QStringLiteral("What’s a goroutine?"), 2),
                               paragraph(QStringLiteral("text")),
                               heading(QStringLiteral("sync.WaitGroup — wait"), 3),
                               heading(QStringLiteral("What's a goroutine?"), 2),
                               heading(QStringLiteral("Code 1"), 2),
                               heading(QStringLiteral("!!!"), 4),
                               code(QStringLiteral("x"), QStringLiteral("go"))};
        const RenderedArticle r = ArticleRenderer().render(samplePost(), blocks);
        const Outline expected = {
            {2, QStringLiteral("What’s a goroutine?"), QStringLiteral("whats-a-goroutine")},
            {3, QStringLiteral("sync.WaitGroup — wait"), QStringLiteral("sync-waitgroup-wait")},
            {2, QStringLiteral("What's a goroutine?"), QStringLiteral("whats-a-goroutine-2")},
            // the page's own ids (code-N, first-hit) are never taken by a heading
            {2, QStringLiteral("Code 1"), QStringLiteral("code-1-2")},
            {4, QStringLiteral("!!!"), QStringLiteral("section")}};
        QCOMPARE(r.outline, expected);
        const Dom dom(r.html);
        for (const OutlineEntry &e : expected) {
            const GumboNode *h = dom.byId(e.anchor);
            QVERIFY2(h, qPrintable(e.anchor));
            QCOMPARE(Dom::tagName(h), QByteArray("h") + QByteArray::number(e.level));
            QVERIFY(Dom::text(h).startsWith(e.text));
        }
        // The same post renders the same anchors every time.
        QCOMPARE(ArticleRenderer().render(samplePost(), blocks).outline, expected);
    }

    void headingLevelsShiftBelowTheTitle()
    {
        const Blocks blocks = {heading(QStringLiteral("Top"), 1), heading(QStringLiteral("Sub"), 2),
                               heading(QStringLiteral("Deep"), 6)};
        const Outline outline = ArticleRenderer().render(samplePost(), blocks).outline;
        QCOMPARE(outline.size(), 3);
        QCOMPARE(outline[0].level, 2);
        QCOMPARE(outline[1].level, 3);
        QCOMPARE(outline[2].level, 6);
    }

    void searchTermsAreMarked_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("marked");
        QTest::newRow("whole word, any case")
            << QStringList{QStringLiteral("channel")} << QStringLiteral("A Channel and a channel.")
            << QStringList{QStringLiteral("Channel"), QStringLiteral("channel")};
        QTest::newRow("prefix marks the word")
            << QStringList{QStringLiteral("gorout")} << QStringLiteral("Goroutines and goroutine")
            << QStringList{QStringLiteral("Goroutines"), QStringLiteral("goroutine")};
        QTest::newRow("never inside a word")
            << QStringList{QStringLiteral("routine")} << QStringLiteral("goroutine routines")
            << QStringList{QStringLiteral("routines")};
        QTest::newRow("never inside entities or tags")
            << QStringList{QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("quot"),
                           QStringLiteral("mark"), QStringLiteral("class")}
            << QStringLiteral("a & b < c \"d\" <mark class=x>")
            << QStringList{QStringLiteral("mark"), QStringLiteral("class")};
        QTest::newRow("accents fold")
            << QStringList{QStringLiteral("cafe")} << QStringLiteral("Un café, deux CAFÉS")
            << QStringList{QStringLiteral("café"), QStringLiteral("CAFÉS")};
        QTest::newRow("operators and stars are syntax")
            << QStringList{QStringLiteral("go AND chan*")}
            << QStringLiteral("Go and channels and chan")
            << QStringList{QStringLiteral("Go"), QStringLiteral("channels"),
                           QStringLiteral("chan")};
        QTest::newRow("no terms, no marks")
            << QStringList{} << QStringLiteral("anything") << QStringList{};
    }

    void searchTermsAreMarked()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, text);
        QFETCH(QStringList, marked);
        RenderOptions options;
        options.searchTerms = terms;
        Post post = samplePost();
        post.title = QStringLiteral("Title");
        post.summary.clear();
        const RenderedArticle r = ArticleRenderer(options).render(post, {paragraph(text)});
        const Dom dom(r.html);
        QStringList found;
        for (const GumboNode *m : dom.byClass(QStringLiteral("search-hit")))
            found << Dom::text(m);
        QCOMPARE(found, marked);
        QCOMPARE(r.searchHits, marked.size());
        // The paragraph's text is unchanged by the marks.
        QCOMPARE(Dom::text(dom.byTag("p").last()), text);
        if (marked.isEmpty()) {
            QVERIFY(r.firstHitAnchor.isEmpty());
            QVERIFY(!dom.byId(SearchHitMarker::firstHitId()));
        } else {
            QCOMPARE(r.firstHitAnchor, QStringLiteral("first-hit"));
            const GumboNode *first = dom.byId(r.firstHitAnchor);
            QVERIFY(first);
            QCOMPARE(Dom::text(first), marked.first());
            QCOMPARE(Dom::attr(first, "data-hit"), QStringLiteral("1"));
        }
    }

    void hitsInPageOrderAndCodeKeepsItsText()
    {
        RenderOptions options;
        options.searchTerms = {QStringLiteral("chan"), QStringLiteral("span")};
        const QString source = QStringLiteral("ch := make(chan int) // chan<span>\nspanning");
        Post post = samplePost();
        post.summary = QStringLiteral("Channels carry values.");
        const RenderedArticle r = ArticleRenderer(options).render(
            post, {paragraph(QStringLiteral("A chan.")), code(source, QStringLiteral("go"))});
        const Dom dom(r.html);
        const GumboNode *first = dom.byId(QStringLiteral("first-hit"));
        QVERIFY(first);
        QCOMPARE(Dom::tagName(first->parent), QByteArray("h1"));
        QCOMPARE(Dom::text(first), QStringLiteral("Channels"));
        const auto hits = dom.byClass(QStringLiteral("search-hit"));
        QCOMPARE(Dom::attr(hits[1], "data-hit"), QStringLiteral("2"));
        QCOMPARE(Dom::attr(hits[1]->parent, "class"), QStringLiteral("post-summary"));
        QCOMPARE(Dom::attr(hits[2], "data-hit"), QStringLiteral("3"));
        QCOMPARE(Dom::tagName(hits[2]->parent), QByteArray("p"));
        QCOMPARE(Dom::text(dom.byId(QStringLiteral("code-1"))), source);
        QStringList inCode;
        for (const GumboNode *m : dom.byClass(QStringLiteral("search-hit")))
            for (const GumboNode *p = m->parent; p; p = p->parent)
                if (p->type == GUMBO_NODE_ELEMENT && Dom::attr(p, "id") == u"code-1")
                    inCode << Dom::text(m);
        QCOMPARE(inCode, (QStringList{QStringLiteral("chan"), QStringLiteral("chan"),
                                      QStringLiteral("span"), QStringLiteral("spanning")}));
        QCOMPARE(r.searchHits, 7);
    }

    void headerLinksAndNavigation()
    {
        Post post = samplePost();
        post.seriesId = 3;
        post.seriesName = QStringLiteral("Go Deep");
        post.seriesPosition = 2;
        post.seriesLength = 3;
        ArticleContext context;
        context.mentions = {{11, QStringLiteral("Intro <to> Go"), QString(), QString()}};
        context.mentionedBy = {{12, QStringLiteral("Select"), QString(), QString()},
                               {13, QStringLiteral("Context"), QString(), QString()}};
        context.neighbours.inSeries = true;
        context.neighbours.previous = PostRef{21, QStringLiteral("Part one"), {}, {}};
        context.neighbours.next = PostRef{23, QStringLiteral("Part three"), {}, {}};
        const RenderedArticle r = ArticleRenderer().render(post, {}, context);
        QVERIFY(pageProblems(r.html).isEmpty());
        const Dom dom(r.html);
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-series")).first()),
                 QStringLiteral("Part 2 of 3 in Go Deep"));
        const auto mentions = dom.byClass(QStringLiteral("mentions")).first();
        QCOMPARE(Dom::text(mentions), QStringLiteral("MentionsIntro <to> Go"));
        const auto mentionedBy = dom.byClass(QStringLiteral("mentioned-by")).first();
        QCOMPARE(Dom::text(mentionedBy), QStringLiteral("Mentioned bySelectContext"));
        QStringList hrefs;
        for (const GumboNode *a : dom.byTag("a"))
            if (!Dom::attr(a, "class").contains(QLatin1String("anchor")))
                hrefs << Dom::attr(a, "href");
        QCOMPARE(hrefs,
                 (QStringList{QStringLiteral("lectern:post/11"), QStringLiteral("lectern:post/12"),
                              QStringLiteral("lectern:post/13"), QStringLiteral("lectern:post/21"),
                              QStringLiteral("lectern:post/23")}));
        const GumboNode *prev = dom.byClass(QStringLiteral("post-nav-prev")).first();
        QCOMPARE(Dom::attr(prev, "rel"), QStringLiteral("prev"));
        QCOMPARE(Dom::text(prev), QStringLiteral("Previous partPart one"));
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-nav-next")).first()),
                 QStringLiteral("Next partPart three"));

        // Outside a series: the category in publication order.
        ArticleContext category;
        category.neighbours.next = PostRef{5, QStringLiteral("Newer"), {}, {}};
        const Dom dom2(ArticleRenderer().render(samplePost(), {}, category).html);
        QVERIFY(dom2.byClass(QStringLiteral("post-nav-prev")).isEmpty());
        QCOMPARE(Dom::text(dom2.byClass(QStringLiteral("post-nav-next")).first()),
                 QStringLiteral("Newer in goNewer"));
        QVERIFY(dom2.byClass(QStringLiteral("post-series")).isEmpty());
        // No neighbours: no bar.
        QVERIFY(Dom(ArticleRenderer().render(samplePost(), {}).html)
                    .byClass(QStringLiteral("post-nav"))
                    .isEmpty());
    }

    void postUrlsRoundTrip_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<bool>("valid");
        QTest::newRow("id") << "lectern:post/42" << qint64(42) << QString() << true;
        QTest::newRow("permalink")
            << "lectern:post?permalink=https%3A%2F%2Fblog.example%2Fa%3Fb%3D1%26c%2B%23d"
            << qint64(0) << "https://blog.example/a?b=1&c+#d" << true;
        QTest::newRow("not a number") << "lectern:post/4x" << qint64(0) << QString() << false;
        QTest::newRow("zero") << "lectern:post/0" << qint64(0) << QString() << false;
        QTest::newRow("empty permalink")
            << "lectern:post?permalink=" << qint64(0) << QString() << false;
        QTest::newRow("other path")
            << "lectern:style/article.css" << qint64(0) << QString() << false;
        QTest::newRow("other scheme")
            << "https://example.org/post/4" << qint64(0) << QString() << false;
    }

    void postUrlsRoundTrip()
    {
        QFETCH(QString, url);
        QFETCH(qint64, id);
        QFETCH(QString, permalink);
        QFETCH(bool, valid);
        const auto link = parsePostUrl(QUrl(url));
        QCOMPARE(link.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(link->id, id);
        QCOMPARE(link->permalink, permalink);
        const QUrl built = id ? postUrl(id) : postUrlForPermalink(permalink);
        QCOMPARE(built.toString(QUrl::FullyEncoded), url);
    }

    void hostilePostRendersInert()
    {
        Post post;
        post.id = 66;
        post.permalink = QStringLiteral("https://evil.example/\"><script>alert(1)</script>");
        post.title = QStringLiteral("<script>alert('title')</script><img src=x onerror=alert(1)>");
        post.summary = QStringLiteral(
            "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">summary</a></p><iframe "
            "src=javascript:alert(3)>");
        post.category = QStringLiteral("\"><svg onload=alert(4)>");
        post.seriesId = 1;
        post.seriesName = QStringLiteral("</cite><script>alert(5)</script>");
        post.seriesPosition = 1;
        post.seriesLength = 2;
        post.content = QStringLiteral(
            "<script>alert(6)</script>\n<a href=\"javascript:alert(7)\">click</a> "
            "<div onmouseover=\"alert(8)\">hover</div>\n<style>@import "
            "'https://evil.example/x.css';</style><meta http-equiv=refresh "
            "content=\"0;url=javascript:alert(9)\">\n<base href=https://evil.example/>"
            "</code></pre><form action=https://evil.example><button>go</button></form>");
        ArticleContext context;
        context.mentions = {{2, QStringLiteral("<b onclick=alert(10)>x</b>"), {}, {}}};
        context.neighbours.next =
            PostRef{3, QStringLiteral("</a><script>alert(11)</script>"), {}, {}};
        Blocks blocks = paragraphBlocks(post.content);
        blocks << heading(QStringLiteral("<h2 onclick=alert(12)>head"))
               << code(QStringLiteral("</code></pre><script>alert(13)</script>"),
                       QStringLiteral("html\" onmouseover=\"alert(14)"));
        Block list;
        list.type = Block::Type::List;
        list.items = {QStringLiteral("<li><script>alert(15)</script>")};
        blocks << list;
        RenderOptions options;
        options.searchTerms = {QStringLiteral("script"), QStringLiteral("alert")};
        const RenderedArticle r = ArticleRenderer(options).render(post, blocks, context);

        const QStringList problems = pageProblems(r.html);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const Dom dom(r.html);
        QVERIFY(dom.byTag("script").isEmpty());
        QVERIFY(dom.byTag("iframe").isEmpty());
        QVERIFY(dom.byTag("form").isEmpty());
        QVERIFY(dom.byTag("base").isEmpty());
        QCOMPARE(dom.byTag("meta").size(), 5); // charset, CSP, referrer, viewport, color-scheme
        // The hostile text is shown as text, exactly.
        QCOMPARE(Dom::text(dom.byTag("h1").first()), post.title);
        QCOMPARE(Dom::text(dom.byTag("title").first()), post.title);
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-summary")).first()), post.summary);
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-category")).first()), post.category);
        QCOMPARE(Dom::attr(dom.byTag("article").first(), "data-permalink"), post.permalink);
        QCOMPARE(Dom::text(dom.byId(QStringLiteral("code-1"))), blocks[blocks.size() - 2].text);
        QVERIFY(r.searchHits > 10);
    }

    // The same through the real path: an index item imported, then rendered from the library.
    void hostileIndexItemRendersInert()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("hostile.sqlite")));
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
        const QJsonObject item{
            {QStringLiteral("title"),
             QStringLiteral("<script>alert(1)</script>&lt;img src=x onerror=alert(2)&gt;")},
            {QStringLiteral("permalink"), QStringLiteral("https://evil.example/posts/x/pwn/")},
            {QStringLiteral("summary"),
             QStringLiteral("<a href=\"javascript:alert(3)\" onclick=alert(4)>s</a>")},
            {QStringLiteral("content"),
             QStringLiteral("&lt;script&gt;alert(5)&lt;/script&gt;\n<iframe "
                            "src=javascript:alert(6)></iframe>\n&lt;a "
                            "href=&#34;jav&#x09;ascript:alert(7)&#34;&gt;x&lt;/a&gt;")}};
        const QByteArray index = QJsonDocument(QJsonArray{item}).toJson();
        ImportSummary summary;
        QVERIFY2(HugoImporter(library).importData(index, QStringLiteral("hostile.json"),
                                                  ImportOptions{}, &summary, &error),
                 qPrintable(error));
        const PostRepository posts(library.connection());
        const auto post = posts.byPermalink(QStringLiteral("https://evil.example/posts/x/pwn/"));
        QVERIFY(post);
        RenderOptions options;
        options.searchTerms = {QStringLiteral("alert")};
        const RenderedArticle r = ArticleRenderer(options).renderStored(posts, *post);
        const QStringList problems = pageProblems(r.html);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const Dom dom(r.html);
        QVERIFY(dom.byTag("script").isEmpty());
        QVERIFY(dom.byTag("iframe").isEmpty());
        QVERIFY(dom.byTag("img").isEmpty());
        QCOMPARE(Dom::text(dom.byTag("h1").first()), post->title);
        QVERIFY(post->title.contains(QLatin1String("<script>")));
        QCOMPARE(Dom::text(dom.byClass(QStringLiteral("post-summary")).first()), post->summary);
        const QString body = Dom::text(dom.byClass(QStringLiteral("post-body")).first());
        QVERIFY2(body.contains(QLatin1String("<script>alert(5)</script>")), qPrintable(body));
        QVERIFY(body.contains(QLatin1String("<iframe src=javascript:alert(6)></iframe>")));
        QCOMPARE(r.searchHits, 7);
    }

    void themesAndOptions()
    {
        const Post post = samplePost();
        const Blocks blocks = {code(goCode, QStringLiteral("go"))};
        for (const ArticleTheme theme :
             {ArticleTheme::Light, ArticleTheme::Dark, ArticleTheme::Sepia}) {
            RenderOptions options;
            options.theme = theme;
            const QString html = ArticleRenderer(options).render(post, blocks).html;
            const Dom dom(html);
            QCOMPARE(Dom::attr(dom.byTag("html").first(), "data-theme"), articleThemeName(theme));
            QVERIFY(Dom::text(dom.byTag("style").first())
                        .contains(QStringLiteral("KSyntaxHighlighting theme \"%1\"")
                                      .arg(defaultCodeTheme(theme))));
        }
        QCOMPARE(defaultCodeTheme(ArticleTheme::Light), defaultThemeName(false));
        QCOMPARE(defaultCodeTheme(ArticleTheme::Dark), defaultThemeName(true));
        QVERIFY(articleStylesheet(ArticleTheme::Light) != articleStylesheet(ArticleTheme::Dark));
        // Dark code prints in light colours; light code needs no override.
        QVERIFY(articleStylesheet(ArticleTheme::Dark)
                    .contains(QLatin1String("@media print {\n.code-block")));
        QVERIFY(!articleStylesheet(ArticleTheme::Light)
                     .contains(QLatin1String("@media print {\n.code-block")));

        // Any KSH theme, named in any case; unknown names fall back.
        QVERIFY(codeThemeNames().size() > 10);
        QCOMPARE(canonicalCodeTheme(QStringLiteral("monokai")), QStringLiteral("Monokai"));
        QVERIFY(canonicalCodeTheme(QStringLiteral("No Such Theme")).isEmpty());
        RenderOptions monokai;
        monokai.codeTheme = QStringLiteral("Monokai");
        QVERIFY(ArticleRenderer(monokai)
                    .render(post, blocks)
                    .html.contains(QLatin1String("KSyntaxHighlighting theme \"Monokai\"")));
        QCOMPARE(articleStylesheet(ArticleTheme::Light, QStringLiteral("nope")),
                 articleStylesheet(ArticleTheme::Light));
        QCOMPARE(articleThemeFromName(u"SEPIA"), std::optional(ArticleTheme::Sepia));
        QVERIFY(!articleThemeFromName(u"solarized"));

        RenderOptions sized;
        sized.fontSizePx = 99;
        sized.sansSerif = true;
        const Dom dom(ArticleRenderer(sized).render(post, blocks).html);
        const GumboNode *html = dom.byTag("html").first();
        QCOMPARE(Dom::attr(html, "style"), QStringLiteral("--reader-font-size: 40px"));
        QCOMPARE(Dom::attr(html, "class"), QStringLiteral("sans"));

        RenderOptions linked;
        linked.stylesheetUrl = QUrl(QStringLiteral("lectern:style/article.css?theme=light"));
        const Dom linkedDom(ArticleRenderer(linked).render(post, blocks).html);
        QVERIFY(linkedDom.byTag("style").isEmpty());
        QCOMPARE(Dom::attr(linkedDom.byTag("link").first(), "href"),
                 QStringLiteral("lectern:style/article.css?theme=light"));
    }

    void boldLabelsInRunsOnly()
    {
        // A run of label paragraphs shows its labels bold, as the post had them; a lone
        // "That said: ..." stays plain, and so does a numbered "Step 2: ..." label.
        Block list;
        list.type = Block::Type::List;
        list.items = {QStringLiteral("Sessions: keep them compatible."),
                      QStringLiteral("Caching: include the upstream in the key."),
                      QStringLiteral("plain item")};
        const Blocks blocks = {paragraph(QStringLiteral("That said: for I/O it helps.")),
                               paragraph(QStringLiteral("Intro text.")),
                               paragraph(QStringLiteral("URL Routing: A clean system.")),
                               paragraph(QStringLiteral("Middleware: A pluggable pipeline.")),
                               paragraph(QStringLiteral("Step 2: then this.")),
                               list};
        const RenderedArticle r = ArticleRenderer().render(samplePost(), blocks);
        const Dom dom(r.html);
        QStringList bold;
        for (const GumboNode *n : dom.elements())
            if (Dom::tagName(n) == "strong")
                bold << Dom::text(n);
        QCOMPARE(bold, (QStringList{QStringLiteral("URL Routing:"), QStringLiteral("Middleware:"),
                                    QStringLiteral("Sessions:"), QStringLiteral("Caching:")}));
        QVERIFY(r.html.contains(QLatin1String("<strong>URL Routing:</strong> A clean system.")));
        QVERIFY(r.html.contains(QLatin1String("<p>That said: for I/O it helps.</p>")));
    }

    void calloutsShowTheirKind()
    {
        // A quote opened by a callout's icon is a callout box of that kind, its icon a badge
        // before the text; one opened by a label ("Tip:") keeps the label in its text; any
        // other quote stays a plain blockquote.
        Block warning;
        warning.type = Block::Type::Quote;
        warning.text = QStringLiteral("! Never commit secrets. Rotate them.");
        Block info = warning;
        info.text = QStringLiteral("i Mental model: a queryset is a recipe.");
        Block tip = warning;
        tip.text = QStringLiteral("Tip: keep the token short-lived.");
        Block plain = warning;
        plain.text = QStringLiteral("i am not an icon, I am the text.");
        const RenderedArticle r =
            ArticleRenderer().render(samplePost(), Blocks{warning, info, tip, plain});
        QCOMPARE(pageProblems(r.html), QStringList());
        QVERIFY(r.html.contains(QLatin1String(
            "<blockquote class=\"callout callout-warning\">\n<p><span class=\"callout-icon\">!"
            "</span>Never commit secrets. Rotate them.</p>")));
        QVERIFY(r.html.contains(
            QLatin1String("<blockquote class=\"callout callout-info\">\n<p><span "
                          "class=\"callout-icon\">i</span>Mental model: a queryset is a recipe.")));
        QVERIFY(r.html.contains(QLatin1String("<blockquote class=\"callout callout-tip\">\n<p>Tip: "
                                              "keep the token short-lived.</p>")));
        QVERIFY(r.html.contains(
            QLatin1String("<blockquote>\n<p>i am not an icon, I am the text.</p>")));
    }

    void paragraphBlocksSplitLines()
    {
        const Blocks blocks = paragraphBlocks(QStringLiteral(" First line.\n\nSecond  \n \nThird"));
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[0].text, QStringLiteral("First line."));
        QCOMPARE(blocks[1].text, QStringLiteral("Second"));
        QCOMPARE(blocks[2].type, Block::Type::Paragraph);
        QVERIFY(paragraphBlocks(QString()).isEmpty());
    }

    void readingTimeFromWords()
    {
        QCOMPARE(ArticleRenderer::readingMinutes(0), 1);
        QCOMPARE(ArticleRenderer::readingMinutes(230), 1);
        QCOMPARE(ArticleRenderer::readingMinutes(231), 2);
        const QString words = QStringLiteral("word ").repeated(1000);
        const RenderedArticle r = ArticleRenderer().render(samplePost(), {paragraph(words)});
        QCOMPARE(r.wordCount, 1000);
        QCOMPARE(r.readingMinutes, 5);
    }

    // Golden pages of real corpus posts, exactly as `lectern render` writes them.
    // LECTERN_UPDATE_GOLDEN=1 rewrites the files instead of comparing.
    void corpusPostsMatchGoldenFiles_data()
    {
        QTest::addColumn<QString>("permalink");
        QTest::addColumn<QString>("theme");
        const QStringList posts = {
            QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"),
            QStringLiteral("https://blog.rajpoot.dev/posts/django/what-is-django/"),
            QStringLiteral("https://blog.rajpoot.dev/posts/personal/dear-me/")};
        for (const QString &permalink : posts)
            for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")})
                QTest::addRow("%s %s", qPrintable(permalink.section(u'/', -2, -2)),
                              qPrintable(theme))
                    << permalink << theme;
    }

    void corpusPostsMatchGoldenFiles()
    {
        QFETCH(QString, permalink);
        QFETCH(QString, theme);
        const PostRepository posts(m_library->connection());
        const auto post = posts.byPermalink(permalink);
        QVERIFY(post);
        RenderOptions options;
        options.theme = *articleThemeFromName(theme);
        const RenderedArticle r = ArticleRenderer(options).renderStored(posts, *post);
        const QStringList problems = pageProblems(r.html);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QString file = QStringLiteral("%1/%2.%3.html")
                                 .arg(goldenDir(), permalink.section(u'/', -2, -2), theme);
        if (qEnvironmentVariableIntValue("LECTERN_UPDATE_GOLDEN") == 1) {
            QDir().mkpath(goldenDir());
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(r.html.toUtf8());
            qInfo("wrote %s", qPrintable(file));
            return;
        }
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(file + QLatin1String(" is missing: run with LECTERN_UPDATE_GOLDEN=1")));
        const QStringList expected = QString::fromUtf8(in.readAll()).split(u'\n');
        const QStringList actual = r.html.split(u'\n');
        for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i)
            if (expected[i] != actual[i])
                QFAIL(qPrintable(QStringLiteral("%1:%2 differs\nexpected: %3\nactual:   %4")
                                     .arg(file)
                                     .arg(i + 1)
                                     .arg(expected[i].left(300), actual[i].left(300))));
        QCOMPARE(actual.size(), expected.size());
    }

    void remoteImagesOnlyWhenAllowed()
    {
        Post post;
        post.id = 1;
        post.title = QStringLiteral("T");
        post.content = QStringLiteral("Text.");
        const QString strict = ArticleRenderer().render(post, paragraphBlocks(post.content)).html;
        QVERIFY(strict.contains(QLatin1String("img-src lectern: data:&quot;")) ||
                strict.contains(QLatin1String("img-src lectern: data:\"")));
        QVERIFY(!strict.contains(QLatin1String("https: http:")));
        RenderOptions options;
        options.allowRemoteImages = true;
        const QString open =
            ArticleRenderer(options).render(post, paragraphBlocks(post.content)).html;
        QVERIFY(open.contains(QLatin1String("img-src lectern: data: https: http:")));
    }

    void storedPostCarriesItsLibraryContext()
    {
        const PostRepository posts(m_library->connection());
        const auto post = posts.byPermalink(QStringLiteral(
            "https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/"));
        QVERIFY(post);
        const RenderedArticle r = ArticleRenderer().renderStored(posts, *post);
        const Dom dom(r.html);
        const ArticleContext context = ArticleContext::load(posts, *post);
        QCOMPARE(dom.byClass(QStringLiteral("mentions")).isEmpty(), context.mentions.isEmpty());
        for (const PostRef &ref : context.mentions + context.mentionedBy)
            QVERIFY(r.html.contains(QStringLiteral("href=\"lectern:post/%1\"").arg(ref.id)));
        const Neighbours n = posts.neighbours(post->id);
        QCOMPARE(dom.byClass(QStringLiteral("post-nav-prev")).size(), n.previous ? 1 : 0);
        QCOMPARE(dom.byClass(QStringLiteral("post-nav-next")).size(), n.next ? 1 : 0);
        // Every recovered block is on the page, in order (whitespace is not compared: code
        // gets its line breaks back; recovery itself never loses text, tst_structure checks).
        const auto squeeze = [](QString t) {
            t.remove(QRegularExpression(QStringLiteral("\\s+")));
            return t;
        };
        qsizetype at = 0;
        const QString body = squeeze(Dom::text(dom.byClass(QStringLiteral("post-body")).first()));
        const Blocks blocks = articleBlocks(posts, *post);
        QVERIFY(blocks.size() > paragraphBlocks(post->content).size()); // structure was found
        for (const Block &b : blocks) {
            for (const QString &part :
                 b.type == Block::Type::List ? b.items : QStringList{b.text}) {
                const QString text = squeeze(part);
                const qsizetype found = body.indexOf(text, at);
                QVERIFY2(found >= 0, qPrintable(part.left(80)));
                at = found + text.size();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
