#include "mainwindow.h"

#include "aboutdialog.h"
#include "articlepage.h"
#include "articleservice.h"
#include "articleview.h"
#include "bookmarkspanel.h"
#include "commandpalette.h"
#include "core/version.h"
#include "findbar.h"
#include "importcontroller.h"
#include "models/bookmarksmodel.h"
#include "models/librarytreemodel.h"
#include "models/notesmodel.h"
#include "models/postlistmodel.h"
#include "models/searchresultsmodel.h"
#include "models/seriespartsmodel.h"
#include "notescontroller.h"
#include "notespanel.h"
#include "pagebridge.h"
#include "requestinterceptor.h"
#include "resultdelegate.h"
#include "schemehandler.h"
#include "searchrunner.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "sources/sourcemanager.h"
#include "sourcespanel.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleHints>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <cstdio>
#include <tuple>
#include <utility>

namespace Lectern {

namespace {

// Started as the program's statics are initialised: a fallback for the process start time.
const QElapsedTimer staticStart = [] {
    QElapsedTimer t;
    t.start();
    return t;
}();

QString sampleLocation()
{
    return QStringLiteral("lectern:sample");
}

// The isolated-world page script: QWebChannel's client, then Lectern's own (pagescript.js).
QString pageScriptSource()
{
    QString source;
    for (const QString &path : {QStringLiteral(":/qtwebchannel/qwebchannel.js"),
                                QStringLiteral(":/lectern/app/pagescript.js")}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("%s is missing from the resources", qPrintable(path)); // a build error
        source += QString::fromUtf8(file.readAll()) + u'\n';
    }
    return source;
}

// Lectern's icon, from the PNGs made at build time (or the SVG where no converter was found).
QIcon lecternIcon()
{
    QIcon icon;
    for (const int size : {32, 64, 256}) {
        const QString png = QStringLiteral(":/lectern/icons/lectern-%1.png").arg(size);
        if (QFile::exists(png))
            icon.addFile(png, QSize(size, size));
    }
    if (icon.isNull())
        icon.addFile(QStringLiteral(":/lectern/icons/lectern.svg"));
    return icon;
}

// A bookmark ribbon in the palette's text colour, for styles without a "bookmark-new" icon.
QIcon bookmarkIcon(const QPalette &palette)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const double s = size / 24.0;
        QPainterPath ribbon;
        ribbon.moveTo(6 * s, 3 * s);
        ribbon.lineTo(18 * s, 3 * s);
        ribbon.lineTo(18 * s, 21 * s);
        ribbon.lineTo(12 * s, 16.5 * s);
        ribbon.lineTo(6 * s, 21 * s);
        ribbon.closeSubpath();
        p.setPen(QPen(palette.color(QPalette::WindowText), 1.8 * s, Qt::SolidLine, Qt::RoundCap,
                      Qt::RoundJoin));
        p.drawPath(ribbon);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

bool isTextInput(const QWidget *w)
{
    if (!w)
        return false;
    return w->inherits("QLineEdit") || w->inherits("QTextEdit") || w->inherits("QPlainTextEdit") ||
           w->inherits("QAbstractSpinBox") ||
           (w->inherits("QComboBox") && w->property("editable").toBool());
}

// Local files among dropped data (an index file to import).
QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

// Series parts: "2. What is Django?" with a tick once read.
class SeriesPartDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool read = index.data(SeriesPartsModel::IsReadRole).toBool();
        const bool current = index.data(SeriesPartsModel::CurrentRole).toBool();
        option->text = QStringLiteral("%1. %2%3")
                           .arg(index.data(SeriesPartsModel::PositionRole).toInt())
                           .arg(option->text, read ? QStringLiteral("  \u2713") : QString());
        if (current)
            option->text = QStringLiteral("\u25B8 ") + option->text;
    }
};

// Posts in the library list: read ones dimmed, bookmarked ones starred.
class PostItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(PostListModel::IsBookmarkedRole).toBool())
            option->text = QStringLiteral("\u2605 ") + option->text;
        if (index.data(PostListModel::IsReadRole).toBool()) {
            QColor c = option->palette.color(QPalette::Text);
            c.setAlphaF(0.6);
            option->palette.setColor(QPalette::Text, c);
        }
        if (index.data(PostListModel::IsMissingRole).toBool())
            option->font.setStrikeOut(true);
    }
};

} // namespace

qint64 MainWindow::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // The kernel's start time of this process (clock ticks since boot) against the uptime.
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (stat.open(QIODevice::ReadOnly) && uptime.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        const QList<QByteArray> fields = s.mid(close + 2).split(' ');
        // Field 22 (starttime) is the 20th after the command name and state.
        const qint64 startTicks = fields.value(19).toLongLong();
        const double up = uptime.readAll().split(' ').value(0).toDouble();
        if (startTicks > 0 && up > 0)
            return qint64(up * 1000.0 - startTicks * 10.0); // USER_HZ is 100 on Linux
    }
#endif
    return staticStart.elapsed();
}

QString MainWindow::libraryPath(const QString &cliPath)
{
    QString path = cliPath;
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("LECTERN_DB"))
        path = ReaderSettings::load().libraryPath;
    return Library::resolvePath(path);
}

std::unique_ptr<Library> MainWindow::openLibrary(const QString &cliPath, QString *error,
                                                 std::unique_ptr<Library> *failed)
{
    auto library = std::make_unique<Library>(libraryPath(cliPath));
    if (!library->open(error)) {
        if (failed)
            *failed = std::move(library);
        return nullptr;
    }
    return library;
}

MainWindow::MainWindow(std::unique_ptr<Library> library, const StartupOptions &options,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_library(std::move(library))
    , m_options(options)
    , m_settings(ReaderSettings::load())
{
    Q_ASSERT(m_library && m_library->isOpen());
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lectern"));
    QApplication::setWindowIcon(lecternIcon()); // dialogs too
    setAccessibleName(tr("Lectern"));
    setAcceptDrops(true);
    resize(1280, 820);
    m_openExternal = [](const QUrl &url) { QDesktopServices::openUrl(url); };

    const bool timing = qEnvironmentVariableIsSet("LECTERN_TIMING");
    const auto mark = [timing](const char *what) {
        if (timing)
            std::fprintf(stderr, "lectern timing: %s at %lld ms\n", what,
                         static_cast<long long>(msSinceProcessStart()));
    };
    mark("window construction");
    m_articles = std::make_unique<ArticleService>(*m_library);
    m_articles->setSettings(m_settings);
    createModels();
    mark("models");
    createWidgets();
    createDocks();
    createActions();
    for (QAction *a : std::as_const(m_actions))
        m_actionKeys += a->shortcuts();
    createMenus();
    createStatusBar();
    mark("widgets");

    m_importer = new ImportController(*m_library, this);
    connect(m_importer, &ImportController::started, this, &MainWindow::importStarted);
    connect(m_importer, &ImportController::progress, this, &MainWindow::importProgress);
    connect(m_importer, &ImportController::finished, this, &MainWindow::importDone);
    m_search = new SearchRunner(*m_library, this);
    connect(m_search, &SearchRunner::finished, this, &MainWindow::searchResultsArrived);

    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_settings.theme == ReaderSettings::ThemeChoice::System)
            applySettings(m_settings);
    });
    qApp->installEventFilter(this);

    restoreSession();
    mark("session");
    updateStatus();
    updateActions();
    mark("constructed");
    if (m_options.importSampleIfEmpty)
        QTimer::singleShot(0, this, &MainWindow::importSampleIfEmpty);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    delete m_search;
    m_search = nullptr;
    delete m_importer; // waits for a running import (cancelled)
    m_importer = nullptr;
    delete m_sourcesPanel; // its SourceManager waits for a running refresh (cancelled)
    m_sourcesPanel = nullptr;
    // Views (and their pages) go before the profile and the scheme handler they use.
    while (m_tabs->count()) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    // Models hold the library's connection: they (and the panels that own some) go before
    // the library does.
    delete m_notesPanel;
    delete m_bookmarksPanel;
    for (QObject *model : std::initializer_list<QObject *>{m_treeModel, m_postModel, m_resultsModel,
                                                           m_seriesModel, m_bookmarksModel}) {
        delete model;
    }
    if (m_profile) {
        m_profile->removeAllUrlSchemeHandlers();
        delete m_profile;
    }
}

void MainWindow::ensureWebEngine()
{
    if (m_profile)
        return;
    createProfile();
    for (const auto &[url, title] : std::as_const(m_sessionTabs)) {
        ArticleView *view = createView();
        // Restored tabs load when they are first shown.
        view->setProperty("pendingUrl", url);
        const int index = addTab(view, false);
        m_tabs->setTabText(index, title.size() > 32 ? title.left(30) + u'\u2026' : title);
        m_tabs->setTabToolTip(index, title);
    }
    m_sessionTabs.clear();
    if (m_tabs->count() > 0)
        m_tabs->setCurrentIndex(std::clamp(m_sessionCurrent, 0, m_tabs->count() - 1));
    if (!m_options.openPermalink.isEmpty()) {
        const QString permalink = std::exchange(m_options.openPermalink, QString());
        // With --search too, as if opened from that search: its words marked.
        if (!openPermalink(permalink, m_tabs->count() ? OpenMode::NewTab : OpenMode::CurrentTab,
                           m_options.searchQuery.split(u' ', Qt::SkipEmptyParts)))
            statusBar()->showMessage(tr("Not in the library: %1").arg(permalink), 8000);
    }
    if (m_tabs->count() == 0) {
        addTab(createView(), true);
        currentView()->open(ArticleService::startUrl());
    }
    currentTabChanged();
    if (qEnvironmentVariableIsSet("LECTERN_TIMING"))
        std::fprintf(stderr, "lectern timing: WebEngine started %lld ms after process start\n",
                     static_cast<long long>(msSinceProcessStart()));
}

