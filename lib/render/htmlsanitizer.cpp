#include "render/htmlsanitizer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <cctype>
#include <cstring>
#include <gumbo.h>
#include <optional>
#include <vector>

namespace Lectern {

namespace {

enum class Action
{
    Keep,   // the element and its allowed attributes
    Unwrap, // not the element, but its content
    Drop    // neither
};

Action actionFor(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_U:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
        return Action::Keep;

    // Active content, foreign content, anything that loads, submits, or holds raw text.
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IMAGE:
        return Action::Drop;

    default: // html, body, form, label, font, center, nav, main, custom elements, ...
        return Action::Unwrap;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG ||
           tag == GUMBO_TAG_WBR || tag == GUMBO_TAG_COL;
}

bool matchesWhole(const QRegularExpression &re, const QString &value)
{
    return re.match(value).hasMatch();
}

const QRegularExpression &digits()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,5}$"));
    return re;
}
const QRegularExpression &signedDigits()
{
    static const QRegularExpression re(QStringLiteral("^-?[0-9]{1,7}$"));
    return re;
}
const QRegularExpression &langToken()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_+#.-]{1,40}$"));
    return re;
}

void appendEscaped(QByteArray &out, const char *text, bool attribute)
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
            if (attribute) {
                out += "&quot;";
                break;
            }
            out += *p;
            break;
        default:
            out += *p;
        }
    }
}

class Writer
{
public:
    Writer(const HtmlSanitizer &sanitizer, const SanitizeOptions &options, SanitizeReport &report)
        : m_sanitizer(sanitizer)
        , m_options(options)
        , m_report(report)
    {}

    QByteArray run(const GumboNode *root)
    {
        struct Frame
        {
            const GumboVector *children;
            unsigned next;
            QByteArray close; // end tag to write when the children are done
            bool anchor;      // this frame is an <a>
        };
        std::vector<Frame> stack;
        stack.push_back({&root->v.element.children, 0, {}, false});
        while (!stack.empty()) {
            Frame &top = stack.back();
            if (top.next >= top.children->length) {
                m_out += top.close;
                if (top.anchor)
                    --m_anchors;
                stack.pop_back();
                continue;
            }
            const auto *node = static_cast<const GumboNode *>(top.children->data[top.next++]);
            const bool firstChildOfPre = top.next == 1 && top.close == "</pre>";
            switch (node->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                // The parser drops a newline right after <pre>: write one more to keep it.
                if (firstChildOfPre && node->v.text.text[0] == '\n')
                    m_out += '\n';
                appendEscaped(m_out, node->v.text.text, false);
                break;
            case GUMBO_NODE_COMMENT:
            case GUMBO_NODE_DOCUMENT:
                break;
            case GUMBO_NODE_TEMPLATE:
                ++m_report.removedElements;
                break;
            case GUMBO_NODE_ELEMENT: {
                const GumboElement &e = node->v.element;
                Action action =
                    e.tag_namespace == GUMBO_NAMESPACE_HTML ? actionFor(e.tag) : Action::Drop;
                // Very deep nesting is flattened (text kept) rather than trusted to any
                // parser's limits later.
                if (action == Action::Keep && stack.size() > maxDepth)
                    action = Action::Unwrap;
                if (action == Action::Drop) {
                    ++m_report.removedElements;
                    break;
                }
                QByteArray close;
                bool anchor = false;
                if (action == Action::Keep) {
                    const Opened opened = openTag(e);
                    if (opened == Opened::Replaced)
                        break;
                    if (opened == Opened::Written && !isVoid(e.tag)) {
                        close = QByteArray("</") + gumbo_normalized_tagname(e.tag) + '>';
                        anchor = e.tag == GUMBO_TAG_A;
                    }
                    if (opened == Opened::Written && isVoid(e.tag))
                        break; // void elements have no content
                }
                if (anchor)
                    ++m_anchors;
                stack.push_back({&e.children, 0, close, anchor});
                break;
            }
            }
        }
        return m_out;
    }

private:
    static constexpr size_t maxDepth = 256;

