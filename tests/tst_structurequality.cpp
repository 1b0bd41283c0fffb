// lectern-test:
// Structure recovery measured against ground truth: Markdown documents of our own (tests/data/
// structure/{train,heldout}) rendered with cmark-gfm and stripped the way Hugo's index is, plus
// checks on the real corpus. LECTERN_STRUCTURE_DETAILS=1 prints every difference (for tuning),
// LECTERN_STRUCTURE_PER_DOCUMENT=1 each document's heading counts (matched, predicted, true).
#include "ingest/codelang.h"
#include "ingest/codelangbreaks.h"
#include "ingest/entities.h"
#include "ingest/plainstripper.h"
#include "ingest/structure.h"
#include "ingest/structureeval.h"
#include "ingest/structurewords.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QRegularExpression>
#include <QTest>

using namespace Lectern;

namespace {

// Set just below what recovery reaches (it is deterministic): a drop fails the suite.
struct Thresholds
{
    double code;
    double heading;
    double language;       // strict: the exact definition name
    double languageFamily; // JavaScript/TypeScript and C/C++ counted as one
    double lineBreak;
    double items = 0; // list item F1
};

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A set is a folder under tests/data/structure, or an absolute path (LECTERN_STRUCTURE_EXTRA).
QStringList documents(const QString &set)
{
    const QDir dir(
        QDir::isAbsolutePath(set) ? set : QStringLiteral(LECTERN_TEST_DATA "/structure/") + set);
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

bool detailsWanted()
{
    return qEnvironmentVariableIntValue("LECTERN_STRUCTURE_DETAILS") != 0;
}

// A document's differences (LECTERN_STRUCTURE_DETAILS=1) and heading counts
// (LECTERN_STRUCTURE_PER_DOCUMENT=1, for paired comparisons of two builds), then no details kept.
void reportDocument(const QString &name, StructureScore &s)
{
    if (detailsWanted() && !s.details.isEmpty())
        qInfo().noquote() << "==" << name << "\n  " << s.details.join(QLatin1String("\n   "));
    s.details.clear();
    if (qEnvironmentVariableIntValue("LECTERN_STRUCTURE_PER_DOCUMENT") != 0)
        qInfo("per-document %s %d %d %d", qPrintable(name), s.headingMatched, s.headingPredicted,
              s.headingTrue);
}

StructureScore scoreSet(const QString &set, PlainStripper::Flavour flavour)
{
    StructureScore total;
    for (const QString &path : documents(set)) {
        GroundTruth truth;
        QString error;
        if (!PlainStripper::fromMarkdown(readText(path), flavour, &truth, &error)) {
            qWarning("%s: %s", qPrintable(path), qPrintable(error));
            continue;
        }
        const Blocks recovered = recoverStructure(truth.indexContent, truth.category);
        StructureScore s = scoreStructure(truth.blocks, recovered, detailsWanted());
        reportDocument(QFileInfo(path).fileName(), s);
        total += s;
    }
    return total;
}

void report(const char *name, const StructureScore &s)
{
    qInfo().noquote() << name << s.summary();
    if (!s.confusion.isEmpty()) {
        QStringList misses;
        for (auto it = s.confusion.begin(); it != s.confusion.end(); ++it)
            misses << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
        qInfo().noquote() << "  language misses:" << misses.join(QLatin1String(", "));
    }
    qInfo("  strict language misses: %d from code boundaries, %d from classifying a "
          "well-bounded block",
          s.languageMissBoundary, s.languageMissClassify);
    if (qEnvironmentVariableIntValue("LECTERN_STRUCTURE_MATRIX") != 0)
        for (auto it = s.matrix.begin(); it != s.matrix.end(); ++it)
            qInfo().noquote() << "  " << it.key() << it.value();
    QStringList breaks;
    for (auto it = s.breaksByLanguage.begin(); it != s.breaksByLanguage.end(); ++it)
        breaks << QStringLiteral("%1 %2/%3/%4")
                      .arg(it.key().isEmpty() ? QStringLiteral("(plain)") : it.key())
                      .arg(it.value()[0])
                      .arg(it.value()[1])
                      .arg(it.value()[2]);
    qInfo().noquote() << "  line breaks (matched/predicted/true):"
                      << breaks.join(QLatin1String(", "));
}

void check(const StructureScore &s, const Thresholds &t)
{
    QCOMPARE(s.textMismatches, 0);
    QVERIFY2(s.codeF1() >= t.code, qPrintable(s.summary()));
    QVERIFY2(s.headingF1() >= t.heading, qPrintable(s.summary()));
    QVERIFY2(s.languageAccuracy() >= t.language, qPrintable(s.summary()));
    QVERIFY2(s.languageFamilyAccuracy() >= t.languageFamily, qPrintable(s.summary()));
    QVERIFY2(s.lineBreakF1() >= t.lineBreak, qPrintable(s.summary()));
    QVERIFY2(s.itemF1() >= t.items, qPrintable(s.summary()));
}

// One of tests/data/structure's sets in the Hugo flavour: scored, reported under `label`, and
// checked for its size and against its thresholds.
void checkSet(const QString &set, const char *label, int documents, const Thresholds &t)
{
    const StructureScore s = scoreSet(set, PlainStripper::Flavour::Hugo);
    report(label, s);
    QVERIFY(s.documents >= documents);
    check(s, t);
}

QJsonArray corpus()
{
    QFile f(QStringLiteral(LECTERN_CORPUS));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

QString normalized(QString text)
{
    return text.simplified();
}

// An English sentence inside a code block: a run of at least `minimum` dictionary words with
// two or more function words, opening with a capital and closing with . ? or !. Comments and
// string literals may hold sentences; they are judged with a higher bar (prose swallowed by a
// comment is still prose).
QString englishSentenceInCode(const Block &block)
{
    QStringList reasons;
    for (const QString &line : block.text.split(u'\n')) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        bool inComment = false;
        bool inString = false;
        qsizetype run = 0;
        int function = 0;
        qsizetype start = -1;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &w = words[i];
            if (!inString &&
                (w == u"//" || w == u"///" || w == u"//!" || w == u"#" || w == u"--" || w == u"/*"))
                inComment = true;
            const bool quoteToggle = w.count(u'"') % 2 == 1;
            QString core = w;
            while (!core.isEmpty() && !core.back().isLetter())
                core.chop(1);
            while (!core.isEmpty() && !core.front().isLetter())
                core.remove(0, 1);
            bool word = !core.isEmpty() && w.size() - core.size() <= 2;
            for (const QChar c : core)
                word = word && (c.isLetter() || c == u'\'' || c == QChar(0x2019) || c == u'-');
            const quint32 flags = StructureWords::wordFlags(core.toLower());
            word = word && (flags & StructureWords::English);
            if (word && run == 0 && !core.front().isUpper())
                word = false;
            if (word) {
                if (run == 0)
                    start = i;
                ++run;
                function += bool(flags & StructureWords::Dangling);
                const bool ends = w.endsWith(u'.') || w.endsWith(u'?') || w.endsWith(u'!');
                const qsizetype minimum = (inComment || inString) ? 14 : 6;
                if (ends && run >= minimum && function >= 2)
                    reasons << words.mid(start, run).join(u' ');
                if (ends)
                    run = 0, function = 0;
            } else {
                run = 0;
                function = 0;
            }
            if (quoteToggle)
                inString = !inString;
        }
    }
    return reasons.join(QLatin1String(" | "));
}

} // namespace

