#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Lectern {

// F1 / Ctrl+/: every key Lectern answers to, grouped by menu, read from the actions
// themselves (so it can never disagree with them), plus the keys of the search field.
// A filter field on top narrows the list.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void fill(QMenuBar *menus);
    void refilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Lectern
