#include "ingest/articleextractor.h"

#include "ingest/codelang.h"
#include "ingest/feedparser.h"
#include "render/codehighlighter.h"
#include "render/htmlsanitizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <gumbo.h>
#include <vector>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::ArticleExtractor", text);
}

// gumbo output owned for the scope of a function.
class Parsed
{
public:
    Parsed(const QByteArray &utf8, bool fragment)
        : m_utf8(utf8)
    {
        m_options = kGumboDefaultOptions;
        m_options.max_errors = 0;
        if (fragment) {
            m_options.fragment_context = GUMBO_TAG_BODY;
            m_options.fragment_namespace = GUMBO_NAMESPACE_HTML;
        }
        m_output = gumbo_parse_with_options(&m_options, m_utf8.constData(), size_t(m_utf8.size()));
    }
    ~Parsed()
    {
        if (m_output)
            gumbo_destroy_output(&m_options, m_output);
    }
    Parsed(const Parsed &) = delete;
    Parsed &operator=(const Parsed &) = delete;
    const GumboNode *root() const { return m_output ? m_output->root : nullptr; }
    const QByteArray &utf8() const { return m_utf8; }

private:
    QByteArray m_utf8;
    GumboOptions m_options;
    GumboOutput *m_output = nullptr;
};

QString attr(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttr(const GumboElement &e, const char *name)
{
    return gumbo_get_attribute(&e.attributes, name) != nullptr;
}

QStringList classes(const GumboElement &e)
{
    return attr(e, "class").split(u' ', Qt::SkipEmptyParts);
}

bool hasClass(const GumboElement &e, const char *name)
{
    return classes(e).contains(QLatin1String(name));
}

const GumboElement *element(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT ? &node->v.element : nullptr;
}

template<typename F> void forEachChild(const GumboElement &e, F f)
{
    for (unsigned i = 0; i < e.children.length; ++i)
        f(static_cast<const GumboNode *>(e.children.data[i]));
}

// Depth-first, document order; `f` returns false to skip the element's children.
template<typename F> void walk(const GumboNode *node, F f)
{
    std::vector<const GumboNode *> stack{node};
    while (!stack.empty()) {
        const GumboNode *n = stack.back();
        stack.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (n->type == GUMBO_NODE_ELEMENT && !f(n))
            continue;
        const GumboVector &children =
            n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
    }
}

QString textOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(node->v.text.text);
    const GumboElement *e = element(node);
    if (!e || e->tag == GUMBO_TAG_SCRIPT || e->tag == GUMBO_TAG_STYLE ||
        e->tag == GUMBO_TAG_TEMPLATE || e->tag == GUMBO_TAG_NOSCRIPT)
        return {};
    QString out;
    forEachChild(*e, [&](const GumboNode *c) { out += textOf(c); });
    return out;
}

// ---- Serializing the article's subtree, without the page chrome --------------------------

bool isVoid(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
        return true;
    default:
        return false;
    }
}

void escapeInto(QByteArray &out, const char *text, bool attribute)
{
    for (const char *p = text; *p; ++p) {
        switch (*p) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += attribute ? "&quot;" : "\"";
            break;
        default:
            out += *p;
        }
    }
}

// Chrome of blog pages that is not article text.
bool isChrome(const GumboElement &e)
{
    switch (e.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
        return true;
    default:
        break;
    }
    if (hasAttr(e, "hidden") || attr(e, "aria-hidden") == QLatin1String("true"))
        return true;
    const QStringList c = classes(e);
    if (e.tag == GUMBO_TAG_A && c.contains(QLatin1String("anchor")))
        return true; // PaperMod heading anchors
    if (e.tag == GUMBO_TAG_SPAN &&
        (c.contains(QLatin1String("ln")) || c.contains(QLatin1String("lnt"))))
        return true; // Chroma line numbers
    for (const char *name :
         {"copy-code", "toc", "post-meta", "breadcrumbs", "paginav", "share-buttons", "comments"})
        if (c.contains(QLatin1String(name)))
            return true;
    return false;
}