// ---------------------------------------------------------------------------------- building

void MainWindow::createProfile()
{
    // Off the record: nothing a page does is kept on disk (no cache, cookies or storage).
    m_profile = new QWebEngineProfile(static_cast<QObject *>(nullptr));
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_interceptor = new RequestInterceptor(m_profile);
    m_interceptor->setAllowRemoteImages(m_settings.allowRemoteImages);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_scheme =
        new SchemeHandler([this](const QUrl &url) { return m_articles->reply(url); }, m_profile);
    m_scheme->setAllowRemoteImages(m_settings.allowRemoteImages);
    m_profile->installUrlSchemeHandler(SchemeHandler::scheme, m_scheme);
    m_profile->installUrlSchemeHandler(SchemeHandler::readerScheme, m_scheme);

    QWebEngineScript script;
    script.setName(QStringLiteral("lectern-page"));
    script.setSourceCode(pageScriptSource());
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    m_profile->scripts()->insert(script);
}

void MainWindow::createModels()
{
    const QSqlDatabase db = m_library->connection();
    m_treeModel = new LibraryTreeModel(db, this);
    m_postModel = new PostListModel(db, this);
    m_resultsModel = new SearchResultsModel(this);
    m_seriesModel = new SeriesPartsModel(db, this);
    m_bookmarksModel = new BookmarksModel(db, this);
    connect(m_bookmarksModel, &BookmarksModel::bookmarkToggled, this, [this](qint64 postId, bool) {
        m_postModel->refreshPost(postId);
        m_treeModel->reload();
        updateActions();
    });
}

void MainWindow::createWidgets()
{
    // Left: the search field over the library (tree + posts) or the results.
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("sidebar"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 4, 0, 0);
    sideLayout->setSpacing(4);
    m_searchField = new QLineEdit(side);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search the library (Ctrl+K)"));
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setAccessibleDescription(
        tr("Type to search; Up and Down choose a result, Enter opens it, Ctrl+Enter opens it "
           "in a new tab, Esc clears"));
    m_searchField->setClearButtonEnabled(true);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::searchTextChanged);

    m_sideStack = new QStackedWidget(side);
    m_librarySplitter = new QSplitter(Qt::Vertical, m_sideStack);
    m_librarySplitter->setObjectName(QStringLiteral("librarySplitter"));
    m_libraryView = new QTreeView(m_librarySplitter);
    m_libraryView->setObjectName(QStringLiteral("libraryTree"));
    m_libraryView->setAccessibleName(tr("Library"));
    m_libraryView->setModel(m_treeModel);
    m_libraryView->setHeaderHidden(true);
    m_libraryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraryView->expand(m_treeModel->index(LibraryTreeModel::CategoriesRow, 0));
    m_libraryView->expand(m_treeModel->index(LibraryTreeModel::SeriesRow, 0));
    m_postList = new QListView(m_librarySplitter);
    m_postList->setObjectName(QStringLiteral("postList"));
    m_postList->setAccessibleName(tr("Posts"));
    m_postList->setModel(m_postModel);
    m_postList->setUniformItemSizes(true);
    m_postList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_postList->setItemDelegate(new PostItemDelegate(m_postList));
    m_librarySplitter->setStretchFactor(0, 2);
    m_librarySplitter->setStretchFactor(1, 3);
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QVariant filter = current.data(LibraryTreeModel::FilterRole);
                if (filter.isValid())
                    m_postModel->setFilter(filter.value<PostFilter>());
            });
    const auto openFromList = [this](const QModelIndex &index) {
        const qint64 id = index.data(PostListModel::PostIdRole).toLongLong();
        const bool newTab = QApplication::keyboardModifiers() & Qt::ControlModifier;
        if (id)
            openPost(id, newTab ? OpenMode::BackgroundTab : OpenMode::CurrentTab);
    };
    connect(m_postList, &QListView::activated, this, openFromList);
    connect(m_postList, &QListView::clicked, this, openFromList);

    m_resultsPage = new QWidget(m_sideStack);
    auto *resultsLayout = new QVBoxLayout(m_resultsPage);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->setSpacing(2);
    m_resultsInfo = new QLabel(m_resultsPage);
    m_resultsInfo->setObjectName(QStringLiteral("resultsInfo"));
    m_resultsInfo->setAccessibleName(tr("Search status"));
    m_resultsInfo->setWordWrap(true);
    m_resultsInfo->setContentsMargins(4, 0, 4, 0);
    m_resultsView = new QListView(m_resultsPage);
    m_resultsView->setObjectName(QStringLiteral("results"));
    m_resultsView->setAccessibleName(tr("Search results"));
    m_resultsView->setModel(m_resultsModel);
    m_resultsView->setItemDelegate(
        new ResultDelegate(SearchResultsModel::TitleRole, SearchResultsModel::CategoryRole,
                           SearchResultsModel::SnippetRole, m_resultsView));
    m_resultsView->setUniformItemSizes(true);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    resultsLayout->addWidget(m_resultsInfo);
    resultsLayout->addWidget(m_resultsView, 1);
    const auto openResult = [this](const QModelIndex &index) {
        const bool newTab = QApplication::keyboardModifiers() & Qt::ControlModifier;
        m_resultsView->setCurrentIndex(index);
        openSelected(newTab ? OpenMode::BackgroundTab : OpenMode::CurrentTab);
    };
    connect(m_resultsView, &QListView::activated, this, openResult);
    connect(m_resultsView, &QListView::clicked, this, openResult);
    m_sideStack->addWidget(m_librarySplitter);
    m_sideStack->addWidget(m_resultsPage);
    sideLayout->addWidget(m_searchField);
    sideLayout->addWidget(m_sideStack, 1);

    // Centre: the tabs over the find bar.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_tabs = new QTabWidget(centre);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Articles"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->tabBar()->setAccessibleName(tr("Open articles"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    m_findBar = new FindBar(centre);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    connect(m_findBar, &FindBar::closed, this, &MainWindow::focusArticle);
    centreLayout->addWidget(m_tabs, 1);
    centreLayout->addWidget(m_findBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(side);
    m_splitter->addWidget(centre);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({330, 950});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_palette = new CommandPalette(menuBar(), this);
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    const auto makeDock = [this](const QString &name, const QString &title, QWidget *content) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setAccessibleName(title);
        dock->setWidget(content);
        dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                              Qt::BottomDockWidgetArea);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        return dock;
    };

    m_outline = new QTreeWidget(this);
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setAccessibleName(tr("Outline"));
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setIndentation(12);
    const auto jump = [this](QTreeWidgetItem *item) {
        if (ArticleView *view = currentView(); view && item)
            view->scrollToAnchor(item->data(0, Qt::UserRole).toString());
    };
    connect(m_outline, &QTreeWidget::itemActivated, this, jump);
    connect(m_outline, &QTreeWidget::itemClicked, this, jump);
    m_outlineDock = makeDock(QStringLiteral("outlineDock"), tr("Outline"), m_outline);

    auto *series = new QWidget(this);
    auto *seriesLayout = new QVBoxLayout(series);
    seriesLayout->setContentsMargins(4, 4, 4, 4);
    m_seriesTitle = new QLabel(series);
    m_seriesTitle->setObjectName(QStringLiteral("seriesTitle"));
    m_seriesTitle->setAccessibleName(tr("Series name"));
    m_seriesTitle->setWordWrap(true);
    m_seriesView = new QListView(series);
    m_seriesView->setObjectName(QStringLiteral("seriesParts"));
    m_seriesView->setAccessibleName(tr("Series parts"));
    m_seriesView->setModel(m_seriesModel);
    m_seriesView->setItemDelegate(new SeriesPartDelegate(m_seriesView));
    m_seriesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_seriesView->setWordWrap(true);
    seriesLayout->addWidget(m_seriesTitle);
    seriesLayout->addWidget(m_seriesView, 1);
    const auto openPart = [this](const QModelIndex &index) {
        if (const qint64 id = index.data(SeriesPartsModel::PostIdRole).toLongLong())
            openPost(id);
    };
    connect(m_seriesView, &QListView::activated, this, openPart);
    connect(m_seriesView, &QListView::clicked, this, openPart);
    m_seriesDock = makeDock(QStringLiteral("seriesDock"), tr("Series"), series);

    // Bookmarks and notes: the notes layer's panels (sorting, filtering, undo, autosaved
    // Markdown notes with preview, highlights); the window tells them the current post and opens
    // what they ask for.
    m_bookmarksPanel = new BookmarksPanel(this);
    m_bookmarksPanel->setLibrary(m_library.get(), m_bookmarksModel);
    connect(m_bookmarksPanel, &BookmarksPanel::openRequested, this,
            [this](qint64 postId, const QString &, const QString &anchor, double position) {
                openAt(postId, anchor, position);
            });
    connect(m_bookmarksPanel, &BookmarksPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    m_bookmarksDock = makeDock(QStringLiteral("bookmarksDock"), tr("Bookmarks"), m_bookmarksPanel);

    m_notesPanel = new NotesPanel(this);
    m_notesPanel->setLibrary(m_library.get());
    m_notes = new NotesController(m_library.get(), m_notesPanel, this);
    connect(m_notesPanel, &NotesPanel::openRequested, this,
            [this](qint64 postId, const QString &, qint64 highlightId) {
                if (!currentView() || currentView()->postId() != postId)
                    openPost(postId);
                if (highlightId)
                    m_notes->showHighlight(currentView(), highlightId);
            });
    connect(m_notesPanel, &NotesPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    m_notesDock = makeDock(QStringLiteral("notesDock"), tr("Notes"), m_notesPanel);
    connect(m_notes, &NotesController::showNotesRequested, this, [this] {
        m_notesDock->show();
        m_notesDock->raise();
    });
    connect(m_notes, &NotesController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });

    // Sources: below the articles, hidden until asked for (View > Sources, File > Add Source).
    m_sourcesPanel = new SourcesPanel(*m_library, this);
    connect(m_sourcesPanel, &SourcesPanel::libraryChanged, this, &MainWindow::libraryChanged);
    connect(m_sourcesPanel, &SourcesPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_sourcesDock = makeDock(QStringLiteral("sourcesDock"), tr("Sources"), m_sourcesPanel);
    removeDockWidget(m_sourcesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);
    m_sourcesDock->hide();

    // Outline above, the other three as tabs below it.
    tabifyDockWidget(m_seriesDock, m_bookmarksDock);
    tabifyDockWidget(m_bookmarksDock, m_notesDock);
    m_seriesDock->raise();
    resizeDocks({m_outlineDock}, {280}, Qt::Horizontal);
    resizeDocks({m_outlineDock, m_seriesDock}, {440, 340}, Qt::Vertical);
}

QAction *MainWindow::makeAction(const QString &name, const QString &text,
                                const QList<QKeySequence> &keys, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    QList<QKeySequence> shortcuts;
    for (const QKeySequence &k : keys)
        if (!k.isEmpty() && !shortcuts.contains(k))
            shortcuts << k;
    a->setShortcuts(shortcuts);
    a->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty()) {
        a->setToolTip(tip);
        a->setStatusTip(tip);
    }
    addAction(a); // shortcuts work even while the menu bar is hidden
    m_actions.insert(name, a);
    return a;
}

