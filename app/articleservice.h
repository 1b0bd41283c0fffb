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

// Everything the `lectern:` scheme serves to the article views, made on the UI thread (the
// render layer is single-threaded):
//   lectern:post?id=<id>[&hl=words]  a post (through ArticleRenderer), search words marked
//   lectern:post?id=<id>&print=1     the same in the light theme, for printing
//   lectern:post?permalink=<p>       a post by permalink
//   lectern:post/<id>                what the renderer links to; the views load canonical()
//                                    instead (see there)
//   lectern:start                    the start page (keys, recently opened posts)
// Every page carries its stylesheet inline (no second request per article). Pages are cached
// until the settings or the library change.
class ArticleService final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ArticleService)
public:
    explicit ArticleService(Library &library);

    void setSettings(const ReaderSettings &settings);
    // The library changed (an import): forget cached pages and outlines.
    void invalidate();

    SchemeHandler::Reply reply(const QUrl &url);

    // The id of the post a lectern: URL shows, 0 when it shows none.
    qint64 postIdOf(const QUrl &url) const;
    // The lectern: URL of the library post whose permalink is `webUrl`, else an empty URL.
    QUrl urlForPermalink(const QUrl &webUrl) const;
    // Where a view should go instead of `url`: the canonical form of a lectern:post/<id> link,
    // the post of an http(s) permalink in the library; empty when `url` needs no rewriting.
    //
    // Why: Chromium resolves a same-scheme URL such as "lectern:post/7" found in a page at
    // "lectern:post/12" like a relative path ("lectern:post/post/7"), as it does "http:x" in
    // an http page. Pages are therefore served at URLs whose path has no slash
    // ("lectern:post?id=12"), against which "lectern:post/7" resolves to itself, and a click
    // on lectern:post/7 loads lectern:post?id=7.
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
