#include "ingest/plainstripper.h"

#include "ingest/codelang.h"
#include "ingest/entities.h"
#include "ingest/structuretext.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <memory>

namespace Lectern {

namespace {

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

int cmarkOptions(PlainStripper::Flavour flavour)
{
    // Raw HTML passes through (the callout boxes are HTML blocks); the typographer is Hugo's.
    int options = CMARK_OPT_UNSAFE;
    if (flavour == PlainStripper::Flavour::Hugo)
        options |= CMARK_OPT_SMART;
    return options;
}

// One parsed document with the GFM table extension attached.
class Document
{
public:
    Document(const QByteArray &markdown, int options)
        : m_options(options)
    {
        cmark_gfm_core_extensions_ensure_registered();
        m_parser.reset(cmark_parser_new(options));
        if (cmark_syntax_extension *table = cmark_find_syntax_extension("table"))
            cmark_parser_attach_syntax_extension(m_parser.get(), table);
        cmark_parser_feed(m_parser.get(), markdown.constData(), size_t(markdown.size()));
        m_root.reset(cmark_parser_finish(m_parser.get()));
    }
    cmark_node *root() const { return m_root.get(); }
    bool isValid() const { return m_root != nullptr; }

    QString render(cmark_node *node) const
    {
        char *html =
            cmark_render_html(node, m_options, cmark_parser_get_syntax_extensions(m_parser.get()));
        const QString result = QString::fromUtf8(html);
        cmark_get_default_mem_allocator()->free(html);
        return result;
    }

private:
    int m_options;
    ParserPtr m_parser;
    NodePtr m_root;
};

// Goldmark's typographer writes entities where cmark writes the characters, and Chroma escapes
// quotes in code blocks numerically: make cmark's HTML read like Hugo's.
QString hugoEscaping(const QString &html)
{
    QString out;
    out.reserve(html.size() + html.size() / 8);
    bool inCodeBlock = false;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html[i];
        if (c == u'<') {
            const QStringView rest = QStringView(html).sliced(i);
            if (rest.startsWith(u"<pre><code"))
                inCodeBlock = true;
            else if (rest.startsWith(u"</code></pre>"))
                inCodeBlock = false;
        }
        if (inCodeBlock) {
            if (c == u'&' && QStringView(html).sliced(i).startsWith(u"&quot;")) {
                out += QLatin1String("&#34;");
                i += 5;
            } else if (c == u'\'') {
                out += QLatin1String("&#39;");
            } else {
                out += c;
            }
            continue;
        }
        switch (c.unicode()) {
        case 0x2018:
            out += QLatin1String("&lsquo;");
            break;
        case 0x2019:
            out += QLatin1String("&rsquo;");
            break;
        case 0x201C:
            out += QLatin1String("&ldquo;");
            break;
        case 0x201D:
            out += QLatin1String("&rdquo;");
            break;
        case 0x2026:
            out += QLatin1String("&hellip;");
            break;
        case 0x2013:
            out += QLatin1String("&ndash;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString renderFragment(const QString &markdown, PlainStripper::Flavour flavour)
{
    const Document doc(markdown.toUtf8(), cmarkOptions(flavour));
    QString html = doc.isValid() ? doc.render(doc.root()) : QString();
    html = html.trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")))
        html = html.mid(3, html.size() - 7);
    return html;
}

// {{< callout "!" >}}text{{< /callout >}} -> the blog's callout box as an HTML block.
QString expandShortcodes(const QString &markdown, PlainStripper::Flavour flavour)
{
    static const QRegularExpression callout(
        QStringLiteral(R"re(\{\{<\s*callout\s+"([^"]*)"\s*>\}\}(.*?)\{\{<\s*/callout\s*>\}\})re"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    auto it = callout.globalMatch(markdown);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(markdown).sliced(last, m.capturedStart() - last);
        QString inner = renderFragment(m.captured(2).trimmed(), flavour);
        inner.replace(u'\n', u' ');
        out += QLatin1String("\n\n<div class=\"callout\">\n<span class=\"callout-icon\">") +
               m.captured(1).toHtmlEscaped() +
               QLatin1String("</span>\n<div class=\"callout-body\">") + inner +
               QLatin1String("</div>\n</div>\n\n");
        last = m.capturedEnd();
    }
    out += QStringView(markdown).sliced(last);
    return out;
}

QString frontMatterValue(QStringView frontMatter, QLatin1String key)
{
    for (QStringView line : frontMatter.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(key) && line.sliced(key.size()).startsWith(u':')) {
            QString value = line.sliced(key.size() + 1).trimmed().toString();
            if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) &&
                value.endsWith(value.front()))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

} // namespace

QString PlainStripper::strip(const QString &html)
{
    // The four steps of HUGO-INDEX.md. 1: newlines become spaces; </p>, <br>, <br /> a marker
    // (U+0001 never occurs in rendered HTML).
    constexpr QChar marker(0x0001);
    QString s = html;
    s.replace(u'\n', u' ');
    s.replace(QLatin1String("</p>"), QString(marker));
    s.replace(QLatin1String("<br />"), QString(marker));
    s.replace(QLatin1String("<br>"), QString(marker));
    // 2: tags go, the text between them stays (entities untouched).
    QString text;
    text.reserve(s.size());
    bool inTag = false;
    for (const QChar c : std::as_const(s)) {
        if (c == u'<')
            inTag = true;
        else if (c == u'>')
            inTag = false;
        else if (!inTag)
            text += c;
    }
    // 3: markers become newlines. 4: every whitespace run shrinks to its first character.
    QString out;
    out.reserve(text.size());
    bool previousSpace = false;
    for (QChar c : std::as_const(text)) {
        if (c == marker)
            c = u'\n';
        const bool space = c.isSpace();
        if (!space || !previousSpace)
            out += c;
        previousSpace = space;
    }
    return out;
}

bool PlainStripper::fromMarkdown(const QString &markdown, Flavour flavour, GroundTruth *out,
                                 QString *error)
{
    *out = GroundTruth();
    QString body = markdown;
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (body.startsWith(QLatin1String("---\n"))) {
        const qsizetype end = body.indexOf(QLatin1String("\n---\n"), 3);
        if (end < 0) {
            if (error)
                *error = QCoreApplication::translate("Lectern::PlainStripper",
                                                     "the front matter has no closing '---' line");
            return false;
        }
        const QStringView frontMatter = QStringView(body).sliced(4, end - 4);
        out->title = frontMatterValue(frontMatter, QLatin1String("title"));
        out->category = frontMatterValue(frontMatter, QLatin1String("category"));
        body = body.mid(end + 5);
    }
    body = expandShortcodes(body, flavour);

    const Document doc(body.toUtf8(), cmarkOptions(flavour));
    if (!doc.isValid()) {
        if (error)
            *error = QCoreApplication::translate("Lectern::PlainStripper",
                                                 "cmark-gfm could not parse the document");
        return false;
    }
    const auto finish = [flavour](const QString &html) {
        return flavour == Flavour::Hugo ? hugoEscaping(html) : html;
    };
    out->html = finish(doc.render(doc.root()));
    out->indexContent = strip(out->html);

    // The true blocks: each top-level node rendered and stripped on its own.
    const auto plainText = [&](cmark_node *node) {
        QString text = decodeEntities(strip(finish(doc.render(node))));
        return text.trimmed();
    };
    for (cmark_node *node = cmark_node_first_child(doc.root()); node;
         node = cmark_node_next(node)) {
        Block block;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            block.type = Block::Type::Heading;
            block.level = cmark_node_get_heading_level(node);
            block.text = plainText(node);
            break;
        case CMARK_NODE_CODE_BLOCK: {
            block.type = Block::Type::Code;
            block.text = QString::fromUtf8(cmark_node_get_literal(node));
            while (block.text.endsWith(u'\n'))
                block.text.chop(1);
            const QString info = QString::fromUtf8(cmark_node_get_fence_info(node));
            block.language = languageName(languageForFence(info));
            break;
        }
        case CMARK_NODE_LIST:
            block.type = Block::Type::List;
            block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            for (cmark_node *item = cmark_node_first_child(node); item;
                 item = cmark_node_next(item)) {
                QString text = plainText(item);
                text.replace(u'\n', u' ');
                block.items << text;
            }
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            block.type = Block::Type::Quote;
            block.text = plainText(node);
            break;
        case CMARK_NODE_HTML_BLOCK: {
            const QString literal = QString::fromUtf8(cmark_node_get_literal(node));
            block.type = literal.contains(QLatin1String("class=\"callout\""))
                             ? Block::Type::Quote
                             : Block::Type::Paragraph;
            block.text = plainText(node);
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK:
            continue;
        default: // paragraphs and GFM tables: prose
            block.type = Block::Type::Paragraph;
            block.text = plainText(node);
            break;
        }
        if (block.text.isEmpty() && block.items.isEmpty())
            continue;
        out->blocks << block;
    }
    return true;
}

bool PlainStripper::fromFile(const QString &path, Flavour flavour, GroundTruth *out, QString *error)
{
    *out = GroundTruth();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    QString message;
    if (!fromMarkdown(QString::fromUtf8(f.readAll()), flavour, out, &message)) {
        if (error)
            *error = path + QStringLiteral(": ") + message;
        return false;
    }
    return true;
}

} // namespace Lectern
