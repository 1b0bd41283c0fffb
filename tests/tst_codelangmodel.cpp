// lectern-test:
// The statistical code language model: the committed lib/ingest/codelangmodel.inc is what
// tools/train_codelang makes of the training documents now, the runtime and the trainer see the
// same features, the model generalises to documents it was not fitted on, and what it answers
// for blocks written for this test.
#include "codelangtrainer.h"
#include "ingest/codelang.h"
#include "ingest/codelangfeatures.h"
#include "ingest/plainstripper.h"
#include "ingest/structure.h"
#include "ingest/structureeval.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace Lectern;
using Lectern::Test::readText;

namespace {

QString trainDirectory()
{
    return QStringLiteral(LECTERN_TEST_DATA "/structure/train");
}

// What the model is fitted on: train/ and more/ (960 how-to posts by the team's writers). With
// them, recovery's language accuracy on 120 unseen posts went 0.894 -> 0.900, on dev 0.865 ->
// 0.878 and on titlecase/ 0.925 -> 0.935; on train/, no longer most of what it is fitted on,
// 0.951 -> 0.939, and the 13 sample posts lost one block of 59.
QStringList modelDirectories()
{
    return {trainDirectory(), QStringLiteral(LECTERN_TEST_DATA "/structure/more")};
}

} // namespace

class TestCodeLangModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void committedModelIsCurrent();
    void runtimeAndTrainerFeaturesAgree_data();
    void runtimeAndTrainerFeaturesAgree();
    void quotedPhrasesAreMasked();
    void ruleWordsCoverTheRules();
    void loopCharactersCoverTheRules();
    void generalisesToUnseenDocuments();
    void identifiesBlocks_data();
    void identifiesBlocks();
    void categoryIsOnlyAPrior();
    void extraTrainDocumentsThroughRecovery_data();
    void extraTrainDocumentsThroughRecovery();

private:
    CodeLangTrainer m_trainer;
};

void TestCodeLangModel::initTestCase()
{
    QString error;
    QVERIFY2(m_trainer.load(modelDirectories(), &error), qPrintable(error));
    QVERIFY(m_trainer.documents().size() >= 80);
    // Training reads the train documents only: held-out stays unseen.
    for (const QString &path : m_trainer.documents())
        QVERIFY2(Test::isUnder(path, modelDirectories()), qPrintable(path));
}

// The committed model cannot drift from its training program: scripts/train-structure
// regenerates it, and this fails until it has been run after a change to the documents, the
// features or the trainer.
void TestCodeLangModel::committedModelIsCurrent()
{
    const QString generated = m_trainer.generate(m_trainer.train(CodeLangTrainer::Options{}));
    const QString path = QStringLiteral(LECTERN_SOURCE_DIR "/lib/ingest/codelangmodel.inc");
    const QString committed = readText(path);
    QVERIFY(!committed.isEmpty());
    const QString stale = Test::staleGenerated(generated, path);
    QVERIFY2(stale.isEmpty(), qPrintable(stale));
    QVERIFY(committed.size() < 200 * 1024);
}

void TestCodeLangModel::runtimeAndTrainerFeaturesAgree_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("go") << QStringLiteral(
        "results := make(chan int, 3) go func() { results <- 1 }()");
    QTest::newRow("shell") << QStringLiteral(
        "$ sudo systemctl restart nginx && curl -sI localhost");
    QTest::newRow("quoted") << QStringLiteral("cur.execute(\"SELECT id FROM users WHERE x = 1\")");
    QTest::newRow("unicode") << QStringLiteral("println!(\"größe: {}\", n); // ✓ done");
    QTest::newRow("empty") << QString();
    QString longBlock;
    for (int i = 0; i < 600; ++i)
        longBlock += QStringLiteral("x%1 = %1; ").arg(i);
    QTest::newRow("long") << longBlock;
}

