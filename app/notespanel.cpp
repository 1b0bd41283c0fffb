#include "notespanel.h"

#include "models/notesmodel.h"
#include "notes/highlightanchorer.h"
#include "notes/markdown.h"
#include "notes/noteautosaver.h"
#include "render/syntaxrepository.h"
#include "store/library.h"
#include "store/posts.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QAction>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Lectern {

namespace {

enum Roles
{
    NoteIdRole = Qt::UserRole + 1,
    PostIdRole,
    HighlightIdRole,
    PermalinkRole,
    SearchTextRole
};

QString shortened(const QString &text, int max)
{
    QString s = text.simplified();
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

QString firstLine(const QString &body)
{
    for (const QStringView line : QStringView(body).split(u'\n'))
        if (!line.trimmed().isEmpty())
            return line.trimmed().toString();
    return {};
}

// A small square of the highlight's colour for the list.
QIcon swatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor c = QColor::fromString(color);
    painter.setBrush(c.isValid() ? c : QColor(Qt::yellow));
    painter.setPen(Qt::gray);
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

} // namespace

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    // The note being edited.
    auto *editorPart = new QWidget(splitter);
    auto *editorLayout = new QVBoxLayout(editorPart);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    m_title = new QLabel(editorPart);
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_backToPost = new QPushButton(tr("Post Note"), editorPart);
    m_backToPost->setObjectName(QStringLiteral("noteBackToPost"));
    m_backToPost->setToolTip(tr("Edit the note on the whole post"));
    m_backToPost->hide();
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_backToPost);
    editorLayout->addLayout(titleRow);

    m_tabs = new QTabWidget(editorPart);
    m_tabs->setAccessibleName(tr("Note editor and preview"));
    m_tabs->setDocumentMode(true);
    m_editor = new QPlainTextEdit(m_tabs);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note (Markdown)"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_preview = new QTextBrowser(m_tabs);
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_preview->setAccessibleName(tr("Note preview"));
    m_preview->setOpenExternalLinks(true);
    m_tabs->addTab(m_editor, tr("&Write"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    editorLayout->addWidget(m_tabs, 1);
    m_status = new QLabel(editorPart);
    m_status->setObjectName(QStringLiteral("noteStatus"));
    editorLayout->addWidget(m_status);

    // Markdown highlighting from KSyntaxHighlighting, in the theme that suits the palette.
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    highlighter->setTheme(syntaxRepository().themeForPalette(palette()));

    // The current post's highlights.
    auto *highlightsPart = new QWidget(splitter);
    auto *highlightsLayout = new QVBoxLayout(highlightsPart);
    highlightsLayout->setContentsMargins(0, 0, 0, 0);
    auto *highlightsLabel = new QLabel(tr("&Highlights in this post:"), highlightsPart);
    m_highlights = new QListWidget(highlightsPart);
    m_highlights->setObjectName(QStringLiteral("highlightsView"));
    m_highlights->setAccessibleName(tr("Highlights in this post"));
    m_highlights->setWordWrap(true);
    m_highlights->setContextMenuPolicy(Qt::ActionsContextMenu);
    highlightsLabel->setBuddy(m_highlights);
    m_noHighlights =
        new QLabel(tr("None yet: select text in the article and highlight it."), highlightsPart);
    m_noHighlights->setWordWrap(true);
    m_noHighlights->setEnabled(false);
    highlightsLayout->addWidget(highlightsLabel);
    highlightsLayout->addWidget(m_noHighlights);
    highlightsLayout->addWidget(m_highlights, 1);

    // Every note in the library.
    auto *allPart = new QWidget(splitter);
    auto *allLayout = new QVBoxLayout(allPart);
    allLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(allPart);
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_filter->setPlaceholderText(tr("Filter all notes"));
    m_filter->setAccessibleName(tr("Filter all notes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_all = new QTreeWidget(allPart);
    m_all->setObjectName(QStringLiteral("allNotesView"));
    m_all->setAccessibleName(tr("All notes, by post"));
    m_all->setHeaderHidden(true);
    m_all->setColumnCount(1);
    m_all->setUniformRowHeights(true);
    allLayout->addWidget(m_filter);
    allLayout->addWidget(m_all, 1);

    splitter->addWidget(editorPart);
    splitter->addWidget(highlightsPart);
    splitter->addWidget(allPart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &NotesPanel::updatePreview);
    m_treeTimer = new QTimer(this);
    m_treeTimer->setSingleShot(true);
    m_treeTimer->setInterval(0);
    connect(m_treeTimer, &QTimer::timeout, this, &NotesPanel::rebuildTree);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading || !m_autosaver)
            return;
        m_autosaver->setText(m_editor->toPlainText());
        m_status->setText(m_autosaver->isDirty() ? tr("Editing...") : tr("Saved"));
        if (m_tabs->currentWidget() == m_preview)
            m_previewTimer->start();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_preview)
            updatePreview();
    });
    connect(m_backToPost, &QPushButton::clicked, this, &NotesPanel::editPostNote);

    const auto addAction = [](QWidget *on, const QString &text, const QList<QKeySequence> &keys,
                              auto slot) {
        auto *a = new QAction(text, on);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(a, &QAction::triggered, on, slot);
        on->addAction(a);
    };
    addAction(m_highlights, tr("Edit &Note"),
              {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
              [this] { activateHighlightItem(m_highlights->currentItem()); });
    addAction(m_highlights, tr("&Show in Article"), {}, [this] {
        if (const qint64 id = currentHighlightItem())
            emit openRequested(m_postId,
                               m_highlights->currentItem()->data(PermalinkRole).toString(), id);
    });
    addAction(m_highlights, tr("&Remove Highlight"), {QKeySequence::Delete},
              [this] { removeHighlight(currentHighlightItem()); });
    connect(m_highlights, &QListWidget::itemDoubleClicked, this,
            &NotesPanel::activateHighlightItem);
    addAction(m_all, tr("&Open"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
              [this] { activateTreeItem(m_all->currentItem()); });
    connect(m_all, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { activateTreeItem(item); });
    connect(m_filter, &QLineEdit::textChanged, this, &NotesPanel::applyFilter);

    updateTitle();
    m_editor->setEnabled(false);
}

NotesPanel::~NotesPanel()
{
    flush();
}

void NotesPanel::setLibrary(Library *library)
{
    flush();
    delete m_autosaver;
    m_autosaver = nullptr;
    delete m_model;
    m_model = nullptr;
    m_library = library;
    m_postId = m_highlightId = 0;
    if (library) {
        m_autosaver = new NoteAutosaver(library->connection(), this);
        connect(m_autosaver, &NoteAutosaver::saved, this, [this] {
            m_status->setText(
                tr("Saved at %1")
                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            if (m_model)
                m_model->reload();
            if (m_highlightId)
                fillHighlights(); // the note shows in the highlight's tooltip
        });
        connect(m_autosaver, &NoteAutosaver::saveFailed, this, [this](const QString &error) {
            m_status->setText(tr("Not saved: %1").arg(error));
            emit message(tr("The note was not saved: %1").arg(error));
        });
        m_model = new NotesModel(library->connection(), this);
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_model, signal, this, &NotesPanel::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &NotesPanel::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPanel::scheduleRebuild);
    }
    loadEditor();
    fillHighlights();
    rebuildTree();
}

void NotesPanel::setCurrentPost(qint64 postId)
{
    if (postId == m_postId && !m_pendingPost)
        return;
    flush();
    m_postId = postId;
    m_highlightId = 0;
    if (m_pendingPost && m_pendingPost == postId)
        m_highlightId = m_pendingHighlight;
    m_pendingPost = m_pendingHighlight = 0;
    m_postTitle.clear();
    if (m_library && postId) {
        if (const auto post = PostRepository(m_library->connection()).byId(postId))
            m_postTitle = post->title;
        else
            m_postId = 0;
        // An import may have changed the text since the highlights were placed.
        QString error;
        if (m_postId &&
            !HighlightAnchorer(m_library->connection()).reanchorPost(m_postId, nullptr, &error))
            emit message(error);
    }
    loadEditor();
    fillHighlights();
}

void NotesPanel::loadEditor()
{
    m_loading = true;
    const QString text = m_autosaver ? m_autosaver->setTarget(m_postId, m_highlightId) : QString();
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End); // go on writing where the note ends
    m_loading = false;
    m_editor->setEnabled(m_autosaver && m_postId);
    m_editor->setPlaceholderText(!m_postId ? tr("Open a post to write a note on it.")
                                 : m_highlightId
                                     ? tr("A note on this highlight, in Markdown. It is saved as "
                                          "you type.")
                                     : tr("A note on this post, in Markdown. It is saved as you "
                                          "type."));
    m_status->clear();
    updateTitle();
    if (m_tabs->currentWidget() == m_preview)
        updatePreview();
}

