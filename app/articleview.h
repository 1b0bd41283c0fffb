#pragma once

#include "notes/textanchor.h"

#include <QJsonArray>
#include <QUrl>
#include <QWebEngineView>
#include <functional>
#include <utility>

class QWebChannel;
class QWebEngineProfile;

namespace Lectern {

class ArticlePage;
class PageBridge;

// One tab of the reader: a QWebEngineView showing `lectern:` pages, with its own history
// (QWebEngineHistory), its own page script bridge and the post it shows.
class ArticleView final : public QWebEngineView
{
    Q_OBJECT
public:
    // Maps a lectern: URL to the id of the post it shows (0 for other pages).
    using PostResolver = std::function<qint64(const QUrl &)>;

    ArticleView(QWebEngineProfile *profile, PostResolver resolver, QWidget *parent = nullptr);
    ~ArticleView() override;

    ArticlePage *articlePage() const { return m_page; }
    PageBridge *bridge() const { return m_bridge; }

    qint64 postId() const { return m_postId; }
    // The URL the view shows or is loading.
    QUrl currentUrl() const { return m_currentUrl; }
    // The heading the reader is in (its anchor), as last reported by the page.
    QString currentHeading() const { return m_heading; }
    bool isLoading() const { return m_loading; }

    void open(const QUrl &url);

    // Where to scroll once the next page has loaded (a bookmark's place), instead of the
    // remembered reading position.
    struct Place
    {
        QString anchor;
        double fraction = 0;
        qint64 highlightId = 0; // a highlight to show (NotesPanel), before anchor and fraction
    };
    void setPendingPlace(const Place &place) { m_pendingPlace = place; }
    Place takePendingPlace() { return std::exchange(m_pendingPlace, Place{}); }
    // The scroll fraction last reported by the page (0..1).
    double position() const { return m_position; }
    void scrollToAnchor(const QString &anchor, bool center = false);
    void scrollToFraction(double fraction);

    // Highlights: draws the post's highlights (HighlightAnchorer::pageHighlights), replacing
    // those drawn before; scrolls to one and marks it.
    void drawHighlights(const QJsonArray &highlights);
    void scrollToHighlight(qint64 highlightId);
    // The selection in the article as a quote with context (offsets in the page's text, whose
    // length is `pageLength`); `quote` is empty when nothing in the post's body is selected.
    using QuoteCallback = std::function<void(const TextQuote &quote, int pageLength)>;
    void selectionQuote(QuoteCallback callback);

signals:
    void postChanged(qint64 postId);
    // A page finished loading (ok: it was served); `postId` is 0 for pages that are no post.
    void articleLoaded(qint64 postId, bool ok);
    // The reader scrolled (fraction in 0..1; negative when only atEnd is news).
    void positionReported(qint64 postId, double fraction, bool atEnd);
    void headingChanged(const QString &anchor);
    // The context menu's Highlight / Highlight with Note: the window highlights the selection.
    void highlightSelectionRequested(bool withNote);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void setCurrentUrl(const QUrl &url);

    ArticlePage *m_page = nullptr;
    PageBridge *m_bridge = nullptr;
    QWebChannel *m_channel = nullptr;
    PostResolver m_resolver;
    QUrl m_currentUrl;
    qint64 m_postId = 0;
    QString m_heading;
    bool m_loading = false;
    double m_position = 0;
    Place m_pendingPlace;
};

} // namespace Lectern
