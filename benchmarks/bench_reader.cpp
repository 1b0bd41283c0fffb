// lectern-bench: APP
// The reader window's speed, on the real corpus in a temporary library (run under a display,
// e.g. `xvfb-run -a build/benchmarks/bench_reader`):
//   - keystroke to updated results list (search as you type), per key of several queries;
//   - opening the largest post from the results list to loadFinished, cold (page not cached)
//     and warm;
//   - process start to the window shown with its library tree, and to WebEngine up and the
//     first article loaded, over several starts of the real `lectern` binary.
// Prints p50 / p95 / max; asserts nothing (see tests/ for behaviour). --json FILE also writes
// them as JSON (scripts/bench).
#include "articleservice.h"
#include "articleview.h"
#include "ingest/hugoimporter.h"
#include "mainwindow.h"
#include "models/searchresultsmodel.h"
#include "rendering.h"
#include "schemehandler.h"
#include "searchrunner.h"
#include "store/library.h"
#include "store/posts.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <algorithm>
#include <cstdio>

using namespace Lectern;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
    int n = 0;
};

Stats stats(QList<double> v)
{
    Stats s;
    if (v.isEmpty())
        return s;
    std::sort(v.begin(), v.end());
    const auto at = [&](double q) {
        return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * v.size())));
    };
    s.p50 = at(0.5);
    s.p95 = at(0.95);
    s.max = v.last();
    s.n = int(v.size());
    return s;
}

QJsonObject json;

void report(const char *what, const QList<double> &values, const char *key = nullptr)
{
    const char *unit = "ms";
    const Stats s = stats(values);
    if (key)
        json.insert(QString::fromLatin1(key), QJsonObject{{QStringLiteral("n"), s.n},
                                                          {QStringLiteral("p50"), s.p50},
                                                          {QStringLiteral("p95"), s.p95},
                                                          {QStringLiteral("max"), s.max}});
    std::printf("%-58s n=%3d  p50 %7.2f  p95 %7.2f  max %7.2f %s\n", what, s.n, s.p50, s.p95, s.max,
                unit);
    std::fflush(stdout);
}

// Spins the event loop until `done` or `ms` pass.
bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void typeKey(QWidget *target, QChar c)
{
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &release);
}

void pressKey(QWidget *target, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(target, &release);
}

void searchAsYouType(MainWindow &w)
{
    const QStringList queries{
        QStringLiteral("goroutine channels"),         QStringLiteral("postgres index explain"),
        QStringLiteral("async await python"),         QStringLiteral("kubernetes deployment"),
        QStringLiteral("jwt authentication fastapi"), QStringLiteral("rate limiting redis")};
    QList<double> perKey;
    QList<double> engine;
    QString lastQuery;
    qint64 lastMicros = 0;
    bool arrived = false;
    const auto connection = QObject::connect(&w, &MainWindow::searchFinished, &w,
                                             [&](const QString &query, int, qint64 micros) {
                                                 lastQuery = query;
                                                 lastMicros = micros;
                                                 arrived = true;
                                             });
    QLineEdit *field = w.searchField();
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            field->clear();
            field->setFocus();
            for (int i = 0; i < query.size(); ++i) {
                arrived = false;
                QElapsedTimer t;
                t.start();
                typeKey(field, query.at(i));
                const QString expected = field->text().trimmed();
                if (expected.isEmpty())
                    continue;
                if (!waitFor([&] { return arrived && lastQuery == expected; }, 5000)) {
                    std::printf("  no results for '%s'\n", qPrintable(expected));
                    continue;
                }
                // The list as the reader sees it: laid out and painted.
                w.resultsView()->viewport()->repaint();
                perKey << t.nsecsElapsed() / 1e6;
                engine << lastMicros / 1000.0;
            }
        }
    }
    QObject::disconnect(connection);
    report("keystroke -> results list updated and painted", perKey, "keystroke_window_ms");
    report("  of which the search engine", engine, "keystroke_engine_ms");
    std::printf("  (queries that overran the inline budget and went to the worker: %d)\n",
                w.searchRunner()->handedOver());
}