void MainWindow::createActions()
{
    using K = QKeySequence;
    const auto std = [](K::StandardKey key) { return K::keyBindings(key); };
    const auto keys = [](std::initializer_list<K> list) { return QList<K>(list); };

    QAction *a = makeAction(QStringLiteral("actionImport"), tr("&Import Index File…"), std(K::Open),
                            tr("Import a Hugo/PaperMod search index (index.json)"));
    connect(a, &QAction::triggered, this, &MainWindow::chooseImport);
    a = makeAction(QStringLiteral("actionPrint"), tr("&Print…"), std(K::Print),
                   tr("Print the article (light theme)"));
    connect(a, &QAction::triggered, this, &MainWindow::printArticle);
    a = makeAction(QStringLiteral("actionSavePdf"), tr("Save as P&DF…"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}),
                   tr("Save the article as a PDF (light theme)"));
    connect(a, &QAction::triggered, this, &MainWindow::savePdf);
    QList<K> prefs = std(K::Preferences);
    prefs << K(Qt::CTRL | Qt::Key_Comma);
    a = makeAction(QStringLiteral("actionSettings"), tr("&Settings…"), prefs);
    a->setMenuRole(QAction::PreferencesRole);
    connect(a, &QAction::triggered, this, &MainWindow::showSettings);
    a = makeAction(QStringLiteral("actionQuit"), tr("&Quit"), std(K::Quit));
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);

    a = makeAction(QStringLiteral("actionFocusSearch"), tr("&Search Library"),
                   keys({K(Qt::CTRL | Qt::Key_K), K(Qt::CTRL | Qt::Key_L)}),
                   tr("Put the cursor in the search field (also /)"));
    connect(a, &QAction::triggered, this, &MainWindow::focusSearch);
    a = makeAction(QStringLiteral("actionFind"), tr("&Find in Article…"), std(K::Find));
    connect(a, &QAction::triggered, m_findBar, &FindBar::activate);
    QList<K> findNext = std(K::FindNext);
    if (!findNext.contains(K(Qt::Key_F3)))
        findNext.prepend(K(Qt::Key_F3));
    a = makeAction(QStringLiteral("actionFindNext"), tr("Find &Next"), findNext);
    connect(a, &QAction::triggered, m_findBar, &FindBar::findNext);
    QList<K> findPrevious = std(K::FindPrevious);
    if (!findPrevious.contains(K(Qt::SHIFT | Qt::Key_F3)))
        findPrevious.prepend(K(Qt::SHIFT | Qt::Key_F3));
    a = makeAction(QStringLiteral("actionFindPrevious"), tr("Find Pre&vious"), findPrevious);
    connect(a, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    a = makeAction(QStringLiteral("actionCopyLink"), tr("Copy &Link to Post"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}),
                   tr("Copy the post's original web address"));
    connect(a, &QAction::triggered, this, &MainWindow::copyLink);

    a = makeAction(QStringLiteral("actionBack"), tr("&Back"), std(K::Back));
    connect(a, &QAction::triggered, this, &MainWindow::goBack);
    a = makeAction(QStringLiteral("actionForward"), tr("&Forward"), std(K::Forward));
    connect(a, &QAction::triggered, this, &MainWindow::goForward);
    a = makeAction(QStringLiteral("actionPreviousPart"), tr("&Previous Part"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), K(Qt::ALT | Qt::Key_PageUp)}),
                   tr("The previous part of the series, else the previous post of the category"));
    connect(a, &QAction::triggered, this, [this] { goNeighbour(false); });
    a = makeAction(QStringLiteral("actionNextPart"), tr("&Next Part"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), K(Qt::ALT | Qt::Key_PageDown)}),
                   tr("The next part of the series, else the next post of the category"));
    connect(a, &QAction::triggered, this, [this] { goNeighbour(true); });
    a = makeAction(QStringLiteral("actionStartPage"), tr("&Start Page"),
                   keys({K(Qt::ALT | Qt::Key_Home)}));
    connect(a, &QAction::triggered, this, [this] { openUrl(ArticleService::startUrl()); });

    a = makeAction(QStringLiteral("actionBookmark"), tr("&Bookmark Post"),
                   keys({K(Qt::CTRL | Qt::Key_D)}),
                   tr("Bookmark the post, or remove its bookmark"));
    a->setCheckable(true);
    connect(a, &QAction::triggered, this, &MainWindow::toggleBookmark);
    a = makeAction(QStringLiteral("actionBookmarkLabel"), tr("Bookmark with &Label…"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}),
                   tr("Bookmark the post under a label of your own"));
    connect(a, &QAction::triggered, this, [this] {
        if (ArticleView *view = currentView(); view && view->postId()) {
            m_bookmarksPanel->bookmarkWithLabel(view->postId(), view->currentHeading(),
                                                view->position());
            updateActions();
        }
    });
    a = makeAction(QStringLiteral("actionHighlight"), tr("&Highlight Selection"),
                   keys({K(Qt::CTRL | Qt::Key_H)}),
                   tr("Highlight the text selected in the article"));
    connect(a, &QAction::triggered, this,
            [this] { m_notes->highlightSelection(currentView(), false); });
    a = makeAction(QStringLiteral("actionHighlightNote"), tr("Highlight with &Note…"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_H)}),
                   tr("Highlight the selected text and write a note on it"));
    connect(a, &QAction::triggered, this,
            [this] { m_notes->highlightSelection(currentView(), true); });
    a = makeAction(QStringLiteral("actionExportNotes"), tr("&Export Notes…"), {},
                   tr("Export notes and highlights as Markdown files"));
    connect(a, &QAction::triggered, this, [this] {
        QList<qint64> results;
        for (int row = 0; row < m_resultsModel->rowCount(); ++row)
            results
                << m_resultsModel->index(row, 0).data(SearchResultsModel::PostIdRole).toLongLong();
        m_notes->chooseExport(currentView() ? currentView()->postId() : 0, results);
    });
    a = makeAction(QStringLiteral("actionMarkRead"), tr("Mark as &Read"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}));
    a->setCheckable(true);
    connect(a, &QAction::triggered, this, &MainWindow::toggleRead);
    a = makeAction(QStringLiteral("actionOpenOriginal"), tr("Open &Original in Browser"), {},
                   tr("Open the post's web page in the system browser"));
    connect(a, &QAction::triggered, this, &MainWindow::openOriginal);

    a = makeAction(QStringLiteral("actionNewTab"), tr("&New Tab"), std(K::AddTab));
    connect(a, &QAction::triggered, this, [this] {
        addTab(createView(), true);
        currentView()->open(ArticleService::startUrl());
        focusSearch();
    });
    QList<K> closeKeys = std(K::Close);
    if (!closeKeys.contains(K(Qt::CTRL | Qt::Key_W)))
        closeKeys.prepend(K(Qt::CTRL | Qt::Key_W));
    a = makeAction(QStringLiteral("actionCloseTab"), tr("&Close Tab"), closeKeys);
    connect(a, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    QList<K> nextTab = std(K::NextChild);
    nextTab << K(Qt::CTRL | Qt::Key_PageDown);
    a = makeAction(QStringLiteral("actionNextTab"), tr("Ne&xt Tab"), nextTab);
    connect(a, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    QList<K> previousTab = std(K::PreviousChild);
    previousTab << K(Qt::CTRL | Qt::Key_PageUp);
    a = makeAction(QStringLiteral("actionPreviousTab"), tr("Pre&vious Tab"), previousTab);
    connect(a, &QAction::triggered, this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) %
                                    m_tabs->count());
    });
    a = makeAction(QStringLiteral("actionReopenTab"), tr("&Reopen Closed Tab"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}));
    connect(a, &QAction::triggered, this, &MainWindow::reopenClosedTab);

    QList<K> zoomIn = std(K::ZoomIn);
    zoomIn << K(Qt::CTRL | Qt::Key_Equal);
    a = makeAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), zoomIn);
    connect(a, &QAction::triggered, this, [this] { zoomBy(1.1); });
    a = makeAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), std(K::ZoomOut));
    connect(a, &QAction::triggered, this, [this] { zoomBy(1 / 1.1); });
    a = makeAction(QStringLiteral("actionZoomReset"), tr("&Actual Size"),
                   keys({K(Qt::CTRL | Qt::Key_0)}));
    connect(a, &QAction::triggered, this, [this] { zoomBy(0); });

    m_themeGroup = new QActionGroup(this);
    const QList<std::tuple<ReaderSettings::ThemeChoice, QString, QString>> themes{
        {ReaderSettings::ThemeChoice::System, QStringLiteral("actionThemeSystem"),
         tr("Follow the &System")},
        {ReaderSettings::ThemeChoice::Light, QStringLiteral("actionThemeLight"), tr("&Light")},
        {ReaderSettings::ThemeChoice::Dark, QStringLiteral("actionThemeDark"), tr("&Dark")},
        {ReaderSettings::ThemeChoice::Sepia, QStringLiteral("actionThemeSepia"), tr("S&epia")},
    };
    for (const auto &[choice, name, text] : themes) {
        a = makeAction(name, text);
        a->setCheckable(true);
        a->setChecked(m_settings.theme == choice);
        a->setData(int(choice));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, c = choice] { setTheme(c); });
    }
    a = makeAction(QStringLiteral("actionCycleTheme"), tr("&Next Theme"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}),
                   tr("Light, dark, sepia, then following the system again"));
    connect(a, &QAction::triggered, this, &MainWindow::cycleTheme);

    const QList<std::tuple<QDockWidget *, QString, K>> panels{
        {m_outlineDock, QStringLiteral("actionToggleOutline"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {m_seriesDock, QStringLiteral("actionToggleSeries"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {m_bookmarksDock, QStringLiteral("actionToggleBookmarks"),
         K(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {m_notesDock, QStringLiteral("actionToggleNotes"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {m_sourcesDock, QStringLiteral("actionToggleSources"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
    };
    for (const auto &[dock, name, key] : panels) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(name);
        toggle->setText(tr("%1 Panel").arg(dock->windowTitle()));
        toggle->setShortcut(key);
        toggle->setShortcutContext(Qt::WindowShortcut);
        addAction(toggle);
        m_actions.insert(name, toggle);
    }
    a = makeAction(QStringLiteral("actionAddSource"), tr("&Add Source…"), {},
                   tr("Follow a blog by its address, a feed, an index.json or a Markdown folder"));
    connect(a, &QAction::triggered, this, [this] {
        m_sourcesDock->show();
        m_sourcesDock->raise();
        m_sourcesPanel->addSource();
    });
    a = makeAction(QStringLiteral("actionRefreshSources"), tr("&Refresh All Sources"), {},
                   tr("Fetch every source now (in the background)"));
    connect(a, &QAction::triggered, m_sourcesPanel, &SourcesPanel::refreshAll);
    a = makeAction(QStringLiteral("actionFetchArticle"), tr("Fetch &Full Article"), {},
                   tr("Download the post's web page and keep its article as the post's body"));
    connect(a, &QAction::triggered, this, [this] {
        if (ArticleView *view = currentView(); view && view->postId())
            m_sourcesPanel->fetchArticle(view->postId());
    });

    a = makeAction(QStringLiteral("actionFullScreen"), tr("&Full Screen"),
                   std(K::FullScreen).isEmpty() ? keys({K(Qt::Key_F11)}) : std(K::FullScreen));
    a->setCheckable(true);
    connect(a, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
    });
    a = makeAction(QStringLiteral("actionCommandPalette"), tr("&Command Palette…"),
                   keys({K(Qt::CTRL | Qt::SHIFT | Qt::Key_P)}), tr("Every command, searchable"));
    connect(a, &QAction::triggered, m_palette, &CommandPalette::popup);

    QList<K> help = std(K::HelpContents);
    if (!help.contains(K(Qt::Key_F1)))
        help.prepend(K(Qt::Key_F1));
    help << K(Qt::CTRL | Qt::Key_Slash);
    a = makeAction(QStringLiteral("actionShortcuts"), tr("&Keyboard Shortcuts"), help);
    connect(a, &QAction::triggered, this, &MainWindow::showShortcuts);
    a = makeAction(QStringLiteral("actionAbout"), tr("&About Lectern"));
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, &MainWindow::showAbout);
    a = makeAction(QStringLiteral("actionAboutQt"), tr("About &Qt"));
    a->setMenuRole(QAction::AboutQtRole);
    connect(a, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, std::initializer_list<const char *> names) {
        for (const char *n : names) {
            if (!*n)
                menu->addSeparator();
            else
                menu->addAction(m_actions.value(QString::fromLatin1(n)));
        }
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, {"actionImport", "actionAddSource", "actionRefreshSources", "", "actionExportNotes",
               "", "actionPrint", "actionSavePdf", "", "actionSettings", "", "actionQuit"});
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, {"actionFocusSearch", "", "actionFind", "actionFindNext", "actionFindPrevious", "",
               "actionCopyLink"});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *theme = view->addMenu(tr("&Theme"));
    add(theme, {"actionThemeSystem", "actionThemeLight", "actionThemeDark", "actionThemeSepia", "",
                "actionCycleTheme"});
    add(view, {"", "actionZoomIn", "actionZoomOut", "actionZoomReset", "", "actionToggleOutline",
               "actionToggleSeries", "actionToggleBookmarks", "actionToggleNotes",
               "actionToggleSources", "", "actionFullScreen", "actionCommandPalette"});
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    add(go, {"actionBack", "actionForward", "", "actionPreviousPart", "actionNextPart", "",
             "actionStartPage"});
    QMenu *post = menuBar()->addMenu(tr("&Post"));
    add(post, {"actionBookmark", "actionBookmarkLabel", "actionMarkRead", "", "actionHighlight",
               "actionHighlightNote", "", "actionOpenOriginal", "actionFetchArticle"});
    QMenu *tabs = menuBar()->addMenu(tr("&Tabs"));
    add(tabs, {"actionNewTab", "actionCloseTab", "actionReopenTab", "", "actionNextTab",
               "actionPreviousTab"});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, {"actionShortcuts", "actionCommandPalette", "", "actionAbout", "actionAboutQt"});

    auto *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->setAccessibleName(tr("Navigation"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const auto icon = [this](const QString &themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(themeName, style()->standardIcon(fallback));
    };
    action(QStringLiteral("actionBack"))
        ->setIcon(icon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack));
    action(QStringLiteral("actionForward"))
        ->setIcon(icon(QStringLiteral("go-next"), QStyle::SP_ArrowForward));
    action(QStringLiteral("actionPreviousPart"))
        ->setIcon(icon(QStringLiteral("go-up"), QStyle::SP_ArrowUp));
    action(QStringLiteral("actionNextPart"))
        ->setIcon(icon(QStringLiteral("go-down"), QStyle::SP_ArrowDown));
    action(QStringLiteral("actionBookmark"))
        ->setIcon(QIcon::fromTheme(QStringLiteral("bookmark-new"), bookmarkIcon(palette())));
    action(QStringLiteral("actionFind"))
        ->setIcon(icon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView));
    action(QStringLiteral("actionImport"))
        ->setIcon(icon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton));
    toolbar->addAction(action(QStringLiteral("actionBack")));
    toolbar->addAction(action(QStringLiteral("actionForward")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("actionPreviousPart")));
    toolbar->addAction(action(QStringLiteral("actionNextPart")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("actionBookmark")));
    toolbar->addAction(action(QStringLiteral("actionFind")));
    toolbar->addSeparator();
    toolbar->addAction(action(QStringLiteral("actionImport")));
    QAction *toggleToolbar = toolbar->toggleViewAction();
    toggleToolbar->setObjectName(QStringLiteral("actionToggleToolbar"));
    toggleToolbar->setText(tr("Navigation &Toolbar"));
    m_actions.insert(toggleToolbar->objectName(), toggleToolbar);
    view->insertAction(action(QStringLiteral("actionFullScreen")), toggleToolbar);
}

void MainWindow::createStatusBar()
{
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setObjectName(QStringLiteral("librarySize"));
    m_sizeLabel->setAccessibleName(tr("Library size"));
    m_importLabel = new QLabel(this);
    m_importLabel->setObjectName(QStringLiteral("lastImport"));
    m_importLabel->setAccessibleName(tr("Last import"));
    m_workLabel = new QLabel(this);
    m_workLabel->setAccessibleName(tr("Background work"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("workProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_cancelWork = new QToolButton(this);
    m_cancelWork->setText(tr("Cancel"));
    m_cancelWork->setAccessibleName(tr("Cancel the import"));
    m_cancelWork->setAutoRaise(true);
    m_workLabel->hide();
    m_progress->hide();
    m_cancelWork->hide();
    statusBar()->addWidget(m_sizeLabel);
    statusBar()->addWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_workLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelWork);
    connect(m_cancelWork, &QToolButton::clicked, this, [this] {
        m_cancelWork->setEnabled(false);
        m_workLabel->setText(tr("Cancelling…"));
        m_importer->cancel();
    });

    // Keyboard order: search, its list, the library's posts, the article, then the panels.
    setTabOrder(m_searchField, m_resultsView);
    setTabOrder(m_resultsView, m_libraryView);
    setTabOrder(m_libraryView, m_postList);
    setTabOrder(m_postList, m_tabs);
    setTabOrder(m_tabs, m_outline);
    setTabOrder(m_outline, m_seriesView);
    setTabOrder(m_seriesView, m_bookmarksPanel->filterField());
    setTabOrder(m_bookmarksPanel->view(), m_notesPanel->editor());
}

// ------------------------------------------------------------------------------ tabs & views

ArticleView *MainWindow::createView()
{
    ensureWebEngine();
    auto *view =
        new ArticleView(m_profile, [this](const QUrl &url) { return m_articles->postIdOf(url); });
    view->setZoomFactor(m_settings.zoom);
    ArticlePage *page = view->articlePage();
    page->setLinkResolver([this](const QUrl &url) { return m_articles->rewrite(url); });
    connect(page, &ArticlePage::externalLinkRequested, this, [this](const QUrl &url) {
        statusBar()->showMessage(tr("Opened in your browser: %1").arg(url.toDisplayString()), 4000);
        if (m_openExternal)
            m_openExternal(url);
    });
    connect(page, &ArticlePage::newTabRequested, this,
            [this](const QUrl &url) { openUrl(url, OpenMode::BackgroundTab); });
    connect(page, &ArticlePage::navigationRefused, this, [this](const QUrl &url) {
        statusBar()->showMessage(tr("Not opened: %1").arg(url.toDisplayString().left(120)), 4000);
    });
    connect(view, &ArticleView::titleChanged, this, [this, view] { updateTabTitle(view); });
    connect(view, &ArticleView::postChanged, this, [this, view] { viewPostChanged(view); });
    connect(view, &ArticleView::articleLoaded, this,
            [this, view](qint64 postId, bool ok) { viewLoaded(view, postId, ok); });
    connect(view, &ArticleView::positionReported, this, &MainWindow::viewPositionReported);
    m_notes->attach(view);
    connect(view, &ArticleView::headingChanged, this, [this, view](const QString &anchor) {
        if (view == currentView())
            highlightHeading(anchor);
    });
    connect(view->page(), &QWebEnginePage::urlChanged, this, [this, view] {
        if (view == currentView())
            updateActions();
    });
    connect(view->bridge(), &PageBridge::copied, this, [this](const QString &text) {
        const int lines = int(text.count(u'\n')) + (text.endsWith(u'\n') ? 0 : 1);
        statusBar()->showMessage(lines == 1 ? tr("Copied 1 line of code")
                                            : tr("Copied %1 lines of code").arg(lines),
                                 3000);
    });
    return view;
}

int MainWindow::addTab(ArticleView *view, bool makeCurrent)
{
    const int index = m_tabs->addTab(view, tr("New Tab"));
    if (makeCurrent)
        m_tabs->setCurrentIndex(index);
    return index;
}

ArticleView *MainWindow::ensureView()
{
    if (ArticleView *view = currentView())
        return view;
    addTab(createView(), true);
    return currentView();
}

ArticleView *MainWindow::currentView() const
{
    return qobject_cast<ArticleView *>(m_tabs->currentWidget());
}

ArticleView *MainWindow::viewAt(int index) const
{
    return qobject_cast<ArticleView *>(m_tabs->widget(index));
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

void MainWindow::closeTab(int index)
{
    ArticleView *view = viewAt(index);
    if (!view)
        return;
    if (view->currentUrl().isValid())
        m_closedTabs.append(view->currentUrl());
    m_tabs->removeTab(index);
    view->deleteLater();
    if (m_tabs->count() == 0) {
        // The window always shows something to read.
        addTab(createView(), true);
        currentView()->open(ArticleService::startUrl());
    }
}

void MainWindow::reopenClosedTab()
{
    if (m_closedTabs.isEmpty())
        return;
    openUrl(m_closedTabs.takeLast(), OpenMode::NewTab);
}

void MainWindow::currentTabChanged()
{
    ArticleView *view = currentView();
    if (view && !view->currentUrl().isValid() && view->property("pendingUrl").isValid()) {
        // Restored tabs load when they are first shown.
        view->open(view->property("pendingUrl").toUrl());
        view->setProperty("pendingUrl", {});
    }
    m_findBar->setPage(view ? view->page() : nullptr);
    updatePanels();
    updateActions();
    const QString title = view ? view->title() : QString();
    setWindowTitle(title.isEmpty() || !view->postId() ? tr("Lectern")
                                                      : tr("%1 \u2014 Lectern").arg(title));
}

void MainWindow::updateTabTitle(ArticleView *view)
{
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    QString title = view->title();
    // A page without a title shows its URL as title.
    if (title.isEmpty() || title == view->url().toString() ||
        title == view->url().toString(QUrl::RemoveScheme))
        title = tr("New Tab");
    m_tabs->setTabText(index, title.size() > 32 ? title.left(30) + u'\u2026' : title);
    m_tabs->setTabToolTip(index, title);
    if (view == currentView())
        setWindowTitle(view->postId() ? tr("%1 \u2014 Lectern").arg(title) : tr("Lectern"));
}

void MainWindow::viewPostChanged(ArticleView *view)
{
    if (view == currentView())
        updatePanels();
}

void MainWindow::viewLoaded(ArticleView *view, qint64 postId, bool ok)
{
    if (ok && postId) {
        const QStringList terms = ArticleService::searchTermsOf(view->currentUrl());
        const ArticleView::Place place = view->takePendingPlace();
        if (!place.anchor.isEmpty()) {
            view->scrollToAnchor(place.anchor);
        } else if (place.fraction > 0) {
            view->scrollToFraction(place.fraction);
        } else if (!terms.isEmpty() && view->currentUrl().fragment().isEmpty()) {
            view->scrollToAnchor(QStringLiteral("first-hit"), true);
        } else if (view->currentUrl().fragment().isEmpty()) {
            const auto state = ReadingStateRepository(m_library->connection()).get(postId);
            if (state && state->position > 0.001)
                view->scrollToFraction(state->position);
        }
        QString error;
        ReadingStateRepository(m_library->connection()).markOpened(postId, &error);
    }
    if (view == currentView()) {
        updateOutline();
        updateActions();
    }
    emit articleLoaded(view, postId, ok);
}

void MainWindow::viewPositionReported(qint64 postId, double fraction, bool atEnd)
{
    ReadingStateRepository states(m_library->connection());
    QString error;
    if (fraction >= 0)
        states.setPosition(postId, fraction, &error);
    if (atEnd) {
        const auto state = states.get(postId);
        if (state && !state->isRead && states.setRead(postId, true, &error)) {
            m_postModel->refreshPost(postId);
            m_seriesModel->refreshPost(postId);
            updateStatus();
            updateActions();
        }
    }
}

// ------------------------------------------------------------------------------------ search

bool MainWindow::isSearchShowing() const
{
    return m_sideStack->currentWidget() == m_resultsPage;
}

void MainWindow::searchTextChanged(const QString &text)
{
    m_pendingMoves = 0;
    m_pendingOpen = false;
    if (text.trimmed().isEmpty()) {
        m_search->cancel();
        m_resultsModel->clear();
        m_resultsInfo->clear();
        m_sideStack->setCurrentWidget(m_librarySplitter);
        return;
    }
    m_sideStack->setCurrentWidget(m_resultsPage);
    m_search->search(text.trimmed(), 50);
}

void MainWindow::searchResultsArrived(quint64, const QString &query, const SearchResponse &response,
                                      qint64 micros)
{
    if (query != m_searchField->text().trimmed())
        return;
    m_lastQuery = query;
    m_resultsModel->setResults(response.hits);
    if (!response.error.isEmpty())
        m_resultsInfo->setText(response.error);
    else if (response.hits.isEmpty())
        m_resultsInfo->setText(tr("No posts match \u201c%1\u201d.").arg(query));
    else if (!response.correctedQuery.isEmpty())
        m_resultsInfo->setText(
            tr("Showing results for \u201c%1\u201d.").arg(response.correctedQuery));
    else
        m_resultsInfo->setText(
            response.hits.size() == 1 ? tr("1 post") : tr("%1 posts").arg(response.hits.size()));
    m_resultsInfo->setToolTip(tr("Searched in %1 ms").arg(double(micros) / 1000.0, 0, 'f', 1));
    // Keys typed before the results came now act on them.
    while (m_pendingMoves > 0) {
        moveSelection(Qt::Key_Down);
        --m_pendingMoves;
    }
    while (m_pendingMoves < 0) {
        moveSelection(Qt::Key_Up);
        ++m_pendingMoves;
    }
    if (m_pendingOpen) {
        m_pendingOpen = false;
        openSelected(m_pendingOpenMode);
    }
    emit searchFinished(query, int(response.hits.size()), micros);
}

void MainWindow::moveSelection(int key)
{
    QAbstractItemView *view =
        isSearchShowing() ? static_cast<QAbstractItemView *>(m_resultsView) : m_postList;
    QAbstractItemModel *model = view->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = view->currentIndex();
    int row = current.isValid() && view->selectionModel()->isSelected(current) ? current.row() : -1;
    const int page = std::max(1, view->viewport()->height() / std::max(1, view->sizeHintForRow(0)));
    switch (key) {
    case Qt::Key_Down:
        row = row < 0 ? 0 : std::min(rows - 1, row + 1);
        break;
    case Qt::Key_Up:
        row = row < 0 ? 0 : std::max(0, row - 1);
        break;
    case Qt::Key_PageDown:
        row = std::min(rows - 1, std::max(0, row) + page);
        break;
    case Qt::Key_PageUp:
        row = std::max(0, row - page);
        break;
    default:
        return;
    }
    const QModelIndex index = model->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    view->scrollTo(index);
}

void MainWindow::openSelected(OpenMode mode)
{
    if (isSearchShowing()) {
        QModelIndex index = m_resultsView->currentIndex();
        if (!index.isValid() && m_resultsModel->rowCount() > 0) {
            index = m_resultsModel->index(0, 0);
            m_resultsView->setCurrentIndex(index);
        }
        if (!index.isValid())
            return;
        const SearchHit hit = m_resultsModel->hitAt(index.row());
        QStringList terms = hit.matchedTerms;
        if (terms.isEmpty())
            terms = m_lastQuery.split(u' ', Qt::SkipEmptyParts);
        openPost(hit.postId, mode, terms);
        return;
    }
    const QModelIndex index = m_postList->currentIndex();
    if (const qint64 id = index.data(PostListModel::PostIdRole).toLongLong())
        openPost(id, mode);
}

bool MainWindow::searchFieldKey(QKeyEvent *key)
{
    const bool searching = isSearchShowing();
    const bool waiting = searching && m_search->isBusy();
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (waiting && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))
            m_pendingMoves += key->key() == Qt::Key_Down ? 1 : -1;
        else
            moveSelection(key->key());
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const OpenMode mode =
            key->modifiers() & Qt::ControlModifier ? OpenMode::BackgroundTab : OpenMode::CurrentTab;
        if (waiting) {
            m_pendingOpen = true;
            m_pendingOpenMode = mode;
        } else {
            openSelected(mode);
        }
        return true;
    }
    case Qt::Key_Escape:
        if (!m_searchField->text().isEmpty())
            m_searchField->clear();
        else
            focusArticle();
        return true;
    default:
        return false;
    }
}

void MainWindow::focusSearch()
{
    if (m_palette->isVisible())
        m_palette->dismiss();
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::focusArticle()
{
    if (ArticleView *view = currentView())
        view->setFocus(Qt::OtherFocusReason);
}

// ------------------------------------------------------------------------------------ opening

void MainWindow::openPost(qint64 postId, OpenMode mode, const QStringList &searchTerms)
{
    if (postId <= 0)
        return;
    openUrl(ArticleService::urlFor(postId, searchTerms), mode);
}

bool MainWindow::openPermalink(const QString &permalink, OpenMode mode,
                               const QStringList &searchTerms)
{
    const auto post = PostRepository(m_library->connection()).byPermalink(permalink);
    if (!post)
        return false;
    openPost(post->id, mode, searchTerms);
    return true;
}

void MainWindow::openUrl(const QUrl &url, OpenMode mode)
{
    ArticleView *view = nullptr;
    if (mode == OpenMode::CurrentTab) {
        view = ensureView();
        view->open(url);
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
    view = createView();
    addTab(view, mode == OpenMode::NewTab);
    view->open(url);
    if (mode == OpenMode::NewTab)
        view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::openAt(qint64 postId, const QString &anchor, double position)
{
    if (postId <= 0)
        return;
    ArticleView *view = ensureView();
    view->setPendingPlace({anchor, position});
    view->open(ArticleService::urlFor(postId));
    view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::setExternalUrlHandler(std::function<void(const QUrl &)> handler)
{
    m_openExternal = std::move(handler);
}

// ------------------------------------------------------------------------------------- panels

void MainWindow::updatePanels()
{
    ArticleView *view = currentView();
    const qint64 postId = view ? view->postId() : 0;
    updateOutline();
    updateSeries(postId);
    m_notesPanel->setCurrentPost(postId);
}

void MainWindow::updateOutline()
{
    m_outline->clear();
    ArticleView *view = currentView();
    if (!view || !view->postId() || view->isLoading())
        return;
    const Outline outline = m_articles->outline(view->postId());
    QList<std::pair<int, QTreeWidgetItem *>> stack; // (level, item) of open parents
    for (const OutlineEntry &entry : outline) {
        while (!stack.isEmpty() && stack.last().first >= entry.level)
            stack.removeLast();
        auto *item = stack.isEmpty() ? new QTreeWidgetItem(m_outline)
                                     : new QTreeWidgetItem(stack.last().second);
        item->setText(0, entry.text);
        item->setToolTip(0, entry.text);
        item->setData(0, Qt::UserRole, entry.anchor);
        stack.append({entry.level, item});
    }
    m_outline->expandAll();
    highlightHeading(view->currentHeading());
}

void MainWindow::highlightHeading(const QString &anchor)
{
    QTreeWidgetItemIterator it(m_outline);
    while (*it) {
        if ((*it)->data(0, Qt::UserRole).toString() == anchor) {
            m_outline->setCurrentItem(*it);
            m_outline->scrollToItem(*it);
            return;
        }
        ++it;
    }
    m_outline->setCurrentItem(nullptr);
}

void MainWindow::updateSeries(qint64 postId)
{
    const auto post = postId ? PostRepository(m_library->connection()).byId(postId) : std::nullopt;
    const qint64 seriesId = post ? post->seriesId : 0;
    if (m_seriesModel->seriesId() != seriesId)
        m_seriesModel->setSeries(seriesId);
    m_seriesModel->setCurrentPost(postId);
    if (seriesId) {
        m_seriesTitle->setText(tr("<b>%1</b><br>part %2 of %3")
                                   .arg(post->seriesName.toHtmlEscaped())
                                   .arg(post->seriesPosition)
                                   .arg(post->seriesLength));
        const int row = m_seriesModel->rowOf(postId);
        if (row >= 0)
            m_seriesView->setCurrentIndex(m_seriesModel->index(row, 0));
    } else {
        m_seriesTitle->setText(postId ? tr("This post is not part of a series.")
                                      : tr("Open a post to see its series."));
    }
}

void MainWindow::updateActions()
{
    ArticleView *view = currentView();
    const qint64 postId = view ? view->postId() : 0;
    action(QStringLiteral("actionBack"))->setEnabled(view && view->history()->canGoBack());
    action(QStringLiteral("actionForward"))->setEnabled(view && view->history()->canGoForward());
    Neighbours n;
    if (postId)
        n = PostRepository(m_library->connection()).neighbours(postId);
    QAction *previous = action(QStringLiteral("actionPreviousPart"));
    QAction *next = action(QStringLiteral("actionNextPart"));
    previous->setEnabled(n.previous.has_value());
    next->setEnabled(n.next.has_value());
    previous->setText(n.inSeries || !postId ? tr("&Previous Part") : tr("&Previous in Category"));
    next->setText(n.inSeries || !postId ? tr("&Next Part") : tr("&Next in Category"));
    previous->setToolTip(n.previous ? tr("Previous: %1").arg(n.previous->title)
                                    : tr("No previous post"));
    next->setToolTip(n.next ? tr("Next: %1").arg(n.next->title) : tr("No next post"));
    previous->setData(n.previous ? n.previous->id : 0);
    next->setData(n.next ? n.next->id : 0);

    for (const char *name : {"actionBookmark", "actionBookmarkLabel", "actionMarkRead",
                             "actionCopyLink", "actionOpenOriginal", "actionPrint", "actionSavePdf",
                             "actionFetchArticle", "actionHighlight", "actionHighlightNote"})
        action(QString::fromLatin1(name))->setEnabled(postId != 0);
    QAction *bookmark = action(QStringLiteral("actionBookmark"));
    bookmark->setChecked(postId && m_bookmarksModel->rowOfPost(postId) >= 0);
    bookmark->setText(bookmark->isChecked() ? tr("Remove &Bookmark") : tr("&Bookmark Post"));
    const auto state =
        postId ? ReadingStateRepository(m_library->connection()).get(postId) : std::nullopt;
    action(QStringLiteral("actionMarkRead"))->setChecked(state && state->isRead);
    action(QStringLiteral("actionCloseTab"))->setEnabled(m_tabs->count() > 0);
    action(QStringLiteral("actionReopenTab"))->setEnabled(!m_closedTabs.isEmpty());
}

void MainWindow::updateStatus()
{
    const QSqlDatabase db = m_library->connection();
    const int posts = PostRepository(db).count();
    const int read = ReadingStateRepository(db).readCount();
    const int series = m_treeModel->rowCount(m_treeModel->index(LibraryTreeModel::SeriesRow, 0));
    m_sizeLabel->setText((posts == 1 ? tr("1 post") : tr("%1 posts").arg(posts)) +
                         QStringLiteral(" \u00b7 ") + tr("%1 series").arg(series) +
                         QStringLiteral(" \u00b7 ") + tr("%1 read").arg(read));
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT title, location, imported_at FROM sources "
                              "WHERE imported_at IS NOT NULL ORDER BY imported_at DESC LIMIT 1")) &&
        q.next()) {
        const QString name = q.value(1).toString() == sampleLocation() ? tr("sample library")
                                                                       : q.value(0).toString();
        const QDateTime when = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong());
        m_importLabel->setText(
            tr("Last import: %1, %2").arg(name, QLocale().toString(when, QLocale::ShortFormat)));
        m_importLabel->setToolTip(q.value(1).toString());
    } else {
        m_importLabel->setText(tr("Nothing imported yet: File \u203a Import"));
    }
}

// ----------------------------------------------------------------------------------- commands

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return m_actions.value(objectName);
}

QList<QAction *> MainWindow::allActions() const
{
    return m_actions.values();
}

void MainWindow::goBack()
{
    if (ArticleView *view = currentView(); view && view->history()->canGoBack())
        view->back();
}

void MainWindow::goForward()
{
    if (ArticleView *view = currentView(); view && view->history()->canGoForward())
        view->forward();
}

void MainWindow::goNeighbour(bool next)
{
    ArticleView *view = currentView();
    if (!view || !view->postId())
        return;
    const Neighbours n = PostRepository(m_library->connection()).neighbours(view->postId());
    const auto &target = next ? n.next : n.previous;
    if (target)
        openPost(target->id);
    else
        statusBar()->showMessage(next ? tr("This is the last one.") : tr("This is the first one."),
                                 3000);
}

void MainWindow::toggleBookmark()
{
    ArticleView *view = currentView();
    if (!view || !view->postId())
        return;
    // Kept with the place the reader is at, to come back to it.
    m_bookmarksPanel->toggleBookmark(view->postId(), view->currentHeading(), view->position());
    updateActions();
}

void MainWindow::toggleRead()
{
    ArticleView *view = currentView();
    if (!view || !view->postId())
        return;
    const qint64 id = view->postId();
    ReadingStateRepository states(m_library->connection());
    const auto state = states.get(id);
    QString error;
    if (!states.setRead(id, !(state && state->isRead), &error))
        QMessageBox::warning(this, tr("Reading state"), error);
    m_postModel->refreshPost(id);
    m_seriesModel->refreshPost(id);
    updateActions();
    updateStatus();
}

void MainWindow::applySettings(const ReaderSettings &settings)
{
    const bool zoomChanged = !qFuzzyCompare(settings.zoom, m_settings.zoom);
    const bool pagesChanged =
        settings.theme != m_settings.theme || settings.codeTheme != m_settings.codeTheme ||
        settings.font != m_settings.font || settings.fontFamily != m_settings.fontFamily ||
        settings.fontSizePx != m_settings.fontSizePx ||
        settings.resolvedTheme() != m_articles->theme();
    m_settings = settings;
    m_settings.save();
    if (m_interceptor) { // WebEngine may not have started yet
        m_interceptor->setAllowRemoteImages(settings.allowRemoteImages);
        m_scheme->setAllowRemoteImages(settings.allowRemoteImages);
    }
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(settings.theme));
    if (pagesChanged) {
        m_articles->setSettings(settings);
        for (int i = 0; i < m_tabs->count(); ++i)
            if (ArticleView *view = viewAt(i); view && view->currentUrl().isValid())
                view->reload();
    }
    if (zoomChanged)
        for (int i = 0; i < m_tabs->count(); ++i)
            viewAt(i)->setZoomFactor(settings.zoom);
}

void MainWindow::setTheme(ReaderSettings::ThemeChoice theme)
{
    ReaderSettings s = m_settings;
    s.theme = theme;
    applySettings(s);
}

void MainWindow::cycleTheme()
{
    using T = ReaderSettings::ThemeChoice;
    switch (m_settings.theme) {
    case T::System:
        setTheme(T::Light);
        break;
    case T::Light:
        setTheme(T::Dark);
        break;
    case T::Dark:
        setTheme(T::Sepia);
        break;
    case T::Sepia:
        setTheme(T::System);
        break;
    }
    statusBar()->showMessage(tr("Theme: %1").arg(ReaderSettings::themeChoiceName(m_settings.theme)),
                             2000);
}

void MainWindow::zoomBy(double factor)
{
    ReaderSettings s = m_settings;
    s.zoom = factor == 0 ? 1.0 : std::clamp(m_settings.zoom * factor, 0.3, 4.0);
    applySettings(s);
    statusBar()->showMessage(tr("Zoom %1%").arg(qRound(s.zoom * 100)), 2000);
}

void MainWindow::chooseImport()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import a Search Index"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Hugo search index (*.json);;All files (*)"));
    if (!file.isEmpty())
        startImport(file);
}