class TestStructureQuality : public QObject
{
    Q_OBJECT

private slots:
    void harnessMatchesIndex_data();
    void harnessMatchesIndex();
    void trainSet();
    void heldOutSet();
    void secondHeldOutSet();
    void devSet();
    void commonMarkFlavour();
    void headingStyleSets();
    void blogStyleSet();
    void externalSampleSet();
    void extraSet();
    void sentenceCheckerIsSound();
    void corpusHasNoSentenceAsCode();
    void corpusGoConcurrencyPost();
    void corpusHeadingsAsAReaderMarksThem();
};

// Tuning aid: LECTERN_STRUCTURE_PROBE=<file> prints the recovered blocks of that text.
static const bool probed = [] {
    const QString file = qEnvironmentVariable("LECTERN_STRUCTURE_PROBE");
    if (file.isEmpty())
        return false;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly)) {
        QString text = QString::fromUtf8(f.readAll());
        if (file.endsWith(QLatin1String(".md"))) {
            GroundTruth truth;
            PlainStripper::fromMarkdown(text, PlainStripper::Flavour::Hugo, &truth);
            text = truth.indexContent;
            qInfo().noquote() << "INDEX:" << text;
        }
        for (const Block &b :
             recoverStructure(text, qEnvironmentVariable("LECTERN_STRUCTURE_CATEGORY")))
            qInfo().noquote() << QStringLiteral("[%1 %2]\n%3%4")
                                     .arg(blockTypeName(b.type), b.language, b.text,
                                          b.items.join(QLatin1String("\n * ")));
    }
    return true;
}();

