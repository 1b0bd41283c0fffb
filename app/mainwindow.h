#pragma once

#include "appsettings.h"
#include "ingest/hugoimporter.h"
#include "search/searchengine.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPrinter;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeView;
class QTreeWidget;
class QWebEngineProfile;

namespace Lectern {

class ArticleService;
class ArticleView;
class BookmarksModel;
class BookmarksPanel;
class CommandPalette;
class FindBar;
class ImportController;
class Library;
class LibraryTreeModel;
class NotesController;
class NotesPanel;
class PostListModel;
class RequestInterceptor;
class SchemeHandler;
class SearchResultsModel;
class SearchRunner;
class SeriesPartsModel;
class SourcesPanel;

// What the window does when it starts (runGui fills it from the command line).
struct StartupOptions
{
    bool restoreSession = true;      // reopen the tabs, layout and panels of the last run
    bool importSampleIfEmpty = true; // a first run on an empty library imports the sample
    QString openPermalink;           // --open: show this post
    QString searchQuery;             // --search: type this into the search field
};

// Lectern's window: the search field over the library tree or the ranked results on the
// left, tabs of articles in the centre, dockable Outline, Series, Bookmarks and Notes panels
// on the right, and the status bar. Every command is a QAction in a menu (so the command
// palette and the shortcuts overview can list them all); keys follow QKeySequence::StandardKey
// where the platform has one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class OpenMode
    {
        CurrentTab,
        NewTab,       // and switch to it
        BackgroundTab // and stay where you are (Ctrl+Enter in the results)
    };

    // Opens the library file for the window: --db, else $LECTERN_DB, else the location chosen
    // in the settings, else the default. Null with *error set when it cannot be opened.
    // On failure, *failed (when given) receives the library that would not open, so the caller
    // can ask it why (failure(), path()) and offer a way out.
    static std::unique_ptr<Library> openLibrary(const QString &cliPath, QString *error,
                                                std::unique_ptr<Library> *failed = nullptr);
    // The file openLibrary() opens for `cliPath`.
    static QString libraryPath(const QString &cliPath);

