#pragma once

#include "notes/textanchor.h"

#include <QObject>
#include <QString>

namespace Lectern {

// The object an article page's isolated-world script (pagescript.js) reaches over QWebChannel.
// Its slots are all the page script can ask of the window: copy a code block, report the
// reading position, highlight the selection, show a highlight that was clicked. Nothing here
// touches the library; the view passes the reports on.
class PageBridge final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString copiedLabel READ copiedLabel CONSTANT)
    Q_PROPERTY(QString highlightLabel READ highlightLabel CONSTANT)
public:
    explicit PageBridge(QObject *parent = nullptr);

    QString copiedLabel() const;
    QString highlightLabel() const;
    // A selection quote from the page script (lectern.selectionQuote(), as JSON); offsets are in
    // the page's collapsed body text, whose length goes to *pageLength.
    static TextQuote quoteFromJson(const QString &json, int *pageLength);

public slots:
    // The exact text of a code block, for the clipboard.
    void copyText(const QString &text);
    // `fraction` < 0 when only `atEnd` is news (the page just loaded).
    void reportPosition(const QString &url, double fraction, bool atEnd, const QString &heading);
    // The floating button by a selection was pressed: `quoteJson` is the page's
    // lectern.selectionQuote() as JSON. Malformed input is dropped.
    void highlightRequested(const QString &quoteJson, bool withNote);
    // A drawn highlight was clicked.
    void highlightClicked(double highlightId);

signals:
    void copied(const QString &text);
    void positionReported(const QString &url, double fraction, bool atEnd, const QString &heading);
    // `quote` has the page's offsets; `pageLength` is the length of the page text they count in.
    void highlightSelection(const TextQuote &quote, int pageLength, bool withNote);
    void highlightActivated(qint64 highlightId);
};

} // namespace Lectern