class Serializer
{
public:
    explicit Serializer(bool pruneSections)
        : m_pruneSections(pruneSections)
    {}

    QByteArray children(const GumboElement &e)
    {
        forEachChild(e, [this](const GumboNode *c) { node(c, false); });
        return m_out;
    }

private:
    void node(const GumboNode *n, bool firstInPre)
    {
        switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            if (firstInPre && n->v.text.text[0] == '\n')
                m_out += '\n'; // a parser drops the first newline after <pre>
            escapeInto(m_out, n->v.text.text, false);
            return;
        case GUMBO_NODE_ELEMENT:
            break;
        default:
            return;
        }
        const GumboElement &e = n->v.element;
        if (isChrome(e))
            return;
        if (m_pruneSections &&
            (e.tag == GUMBO_TAG_HEADER || e.tag == GUMBO_TAG_FOOTER || e.tag == GUMBO_TAG_ASIDE))
            return;
        if (e.tag == GUMBO_TAG_TABLE && hasClass(e, "lntable")) {
            // Chroma's line-numbered layout: a table whose last cell holds the code.
            const GumboElement *lastCell = nullptr;
            walk(n, [&](const GumboNode *x) {
                if (x->v.element.tag == GUMBO_TAG_TD)
                    lastCell = &x->v.element;
                return true;
            });
            if (lastCell)
                forEachChild(*lastCell, [this](const GumboNode *c) { node(c, false); });
            return;
        }
        const char *name = e.tag == GUMBO_TAG_UNKNOWN ? nullptr : gumbo_normalized_tagname(e.tag);
        if (!name || e.tag_namespace != GUMBO_NAMESPACE_HTML) {
            // Foreign or unknown elements: their text only.
            forEachChild(e, [this](const GumboNode *c) { node(c, false); });
            return;
        }
        m_out += '<';
        m_out += name;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            m_out += ' ';
            m_out += a->name;
            m_out += "=\"";
            escapeInto(m_out, a->value, true);
            m_out += '"';
        }
        m_out += '>';
        if (isVoid(e.tag))
            return;
        bool first = true;
        forEachChild(e, [&](const GumboNode *c) {
            node(c, first && e.tag == GUMBO_TAG_PRE);
            first = false;
        });
        m_out += "</";
        m_out += name;
        m_out += '>';
    }

    bool m_pruneSections;
    QByteArray m_out;
};

// ---- Finding the article ------------------------------------------------------------------

