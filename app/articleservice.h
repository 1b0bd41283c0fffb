#pragma once

#include "appsettings.h"
#include "render/articlerenderer.h"
#include "schemehandler.h"

#include <QCache>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QUrl>

namespace Lectern {

class Library;

// Everything the scheme handler serves to the article views, made on the UI thread (the
// render layer is single-threaded). The views show pages of the reader scheme:
//   lectern-reader://library/post?id=<id>[&hl=words]   a post (ArticleRenderer), with the
//                                                      words of a search marked
//   lectern-reader://library/post?id=<id>&print=1      the same, light, for printing
//   lectern-reader://library/start                     the start page (keys, recent posts)
// Links inside rendered pages use the renderer's lectern: forms (lectern:post/<id>,
// lectern:post?permalink=<p>); the views load rewrite() of them instead, and the lectern:
// forms are served too. Every page carries its stylesheet inline (no second request per
// article). Pages are cached until the settings or the library change.
class ArticleService final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ArticleService)
public:
    explicit ArticleService(Library &library);

    void setSettings(const ReaderSettings &settings);
    // The library changed (an import): forget cached pages and outlines.
    void invalidate();

    SchemeHandler::Reply reply(const QUrl &url);

    // The id of the post a lectern-reader: or lectern: URL shows, 0 when it shows none.
    qint64 postIdOf(const QUrl &url) const;
    // The lectern: URL of the library post whose permalink is `webUrl`, else an empty URL.
    QUrl urlForPermalink(const QUrl &webUrl) const;
    // Where a view should go instead of `url`: the reader URL of a lectern: post link or of an
    // http(s) permalink in the library; empty when `url` needs no rewriting.
    QUrl rewrite(const QUrl &url) const;
    // The headings of a post (rendered on demand when it was not yet).
    Outline outline(qint64 postId);
    // The words marked in a page opened from a search.
    static QStringList searchTermsOf(const QUrl &url);
    static QUrl urlFor(qint64 postId, const QStringList &searchTerms = {});
    // The post for printing and PDF: always the light theme and its code colours.
    static QUrl printUrlFor(qint64 postId);
    ArticleTheme theme() const { return m_options.theme; }
    static QUrl startUrl();

    // Milliseconds the last post page took to make (structure + render), for the benchmark.
    qint64 lastRenderMs() const { return m_lastRenderMs; }

private:
    SchemeHandler::Reply postPage(const QUrl &url);
    SchemeHandler::Reply startPage();
    QString fontRule() const;     // the custom font family, as CSS
    QString styleElement() const; // <style> with the whole reader stylesheet
    QString message(const QString &title, const QString &text) const;

    Library &m_library;
    ReaderSettings m_settings;
    RenderOptions m_options;
    QCache<QString, QByteArray> m_pages;
    QHash<qint64, Outline> m_outlines;
    qint64 m_lastRenderMs = 0;
};

} // namespace Lectern
