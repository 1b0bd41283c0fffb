#include "search/fts5.h"

#include <QByteArray>
#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <sqlite3.h>

namespace Lectern::Fts5 {

fts5_api *api(sqlite3 *db)
{
    fts5_api *result = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void *>(&result), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return result;
}

namespace {

// BM25F over groups of phrases (a word and its other forms, completions or corrections form
// one group), with a coverage factor (posts that match more of the query rank first even when
// not every word is required) and a proximity bonus (query words near each other).
void rankFunction(const Fts5ExtensionApi *x, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                  sqlite3_value **values)
{
    auto *spec = nVal == 1 ? static_cast<RankSpec *>(sqlite3_value_pointer(values[0], rankSpecType))
                           : nullptr;
    if (!spec) {
        sqlite3_result_error(ctx, "lectern_rank(search_fts, spec) needs its spec", -1);
        return;
    }
    constexpr int C = RankSpec::columns;
    if (x->xColumnCount(fts) < C) {
        sqlite3_result_error(ctx, "lectern_rank: unexpected table", -1);
        return;
    }
    if (!spec->haveAverages) {
        sqlite3_int64 rows = 0;
        x->xRowCount(fts, &rows);
        for (int c = 0; c < C; ++c) {
            sqlite3_int64 total = 0;
            x->xColumnTotalSize(fts, c, &total);
            spec->averageLength[c] = rows > 0 ? std::max(1.0, double(total) / double(rows)) : 1.0;
        }
        spec->haveAverages = true;
    }
    const int groups = int(spec->groupIdf.size());
    spec->scratch.assign(size_t(groups) * C, 0.0);
    double *tf = spec->scratch.data();

    int instances = 0;
    if (x->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(ctx, "lectern_rank: cannot read instances", -1);
        return;
    }
    const int phrases = int(spec->phraseGroup.size());
    double proximity = 0;
    int prevGroup = -1, prevColumn = -1, prevOffset = -1000000;
    for (int i = 0; i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        if (x->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK)
            break;
        if (phrase < 0 || phrase >= phrases || column < 0 || column >= C)
            continue;
        const int g = spec->phraseGroup[size_t(phrase)];
        if (g < 0)
            continue;
        tf[g * C + column] += spec->phraseWeight[size_t(phrase)];
        if (column == prevColumn && g != prevGroup && prevGroup >= 0) {
            const int distance = std::abs(offset - prevOffset);
            if (distance <= spec->proximityWindow)
                proximity +=
                    std::min(spec->groupIdf[size_t(g)], spec->groupIdf[size_t(prevGroup)]) /
                    double(1 + distance);
        }
        prevGroup = g;
        prevColumn = column;
        prevOffset = offset;
    }

    double norm[C];
    for (int c = 0; c < C; ++c) {
        int length = 0;
        x->xColumnSize(fts, c, &length);
        norm[c] =
            1.0 - spec->columnB[c] + spec->columnB[c] * double(length) / spec->averageLength[c];
    }
    double score = 0, matchedIdf = 0, totalIdf = 0;
    for (int g = 0; g < groups; ++g) {
        double weighted = 0;
        for (int c = 0; c < C; ++c)
            if (tf[g * C + c] > 0)
                weighted += spec->columnWeight[c] * tf[g * C + c] / norm[c];
        const double idf = spec->groupIdf[size_t(g)];
        const bool covers = size_t(g) >= spec->groupCovers.size() || spec->groupCovers[size_t(g)];
        if (covers)
            totalIdf += std::sqrt(idf);
        if (weighted > 0) {
            if (covers)
                matchedIdf += std::sqrt(idf);
            score += idf * weighted * (spec->k1 + 1) / (weighted + spec->k1);
            // The title names what a post is about: a word found there counts on its own,
            // not only as one more occurrence.
            if (tf[g * C] > 0)
                score += idf * spec->titleBonus;
        }
    }
    if (totalIdf > 0)
        score *= std::pow(matchedIdf / totalIdf, spec->coverageExponent);
    if (spec->everyGroupMark > 0 && matchedIdf >= totalIdf)
        score += spec->everyGroupMark;
    // Saturating, so a long post cannot win on proximity alone.
    score += spec->proximityWeight * proximity / (1.0 + proximity / 8.0);
    sqlite3_result_double(ctx, score);
}

} // namespace

bool registerRankFunction(sqlite3 *db, QString *error)
{
    fts5_api *fts = api(db);
    if (!fts) {
        *error = QCoreApplication::translate("Lectern::Fts5", "SQLite was built without FTS5");
        return false;
    }
    if (fts->xCreateFunction(fts, "lectern_rank", nullptr, &rankFunction, nullptr) != SQLITE_OK) {
        *error = QCoreApplication::translate("Lectern::Fts5", "cannot register lectern_rank");
        return false;
    }
    return true;
}

Stemmer::Stemmer(sqlite3 *db)
{
    fts5_api *fts = api(db);
    if (!fts)
        return;
    auto *module = new fts5_tokenizer{};
    void *userData = nullptr;
    if (fts->xFindTokenizer(fts, "porter", &userData, module) != SQLITE_OK) {
        delete module;
        return;
    }
    const char *args[] = {"unicode61", "remove_diacritics", "2"};
    if (module->xCreate(userData, args, 3, &m_tokenizer) != SQLITE_OK) {
        m_tokenizer = nullptr;
        delete module;
        return;
    }
    m_module = module;
}

Stemmer::~Stemmer()
{
    auto *module = static_cast<fts5_tokenizer *>(m_module);
    if (module && m_tokenizer)
        module->xDelete(m_tokenizer);
    delete module;
}

QString Stemmer::stem(const QString &word) const
{
    auto *module = static_cast<fts5_tokenizer *>(m_module);
    if (!module || !m_tokenizer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    QByteArray out;
    auto callback = [](void *context, int, const char *token, int size, int, int) -> int {
        auto *target = static_cast<QByteArray *>(context);
        if (target->isEmpty())
            target->append(token, size);
        return SQLITE_OK;
    };
    module->xTokenize(m_tokenizer, &out, FTS5_TOKENIZE_DOCUMENT, utf8.constData(), int(utf8.size()),
                      callback);
    return out.isEmpty() ? word : QString::fromUtf8(out);
}

} // namespace Lectern::Fts5