// The runtime looks features up by hash, the trainer learns them by name: the same features.
void TestCodeLangModel::runtimeAndTrainerFeaturesAgree()
{
    QFETCH(QString, code);
    QStringList names;
    CodeLangFeatures::names(code, &names);
    QList<quint64> fromNames;
    for (const QString &n : std::as_const(names))
        fromNames << CodeLangFeatures::hashName(n);
    std::sort(fromNames.begin(), fromNames.end());
    fromNames.erase(std::unique(fromNames.begin(), fromNames.end()), fromNames.end());
    QList<quint64> hashes;
    CodeLangFeatures::hashes(code, &hashes);
    QCOMPARE(hashes, fromNames);
    QCOMPARE(names.isEmpty(), code.isEmpty());
    // Every feature is tagged, and bounded in length.
    for (const QString &n : std::as_const(names))
        QVERIFY2(n.size() >= 2 && n.size() <= 52, qPrintable(n));
}

void TestCodeLangModel::quotedPhrasesAreMasked()
{
    QStringList names;
    CodeLangFeatures::names(
        QStringLiteral("cur.execute(\"SELECT id FROM users WHERE active\") rows = cur.fetchall()"),
        &names);
    QVERIFY(!names.contains(QStringLiteral("kselect")));
    QVERIFY(!names.contains(QStringLiteral("kwhere")));
    QVERIFY(names.contains(QStringLiteral("kcur.fetchall")));
    QCOMPARE(CodeLangFeatures::withoutQuotedPhrases(u"x = \"a b\" + 'c'"),
             QStringLiteral("x = \"s\" + 'c'"));
    QVERIFY(CodeLangFeatures::withoutQuotedPhrases(u"echo \"$HOME/a b\"").isNull());
    // Quotes anywhere in a run of four characters (the search skips four at a time), and
    // characters beyond ASCII before them.
    QCOMPARE(CodeLangFeatures::withoutQuotedPhrases(u"result = compute(value, \"two words\")"),
             QStringLiteral("result = compute(value, \"s\")"));
    QCOMPARE(CodeLangFeatures::withoutQuotedPhrases(u"caf\u00e9 = \"deux mots\" ok"),
             QStringLiteral("caf\u00e9 = \"s\" ok"));
    QVERIFY(CodeLangFeatures::withoutQuotedPhrases(u"abcdefgh ijklmnop").isNull());
}

// The language rules skip their whole-token comparisons for tokens outside one word list
// (ruleWords() in codelang.cpp): a word compared there but missing from the list would
// silently turn its rule off. The source itself is checked, as the list is internal.
void TestCodeLangModel::ruleWordsCoverTheRules()
{
    const QString source = readText(QStringLiteral(LECTERN_SOURCE_DIR "/lib/ingest/codelang.cpp"));
    const qsizetype from = source.indexOf(QStringLiteral("const WordSet &ruleWords()"));
    QVERIFY(from >= 0);
    const qsizetype to = source.indexOf(QStringLiteral("return words;"), from);
    QVERIFY(to > from);
    QSet<QString> listed;
    static const QRegularExpression literal(QStringLiteral("u\"([^\"\\\\]*)\""));
    for (const QRegularExpressionMatch &m : literal.globalMatch(source.mid(from, to - from)))
        listed.insert(m.captured(1));
    QVERIFY(listed.size() > 50);
    static const QRegularExpression compared(
        QStringLiteral("\\bis\\(tok,\\s*u\"([^\"\\\\]*)\"\\)"));
    int checked = 0;
    for (const QRegularExpressionMatch &m : compared.globalMatch(source)) {
        QVERIFY2(listed.contains(m.captured(1)), qPrintable(m.captured(1)));
        ++checked;
    }
    QVERIFY(checked > 50);
}