    enum class Opened
    {
        Written,  // start tag written
        Skipped,  // element unwrapped (e.g. <a> without a usable href): write its content
        Replaced, // element replaced by something else already written (remote image)
    };

    Opened openTag(const GumboElement &e)
    {
        const GumboTag tag = e.tag;
        QByteArray attrs;
        bool hasHref = false;
        QString imageSrc;
        QString imageAlt;
        bool remoteImage = false;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
            const QByteArray name(a->name);
            const QString value = QString::fromUtf8(a->value);
            std::optional<QString> kept; // the value to write; none: drop the attribute
            bool boolean = false;        // written as a bare name
            const auto keepIf = [&](bool ok) {
                if (ok)
                    kept = value;
            };
            if (a->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE) {
                // xlink:href and friends: never on the HTML elements we keep
            } else if (name == "title") {
                kept = value;
            } else if (name == "alt") {
                keepIf(tag == GUMBO_TAG_IMG);
            } else if (name == "abbr") {
                keepIf(tag == GUMBO_TAG_TH);
            } else if (name == "lang") {
                keepIf(matchesWhole(langToken(), value));
            } else if (name == "dir") {
                keepIf(value == QLatin1String("ltr") || value == QLatin1String("rtl") ||
                       value == QLatin1String("auto"));
            } else if ((name == "href" && tag == GUMBO_TAG_A) ||
                       (name == "cite" && (tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_Q ||
                                           tag == GUMBO_TAG_DEL || tag == GUMBO_TAG_INS))) {
                const QString url = m_sanitizer.safeUrl(value, HtmlSanitizer::UrlUse::Link);
                if (url.isEmpty()) {
                    ++m_report.refusedUrls;
                    continue; // counted as a refused URL, not a removed attribute
                }
                kept = url;
                hasHref = hasHref || name == "href";
            } else if (name == "src" && tag == GUMBO_TAG_IMG) {
                imageSrc = m_sanitizer.safeUrl(value, HtmlSanitizer::UrlUse::Image);
                if (imageSrc.isEmpty()) {
                    ++m_report.refusedUrls;
                    continue; // counted as a refused URL, not a removed attribute
                }
                remoteImage = imageSrc.startsWith(QLatin1String("http"));
                kept = imageSrc;
            } else if (((name == "width" || name == "height") && tag == GUMBO_TAG_IMG) ||
                       ((name == "colspan" || name == "rowspan") &&
                        (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)) ||
                       (name == "span" && (tag == GUMBO_TAG_COL || tag == GUMBO_TAG_COLGROUP))) {
                keepIf(matchesWhole(digits(), value));
            } else if (name == "scope" && tag == GUMBO_TAG_TH) {
                keepIf(value == QLatin1String("row") || value == QLatin1String("col") ||
                       value == QLatin1String("rowgroup") || value == QLatin1String("colgroup"));
            } else if ((name == "start" && tag == GUMBO_TAG_OL) ||
                       (name == "value" && tag == GUMBO_TAG_LI)) {
                keepIf(matchesWhole(signedDigits(), value));
            } else if (name == "type" && tag == GUMBO_TAG_OL) {
                keepIf(value.size() == 1 && QStringLiteral("1aAiI").contains(value));
            } else if ((name == "reversed" && tag == GUMBO_TAG_OL) ||
                       (name == "open" && tag == GUMBO_TAG_DETAILS)) {
                kept = QString();
                boolean = true;
            } else if (name == "datetime" &&
                       (tag == GUMBO_TAG_TIME || tag == GUMBO_TAG_DEL || tag == GUMBO_TAG_INS)) {
                keepIf(value.size() <= 64);
            } else if (name == "value" && tag == GUMBO_TAG_DATA) {
                kept = value;
            } else if (name == "class" && (tag == GUMBO_TAG_CODE || tag == GUMBO_TAG_PRE)) {
                static const QRegularExpression space(QStringLiteral("\\s+"));
                QStringList languages;
                for (const QString &token : value.split(space, Qt::SkipEmptyParts))
                    if (token.startsWith(QLatin1String("language-")) &&
                        matchesWhole(langToken(), token.sliced(9)))
                        languages << token;
                if (!languages.isEmpty())
                    kept = languages.join(u' ');
            } else if (name == "class" && tag == GUMBO_TAG_A) {
                // Only the mark this sanitizer puts on links that stand for remote images.
                keepIf(value == QLatin1String("remote-image"));
            } else if (name == "data-lang" && tag == GUMBO_TAG_CODE) {
                keepIf(matchesWhole(langToken(), value));
            }
            if (!kept) {
                ++m_report.removedAttributes;
                continue;
            }
            if (name == "alt")
                imageAlt = *kept;
            attrs += ' ';
            attrs += name;
            if (!boolean) {
                attrs += "=\"";
                appendEscaped(attrs, kept->toUtf8().constData(), true);
                attrs += '"';
            }
        }

