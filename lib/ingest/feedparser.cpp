#include "ingest/feedparser.h"

#include "ingest/articleextractor.h"
#include "ingest/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <gumbo.h>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::FeedParser", text);
}

const QString atomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString contentNs = QStringLiteral("http://purl.org/rss/1.0/modules/content/");
const QString dcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString rss10Ns = QStringLiteral("http://purl.org/rss/1.0/");
const QString xhtmlNs = QStringLiteral("http://www.w3.org/1999/xhtml");

QByteArray mimeOf(const QByteArray &contentType)
{
    return contentType.split(';').constFirst().trimmed().toLower();
}

bool isBinaryType(const QByteArray &mime)
{
    static const QList<QByteArray> prefixes = {"image/", "audio/", "video/", "font/", "model/"};
    for (const QByteArray &p : prefixes)
        if (mime.startsWith(p))
            return true;
    static const QSet<QByteArray> types = {
        "application/pdf",    "application/zip",     "application/gzip",
        "application/x-gzip", "application/x-tar",   "application/wasm",
        "application/msword", "application/x-bzip2", "application/vnd.ms-excel"};
    return types.contains(mime);
}

QByteArray withoutBom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

// The first bytes, printable, for messages about what a document really is.
QString preview(const QByteArray &data)
{
    QString s = QString::fromUtf8(data.left(60)).simplified();
    for (QChar &c : s)
        if (!c.isPrint())
            c = u'?';
    return s;
}

QString lineColumn(const QByteArray &data, qint64 offset)
{
    const QByteArray head = data.left(offset);
    const int line = int(head.count('\n')) + 1;
    const int column = int(offset - (head.lastIndexOf('\n') + 1)) + 1;
    return tr("line %1, column %2").arg(line).arg(column);
}

QUrl resolved(const QUrl &base, const QString &ref)
{
    const QString trimmed = ref.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    return base.isValid() ? base.resolved(url) : url;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
           !url.host().isEmpty();
}

QString plainFromHtml(const QString &html)
{
    return ArticleExtractor::plainText(html).simplified();
}

// ---- XML: RSS and Atom -------------------------------------------------------------------

class XmlFeedReader
{
public:
    XmlFeedReader(const QByteArray &data, const QUrl &baseUrl, ParsedFeed *feed)
        : m_x(data)
        , m_base(baseUrl)
        , m_feed(feed)
    {}

    QXmlStreamReader &reader() { return m_x; }

    void readRssRoot()
    {
        // <rss><channel>...<item/>...</channel></rss>, or RSS 1.0: <rdf:RDF><channel/><item/>
        while (m_x.readNextStartElement()) {
            const auto name = m_x.name();
            if (name == QLatin1String("channel"))
                readRssChannel();
            else if (name == QLatin1String("item"))
                readRssItem();
            else
                m_x.skipCurrentElement();
        }
    }

    void readAtomFeed()
    {
        const QUrl base = xmlBase(m_base);
        while (m_x.readNextStartElement()) {
            const auto name = m_x.name();
            if (m_x.namespaceUri() != atomNs) {
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("title")) {
                m_feed->title = readTextConstructPlain();
            } else if (name == QLatin1String("link")) {
                const QString rel = m_x.attributes().value(QLatin1String("rel")).toString();
                const QUrl href =
                    resolved(base, m_x.attributes().value(QLatin1String("href")).toString());
                if ((rel.isEmpty() || rel == QLatin1String("alternate")) && isWebUrl(href))
                    m_feed->siteUrl = href;
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("entry")) {
                readAtomEntry(base);
            } else {
                m_x.skipCurrentElement();
            }
        }
    }

private:
    QUrl xmlBase(const QUrl &outer)
    {
        const QString b =
            m_x.attributes()
                .value(QLatin1String("http://www.w3.org/XML/1998/namespace"), QLatin1String("base"))
                .toString();
        if (b.isEmpty())
            return outer;
        return outer.isValid() ? outer.resolved(QUrl(b)) : QUrl(b);
    }

