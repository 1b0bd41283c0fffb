#include "ingest/codelangfeatures.h"

#include <algorithm>

namespace Lectern {

namespace {

constexpr qsizetype MaxPart = 24; // longer tokens and cores are cut (identifiers, URLs)

constexpr quint64 HashSeed = 14695981039346656037ull; // FNV-1a
constexpr quint64 HashPrime = 1099511628211ull;

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
               u == u'_';
    return c.isLetterOrNumber();
}

quint64 partHash(QStringView part)
{
    quint64 h = HashSeed;
    for (const QChar c : part)
        h = (h ^ c.unicode()) * HashPrime;
    return h;
}

// A feature's hash from its tag and its part's hash (murmur3's finaliser mixes them).
quint64 featureHash(char16_t tag, quint64 part)
{
    quint64 h = part ^ (quint64(tag) * 0x9e3779b97f4a7c15ull);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

quint64 pairHash(quint64 left, quint64 right)
{
    return left * 0x100000001b3ull + (right ^ (right >> 29));
}

// A transformed part (a shape, a lowercased core) in a fixed buffer, hashed on the way: the hot
// path makes no allocation and no second pass.
struct Part
{
    char16_t buffer[MaxPart];
    qsizetype size = 0;
    quint64 hash = HashSeed;
    void add(char16_t c)
    {
        if (size < MaxPart) {
            buffer[size++] = c;
            hash = (hash ^ c) * HashPrime;
        }
    }
    QStringView view() const { return QStringView(buffer, size); }
};

// The shape of a token: letters become a/A, digits 9, other characters stay; runs collapse.
void shapeOf(QStringView token, Part &part)
{
    char16_t last = 0;
    for (const QChar c : token) {
        char16_t s = c.unicode();
        if (s < 128) {
            if (s >= u'0' && s <= u'9')
                s = u'9';
            else if (s >= u'A' && s <= u'Z')
                s = u'A';
            else if (s >= u'a' && s <= u'z')
                s = u'a';
        } else if (c.isDigit()) {
            s = u'9';
        } else if (c.isUpper()) {
            s = u'A';
        } else if (c.isLetter()) {
            s = u'a';
        }
        if (s == last)
            continue;
        last = s;
        part.add(s);
        if (part.size >= 16)
            break;
    }
}

// The token without leading and trailing punctuation, lowercased.
void coreOf(QStringView token, Part &part)
{
    qsizetype a = 0, b = token.size();
    while (a < b && !isWordChar(token[a]))
        ++a;
    while (b > a && !isWordChar(token[b - 1]))
        --b;
    const qsizetype n = std::min<qsizetype>(b - a, MaxPart);
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = token[a + i].unicode();
        part.add(u < 128 ? ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u)
                         : token[a + i].toLower().unicode());
    }
}

// Calls sink(tag, part, partHash) for each feature; a pair of cores ('b') comes as
// pairSink(left, right, pairHash(leftHash, rightHash)).
template<typename Sink, typename PairSink>
void forEachFeature(QStringView code, Sink &&sink, PairSink &&pairSink)
{
    qsizetype pos = 0;
    qsizetype count = 0;
    Part cores[2];
    Part lastShape;
    while (pos < code.size() && count < CodeLangFeatures::MaxTokens) {
        while (pos < code.size() && code[pos].isSpace())
            ++pos;
        qsizetype end = pos;
        while (end < code.size() && !code[end].isSpace())
            ++end;
        if (end == pos)
            break;
        const QStringView token = code.sliced(pos, end - pos);
        pos = end;
        const quint64 tokenHash = token.size() <= MaxPart ? partHash(token) : 0;
        if (token.size() <= MaxPart)
            sink(u'w', token, tokenHash);
        Part &core = cores[count % 2];
        const Part &previousCore = cores[(count + 1) % 2];
        core = Part();
        coreOf(token, core);
        if (core.size > 0)
            sink(u'k', core.view(), core.hash);
        Part shape;
        shapeOf(token, shape);
        sink(u's', shape.view(), shape.hash);
        // Punctuation runs inside the token: ":=", "</", "{{", "->", "();".
        for (qsizetype i = 0; i < token.size();) {
            if (isWordChar(token[i])) {
                ++i;
                continue;
            }
            qsizetype j = i;
            while (j < token.size() && !isWordChar(token[j]))
                ++j;
            const QStringView run = token.sliced(i, std::min<qsizetype>(j - i, 4));
            sink(u'p', run, partHash(run));
            i = j;
        }
        if (count == 0) {
            if (token.size() <= MaxPart)
                sink(u'f', token, tokenHash);
            sink(u'F', shape.view(), shape.hash);
        } else if (core.size > 0 && previousCore.size > 0) {
            pairSink(previousCore.view(), core.view(), pairHash(previousCore.hash, core.hash));
        }
        lastShape = shape;
        ++count;
    }
    if (count == 0)
        return;
    sink(u'L', lastShape.view(), lastShape.hash);
    const char16_t bucket = count <= 2    ? u'1'
                            : count <= 5  ? u'2'
                            : count <= 12 ? u'3'
                            : count <= 40 ? u'4'
                                          : u'5';
    sink(u'n', QStringView(&bucket, 1), partHash(QStringView(&bucket, 1)));
}

} // namespace