void TestStructureQuality::harnessMatchesIndex_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &set : {QStringLiteral("train"), QStringLiteral("heldout")})
        for (const QString &path : documents(set))
            QTest::newRow(qPrintable(set + u'/' + QFileInfo(path).fileName())) << path;
}

// The truth blocks and the stripped index hold the same text, so every score is well defined.
void TestStructureQuality::harnessMatchesIndex()
{
    QFETCH(QString, path);
    for (const auto flavour : {PlainStripper::Flavour::Hugo, PlainStripper::Flavour::CommonMark}) {
        GroundTruth truth;
        QString error;
        QVERIFY2(PlainStripper::fromMarkdown(readText(path), flavour, &truth, &error),
                 qPrintable(error));
        QVERIFY(!truth.category.isEmpty());
        QVERIFY(!truth.blocks.isEmpty());
        QVERIFY(!truth.indexContent.contains(u'<'));
        QVERIFY(!truth.indexContent.contains(QLatin1String("  ")));
        QVERIFY(!truth.indexContent.contains(QLatin1String(" \n")));
        QVERIFY(!truth.indexContent.contains(QLatin1String("\n ")));
        // The whole decoded index as one paragraph holds exactly the truth's text.
        Block everything;
        everything.text = decodeEntities(truth.indexContent);
        QCOMPARE(scoreStructure(truth.blocks, {everything}).textMismatches, 0);
        if (flavour == PlainStripper::Flavour::Hugo)
            QVERIFY(!truth.indexContent.contains(QChar(0x2019))); // the typographer's entities
    }
}

void TestStructureQuality::trainSet()
{
    // (Heading 0.885 -> 0.878 with version 37: the refit its candidates require moved seven
    // heading outcomes here; on 450 writers' posts outside the repository it gained.)
    checkSet(QStringLiteral("train"), "train (Hugo):", 40,
             {0.975, 0.878, 0.938, 0.938, 0.869, 0.553});
}

void TestStructureQuality::heldOutSet()
{
    if (qEnvironmentVariableIsSet("LECTERN_STRUCTURE_TUNING"))
        QSKIP("held-out documents are not looked at while tuning");
    // (List items 0.561 -> 0.539 with version 37's refit.)
    checkSet(QStringLiteral("heldout"), "held-out (Hugo):", 30,
             {0.976, 0.870, 0.881, 0.900, 0.893, 0.539});
}

