// lectern-test:
// The learned line-break model: the committed lib/ingest/linebreakmodel.inc is what
// tools/train_linebreaks makes of the training documents now, the runtime decides exactly as the
// trainer scores, restoring breaks changes nothing but whitespace, and the model with the rules
// beats the rules alone on documents it was not fitted on.
#include "ingest/codelangbreaks.h"
#include "ingest/linebreakmodel.h"
#include "linebreaktrainer.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>
#include <algorithm>

using namespace Lectern;
using Lectern::Test::readText;

namespace {

// train/ and more/ (960 writers' posts, the heading model's too); not the language model's.
QStringList trainDirectories()
{
    return {QStringLiteral(LECTERN_TEST_DATA "/structure/train"),
            QStringLiteral(LECTERN_TEST_DATA "/structure/more")};
}

// Whether each boundary between two tokens of restoreLineBreaks' output holds a line break.
QList<bool> outputBreaks(const QString &text)
{
    QList<bool> breaks;
    bool inToken = false, seen = false, newline = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            newline = newline || c == u'\n';
            inToken = false;
            continue;
        }
        if (!inToken && seen)
            breaks << newline;
        inToken = seen = true;
        newline = false;
    }
    return breaks;
}

} // namespace

class TestLineBreakModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void committedModelIsCurrent();
    void featureNamesMatchHashes();
    void runtimeDecidesAsTrainerScores();
    void onlyWhitespaceChanges();
    void beatsRulesOnHeldBackFold();
    void restoresBreaks_data();
    void restoresBreaks();

private:
    LineBreakTrainer m_trainer;
    LineBreakTrainer::Model m_model;
};

void TestLineBreakModel::initTestCase()
{
    QString error;
    QVERIFY2(m_trainer.load(trainDirectories(), &error), qPrintable(error));
    QVERIFY(m_trainer.documents().size() >= 100);
    QVERIFY(m_trainer.boundaries().size() > 10000);
    // Training reads the train documents only: held-out stays unseen.
    for (const QString &path : m_trainer.documents())
        QVERIFY2(Lectern::Test::isUnder(path, trainDirectories()), qPrintable(path));
    m_model = m_trainer.fit(LineBreakTrainer::Options{});
}

// The committed model cannot drift from its training program: scripts/train-structure
// regenerates it, and this fails until it has been run after a change to the documents, the
// features, the rules or the language model.
void TestLineBreakModel::committedModelIsCurrent()
{
    const QString generated = m_trainer.generate(m_model);
    const QString path = QStringLiteral(LECTERN_SOURCE_DIR "/lib/ingest/linebreakmodel.inc");
    const QString committed = readText(path);
    QVERIFY(!committed.isEmpty());
    const QString stale = Test::staleGenerated(generated, path);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
    QVERIFY(committed.size() < 200 * 1024);
    QVERIFY(m_model.names.size() > 100);
}

// The runtime looks features up by hash, the trainer learns them by name: the same features.
void TestLineBreakModel::featureNamesMatchHashes()
{
    const QString code = QStringLiteral("$ docker images healthsvc REPOSITORY TAG IMAGE ID "
                                        "healthsvc latest 3f2a größe 12MB || a|b x^y ^");
    QList<BreakToken> tokens;
    const QList<bool> rules = ruleLineBreaks(code, CodeLanguage::Bash, &tokens);
    QCOMPARE(tokens.size(), code.count(u' ') + 1);
    QCOMPARE(rules.size(), tokens.size());
    std::vector<std::vector<quint64>> hashes, plain;
    QList<QStringList> names;
    LineBreakModel::features(CodeLanguage::Bash, tokens, rules, &hashes, &names);
    LineBreakModel::features(CodeLanguage::Bash, tokens, rules, &plain);
    QCOMPARE(qsizetype(hashes.size()), tokens.size() - 1);
    QCOMPARE(names.size(), tokens.size() - 1);
    QVERIFY(hashes == plain);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        QCOMPARE(qsizetype(hashes[size_t(i)].size()), names[i].size());
        for (qsizetype k = 0; k < names[i].size(); ++k)
            QCOMPARE(LineBreakModel::hashName(names[i][k]), hashes[size_t(i)][size_t(k)]);
        QVERIFY(names[i].contains(QStringLiteral("R|sh|") + (rules[i] ? u'1' : u'0')));
    }
    // A value may hold the separator itself.
    QVERIFY(std::any_of(names.cbegin(), names.cend(), [](const QStringList &l) {
        return l.contains(QStringLiteral("N|*|REPOSITORY"));
    }));
}

