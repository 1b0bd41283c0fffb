#include "render/htmlsanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <gumbo.h>

using namespace Lectern;

namespace {

// Everything the sanitizer may write, checked on a real HTML5 parse of its output (the way a
// browser will read it), not on the string.
const QSet<QByteArray> allowedElements = {
    "a", "abbr", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite",
    "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i",
    "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp",
    "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
    "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    // the parser's own wrappers around a fragment
    "html", "head", "body"};

const QSet<QByteArray> allowedAttributes = {
    "title", "lang",   "dir",      "href",  "rel",      "cite",    "src",      "alt",
    "width", "height", "abbr",     "scope", "colspan",  "rowspan", "span",     "start",
    "value", "type",   "reversed", "open",  "datetime", "class",   "data-lang"};

void collectProblems(const GumboNode *node, QStringList &problems)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) {
        if (node->type == GUMBO_NODE_TEMPLATE)
            problems << QStringLiteral("template element");
        return;
    }
    const GumboVector *children =
        node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children : &node->v.element.children;
    if (node->type == GUMBO_NODE_ELEMENT) {
        const GumboElement &e = node->v.element;
        const QByteArray tag = e.tag == GUMBO_TAG_UNKNOWN
                                   ? QByteArray(e.original_tag.data, int(e.original_tag.length))
                                   : QByteArray(gumbo_normalized_tagname(e.tag));
        if (e.tag_namespace != GUMBO_NAMESPACE_HTML || !allowedElements.contains(tag))
            problems << QStringLiteral("element <%1>").arg(QString::fromUtf8(tag));
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            const QByteArray name(a->name);
            const QString value = QString::fromUtf8(a->value);
            if (!allowedAttributes.contains(name))
                problems << QStringLiteral("attribute %1 on <%2>")
                                .arg(QString::fromUtf8(name), QString::fromUtf8(tag));
            if (name == "href" || name == "cite") {
                static const QRegularExpression ok(QStringLiteral("^(https?://[^/?#]+|#)"));
                if (!ok.match(value).hasMatch())
                    problems << QStringLiteral("%1=%2").arg(QString::fromUtf8(name), value);
            }
            if (name == "src") {
                static const QRegularExpression ok(QStringLiteral(
                    "^(https?://[^/?#]+|data:image/(png|gif|jpeg|jpg|webp|avif);base64,)"));
                if (!ok.match(value).hasMatch())
                    problems << QStringLiteral("src=%1").arg(value);
            }
            // Classes: code languages, and the sanitizer's own mark on image links.
            const bool codeClass =
                (tag == "pre" || tag == "code") &&
                QRegularExpression(QStringLiteral("^language-\\S+( language-\\S+)*$"))
                    .match(value)
                    .hasMatch();
            if (name == "class" && !codeClass && !(tag == "a" && value == u"remote-image"))
                problems << QStringLiteral("class=%1").arg(value);
        }
    }
    for (unsigned i = 0; i < children->length; ++i)
        collectProblems(static_cast<const GumboNode *>(children->data[i]), problems);
}

// Parses `html` as a browser would (a whole document) and lists whatever is not inert.
QStringList inertProblems(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *out =
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    QStringList problems;
    collectProblems(out->document, problems);
    gumbo_destroy_output(&kGumboDefaultOptions, out);
    return problems;
}

} // namespace

