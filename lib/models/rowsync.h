#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <functional>
#include <utility>

namespace Lectern {

// Turns the rows a model shows into a fresh list with the smallest set of row signals we can
// find cheaply, instead of a reset (which loses the view's selection and scroll position):
// the longest run of rows that keeps its relative order stays put, other old rows are removed,
// new rows inserted, and kept rows whose data differs get dataChanged.
class RowSync final
{
public:
    using Range = std::pair<int, int>; // first, last (inclusive)
    struct Plan
    {
        QList<Range> removals;   // old rows, bottom-up so the numbers stay valid while applying
        QList<Range> insertions; // rows of the fresh list, top-down
    };

    // Identities may repeat (then only one of each is kept in place).
    static Plan plan(const QList<qint64> &oldIds, const QList<qint64> &newIds);

    // Applies plan() to `rows` under `parent` of `model`, emitting begin/end row signals and
    // dataChanged (all columns) for kept rows that `same` finds unequal. Models using it
    // declare `friend class RowSync;` so it may call their protected begin/end functions.
    template<typename Model, typename Row, typename IdOf, typename Same = std::equal_to<>>
    static void apply(Model &model, const QModelIndex &parent, QList<Row> &rows,
                      const QList<Row> &fresh, IdOf idOf, Same same = {})
    {
        QList<qint64> oldIds, newIds;
        oldIds.reserve(rows.size());
        newIds.reserve(fresh.size());
        for (const Row &r : rows)
            oldIds.append(idOf(r));
        for (const Row &r : fresh)
            newIds.append(idOf(r));
        const Plan p = plan(oldIds, newIds);
        for (const auto &[first, last] : p.removals) {
            model.beginRemoveRows(parent, first, last);
            rows.remove(first, last - first + 1);
            model.endRemoveRows();
        }
        for (const auto &[first, last] : p.insertions) {
            model.beginInsertRows(parent, first, last);
            for (int i = first; i <= last; ++i)
                rows.insert(i, fresh.at(i));
            model.endInsertRows();
        }
        // One dataChanged per run of consecutive changed rows.
        const QAbstractItemModel &base = model; // QAbstractListModel hides columnCount()
        const int lastColumn = base.columnCount(parent) - 1;
        for (int i = 0; i < rows.size(); ++i) {
            if (same(rows.at(i), fresh.at(i)))
                continue;
            const int first = i;
            for (; i < rows.size() && !same(rows.at(i), fresh.at(i)); ++i)
                rows[i] = fresh.at(i);
            emit model.dataChanged(base.index(first, 0, parent),
                                   base.index(i - 1, lastColumn, parent));
        }
    }
};

} // namespace Lectern
