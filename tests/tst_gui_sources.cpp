// lectern-test: GUI
// Sources in the window, as a user meets them: a blog served by a real QHttpServer on
// 127.0.0.1 is added through the Add Source dialog's own widgets, its posts appear in the
// library tree, a post opens from its rich body (the feed's code block highlighted with its
// language class), and a failing server shows up as the source's status while the stored
// posts stay. Runs without a Secret Service (the D-Bus session bus points nowhere), so a
// password given for a source is kept for the session only, with a banner saying so.
#include "articleview.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "models/librarytreemodel.h"
#include "models/postlistmodel.h"
#include "models/sourcesmodel.h"
#include "sourceadddialog.h"
#include "sources/sourcemanager.h"
#include "sources/sourcesecrets.h"
#include "sourcespanel.h"
#include "store/library.h"
#include "store/posts.h"
#include "store/sql.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWebEngineScript>
#include <atomic>

using namespace Lectern;
using Lectern::Test::runJs;

namespace {

const QByteArray secretPassword = "s3cret-for-the-session-only";

QString entry(const QString &id, const QString &title, const QString &updated, const QString &html)
{
    return QStringLiteral("<entry><title>%1</title><id>%2</id>"
                          "<link rel=\"alternate\" href=\"https://feed.example/posts/%2/\"/>"
                          "<updated>%3</updated><published>%3</published>"
                          "<author><name>Ada</name></author><category term=\"go\"/>"
                          "<content type=\"html\">%4</content></entry>")
        .arg(title, id, updated, html.toHtmlEscaped());
}

QByteArray atomFeed(const QString &title)
{
    const QString channels =
        QStringLiteral("<h2>Channels first</h2><p>Goroutines talk over channels.</p>"
                       "<pre><code class=\"language-go\">package main\n\nfunc main() {\n"
                       "\tch := make(chan int)\n\tgo func() { ch &lt;- 42 }()\n"
                       "\tprintln(&lt;-ch)\n}\n</code></pre>"
                       "<script>document.title = 'owned'</script>"
                       "<p onclick=\"alert(1)\">Then select.</p>");
    const QString shell = QStringLiteral("<p>Build it:</p><pre><code class=\"language-bash\">"
                                         "go build ./...\n</code></pre>");
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                           "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>%1</title>"
                           "<id>urn:feed</id><updated>2024-03-02T10:00:00Z</updated>"
                           "<link rel=\"alternate\" href=\"https://feed.example/\"/>")
                .arg(title) +
            entry(QStringLiteral("channels"), QStringLiteral("Channels in Go"),
                  QStringLiteral("2024-03-01T10:00:00Z"), channels) +
            entry(QStringLiteral("building"), QStringLiteral("Building Go"),
                  QStringLiteral("2024-03-02T10:00:00Z"), shell) +
            QStringLiteral("</feed>"))
        .toUtf8();
}

} // namespace

class TestGuiSources final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QHttpServer m_server;
    quint16 m_port = 0;
    std::atomic_bool m_failing = false;
    std::atomic_int m_pageRequests = 0;
    qint64 m_blogId = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    MainWindow &w() { return *m_window; }
    SourcesPanel *panel() { return w().sourcesPanel(); }

    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(path));
    }

    bool waitForPost(qint64 postId) { return Test::waitForArticle(w(), postId); }

    int postsOf(qint64 sourceId)
    {
        return Sql::scalar(w().library().connection(),
                           QStringLiteral("SELECT count(*) FROM posts WHERE source_id = ?"),
                           {sourceId})
            .toInt();
    }

    // Fills the Add Source dialog as a user does and presses Add.
    void addThroughDialog(const QString &location, const QString &name, AuthKind auth = {},
                          const QString &user = {}, const QString &password = {})
    {
        w().action(QStringLiteral("actionAddSource"))->trigger();
        QTRY_VERIFY(panel()->addDialog() && panel()->addDialog()->isVisible());
        SourceAddDialog *d = panel()->addDialog();
        QVERIFY(w().dock(QStringLiteral("sourcesDock"))->isVisible());
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no address yet
        QTest::keyClicks(d->locationField(), location);
        QTest::keyClicks(d->nameField(), name);
        d->intervalField()->setValue(30);
        if (auth != AuthKind::None) {
            d->authField()->setCurrentIndex(d->authField()->findData(int(auth)));
            QVERIFY(d->secretField()->isVisible());
            QCOMPARE(d->secretField()->echoMode(), QLineEdit::Password);
            QTest::keyClicks(d->userField(), user);
            QVERIFY(!ok->isEnabled()); // a password is needed too
            QTest::keyClicks(d->secretField(), password);
        }
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(!panel()->addDialog());
    }

