#include "ingest/entities.h"

#include <gumbo.h>

namespace Lectern {

namespace {

void collectText(const GumboNode *node, QByteArray &out)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        out += node->v.text.text;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collectText(static_cast<const GumboNode *>(children.data[i]), out);
}

const GumboNode *findTextarea(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (node->v.element.tag == GUMBO_TAG_TEXTAREA)
        return node;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        if (const GumboNode *found = findTextarea(static_cast<const GumboNode *>(children.data[i])))
            return found;
    return nullptr;
}

} // namespace

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    // A <textarea> holds escapable raw text: the parser decodes character references there but
    // reads no tags. Escaping '<' keeps a literal "</textarea>" in the text from ending it, and
    // the leading newline is the one the HTML5 parser drops after <textarea>.
    QString escaped = text;
    escaped.replace(u'<', QLatin1String("&lt;"));
    const QByteArray html = "<textarea>\n" + escaped.toUtf8();
    GumboOutput *output =
        gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    QByteArray decoded;
    decoded.reserve(html.size());
    if (const GumboNode *area = findTextarea(output->root))
        collectText(area, decoded);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return QString::fromUtf8(decoded);
}

} // namespace Lectern
