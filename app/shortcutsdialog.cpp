#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <functional>

namespace Lectern {

namespace {
QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    resize(620, 640);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter shortcuts"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::refilter);
    fill(menus);
    m_filter->setFocus();
}

void ShortcutsDialog::fill(QMenuBar *menus)
{
    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    group(tr("Search field"));
    const QList<std::pair<QString, QString>> searchKeys{
        {tr("Move through the results"), tr("Up, Down, Page Up, Page Down")},
        {tr("Open the selected result"), tr("Enter")},
        {tr("Open it in a new tab"), tr("Ctrl+Enter")},
        {tr("Clear the search, then return to the article"), tr("Esc")},
        {tr("Focus the search field from anywhere but a text field"), tr("/")},
    };
    for (const auto &[what, keys] : searchKeys)
        new QTreeWidgetItem(m_list, {what, keys});

    std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
        QTreeWidgetItem *header = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            if (a->menu()) {
                walk(a->menu(), path + QStringLiteral(" \u203a ") + plain(a->text()));
                continue;
            }
            if (!header)
                header = group(path);
            new QTreeWidgetItem(m_list, {plain(a->text()), keysOf(a)});
        }
    };
    for (QAction *top : menus->actions())
        if (top->menu())
            walk(top->menu(), plain(top->text()));
}

void ShortcutsDialog::refilter(const QString &text)
{
    // Rows that match stay, with the group header above them.
    const QString needle = text.trimmed();
    QTreeWidgetItem *header = nullptr;
    bool headerHasRows = false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->isFirstColumnSpanned()) {
            if (header)
                header->setHidden(!headerHasRows);
            header = item;
            headerHasRows = false;
            continue;
        }
        const bool match = needle.isEmpty() ||
                           item->text(0).contains(needle, Qt::CaseInsensitive) ||
                           item->text(1).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        headerHasRows |= match;
    }
    if (header)
        header->setHidden(!headerHasRows);
}

} // namespace Lectern