    void readRssChannel()
    {
        while (m_x.readNextStartElement()) {
            const auto name = m_x.name();
            const bool plain = m_x.namespaceUri().isEmpty() || m_x.namespaceUri() == rss10Ns;
            if (plain && name == QLatin1String("title")) {
                m_feed->title =
                    decodeEntities(m_x.readElementText(QXmlStreamReader::IncludeChildElements))
                        .simplified();
            } else if (plain && name == QLatin1String("link")) {
                const QUrl url =
                    resolved(m_base, m_x.readElementText(QXmlStreamReader::IncludeChildElements));
                if (isWebUrl(url))
                    m_feed->siteUrl = url;
            } else if (plain && name == QLatin1String("item")) {
                readRssItem();
            } else {
                m_x.skipCurrentElement();
            }
        }
    }

    void readRssItem()
    {
        FeedItem item;
        QString guid;
        bool guidIsLink = true;
        QString atomLink;
        while (m_x.readNextStartElement()) {
            const auto name = m_x.name();
            const auto ns = m_x.namespaceUri();
            const auto text = [this] {
                return m_x.readElementText(QXmlStreamReader::IncludeChildElements);
            };
            if (ns.isEmpty() || ns == rss10Ns) {
                if (name == QLatin1String("title")) {
                    item.rawTitle = text();
                } else if (name == QLatin1String("link")) {
                    item.link = text().trimmed();
                } else if (name == QLatin1String("guid")) {
                    guidIsLink = m_x.attributes().value(QLatin1String("isPermaLink")) !=
                                 QLatin1String("false");
                    guid = text().trimmed();
                } else if (name == QLatin1String("description")) {
                    item.summaryHtml = text();
                } else if (name == QLatin1String("pubDate")) {
                    item.published = FeedParser::parseDate(text());
                } else if (name == QLatin1String("author")) {
                    item.author = authorFromRss(text());
                } else if (name == QLatin1String("category")) {
                    const QString c = text().simplified();
                    if (!c.isEmpty())
                        item.categories << c;
                } else {
                    m_x.skipCurrentElement();
                }
            } else if (ns == contentNs && name == QLatin1String("encoded")) {
                item.contentHtml = text();
            } else if (ns == dcNs) {
                if (name == QLatin1String("creator") && item.author.isEmpty())
                    item.author = text().simplified();
                else if (name == QLatin1String("date") && !item.published.isValid())
                    item.published = FeedParser::parseDate(text());
                else if (name == QLatin1String("subject"))
                    item.categories << text().simplified();
                else
                    m_x.skipCurrentElement();
            } else if (ns == atomNs && name == QLatin1String("link")) {
                const QString rel = m_x.attributes().value(QLatin1String("rel")).toString();
                if (rel.isEmpty() || rel == QLatin1String("alternate"))
                    atomLink = m_x.attributes().value(QLatin1String("href")).toString();
                m_x.skipCurrentElement();
            } else {
                m_x.skipCurrentElement();
            }
        }
        if (item.link.isEmpty() && guidIsLink)
            item.link = guid;
        if (item.link.isEmpty())
            item.link = atomLink;
        item.id = guid.isEmpty() ? item.link : guid;
        // RSS titles are text; feeds that escape twice leave entities behind: decode once more.
        item.title = decodeEntities(item.rawTitle).simplified();
        add(std::move(item), m_base);
    }

    static QString authorFromRss(const QString &text)
    {
        // "jane@example.com (Jane Doe)": the name in parentheses when there is one.
        static const QRegularExpression re(QStringLiteral("^\\s*\\S+@\\S+\\s*\\((.+)\\)\\s*$"));
        const auto m = re.match(text);
        return (m.hasMatch() ? m.captured(1) : text).simplified();
    }

