#include "sourcespanel.h"

#include "models/sourcesmodel.h"
#include "sourceadddialog.h"
#include "sources/sourcemanager.h"
#include "sources/sourcesecrets.h"
#include "store/library.h"
#include "store/sql.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace Lectern {

SourcesPanel::SourcesPanel(Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("sourcesPanel"));
    m_manager = new SourceManager(library, this);
    m_model = new SourcesModel(library.connection(), this);
    m_model->attach(m_manager);

    // Not a dialog: a keychain that cannot be reached is news once, while sources keep working.
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("keychainBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel#keychainBanner { background: #fff3cd; color: #5c4500; border: 1px solid #e8c65a;"
        " border-radius: 4px; padding: 6px; }"));
    m_banner->hide();

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(SourcesModel::NameColumn, 150);
    m_view->setColumnWidth(SourcesModel::KindColumn, 130);
    m_view->setColumnWidth(SourcesModel::AddressColumn, 220);
    m_view->setColumnWidth(SourcesModel::PostsColumn, 50);
    m_view->setColumnWidth(SourcesModel::LastRefreshColumn, 165);
    m_view->setColumnWidth(SourcesModel::StatusColumn, 130);
    m_view->setColumnWidth(SourcesModel::AuthColumn, 150);
    m_view->setAccessibleName(tr("Sources"));

    const auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_add = button(QStringLiteral("sourceAdd"), tr("&Add…"),
                   tr("Add a blog by its address, a feed, an index.json or a Markdown folder"));
    m_edit = button(QStringLiteral("sourceEdit"), tr("&Edit…"),
                    tr("Rename the source, change its refresh interval or how it signs in"));
    m_remove = button(QStringLiteral("sourceRemove"), tr("&Remove"),
                      tr("Remove the source and its posts from the library"));
    m_refresh = button(QStringLiteral("sourceRefresh"), tr("Re&fresh"),
                       tr("Fetch the selected source now"));
    m_refreshAll = button(QStringLiteral("sourceRefreshAll"), tr("Refresh A&ll"),
                          tr("Fetch every source now"));
    m_fetchAll = button(QStringLiteral("sourceFetchAll"), tr("Fetch All Ar&ticles"),
                        tr("Download the full article page of every post that has only index "
                           "text or a summary (one page a second)"));
    connect(m_add, &QPushButton::clicked, this, &SourcesPanel::addSource);
    connect(m_edit, &QPushButton::clicked, this, &SourcesPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPanel::removeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &SourcesPanel::refreshSelected);
    connect(m_refreshAll, &QPushButton::clicked, this, &SourcesPanel::refreshAll);
    connect(m_fetchAll, &QPushButton::clicked, this, &SourcesPanel::fetchAllSelected);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_refresh, m_refreshAll, m_fetchAll})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sourcesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sourcesProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("sourcesCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop: the source keeps what it had"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_manager, &SourceManager::cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);

    connect(m_view, &QTableView::activated, this, &SourcesPanel::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SourcesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SourcesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SourcesPanel::updateButtons);
    connect(m_manager, &SourceManager::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        updateButtons();
    });
    connect(m_manager, &SourceManager::sourceStarted, this, [this](qint64 id, const QString &name) {
        m_progress->setRange(0, 0); // busy until the first progress report
        setStatus(id ? tr("Refreshing %1…").arg(name) : tr("Looking at %1…").arg(name));
    });
    connect(m_manager, &SourceManager::progress, this, [this](qint64, int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_manager, &SourceManager::sourceFinished, this, &SourcesPanel::refreshFinished);
    connect(m_manager, &SourceManager::articlesFinished, this, &SourcesPanel::articlesFinished);
    connect(m_manager, &SourceManager::addFailed, this, &SourcesPanel::addFailed);
    connect(m_manager, &SourceManager::sourceAdded, this,
            [this](qint64 id, const RefreshResult &first) {
                m_model->reload(); // the manager announces the new row only after this
                selectSource(id);
                setStatus(tr("Added. %1").arg(first.message()));
                emit message(first.message());
                emit libraryChanged();
            });
    connect(m_manager, &SourceManager::keychainUnavailable, this,
            &SourcesPanel::showKeychainBanner);
    setStatus(m_model->rowCount() ? tr("Sources refresh by their interval while Lectern runs.")
                                  : tr("No sources yet: add a blog with Add…"));
    updateButtons();
    m_manager->setWatchFolders(true);
    m_manager->setAutoRefresh(true);
}

SourcesPanel::~SourcesPanel() = default;

qint64 SourcesPanel::selectedSource() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->sourceIdAt(rows.first().row());
}

void SourcesPanel::selectSource(qint64 sourceId)
{
    const int row = m_model->rowOf(sourceId);
    if (row >= 0)
        m_view->selectRow(row);
}

void SourcesPanel::addSource()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    m_addDialog = new SourceAddDialog(this);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_pendingLocation.isEmpty())
        m_addDialog->setLocation(std::exchange(m_pendingLocation, QString()));
    connect(m_addDialog, &QDialog::accepted, this, &SourcesPanel::addFromDialog);
    m_addDialog->open();
}

void SourcesPanel::editSelected()
{
    const qint64 id = selectedSource();
    if (!id || m_addDialog)
        return;
    m_addDialog = new SourceAddDialog(this);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_addDialog->editSource(m_model->sourceAt(m_model->rowOf(id)));
    connect(m_addDialog, &QDialog::accepted, this, [this, id] { saveFromDialog(id); });
    m_addDialog->open();
}

