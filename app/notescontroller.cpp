#include "notescontroller.h"

#include "articleview.h"
#include "notes/highlightanchorer.h"
#include "notespanel.h"
#include "pagebridge.h"
#include "store/library.h"
#include "store/posts.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Lectern {

NotesController::NotesController(Library *library, NotesPanel *panel, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_panel(panel)
    , m_window(window)
{
    connect(m_panel, &NotesPanel::highlightsChanged, this, &NotesController::redraw);
}

void NotesController::attach(ArticleView *view)
{
    m_views.append(view);
    connect(view, &QObject::destroyed, this, [this, view] {
        m_pending.remove(view);
        m_views.removeAll(nullptr);
    });
    connect(view, &ArticleView::articleLoaded, this, [this, view](qint64 postId, bool ok) {
        if (!ok || !postId)
            return;
        draw(view);
        if (const qint64 id = m_pending.take(view))
            view->scrollToHighlight(id);
    });
    connect(view, &ArticleView::highlightSelectionRequested, this,
            [this, view](bool withNote) { highlightSelection(view, withNote); });
    connect(view->bridge(), &PageBridge::highlightSelection, this,
            [this, view](const TextQuote &quote, int pageLength, bool withNote) {
                highlightQuote(view, quote, pageLength, withNote);
            });
    connect(view->bridge(), &PageBridge::highlightActivated, this, [this, view](qint64 id) {
        // The panel follows the current post; a click in the article edits that highlight's note.
        if (m_panel->currentPost() != view->postId())
            return;
        emit showNotesRequested();
        m_panel->editHighlightNote(id);
        view->scrollToHighlight(id);
    });
}

void NotesController::highlightSelection(ArticleView *view, bool withNote)
{
    if (!view || !view->postId()) {
        emit message(tr("Open a post and select the text to highlight."));
        return;
    }
    QPointer<ArticleView> target = view;
    view->selectionQuote([this, target, withNote](const TextQuote &quote, int pageLength) {
        if (!target)
            return;
        if (quote.exact.trimmed().isEmpty()) {
            emit message(tr("Select some text of the article to highlight it."));
            return;
        }
        highlightQuote(target, quote, pageLength, withNote);
    });
}

std::optional<qint64> NotesController::highlightQuote(ArticleView *view, TextQuote quote,
                                                      int pageLength, bool withNote)
{
    if (!view || !view->postId() || view->postId() != m_panel->currentPost())
        return std::nullopt;
    // The page's offsets count in its own text; scaled to the post's text they are a hint for
    // which occurrence was meant (prefix and suffix decide first).
    const auto post = PostRepository(m_library->connection()).byId(view->postId());
    if (!post)
        return std::nullopt;
    if (pageLength > 0 && quote.start >= 0 && quote.end > quote.start) {
        const double scale = double(post->content.size()) / pageLength;
        quote.start = int(quote.start * scale);
        quote.end = int(quote.end * scale);
    } else {
        quote.start = quote.end = -1;
    }
    const auto h = m_panel->addHighlight(quote);
    if (!h)
        return std::nullopt;
    if (withNote) {
        // Shown first: the editor takes the keyboard focus only when it is visible.
        emit showNotesRequested();
        m_panel->editHighlightNote(h->id);
    }
    return h->id;
}

void NotesController::showHighlight(ArticleView *view, qint64 highlightId)
{
    if (!view)
        return;
    if (view->isLoading())
        m_pending.insert(view, highlightId);
    else
        view->scrollToHighlight(highlightId);
}

void NotesController::redraw(qint64 postId)
{
    for (const QPointer<ArticleView> &view : std::as_const(m_views))
        if (view && view->postId() == postId && !view->isLoading())
            draw(view);
}

void NotesController::draw(ArticleView *view)
{
    view->drawHighlights(HighlightAnchorer(m_library->connection()).pageHighlights(view->postId()));
}

bool NotesController::exportNotes(ExportScope scope, const QList<qint64> &posts,
                                  const QString &folder, NotesExportSummary *summary,
                                  QString *error)
{
    // What is being typed belongs in the export.
    m_panel->flush();
    if (scope != ExportScope::All && posts.isEmpty()) {
        *error = scope == ExportScope::CurrentPost ? tr("no post is open")
                                                   : tr("there are no search results");
        return false;
    }
    NotesExporter exporter(m_library->connection());
    QList<qint64> ids = posts;
    if (scope == ExportScope::SearchResults) {
        // Only the results that have something to export; the others are no news.
        const QList<qint64> withNotes = exporter.postsWithNotes();
        ids.removeIf([&](qint64 id) { return !withNotes.contains(id); });
        if (ids.isEmpty()) {
            *error = tr("none of the %n search results has notes or highlights", nullptr,
                        int(posts.size()));
            return false;
        }
    } else if (scope == ExportScope::All && exporter.postsWithNotes().isEmpty()) {
        *error = tr("the library has no notes or highlights yet");
        return false;
    }
    const bool ok = exporter.exportToFolder(folder, ids, summary, error);
    if (ok)
        emit exported(folder, *summary);
    return ok;
}

void NotesController::chooseExport(qint64 currentPost, const QList<qint64> &resultPosts)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Export Notes"));
    dialog.setObjectName(QStringLiteral("exportNotesDialog"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *all = new QRadioButton(tr("&All notes and highlights"), &dialog);
    auto *post = new QRadioButton(tr("The &current post"), &dialog);
    auto *results = new QRadioButton(
        tr("The current &search results (%n posts)", nullptr, int(resultPosts.size())), &dialog);
    post->setEnabled(currentPost != 0);
    results->setEnabled(!resultPosts.isEmpty());
    all->setObjectName(QStringLiteral("exportAll"));
    post->setObjectName(QStringLiteral("exportPost"));
    results->setObjectName(QStringLiteral("exportResults"));
    all->setChecked(true);
    auto *scopes = new QButtonGroup(&dialog);
    scopes->addButton(all, int(ExportScope::All));
    scopes->addButton(post, int(ExportScope::CurrentPost));
    scopes->addButton(results, int(ExportScope::SearchResults));
    for (QRadioButton *b : {all, post, results})
        layout->addWidget(b);

    QSettings settings;
    const QString key = QStringLiteral("notes/exportFolder");
    auto *folderRow = new QHBoxLayout;
    auto *folder = new QLineEdit(&dialog);
    folder->setObjectName(QStringLiteral("exportFolder"));
    folder->setAccessibleName(tr("Export folder"));
    folder->setText(
        settings
            .value(key, QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .filePath(QStringLiteral("Lectern notes")))
            .toString());
    auto *choose = new QPushButton(tr("C&hoose…"), &dialog);
    connect(choose, &QPushButton::clicked, &dialog, [&dialog, folder] {
        const QString dir =
            QFileDialog::getExistingDirectory(&dialog, tr("Export Notes To"), folder->text());
        if (!dir.isEmpty())
            folder->setText(dir);
    });
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), &dialog);
    folderLabel->setBuddy(folder);
    form->addRow(folderLabel, folderRow);
    layout->addLayout(form);
    auto *about = new QLabel(tr("One Markdown file per post, for a notes app or any Markdown "
                                "viewer. A file you edited since the last export is kept; "
                                "Lectern's version is written beside it."),
                             &dialog);
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;

    const auto scope = ExportScope(scopes->checkedId());
    const QList<qint64> posts = scope == ExportScope::CurrentPost     ? QList<qint64>{currentPost}
                                : scope == ExportScope::SearchResults ? resultPosts
                                                                      : QList<qint64>{};
    const QString dir = folder->text().trimmed();
    NotesExportSummary summary;
    QString error;
    if (dir.isEmpty()) {
        error = tr("no folder was given");
    } else if (exportNotes(scope, posts, dir, &summary, &error)) {
        settings.setValue(key, dir);
        emit message(tr("Notes exported: %1").arg(summary.text()));
        QMessageBox box(QMessageBox::Information, tr("Notes Exported"),
                        tr("Exported to %1: %2").arg(QDir::toNativeSeparators(dir), summary.text()),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(summary.report());
        box.exec();
        return;
    }
    QMessageBox::warning(m_window, tr("Notes Not Exported"),
                         tr("The notes were not exported: %1").arg(error));
}

} // namespace Lectern