void openLargestPost(MainWindow &w)
{
    // The largest post of the corpus by text.
    const QSqlDatabase db = w.library().connection();
    PostRepository posts(db);
    qint64 largest = 0;
    qsizetype size = 0;
    for (const PostRef &ref : posts.list()) {
        const auto p = posts.byId(ref.id);
        if (p && p->content.size() > size) {
            size = p->content.size();
            largest = p->id;
        }
    }
    const auto post = posts.byId(largest);
    std::printf("largest post: %s (%lld characters)\n", qPrintable(post->title),
                static_cast<long long>(size));
    // A query for which it is the first result.
    const QString query = post->title.section(u' ', 0, 2);
    qint64 loadedPost = 0;
    bool loaded = false;
    QObject::connect(&w, &MainWindow::articleLoaded, &w, [&](ArticleView *, qint64 id, bool ok) {
        loadedPost = id;
        loaded = ok;
    });
    const qint64 other = posts.list().constFirst().id == largest ? posts.list().at(1).id
                                                                 : posts.list().constFirst().id;
    QList<double> cold, warm, render, raw;
    QElapsedTimer sinceEnter;
    double rawMs = 0;
    QObject::connect(w.currentView()->page(), &QWebEnginePage::loadFinished, &w,
                     [&](bool) { rawMs = sinceEnter.nsecsElapsed() / 1e6; });
    for (int i = 0; i < 24; ++i) {
        const bool isCold = i % 2 == 0;
        // Somewhere else first.
        w.openPost(other);
        waitFor([&] { return loaded && loadedPost == other; });
        if (isCold)
            w.articles().invalidate();
        // Typed anew each time, and waited for: Enter acts on this query's results.
        bool searched = false;
        const auto connection =
            QObject::connect(&w, &MainWindow::searchFinished, &w,
                             [&](const QString &q, int, qint64) { searched |= q == query; });
        w.searchField()->clear();
        w.searchField()->setText(query);
        waitFor([&] { return searched; });
        QObject::disconnect(connection);
        const int row = w.resultsModel()->rowOf(largest);
        if (row < 0) {
            std::printf("  '%s' does not find the largest post\n", qPrintable(query));
            return;
        }
        w.resultsView()->setCurrentIndex(w.resultsModel()->index(row, 0));
        loaded = false;
        QElapsedTimer t;
        t.start();
        sinceEnter.start();
        pressKey(w.searchField(), Qt::Key_Return);
        if (!waitFor([&] { return loaded && loadedPost == largest; }))
            std::printf("  load %d timed out: view shows %lld, loading %d\n", i,
                        static_cast<long long>(w.currentView()->postId()),
                        int(w.currentView()->isLoading()));
        (isCold ? cold : warm) << t.nsecsElapsed() / 1e6;
        raw << rawMs;
        if (isCold)
            render << double(w.articles().lastRenderMs());
    }
    report("open largest post from results -> loadFinished (cold)", cold, "open_cold_ms");
    report("open largest post from results -> loadFinished (warm)", warm, "open_warm_ms");
    report("  of which rendering the page (cold)", render, "open_render_ms");
    report("  QWebEnginePage::loadFinished itself (cold and warm)", raw, "load_finished_ms");
}

void startup(const QString &db)
{
    const QString binary =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/lectern"));
    if (!QFile::exists(binary)) {
        std::printf("no %s: build the lectern target for the startup numbers\n",
                    qPrintable(binary));
        return;
    }
    QList<double> shown, webEngine, article;
    for (int i = 0; i < 6; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LECTERN_TIMING"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(binary, {QStringLiteral("--db"), db, QStringLiteral("--fresh"),
                         QStringLiteral("--trigger"), QStringLiteral("actionQuit")});
        if (!p.waitForFinished(30000)) {
            p.kill();
            continue;
        }
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        const auto grab = [&](const QString &what) {
            const QRegularExpression re(QStringLiteral("lectern timing: %1 (\\d+) ms").arg(what));
            const auto m = re.match(err);
            return m.hasMatch() ? m.captured(1).toDouble() : -1;
        };
        if (const double v = grab(QStringLiteral("window shown with the library tree")); v >= 0)
            shown << v;
        if (const double v = grab(QStringLiteral("WebEngine started")); v >= 0)
            webEngine << v;
        if (const double v = grab(QStringLiteral("first article loaded")); v >= 0)
            article << v;
    }
    report("process start -> window shown with the library tree", shown, "start_window_ms");
    report("process start -> WebEngine started", webEngine, "start_webengine_ms");
    report("process start -> first page (start page) loaded", article, "start_first_page_ms");
}

} // namespace

int main(int argc, char **argv)
{
    preferSoftwareRenderingWithoutGpu(); // the window draws as `lectern` would on this machine
    SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.bench"));
    QCoreApplication::setApplicationName(QStringLiteral("LecternReaderBench"));
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("s")));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("s")));
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto library = std::make_unique<Library>(db);
        QString error;
        ImportSummary summary;
        if (!library->open(&error) || !HugoImporter(*library).importFile(
                                          QStringLiteral(LECTERN_CORPUS), {}, &summary, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        StartupOptions options;
        options.restoreSession = false;
        options.importSampleIfEmpty = false;
        MainWindow w(std::move(library), options);
        w.resize(1280, 800);
        w.show();
        waitFor([&] { return w.currentView() && !w.currentView()->isLoading(); });
        searchAsYouType(w);
        openLargestPost(w);
    }
    startup(db);
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--json")); i > 0 && i + 1 < args.size()) {
        QSaveFile f(args[i + 1]);
        const QByteArray data = QJsonDocument(json).toJson();
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
            std::fprintf(stderr, "bench_reader: cannot write %s\n", qPrintable(args[i + 1]));
            return 1;
        }
    }
    return 0;
}