void NotesPanel::updateTitle()
{
    m_backToPost->setVisible(m_highlightId != 0);
    if (!m_postId) {
        m_title->setText(tr("No post open"));
        return;
    }
    if (!m_highlightId) {
        m_title->setText(tr("Note on “%1”").arg(m_postTitle));
        return;
    }
    const auto h =
        m_library ? HighlightRepository(m_library->connection()).byId(m_highlightId) : std::nullopt;
    m_title->setText(tr("Note on the highlight “%1”").arg(shortened(h ? h->quote : QString(), 60)));
}

void NotesPanel::editPostNote()
{
    if (!m_highlightId)
        return;
    flush();
    m_highlightId = 0;
    loadEditor();
    fillHighlights();
}

void NotesPanel::editHighlightNote(qint64 highlightId)
{
    if (!m_library || !highlightId)
        return;
    const auto h = HighlightRepository(m_library->connection()).byId(highlightId);
    if (!h)
        return;
    if (h->postId != m_postId) {
        setCurrentPost(h->postId);
        if (m_postId != h->postId)
            return;
    }
    flush();
    m_highlightId = highlightId;
    loadEditor();
    fillHighlights();
    m_tabs->setCurrentWidget(m_editor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

std::optional<Highlight> NotesPanel::addHighlight(const TextQuote &selection, const QString &color,
                                                  const QString &note, QString *error)
{
    QString local;
    QString *err = error ? error : &local;
    if (!m_library || !m_postId) {
        *err = tr("no post is open");
        return std::nullopt;
    }
    auto h =
        HighlightAnchorer(m_library->connection()).create(m_postId, selection, color, note, err);
    if (!h) {
        emit message(tr("Not highlighted: %1").arg(*err));
        return std::nullopt;
    }
    fillHighlights();
    if (m_model && !note.trimmed().isEmpty())
        m_model->reload();
    emit highlightsChanged(m_postId);
    emit message(tr("Highlighted “%1”").arg(shortened(h->quote, 50)));
    return h;
}

bool NotesPanel::removeHighlight(qint64 highlightId)
{
    if (!m_library || !highlightId)
        return false;
    if (highlightId == m_highlightId) {
        // Its note goes with it: nothing to save, back to the post's note.
        m_highlightId = 0;
        m_loading = true;
        m_editor->clear();
        m_loading = false;
        if (m_autosaver)
            m_autosaver->setTarget(m_postId, 0);
    }
    QString error;
    if (!HighlightRepository(m_library->connection()).remove(highlightId, &error)) {
        emit message(error);
        return false;
    }
    loadEditor();
    fillHighlights();
    if (m_model)
        m_model->reload();
    emit highlightsChanged(m_postId);
    return true;
}

bool NotesPanel::flush()
{
    return !m_autosaver || m_autosaver->flush();
}

void NotesPanel::reload()
{
    if (m_library && m_postId) {
        QString error;
        HighlightAnchorer(m_library->connection()).reanchorPost(m_postId, nullptr, &error);
    }
    fillHighlights();
    if (m_model)
        m_model->reload();
    updateTitle();
}

void NotesPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void NotesPanel::showPreview(bool preview)
{
    m_tabs->setCurrentWidget(preview ? static_cast<QWidget *>(m_preview) : m_editor);
}

void NotesPanel::updatePreview()
{
    m_preview->setHtml(Markdown::toHtml(m_editor->toPlainText()));
}

qint64 NotesPanel::currentHighlightItem() const
{
    const QListWidgetItem *item = m_highlights->currentItem();
    return item ? item->data(HighlightIdRole).toLongLong() : 0;
}

void NotesPanel::fillHighlights()
{
    const qint64 current = currentHighlightItem();
    m_highlights->clear();
    // Shown while the open post has none (the list's own space stays for the layout).
    const auto hint =
        qScopeGuard([this] { m_noHighlights->setVisible(m_postId && m_highlights->count() == 0); });
    if (!m_library || !m_postId)
        return;
    const QString permalink = PostRepository(m_library->connection()).byId(m_postId)->permalink;
    QList<Highlight> placed, detached;
    for (const Highlight &h : HighlightRepository(m_library->connection()).forPost(m_postId))
        (h.detached ? detached : placed).append(h);
    const auto add = [&](const Highlight &h) {
        auto *item = new QListWidgetItem(m_highlights);
        QString text = QStringLiteral("“%1”").arg(shortened(h.quote, 90));
        if (!h.note.isEmpty())
            text += QStringLiteral("\n    ") + shortened(firstLine(h.note), 80);
        QString tip = h.quote;
        if (h.detached) {
            text = tr("Detached: %1").arg(text);
            tip = tr("No longer found in the post's text; kept as it was.\n\n%1").arg(tip);
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (!h.note.isEmpty())
            tip += QStringLiteral("\n\n") + h.note;
        item->setText(text);
        item->setToolTip(tip);
        item->setIcon(swatch(h.color));
        item->setData(HighlightIdRole, h.id);
        item->setData(PermalinkRole, permalink);
        if (h.id == m_highlightId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (h.id == current)
            m_highlights->setCurrentItem(item);
    };
    for (const Highlight &h : std::as_const(placed))
        add(h);
    for (const Highlight &h : std::as_const(detached))
        add(h);
}

void NotesPanel::activateHighlightItem(QListWidgetItem *item)
{
    if (item)
        editHighlightNote(item->data(HighlightIdRole).toLongLong());
}

void NotesPanel::scheduleRebuild()
{
    m_treeTimer->start();
}

void NotesPanel::rebuildTree()
{
    m_treeTimer->stop();
    const QTreeWidgetItem *currentItem = m_all->currentItem();
    const qint64 currentNote = currentItem ? currentItem->data(0, NoteIdRole).toLongLong() : 0;
    const qint64 currentPost = currentItem ? currentItem->data(0, PostIdRole).toLongLong() : 0;
    QSet<qint64> collapsed;
    for (int i = 0; i < m_all->topLevelItemCount(); ++i)
        if (!m_all->topLevelItem(i)->isExpanded())
            collapsed.insert(m_all->topLevelItem(i)->data(0, PostIdRole).toLongLong());
    const int scroll = m_all->verticalScrollBar()->value();

    m_all->clear();
    if (!m_model)
        return;
    QList<Note> notes;
    for (int row = 0; row < m_model->rowCount(); ++row)
        notes.append(m_model->noteAt(row));
    // By post title; in a post its own note first, then the highlights' notes by time.
    std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) {
        if (a.postId != b.postId) {
            const int c = QString::localeAwareCompare(a.title, b.title);
            return c != 0 ? c < 0 : a.postId < b.postId;
        }
        if ((a.highlightId == 0) != (b.highlightId == 0))
            return a.highlightId == 0;
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    QTreeWidgetItem *group = nullptr;
    QTreeWidgetItem *select = nullptr;
    for (const Note &n : std::as_const(notes)) {
        if (!group || group->data(0, PostIdRole).toLongLong() != n.postId) {
            group = new QTreeWidgetItem(m_all);
            group->setText(0, n.title);
            group->setToolTip(0, n.permalink);
            group->setData(0, PostIdRole, n.postId);
            group->setData(0, PermalinkRole, n.permalink);
            group->setData(0, SearchTextRole, n.title.toCaseFolded());
            QFont font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
            if (currentPost == n.postId && !currentNote)
                select = group;
        }
        auto *item = new QTreeWidgetItem(group);
        const QString line = shortened(firstLine(n.body), 80);
        item->setText(0, n.highlightId ? QStringLiteral("“%1” %2").arg(shortened(n.quote, 40), line)
                                       : line);
        item->setToolTip(0, n.highlightId ? n.quote + QStringLiteral("\n\n") + n.body : n.body);
        item->setData(0, NoteIdRole, n.id);
        item->setData(0, PostIdRole, n.postId);
        item->setData(0, HighlightIdRole, n.highlightId);
        item->setData(0, PermalinkRole, n.permalink);
        item->setData(0, SearchTextRole,
                      QStringList{n.title, n.body, n.quote}.join(u'\n').toCaseFolded());
        if (n.id == currentNote)
            select = item;
    }
    for (int i = 0; i < m_all->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_all->topLevelItem(i);
        top->setText(0, tr("%1 (%2)").arg(top->text(0)).arg(top->childCount()));
        top->setExpanded(!collapsed.contains(top->data(0, PostIdRole).toLongLong()));
    }
    if (select)
        m_all->setCurrentItem(select);
    applyFilter();
    m_all->verticalScrollBar()->setValue(scroll);
}

void NotesPanel::applyFilter()
{
    const QStringList words = m_filter->text().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    const auto matches = [&](const QTreeWidgetItem *item) {
        const QString text = item->data(0, SearchTextRole).toString();
        return std::all_of(words.cbegin(), words.cend(),
                           [&](const QString &w) { return text.contains(w); });
    };
    for (int i = 0; i < m_all->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_all->topLevelItem(i);
        int visible = 0;
        for (int j = 0; j < top->childCount(); ++j) {
            const bool show = matches(top->child(j));
            top->child(j)->setHidden(!show);
            visible += show ? 1 : 0;
        }
        top->setHidden(visible == 0);
        if (!words.isEmpty() && visible)
            top->setExpanded(true);
    }
}

void NotesPanel::activateTreeItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const qint64 postId = item->data(0, PostIdRole).toLongLong();
    const qint64 highlightId = item->data(0, HighlightIdRole).toLongLong();
    if (postId == m_postId) {
        if (highlightId)
            editHighlightNote(highlightId);
        else
            editPostNote();
    } else {
        // Edited as soon as the window has opened the post and told us (setCurrentPost).
        m_pendingPost = postId;
        m_pendingHighlight = highlightId;
    }
    emit openRequested(postId, item->data(0, PermalinkRole).toString(), highlightId);
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        flush(); // every focus change saves
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down) {
            m_all->setFocus(Qt::TabFocusReason);
            if (!m_all->currentItem() && m_all->topLevelItemCount())
                m_all->setCurrentItem(m_all->topLevelItem(0));
            return true;
        }
        if (key == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPanel::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

} // namespace Lectern
