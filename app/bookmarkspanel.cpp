#include "bookmarkspanel.h"

#include "models/bookmarksmodel.h"
#include "store/library.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Lectern {

// Sorting and filtering over BookmarksModel (its strings in the panel's translation context:
// a plain tr() here would be QSortFilterProxyModel's): the order the panel's combo box chooses,
// every word of the filter found in the title, label, category or permalink.
class BookmarksPanel::SortFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    SortOrder order = SortOrder::Time;

    void setWords(const QString &text)
    {
        const QStringList words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
        if (words == m_words)
            return;
        m_words = words;
        invalidateRowsFilter();
    }

    void setOrder(SortOrder o)
    {
        order = o;
        invalidate();
        sort(0);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        const QString title = source.data(BookmarksModel::TitleRole).toString();
        const QString label = source.data(BookmarksModel::LabelRole).toString();
        if (role == Qt::DisplayRole) {
            QString text = label.isEmpty()
                               ? title
                               : QCoreApplication::translate("Lectern::BookmarksPanel", "%1 — %2")
                                     .arg(title, label);
            if (order == SortOrder::Category)
                text = QStringLiteral("[%1] %2").arg(
                    source.data(BookmarksModel::CategoryRole).toString(), text);
            return text;
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines{title};
            if (!label.isEmpty())
                lines.append(
                    QCoreApplication::translate("Lectern::BookmarksPanel", "Label: %1").arg(label));
            const QString category = source.data(BookmarksModel::CategoryRole).toString();
            if (!category.isEmpty())
                lines.append(QCoreApplication::translate("Lectern::BookmarksPanel", "Category: %1")
                                 .arg(category));
            const Bookmark b = model().bookmarkAt(source.row());
            if (!b.anchor.isEmpty() || b.position > 0)
                lines.append(QCoreApplication::translate("Lectern::BookmarksPanel", "Opens at: %1")
                                 .arg(b.anchor.isEmpty()
                                          ? QCoreApplication::translate("Lectern::BookmarksPanel",
                                                                        "%1% down the page")
                                                .arg(qRound(b.position * 100))
                                          : u'#' + b.anchor));
            lines.append(
                QCoreApplication::translate("Lectern::BookmarksPanel", "Added %1")
                    .arg(QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat)));
            return lines.join(u'\n');
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_words.isEmpty())
            return true;
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        const QString haystack = QStringList{i.data(BookmarksModel::TitleRole).toString(),
                                             i.data(BookmarksModel::LabelRole).toString(),
                                             i.data(BookmarksModel::CategoryRole).toString(),
                                             i.data(BookmarksModel::PermalinkRole).toString()}
                                     .join(u' ')
                                     .toCaseFolded();
        for (const QString &word : m_words)
            if (!haystack.contains(word))
                return false;
        return true;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const auto created = [](const QModelIndex &i) {
            return i.data(BookmarksModel::CreatedRole).toDateTime();
        };
        const auto text = [](const QModelIndex &i, int role) { return i.data(role).toString(); };
        const auto byTitle = [&] {
            const int c = QString::localeAwareCompare(text(left, BookmarksModel::TitleRole),
                                                      text(right, BookmarksModel::TitleRole));
            if (c != 0)
                return c < 0;
            return created(left) > created(right);
        };
        switch (order) {
        case SortOrder::Title:
            return byTitle();
        case SortOrder::Category: {
            const int c = QString::localeAwareCompare(text(left, BookmarksModel::CategoryRole),
                                                      text(right, BookmarksModel::CategoryRole));
            return c != 0 ? c < 0 : byTitle();
        }
        case SortOrder::Time:
        default:
            if (created(left) != created(right))
                return created(left) > created(right);
            // The store's order for equal times: the larger id first.
            return left.data(BookmarksModel::BookmarkIdRole).toLongLong() >
                   right.data(BookmarksModel::BookmarkIdRole).toLongLong();
        }
    }

private:
    const BookmarksModel &model() const
    {
        return *static_cast<const BookmarksModel *>(sourceModel());
    }

    QStringList m_words;
};