    void readAtomEntry(const QUrl &feedBase)
    {
        const QUrl base = xmlBase(feedBase);
        FeedItem item;
        QString alternate;
        QString anyLink;
        while (m_x.readNextStartElement()) {
            const auto name = m_x.name();
            if (m_x.namespaceUri() != atomNs) {
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("id")) {
                item.id = m_x.readElementText().trimmed();
            } else if (name == QLatin1String("title")) {
                bool html = false;
                item.rawTitle = readTextConstruct(&html);
                item.title = html ? plainFromHtml(item.rawTitle) : item.rawTitle.simplified();
            } else if (name == QLatin1String("link")) {
                const QString rel = m_x.attributes().value(QLatin1String("rel")).toString();
                const QString href = m_x.attributes().value(QLatin1String("href")).toString();
                if ((rel.isEmpty() || rel == QLatin1String("alternate")) && alternate.isEmpty())
                    alternate = href;
                if (anyLink.isEmpty())
                    anyLink = href;
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("published")) {
                item.published = FeedParser::parseDate(m_x.readElementText());
            } else if (name == QLatin1String("updated")) {
                item.updated = FeedParser::parseDate(m_x.readElementText());
            } else if (name == QLatin1String("author")) {
                const QString author = readAtomPersonName();
                if (item.author.isEmpty())
                    item.author = author;
            } else if (name == QLatin1String("category")) {
                const auto a = m_x.attributes();
                const QString label = a.value(QLatin1String("label")).toString().simplified();
                const QString term = a.value(QLatin1String("term")).toString().simplified();
                if (!(label.isEmpty() ? term : label).isEmpty())
                    item.categories << (label.isEmpty() ? term : label);
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("summary")) {
                bool html = false;
                const QString s = readTextConstruct(&html);
                item.summaryHtml = html ? s : textToHtml(s);
            } else if (name == QLatin1String("content")) {
                if (m_x.attributes().hasAttribute(QLatin1String("src"))) {
                    m_x.skipCurrentElement(); // out-of-line content: the link says where
                    continue;
                }
                bool html = false;
                const QString s = readTextConstruct(&html);
                item.contentHtml = html ? s : textToHtml(s);
            } else {
                m_x.skipCurrentElement();
            }
        }
        item.link = alternate.isEmpty() ? anyLink : alternate;
        if (item.link.isEmpty() && isWebUrl(QUrl(item.id)))
            item.link = item.id;
        if (!item.published.isValid())
            item.published = item.updated;
        add(std::move(item), base);
    }

    QString readAtomPersonName()
    {
        QString name;
        while (m_x.readNextStartElement()) {
            if (m_x.name() == QLatin1String("name") && name.isEmpty())
                name = m_x.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
            else
                m_x.skipCurrentElement();
        }
        return name;
    }

    QString readTextConstructPlain()
    {
        bool html = false;
        const QString s = readTextConstruct(&html);
        return html ? plainFromHtml(s) : s.simplified();
    }

    // Atom text constructs: type="text" (default), "html" (escaped markup) or "xhtml" (a <div>
    // of inline XHTML); content may also carry a MIME type.
    QString readTextConstruct(bool *isHtml)
    {
        const QString type =
            m_x.attributes().value(QLatin1String("type")).toString().trimmed().toLower();
        if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml")) {
            *isHtml = true;
            return readXhtml();
        }
        if (type == QLatin1String("html") || type == QLatin1String("text/html")) {
            *isHtml = true;
            return m_x.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        *isHtml = false;
        if (type.isEmpty() || type == QLatin1String("text") || type.startsWith(u"text/"))
            return m_x.readElementText(QXmlStreamReader::IncludeChildElements);
        m_x.skipCurrentElement(); // base64 media: nothing to show
        return {};
    }

