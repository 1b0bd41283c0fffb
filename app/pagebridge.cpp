#include "pagebridge.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

PageBridge::PageBridge(QObject *parent)
    : QObject(parent)
{}

QString PageBridge::copiedLabel() const
{
    return tr("Copied");
}

QString PageBridge::highlightLabel() const
{
    return tr("Highlight");
}

void PageBridge::copyText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    emit copied(text);
}

void PageBridge::reportPosition(const QString &url, double fraction, bool atEnd,
                                const QString &heading)
{
    emit positionReported(url, fraction > 1 ? 1 : fraction, atEnd, heading);
}

TextQuote PageBridge::quoteFromJson(const QString &json, int *pageLength)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    TextQuote quote;
    quote.exact = o.value(QLatin1String("exact")).toString();
    quote.prefix = o.value(QLatin1String("prefix")).toString();
    quote.suffix = o.value(QLatin1String("suffix")).toString();
    quote.start = o.value(QLatin1String("start")).toInt(-1);
    quote.end = o.value(QLatin1String("end")).toInt(-1);
    if (pageLength)
        *pageLength = o.value(QLatin1String("length")).toInt(0);
    return quote;
}

void PageBridge::highlightRequested(const QString &quoteJson, bool withNote)
{
    int pageLength = 0;
    const TextQuote quote = quoteFromJson(quoteJson, &pageLength);
    if (!quote.exact.trimmed().isEmpty())
        emit highlightSelection(quote, pageLength, withNote);
}

void PageBridge::highlightClicked(double highlightId)
{
    if (highlightId >= 1)
        emit highlightActivated(qint64(highlightId));
}

} // namespace Lectern