BookmarksPanel::BookmarksPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bookmarksPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("bookmarksFilter"));
    m_filter->setPlaceholderText(tr("Filter bookmarks"));
    m_filter->setAccessibleName(tr("Filter bookmarks"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("bookmarksSort"));
    m_sort->setAccessibleName(tr("Sort bookmarks by"));
    m_sort->addItem(tr("Newest first"), int(SortOrder::Time));
    m_sort->addItem(tr("By title"), int(SortOrder::Title));
    m_sort->addItem(tr("By category"), int(SortOrder::Category));
    top->addWidget(m_filter, 1);
    top->addWidget(m_sort);
    layout->addLayout(top);

    m_proxy = new SortFilter(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("bookmarksView"));
    m_view->setAccessibleName(tr("Bookmarks"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long titles are elided
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);

    m_undoBar = new QWidget(this);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setWordWrap(true);
    m_undoButton = new QPushButton(tr("&Undo"), m_undoBar);
    m_undoButton->setObjectName(QStringLiteral("bookmarksUndo"));
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undoButton);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);
    connect(m_undoButton, &QPushButton::clicked, this, &BookmarksPanel::undoRemove);

    // Keys of the list (only there: in the filter field Delete and Ctrl+Z edit the text).
    const auto addAction = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, m_view);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        return a;
    };
    addAction(tr("&Open"), {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
              &BookmarksPanel::openCurrent);
    addAction(tr("Edit &Label..."), {QKeySequence(Qt::Key_F2)},
              [this] { editLabel(currentBookmarkId()); });
    addAction(tr("&Remove"), {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)},
              [this] { removeBookmark(currentBookmarkId()); });
    addAction(tr("&Undo Remove"), {QKeySequence::Undo}, &BookmarksPanel::undoRemove);
    connect(m_view, &QListView::doubleClicked, this, &BookmarksPanel::openCurrent);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setWords(text); });
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOrder(SortOrder(m_sort->currentData().toInt())); });
    setFocusProxy(m_filter);
}

BookmarksPanel::~BookmarksPanel() = default;

void BookmarksPanel::setLibrary(Library *library, BookmarksModel *model)
{
    m_library = library;
    m_removed.clear();
    updateUndoBar();
    if (m_ownsModel)
        delete m_model;
    m_ownsModel = !model && library;
    m_model = model ? model : (library ? new BookmarksModel(library->connection(), this) : nullptr);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0);
}

QSortFilterProxyModel *BookmarksPanel::proxy() const
{
    return m_proxy;
}

BookmarksPanel::SortOrder BookmarksPanel::sortOrder() const
{
    return m_proxy->order;
}

void BookmarksPanel::setSortOrder(SortOrder order)
{
    m_sort->setCurrentIndex(m_sort->findData(int(order)));
}

void BookmarksPanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

qint64 BookmarksPanel::currentBookmarkId() const
{
    return m_view->currentIndex().data(BookmarksModel::BookmarkIdRole).toLongLong();
}