void SourcesPanel::saveFromDialog(qint64 sourceId)
{
    const SourceAddDialog *d = m_addDialog;
    const int row = m_model->rowOf(sourceId);
    if (!d || row < 0)
        return;
    const Source before = m_model->sourceAt(row);
    QString error;
    if (d->name() != before.name && !m_manager->rename(sourceId, d->name(), &error)) {
        setStatus(error, true);
        return;
    }
    if (d->refreshMinutes() != before.refreshMinutes &&
        !m_manager->setRefreshMinutes(sourceId, d->refreshMinutes(), &error)) {
        setStatus(error, true);
        return;
    }
    const bool signInChanged = d->auth() != before.auth || !d->secret().isEmpty();
    if (signInChanged && before.isRemote()) {
        QString message;
        // false: the keychain refused and the secret is kept for this session (the banner
        // says so, through keychainUnavailable()), or the source is gone.
        if (!m_manager->setSecret(sourceId, d->auth(), d->secret(), &message) &&
            !SourceSecrets::hasSessionSecret(before.secretKey())) {
            setStatus(message, true);
            return;
        }
        m_manager->refresh({sourceId}); // try the new sign-in at once
    }
    setStatus(tr("Saved %1.").arg(m_model->sourceAt(m_model->rowOf(sourceId)).displayName()));
}

void SourcesPanel::addFromDialog()
{
    const SourceAddDialog *d = m_addDialog;
    if (!d)
        return;
    if (d->isFolder()) {
        QString error;
        const qint64 id =
            m_manager->addFolder(d->location(), d->name(), d->includeDrafts(), &error);
        if (!id) {
            setStatus(error, true);
            return;
        }
        selectSource(id);
        return;
    }
    const QUrl url = QUrl::fromUserInput(d->location());
    setStatus(tr("Looking at %1…").arg(url.toDisplayString()));
    m_manager->addUrl(url, d->name(), d->auth(), d->secret(), d->refreshMinutes());
}

void SourcesPanel::addFailed(const QUrl &url, const QString &error, bool needsCredentials)
{
    setStatus(tr("%1 was not added: %2").arg(url.toDisplayString(), error), true);
    if (!needsCredentials)
        return;
    // Ask again with the sign-in fields out, the address kept (the secret never is).
    m_pendingLocation = url.toString();
    addSource();
    m_addDialog->setAuth(AuthKind::Basic);
    m_addDialog->setMessage(tr("%1 needs credentials: choose how to sign in.").arg(url.host()));
}

void SourcesPanel::removeSelected()
{
    const qint64 id = selectedSource();
    if (!id)
        return;
    const Source source = m_model->sourceAt(m_model->rowOf(id));
    const auto answer = QMessageBox::question(
        this, tr("Remove Source"),
        tr("Remove \"%1\" and its %n post(s) from the library? Their bookmarks, highlights and "
           "notes go with them.",
           nullptr, source.postCount + source.missingCount)
            .arg(source.displayName()));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!m_manager->removeSource(id, &error)) {
        setStatus(error, true);
        return;
    }
    setStatus(tr("Removed %1.").arg(source.displayName()));
    emit libraryChanged();
}

void SourcesPanel::refreshSelected()
{
    if (const qint64 id = selectedSource())
        m_manager->refresh({id});
}

void SourcesPanel::refreshAll()
{
    m_manager->refreshAll();
}

void SourcesPanel::fetchAllSelected()
{
    if (const qint64 id = selectedSource())
        m_manager->fetchArticles(id);
}

void SourcesPanel::fetchArticle(qint64 postId)
{
    const qint64 sourceId =
        Sql::scalar(m_library.connection(),
                    QStringLiteral("SELECT source_id FROM posts WHERE id = ?"), {postId})
            .toLongLong();
    const int row = m_model->rowOf(sourceId);
    if (row < 0 || !m_model->sourceAt(row).isRemote()) {
        setStatus(tr("This post has no web page of its own to fetch."), true);
        return;
    }
    setStatus(tr("Fetching the article…"));
    m_manager->fetchArticles(sourceId, {postId});
}

void SourcesPanel::refreshFinished(const RefreshResult &result)
{
    const bool failed =
        result.status == RefreshStatus::Failed || result.status == RefreshStatus::NeedsCredentials;
    setStatus(result.message(), failed);
    emit message(result.message());
    if (result.status == RefreshStatus::Ok)
        emit libraryChanged();
}

void SourcesPanel::articlesFinished(qint64, const ArticleFetchResult &result)
{
    QString text = result.message();
    if (!result.problems.isEmpty())
        text += u'\n' + result.problems.first();
    setStatus(text, result.failed > 0);
    emit message(result.message());
    if (result.fetched > 0 || result.unchanged > 0)
        emit libraryChanged();
}

void SourcesPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

void SourcesPanel::showKeychainBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
}

void SourcesPanel::updateButtons()
{
    const qint64 id = selectedSource();
    const Source source = id ? m_model->sourceAt(m_model->rowOf(id)) : Source();
    m_edit->setEnabled(id && source.isRefreshable());
    m_remove->setEnabled(id && m_manager->currentSource() != id);
    m_refresh->setEnabled(id && source.isRefreshable());
    m_refreshAll->setEnabled(m_model->rowCount() > 0);
    m_fetchAll->setEnabled(id && source.isRemote());
}

} // namespace Lectern