// heldout2/ (75 posts by the team's writers, written in session 28 after version 55: sets 212,
// 214 and 216 of how-to posts, 215 and 217 in the corpus blog's heading style). Nobody has read
// their misses. Their aggregate scores were read at version 55, and at two candidate versions 56
// that they turned down (heading F1 lower on all four of 214 to 217 after the heading model's
// refit); the thresholds were version 55's scores. Version 56 (session 29: the heading model's
// after-edge pairs, Title Case headings told from tables) moved heading F1 0.8551 -> 0.8542 and
// language 0.9088 -> 0.9069 (one block) here; it gained 0.0084 heading F1 on 60 newer posts
// that nobody had seen, and 0.0097 over the 1,211 training posts' held-back folds. Version 57
// (session 30: the heading model trained on 225 more posts) moved heading F1 0.8542 -> 0.8679
// and language 0.9069 -> 0.9050 (family 0.9106 -> 0.9088: one block of 537, its code cut
// differently).
void TestStructureQuality::secondHeldOutSet()
{
    if (qEnvironmentVariableIsSet("LECTERN_STRUCTURE_TUNING"))
        QSKIP("held-out documents are not looked at while tuning");
    checkSet(QStringLiteral("heldout2"), "held-out 2 (Hugo):", 75,
             {0.957, 0.867, 0.904, 0.908, 0.814, 0.398});
}

// A development set (dev/, 60 how-to posts rich in hard headings: lowercase openings, tool
// names, one-word headings, headings around code and tables). No model is fitted on it; changes
// to the rules and options are checked on it so that held-out can stay unlooked-at. Measured on
// recovery version 9 before anyone saw it: code 0.966, heading 0.743, language 0.857,
// line-break 0.828.
void TestStructureQuality::devSet()
{
    // (Line-break 0.8375 -> 0.8368 at version 33: the line-break model refitted with Makefile,
    // Terraform and Lua rules and 30 more posts; shell blocks lost 5 of 348 breaks here.
    // Heading 0.8280 -> 0.8267 and list items 0.506 -> 0.501 at versions 34-35, where comment
    // markers keep their words in the code and the heading model and weights were refitted.
    // Heading 0.8263 -> 0.8219 at version 38: its rules alone leave dev as it was, and the refit
    // they require moved it; they gained on 450 writers' posts outside the repository with the
    // refit, and more without it. Heading 0.8219 -> 0.8292 at versions 39-41, 0.8326 at 42.
    // List items 0.504 -> 0.492 at version 43: its word lists' and rules' changes alone leave
    // them as they were; the heading model's refit moved a few headings next to lists.)
    checkSet(QStringLiteral("dev"), "dev (Hugo):", 60, {0.968, 0.832, 0.877, 0.883, 0.836, 0.490});
}

// Posts of one heading style, recovered a second time with that style known: titlecase/ (30
// posts, fitted on by the Title Case weights) and lowercase/ (27 posts whose headings are
// lowercase, a third of them with lowercase prose; heading F1 0.552 before their pass).
void TestStructureQuality::headingStyleSets()
{
    // (Language 0.935 -> 0.930 at version 32: one Makefile fragment fenced `bash` here now
    // reads as a Makefile. Heading 0.801 -> 0.794 at version 33, where the Title Case fit moved
    // TitleDocLower 2.0 -> 1.5 after the heading model's refit; 0.811 -> 0.824 at version 42;
    // 0.822 -> 0.816 at version 45, the heading model's refit alone; 0.816 -> 0.813 at version
    // 47, where it learns from 90 more posts in the corpus blog's style.)
    checkSet(QStringLiteral("titlecase"), "titlecase (Hugo):", 30,
             {0.963, 0.812, 0.930, 0.930, 0.842, 0.418});
    // (Line-break 0.8314 -> 0.8295 at version 33, as in dev/. Heading 0.708 -> 0.695 at version
    // 42, with the heading model fitted on style-train/ too; 0.706 -> 0.721 at version 55;
    // 0.721 -> 0.708 at version 56, whose heading model's after-edge pairs cost lowercase
    // headings here. List items 0.246 -> 0.236 at version 58, where the refit heading model
    // misses "numbers" over a list and its first item takes the word; heading rose 0.712 ->
    // 0.716. Heading 0.7232 -> 0.7045 at version 62, the heading model's refit after the rules
    // for tables, keyword phrases and instructions: 84 headings missed here, 4 more than the
    // version 61 model ("gotchas i hit" among them), and 20 extra, 2 more.)
    checkSet(QStringLiteral("lowercase"), "lowercase (Hugo):", 27,
             {0.952, 0.700, 0.940, 0.957, 0.829, 0.236});
}

