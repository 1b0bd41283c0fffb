#pragma once

#include "notes/textanchor.h"
#include "store/marks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace Lectern {

struct ReanchorSummary
{
    int checked = 0;    // highlights whose post text had changed (or all, when forced)
    int unchanged = 0;  // still at the same offsets
    int moved = 0;      // found exactly, elsewhere
    int fuzzy = 0;      // found as a similar passage; the quote now holds the new text
    int detached = 0;   // not found: kept, flagged detached
    int reattached = 0; // were detached, placed again (also counted as moved or fuzzy)
    QString text() const;

    // lupdate files this class's tr() strings under its own name; look them up there.
    Q_DECLARE_TR_FUNCTIONS(Lectern::ReanchorSummary)
};

// Keeps highlights attached to their posts' text. A highlight stores its quote, the text around
// it and its offsets (store/marks.h); after an import changes a post, its highlights are placed
// again with TextAnchor (exact, then fuzzy), and those that cannot be placed are flagged
// detached, never dropped. Which highlights need it is known from the post's content hash,
// recorded per highlight when it was last placed, so this runs lazily (before a post's
// highlights are drawn, listed or exported) as well as after an import.
class HighlightAnchorer final
{
public:
    explicit HighlightAnchorer(QSqlDatabase db);

    // A new highlight on `postId` from a selection: the quote (with its context, when it came
    // from the article page) is located in the post's text, so the stored offsets and context
    // are the post's own. Fails with a message when the post does not exist, the quote is
    // blank, or it is not in the post's text. A non-blank note is stored with it, in the same
    // transaction.
    std::optional<Highlight> create(qint64 postId, const TextQuote &selection, const QString &color,
                                    const QString &note, QString *error);

    // Places the highlights of one post again when its text changed since they were placed
    // (all of them with `force`). One transaction; false with *error when it failed.
    bool reanchorPost(qint64 postId, ReanchorSummary *summary, QString *error, bool force = false);
    // The same for every post whose text changed (call after an import).
    bool reanchorStale(ReanchorSummary *summary, QString *error);

    // What the article page needs to draw a post's highlights, in text order, after placing
    // them again if needed: [{id, exact, prefix, suffix, start, end, occurrence, color, note,
    // detached}]. `occurrence` is which occurrence of `exact` (whitespace collapsed) in the
    // post's text it is, so the page can pick the same one in its own text.
    QJsonArray pageHighlights(qint64 postId);

private:
    QSqlDatabase m_db;
};

} // namespace Lectern
