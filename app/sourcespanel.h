#pragma once

#include "sourceadddialog.h"
#include "sources/sourcerefresher.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace Lectern {

class Library;
class SourceManager;
class SourcesModel;

// The Sources panel (a dock of the window): every source with its kind, address, post count,
// last refresh, status, sign-in and the last error or change counts, through SourcesModel.
// Add and Edit (SourceAddDialog: name, interval, sign-in), Remove, Refresh, Refresh All, Fetch All
// Articles, with a progress bar and Cancel while SourceManager works off the UI thread. Failures
// stay in their row and in the panel's status line, never a dialog each; a keychain that cannot be
// used shows a banner (the secret then lives in this process's memory for the session only).
class SourcesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(Library &library, QWidget *parent = nullptr);
    ~SourcesPanel() override;

    SourceManager *manager() const { return m_manager; }
    SourcesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLine() const { return m_status; }
    QLabel *keychainBanner() const { return m_banner; }
    QProgressBar *progressBar() const { return m_progress; }
    // The open "Add Source" dialog, for the tests (null when none is open).
    SourceAddDialog *addDialog() const { return m_addDialog; }

    qint64 selectedSource() const;
    void selectSource(qint64 sourceId);

public slots:
    // Opens the "Add Source" dialog (non-modal: the panel keeps showing progress).
    void addSource();
    // Opens the selected source in the same dialog: name, interval, sign-in.
    void editSelected();
    void removeSelected();
    void refreshSelected();
    void refreshAll();
    void fetchAllSelected();
    // "Fetch Full Article" of a post, from the window's Post menu.
    void fetchArticle(qint64 postId);

signals:
    // Posts were added, changed or marked gone: the window reloads its models and pages.
    void libraryChanged();
    // One line for the window's status bar.
    void message(const QString &text);

private:
    void addFromDialog();
    void saveFromDialog(qint64 sourceId);
    void updateButtons();
    void setStatus(const QString &text, bool problem = false);
    void showKeychainBanner(const QString &text);
    void refreshFinished(const RefreshResult &result);
    void articlesFinished(qint64 sourceId, const ArticleFetchResult &result);
    void addFailed(const QUrl &url, const QString &error, bool needsCredentials);

    Library &m_library;
    SourceManager *m_manager = nullptr;
    SourcesModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_refreshAll = nullptr;
    QPushButton *m_fetchAll = nullptr;
    QPointer<SourceAddDialog> m_addDialog;
    // The last dialog's entries, kept (without the secret) to reopen it after a refusal.
    QString m_pendingLocation;
};

} // namespace Lectern
