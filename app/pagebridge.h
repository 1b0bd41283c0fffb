#pragma once

#include <QObject>
#include <QString>

namespace Lectern {

// The object an article page's isolated-world script (pagescript.js) reaches over QWebChannel.
// Its slots are all the page script can ask of the window: copy a code block, report the
// reading position. Nothing here touches the library; the view passes the reports on.
class PageBridge final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString copiedLabel READ copiedLabel CONSTANT)
public:
    explicit PageBridge(QObject *parent = nullptr);

    QString copiedLabel() const;

public slots:
    // The exact text of a code block, for the clipboard.
    void copyText(const QString &text);
    // `fraction` < 0 when only `atEnd` is news (the page just loaded).
    void reportPosition(const QString &url, double fraction, bool atEnd, const QString &heading);

signals:
    void copied(const QString &text);
    void positionReported(const QString &url, double fraction, bool atEnd, const QString &heading);
};

} // namespace Lectern