    // Writes the element's XHTML children back out as HTML (the wrapping <div> dropped).
    QString readXhtml()
    {
        static const QSet<QString> voids = {QStringLiteral("br"),    QStringLiteral("hr"),
                                            QStringLiteral("img"),   QStringLiteral("wbr"),
                                            QStringLiteral("col"),   QStringLiteral("area"),
                                            QStringLiteral("input"), QStringLiteral("meta"),
                                            QStringLiteral("link"),  QStringLiteral("source")};
        QString out;
        int depth = 0;
        int wrapperDepth = -1;
        while (!m_x.atEnd()) {
            const auto token = m_x.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                const QString name = m_x.name().toString().toLower();
                if (depth == 1 && wrapperDepth < 0 && name == QLatin1String("div") &&
                    (m_x.namespaceUri() == xhtmlNs || m_x.namespaceUri().isEmpty())) {
                    wrapperDepth = 1;
                    continue;
                }
                out += u'<' + name;
                for (const QXmlStreamAttribute &a : m_x.attributes())
                    out += u' ' + a.name().toString() + QLatin1String("=\"") +
                           a.value().toString().toHtmlEscaped() + u'"';
                out += u'>';
            } else if (token == QXmlStreamReader::EndElement) {
                if (depth == 0)
                    break; // the text construct's own end
                const QString name = m_x.name().toString().toLower();
                if (!(depth == wrapperDepth) && !voids.contains(name))
                    out += QLatin1String("</") + name + u'>';
                --depth;
            } else if (token == QXmlStreamReader::Characters) {
                out += m_x.text().toString().toHtmlEscaped();
            } else if (token == QXmlStreamReader::EntityReference) {
                out += m_x.text().toString().toHtmlEscaped();
            }
        }
        return out;
    }

    static QString textToHtml(const QString &text)
    {
        QString out;
        for (const QString &para : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            const QString t = para.trimmed();
            if (!t.isEmpty())
                out += QLatin1String("<p>") + t.toHtmlEscaped() + QLatin1String("</p>\n");
        }
        return out;
    }

    void add(FeedItem item, const QUrl &base)
    {
        ++m_index;
        const QUrl link = resolved(base, item.link);
        if (!isWebUrl(link)) {
            m_feed->problems
                << (item.link.isEmpty()
                        ? tr("entry %1 (\"%2\") has no link").arg(m_index).arg(item.title)
                        : tr("entry %1 (\"%2\") has no usable link: %3")
                              .arg(m_index)
                              .arg(item.title, item.link));
            return;
        }
        item.link = link.toString(QUrl::FullyEncoded);
        m_feed->items.append(std::move(item));
    }

    QXmlStreamReader m_x;
    QUrl m_base;
    ParsedFeed *m_feed;
    int m_index = 0;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::XmlFeedReader)
};

bool parseXml(const QByteArray &data, FeedFormat format, const QUrl &baseUrl,
              const QString &location, ParsedFeed *feed, QString *error)
{
    XmlFeedReader r(data, baseUrl, feed);
    QXmlStreamReader &x = r.reader();
    if (!x.readNextStartElement()) {
        *error = x.hasError()
                     ? tr("%1 is not well-formed XML: %2 (%3)")
                           .arg(location, x.errorString(),
                                tr("line %1, column %2").arg(x.lineNumber()).arg(x.columnNumber()))
                     : tr("%1 has no XML element").arg(location);
        return false;
    }
    const auto root = x.name();
    if (format == FeedFormat::Rss) {
        if (root != QLatin1String("rss") && root != QLatin1String("RDF")) {
            *error = tr("%1 is not an RSS feed: its root element is <%2>, not <rss>")
                         .arg(location, x.qualifiedName().toString());
            return false;
        }
        r.readRssRoot();
    } else {
        if (root != QLatin1String("feed") || x.namespaceUri() != atomNs) {
            *error = tr("%1 is not an Atom feed: its root element is <%2> in namespace \"%3\"")
                         .arg(location, x.qualifiedName().toString(), x.namespaceUri().toString());
            return false;
        }
        r.readAtomFeed();
    }
    // The rest of the document must be well-formed too: a truncated feed is refused whole.
    while (!x.atEnd() && !x.hasError())
        x.readNext();
    if (x.hasError()) {
        *error = tr("%1 is not well-formed XML: %2 (%3)")
                     .arg(location, x.errorString(),
                          tr("line %1, column %2").arg(x.lineNumber()).arg(x.columnNumber()));
        return false;
    }
    return true;
}

// ---- JSON Feed -------------------------------------------------------------------------

QString jsonString(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble()) // JSON Feed ids are sometimes numbers
        return QString::number(v.toInteger());
    return {};
}

