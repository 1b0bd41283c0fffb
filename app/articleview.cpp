#include "articleview.h"

#include "articlepage.h"
#include "pagebridge.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

namespace Lectern {

namespace {
// A JavaScript string literal for `text` (JSON's string syntax is JavaScript's).
QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}
} // namespace

ArticleView::ArticleView(QWebEngineProfile *profile, PostResolver resolver, QWidget *parent)
    : QWebEngineView(parent)
    , m_resolver(std::move(resolver))
{
    m_page = new ArticlePage(profile, this);
    setPage(m_page);
    // Drops go to the window (index files are imported there), never into the page.
    setAcceptDrops(false);
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The post being read"));

    QWebEngineSettings *s = m_page->settings();
    // The pages' own scripts are refused by their CSP anyway; these keep the rest quiet.
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);

    m_bridge = new PageBridge(this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);

    connect(m_page, &QWebEnginePage::urlChanged, this, &ArticleView::setCurrentUrl);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] { m_loading = true; });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loading = false;
        emit articleLoaded(m_postId, ok);
    });
    // A new document may come with a new render widget; when the old one goes while it has
    // the focus, Qt hands the focus to the next widget in the chain (the search field). The
    // reader did not move it: keep it in the article.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        if (!old || old == this || !isAncestorOf(old) || old->isVisible() ||
            (now && isAncestorOf(now)))
            return;
        QPointer<QWidget> movedTo = now;
        QTimer::singleShot(0, this, [this, movedTo] {
            if (QApplication::focusWidget() == movedTo.data() && isVisible())
                setFocus(Qt::OtherFocusReason);
        });
    });
    connect(m_bridge, &PageBridge::positionReported, this,
            [this](const QString &url, double fraction, bool atEnd, const QString &heading) {
                // A report from a page that is no longer shown is dropped.
                if (QUrl(url).adjusted(QUrl::RemoveFragment) !=
                    m_currentUrl.adjusted(QUrl::RemoveFragment))
                    return;
                if (heading != m_heading) {
                    m_heading = heading;
                    emit headingChanged(heading);
                }
                if (fraction >= 0)
                    m_position = fraction;
                if (m_postId)
                    emit positionReported(m_postId, fraction, atEnd);
            });
}

ArticleView::~ArticleView()
{
    // The page is our child, but WebEngine wants it gone before the view.
    setPage(nullptr);
    delete m_page;
}

void ArticleView::open(const QUrl &url)
{
    // Loading from now on, not from when WebEngine gets round to loadStarted().
    m_loading = true;
    setCurrentUrl(url);
    m_page->load(url);
}

void ArticleView::setCurrentUrl(const QUrl &url)
{
    const bool sameDocument =
        url.adjusted(QUrl::RemoveFragment) == m_currentUrl.adjusted(QUrl::RemoveFragment);
    m_currentUrl = url;
    if (sameDocument)
        return;
    if (!m_heading.isEmpty()) {
        m_heading.clear();
        emit headingChanged({});
    }
    m_position = 0;
    const qint64 id = m_resolver ? m_resolver(url) : 0;
    if (id != m_postId) {
        m_postId = id;
        emit postChanged(id);
    }
}

void ArticleView::scrollToAnchor(const QString &anchor, bool center)
{
    m_page->runJavaScript(
        QStringLiteral("window.lectern && lectern.scrollToAnchor(%1, %2)")
            .arg(jsString(anchor), center ? QStringLiteral("true") : QStringLiteral("false")),
        QWebEngineScript::ApplicationWorld);
}

void ArticleView::scrollToFraction(double fraction)
{
    m_page->runJavaScript(
        QStringLiteral("window.lectern && lectern.scrollToFraction(%1)").arg(fraction),
        QWebEngineScript::ApplicationWorld);
}

void ArticleView::drawHighlights(const QJsonArray &highlights)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(highlights).toJson(QJsonDocument::Compact));
    m_page->runJavaScript(QStringLiteral("window.lectern && lectern.drawHighlights(%1)").arg(json),
                          QWebEngineScript::ApplicationWorld);
}

void ArticleView::scrollToHighlight(qint64 highlightId)
{
    m_page->runJavaScript(
        QStringLiteral("window.lectern && lectern.scrollToHighlight(%1)").arg(highlightId),
        QWebEngineScript::ApplicationWorld);
}

void ArticleView::selectionQuote(QuoteCallback callback)
{
    QPointer<ArticleView> self = this;
    m_page->runJavaScript(
        QStringLiteral("window.lectern ? JSON.stringify(lectern.selectionQuote()) : 'null'"),
        QWebEngineScript::ApplicationWorld,
        [self, callback = std::move(callback)](const QVariant &result) {
            if (!self)
                return;
            int pageLength = 0;
            callback(PageBridge::quoteFromJson(result.toString(), &pageLength), pageLength);
        });
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // The standard menu offers page source, saving and inspecting, which a reader of
    // sanitised pages does not need; this one keeps to reading.
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (request && request->linkUrl().isValid()) {
        const QUrl link = request->linkUrl();
        menu->addAction(tr("Open Link in New Tab"), this,
                        [this, link] { emit m_page->newTabRequested(link); });
        menu->addAction(tr("Copy Link Address"), this, [link] {
            QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
        });
        menu->addSeparator();
    }
    if (request && !request->selectedText().isEmpty()) {
        if (m_postId) {
            menu->addAction(tr("&Highlight"), this,
                            [this] { emit highlightSelectionRequested(false); });
            menu->addAction(tr("Highlight with &Note…"), this,
                            [this] { emit highlightSelectionRequested(true); });
        }
        menu->addAction(pageAction(QWebEnginePage::Copy));
    }
    menu->addAction(pageAction(QWebEnginePage::SelectAll));
    menu->addSeparator();
    menu->addAction(pageAction(QWebEnginePage::Back));
    menu->addAction(pageAction(QWebEnginePage::Forward));
    menu->popup(event->globalPos());
}

} // namespace Lectern
