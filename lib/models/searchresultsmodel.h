#pragma once

#include "search/searchengine.h"

#include <QAbstractListModel>
#include <QList>

namespace Lectern {

// The ranked hits of the search field, best first. setResults() moves the list to the next
// answer with row signals (the typing user's selection and scroll position survive): hits of
// posts still present keep their rows where the order allows, changed snippets or scores are
// dataChanged, the rest are removals and insertions. Never a reset.
//
// Roles:
//   Qt::DisplayRole     QString  the post's title (also TitleRole)
//   Qt::ToolTipRole     QString  the permalink
//   PostIdRole          qint64
//   PermalinkRole       QString
//   TitleRole           QString
//   CategoryRole        QString
//   SnippetRole         QString  HTML-escaped text with <mark>...</mark> around matched words
//   ScoreRole           double   higher is better
//   MatchedTermsRole    QStringList
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        PermalinkRole,
        TitleRole,
        CategoryRole,
        SnippetRole,
        ScoreRole,
        MatchedTermsRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QObject *parent = nullptr);

    // A post listed twice keeps only its first (best) hit.
    void setResults(const QList<SearchHit> &hits);
    void clear() { setResults({}); }
    SearchHit hitAt(int row) const;
    int rowOf(qint64 postId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    friend class RowSync;
    QList<SearchHit> m_hits;
};

} // namespace Lectern