// The token loops of the rules see only the tokens their characters admit (loopChars in
// codelang.cpp): a rule on how a token begins whose first character (or a character its loop
// admits anywhere) is missing there would silently turn off. The source itself is checked.
void TestCodeLangModel::loopCharactersCoverTheRules()
{
    const QString source = readText(QStringLiteral(LECTERN_SOURCE_DIR "/lib/ingest/codelang.cpp"));
    const auto unescape = [](QString text) {
        return text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
    };
    // Each loop's opening characters, and the characters it admits anywhere in a token.
    QHash<QString, QString> firsts, anywhere;
    const QHash<QString, QString> held = {
        {QStringLiteral("HoldsDot"), QStringLiteral(".")},
        {QStringLiteral("HoldsEquals"), QStringLiteral("=")},
        {QStringLiteral("HoldsBracket"), QStringLiteral("[")},
        {QStringLiteral("HoldsAngle"), QStringLiteral("<")},
        {QStringLiteral("HoldsBang"), QStringLiteral("!")},
        {QStringLiteral("HoldsColon"), QStringLiteral(":")},
    };
    static const QRegularExpression entry(QStringLiteral(
        "\\{(Loop\\w+), u\"((?:[^\"\\\\]|\\\\.)*)\", u\"(?:[^\"\\\\]|\\\\.)*\", ([^}]*)\\}"));
    for (const QRegularExpressionMatch &m : entry.globalMatch(source)) {
        firsts[m.captured(1)] = unescape(m.captured(2));
        for (auto it = held.begin(); it != held.end(); ++it)
            if (m.captured(3).contains(it.key()))
                anywhere[m.captured(1)] += it.value();
    }
    QVERIFY(firsts.size() > 10);
    // Each loop's body, and the literals it asks a token to begin with.
    static const QRegularExpression loop(QStringLiteral("s\\.tokensFor\\((Loop\\w+)\\)\\) \\{"));
    // (A rule that wants a token not to begin with something says nothing of its loop.)
    static const QRegularExpression begins(QStringLiteral(
        "(!?)(?:begins\\(tok, u\"((?:[^\"\\\\]|\\\\.)+)\"\\)|tok\\.startsWith\\(u'(.)'\\))"));
    int loops = 0, checked = 0;
    for (const QRegularExpressionMatch &m : loop.globalMatch(source)) {
        const QString name = m.captured(1);
        QVERIFY2(firsts.contains(name), qPrintable(name));
        // To the brace that closes the body (braces in character and string literals aside).
        qsizetype end = m.capturedEnd(), depth = 1;
        for (; end < source.size() && depth > 0; ++end) {
            const QChar c = source[end];
            if (c == u'\'' || c == u'"') {
                while (++end < source.size() && source[end] != c)
                    end += source[end] == u'\\';
            }
            depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
        }
        const QString body = source.mid(m.capturedEnd(), end - m.capturedEnd());
        for (const QRegularExpressionMatch &b : begins.globalMatch(body)) {
            if (!b.captured(1).isEmpty())
                continue;
            const QString literal =
                unescape(b.captured(2).isEmpty() ? b.captured(3) : b.captured(2));
            bool admitted = firsts[name].contains(literal[0]);
            for (const QChar c : literal)
                admitted = admitted || anywhere[name].contains(c);
            QVERIFY2(admitted, qPrintable(name + u' ' + literal));
            ++checked;
        }
        ++loops;
    }
    QVERIFY(loops > 10);
    QVERIFY(checked > 20);
}

// Fitted without a fifth of the documents, the model with the rules classifies those documents'
// blocks better than the rules alone (measured by scripts/train-structure --evaluate over all
// five folds; this checks one).
void TestCodeLangModel::generalisesToUnseenDocuments()
{
    constexpr int folds = 5;
    const CodeLangTrainer::Model model = m_trainer.train(CodeLangTrainer::Options{}, folds, 0);
    int total = 0, modelRight = 0, rulesRight = 0;
    for (const CodeLangTrainer::Example &e : m_trainer.examples()) {
        if (!e.whole || e.document % folds != 0)
            continue;
        ++total;
        modelRight += CodeLangTrainer::classify(model, e) == e.language;
        int rules = 0;
        for (int k = 1; k < CodeLanguageCount; ++k)
            if (e.rules[size_t(k)] > e.rules[size_t(rules)])
                rules = k;
        rulesRight += rules == e.language;
    }
    QVERIFY(total >= 80);
    const double accuracy = double(modelRight) / total;
    qInfo("unseen fold: %d blocks, model and rules %.4f, rules alone %.4f", total, accuracy,
          double(rulesRight) / total);
    QVERIFY(modelRight >= rulesRight);
    QVERIFY(accuracy >= 0.938); // reaches 0.9386 (0.9598 over train/ alone, before more/)
}