        if (tag == GUMBO_TAG_A) {
            if (!hasHref)
                return Opened::Skipped;
            attrs += " rel=\"noopener noreferrer\"";
        }
        if (tag == GUMBO_TAG_IMG) {
            if (imageSrc.isEmpty()) { // refused: keep what it said
                appendEscaped(m_out, imageAlt.toUtf8().constData(), false);
                return Opened::Replaced;
            }
            if (remoteImage && !m_options.allowRemoteImages) {
                const QString label =
                    imageAlt.trimmed().isEmpty()
                        ? QCoreApplication::translate("Lectern::HtmlSanitizer", "image")
                        : imageAlt.trimmed();
                if (m_anchors > 0) { // links do not nest: the label alone
                    appendEscaped(m_out, label.toUtf8().constData(), false);
                } else {
                    m_out += "<a class=\"remote-image\" href=\"";
                    appendEscaped(m_out, imageSrc.toUtf8().constData(), true);
                    m_out += "\" rel=\"noopener noreferrer\">";
                    appendEscaped(m_out, label.toUtf8().constData(), false);
                    m_out += "</a>";
                }
                return Opened::Replaced;
            }
        }
        m_out += '<';
        m_out += gumbo_normalized_tagname(tag);
        m_out += attrs;
        m_out += '>';
        return Opened::Written;
    }

    const HtmlSanitizer &m_sanitizer;
    const SanitizeOptions &m_options;
    SanitizeReport &m_report;
    QByteArray m_out;
    int m_anchors = 0;
};

// What the browser's URL parser does before anything else: strip leading and trailing C0
// controls and spaces, remove every tab and newline.
QString browserCleaned(const QString &raw)
{
    QString s;
    s.reserve(raw.size());
    for (const QChar c : raw)
        if (c != u'\t' && c != u'\n' && c != u'\r')
            s += c;
    qsizetype from = 0;
    qsizetype to = s.size();
    while (from < to && s.at(from).unicode() <= 0x20)
        ++from;
    while (to > from && s.at(to - 1).unicode() <= 0x20)
        --to;
    return s.sliced(from, to - from);
}

// The scheme as a browser reads it (ASCII letter, then letters, digits, + - .; then ':'),
// lower case; empty for a relative URL.
QString schemeOf(const QString &url)
{
    const auto isAlpha = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    if (url.isEmpty() || !isAlpha(url.at(0)))
        return {};
    for (qsizetype i = 1; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u':')
            return url.first(i).toLower();
        if (!isAlpha(c) && !(c >= u'0' && c <= u'9') && c != u'+' && c != u'-' && c != u'.')
            return {};
    }
    return {};
}

