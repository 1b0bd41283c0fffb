#include "models/rowsync.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace Lectern {

RowSync::Plan RowSync::plan(const QList<qint64> &oldIds, const QList<qint64> &newIds)
{
    QHash<qint64, int> newPos;
    newPos.reserve(newIds.size());
    for (qsizetype j = newIds.size() - 1; j >= 0; --j)
        newPos.insert(newIds.at(j), int(j)); // walking back, the first occurrence wins

    // Longest strictly increasing run of new positions among the old rows (patience sorting,
    // O(n log n)): those rows stay, everything else moves by removal and insertion.
    // std::vector: GCC's -Wstringop-overflow misfires on QList(n, value) here.
    const int n = int(oldIds.size());
    std::vector<int> target(size_t(n), -1);
    for (int i = 0; i < n; ++i)
        target[size_t(i)] = newPos.value(oldIds.at(i), -1);
    std::vector<int> tails; // tails[k]: old index ending the best run of length k+1
    std::vector<int> previous(size_t(n), -1); // predecessor in that run
    for (int i = 0; i < n; ++i) {
        const int t = target[size_t(i)];
        if (t < 0)
            continue;
        const auto it = std::lower_bound(tails.begin(), tails.end(), t, [&](int oldIndex, int v) {
            return target[size_t(oldIndex)] < v;
        });
        previous[size_t(i)] = it == tails.begin() ? -1 : *(it - 1);
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<bool> keepOld(size_t(n), false);
    std::vector<bool> keepNew(size_t(newIds.size()), false);
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[size_t(i)]) {
        keepOld[size_t(i)] = true;
        keepNew[size_t(target[size_t(i)])] = true;
    }

    Plan p;
    for (int i = n - 1; i >= 0; --i) {
        if (keepOld[size_t(i)])
            continue;
        const int last = i;
        while (i > 0 && !keepOld[size_t(i - 1)])
            --i;
        p.removals.append({i, last});
    }
    const int m = int(newIds.size());
    for (int j = 0; j < m; ++j) {
        if (keepNew[size_t(j)])
            continue;
        const int first = j;
        while (j + 1 < m && !keepNew[size_t(j + 1)])
            ++j;
        p.insertions.append({first, j});
    }
    return p;
}

} // namespace Lectern