QString CodeLangFeatures::withoutQuotedPhrases(QStringView code)
{
    QString out;
    const qsizetype n = code.size();
    qsizetype copied = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar q = code[i];
        if (q != u'"' && q != u'\'')
            continue;
        // A string opens at the start, after a space or an opening bracket or operator (not
        // in "don't", nor as the closing quote of "$(cat "$1")").
        if (i > 0 && !QStringView(u" =([{,:").contains(code[i - 1]))
            continue;
        if (i + 1 < n && code[i + 1] == q)
            continue; // "" or """
        qsizetype j = i + 1;
        bool space = false, interpolated = false;
        while (j < n && j - i <= 200 && code[j] != q) {
            space = space || code[j] == u' ';
            interpolated = interpolated || code[j] == u'$';
            ++j;
        }
        if (j >= n || code[j] != q || j - i > 200)
            continue;
        if (space && !interpolated && !(j + 1 < n && code[j + 1].isLetterOrNumber())) {
            out += code.sliced(copied, i + 1 - copied);
            out += u's';
            copied = j;
        }
        i = j;
    }
    if (copied == 0)
        return {};
    out += code.sliced(copied);
    return out;
}

quint64 CodeLangFeatures::hashName(QStringView name)
{
    if (name.isEmpty())
        return 0;
    const QStringView rest = name.sliced(1);
    if (name[0] == u'b') {
        const qsizetype space = rest.indexOf(u' ');
        if (space > 0)
            return featureHash(
                u'b', pairHash(partHash(rest.first(space)), partHash(rest.sliced(space + 1))));
    }
    return featureHash(name[0].unicode(), partHash(rest));
}

void CodeLangFeatures::hashes(QStringView code, QList<quint64> *out)
{
    out->clear();
    const QString masked = withoutQuotedPhrases(code);
    visitHashes(
        masked.isNull() ? code : QStringView(masked),
        [](quint64 h, void *list) { static_cast<QList<quint64> *>(list)->append(h); }, out);
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
}

void CodeLangFeatures::names(QStringView code, QStringList *out)
{
    out->clear();
    const QString masked = withoutQuotedPhrases(code);
    forEachFeature(
        masked.isNull() ? code : QStringView(masked),
        [out](char16_t tag, QStringView part, quint64) {
            QString name = QChar(tag);
            name += part;
            out->append(name);
        },
        [out](QStringView left, QStringView right, quint64) {
            QString name = QChar(u'b');
            name += left;
            name += u' ';
            name += right;
            out->append(name);
        });
    out->sort();
    out->removeDuplicates();
}

void CodeLangFeatures::visitHashes(QStringView maskedCode, void (*sink)(quint64, void *),
                                   void *context)
{
    forEachFeature(
        maskedCode,
        [=](char16_t tag, QStringView, quint64 part) { sink(featureHash(tag, part), context); },
        [=](QStringView, QStringView, quint64 pair) { sink(featureHash(u'b', pair), context); });
}

} // namespace Lectern
