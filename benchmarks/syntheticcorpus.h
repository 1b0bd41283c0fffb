// The synthetic corpora of the benchmarks, in one place: bench_corpus writes them as Hugo
// index.json files, which scripts/bench hands to the C++ benchmarks and to the Node peers alike.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Bench {

// A small deterministic generator (64-bit LCG), so every run builds the same corpus.
struct Lcg
{
    quint64 state;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

// `count` posts of about 13 KB: each takes the title, summary and category of a real post and
// ~60% of its paragraphs from that post, the rest from any post, in a shuffled order. The same
// `real` and `count` give the same bytes on every run.
inline QByteArray syntheticCorpus(const QJsonArray &real, int count)
{
    struct Source
    {
        QString title, summary, permalink;
        QStringList paragraphs;
    };
    QList<Source> sources;
    QStringList all;
    for (const QJsonValue &v : real) {
        const QJsonObject o = v.toObject();
        Source s{o.value(QLatin1String("title")).toString(),
                 o.value(QLatin1String("summary")).toString(),
                 o.value(QLatin1String("permalink")).toString(),
                 o.value(QLatin1String("content")).toString().split(u'\n', Qt::SkipEmptyParts)};
        if (s.paragraphs.isEmpty())
            s.paragraphs << s.summary;
        all += s.paragraphs;
        sources.append(s);
    }
    Lcg rng{20260101};
    QJsonArray posts;
    for (int n = 0; n < count; ++n) {
        const Source &base = sources[rng.below(int(sources.size()))];
        QStringList paragraphs;
        qsizetype size = 0;
        while (size < 13000) {
            const QString &p = rng.below(10) < 6
                                   ? base.paragraphs[rng.below(int(base.paragraphs.size()))]
                                   : all[rng.below(int(all.size()))];
            paragraphs << p;
            size += p.size() + 1;
        }
        // permalink: https://HOST/posts/<category>/<slug>/ -> a unique slug per post.
        QString permalink = base.permalink;
        if (permalink.endsWith(u'/'))
            permalink.chop(1);
        permalink += QStringLiteral("-%1/").arg(n);
        posts.append(
            QJsonObject{{QStringLiteral("title"), QStringLiteral("%1 (%2)").arg(base.title).arg(n)},
                        {QStringLiteral("permalink"), permalink},
                        {QStringLiteral("summary"), base.summary},
                        {QStringLiteral("content"), paragraphs.join(u'\n')}});
    }
    return QJsonDocument(posts).toJson(QJsonDocument::Compact);
}

} // namespace Lectern::Bench