bool parseJsonFeed(const QByteArray &data, const QUrl &baseUrl, const QString &location,
                   ParsedFeed *feed, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON: %2 at %3")
                     .arg(location, pe.errorString(), lineColumn(data, pe.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("%1 is not a JSON Feed: expected a JSON object").arg(location);
        return false;
    }
    const QJsonObject root = doc.object();
    const QString version = jsonString(root, "version");
    if (!version.startsWith(QLatin1String("https://jsonfeed.org/version/"))) {
        *error = version.isEmpty()
                     ? tr("%1 is not a JSON Feed: it has no \"version\" "
                          "(\"https://jsonfeed.org/version/1.1\")")
                           .arg(location)
                     : tr("%1 is not a JSON Feed: unknown version \"%2\"").arg(location, version);
        return false;
    }
    const QJsonValue items = root.value(QLatin1String("items"));
    if (!items.isArray()) {
        *error =
            tr("%1 is not a valid JSON Feed: \"items\" is missing or not an array").arg(location);
        return false;
    }
    feed->title = jsonString(root, "title").simplified();
    const QUrl home = resolved(baseUrl, jsonString(root, "home_page_url"));
    if (isWebUrl(home))
        feed->siteUrl = home;
    const QJsonArray array = items.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            feed->problems << tr("item %1 is not an object").arg(i);
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        FeedItem item;
        item.id = jsonString(o, "id");
        item.rawTitle = jsonString(o, "title");
        item.title = item.rawTitle.simplified();
        item.contentHtml = jsonString(o, "content_html");
        if (item.contentHtml.isEmpty() && !jsonString(o, "content_text").isEmpty())
            item.contentHtml = QLatin1String("<p>") +
                               jsonString(o, "content_text")
                                   .toHtmlEscaped()
                                   .replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>")) +
                               QLatin1String("</p>");
        item.summaryHtml = jsonString(o, "summary").toHtmlEscaped();
        item.published = FeedParser::parseDate(jsonString(o, "date_published"));
        item.updated = FeedParser::parseDate(jsonString(o, "date_modified"));
        if (!item.published.isValid())
            item.published = item.updated;
        QJsonArray authors = o.value(QLatin1String("authors")).toArray();
        if (authors.isEmpty() && o.value(QLatin1String("author")).isObject())
            authors.append(o.value(QLatin1String("author"))); // JSON Feed 1.0
        for (const QJsonValue &a : std::as_const(authors)) {
            const QString name = jsonString(a.toObject(), "name").simplified();
            if (!name.isEmpty()) {
                item.author = name;
                break;
            }
        }
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
            if (t.isString() && !t.toString().trimmed().isEmpty())
                item.categories << t.toString().trimmed();
        // Only a string is an address (jsonString() also takes numbers, for ids): a number
        // would otherwise resolve as a relative link.
        const QJsonValue url = o.value(QLatin1String("url"));
        QUrl link = url.isString() ? resolved(baseUrl, url.toString()) : QUrl();
        if (!isWebUrl(link))
            link = QUrl(item.id.trimmed()); // an id is opaque: used only when it is a full URL
        if (!isWebUrl(link)) {
            feed->problems << tr("item %1 (\"%2\") has no \"url\"").arg(i).arg(item.title);
            continue;
        }
        item.link = link.toString(QUrl::FullyEncoded);
        if (item.id.isEmpty())
            item.id = item.link;
        feed->items.append(std::move(item));
    }
    return true;
}

// ---- HTML discovery ------------------------------------------------------------------------

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

void collectLinks(const GumboNode *node, QList<const GumboElement *> *links,
                  const GumboElement **base)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &e = node->v.element;
    if (e.tag == GUMBO_TAG_LINK)
        links->append(&e);
    if (e.tag == GUMBO_TAG_BASE && !*base)
        *base = &e;
    for (unsigned i = 0; i < e.children.length; ++i)
        collectLinks(static_cast<const GumboNode *>(e.children.data[i]), links, base);
}

} // namespace

QString FeedParser::formatName(FeedFormat format)
{
    switch (format) {
    case FeedFormat::HugoIndex:
        return QStringLiteral("hugo-index");
    case FeedFormat::Rss:
        return QStringLiteral("rss");
    case FeedFormat::Atom:
        return QStringLiteral("atom");
    case FeedFormat::JsonFeed:
        return QStringLiteral("jsonfeed");
    case FeedFormat::Html:
        return QStringLiteral("html");
    case FeedFormat::Unknown:
        break;
    }
    return {};
}

FeedFormat FeedParser::formatFromName(const QString &name)
{
    for (FeedFormat f : {FeedFormat::HugoIndex, FeedFormat::Rss, FeedFormat::Atom,
                         FeedFormat::JsonFeed, FeedFormat::Html})
        if (formatName(f) == name)
            return f;
    return FeedFormat::Unknown;
}