// style/ (45 posts by the team's writers in the heading habits of the corpus's blog: "Ruff —
// lint + format", "Tool 1: venv — the built-in baseline", headings right over code, lists and
// other headings, lists of "Term — definition." items). No model is fitted on it. Measured
// before anyone saw it, at version 35: heading F1 0.612, 0.614 and 0.757 on its three sets of
// 15 (the writers' other posts: 0.85); the em-dash rules of version 36 were written on it.
// Heading 0.727 -> 0.754 at version 42, where the heading model learns from 45 other posts in
// this style (style-train/), and 0.767 -> 0.781 at version 47, from 90 more.
void TestStructureQuality::blogStyleSet()
{
    checkSet(QStringLiteral("style"), "style (Hugo):", 45,
             {0.950, 0.770, 0.889, 0.889, 0.833, 0.460});
}

void TestStructureQuality::commonMarkFlavour()
{
    const StructureScore train =
        scoreSet(QStringLiteral("train"), PlainStripper::Flavour::CommonMark);
    report("train (CommonMark):", train);
    // (Language 0.919 -> 0.916 at version 56: one of 325 blocks, its code cut differently.
    // List items 0.608 -> 0.570 at version 57, heading 0.893 -> 0.883: the heading model trained
    // on heading-train/ too; held-out below moved 0.553 -> 0.575 and 0.883 -> 0.881.)
    check(train, {0.958, 0.862, 0.916, 0.916, 0.863, 0.569});
    if (!qEnvironmentVariableIsSet("LECTERN_STRUCTURE_TUNING")) {
        const StructureScore heldOut =
            scoreSet(QStringLiteral("heldout"), PlainStripper::Flavour::CommonMark);
        report("held-out (CommonMark):", heldOut);
        check(heldOut, {0.973, 0.869, 0.876, 0.895, 0.892, 0.539});
    }
}

// Documents we did not write and never tuned on: the bundled sample library's Markdown
// (resources/sample/posts, "# Title", "permalink:", "summary:" then the body).
void TestStructureQuality::externalSampleSet()
{
    const QDir dir(QStringLiteral(LECTERN_SOURCE_DIR "/resources/sample/posts"));
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        QSKIP("no sample posts in this checkout");
    StructureScore total;
    for (const QString &name : names) {
        QStringList lines = readText(dir.filePath(name)).split(u'\n');
        QString title, category;
        while (!lines.isEmpty() && !lines.first().trimmed().isEmpty()) {
            const QString header = lines.takeFirst();
            if (header.startsWith(QLatin1String("# ")))
                title = header.mid(2);
            else if (header.startsWith(QLatin1String("permalink:"))) {
                const QStringList parts = header.mid(10).trimmed().split(u'/', Qt::SkipEmptyParts);
                category = parts.value(parts.size() - 2);
            }
        }
        const QString markdown =
            QStringLiteral("---\ntitle: %1\ncategory: %2\n---\n").arg(title, category) +
            lines.join(u'\n');
        GroundTruth truth;
        QString error;
        QVERIFY2(
            PlainStripper::fromMarkdown(markdown, PlainStripper::Flavour::Hugo, &truth, &error),
            qPrintable(name + QLatin1String(": ") + error));
        StructureScore s = scoreStructure(
            truth.blocks, recoverStructure(truth.indexContent, category), detailsWanted());
        reportDocument(name, s);
        total += s;
    }
    report("external sample posts (Hugo):", total);
    QVERIFY(total.documents >= 10);
    // (Heading 0.877 -> 0.871 at version 42: one extra, the sentence "Why BEGIN IMMEDIATE and not
    // plain BEGIN is explained in ..." read as a question heading over "BEGIN is ...". 0.871 ->
    // 0.863 at version 58, the heading model's refit alone: it misses "All the keys" between
    // two paragraphs; the three sets nobody had seen rose by 0.0004 to 0.0039.)
    check(total, {0.968, 0.862, 0.915, 0.915, 0.837, 0.342});
}

