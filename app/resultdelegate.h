#pragma once

#include <QStyledItemDelegate>

namespace Lectern {

// Paints one search result in three lines: the title (bold) with its category on the right,
// then the snippet, whose HTML marks the matched words with <mark>. The snippet HTML comes
// from the search layer (text escaped, only <mark> tags), so it is laid out as rich text
// without re-escaping.
class ResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ResultDelegate(int titleRole, int categoryRole, int snippetRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet as the delegate lays it out: <mark> styled, everything else as given.
    static QString snippetDocument(const QString &snippetHtml, const QPalette &palette,
                                   bool selected);

private:
    int m_titleRole;
    int m_categoryRole;
    int m_snippetRole;
};

} // namespace Lectern