void TestCodeLangModel::identifiesBlocks_data()
{
    // Blocks written for this test (not in any document), as the index has them: one line.
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("language");
    const auto row = [](const char *name, const char *code, const char *category,
                        const char *language) {
        QTest::newRow(name) << QString::fromUtf8(code) << QString::fromUtf8(category)
                            << QString::fromUtf8(language);
    };
    row("go",
        "func (s *Store) Get(id int) (*Item, error) { s.mu.RLock() defer s.mu.RUnlock() "
        "item, ok := s.items[id] if !ok { return nil, ErrNotFound } return item, nil }",
        "", "Go");
    row("python",
        "class Cache: def __init__(self, size: int) -> None: self.size = size "
        "self.data: dict[str, bytes] = {}",
        "", "Python");
    row("rust",
        "impl Cache { pub fn get(&self, key: &str) -> Option<&Vec<u8>> { "
        "self.data.get(key) } }",
        "", "Rust");
    row("sql",
        "SELECT author, count(*) AS posts FROM articles WHERE published GROUP BY author "
        "ORDER BY posts DESC;",
        "", "SQL");
    row("yaml",
        "jobs: build: runs-on: ubuntu-latest steps: - uses: actions/checkout@v4 - run: "
        "make test",
        "", "YAML");
    row("toml",
        "[server] host = \"0.0.0.0\" port = 8080 [database] url = \"sqlite:app.db\" "
        "pool = 4",
        "", "TOML");
    row("json",
        "{ \"name\": \"lectern\", \"private\": true, \"scripts\": { \"test\": \"vitest\" "
        "} }",
        "", "JSON");
    row("dockerfile",
        "FROM golang:1.22 AS build WORKDIR /src COPY . . RUN go build -o /app "
        "./cmd/app FROM gcr.io/distroless/base COPY --from=build /app /app "
        "ENTRYPOINT [\"/app\"]",
        "", "Dockerfile");
    row("javascript",
        "const res = await fetch(url); const items = await res.json(); "
        "items.forEach((item) => console.log(item.title));",
        "", "JavaScript");
    row("typescript",
        "interface Post { id: number; title: string; tags?: string[] } function "
        "titles(posts: Post[]): string[] { return posts.map((p) => p.title); }",
        "", "TypeScript");
    row("html",
        "<ul class=\"posts\"> <li><a href=\"/one/\">One</a></li> <li><a "
        "href=\"/two/\">Two</a></li> </ul>",
        "", "HTML");
    row("css",
        ".sidebar { position: sticky; top: 1rem; width: 16rem; } .sidebar a:hover { "
        "color: var(--link); }",
        "", "CSS");
    row("ini",
        "[Service] ExecStart=/usr/bin/lectern-sync Restart=always User=lectern "
        "[Install] WantedBy=default.target",
        "", "INI Files");
    row("nginx",
        "location /api/ { proxy_pass http://127.0.0.1:9000; proxy_set_header Host "
        "$host; proxy_read_timeout 30s; }",
        "", "nginx Configuration");
    row("http", "GET /v2/posts?page=2 HTTP/1.1 Host: blog.example.net Accept: application/json", "",
        "HTTP");
    row("c",
        "int count_lines(FILE *fp) { int c, n = 0; while ((c = fgetc(fp)) != EOF) if (c == "
        "'\\n') n++; return n; }",
        "", "C");
    row("cpp",
        "std::vector<std::string> names; for (const auto &p : people) "
        "names.push_back(p.name); std::ranges::sort(names);",
        "", "C++");
    row("shell", "$ git log --oneline | head -5", "", "Bash");
    row("shell-script", "for f in *.md; do wc -w \"$f\"; done", "", "Bash");
    row("output", "Ran 12 tests in 0.034s OK", "", "");
    row("makefile",
        "PREFIX ?= /usr/local BIN := lectern-sync all: $(BIN) $(BIN): main.o store.o $(CC) -o "
        "$@ $^ $(LDLIBS) install: $(BIN) install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin",
        "", "Makefile");
    row("terraform",
        "variable \"region\" { type = string default = \"eu-west-1\" } provider \"aws\" { "
        "region = var.region } module \"site\" { source = \"./modules/site\" }",
        "", "Terraform");
    row("lua",
        "local function greet(name) if name == nil then name = 'world' end return 'hello, ' "
        ".. name end for i, v in ipairs({'a', 'b'}) do print(i, greet(v)) end",
        "", "Lua");
}

