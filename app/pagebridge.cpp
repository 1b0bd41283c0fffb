#include "pagebridge.h"

#include <QClipboard>
#include <QGuiApplication>

namespace Lectern {

PageBridge::PageBridge(QObject *parent)
    : QObject(parent)
{}

QString PageBridge::copiedLabel() const
{
    return tr("Copied");
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

} // namespace Lectern