// restoreLineBreaks (the committed model, through the hash table) breaks exactly where the
// trainer's scoring of the freshly fitted model says, on every training boundary: where the
// rules decide alone (the languages the model did worse in out of fold), where the rules do.
void TestLineBreakModel::runtimeDecidesAsTrainerScores()
{
    const QHash<quint64, int> index = LineBreakTrainer::indexOf(m_model);
    const auto &boundaries = m_trainer.boundaries();
    qsizetype differ = 0, changed = 0;
    for (size_t i = 0; i < boundaries.size();) {
        const int block = boundaries[i].block;
        const QString &text = m_trainer.blockTexts()[block];
        const QList<bool> got =
            outputBreaks(restoreLineBreaks(text, m_trainer.blockLanguages()[block]));
        for (qsizetype k = 0; i < boundaries.size() && boundaries[i].block == block; ++i, ++k) {
            const bool want =
                m_model.rulesAlone[size_t(boundaries[i].language)]
                    ? boundaries[i].rule
                    : LineBreakTrainer::score(m_model, index, boundaries[i]) >= m_model.threshold;
            differ += got.value(k) != want;
            changed += want != boundaries[i].rule;
        }
    }
    QCOMPARE(differ, 0);
    QVERIFY(changed > 100); // the model does decide differently from the rules
}

void TestLineBreakModel::onlyWhitespaceChanges()
{
    for (qsizetype b = 0; b < m_trainer.blockTexts().size(); ++b) {
        const QString &text = m_trainer.blockTexts()[b];
        const QString restored = restoreLineBreaks(text, m_trainer.blockLanguages()[b]);
        QCOMPARE(restored.simplified(), text); // (a Makefile's recipe lines start with a tab)
    }
}

// Fitted without a fifth of the documents (the threshold chosen on the other four fifths), the
// model with the rules' decision among its features finds the line breaks of those documents
// better than the rules alone.
void TestLineBreakModel::beatsRulesOnHeldBackFold()
{
    const LineBreakTrainer::Options options;
    const auto &boundaries = m_trainer.boundaries();
    const std::vector<int> scores = m_trainer.crossValidatedScores(options);
    std::vector<bool> held(boundaries.size()), rest(boundaries.size());
    for (size_t i = 0; i < boundaries.size(); ++i) {
        held[i] = boundaries[i].document % options.folds == 0;
        rest[i] = !held[i];
    }
    const int threshold =
        m_trainer.chooseThreshold(scores, m_trainer.ruleCounts(rest).precision(), rest);
    const LineBreakTrainer::Counts rules = m_trainer.ruleCounts(held);
    const LineBreakTrainer::Counts model = m_trainer.modelCounts(scores, threshold, held);
    qInfo("held-back fold: rules F1 %.4f (P %.4f R %.4f), model F1 %.4f (P %.4f R %.4f)",
          rules.f1(), rules.precision(), rules.recall(), model.f1(), model.precision(),
          model.recall());
    QVERIFY(rules.truth > 500);
    QVERIFY(model.f1() > rules.f1() + 0.01);
    // Over all folds the threshold keeps the rules' precision (it was chosen to).
    const LineBreakTrainer::Counts all = m_trainer.modelCounts(
        scores, m_trainer.chooseThreshold(scores, m_trainer.ruleCounts().precision(), {}));
    QVERIFY(all.precision() >= m_trainer.ruleCounts().precision());
    QVERIFY(all.f1() > m_trainer.ruleCounts().f1());
}

