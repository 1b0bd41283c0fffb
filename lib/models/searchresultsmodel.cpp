#include "models/searchresultsmodel.h"

#include "models/rowsync.h"

#include <QSet>

namespace Lectern {

namespace {

bool sameHit(const SearchHit &a, const SearchHit &b)
{
    return a.postId == b.postId && a.permalink == b.permalink && a.title == b.title &&
           a.category == b.category && a.snippet == b.snippet && a.score == b.score &&
           a.matchedTerms == b.matchedTerms;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setResults(const QList<SearchHit> &hits)
{
    QList<SearchHit> unique;
    unique.reserve(hits.size());
    QSet<qint64> seen;
    for (const SearchHit &h : hits)
        if (!seen.contains(h.postId)) {
            seen.insert(h.postId);
            unique.append(h);
        }
    RowSync::apply(*this, {}, m_hits, unique, [](const SearchHit &h) { return h.postId; }, sameHit);
}

SearchHit SearchResultsModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row) : SearchHit();
}

int SearchResultsModel::rowOf(qint64 postId) const
{
    for (int i = 0; i < m_hits.size(); ++i)
        if (m_hits.at(i).postId == postId)
            return i;
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case Qt::ToolTipRole:
    case PermalinkRole:
        return h.permalink;
    case PostIdRole:
        return h.postId;
    case CategoryRole:
        return h.category;
    case SnippetRole:
        return h.snippet;
    case ScoreRole:
        return h.score;
    case MatchedTermsRole:
        return h.matchedTerms;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{PostIdRole, "postId"},
                  {PermalinkRole, "permalink"},
                  {TitleRole, "title"},
                  {CategoryRole, "category"},
                  {SnippetRole, "snippet"},
                  {ScoreRole, "score"},
                  {MatchedTermsRole, "matchedTerms"}});
    return names;
}

} // namespace Lectern