// Measuring documents kept outside the repository (unseen by whoever tuned the recovery):
// LECTERN_STRUCTURE_EXTRA=<absolute folder of *.md> reports their metrics; no thresholds, since
// the folder is not part of the suite.
void TestStructureQuality::extraSet()
{
    const QString folder = qEnvironmentVariable("LECTERN_STRUCTURE_EXTRA");
    if (folder.isEmpty())
        QSKIP("LECTERN_STRUCTURE_EXTRA is not set");
    QVERIFY2(QDir::isAbsolutePath(folder), "LECTERN_STRUCTURE_EXTRA must be an absolute path");
    const StructureScore s = scoreSet(folder, PlainStripper::Flavour::Hugo);
    QVERIFY2(s.documents > 0, qPrintable(folder + QLatin1String(": no *.md documents")));
    report("extra (Hugo):", s);
    QCOMPARE(s.textMismatches, 0);
}

// The checker below must not flag real code (from our documents' true code blocks) and must
// flag prose that was taken for code.
void TestStructureQuality::sentenceCheckerIsSound()
{
    int blocks = 0;
    for (const QString &set : {QStringLiteral("train"), QStringLiteral("heldout")}) {
        for (const QString &path : documents(set)) {
            GroundTruth truth;
            QVERIFY(
                PlainStripper::fromMarkdown(readText(path), PlainStripper::Flavour::Hugo, &truth));
            for (const Block &b : truth.blocks) {
                if (b.type != Block::Type::Code || b.language.isEmpty())
                    continue; // plain-text output may well be sentences
                ++blocks;
                QVERIFY2(englishSentenceInCode(b).isEmpty(),
                         qPrintable(path + QLatin1String(": ") + englishSentenceInCode(b)));
            }
        }
    }
    QVERIFY(blocks > 250);
    Block prose;
    prose.type = Block::Type::Code;
    prose.text = QStringLiteral("fmt.Println(value) Channels are the way the parts of a "
                                "program talk to each other.");
    QVERIFY(!englishSentenceInCode(prose).isEmpty());
    prose.text = QStringLiteral("x := 1 // This is the part of the text that was read by the "
                                "comment and it is still here for a while.");
    QVERIFY(!englishSentenceInCode(prose).isEmpty());
}