void BookmarksPanel::selectBookmark(qint64 bookmarkId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(bookmarkId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void BookmarksPanel::reportError(const QString &error)
{
    emit message(tr("Bookmark: %1").arg(error));
}

bool BookmarksPanel::toggleBookmark(qint64 postId, const QString &anchor, double position)
{
    if (!m_model || !m_library || !postId)
        return false;
    if (const int row = m_model->rowOfPost(postId); row >= 0) {
        removeBookmark(m_model->bookmarkAt(row).id);
        return false;
    }
    QString error;
    const auto added = BookmarkRepository(m_library->connection())
                           .add(postId, QString(), anchor, std::clamp(position, 0.0, 1.0), &error);
    if (!added) {
        reportError(error);
        return false;
    }
    m_model->reload();
    selectBookmark(added->id);
    emit message(tr("Bookmarked “%1” (F2 in the Bookmarks panel adds a label)").arg(added->title));
    return true;
}

bool BookmarksPanel::bookmarkWithLabel(qint64 postId, const QString &anchor, double position)
{
    if (!m_model || !m_library || !postId)
        return false;
    const int row = m_model->rowOfPost(postId);
    const Bookmark existing = m_model->bookmarkAt(row);
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Bookmark"), tr("Label (optional):"),
                                                QLineEdit::Normal, existing.label, &ok);
    if (!ok)
        return false;
    BookmarkRepository bookmarks(m_library->connection());
    QString error;
    if (row >= 0) {
        if (!bookmarks.setPlace(existing.id, anchor, std::clamp(position, 0.0, 1.0), &error) ||
            !m_model->setLabel(existing.id, label, &error)) {
            reportError(error);
            return false;
        }
        m_model->reload();
        selectBookmark(existing.id);
        return true;
    }
    const auto added = bookmarks.add(postId, label, anchor, std::clamp(position, 0.0, 1.0), &error);
    if (!added) {
        reportError(error);
        return false;
    }
    m_model->reload();
    selectBookmark(added->id);
    emit message(tr("Bookmarked “%1”").arg(added->title));
    return true;
}

void BookmarksPanel::editLabel(qint64 bookmarkId)
{
    if (!m_model || !bookmarkId)
        return;
    const Bookmark b = m_model->bookmarkAt(m_model->rowOf(bookmarkId));
    bool ok = false;
    const QString label =
        QInputDialog::getText(this, tr("Bookmark Label"), tr("Label for “%1”:").arg(b.title),
                              QLineEdit::Normal, b.label, &ok);
    if (ok)
        setLabel(bookmarkId, label);
}

bool BookmarksPanel::setLabel(qint64 bookmarkId, const QString &label)
{
    QString error;
    if (!m_model || !m_model->setLabel(bookmarkId, label, &error)) {
        reportError(error);
        return false;
    }
    selectBookmark(bookmarkId);
    return true;
}

bool BookmarksPanel::removeBookmark(qint64 bookmarkId)
{
    if (!m_model || !bookmarkId)
        return false;
    const int row = m_model->rowOf(bookmarkId);
    if (row < 0)
        return false;
    const Bookmark removed = m_model->bookmarkAt(row);
    const int viewRow = m_view->currentIndex().row();
    QString error;
    if (!m_model->removeBookmark(bookmarkId, &error)) {
        reportError(error);
        return false;
    }
    m_removed.append(removed);
    // Keep the keyboard where it was: the next row takes the removed one's place.
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(std::clamp(viewRow, 0, m_proxy->rowCount() - 1), 0));
    updateUndoBar();
    emit message(tr("Removed the bookmark on “%1” (Ctrl+Z in the Bookmarks panel undoes it)")
                     .arg(removed.title));
    return true;
}

bool BookmarksPanel::undoRemove()
{
    if (m_removed.isEmpty() || !m_library || !m_model)
        return false;
    const Bookmark b = m_removed.takeLast();
    QString error;
    const auto restored = BookmarkRepository(m_library->connection()).restore(b, &error);
    updateUndoBar();
    if (!restored) {
        reportError(error);
        return false;
    }
    m_model->reload();
    selectBookmark(restored->id);
    emit message(tr("Restored the bookmark on “%1”").arg(restored->title));
    return true;
}

void BookmarksPanel::updateUndoBar()
{
    m_undoBar->setVisible(!m_removed.isEmpty());
    if (!m_removed.isEmpty())
        m_undoLabel->setText(tr("Removed “%1”").arg(m_removed.last().title));
}

void BookmarksPanel::openCurrent()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        index = m_proxy->index(0, 0);
    if (!index.isValid() || !m_model)
        return;
    const Bookmark b = m_model->bookmarkAt(m_proxy->mapToSource(index).row());
    if (b.id)
        emit openRequested(b.postId, b.permalink, b.anchor, b.position);
}

bool BookmarksPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            if (m_proxy->rowCount() > 0) {
                if (!m_view->currentIndex().isValid())
                    m_view->setCurrentIndex(m_proxy->index(0, 0));
                m_view->setFocus(Qt::TabFocusReason);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Escape:
            if (!m_filter->text().isEmpty()) {
                m_filter->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Lectern