void TestLineBreakModel::restoresBreaks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sql statements") << QStringLiteral("SQL")
                                    << QStringLiteral("SELECT id, name FROM users WHERE active "
                                                      "ORDER BY name;")
                                    << QStringLiteral("SELECT id, name\nFROM users\nWHERE "
                                                      "active\nORDER BY name;");
    // Makefile: an assignment or a target starts a line, a recipe's commands start lines of
    // their own, indented with the tab make requires.
    QTest::newRow("makefile") << QStringLiteral("Makefile")
                              << QStringLiteral(
                                     "CC := cc CFLAGS ?= -O2 -Wall OBJS := main.o util.o "
                                     "app: $(OBJS) $(CC) $(CFLAGS) -o $@ $^ %.o: %.c "
                                     "$(CC) $(CFLAGS) -c $< -o $@ .PHONY: clean clean: "
                                     "rm -f app $(OBJS)")
                              << QStringLiteral("CC := cc\nCFLAGS ?= -O2 -Wall\nOBJS := main.o "
                                                "util.o\napp: $(OBJS)\n\t$(CC) $(CFLAGS) -o $@ "
                                                "$^\n%.o: %.c\n\t$(CC) $(CFLAGS) -c $< -o "
                                                "$@\n.PHONY: clean\nclean:\n\trm -f app $(OBJS)");
    QTest::newRow("makefile help target and recipe commands")
        << QStringLiteral("Makefile")
        << QStringLiteral("test: ## Run the tests go vet ./... go test -race ./... "
                          "ifeq ($(OS),Windows_NT) EXE := .exe else EXE := endif")
        << QStringLiteral("test: ## Run the tests\n\tgo vet ./...\n\tgo test -race ./...\n"
                          "ifeq ($(OS),Windows_NT)\nEXE := .exe\nelse\nEXE :=\nendif");
    // Terraform: one attribute or nested block per line, maps of more than one entry too.
    QTest::newRow("terraform") << QStringLiteral("Terraform")
                               << QStringLiteral(
                                      "# main.tf resource \"aws_s3_bucket\" \"logs\" { "
                                      "bucket = var.name tags = { Team = \"web\" Env = "
                                      "var.env } lifecycle { prevent_destroy = true } } "
                                      "output \"arn\" { value = aws_s3_bucket.logs.arn }")
                               << QStringLiteral("# main.tf\nresource \"aws_s3_bucket\" \"logs\" "
                                                 "{\n  bucket = var.name\n  tags = {\n    Team = "
                                                 "\"web\"\n    Env = var.env\n  }\n  lifecycle "
                                                 "{\n    prevent_destroy = true\n  }\n}\noutput "
                                                 "\"arn\" {\n  value = aws_s3_bucket.logs.arn\n}");
    QTest::newRow("terraform map of one entry stays on its line")
        << QStringLiteral("Terraform")
        << QStringLiteral("module \"vpc\" { source = \"./vpc\" tags = { Name = \"main\" } }")
        << QStringLiteral("module \"vpc\" {\n  source = \"./vpc\"\n  tags = { Name = "
                          "\"main\" }\n}");
    // Lua: statements per line, blocks closed by "end", indented by the words that open them;
    // a one-statement "if ... then return 0 end" keeps its line.
    QTest::newRow("lua") << QStringLiteral("Lua")
                         << QStringLiteral("-- the limit local n = tonumber(ARGV[1]) local c = "
                                           "redis.call(\"INCR\", KEYS[1]) if c > n then return 0 "
                                           "end return 1")
                         << QStringLiteral("-- the limit\nlocal n = tonumber(ARGV[1])\nlocal c = "
                                           "redis.call(\"INCR\", KEYS[1])\nif c > n then return 0 "
                                           "end\nreturn 1");
    // A function passed as an argument is a block inside the call's brackets; a table that
    // holds one is written one entry per line.
    QTest::newRow("lua function argument and table")
        << QStringLiteral("Lua")
        << QStringLiteral("local function range(n) return coroutine.wrap(function() for i = 1, n "
                          "do coroutine.yield(i) end end) end vim.api.nvim_create_autocmd("
                          "\"TextYankPost\", { desc = \"Flash\", callback = function() "
                          "vim.highlight.on_yank() end, })")
        << QStringLiteral("local function range(n)\n  return coroutine.wrap(function()\n    for "
                          "i = 1, n do\n      coroutine.yield(i)\n    end\n  end)\nend\n"
                          "vim.api.nvim_create_autocmd(\"TextYankPost\", {\n  desc = "
                          "\"Flash\",\n  callback = function()\n    vim.highlight.on_yank()\n"
                          "  end,\n})");
}

void TestLineBreakModel::restoresBreaks()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(restoreLineBreaks(code, languageForName(language)), expected);
}

QTEST_GUILESS_MAIN(TestLineBreakModel)
#include "tst_linebreakmodel.moc"
