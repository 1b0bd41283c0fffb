#include "resultdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Lectern {

namespace {
constexpr int margin = 6;
constexpr int snippetLines = 2;
} // namespace

ResultDelegate::ResultDelegate(int titleRole, int categoryRole, int snippetRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_titleRole(titleRole)
    , m_categoryRole(categoryRole)
    , m_snippetRole(snippetRole)
{}

QString ResultDelegate::snippetDocument(const QString &snippetHtml, const QPalette &palette,
                                        bool selected)
{
    // The marks take the highlight colour of the palette, readable on both selection states.
    const QColor markBg = selected ? palette.color(QPalette::HighlightedText)
                                   : palette.color(QPalette::Highlight).lighter(160);
    const QColor markFg =
        selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Text);
    QString html = snippetHtml;
    html.replace(QLatin1String("<mark>"),
                 QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600\">")
                     .arg(markBg.name(), markFg.name()));
    html.replace(QLatin1String("</mark>"), QLatin1String("</span>"));
    return html;
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = index.data(m_titleRole).toString();
    const QString category = index.data(m_categoryRole).toString();
    const QString snippet = index.data(m_snippetRole).toString();
    // The background and focus frame as the style draws them, without the text.
    opt.text.clear();
    opt.icon = {};
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7);

    const QRect r = opt.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    QFont smallFont = opt.font;
    smallFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(smallFont);

    const QString categoryText = category.isEmpty() ? QString() : category;
    const int categoryWidth =
        categoryText.isEmpty() ? 0 : smallMetrics.horizontalAdvance(categoryText) + margin * 2;
    const QRect titleRect(r.left(), r.top(), r.width() - categoryWidth, titleMetrics.height());
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    if (!categoryText.isEmpty()) {
        painter->setFont(smallFont);
        painter->setPen(muted);
        painter->drawText(
            QRect(r.right() - categoryWidth, r.top(), categoryWidth, titleMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, categoryText);
    }

    if (!snippet.isEmpty()) {
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultFont(smallFont);
        doc.setTextWidth(r.width());
        doc.setHtml(snippetDocument(snippet, opt.palette, selected));
        const int top = r.top() + titleMetrics.height() + 2;
        const int height = smallMetrics.lineSpacing() * snippetLines;
        painter->translate(r.left(), top);
        const QRect clip(0, 0, r.width(), height);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, muted);
        context.clip = clip;
        doc.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const int height = QFontMetrics(titleFont).height() + 2 +
                       QFontMetrics(smallFont).lineSpacing() * snippetLines + margin;
    return {option.rect.width() > 0 ? option.rect.width() : 200, height};
}

} // namespace Lectern