QString httpUrl(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

HtmlSanitizer::HtmlSanitizer(SanitizeOptions options)
    : m_options(std::move(options))
{}

QString HtmlSanitizer::safeUrl(const QString &raw, UrlUse use) const
{
    const QString url = browserCleaned(raw);
    if (url.isEmpty())
        return {};
    const QString scheme = schemeOf(url);
    if (scheme == QLatin1String("data")) {
        if (use != UrlUse::Image)
            return {};
        static const QRegularExpression image(
            QStringLiteral("^data:image/(png|gif|jpeg|jpg|webp|avif);base64,[A-Za-z0-9+/]+=*$"),
            QRegularExpression::CaseInsensitiveOption);
        QString compact = url;
        compact.remove(u' ');
        return image.match(compact).hasMatch() ? compact : QString();
    }
    if (!scheme.isEmpty()) {
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return {};
        return httpUrl(QUrl(url, QUrl::TolerantMode));
    }
    if (url.startsWith(u'#')) {
        if (use != UrlUse::Link)
            return {};
        QUrl fragment;
        fragment.setFragment(url.sliced(1), QUrl::TolerantMode);
        return fragment.toString(QUrl::FullyEncoded);
    }
    const QString baseScheme = m_options.baseUrl.scheme();
    if (baseScheme != QLatin1String("http") && baseScheme != QLatin1String("https"))
        return {};
    return httpUrl(m_options.baseUrl.resolved(QUrl(url, QUrl::TolerantMode)));
}

int HtmlSanitizer::nestingDepth(QByteArrayView html)
{
    // End tags that may be left out (p, li, td, ...) and void elements never stay open for long
    // in a parser, so they are not counted; everything else opens a level until its end tag.
    static const QList<QByteArrayView> uncounted{
        "area",   "base",     "br",     "col",   "embed", "hr",    "img",   "input",   "link",
        "meta",   "param",    "source", "track", "wbr",   "p",     "li",    "dt",      "dd",
        "option", "optgroup", "tr",     "td",    "th",    "thead", "tbody", "tfoot",   "colgroup",
        "rb",     "rt",       "rtc",    "rp",    "html",  "head",  "body",  "!doctype"};
    int depth = 0;
    int deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (html[i] != '<' || i + 1 >= n)
            continue;
        if (html.sliced(i).startsWith("<!--")) { // comments hold no elements
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0)
                break;
            i = end + 2;
            continue;
        }
        const bool closing = html[i + 1] == '/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && (std::isalnum(static_cast<unsigned char>(html[j])) || html[j] == '-' ||
                         html[j] == '!'))
            ++j;
        if (j == nameStart)
            continue; // "<" as text
        const QByteArray name = html.sliced(nameStart, j - nameStart).toByteArray().toLower();
        const qsizetype close = html.indexOf('>', j);
        const bool selfClosed = close > 0 && html[close - 1] == '/';
        if (uncounted.contains(QByteArrayView(name)) || selfClosed)
            continue;
        if (closing) {
            depth = std::max(0, depth - 1);
        } else {
            deepest = std::max(deepest, ++depth);
            if (deepest > maxDepth) // enough to decide
                return deepest;
        }
    }
    return deepest;
}

QString HtmlSanitizer::sanitize(const QString &html, SanitizeReport *report) const
{
    SanitizeReport local;
    SanitizeReport &r = report ? *report : local;
    r = {};
    const QByteArray utf8 = html.toUtf8();
    if (nestingDepth(utf8) > maxDepth) {
        ++r.removedElements;
        return QStringLiteral("<p>") +
               QCoreApplication::translate("Lectern::HtmlSanitizer",
                                           "(This HTML nests its elements more than %1 deep; "
                                           "it is not shown.)")
                   .arg(maxDepth)
                   .toHtmlEscaped() +
               QStringLiteral("</p>");
    }
    GumboOptions options = kGumboDefaultOptions;
    options.fragment_context = GUMBO_TAG_BODY; // parsed as the content of <body>
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    options.max_errors = 0; // we do not read them
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return {};
    Writer writer(*this, m_options, r);
    const QByteArray out = writer.run(output->root);
    gumbo_destroy_output(&options, output);
    return QString::fromUtf8(out);
}

} // namespace Lectern
