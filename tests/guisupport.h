// Shared set-up for the window tests: settings kept inside the test's folder, the window on a
// corpus library, scripts run in the article page, and waiting for an article to be ready.
#pragma once

#include "articleview.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace Lectern::Test {

// Settings written by the window go to `dir`, never to the user's own configuration.
inline void isolateSettings(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
}

// A window that starts empty-handed: no restored session, no sample import.
inline StartupOptions quietStart()
{
    StartupOptions options;
    options.restoreSession = false;
    options.importSampleIfEmpty = false;
    return options;
}

// The window on a new corpus library in `dir`; links meant for the browser go nowhere.
inline std::unique_ptr<MainWindow> corpusWindow(const QTemporaryDir &dir, QString *error)
{
    auto library = corpusLibrary(dir.filePath(QStringLiteral("lib.sqlite")), error);
    if (!library)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(library), quietStart());
    window->setExternalUrlHandler([](const QUrl &) {});
    return window;
}

// Runs `js` in the page's application world and waits for its result.
inline QVariant runJs(QWebEnginePage *page, const QString &js)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(js, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return result;
}

// True once the current tab shows `postId`, loaded, with the page script ready. The page's
// own article must carry the id: a view switches its post id before the new page starts
// loading, and until then the previous post's document is still there, complete and ready.
inline bool waitForArticle(MainWindow &window, qint64 postId)
{
    return QTest::qWaitFor(
        [&] {
            ArticleView *v = window.currentView();
            return v && v->postId() == postId && !v->isLoading() &&
                   runJs(v->page(),
                         QStringLiteral("document.readyState === 'complete' && !!window.lectern && "
                                        "(document.querySelector('article.post[data-post-id]') "
                                        "|| {dataset: {}}).dataset.postId"))
                           .toString() == QString::number(postId);
        },
        20000);
}

} // namespace Lectern::Test