bool unlikelyContainer(const GumboElement &e)
{
    switch (e.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
        return true;
    default:
        break;
    }
    static const QRegularExpression unlikely(
        QStringLiteral("comment|footer|sidebar|navbar|menu|share|related|widget|banner|"
                       "advert|popup|cookie|breadcrumb|pagination|paginav"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression likely(QStringLiteral("article|content|entry|post|main|body"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString names = attr(e, "class") + u' ' + attr(e, "id");
    return unlikely.match(names).hasMatch() && !likely.match(names).hasMatch();
}

int linkTextLength(const GumboNode *node)
{
    int length = 0;
    walk(node, [&](const GumboNode *n) {
        if (n->v.element.tag == GUMBO_TAG_A) {
            length += int(textOf(n).simplified().size());
            return false;
        }
        return true;
    });
    return length;
}

// Readability's idea, small: paragraphs vote for their parent (fully) and grandparent (half)
// with their length and commas; the winner's score shrinks with its share of link text.
const GumboNode *bestContainer(const GumboNode *root)
{
    QHash<const GumboNode *, double> scores;
    std::vector<std::pair<const GumboNode *, bool>> stack{{root, false}};
    while (!stack.empty()) {
        const auto [n, excluded] = stack.back();
        stack.pop_back();
        const GumboElement *e = element(n);
        if (!e)
            continue;
        const bool out = excluded || unlikelyContainer(*e);
        if (!out &&
            (e->tag == GUMBO_TAG_P || e->tag == GUMBO_TAG_PRE || e->tag == GUMBO_TAG_BLOCKQUOTE)) {
            const QString text = textOf(n).simplified();
            if (text.size() >= 25) {
                const double score =
                    1.0 + double(text.count(u',')) + std::min(double(text.size()) / 100.0, 3.0);
                if (const GumboNode *parent = n->parent; element(parent)) {
                    scores[parent] += score;
                    if (const GumboNode *grand = parent->parent; element(grand))
                        scores[grand] += score / 2.0;
                }
            }
            continue;
        }
        forEachChild(*e, [&](const GumboNode *c) { stack.push_back({c, out}); });
    }
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        const double total = double(textOf(it.key()).simplified().size());
        const double density = total > 0 ? double(linkTextLength(it.key())) / total : 1.0;
        const double score = it.value() * (1.0 - density);
        if (score > bestScore) {
            bestScore = score;
            best = it.key();
        }
    }
    return best;
}

bool hasText(const GumboNode *node)
{
    return textOf(node).simplified().size() >= 20;
}

QString fenceLanguage(const GumboElement &code, const GumboElement *pre)
{
    for (const GumboElement *e : {&code, pre}) {
        if (!e)
            continue;
        for (const QString &c : classes(*e))
            if (c.startsWith(QLatin1String("language-")))
                return c.sliced(9);
        const QString lang = attr(*e, "data-lang");
        if (!lang.isEmpty())
            return lang;
    }
    return {};
}

// The KSyntaxHighlighting name for a page's language class, or empty for plain text.
QString highlighterName(const QString &fence)
{
    static const QSet<QString> plain = {QStringLiteral("text"), QStringLiteral("plaintext"),
                                        QStringLiteral("txt"),  QStringLiteral("plain"),
                                        QStringLiteral("none"), QStringLiteral("fallback")};
    const QString lower = fence.toLower();
    if (lower.isEmpty() || plain.contains(lower))
        return {};
    const QString known = languageName(languageForFence(lower));
    return known.isEmpty() ? fence : known;
}

} // namespace

QString ArticleExtractor::decodeHtml(const QByteArray &data, const QByteArray &contentType)
{
    static const QRegularExpression charsetRe(
        QStringLiteral("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = charsetRe.match(QString::fromLatin1(contentType));
    if (m.hasMatch()) {
        QStringDecoder decoder(m.captured(1).toLatin1().constData());
        if (decoder.isValid())
            return decoder.decode(data);
    }
    QStringDecoder decoder = QStringDecoder::decoderForHtml(data);
    if (decoder.isValid())
        return decoder.decode(data);
    return QString::fromUtf8(data);
}

bool ArticleExtractor::extract(const QString &html, const QUrl &pageUrl, ExtractedArticle *article,
                               QString *error)
{
    *article = {};
    const QByteArray utf8 = html.toUtf8();
    if (HtmlSanitizer::nestingDepth(utf8) > HtmlSanitizer::maxDepth) {
        *error = tr("%1 nests its elements more than %2 deep; it is not read")
                     .arg(pageUrl.toDisplayString())
                     .arg(HtmlSanitizer::maxDepth);
        return false;
    }
    const Parsed doc(utf8, false);
    if (!doc.root()) {
        *error = tr("%1 could not be parsed as HTML").arg(pageUrl.toDisplayString());
        return false;
    }
    QString pageTitle, h1, ogTitle, timeAttr, postMetaDate;
    const GumboNode *postContent = nullptr, *firstMain = nullptr;
    const GumboNode *bestArticle = nullptr;
    qsizetype bestArticleText = -1;
    walk(doc.root(), [&](const GumboNode *n) {
        const GumboElement &e = n->v.element;
        switch (e.tag) {
        case GUMBO_TAG_TITLE:
            if (pageTitle.isEmpty())
                pageTitle = textOf(n).simplified();
            return false;
        case GUMBO_TAG_META: {
            const QString property = attr(e, "property").toLower();
            const QString name = attr(e, "name").toLower();
            const QString content = attr(e, "content").trimmed();
            if (property == QLatin1String("og:title"))
                ogTitle = content;
            else if (property == QLatin1String("article:published_time") &&
                     !article->published.isValid())
                article->published = FeedParser::parseDate(content);
            else if (property == QLatin1String("article:tag") && !content.isEmpty())
                article->tags << content;
            else if ((property == QLatin1String("article:author") ||
                      name == QLatin1String("author")) &&
                     article->author.isEmpty() && !content.startsWith(QLatin1String("http")))
                article->author = content;
            return false;
        }
        case GUMBO_TAG_H1:
            if (h1.isEmpty())
                h1 = textOf(n).simplified();
            break;
        case GUMBO_TAG_TIME:
            if (timeAttr.isEmpty())
                timeAttr = attr(e, "datetime");
            break;
        case GUMBO_TAG_ARTICLE: {
            const qsizetype size = textOf(n).simplified().size();
            if (size > bestArticleText) {
                bestArticleText = size;
                bestArticle = n;
            }
            break;
        }
        case GUMBO_TAG_MAIN:
            if (!firstMain)
                firstMain = n;
            break;
        default:
            break;
        }
        const QStringList c = classes(e);
        if (!postContent && c.contains(QLatin1String("post-content")))
            postContent = n;
        if (!firstMain && attr(e, "role") == QLatin1String("main"))
            firstMain = n;
        if (c.contains(QLatin1String("post-meta")) && postMetaDate.isEmpty()) {
            // PaperMod: <div class="post-meta"><span title='2024-01-02 00:00:00 +0000 UTC'>
            walk(n, [&](const GumboNode *x) {
                if (postMetaDate.isEmpty() && x->v.element.tag == GUMBO_TAG_SPAN)
                    postMetaDate = attr(x->v.element, "title");
                return postMetaDate.isEmpty();
            });
        }
        if (c.contains(QLatin1String("post-tags"))) {
            walk(n, [&](const GumboNode *x) {
                if (x->v.element.tag == GUMBO_TAG_A) {
                    const QString tag = textOf(x).simplified();
                    if (!tag.isEmpty() && !article->tags.contains(tag, Qt::CaseInsensitive))
                        article->tags << tag;
                    return false;
                }
                return true;
            });
        }
        return true;
    });

    const GumboNode *body = nullptr;
    if (postContent && hasText(postContent)) {
        body = postContent;
        article->method = QStringLiteral("post-content");
    } else if (bestArticle && hasText(bestArticle)) {
        body = bestArticle;
        article->method = QStringLiteral("article");
    } else if (firstMain && hasText(firstMain)) {
        body = firstMain;
        article->method = QStringLiteral("main");
    } else if (const GumboNode *best = bestContainer(doc.root()); best && hasText(best)) {
        body = best;
        article->method = QStringLiteral("heuristic");
    }
    if (!body) {
        *error = tr("%1 has no article text that Lectern can find").arg(pageUrl.toDisplayString());
        return false;
    }
    Serializer serializer(article->method != QLatin1String("post-content"));
    article->bodyHtml = QString::fromUtf8(serializer.children(body->v.element));
    article->title = !ogTitle.isEmpty() ? ogTitle : !h1.isEmpty() ? h1 : pageTitle;
    if (!article->published.isValid())
        article->published = FeedParser::parseDate(timeAttr);
    if (!article->published.isValid())
        article->published = FeedParser::parseDate(postMetaDate);
    article->tags.removeDuplicates();
    return true;
}

QString ArticleExtractor::sanitize(const QString &untrustedHtml, const QUrl &baseUrl)
{
    SanitizeOptions options;
    options.baseUrl = baseUrl;
    return HtmlSanitizer(options).sanitize(untrustedHtml);
}

QString ArticleExtractor::prepareBody(const QString &untrustedHtml, const QUrl &baseUrl)
{
    return highlightCodeBlocks(sanitize(untrustedHtml, baseUrl));
}

QString ArticleExtractor::highlightCodeBlocks(const QString &sanitizedHtml)
{
    const Parsed doc(sanitizedHtml.toUtf8(), true);
    if (!doc.root())
        return sanitizedHtml;
    struct Splice
    {
        qsizetype from = 0;
        qsizetype to = 0;
        QByteArray with;
    };
    std::vector<Splice> splices;
    walk(doc.root(), [&](const GumboNode *n) {
        const GumboElement &pre = n->v.element;
        if (pre.tag != GUMBO_TAG_PRE)
            return true;
        if (pre.original_tag.length == 0 || pre.original_end_tag.length == 0)
            return false; // implied by the parser: no exact source range to replace
        const GumboElement *code = nullptr;
        forEachChild(pre, [&](const GumboNode *c) {
            if (const GumboElement *e = element(c); e && e->tag == GUMBO_TAG_CODE && !code)
                code = e;
        });
        QString text = textOf(n);
        const QString fence = code ? fenceLanguage(*code, &pre) : fenceLanguage(pre, nullptr);
        const QString name = highlighterName(fence);
        const HighlightedCode h = highlightCode(text, name);
        QByteArray out = "<pre class=\"code\"><code";
        if (!fence.isEmpty()) {
            out += " class=\"language-";
            escapeInto(out, fence.toUtf8().constData(), true);
            out += "\" data-lang=\"";
            escapeInto(out, fence.toUtf8().constData(), true);
            out += '"';
        }
        out += '>';
        out += h.html.toUtf8();
        out += "</code></pre>";
        splices.push_back({qsizetype(pre.start_pos.offset),
                           qsizetype(pre.end_pos.offset + pre.original_end_tag.length),
                           std::move(out)});
        return false;
    });
    QByteArray result = doc.utf8();
    for (auto it = splices.rbegin(); it != splices.rend(); ++it)
        result.replace(it->from, it->to - it->from, it->with);
    return QString::fromUtf8(result);
}

int ArticleExtractor::codeBlockCount(const QString &preparedHtml)
{
    const Parsed doc(preparedHtml.toUtf8(), true);
    int count = 0;
    if (doc.root())
        walk(doc.root(), [&](const GumboNode *n) {
            if (n->v.element.tag != GUMBO_TAG_PRE)
                return true;
            ++count;
            return false;
        });
    return count;
}

QString ArticleExtractor::decorate(const QString &preparedHtml, const RichBodyHooks &hooks)
{
    const Parsed doc(preparedHtml.toUtf8(), true);
    if (!doc.root())
        return preparedHtml;
    enum class Kind
    {
        Open,
        Close,
        Code,
        Text
    };
    struct Piece
    {
        qsizetype from = 0;
        qsizetype to = 0;
        Kind kind = Kind::Text;
        const GumboNode *node = nullptr;
    };
    std::vector<Piece> pieces;
    // Only what has its exact source range (not implied by the parser) can be replaced.
    const auto explicitTags = [](const GumboElement &e) {
        return e.original_tag.length > 0 && e.original_end_tag.length > 0;
    };
    walk(doc.root(), [&](const GumboNode *n) {
        const GumboElement &e = n->v.element;
        if (e.tag == GUMBO_TAG_PRE) {
            if (explicitTags(e))
                pieces.push_back({qsizetype(e.start_pos.offset),
                                  qsizetype(e.end_pos.offset + e.original_end_tag.length),
                                  Kind::Code, n});
            return false;
        }
        const bool heading = e.tag >= GUMBO_TAG_H1 && e.tag <= GUMBO_TAG_H6 && explicitTags(e);
        if (heading) {
            pieces.push_back({qsizetype(e.start_pos.offset),
                              qsizetype(e.start_pos.offset + e.original_tag.length), Kind::Open,
                              n});
            pieces.push_back({qsizetype(e.end_pos.offset),
                              qsizetype(e.end_pos.offset + e.original_end_tag.length), Kind::Close,
                              n});
        }
        forEachChild(e, [&](const GumboNode *c) {
            if (c->type == GUMBO_NODE_TEXT && c->v.text.original_text.length > 0)
                pieces.push_back(
                    {qsizetype(c->v.text.start_pos.offset),
                     qsizetype(c->v.text.start_pos.offset + c->v.text.original_text.length),
                     Kind::Text, c});
        });
        return true;
    });
    std::sort(pieces.begin(), pieces.end(),
              [](const Piece &a, const Piece &b) { return a.from < b.from; });
    const QByteArray &in = doc.utf8();
    QByteArray out;
    out.reserve(in.size() * 2);
    qsizetype at = 0;
    std::pair<QString, QString> tags;
    for (const Piece &p : pieces) {
        if (p.from < at)
            continue; // inside something already replaced
        out.append(in.constData() + at, p.from - at);
        QString with;
        switch (p.kind) {
        case Kind::Open: {
            const GumboElement &e = p.node->v.element;
            tags = hooks.heading
                       ? hooks.heading(int(e.tag - GUMBO_TAG_H1) + 1, textOf(p.node).simplified())
                       : std::pair<QString, QString>();
            with = hooks.heading ? tags.first : QString::fromUtf8(in.mid(p.from, p.to - p.from));
            break;
        }
        case Kind::Close:
            with = hooks.heading ? tags.second : QString::fromUtf8(in.mid(p.from, p.to - p.from));
            break;
        case Kind::Code: {
            const GumboElement &pre = p.node->v.element;
            const GumboElement *code = nullptr;
            forEachChild(pre, [&](const GumboNode *c) {
                if (const GumboElement *e = element(c); e && e->tag == GUMBO_TAG_CODE && !code)
                    code = e;
            });
            const QString fence = code ? fenceLanguage(*code, &pre) : fenceLanguage(pre, nullptr);
            with = hooks.codeBlock ? hooks.codeBlock(textOf(p.node), highlighterName(fence))
                                   : QString::fromUtf8(in.mid(p.from, p.to - p.from));
            break;
        }
        case Kind::Text: {
            const QString text = QString::fromUtf8(in.mid(p.from, p.to - p.from));
            with = hooks.text ? hooks.text(text) : text;
            break;
        }
        }
        out += with.toUtf8();
        at = p.to;
    }
    out.append(in.constData() + at, in.size() - at);
    return QString::fromUtf8(out);
}

QString ArticleExtractor::plainText(const QString &html)
{
    const Parsed doc(html.toUtf8(), true);
    if (!doc.root())
        return {};
    QStringList lines;
    QString line;
    const auto flush = [&] {
        const QString t = line.simplified();
        if (!t.isEmpty())
            lines << t;
        line.clear();
    };
    const auto isBlock = [](GumboTag tag) {
        switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_ASIDE:
            return true;
        default:
            return false;
        }
    };
    // Recursion depth is bounded by the sanitizer's nesting limit for stored bodies; raw
    // summaries are walked with an explicit stack of "close" markers.
    struct Item
    {
        const GumboNode *node;
        bool close;
    };
    std::vector<Item> stack{{doc.root(), false}};
    bool rootSeen = false;
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const GumboNode *n = item.node;
        if (item.close) {
            flush();
            continue;
        }
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
            n->type == GUMBO_NODE_CDATA) {
            line += QString::fromUtf8(n->v.text.text);
            continue;
        }
        const GumboElement *e = element(n);
        if (!e)
            continue;
        const bool root = !rootSeen;
        rootSeen = true;
        if (!root && (e->tag == GUMBO_TAG_SCRIPT || e->tag == GUMBO_TAG_STYLE ||
                      e->tag == GUMBO_TAG_TEMPLATE))
            continue;
        if (e->tag == GUMBO_TAG_BR) {
            flush();
            continue;
        }
        if (e->tag == GUMBO_TAG_PRE) {
            flush();
            QString code = textOf(n);
            while (code.endsWith(u'\n'))
                code.chop(1);
            for (const QString &l : code.split(u'\n')) {
                QString t = l;
                while (!t.isEmpty() && t.back().isSpace())
                    t.chop(1);
                if (!t.trimmed().isEmpty())
                    lines << t;
            }
            continue;
        }
        if (e->tag == GUMBO_TAG_TD || e->tag == GUMBO_TAG_TH)
            line += u' ';
        const bool block = isBlock(e->tag);
        if (block) {
            flush();
            stack.push_back({n, true});
        }
        for (unsigned i = e->children.length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode *>(e->children.data[i]), false});
    }
    flush();
    return lines.join(u'\n');
}

} // namespace Lectern