void TestStructureQuality::corpusHasNoSentenceAsCode()
{
    const QJsonArray posts = corpus();
    QVERIFY(posts.size() >= 50);
    QStringList problems;
    int codeBlocks = 0;
    for (const QJsonValue &v : posts) {
        const QJsonObject o = v.toObject();
        const QString permalink = o.value(QStringLiteral("permalink")).toString();
        const QStringList parts = permalink.split(u'/', Qt::SkipEmptyParts);
        const Blocks blocks = recoverStructure(o.value(QStringLiteral("content")).toString(),
                                               parts.value(parts.size() - 2));
        for (const Block &b : blocks) {
            if (b.type != Block::Type::Code)
                continue;
            ++codeBlocks;
            const QString sentence = englishSentenceInCode(b);
            if (!sentence.isEmpty())
                problems << permalink + QLatin1String(": ") + sentence;
        }
    }
    qInfo("corpus: %d code blocks checked", codeBlocks);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// The corpus's headings against those careful readers marked in all 55 posts (structure/corpus/
// headings.json: every h2-h4 title, as it stands in the decoded text; bold labels, table headers
// and list items are not headings). Their section titles are what a reader navigates by in the
// outline, so a drop here is a drop a user sees. Heading F1 over all posts pooled, a heading
// matching when its text is exactly a marked one.
void TestStructureQuality::corpusHeadingsAsAReaderMarksThem()
{
    QFile f(QStringLiteral(LECTERN_TEST_DATA "/structure/corpus/headings.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QHash<QString, QStringList> marked; // title -> headings
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        QStringList headings;
        for (const QJsonValue &h : v.toObject().value(QStringLiteral("headings")).toArray())
            headings << normalized(h.toString());
        marked.insert(v.toObject().value(QStringLiteral("title")).toString(), headings);
    }
    int posts = 0, matched = 0, predicted = 0, truth = 0;
    const bool details = qEnvironmentVariableIntValue("LECTERN_STRUCTURE_DETAILS") != 0;
    for (const QJsonValue &v : corpus()) {
        const QJsonObject o = v.toObject();
        const auto it = marked.constFind(o.value(QStringLiteral("title")).toString());
        if (it == marked.constEnd())
            continue;
        ++posts;
        const QStringList parts =
            o.value(QStringLiteral("permalink")).toString().split(u'/', Qt::SkipEmptyParts);
        QStringList left = *it, extra;
        for (const Block &b : recoverStructure(o.value(QStringLiteral("content")).toString(),
                                               parts.value(parts.size() - 2))) {
            if (b.type != Block::Type::Heading)
                continue;
            ++predicted;
            if (left.removeOne(normalized(b.text)))
                ++matched;
            else
                extra << normalized(b.text);
        }
        truth += int(it->size());
        if (details && (!left.isEmpty() || !extra.isEmpty()))
            qInfo().noquote() << "==" << it.key()
                              << "\n   missed:" << left.join(QLatin1String(" | "))
                              << "\n   extra:" << extra.join(QLatin1String(" | "));
    }
    const double precision = predicted ? double(matched) / predicted : 0;
    const double recall = truth ? double(matched) / truth : 0;
    const double f1 = predicted + truth ? 2.0 * matched / (predicted + truth) : 0;
    qInfo("corpus headings: %d posts, %d marked, %d recovered, %d matched: F1 %.4f (P %.4f R %.4f)",
          posts, truth, predicted, matched, f1, precision, recall);
    QCOMPARE(posts, int(marked.size()));
    QVERIFY(posts >= 50 && truth > 800);
    QVERIFY(f1 >= 0.798); // reaches 0.8030 (0.7983 at version 41, 0.7978 at 38, 0.7933 at 37,
                          // 0.7955 at 36, 0.7883 before its em-dash rules)
}

// Every Go sample of the concurrency post comes out as a Go block, whole and nothing more;
// its shell command is a Bash block, its program output some code block.
void TestStructureQuality::corpusGoConcurrencyPost()
{
    QFile f(QStringLiteral(LECTERN_TEST_DATA "/structure/corpus/go-concurrency-samples.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    const QString permalink = expected.value(QStringLiteral("permalink")).toString();
    QString content;
    for (const QJsonValue &v : corpus())
        if (v.toObject().value(QStringLiteral("permalink")).toString() == permalink)
            content = v.toObject().value(QStringLiteral("content")).toString();
    QVERIFY(!content.isEmpty());
    const Blocks blocks = recoverStructure(content, QStringLiteral("go"));
    QMultiHash<QString, QString> codeBlocks; // normalized text -> language
    for (const Block &b : blocks)
        if (b.type == Block::Type::Code)
            codeBlocks.insert(normalized(b.text), b.language);
    const auto check = [&](const QString &key, const QString &language) {
        const QJsonArray samples = expected.value(key).toArray();
        QVERIFY(!samples.isEmpty());
        for (const QJsonValue &sample : samples) {
            const QString text = normalized(sample.toString());
            QVERIFY2(codeBlocks.contains(text),
                     qPrintable(QStringLiteral("no code block is exactly: ") + text));
            if (!language.isNull())
                QVERIFY2(
                    codeBlocks.values(text).contains(language),
                    qPrintable(text + QLatin1String(" is ") + codeBlocks.values(text).join(u',')));
        }
    };
    check(QStringLiteral("go"), QStringLiteral("Go"));
    check(QStringLiteral("bash"), QStringLiteral("Bash"));
    check(QStringLiteral("output"), QString());
}

QTEST_GUILESS_MAIN(TestStructureQuality)
#include "tst_structurequality.moc"
