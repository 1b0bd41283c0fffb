#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Lectern {

// Ctrl+Shift+P: every command of the menu bar in one list, filtered as you type (loosely:
// "imp" finds Import, "dark" the dark theme), each with its shortcut. Up/Down choose while
// the cursor stays in the field, Enter runs, Esc closes. An overlay inside the window, so it
// never fights the window manager for focus.
class CommandPalette final : public QFrame
{
    Q_OBJECT
public:
    explicit CommandPalette(QMenuBar *menus, QWidget *parent);

    QLineEdit *field() const { return m_field; }
    QTreeWidget *list() const { return m_list; }
    // The commands shown now, best first.
    QList<QAction *> shownActions() const;

    // The filter's score of `text` for `query` (0: no match); public for the tests.
    static double score(const QString &query, const QString &text);

public slots:
    void popup();
    void dismiss();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        QPointer<QAction> action;
        QString path; // "View > Theme > Dark"
        QString text; // "Dark"
    };
    void collect();
    void refilter();
    void runCurrent();
    void place();

    QMenuBar *m_menus = nullptr;
    QLineEdit *m_field = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<Entry> m_entries;
    QPointer<QWidget> m_returnFocus;
};

} // namespace Lectern