void TestCodeLangModel::identifiesBlocks()
{
    QFETCH(QString, code);
    QFETCH(QString, category);
    QFETCH(QString, language);
    QCOMPARE(languageName(identifyLanguage(code, category)), language);
}

// The category tips a near tie; it does not turn clear code of another language into the
// category's, nor output into code.
void TestCodeLangModel::categoryIsOnlyAPrior()
{
    const QString sql = QStringLiteral("SELECT id, title FROM posts WHERE draft = false ORDER BY "
                                       "published DESC LIMIT 10;");
    QCOMPARE(identifyLanguage(sql, u"go"), CodeLanguage::Sql);
    QCOMPARE(identifyLanguage(sql, u"python"), CodeLanguage::Sql);
    const QString docker =
        QStringLiteral("FROM python:3.12-slim COPY . /app RUN pip install -r "
                       "/app/requirements.txt CMD [\"python\", \"/app/main.py\"]");
    QCOMPARE(identifyLanguage(docker, u"python"), CodeLanguage::Dockerfile);
    QCOMPARE(identifyLanguage(u"worker 2 worker 1 worker 3 all workers finished", u"go"),
             CodeLanguage::PlainText);
    float evidence = -1;
    QCOMPARE(identifyLanguage(u"", u"go", &evidence), CodeLanguage::PlainText);
    QCOMPARE(evidence, 0.0f);
}

// The documents of train/extra (written for the model) and train/extra2 (84 how-to posts first
// measured unseen, then trained on) are not in tst_structurequality's train set: the whole
// recovery's language accuracy on them, which includes code boundaries.
void TestCodeLangModel::extraTrainDocumentsThroughRecovery_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("documents");
    QTest::addColumn<double>("minimum");
    // extra reaches 0.7660 (180 of 235): 0.7702 before version 53 kept a message after its
    // label in code ("error TS2345: Argument of type ..."), which joins one tsc report to the
    // TypeScript block before it (that rule gained code F1 on 32 of 80 sets of unseen posts).
    QTest::newRow("extra") << QStringLiteral("extra") << 32 << 0.765;
    // extra2 reaches 0.9192: 0.9210 before more/round4, which split one Flask handler's block
    // in two, its second half now read as plain text.
    QTest::newRow("extra2") << QStringLiteral("extra2") << 84 << 0.919;
}

void TestCodeLangModel::extraTrainDocumentsThroughRecovery()
{
    QFETCH(QString, folder);
    QFETCH(int, documents);
    QFETCH(double, minimum);
    const QDir dir(trainDirectory() + u'/' + folder);
    StructureScore total;
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        GroundTruth truth;
        QString error;
        QVERIFY2(PlainStripper::fromMarkdown(readText(dir.filePath(name)),
                                             PlainStripper::Flavour::Hugo, &truth, &error),
                 qPrintable(error));
        const bool details = qEnvironmentVariableIntValue("LECTERN_STRUCTURE_DETAILS") != 0;
        StructureScore s = scoreStructure(
            truth.blocks, recoverStructure(truth.indexContent, truth.category), details);
        if (details && !s.details.isEmpty())
            qInfo().noquote() << "==" << name << "\n  " << s.details.join(QLatin1String("\n   "));
        s.details.clear();
        total += s;
    }
    qInfo().noquote() << QStringLiteral("train/%1 (Hugo):").arg(folder) << total.summary();
    qInfo("  strict language misses: %d from code boundaries, %d from classifying",
          total.languageMissBoundary, total.languageMissClassify);
    QCOMPARE(total.documents, documents);
    QVERIFY2(total.languageAccuracy() >= minimum, qPrintable(total.summary()));
}

QTEST_GUILESS_MAIN(TestCodeLangModel)
#include "tst_codelangmodel.moc"
