#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace Lectern {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Find in article"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(4);

    auto *label = new QLabel(tr("&Find:"), this);
    m_field = new QLineEdit(this);
    m_field->setAccessibleName(tr("Text to find in the article"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaximumWidth(360);
    m_field->installEventFilter(this);
    label->setBuddy(m_field);

    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Matches"));
    m_status->setMinimumWidth(90);
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));

    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_close);
    setFocusProxy(m_field);

    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::setPage(QWebEnginePage *page)
{
    if (m_page == page)
        return;
    if (m_page) {
        disconnect(m_page, &QWebEnginePage::findTextFinished, this, nullptr);
        m_page->findText(QString()); // clears the old page's marks
    }
    m_page = page;
    if (m_page)
        // The signal, not findText()'s callback, reports the search that finished last (a
        // callback of a search replaced by a newer one reports no matches).
        connect(
            m_page, &QWebEnginePage::findTextFinished, this,
            [this](const QWebEngineFindTextResult &result) {
                if (!isVisible() || m_field->text().isEmpty())
                    return;
                m_status->setText(
                    result.numberOfMatches() == 0
                        ? tr("No matches")
                        : tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
            });
    m_status->clear();
    if (isVisible() && !m_field->text().isEmpty())
        find(false);
}

QString FindBar::text() const
{
    return m_field->text();
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        find(false);
}

void FindBar::findNext()
{
    if (!isVisible()) {
        activate();
        return;
    }
    find(false);
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        activate();
        return;
    }
    find(true);
}

void FindBar::close()
{
    if (m_page)
        m_page->findText(QString());
    m_status->clear();
    hide();
    emit closed();
}

void FindBar::find(bool backward)
{
    if (!m_page)
        return;
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_page->findText(QString());
        m_status->clear();
        return;
    }
    QWebEnginePage::FindFlags flags;
    if (backward)
        flags |= QWebEnginePage::FindBackward;
    m_page->findText(text, flags);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ShiftModifier) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Lectern