QString FeedParser::formatLabel(FeedFormat format)
{
    switch (format) {
    case FeedFormat::HugoIndex:
        return tr("Hugo search index");
    case FeedFormat::Rss:
        return tr("RSS");
    case FeedFormat::Atom:
        return tr("Atom");
    case FeedFormat::JsonFeed:
        return tr("JSON Feed");
    case FeedFormat::Html:
        return tr("web page");
    case FeedFormat::Unknown:
        break;
    }
    return tr("unknown");
}

FeedFormat FeedParser::detect(const QByteArray &rawData, const QByteArray &contentType,
                              QString *error)
{
    const QByteArray mime = mimeOf(contentType);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return FeedFormat::Unknown;
    };
    if (isBinaryType(mime))
        return fail(tr("the server sent %1 content, not a feed, an index or a web page")
                        .arg(QString::fromLatin1(mime)));
    const QByteArray data = withoutBom(rawData);
    if (data.left(1024).contains('\0'))
        return fail(tr("the document is binary data (%1), not a feed, an index or a web page")
                        .arg(mime.isEmpty() ? tr("no content type") : QString::fromLatin1(mime)));
    qsizetype i = 0;
    while (i < data.size() && QChar::isSpace(uchar(data.at(i))))
        ++i;
    if (i == data.size())
        return fail(tr("the document is empty"));
    const char first = data.at(i);
    if (first == '[')
        return FeedFormat::HugoIndex;
    if (first == '{')
        return FeedFormat::JsonFeed;
    if (first == '<') {
        // The first element's name, past the XML declaration, comments and a doctype.
        static const QRegularExpression tag(QStringLiteral("<(?!\\?|!)([A-Za-z][A-Za-z0-9:._-]*)"));
        const QString head = QString::fromUtf8(data.mid(i, 8192));
        if (head.startsWith(QLatin1String("<!doctype html"), Qt::CaseInsensitive))
            return FeedFormat::Html;
        const auto m = tag.match(head);
        const QString name = m.hasMatch() ? m.captured(1).toLower() : QString();
        const QString local = name.section(u':', -1);
        if (local == QLatin1String("rss") || local == QLatin1String("rdf"))
            return FeedFormat::Rss;
        if (local == QLatin1String("feed"))
            return FeedFormat::Atom;
        if (local == QLatin1String("html") || local == QLatin1String("head") ||
            local == QLatin1String("body") || mime == "text/html" ||
            mime == "application/xhtml+xml")
            return FeedFormat::Html;
        return fail(tr("the document is XML with a root element <%1>, not RSS, Atom or a web "
                       "page")
                        .arg(name));
    }
    if (mime == "text/html")
        return FeedFormat::Html;
    return fail(tr("the document (%1) is not a feed, an index or a web page; it starts with "
                   "\"%2\"")
                    .arg(mime.isEmpty() ? tr("no content type") : QString::fromLatin1(mime),
                         preview(data)));
}

bool FeedParser::parse(const QByteArray &rawData, FeedFormat format, const QUrl &baseUrl,
                       const QString &location, ParsedFeed *feed, QString *error)
{
    *feed = {};
    feed->format = format;
    const QByteArray data = withoutBom(rawData);
    switch (format) {
    case FeedFormat::Rss:
    case FeedFormat::Atom:
        return parseXml(data, format, baseUrl, location, feed, error);
    case FeedFormat::JsonFeed:
        return parseJsonFeed(data, baseUrl, location, feed, error);
    case FeedFormat::HugoIndex:
        *error = tr("%1 is a Hugo search index, not a feed").arg(location);
        return false;
    case FeedFormat::Html:
        *error = tr("%1 is a web page, not a feed").arg(location);
        return false;
    case FeedFormat::Unknown:
        break;
    }
    *error = tr("%1 is not a feed").arg(location);
    return false;
}

bool FeedParser::parse(const QByteArray &data, const QByteArray &contentType, const QUrl &baseUrl,
                       const QString &location, ParsedFeed *feed, QString *error)
{
    QString why;
    const FeedFormat format = detect(data, contentType, &why);
    if (format == FeedFormat::Unknown) {
        *error = tr("%1: %2").arg(location, why);
        return false;
    }
    return parse(data, format, baseUrl, location, feed, error);
}