void MainWindow::printArticle()
{
    ArticleView *view = currentView();
    if (!view || !view->postId())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

void MainWindow::printTo(std::shared_ptr<QPrinter> printer)
{
    ArticleView *view = currentView();
    if (!view || !view->postId()) {
        emit printed(false);
        return;
    }
    // Printed from a light-theme copy of the page, whatever the reader shows, in a view that
    // is never on screen.
    auto *printView = new QWebEngineView(m_profile, nullptr);
    printView->setAttribute(Qt::WA_DontShowOnScreen);
    printView->resize(900, 1200);
    printView->show();
    connect(printView, &QWebEngineView::loadFinished, this, [this, printView, printer](bool ok) {
        if (!ok) {
            statusBar()->showMessage(tr("Printing failed: the page did not load"), 5000);
            printView->deleteLater();
            emit printed(false);
            return;
        }
        connect(printView, &QWebEngineView::printFinished, this,
                [this, printView, printer](bool success) {
                    statusBar()->showMessage(
                        success ? tr("Sent to the printer") : tr("Printing failed"), 4000);
                    printView->deleteLater();
                    emit printed(success);
                });
        printView->print(printer.get());
    });
    printView->load(ArticleService::printUrlFor(view->postId()));
}

void MainWindow::savePdf()
{
    ArticleView *view = currentView();
    if (!view || !view->postId())
        return;
    QString name = view->title().simplified();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(name.left(80) + QStringLiteral(".pdf")),
        tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        savePdfTo(file);
}

void MainWindow::savePdfTo(const QString &file)
{
    ArticleView *view = currentView();
    if (!view || !view->postId()) {
        emit pdfSaved(file, false);
        return;
    }
    // A page of its own with the light theme, so the PDF is the same whatever the reader shows.
    auto *page = new QWebEnginePage(m_profile, this);
    connect(page, &QWebEnginePage::loadFinished, this, [this, page, file](bool ok) {
        if (!ok) {
            statusBar()->showMessage(tr("Saving the PDF failed: the page did not load"), 5000);
            page->deleteLater();
            emit pdfSaved(file, false);
            return;
        }
        page->printToPdf(file, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                           QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    });
    connect(page, &QWebEnginePage::pdfPrintingFinished, this,
            [this, page](const QString &path, bool success) {
                const QString native = QDir::toNativeSeparators(path);
                statusBar()->showMessage(success ? tr("Saved %1").arg(native)
                                                 : tr("Could not write %1").arg(native),
                                         5000);
                page->deleteLater();
                emit pdfSaved(path, success);
            });
    page->load(ArticleService::printUrlFor(view->postId()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_library->path(), this);
    if (dialog.exec() == QDialog::Accepted)
        applySettings(dialog.settings());
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_library->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copyLink()
{
    ArticleView *view = currentView();
    if (!view || !view->postId())
        return;
    if (const auto post = PostRepository(m_library->connection()).byId(view->postId())) {
        QGuiApplication::clipboard()->setText(post->permalink);
        statusBar()->showMessage(tr("Copied %1").arg(post->permalink), 3000);
    }
}

void MainWindow::openOriginal()
{
    ArticleView *view = currentView();
    if (!view || !view->postId())
        return;
    const auto post = PostRepository(m_library->connection()).byId(view->postId());
    if (!post)
        return;
    const QUrl url(post->permalink);
    if ((url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
        m_openExternal)
        m_openExternal(url);
    else
        statusBar()->showMessage(tr("This post has no web address"), 3000);
}

// ------------------------------------------------------------------------------------- import

bool MainWindow::importFile(const QString &path)
{
    if (m_importer->isRunning())
        return false;
    return m_importer->importFile(path);
}

void MainWindow::handleLaunch(const QStringList &files, const QString &openPermalink,
                              const QString &searchQuery)
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    m_launchImports += files;
    importNextLaunched();
    if (!openPermalink.isEmpty()) {
        if (!this->openPermalink(openPermalink, OpenMode::NewTab,
                                 searchQuery.split(u' ', Qt::SkipEmptyParts)))
            statusBar()->showMessage(tr("No post at %1").arg(openPermalink), 8000);
    } else if (!searchQuery.isEmpty()) {
        m_searchField->setText(searchQuery);
        m_searchField->setFocus();
    }
}

namespace {
// A saved RSS/Atom feed (XML) or JSON Feed, told apart from a Hugo index (a JSON array) by
// its first bytes.
bool isFeedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && QChar::isSpace(uchar(head.at(i))))
        ++i;
    if (i >= head.size())
        return false;
    return head.at(i) == '<' || (head.at(i) == '{' && head.contains("jsonfeed.org"));
}
} // namespace

void MainWindow::importNextLaunched()
{
    // One import at a time: the rest wait for importFinished().
    connect(this, &MainWindow::importFinished, this, &MainWindow::importNextLaunched,
            Qt::UniqueConnection);
    if (m_launchImports.isEmpty() || m_importer->isRunning())
        return;
    const QString path = m_launchImports.takeFirst();
    if (QFileInfo(path).isDir()) {
        importFolder(path);
    } else if (isFeedFile(path)) {
        // Feeds are sources followed by their web address; a saved copy has none.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Import"),
            tr("%1 is a feed (RSS, Atom or JSON Feed). Lectern follows feeds by their web "
               "address: add the feed's address as a source (lectern sources add URL) instead "
               "of a saved copy.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        startImport(path);
    }
    if (!m_importer->isRunning())
        importNextLaunched(); // it was refused with a message: go on with the next
}

void MainWindow::importFolder(const QString &path)
{
    // A Markdown folder becomes a source (re-imported when its files change); the window's
    // source manager does the work when there is one.
    auto *sources = findChild<SourceManager *>();
    if (!sources)
        sources = new SourceManager(*m_library, this);
    QString error;
    const qint64 id = sources->addFolder(path, QString(), false, &error);
    if (!id) {
        QMessageBox::warning(this, tr("Import"),
                             tr("%1 cannot be imported as a Markdown folder: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    const QString name = QFileInfo(path).fileName();
    auto *context = new QObject(this); // the connections below live until this source is done
    connect(sources, &SourceManager::progress, context,
            [this, id](qint64 source, int done, int total) {
                if (source == id)
                    importProgress(done, total);
            });
    connect(sources, &SourceManager::sourceFinished, context,
            [this, id, name, context](const RefreshResult &result) {
                if (result.sourceId != id)
                    return;
                context->deleteLater();
                importDone(
                    result.status == RefreshStatus::Ok || result.status == RefreshStatus::Unchanged,
                    name, result.summary, result.error, result.status == RefreshStatus::Cancelled);
            });
    importStarted(name);
}

void MainWindow::startImport(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        QMessageBox::warning(this, tr("Import"),
                             tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!importFile(path))
        QMessageBox::information(this, tr("Import"),
                                 tr("An import is already running (%1). Wait for it to finish "
                                    "or cancel it first.")
                                     .arg(m_importer->currentName()));
}

void MainWindow::importStarted(const QString &name)
{
    m_workLabel->setText(tr("Importing %1…").arg(name));
    m_progress->setRange(0, 0); // reading and checking the file: no count yet
    m_cancelWork->setEnabled(true);
    m_workLabel->show();
    m_progress->show();
    m_cancelWork->show();
    action(QStringLiteral("actionImport"))->setEnabled(false);
}

void MainWindow::importProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void MainWindow::importDone(bool ok, const QString &name, const ImportSummary &summary,
                            const QString &error, bool cancelled)
{
    m_workLabel->hide();
    m_progress->hide();
    m_cancelWork->hide();
    action(QStringLiteral("actionImport"))->setEnabled(true);
    const bool sample = name == tr("sample library");
    QString message;
    if (ok) {
        message = tr("Imported %1: %2.").arg(name, summary.text());
        libraryChanged();
        if (sample) {
            statusBar()->showMessage(message, 8000);
            // The first thing a new reader sees: how to drive Lectern.
            if (!currentView() || !currentView()->postId())
                openPermalink(QStringLiteral(
                    "https://lectern.example/posts/handbook/keyboard-and-navigation/"));
        } else {
            QString details = summary.text();
            if (summary.series || summary.links)
                details +=
                    u'\n' +
                    tr("%1 series, %2 links between posts").arg(summary.series).arg(summary.links);
            if (!summary.problems.isEmpty())
                details += u'\n' + tr("Skipped:") + u'\n' + summary.problems.join(u'\n');
            if (!summary.missingPermalinks.isEmpty())
                details += u'\n' + tr("Posts no longer in the file were kept, marked "
                                      "missing: %1.")
                                       .arg(summary.missingPermalinks.size());
            auto *box = new QMessageBox(QMessageBox::Information, tr("Import Finished"),
                                        tr("Imported %1.").arg(name), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("importSummary"));
            box->setInformativeText(details);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    } else if (cancelled) {
        message = tr("Import of %1 cancelled; the library is unchanged.").arg(name);
        statusBar()->showMessage(message, 8000);
    } else {
        message = error;
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Import Failed"),
                            tr("%1 could not be imported. The library is unchanged.").arg(name),
                            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importError"));
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit importFinished(ok, message);
}

void MainWindow::importSampleIfEmpty()
{
    if (PostRepository(m_library->connection()).count() > 0 || m_importer->isRunning())
        return;
    QFile sample(QStringLiteral(":/lectern/sample/sample-index.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return; // a build without the sample: the start page explains importing
    m_importer->importData(sample.readAll(), sampleLocation(), tr("sample library"));
}

void MainWindow::libraryChanged()
{
    m_articles->invalidate();
    m_treeModel->reload();
    m_postModel->reload();
    m_seriesModel->reload();
    m_bookmarksModel->reload();
    m_notesPanel->reload();
    m_libraryView->expand(m_treeModel->index(LibraryTreeModel::CategoriesRow, 0));
    m_libraryView->expand(m_treeModel->index(LibraryTreeModel::SeriesRow, 0));
    if (!m_searchField->text().trimmed().isEmpty())
        searchTextChanged(m_searchField->text());
    for (int i = 0; i < m_tabs->count(); ++i)
        if (ArticleView *view = viewAt(i); view && view->currentUrl().isValid())
            view->reload();
    updateStatus();
    updatePanels();
    updateActions();
}

// ------------------------------------------------------------------------------------ session

void MainWindow::restoreSession()
{
    QSettings s;
    if (m_options.restoreSession) {
        restoreGeometry(s.value(QLatin1String(SettingsKey::geometry)).toByteArray());
        restoreState(s.value(QLatin1String(SettingsKey::state)).toByteArray());
        m_splitter->restoreState(s.value(QLatin1String(SettingsKey::splitter)).toByteArray());
        const QStringList permalinks = s.value(QLatin1String(SettingsKey::tabs)).toStringList();
        m_sessionCurrent = s.value(QLatin1String(SettingsKey::currentTab), 0).toInt();
        const PostRepository posts(m_library->connection());
        for (const QString &permalink : permalinks)
            if (const auto post = posts.byPermalink(permalink))
                m_sessionTabs.append({ArticleService::urlFor(post->id), post->title});
    }
    if (!m_options.searchQuery.isEmpty())
        m_searchField->setText(m_options.searchQuery);
}

void MainWindow::saveSession() const
{
    QSettings s;
    s.setValue(QLatin1String(SettingsKey::geometry), saveGeometry());
    s.setValue(QLatin1String(SettingsKey::state), saveState());
    s.setValue(QLatin1String(SettingsKey::splitter), m_splitter->saveState());
    QStringList permalinks;
    int current = 0;
    const PostRepository posts(m_library->connection());
    if (!m_profile) {
        // WebEngine never started: the session is still the one read at startup.
        for (const auto &[url, title] : m_sessionTabs)
            if (const auto post = posts.byId(m_articles->postIdOf(url)))
                permalinks << post->permalink;
        current = m_sessionCurrent;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        const ArticleView *view = viewAt(i);
        QUrl url = view->currentUrl();
        if (!url.isValid())
            url = view->property("pendingUrl").toUrl();
        const qint64 id = m_articles->postIdOf(url);
        const auto post = id ? posts.byId(id) : std::nullopt;
        if (!post)
            continue;
        if (i == m_tabs->currentIndex())
            current = int(permalinks.size());
        permalinks << post->permalink;
    }
    s.setValue(QLatin1String(SettingsKey::tabs), permalinks);
    s.setValue(QLatin1String(SettingsKey::currentTab), current);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    m_notesPanel->flush();
    QMainWindow::closeEvent(event);
}

bool MainWindow::event(QEvent *event)
{
    const bool result = QMainWindow::event(event);
    if (event->type() == QEvent::UpdateRequest && !m_painted && isVisible()) {
        // The first paint is done: the window is on screen with its library tree.
        m_painted = true;
        if (qEnvironmentVariableIsSet("LECTERN_TIMING")) {
            std::fprintf(stderr,
                         "lectern timing: window shown with the library tree %lld ms after "
                         "process start\n",
                         static_cast<long long>(msSinceProcessStart()));
            connect(this, &MainWindow::articleLoaded, this, [](ArticleView *, qint64, bool) {
                static bool first = true;
                if (first)
                    std::fprintf(stderr,
                                 "lectern timing: first article loaded %lld ms after process "
                                 "start\n",
                                 static_cast<long long>(msSinceProcessStart()));
                first = false;
            });
        }
        QTimer::singleShot(0, this, &MainWindow::ensureWebEngine);
    }
    return result;
}

// ------------------------------------------------------------------------------------- events

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchField)
            return searchFieldKey(key) || QMainWindow::eventFilter(watched, event);
        // "/" focuses the search field from anywhere in this window but a text field.
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() == Qt::Key_Slash &&
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) &&
            widget && widget->window() == this && !isTextInput(QApplication::focusWidget())) {
            focusSearch();
            return true;
        }
        break;
    }
    case QEvent::ShortcutOverride: {
        // WebEngine claims keys it would use for editing (Ctrl+Shift+Left/Right extend a
        // selection by a word); in an article, which has nothing to edit, Lectern's own
        // commands come first. The override may reach WebEngine's render widget or its
        // offscreen window, so the check is on the focus, not on the receiver.
        QWidget *focused = QApplication::focusWidget();
        if (!focused || focused->window() != this)
            break;
        bool inArticle = false;
        for (QWidget *w = focused; w && !inArticle; w = w->parentWidget())
            inArticle = qobject_cast<ArticleView *>(w) != nullptr;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (inArticle && m_actionKeys.contains(QKeySequence(key->keyCombination()))) {
            event->ignore();
            return true;
        }
        break;
    }
    case QEvent::FileOpen:
        // macOS hands files opened with Lectern (Finder, `open -a Lectern FILE`) to the
        // application object rather than the command line.
        if (watched == qApp) {
            const QString file = static_cast<QFileOpenEvent *>(event)->file();
            if (!file.isEmpty()) {
                handleLaunch({file}, QString(), QString());
                return true;
            }
        }
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        // Index files dropped anywhere on the window are imported, wherever they land.
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != this)
            break;
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = droppedFiles(drop->mimeData());
        if (files.isEmpty())
            break;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        if (event->type() == QEvent::Drop) {
            if (files.size() > 1)
                statusBar()->showMessage(
                    tr("One file at a time: importing %1").arg(QFileInfo(files.first()).fileName()),
                    5000);
            const QString file = files.first();
            QTimer::singleShot(0, this, [this, file] { startImport(file); });
        }
        return true;
    }
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Lectern