class TestHtmlSanitizer final : public QObject
{
    Q_OBJECT
private slots:
    void hostilePayloadsBecomeInert_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // Script elements
        QTest::newRow("script") << "<script>alert(1)</script>after" << "after";
        QTest::newRow("script src upper") << "<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok"
                                          << "ok";
        QTest::newRow("script in table cell")
            << "<table><tr><td><script>alert(1)</script>cell</td></tr></table>"
            << "<table><tbody><tr><td>cell</td></tr></tbody></table>";
        QTest::newRow("breaking out of an attribute") << "\"><script>alert(1)</script>x"
                                                      << "\"&gt;x";
        QTest::newRow("comment hiding a script") << "a<!--<script>alert(1)</script>-->b"
                                                 << "ab";
        // (gumbo parses <noscript> with scripting off, so "z" is inside it and goes with it.)
        QTest::newRow("noscript title trick")
            << "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>z"
            << "";
        QTest::newRow("template") << "<template><script>alert(1)</script></template>t" << "t";
        QTest::newRow("textarea raw text")
            << "<textarea><script>alert(1)</script></textarea>t" << "t";
        QTest::newRow("xmp raw text") << "<xmp><script>alert(1)</script></xmp>t" << "t";
        // Event handlers
        QTest::newRow("img onerror") << "<img src=x onerror=alert(1)>" << "";
        QTest::newRow("body onload") << "<body onload=alert(1)>text" << "text";
        QTest::newRow("link onclick and target")
            << "<a href=\"https://ok.example/\" onclick=\"alert(1)\" target=\"_blank\">ok</a>"
            << "<a href=\"https://ok.example/\" rel=\"noopener noreferrer\">ok</a>";
        QTest::newRow("details ontoggle") << "<details open ontoggle=alert(1)>d</details>"
                                          << "<details open>d</details>";
        QTest::newRow("marquee onstart") << "<marquee onstart=alert(1)>m</marquee>" << "m";
        QTest::newRow("video source onerror") << "<video><source onerror=alert(1)></video>v"
                                              << "v";
        // javascript:, vbscript:, data: navigation, with obfuscation
        QTest::newRow("javascript link") << "<a href=\"javascript:alert(1)\">click</a>"
                                         << "click";
        QTest::newRow("javascript mixed case") << "<a href=\"JaVaScRiPt:alert(1)\">x</a>" << "x";
        QTest::newRow("javascript decimal entity") << "<a href=\"&#106;avascript:alert(1)\">x</a>"
                                                   << "x";
        QTest::newRow("javascript hex entities")
            << "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;"
               "alert(1)\">x</a>"
            << "x";
        QTest::newRow("javascript entity without semicolon")
            << "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)\">x</a>"
            << "x";
        QTest::newRow("javascript tab inside") << "<a href=\"java&#9;script:alert(1)\">x</a>"
                                               << "x";
        QTest::newRow("javascript newline inside") << "<a href=\"java&#10;script:alert(1)\">x</a>"
                                                   << "x";
        QTest::newRow("javascript leading controls")
            << "<a href=\" &#14;  javascript:alert(1)\">x</a>" << "x";
        QTest::newRow("javascript named colon") << "<a href=\"javascript&colon;alert(1)\">x</a>"
                                                << "x";
        QTest::newRow("vbscript") << "<a href=\"vbscript:msgbox(1)\">x</a>" << "x";
        QTest::newRow("data html link")
            << "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"
            << "x";
        QTest::newRow("javascript blockquote cite")
            << "<blockquote cite=\"javascript:alert(1)\">q</blockquote>"
            << "<blockquote>q</blockquote>";
        QTest::newRow("javascript img src") << "<img src=\"javascript:alert(1)\" alt=\"A\">"
                                            << "A";
        QTest::newRow("svg data image")
            << "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">" << "";
        QTest::newRow("protocol-relative without base") << "<a href=\"//evil.example/\">x</a>"
                                                        << "x";
        QTest::newRow("quote inside url")
            << "<a href=\"https://ok.example/&quot;onmouseover=&quot;alert(1)\">x</a>"
            << "<a href=\"https://ok.example/%22onmouseover=%22alert(1)\" "
               "rel=\"noopener noreferrer\">x</a>";
        // SVG and MathML
        QTest::newRow("svg onload") << "<svg onload=alert(1)><script>alert(1)</script></svg>s"
                                    << "s";
        QTest::newRow("svg xlink javascript")
            << "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text>"
               "</a></svg>"
            << "";
        QTest::newRow("svg foreignObject")
            << "<svg><foreignObject><iframe src=\"javascript:alert(1)\"></iframe>"
               "</foreignObject></svg>"
            << "";
        QTest::newRow("mathml mglyph style mutation")
            << "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>" << "";
        QTest::newRow("mathml href") << "<math href=\"javascript:alert(1)\">CLICKME</math>" << "";
        // CSS
        QTest::newRow("style url javascript")
            << "<div style=\"background:url(javascript:alert(1))\">x</div>" << "<div>x</div>";
        QTest::newRow("style url remote")
            << "<p style=\"background-image: url('https://evil.example/t.png')\">x</p>"
            << "<p>x</p>";
        QTest::newRow("style expression") << "<span style=\"width: expression(alert(1))\">x</span>"
                                          << "<span>x</span>";
        QTest::newRow("style import") << "<style>@import 'https://evil.example/x.css';</style>t"
                                      << "t";
        QTest::newRow("link stylesheet")
            << "<link rel=stylesheet href=\"https://evil.example/x.css\">t" << "t";
        // Frames, objects
        QTest::newRow("iframe") << "<iframe src=\"https://evil.example\"></iframe>f" << "f";
        QTest::newRow("iframe srcdoc")
            << "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>f" << "f";
        QTest::newRow("object and embed")
            << "<object data=\"javascript:alert(1)\"></object><embed src=\"x.swf\">o" << "o";
        // Document-level elements
        QTest::newRow("meta refresh")
            << "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">m" << "m";
        QTest::newRow("base href") << "<base href=\"https://evil.example/\"><a href=\"/x\">x</a>"
                                   << "x";
        // Forms
        QTest::newRow("form with controls")
            << "<form action=\"https://evil.example\"><input name=\"q\"><button "
               "formaction=\"javascript:alert(1)\">go</button>text</form>"
            << "text";
        QTest::newRow("isindex") << "<isindex action=javascript:alert(1) type=image>i" << "";
        // The page's own ids and classes cannot be claimed
        QTest::newRow("clobbering ids and classes")
            << "<div id=\"first-hit\" name=\"x\" class=\"search-hit copy\">x</div>"
            << "<div>x</div>";
        // Remote loads while reading
        QTest::newRow("remote image becomes a link")
            << "<img src=\"https://tracker.example/p.gif\" alt=\"Chart\">"
            << "<a class=\"remote-image\" href=\"https://tracker.example/p.gif\" "
               "rel=\"noopener noreferrer\">Chart</a>";
    }

    void hostilePayloadsBecomeInert()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const HtmlSanitizer sanitizer;
        const QString out = sanitizer.sanitize(input);
        QCOMPARE(out, expected);
        const QStringList problems = inertProblems(out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Stable: what we wrote reads back the same (no mutation on a second parse).
        QCOMPARE(sanitizer.sanitize(out), out);
    }

    void reportCountsWhatWasRemoved()
    {
        SanitizeReport report;
        HtmlSanitizer().sanitize(
            QStringLiteral("<script>x</script><iframe></iframe><p onclick=\"x\" style=\"a\">"
                           "<a href=\"javascript:x\">y</a></p>"),
            &report);
        QCOMPARE(report.removedElements, 2);
        QCOMPARE(report.removedAttributes, 2);
        QCOMPARE(report.refusedUrls, 1);
    }

    void articleMarkupIsKept_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("code block keeps its language")
            << "<div class=\"highlight\"><pre tabindex=\"0\" class=\"chroma\"><code "
               "class=\"language-go\" data-lang=\"go\"><span class=\"line\"><span "
               "class=\"kd\">func</span> main()</span></code></pre></div>"
            << "<div><pre><code class=\"language-go\" data-lang=\"go\"><span><span>func</span> "
               "main()</span></code></pre></div>";
        QTest::newRow("pre keeps a leading newline") << "<pre>\n\nx</pre>" << "<pre>\n\nx</pre>";
        QTest::newRow("entities decoded once, escaped once")
            << "<p>&lt;b&gt; &amp;lt; caf&eacute; &rsquo;</p>"
            << "<p>&lt;b&gt; &amp;lt; caf\u00e9 \u2019</p>";
        QTest::newRow("lists and tables")
            << "<ol start=\"3\" reversed><li value=\"7\">a</li></ol><table><tr><th "
               "scope=\"col\" colspan=\"2\">h</th></tr></table>"
            << "<ol start=\"3\" reversed><li value=\"7\">a</li></ol><table><tbody><tr><th "
               "scope=\"col\" colspan=\"2\">h</th></tr></tbody></table>";
        QTest::newRow("https link kept") << "<a href=\"https://example.org/a?b=1#c\">x</a>"
                                         << "<a href=\"https://example.org/a?b=1#c\" "
                                            "rel=\"noopener noreferrer\">x</a>";
        QTest::newRow("fragment link kept") << "<a href=\"#part-2\">x</a>"
                                            << "<a href=\"#part-2\" rel=\"noopener noreferrer\">"
                                               "x</a>";
        QTest::newRow("data image kept")
            << "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" width=\"1\">"
            << "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" width=\"1\">";
        QTest::newRow("remote image inside a link is its label")
            << "<a href=\"https://example.org/\"><img src=\"https://example.org/i.png\" "
               "alt=\"Logo\"></a>"
            << "<a href=\"https://example.org/\" rel=\"noopener noreferrer\">Logo</a>";
        QTest::newRow("unknown and presentational elements unwrapped")
            << "<center><font color=red>big</font></center><custom-el>c</custom-el>"
            << "bigc";
        QTest::newRow("non-language classes dropped")
            << "<code class=\"chroma language-rust x\">r</code>"
            << "<code class=\"language-rust\">r</code>";
    }

    void articleMarkupIsKept()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = HtmlSanitizer().sanitize(input);
        QCOMPARE(out, expected);
        QVERIFY2(inertProblems(out).isEmpty(), qPrintable(inertProblems(out).join(u'\n')));
    }

    void relativeUrlsResolveAgainstTheBase()
    {
        SanitizeOptions options;
        options.baseUrl = QUrl(QStringLiteral("https://blog.example/posts/go/intro/"));
        const HtmlSanitizer sanitizer(options);
        QCOMPARE(sanitizer.safeUrl(QStringLiteral("../chan/"), HtmlSanitizer::UrlUse::Link),
                 QStringLiteral("https://blog.example/posts/go/chan/"));
        QCOMPARE(
            sanitizer.safeUrl(QStringLiteral("//cdn.example/x.png"), HtmlSanitizer::UrlUse::Image),
            QStringLiteral("https://cdn.example/x.png"));
        QCOMPARE(
            sanitizer.safeUrl(QStringLiteral("javascript:alert(1)"), HtmlSanitizer::UrlUse::Link),
            QString());
        // A base that is not http(s) never makes relative URLs acceptable.
        SanitizeOptions local;
        local.baseUrl = QUrl(QStringLiteral("lectern:post/3"));
        QCOMPARE(
            HtmlSanitizer(local).safeUrl(QStringLiteral("post/4"), HtmlSanitizer::UrlUse::Link),
            QString());
    }

    void remoteImagesOnlyWhenAllowed()
    {
        SanitizeOptions options;
        options.allowRemoteImages = true;
        QCOMPARE(HtmlSanitizer(options).sanitize(
                     QStringLiteral("<img src=\"https://example.org/i.png\" alt=\"i\">")),
                 QStringLiteral("<img src=\"https://example.org/i.png\" alt=\"i\">"));
    }

    void deepNestingIsFlattenedNotFatal()
    {
        const int depth = 5000;
        QString html;
        for (int i = 0; i < depth; ++i)
            html += QLatin1String("<div>");
        html += QLatin1String("deep");
        const QString out = HtmlSanitizer().sanitize(html);
        QVERIFY(out.contains(QLatin1String("deep")));
        QVERIFY(out.count(QLatin1String("<div>")) < 300);
        QCOMPARE(out.count(QLatin1String("<div>")), out.count(QLatin1String("</div>")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