QList<FeedLink> FeedParser::discover(const QByteArray &html, const QUrl &pageUrl)
{
    QList<FeedLink> out;
    GumboOutput *output =
        gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    if (!output)
        return out;
    QList<const GumboElement *> links;
    const GumboElement *base = nullptr;
    collectLinks(output->root, &links, &base);
    QUrl baseUrl = pageUrl;
    if (base) {
        const QUrl b = resolved(pageUrl, attribute(*base, "href"));
        if (isWebUrl(b))
            baseUrl = b;
    }
    static const QHash<QString, FeedFormat> types = {
        {QStringLiteral("application/rss+xml"), FeedFormat::Rss},
        {QStringLiteral("application/rdf+xml"), FeedFormat::Rss},
        {QStringLiteral("application/atom+xml"), FeedFormat::Atom},
        {QStringLiteral("application/feed+json"), FeedFormat::JsonFeed},
        {QStringLiteral("application/json"), FeedFormat::JsonFeed},
    };
    QSet<QUrl> seen;
    for (const GumboElement *e : std::as_const(links)) {
        const QStringList rel = attribute(*e, "rel").toLower().split(u' ', Qt::SkipEmptyParts);
        if (!rel.contains(QLatin1String("alternate")))
            continue;
        const QString type = attribute(*e, "type").section(u';', 0, 0).trimmed().toLower();
        const auto it = types.constFind(type);
        if (it == types.constEnd())
            continue;
        const QUrl url = resolved(baseUrl, attribute(*e, "href"));
        if (!isWebUrl(url) || seen.contains(url))
            continue;
        seen.insert(url);
        out.append({url, *it, attribute(*e, "title").simplified()});
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return out;
}

QDateTime FeedParser::parseDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // RFC 822 / 2822, as RSS writes dates.
    static const QRegularExpression rfc822(QStringLiteral(
        "^(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})"
        "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?"
        "\\s*$"));
    if (const auto m = rfc822.match(text); m.hasMatch()) {
        static const QStringList months = {
            QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
            QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
            QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
            QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        const int month = int(months.indexOf(m.captured(2).left(3).toLower())) + 1;
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += year < 50 ? 2000 : 1900;
        const QDate date(year, month, m.captured(1).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (month == 0 || !date.isValid() || !time.isValid())
            return {};
        QString zone = m.captured(7).toUpper();
        int offsetMinutes = 0;
        if (zone.startsWith(u'+') || zone.startsWith(u'-')) {
            zone.remove(u':');
            offsetMinutes = zone.mid(1, 2).toInt() * 60 + zone.mid(3, 2).toInt();
            if (zone.startsWith(u'-'))
                offsetMinutes = -offsetMinutes;
        } else {
            static const QHash<QString, int> zones = {
                {QStringLiteral("EST"), -5}, {QStringLiteral("EDT"), -4},
                {QStringLiteral("CST"), -6}, {QStringLiteral("CDT"), -5},
                {QStringLiteral("MST"), -7}, {QStringLiteral("MDT"), -6},
                {QStringLiteral("PST"), -8}, {QStringLiteral("PDT"), -7}};
            offsetMinutes = zones.value(zone, 0) * 60; // GMT, UT, UTC, Z, unknown: UTC
        }
        return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(offsetMinutes * 60)).toUTC();
    }
    // RFC 3339 / ISO 8601, also with a space for the 'T' and Hugo's " +0100 UTC" style.
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)"
                       "\\s*(Z|[+-]\\d{2}:?\\d{2})?(?:\\s+[A-Z]{2,5})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = iso.match(text); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        if (!date.isValid())
            return {};
        QTime time(0, 0);
        if (m.hasCaptured(2)) {
            QString t = m.captured(2);
            t.replace(u',', u'.');
            time = QTime::fromString(t, Qt::ISODateWithMs);
            if (!time.isValid())
                return {};
        }
        QString zone = m.captured(3).toUpper();
        int offsetSeconds = 0;
        if (!zone.isEmpty() && zone != QLatin1String("Z")) {
            zone.remove(u':');
            offsetSeconds = (zone.mid(1, 2).toInt() * 60 + zone.mid(3, 2).toInt()) * 60;
            if (zone.startsWith(u'-'))
                offsetSeconds = -offsetSeconds;
        }
        return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds)).toUTC();
    }
    return {};
}

} // namespace Lectern
