#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QWebEnginePage;

namespace Lectern {

// The find-in-page bar under the article (Ctrl+F): matches are highlighted as you type,
// Enter / F3 go to the next one, Shift+Enter / Shift+F3 to the previous, Esc closes.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    // The page to search; the bar follows the current tab.
    void setPage(QWebEnginePage *page);
    QLineEdit *field() const { return m_field; }
    QString text() const;
    // "3 of 12", "No matches" or empty.
    QString status() const;

public slots:
    void activate(); // show, focus and select the field
    void findNext();
    void findPrevious();
    void close();

signals:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(bool backward);

    QPointer<QWebEnginePage> m_page;
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace Lectern
