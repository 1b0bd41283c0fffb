#include "commandpalette.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <rapidfuzz/fuzz.hpp>

namespace Lectern {

namespace {
QString plain(QString text)
{
    // "&Import…" -> "Import…"; "&&" stays a literal ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

std::u16string u16(const QString &s)
{
    return std::u16string(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
}
} // namespace

CommandPalette::CommandPalette(QMenuBar *menus, QWidget *parent)
    : QFrame(parent)
    , m_menus(menus)
{
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Type a command"));
    m_field->setAccessibleName(tr("Command to run"));
    m_field->installEventFilter(this);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Commands"));
    m_list->setColumnCount(2);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    setFocusProxy(m_field);

    connect(m_field, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QTreeWidget::itemActivated, this, &CommandPalette::runCurrent);
    connect(m_list, &QTreeWidget::itemClicked, this, &CommandPalette::runCurrent);
    hide();
}

double CommandPalette::score(const QString &query, const QString &text)
{
    const QString q = query.trimmed().toCaseFolded();
    if (q.isEmpty())
        return 1;
    const QString t = text.toCaseFolded();
    // Whole words first: every query word must start a word of the text, or occur in it.
    const QStringList words = q.split(u' ', Qt::SkipEmptyParts);
    bool allWords = true;
    double wordScore = 0;
    for (const QString &w : words) {
        const qsizetype at = t.indexOf(w);
        if (at < 0) {
            allWords = false;
            break;
        }
        const bool wordStart = at == 0 || !t.at(at - 1).isLetterOrNumber();
        wordScore += wordStart ? 2 : 1;
    }
    if (allWords)
        return 100 + wordScore * 10 - t.size() / 100.0;
    // Then loose matches ("imprt"), through rapidfuzz.
    const double ratio = rapidfuzz::fuzz::partial_ratio(u16(q), u16(t));
    return ratio >= 75 ? ratio : 0;
}

void CommandPalette::collect()
{
    m_entries.clear();
    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString text = plain(a->text());
            if (a->menu()) {
                walk(a->menu(), path + text + QStringLiteral(" \u203a "));
                continue;
            }
            m_entries.append({a, path + text, text});
        }
    };
    for (QAction *top : m_menus->actions())
        if (top->menu())
            walk(top->menu(), plain(top->text()) + QStringLiteral(" \u203a "));
}

void CommandPalette::refilter()
{
    struct Scored
    {
        double score;
        int index;
    };
    QList<Scored> scored;
    const QString query = m_field->text();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (!e.action)
            continue;
        const double s = std::max(score(query, e.path), score(query, e.text) + 1);
        if (s > 0)
            scored.append({s, i});
    }
    if (!query.trimmed().isEmpty())
        std::stable_sort(scored.begin(), scored.end(),
                         [](const Scored &a, const Scored &b) { return a.score > b.score; });
    m_list->clear();
    for (const Scored &s : std::as_const(scored)) {
        const Entry &e = m_entries.at(s.index);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.path);
        item->setText(1, e.action->shortcut().toString(QKeySequence::NativeText));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, e.action->toolTip());
        item->setData(0, Qt::UserRole, s.index);
        if (!e.action->isEnabled())
            item->setDisabled(true);
    }
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (!m_list->topLevelItem(i)->isDisabled()) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
}

QList<QAction *> CommandPalette::shownActions() const
{
    QList<QAction *> actions;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const int index = m_list->topLevelItem(i)->data(0, Qt::UserRole).toInt();
        if (QAction *a = m_entries.value(index).action)
            actions.append(a);
    }
    return actions;
}

void CommandPalette::place()
{
    QWidget *host = parentWidget();
    const int width = std::min(640, std::max(320, host->width() - 40));
    const int height = std::min(420, std::max(200, host->height() - 80));
    setGeometry((host->width() - width) / 2, 48, width, height);
}

void CommandPalette::popup()
{
    m_returnFocus = QApplication::focusWidget();
    collect();
    m_field->clear();
    refilter();
    place();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

void CommandPalette::dismiss()
{
    hide();
    if (m_returnFocus)
        m_returnFocus->setFocus(Qt::OtherFocusReason);
}

void CommandPalette::runCurrent()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->isDisabled())
        return;
    QPointer<QAction> action = m_entries.value(item->data(0, Qt::UserRole).toInt()).action;
    dismiss();
    if (action && action->isEnabled())
        action->trigger();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::FocusOut) {
        // Clicking elsewhere closes the palette, as a popup would.
        const auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() == Qt::MouseFocusReason)
            hide();
    }
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Escape:
        dismiss();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runCurrent();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        // Move the selection while the cursor stays in the field.
        QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
        QApplication::sendEvent(m_list, &copy);
        return true;
    }
    default:
        break;
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Lectern