    explicit MainWindow(std::unique_ptr<Library> library, const StartupOptions &options = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    Library &library() const { return *m_library; }
    QWebEngineProfile *profile() const { return m_profile; }
    RequestInterceptor *requestInterceptor() const { return m_interceptor; }
    ArticleService &articles() const { return *m_articles; }

    // Opening posts.
    void openPost(qint64 postId, OpenMode mode = OpenMode::CurrentTab,
                  const QStringList &searchTerms = {});
    bool openPermalink(const QString &permalink, OpenMode mode = OpenMode::CurrentTab,
                       const QStringList &searchTerms = {});
    void openUrl(const QUrl &url, OpenMode mode = OpenMode::CurrentTab);
    // Opens a post in the current tab at a heading (anchor) or else a scroll fraction.
    void openAt(qint64 postId, const QString &anchor, double position);

    // Imports an index file in the background (progress in the status bar, summary after).
    bool importFile(const QString &path);
    // A launch's request (`lectern FILE... [--open P] [--search Q]`, this one's or a later
    // one's handed over by SingleInstance): raises the window, imports each FILE (an index
    // file, or a Markdown folder as a source) one after the other, opens, searches.
    void handleLaunch(const QStringList &files, const QString &openPermalink,
                      const QString &searchQuery);
    // Saves the current article as a PDF in the light theme (pdfSaved() tells how it went).
    void savePdfTo(const QString &file);
    // Prints the current article in the light theme (printed() tells how it went).
    void printTo(std::shared_ptr<QPrinter> printer);

    // Links that leave Lectern go here (default: QDesktopServices::openUrl).
    void setExternalUrlHandler(std::function<void(const QUrl &)> handler);

    // For the tests, the benchmark and --screenshot.
    ArticleView *currentView() const;
    ArticleView *viewAt(int index) const;
    int tabCount() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    QLineEdit *searchField() const { return m_searchField; }
    QListView *resultsView() const { return m_resultsView; }
    QTreeView *libraryView() const { return m_libraryView; }
    QListView *postListView() const { return m_postList; }
    QTreeWidget *outlineView() const { return m_outline; }
    QListView *seriesView() const { return m_seriesView; }
    FindBar *findBar() const { return m_findBar; }
    CommandPalette *commandPalette() const { return m_palette; }
    ImportController *importer() const { return m_importer; }
    SearchResultsModel *resultsModel() const { return m_resultsModel; }
    SearchRunner *searchRunner() const { return m_search; }
    BookmarksPanel *bookmarksPanel() const { return m_bookmarksPanel; }
    NotesPanel *notesPanel() const { return m_notesPanel; }
    SourcesPanel *sourcesPanel() const { return m_sourcesPanel; }
    NotesController *notesController() const { return m_notes; }
    QDockWidget *dock(const QString &objectName) const;
    // An action by its object name ("actionBack", ...).
    QAction *action(const QString &objectName) const;
    QList<QAction *> allActions() const;
    const ReaderSettings &settings() const { return m_settings; }
    void applySettings(const ReaderSettings &settings);
    bool isSearchShowing() const;
    // Milliseconds from process start to the window shown with its library tree.
    static qint64 msSinceProcessStart();

signals:
    // Every article load that finished (ok: served and shown).
    void articleLoaded(Lectern::ArticleView *view, qint64 postId, bool ok);
    // The results of `query` are in the list; `engineMicros`: the search engine's share.
    void searchFinished(const QString &query, int hits, qint64 engineMicros);
    void importFinished(bool ok, const QString &message);
    void pdfSaved(const QString &path, bool ok);
    void printed(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Building. WebEngine (the profile and the views) starts after the window's first paint,
    // so the library and the search field are there before Chromium has started; anything
    // that needs a view before then starts it at once (ensureWebEngine()).
    void ensureWebEngine();
    void createProfile();
    void createModels();
    void createWidgets();
    void createDocks();
    void createActions();
    void createMenus();
    void createStatusBar();
    QAction *makeAction(const QString &name, const QString &text,
                        const QList<QKeySequence> &keys = {}, const QString &tip = {});

    // Tabs and views.
    ArticleView *createView();
    int addTab(ArticleView *view, bool makeCurrent);
    ArticleView *ensureView();
    void closeTab(int index);
    void currentTabChanged();
    void updateTabTitle(ArticleView *view);
    void viewPostChanged(ArticleView *view);
    void viewLoaded(ArticleView *view, qint64 postId, bool ok);
    void viewPositionReported(qint64 postId, double fraction, bool atEnd);

    // Search.
    void searchTextChanged(const QString &text);
    void searchResultsArrived(quint64 ticket, const QString &query,
                              const Lectern::SearchResponse &response, qint64 micros);
    bool searchFieldKey(QKeyEvent *key);
    void moveSelection(int key);
    void openSelected(OpenMode mode);
    void focusSearch();
    void focusArticle();

    // Panels.
    void updatePanels();
    void updateOutline();
    void highlightHeading(const QString &anchor);
    void updateSeries(qint64 postId);
    void updateActions();
    void updateStatus();

    // Commands.
    void goBack();
    void goForward();
    void goNeighbour(bool next);
    void toggleBookmark();
    void toggleRead();
    void setTheme(ReaderSettings::ThemeChoice theme);
    void cycleTheme();
    void zoomBy(double factor);
    void chooseImport();
    void printArticle();
    void savePdf();
    void showSettings();
    void showShortcuts();
    void showAbout();
    void copyLink();
    void openOriginal();
    void reopenClosedTab();

    // Import.
    void startImport(const QString &path);
    void importStarted(const QString &name);
    void importProgress(int done, int total);
    void importDone(bool ok, const QString &name, const Lectern::ImportSummary &summary,
                    const QString &error, bool cancelled);
    void importSampleIfEmpty();
    void importNextLaunched(); // the next file of handleLaunch()
    void importFolder(const QString &path);
    void libraryChanged();

    // Session.
    void restoreSession();
    void saveSession() const;

    std::unique_ptr<Library> m_library;
    StartupOptions m_options;
    ReaderSettings m_settings;
    std::unique_ptr<ArticleService> m_articles;
    std::function<void(const QUrl &)> m_openExternal;

    QWebEngineProfile *m_profile = nullptr;
    SchemeHandler *m_scheme = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
    ImportController *m_importer = nullptr;
    QStringList m_launchImports; // files from launches waiting for the running import
    SearchRunner *m_search = nullptr;

    LibraryTreeModel *m_treeModel = nullptr;
    PostListModel *m_postModel = nullptr;
    SearchResultsModel *m_resultsModel = nullptr;
    SeriesPartsModel *m_seriesModel = nullptr;
    BookmarksModel *m_bookmarksModel = nullptr;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchField = nullptr;
    QStackedWidget *m_sideStack = nullptr;
    QSplitter *m_librarySplitter = nullptr;
    QTreeView *m_libraryView = nullptr;
    QListView *m_postList = nullptr;
    QWidget *m_resultsPage = nullptr;
    QListView *m_resultsView = nullptr;
    QLabel *m_resultsInfo = nullptr;
    QTabWidget *m_tabs = nullptr;
    FindBar *m_findBar = nullptr;
    CommandPalette *m_palette = nullptr;

    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_seriesDock = nullptr;
    QDockWidget *m_bookmarksDock = nullptr;
    QDockWidget *m_notesDock = nullptr;
    QTreeWidget *m_outline = nullptr;
    QLabel *m_seriesTitle = nullptr;
    QListView *m_seriesView = nullptr;
    BookmarksPanel *m_bookmarksPanel = nullptr;
    NotesPanel *m_notesPanel = nullptr;
    QDockWidget *m_sourcesDock = nullptr;
    SourcesPanel *m_sourcesPanel = nullptr;
    NotesController *m_notes = nullptr;

    QLabel *m_sizeLabel = nullptr;
    QLabel *m_importLabel = nullptr;
    QLabel *m_workLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelWork = nullptr;

    QHash<QString, QAction *> m_actions;
    // Every key bound to an action, so the article view cannot claim one for itself.
    QList<QKeySequence> m_actionKeys;
    QActionGroup *m_themeGroup = nullptr;

    // Search keys that arrived before the results they act on.
    int m_pendingMoves = 0;
    bool m_pendingOpen = false;
    OpenMode m_pendingOpenMode = OpenMode::CurrentTab;
    QString m_lastQuery;

    QList<QUrl> m_closedTabs;
    // The last run's tabs, opened once WebEngine is up.
    QList<std::pair<QUrl, QString>> m_sessionTabs;
    int m_sessionCurrent = 0;
    bool m_painted = false;
};

} // namespace Lectern