private slots:
    void initTestCase()
    {
        // No Secret Service in this process: the keychain is "unavailable".
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/lectern-test-bus");
        QVERIFY(m_dir.isValid());
        Test::isolateSettings(m_dir);

        m_server.route(QStringLiteral("/blog/atom.xml"), [this](const QHttpServerRequest &) {
            if (m_failing)
                return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError);
            return QHttpServerResponse("application/atom+xml",
                                       atomFeed(QStringLiteral("Go Notes")));
        });
        m_server.route(QStringLiteral("/private/atom.xml"), [](const QHttpServerRequest &request) {
            const QByteArray expected =
                "Basic " + QByteArray("reader:" + secretPassword).toBase64();
            if (request.value("Authorization") != expected)
                return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
            return QHttpServerResponse("application/atom+xml",
                                       atomFeed(QStringLiteral("Members only")));
        });
        // A Hugo blog: its index.json gives index text only; the article pages (PaperMod
        // markup, Chroma-highlighted Go) hold the real bodies.
        QFile page(QStringLiteral(LECTERN_TEST_DATA "/feeds/pages/goroutines.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QByteArray pageHtml = page.readAll();
        for (int i = 0; i < 3; ++i)
            m_server.route(QStringLiteral("/hugo/posts/%1/").arg(i),
                           [this, pageHtml](const QHttpServerRequest &) {
                               ++m_pageRequests;
                               return QHttpServerResponse("text/html; charset=utf-8", pageHtml);
                           });
        m_server.route(QStringLiteral("/hugo/index.json"), [this](const QHttpServerRequest &) {
            QJsonArray items;
            for (int i = 0; i < 3; ++i)
                items.append(QJsonObject{
                    {QStringLiteral("title"), QStringLiteral("Hugo post %1").arg(i)},
                    {QStringLiteral("permalink"),
                     QStringLiteral("http://127.0.0.1:%1/hugo/posts/%2/").arg(m_port).arg(i)},
                    {QStringLiteral("summary"), QStringLiteral("Summary %1.").arg(i)},
                    {QStringLiteral("content"),
                     QStringLiteral("Index text of post %1, without its code.").arg(i)}});
            return QHttpServerResponse("application/json", QJsonDocument(items).toJson());
        });
        auto *tcp = new QTcpServer(&m_server);
        QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_server.bind(tcp));
        m_port = tcp->serverPort();

        auto library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("lib.sqlite")));
        QString error;
        QVERIFY2(library->open(&error), qPrintable(error));
        StartupOptions options;
        options.restoreSession = false;
        options.importSampleIfEmpty = false;
        m_window = std::make_unique<MainWindow>(std::move(library), options);
        m_window->setExternalUrlHandler([](const QUrl &) {});
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(w().currentView() && !w().currentView()->isLoading(), 20000);
        panel()->manager()->setArticleDelayMs(0);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }

    void menusReachTheSources()
    {
        QVERIFY(w().action(QStringLiteral("actionAddSource")));
        QVERIFY(w().action(QStringLiteral("actionRefreshSources")));
        QVERIFY(w().action(QStringLiteral("actionToggleSources")));
        QVERIFY(w().action(QStringLiteral("actionFetchArticle")));
        QVERIFY(!w().dock(QStringLiteral("sourcesDock"))->isVisible());
        w().action(QStringLiteral("actionToggleSources"))->trigger();
        QTRY_VERIFY(w().dock(QStringLiteral("sourcesDock"))->isVisible());
        QCOMPARE(panel()->model()->rowCount(), 0);
    }

    void addFromTheDialogAndRead()
    {
        QSignalSpy added(panel()->manager(), &SourceManager::sourceAdded);
        addThroughDialog(url("/blog/atom.xml"), QStringLiteral("Go notes"));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        m_blogId = added.first().at(0).toLongLong();
        QCOMPARE(postsOf(m_blogId), 2);

        // The panel lists it: kind, posts, status, and what the refresh changed.
        SourcesModel *model = panel()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, SourcesModel::NameColumn)).toString(),
                 QStringLiteral("Go notes"));
        QCOMPARE(model->data(model->index(0, SourcesModel::KindColumn)).toString(),
                 QStringLiteral("Atom"));
        QCOMPARE(model->data(model->index(0, SourcesModel::PostsColumn)).toInt(), 2);
        QCOMPARE(model->data(model->index(0, SourcesModel::DetailsColumn)).toString(),
                 QStringLiteral("2 new, 0 updated, 0 unchanged, 0 gone"));
        QCOMPARE(model->data(model->index(0, SourcesModel::AuthColumn)).toString(),
                 QStringLiteral("None"));
        QCOMPARE(panel()->selectedSource(), m_blogId);
        QVERIFY(panel()->statusLine()->text().contains(QLatin1String("2 added")));

        // The posts are in the library tree: All Posts lists them.
        QTreeView *tree = w().libraryView();
        tree->setCurrentIndex(tree->model()->index(LibraryTreeModel::AllPostsRow, 0));
        QListView *list = w().postListView();
        QTRY_COMPARE(list->model()->rowCount(), 2);
        int row = -1;
        for (int i = 0; i < list->model()->rowCount(); ++i)
            if (list->model()->index(i, 0).data(PostListModel::TitleRole).toString() ==
                QLatin1String("Channels in Go"))
                row = i;
        QVERIFY(row >= 0);
        const QModelIndex index = list->model()->index(row, 0);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        const qint64 postId = index.data(PostListModel::PostIdRole).toLongLong();
        QVERIFY(waitForPost(postId));

        // Shown from its rich body: the feed's Go block, highlighted by KSyntaxHighlighting,
        // in the reader's own code figure; the heading in the outline; no script, no handler.
        QWebEnginePage *page = w().currentView()->page();
        // (waited for: the reload that followed the import may still be landing)
        QTRY_VERIFY_WITH_TIMEOUT(
            runJs(page, QStringLiteral("document.querySelectorAll('figure.code-block pre "
                                       "code.language-go span[class^=\"ksh-\"]').length"))
                    .toInt() > 3,
            20000);
        QVERIFY(waitForPost(postId));
        QCOMPARE(runJs(page, QStringLiteral("document.querySelector('code.language-go')"
                                            ".textContent.split('\\n')[0]"))
                     .toString(),
                 QStringLiteral("package main"));
        QCOMPARE(runJs(page, QStringLiteral("document.querySelector('.code-language')"
                                            ".textContent"))
                     .toString(),
                 QStringLiteral("Go"));
        QCOMPARE(runJs(page, QStringLiteral("document.querySelectorAll('script, [onclick]')"
                                            ".length"))
                     .toInt(),
                 0);
        QVERIFY(runJs(page, QStringLiteral("document.title")).toString() != u"owned");
        QCOMPARE(runJs(page, QStringLiteral("document.querySelector('#content h2').id")).toString(),
                 QStringLiteral("channels-first"));
        QTRY_VERIFY(w().outlineView()->topLevelItemCount() >= 1);
        QCOMPARE(w().outlineView()->topLevelItem(0)->text(0), QStringLiteral("Channels first"));
    }

    void failingServerShowsInItsRow()
    {
        QVERIFY(m_blogId);
        m_failing = true;
        QSignalSpy finished(panel()->manager(), &SourceManager::sourceFinished);
        panel()->selectSource(m_blogId);
        auto *refresh = panel()->findChild<QPushButton *>(QStringLiteral("sourceRefresh"));
        QVERIFY(refresh && refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

        SourcesModel *model = panel()->model();
        const int row = model->rowOf(m_blogId);
        QCOMPARE(model->data(model->index(row, 0), SourcesModel::StatusRole).toInt(),
                 int(RefreshStatus::Failed));
        QCOMPARE(model->data(model->index(row, SourcesModel::StatusColumn)).toString(),
                 QStringLiteral("Failed"));
        const QString details =
            model->data(model->index(row, SourcesModel::DetailsColumn)).toString();
        QVERIFY2(details.contains(QLatin1String("HTTP 500")), qPrintable(details));
        QVERIFY(panel()->statusLine()->text().contains(QLatin1String("HTTP 500")));
        // Not a dialog: the window has no modal box up, and the posts are still there.
        QVERIFY(!QApplication::activeModalWidget());
        QCOMPARE(postsOf(m_blogId), 2);
        QCOMPARE(model->data(model->index(row, SourcesModel::PostsColumn)).toInt(), 2);

        // Back up: the next refresh clears the error.
        m_failing = false;
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(model->data(model->index(row, SourcesModel::DetailsColumn)).toString().isEmpty() ||
                !model->data(model->index(row, SourcesModel::DetailsColumn))
                     .toString()
                     .contains(QLatin1String("HTTP 500")));
        m_failing = true; // leave it failing for the screenshots of a source in error
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
    }

    void fetchArticlesFromTheWindow()
    {
        QSignalSpy added(panel()->manager(), &SourceManager::sourceAdded);
        addThroughDialog(url("/hugo/index.json"), QStringLiteral("Hugo blog"));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        const qint64 id = added.first().at(0).toLongLong();
        QCOMPARE(postsOf(id), 3);
        QCOMPARE(panel()
                     ->model()
                     ->data(panel()->model()->index(panel()->model()->rowOf(id),
                                                    SourcesModel::KindColumn))
                     .toString(),
                 QStringLiteral("Hugo index"));

        // Post > Fetch Full Article on the open post: its page's article replaces the index
        // text in the reader, code and all.
        const qint64 first =
            Sql::scalar(
                w().library().connection(),
                QStringLiteral("SELECT id FROM posts WHERE permalink LIKE '%/hugo/posts/0/'"))
                .toLongLong();
        w().openPost(first);
        QVERIFY(waitForPost(first));
        QWebEnginePage *page = w().currentView()->page();
        QCOMPARE(runJs(page, QStringLiteral("document.querySelectorAll('code.language-go')"
                                            ".length"))
                     .toInt(),
                 0);
        QSignalSpy articles(panel()->manager(), &SourceManager::articlesFinished);
        QAction *fetch = w().action(QStringLiteral("actionFetchArticle"));
        QVERIFY(fetch->isEnabled());
        fetch->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(articles.size(), 1, 20000);
        QCOMPARE(articles.first().at(1).value<ArticleFetchResult>().fetched, 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !w().currentView()->isLoading() &&
                runJs(page, QStringLiteral("document.querySelectorAll('figure.code-block "
                                           "code.language-go span[class^=\"ksh-\"]').length"))
                        .toInt() > 0,
            20000);
        QVERIFY(runJs(page, QStringLiteral("document.body.textContent"))
                    .toString()
                    .contains(QLatin1String("a few kilobytes of stack")));

        // Fetch All Articles, slowed down: progress and Cancel show while it runs; Cancel
        // stops it with the rest left for later.
        panel()->manager()->setArticleDelayMs(60000);
        panel()->selectSource(id);
        auto *fetchAll = panel()->findChild<QPushButton *>(QStringLiteral("sourceFetchAll"));
        QVERIFY(fetchAll->isEnabled());
        const int before = m_pageRequests;
        QTest::mouseClick(fetchAll, Qt::LeftButton);
        QTRY_VERIFY(panel()->progressBar()->isVisible());
        auto *cancel = panel()->findChild<QToolButton *>(QStringLiteral("sourcesCancel"));
        QVERIFY(cancel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(int(m_pageRequests), before + 1, 20000);
        QTRY_COMPARE(panel()->progressBar()->value(), 1);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(articles.size(), 2, 20000);
        const auto result = articles.at(1).at(1).value<ArticleFetchResult>();
        QVERIFY(result.cancelled);
        QCOMPARE(result.fetched, 1);
        QCOMPARE(result.remaining, 1);
        QTRY_VERIFY(!panel()->progressBar()->isVisible());
        QVERIFY2(panel()->statusLine()->text().contains(QLatin1String("cancelled")),
                 qPrintable(panel()->statusLine()->text()));
        panel()->manager()->setArticleDelayMs(0);
    }

    void addMarkdownFolder()
    {
        // A blog's own Hugo tree, through the same dialog: the folder is recognised, sign-in
        // does not apply, drafts can be asked for.
        w().action(QStringLiteral("actionAddSource"))->trigger();
        QTRY_VERIFY(panel()->addDialog() && panel()->addDialog()->isVisible());
        SourceAddDialog *d = panel()->addDialog();
        QTest::keyClicks(d->locationField(), QStringLiteral(LECTERN_TEST_DATA "/mdfolder"));
        QVERIFY(d->isFolder());
        QVERIFY(!d->authField()->isEnabled());
        QVERIFY(d->findChild<QCheckBox *>(QStringLiteral("sourceDrafts"))->isVisibleTo(d));
        QSignalSpy finished(panel()->manager(), &SourceManager::sourceFinished);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto result = finished.first().at(0).value<RefreshResult>();
        QCOMPARE(result.status, RefreshStatus::Ok);
        QCOMPARE(result.summary.added, 6); // the draft left out
        SourcesModel *model = panel()->model();
        const int row = model->rowOf(result.sourceId);
        QVERIFY(row >= 0);
        QCOMPARE(model->data(model->index(row, SourcesModel::KindColumn)).toString(),
                 QStringLiteral("Markdown folder"));
        QCOMPARE(panel()->selectedSource(), result.sourceId);

        // Its posts read from their Markdown: fences keep their language.
        const qint64 channels =
            Sql::scalar(w().library().connection(),
                        QStringLiteral("SELECT id FROM posts WHERE permalink = ?"),
                        {QStringLiteral("https://example.org/posts/go/channels/")})
                .toLongLong();
        QVERIFY(channels);
        w().openPost(channels);
        QVERIFY(waitForPost(channels));
        QTRY_VERIFY_WITH_TIMEOUT(
            runJs(w().currentView()->page(),
                  QStringLiteral("document.querySelectorAll('figure.code-block "
                                 "code.language-go span[class^=\"ksh-\"]').length"))
                    .toInt() > 0,
            20000);
    }

    void keychainUnavailableKeepsTheSecretForTheSession()
    {
        QVERIFY(!panel()->keychainBanner()->isVisible());
        QSignalSpy added(panel()->manager(), &SourceManager::sourceAdded);
        addThroughDialog(url("/private/atom.xml"), QStringLiteral("Members"), AuthKind::Basic,
                         QStringLiteral("reader"), QString::fromLatin1(secretPassword));
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        const qint64 id = added.first().at(0).toLongLong();
        QCOMPARE(postsOf(id), 2);

        // The banner says so, in the panel, without a dialog.
        QTRY_VERIFY(panel()->keychainBanner()->isVisible());
        QVERIFY2(panel()->keychainBanner()->text().contains(QLatin1String("this session")),
                 qPrintable(panel()->keychainBanner()->text()));
        QVERIFY(!QApplication::activeModalWidget());
        SourcesModel *model = panel()->model();
        const int row = model->rowOf(id);
        QCOMPARE(model->data(model->index(row, 0), SourcesModel::HasSecretRole).toBool(), false);
        QCOMPARE(model->data(model->index(row, SourcesModel::AuthColumn)).toString(),
                 QStringLiteral("Basic, no password stored"));

        // The session copy signs the next refresh in.
        QSignalSpy finished(panel()->manager(), &SourceManager::sourceFinished);
        panel()->selectSource(id);
        QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("sourceRefresh")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto status =
            RefreshStatus(model->data(model->index(row, 0), SourcesModel::StatusRole).toInt());
        QVERIFY2(
            status == RefreshStatus::Unchanged || status == RefreshStatus::Ok,
            qPrintable(model->data(model->index(row, SourcesModel::DetailsColumn)).toString()));

        // A new session has no copy: the source says it needs credentials, and Edit… signs
        // it in again.
        QString ignored;
        SourceSecrets().forget(model->sourceAt(row).secretKey(), &ignored);
        QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("sourceRefresh")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(model->data(model->index(row, 0), SourcesModel::StatusRole).toInt(),
                 int(RefreshStatus::NeedsCredentials));
        QTest::mouseClick(panel()->findChild<QPushButton *>(QStringLiteral("sourceEdit")),
                          Qt::LeftButton);
        QTRY_VERIFY(panel()->addDialog() && panel()->addDialog()->isVisible());
        SourceAddDialog *d = panel()->addDialog();
        QVERIFY(d->isEditing());
        QVERIFY(d->locationField()->isReadOnly());
        QCOMPARE(d->nameField()->text(), QStringLiteral("Members"));
        QCOMPARE(d->intervalField()->value(), 30);
        QCOMPARE(AuthKind(d->authField()->currentData().toInt()), AuthKind::Basic);
        QTest::keyClicks(d->userField(), QStringLiteral("reader"));
        QTest::keyClicks(d->secretField(), QString::fromLatin1(secretPassword));
        d->intervalField()->setValue(90);
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        const auto again =
            RefreshStatus(model->data(model->index(row, 0), SourcesModel::StatusRole).toInt());
        QVERIFY2(
            again == RefreshStatus::Unchanged || again == RefreshStatus::Ok,
            qPrintable(model->data(model->index(row, SourcesModel::DetailsColumn)).toString()));
        QCOMPARE(model->sourceAt(row).refreshMinutes, 90);

        // ...and it was written nowhere: not the library file, not the settings.
        const auto contains = [](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains(secretPassword);
        };
        QVERIFY(!contains(w().library().path()));
        QVERIFY(!contains(w().library().path() + QStringLiteral("-wal")));
        QSettings().sync();
        QVERIFY(!contains(QSettings().fileName()));
    }
};

QTEST_MAIN(TestGuiSources)
#include "tst_gui_sources.moc"
