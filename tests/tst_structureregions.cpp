// lectern-test:
// Tables and program output in index text (lib/ingest/structureregions.h): cases written as
// Markdown, stripped the way Hugo's index is (PlainStripper), then found and recovered.
#include "ingest/entities.h"
#include "ingest/plainstripper.h"
#include "ingest/structure.h"
#include "ingest/structureregions.h"
#include "ingest/structuretext.h"
#include "ingest/structuretokens.h"
#include "testsupport.h"

#include <QTest>

using namespace Lectern;

namespace {

GroundTruth strip(const QString &markdown)
{
    GroundTruth truth;
    QString error;
    const bool ok = PlainStripper::fromMarkdown(
        QStringLiteral("---\ntitle: Case\ncategory: devops\n---\n") + markdown,
        PlainStripper::Flavour::Hugo, &truth, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return truth;
}

struct FoundRegion
{
    StructureRegion::Kind kind;
    QString text;
};

// The regions of every line of an index text, as the text they cover.
QList<FoundRegion> regionsOf(const QString &indexContent)
{
    const QString decoded = decodeEntities(indexContent);
    QList<FoundRegion> found;
    bool afterColon = false;
    for (const QString &line : decoded.split(u'\n', Qt::SkipEmptyParts)) {
        const QByteArray origins(line.size(), char(OriginPlain));
        QString lower;
        const StructureTokens tokens = tokenizeLine(line, origins, &lower);
        const StructureRegions regions = StructureRegions::find(tokens, afterColon);
        for (const StructureRegion &r : regions.regions())
            found.append({r.kind, line.mid(tokens[r.start].start,
                                           tokens[r.end - 1].end - tokens[r.start].start)});
        afterColon = line.endsWith(u':');
    }
    return found;
}

// The truth's blocks of a type, as text without spaces.
QStringList truthOf(const GroundTruth &truth, Block::Type type)
{
    QStringList out;
    for (const Block &b : truth.blocks)
        if (b.type == type)
            out << Test::nonSpace(b.text);
    return out;
}

QStringList recoveredOf(const Blocks &blocks, Block::Type type)
{
    QStringList out;
    for (const Block &b : blocks)
        if (b.type == type)
            out << Test::nonSpace(b.text);
    return out;
}

QString join(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestStructureRegions : public QObject
{
    Q_OBJECT

private slots:
    void tableIsFound_data();
    void tableIsFound();
    void proseAndCodeAreNoTable_data();
    void proseAndCodeAreNoTable();
    void headingOverSentenceIsNoTable_data();
    void headingOverSentenceIsNoTable();
    void outputIsCode_data();
    void outputIsCode();
    void proseMentioningOutputStaysProse();
    void statementsAreNoOutput_data();
    void statementsAreNoOutput();
    void directivesAreCode_data();
    void directivesAreCode();
};

void TestStructureRegions::tableIsFound_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("table");   // the table's cells as the index runs them on
    QTest::addColumn<QString>("heading"); // a heading over it, or empty

    QTest::newRow("after a paragraph")
        << join({QStringLiteral("Results appear as you type, ranked by how well they match."),
                 QString(), QStringLiteral("| Key | In the search box |"),
                 QStringLiteral("|---|---|"),
                 QStringLiteral("| Up / Down | move through results |"),
                 QStringLiteral("| Enter | open the selected result |"),
                 QStringLiteral("| Esc | clear the query; a second Esc returns to the article |"),
                 QString(), QStringLiteral("Enter is the one worth learning early. Try it now.")})
        << QStringLiteral("Key In the search box Up / Down move through results Enter open the "
                          "selected result Esc clear the query; a second Esc returns to the "
                          "article")
        << QString();
    QTest::newRow("under a sentence-case heading")
        << join({QStringLiteral("Stretch every morning."), QString(),
                 QStringLiteral("## A weekly overview"), QString(),
                 QStringLiteral("| Day | Routine | Extra |"), QStringLiteral("|---|---|---|"),
                 QStringLiteral("| Monday to Friday | full routine | a walk at lunch |"),
                 QStringLiteral("| Saturday | full routine | longer hip work |"),
                 QStringLiteral("| Sunday | rest or a gentle walk | none |"), QString(),
                 QStringLiteral("## Conclusion"), QString(),
                 QStringLiteral("Five movements, ten minutes, every day. Your back will thank "
                                "you.")})
        << QStringLiteral("Day Routine Extra Monday to Friday full routine a walk at lunch "
                          "Saturday full routine longer hip work Sunday rest or a gentle walk none")
        << QStringLiteral("A weekly overview");
    QTest::newRow("numbers in the first column")
        << join({QStringLiteral("The 4xx codes say you need to change the request:"), QString(),
                 QStringLiteral("| Code | Use it when |"), QStringLiteral("|---|---|"),
                 QStringLiteral("| 400 | the request is malformed |"),
                 QStringLiteral("| 401 | there are no valid credentials |"),
                 QStringLiteral("| 404 | the resource does not exist |"),
                 QStringLiteral("| 429 | the client is rate limited |"), QString(),
                 QStringLiteral("Pick one shape for errors and use it everywhere.")})
        << QStringLiteral("Code Use it when 400 the request is malformed 401 there are no valid "
                          "credentials 404 the resource does not exist 429 the client is rate "
                          "limited")
        << QString();
    // A heading that reads as the header's first cell: a heading word ends it.
    QTest::newRow("under a heading word")
        << join({QStringLiteral("Prefer the workspace table for anything two crates share."),
                 QString(), QStringLiteral("## Summary"), QString(),
                 QStringLiteral("| Goal | Where |"), QStringLiteral("|---|---|"),
                 QStringLiteral("| Share a version across crates | the root manifest |"),
                 QStringLiteral("| Opt in from a member | the member manifest |"),
                 QStringLiteral("| Find duplicates | cargo tree with duplicates |"), QString(),
                 QStringLiteral("That is the whole trick. Keep the root small.")})
        << QStringLiteral("Goal Where Share a version across crates the root manifest Opt in "
                          "from a member the member manifest Find duplicates cargo tree with "
                          "duplicates")
        << QStringLiteral("Summary");
    // A Title Case heading whose noun the header's first cell names again: "Flags" over "Flag".
    QTest::newRow("under a heading its first column names")
        << join({QStringLiteral("Ten runs is a reasonable minimum for a benchmark."), QString(),
                 QStringLiteral("## Useful Flags at a Glance"), QString(),
                 QStringLiteral("| Flag | What it does |"), QStringLiteral("|---|---|"),
                 QStringLiteral("| `-bench=REGEX` | Run benchmarks whose names match |"),
                 QStringLiteral("| `-benchmem` | Report B/op and allocs/op |"),
                 QStringLiteral("| `-count=10` | Repeat each benchmark ten times |"), QString(),
                 QStringLiteral("That last flag matters most when you compare two versions.")})
        << QStringLiteral("Flag What it does -bench=REGEX Run benchmarks whose names match "
                          "-benchmem Report B/op and allocs/op -count=10 Repeat each benchmark "
                          "ten times")
        << QStringLiteral("Useful Flags at a Glance");
    // (Version 62: words that say "table below" end the heading over it wherever they stand,
    // "Side by Side" whatever its small word; a question heading ends the table. Before, the
    // heading ran on into the header's cells, or no table was found.)
    QTest::newRow("side by side, header half in lowercase")
        << join({QStringLiteral("Pick the model that fits the work."), QString(),
                 QStringLiteral("## Side by Side"), QString(),
                 QStringLiteral("| | Threads | asyncio |"), QStringLiteral("|---|---|---|"),
                 QStringLiteral("| Parallel CPU work | No | No |"),
                 QStringLiteral("| Memory per task | Low | Lowest |"),
                 QStringLiteral("| Good for | Blocking I/O | Many sockets |"), QString(),
                 QStringLiteral("## When Should You Use Threads?"), QString(),
                 QStringLiteral("When a library only offers blocking calls.")})
        << QStringLiteral("Threads asyncio Parallel CPU work No No Memory per task Low Lowest "
                          "Good for Blocking I/O Many sockets")
        << QStringLiteral("Side by Side");
    QTest::newRow("at a glance, five words")
        << join({QStringLiteral("Each layer catches what the one before let through."), QString(),
                 QStringLiteral("## The Layers at a Glance"), QString(),
                 QStringLiteral("| Layer | Where it lives | Catches |"),
                 QStringLiteral("|---|---|---|"),
                 QStringLiteral("| Browser cache | the device | repeat visits |"),
                 QStringLiteral("| CDN | the edge | most traffic |"),
                 QStringLiteral("| Origin cache | next to the app | misses |"), QString(),
                 QStringLiteral("Start with the browser cache. It is free.")})
        << QStringLiteral("Layer Where it lives Catches Browser cache the device repeat "
                          "visits CDN the edge most traffic Origin cache next to the app misses")
        << QStringLiteral("The Layers at a Glance");
    QTest::newRow("a first column's usual name")
        << join({QStringLiteral("Providers read the status code before anything else."), QString(),
                 QStringLiteral("## Choosing Status Codes"), QString(),
                 QStringLiteral("| Situation | Status | Provider retries |"),
                 QStringLiteral("|---|---|---|"),
                 QStringLiteral("| Stored and queued | 202 | No |"),
                 QStringLiteral("| Body fails validation | 400 | No |"),
                 QStringLiteral("| Database down | 503 | Yes |"), QString(),
                 QStringLiteral("Return fast and do the work later.")})
        << QStringLiteral("Situation Status Provider retries Stored and queued 202 No Body fails "
                          "validation 400 No Database down 503 Yes")
        << QStringLiteral("Choosing Status Codes");
    // Header cells that end with '?' ask nothing: no question word opens them.
    QTest::newRow("header cells ending in question marks")
        << join({QStringLiteral("The three shapes compare like this."), QString(),
                 QStringLiteral("| Approach | Invalid states possible? | Checked by the compiler? "
                                "|"),
                 QStringLiteral("|---|---|---|"), QStringLiteral("| Optional fields | yes | no |"),
                 QStringLiteral("| Discriminated union | no | yes |"),
                 QStringLiteral("| Class hierarchy | sometimes | partly |"), QString(),
                 QStringLiteral("The union costs a few more lines and pays them back.")})
        << QStringLiteral("Approach Invalid states possible? Checked by the compiler? Optional "
                          "fields yes no Discriminated union no yes Class hierarchy sometimes "
                          "partly")
        << QString();
    // Under a colon that announced it, a table opens with its header: "Exit code" is a cell,
    // not a heading over "Meaning to bisect".
    QTest::newRow("announced by a colon")
        << join({QStringLiteral("git bisect run takes a command and uses its exit status:"),
                 QString(), QStringLiteral("| Exit code | Meaning to bisect |"),
                 QStringLiteral("|---|---|"), QStringLiteral("| 0 | good |"),
                 QStringLiteral("| 1 | bad |"), QStringLiteral("| 125 | skip this commit |"),
                 QStringLiteral("| 128 or more | abort the bisect |"), QString(),
                 QStringLiteral("Write the script so that it tests exactly one thing.")})
        << QStringLiteral("Exit code Meaning to bisect 0 good 1 bad 125 skip this commit 128 or "
                          "more abort the bisect")
        << QString();
    // A row labelled with a heading word ("Results") goes on with cells, not with a sentence.
    QTest::newRow("a row named like a heading")
        << join({QStringLiteral("Side by side, the two behave differently."), QString(),
                 QStringLiteral("| Behaviour | With gather | With a task group |"),
                 QStringLiteral("|---|---|---|"),
                 QStringLiteral("| One task raises | siblings keep running | siblings are "
                                "cancelled |"),
                 QStringLiteral("| Results | Returned as a list, in order | Read from each task |"),
                 QStringLiteral("| Minimum Python | 3.4 | 3.11 |"), QString(),
                 QStringLiteral("Use the task group unless you need every result.")})
        << QStringLiteral(
               "Behaviour With gather With a task group One task raises siblings keep running "
               "siblings are cancelled Results Returned as a list, in order Read from "
               "each task Minimum Python 3.4 3.11")
        << QString();
}

// A table's cells are found as one run, no heading is recovered inside it, and its text is a
// paragraph of its own, as the truth has it.
void TestStructureRegions::tableIsFound()
{
    QFETCH(QString, markdown);
    QFETCH(QString, table);
    QFETCH(QString, heading);
    const GroundTruth truth = strip(markdown);
    QVERIFY(!truth.indexContent.isEmpty());
    QVERIFY2(truthOf(truth, Block::Type::Paragraph).contains(Test::nonSpace(table)),
             "the case's table is not a paragraph of the truth");

    const QList<FoundRegion> regions = regionsOf(truth.indexContent);
    QCOMPARE(regions.size(), 1);
    QCOMPARE(regions[0].kind, StructureRegion::Kind::Table);
    QCOMPARE(regions[0].text, table);

    const Blocks blocks = recoverStructure(truth.indexContent, truth.category);
    QStringList expectedHeadings = truthOf(truth, Block::Type::Heading);
    QCOMPARE(recoveredOf(blocks, Block::Type::Heading), expectedHeadings);
    QVERIFY(recoveredOf(blocks, Block::Type::Paragraph).contains(Test::nonSpace(table)));
    if (!heading.isEmpty())
        QVERIFY(expectedHeadings.contains(Test::nonSpace(heading)));
}

void TestStructureRegions::proseAndCodeAreNoTable_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("long sentences with names")
        << join({QStringLiteral("## Why Go for backends"), QString(),
                 QStringLiteral("The Go ecosystem powers Docker Kubernetes Terraform Caddy and "
                                "most of the modern cloud-native stack. Lectern keeps a history "
                                "for every tab, like a browser does.")});
    QTest::newRow("a Dockerfile") << join(
        {QStringLiteral("The image:"), QString(), QStringLiteral("```dockerfile"),
         QStringLiteral("FROM python:3.12-slim"), QStringLiteral("WORKDIR /app"),
         QStringLiteral("COPY requirements.txt ."),
         QStringLiteral("RUN pip install --no-cache-dir -r requirements.txt"),
         QStringLiteral("COPY . ."), QStringLiteral("USER nobody"),
         QStringLiteral("CMD [\"gunicorn\", \"app:app\"]"), QStringLiteral("```"), QString(),
         QStringLiteral("Build it with the usual command.")});
    QTest::newRow("SQL") << join(
        {QStringLiteral("## Moving rows"), QString(), QStringLiteral("```sql"),
         QStringLiteral("WITH moved AS ("),
         QStringLiteral("  DELETE FROM staging RETURNING sku, name"), QStringLiteral(")"),
         QStringLiteral("INSERT INTO products (sku, name)"),
         QStringLiteral("SELECT sku, name FROM moved ON CONFLICT (sku) DO NOTHING;"),
         QStringLiteral("```"), QString(), QStringLiteral("One statement, one transaction.")});
}

void TestStructureRegions::proseAndCodeAreNoTable()
{
    QFETCH(QString, markdown);
    const GroundTruth truth = strip(markdown);
    for (const FoundRegion &r : regionsOf(truth.indexContent))
        QVERIFY2(r.kind != StructureRegion::Kind::Table, qPrintable(r.text));
}

// A heading in Title Case, or a heading word, over a sentence reads like a header row of
// capitalised cells ("Check That", "Setup Here"), but a sentence runs on to its end with its
// function words, and no cell opens after a lowercase word: no table, and the heading is found.
void TestStructureRegions::headingOverSentenceIsNoTable_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("heading word") << join(
        {QStringLiteral("Every official base image starts you off as root."), QString(),
         QStringLiteral("## Setup"), QString(),
         QStringLiteral("Here is a Dockerfile for a small Python web service that does it "
                        "properly. Read the comments; the ownership decisions matter.")});
    QTest::newRow("Title Case, subject and verb")
        << join({QStringLiteral("Full-text search needs no extra server."), QString(),
                 QStringLiteral("## Make Sure FTS5 Is Available"), QString(),
                 QStringLiteral("FTS5 is compiled into the SQLite builds shipped with most Linux "
                                "distributions and with Python.")});
    QTest::newRow("heading word, a sentence's opener")
        << join({QStringLiteral("The proxy needs a server to talk to."), QString(),
                 QStringLiteral("## Backend"), QString(),
                 QStringLiteral("For a concrete example, here is a tiny broadcast server using "
                                "the WebSocket library Gorilla and nothing else.")});
    // Every word capitalised but the function words, and a dash: a heading, however many
    // capitalised words look like cells.
    QTest::newRow("Title Case with a dash")
        << join({QStringLiteral("One worker at a time may run the nightly export."), QString(),
                 QStringLiteral("## Step 2 — Give Each Worker Its Own Lease Key"), QString(),
                 QStringLiteral("Leases are stored in one table, keyed by the worker's host "
                                "name, and renewed every ten seconds.")});
    QTest::newRow("Title Case over code")
        << join({QStringLiteral("Tagging a commit should be the whole release process."), QString(),
                 QStringLiteral("## Step 5 — Release On Every Tag Push"), QString(),
                 QStringLiteral("```yaml"), QStringLiteral("# .github/workflows/release.yml"),
                 QStringLiteral("name: release"), QStringLiteral("on:"), QStringLiteral("  push:"),
                 QStringLiteral("    tags: [\"v*\"]"), QStringLiteral("```")});
}

void TestStructureRegions::headingOverSentenceIsNoTable()
{
    QFETCH(QString, markdown);
    const GroundTruth truth = strip(markdown);
    QVERIFY(!truth.indexContent.isEmpty());
    for (const FoundRegion &r : regionsOf(truth.indexContent))
        QVERIFY2(r.kind != StructureRegion::Kind::Table, qPrintable(r.text));
    const Blocks blocks = recoverStructure(truth.indexContent, truth.category);
    QCOMPARE(recoveredOf(blocks, Block::Type::Heading), truthOf(truth, Block::Type::Heading));
    QCOMPARE(recoveredOf(blocks, Block::Type::Paragraph), truthOf(truth, Block::Type::Paragraph));
}

void TestStructureRegions::outputIsCode_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("output"); // the output block's text, spaces aside

    QTest::newRow("sanitizer report")
        << join({QStringLiteral("Build with the sanitizer and run it:"), QString(),
                 QStringLiteral("```bash"), QStringLiteral("./ring_test"), QStringLiteral("```"),
                 QString(), QStringLiteral("```text"),
                 QStringLiteral("==4242==ERROR: AddressSanitizer: heap-use-after-free"),
                 QStringLiteral("READ of size 8 at 0x7f3a1c800020 thread T2"),
                 QStringLiteral("    #0 0x55d3b4 in ring_pop ring.h:41"),
                 QStringLiteral("    #1 0x55d3f0 in worker main.c:88"), QStringLiteral("```"),
                 QString(), QStringLiteral("## Fixing it"), QString(),
                 QStringLiteral("The worker read a slot after the writer freed it.")})
        << QStringLiteral("==4242==ERROR: AddressSanitizer: heap-use-after-free READ of size 8 at "
                          "0x7f3a1c800020 thread T2 #0 0x55d3b4 in ring_pop ring.h:41 #1 0x55d3f0 "
                          "in worker main.c:88");
    QTest::newRow("go test -v")
        << join({QStringLiteral("Run the tests verbosely:"), QString(), QStringLiteral("```bash"),
                 QStringLiteral("go test -v ./..."), QStringLiteral("```"), QString(),
                 QStringLiteral("```text"), QStringLiteral("=== RUN   TestSum"),
                 QStringLiteral("=== RUN   TestSum/empty"),
                 QStringLiteral("--- PASS: TestSum (0.00s)"),
                 QStringLiteral("    --- PASS: TestSum/empty (0.00s)"), QStringLiteral("PASS"),
                 QStringLiteral("ok  \texample.com/sum\t0.004s"), QStringLiteral("```"), QString(),
                 QStringLiteral("## Parallel subtests"), QString(),
                 QStringLiteral("Call t.Parallel in each subtest to run them together.")})
        << QStringLiteral("=== RUN TestSum === RUN TestSum/empty --- PASS: TestSum (0.00s) --- "
                          "PASS: TestSum/empty (0.00s) PASS ok example.com/sum 0.004s");
    // Commit hashes and a tree's drawing are output too.
    QTest::newRow("git log")
        << join({QStringLiteral("The last four commits on the branch:"), QString(),
                 QStringLiteral("```bash"), QStringLiteral("git log --oneline -4"),
                 QStringLiteral("```"), QString(), QStringLiteral("```text"),
                 QStringLiteral("4e2a91c Fix rounding in invoice totals"),
                 QStringLiteral("88e01d5 Add filter model and migration"),
                 QStringLiteral("a12f4c3 Bump the pool size"),
                 QStringLiteral("0b7c2d9 Initial commit"), QStringLiteral("```"), QString(),
                 QStringLiteral("The newest one is where the totals went wrong.")})
        << QStringLiteral("4e2a91c Fix rounding in invoice totals 88e01d5 Add filter model and "
                          "migration a12f4c3 Bump the pool size 0b7c2d9 Initial commit");
    QTest::newRow("tree") << join({QStringLiteral("The project looks like this:"), QString(),
                                   QStringLiteral("```text"), QStringLiteral("wordfreq/"),
                                   QStringLiteral("├── pyproject.toml"),
                                   QStringLiteral("├── README.md"), QStringLiteral("├── src/"),
                                   QStringLiteral("└── tests/"), QStringLiteral("```"), QString(),
                                   QStringLiteral("## Declaring the entry point"), QString(),
                                   QStringLiteral("The console script goes in the project table.")})
                          << QStringLiteral(
                                 "wordfreq/ ├── pyproject.toml ├── README.md ├── src/ └── tests/");
    // A query plan reads like words ("Index Scan using ... on orders"); its figures mark it,
    // and it opens a line at each node's arrow and each label after a figure. (Version 58
    // split the first into "Index" as code, "Scan using ... on orders" as prose, and
    // "Planning Time: ... The keys to read this:" as one paragraph.)
    QTest::newRow("EXPLAIN ANALYZE plan")
        << join({QStringLiteral("Run it with real timings:"), QString(), QStringLiteral("```sql"),
                 QStringLiteral("EXPLAIN ANALYZE"), QStringLiteral("SELECT * FROM orders"),
                 QStringLiteral("WHERE user_id = 42;"), QStringLiteral("```"), QString(),
                 QStringLiteral("Sample output:"), QString(), QStringLiteral("```text"),
                 QStringLiteral("Index Scan using idx_orders_user_id on orders  "
                                "(cost=0.43..8.45 rows=1 width=120) (actual "
                                "time=0.052..0.054 rows=1 loops=1)"),
                 QStringLiteral("  Index Cond: (user_id = 42)"),
                 QStringLiteral("Planning Time: 0.187 ms"),
                 QStringLiteral("Execution Time: 0.082 ms"), QStringLiteral("```"), QString(),
                 QStringLiteral("The keys to read this are the node and its two sets of "
                                "figures.")})
        << QStringLiteral("Index Scan using idx_orders_user_id on orders (cost=0.43..8.45 rows=1 "
                          "width=120) (actual time=0.052..0.054 rows=1 loops=1) Index Cond: "
                          "(user_id = 42) Planning Time: 0.187 ms Execution Time: 0.082 ms");
    QTest::newRow("nested plan")
        << join({QStringLiteral("Real plans get nested. Example:"), QString(),
                 QStringLiteral("```text"), QStringLiteral("Limit  (cost=0..50 rows=10)"),
                 QStringLiteral("  ->  Nested Loop  (cost=0..600 rows=120)"),
                 QStringLiteral("        ->  Index Scan using idx_orders_user_id on orders o  "
                                "(cost=0..40 rows=120)"),
                 QStringLiteral("              Index Cond: (user_id = 42)"),
                 QStringLiteral("        ->  Index Scan using items_pkey on items i  "
                                "(cost=0..4.7 rows=1)"),
                 QStringLiteral("              Index Cond: (id = o.item_id)"),
                 QStringLiteral("```"), QString(), QStringLiteral("Read it bottom-up:"), QString(),
                 QStringLiteral("- Scan orders by user_id first."),
                 QStringLiteral("- Then look up each item by its key.")})
        << QStringLiteral("Limit (cost=0..50 rows=10) -> Nested Loop (cost=0..600 rows=120) -> "
                          "Index Scan using idx_orders_user_id on orders o (cost=0..40 rows=120) "
                          "Index Cond: (user_id = 42) -> Index Scan using items_pkey on items i "
                          "(cost=0..4.7 rows=1) Index Cond: (id = o.item_id)");
    // psql's title over its ruler, and the heading after the output over a long sentence.
    QTest::newRow("psql plan with its title")
        << join({QStringLiteral("Before and after on our largest table:"), QString(),
                 QStringLiteral("```text"),
                 QStringLiteral("                QUERY PLAN (as app_user)"),
                 QStringLiteral("-------------------------------------------------"),
                 QStringLiteral(" Limit  (cost=0.56..41.20 rows=20 width=24) (actual "
                                "time=0.031..0.088 rows=20 loops=1)"),
                 QStringLiteral("   ->  Index Scan Backward using invoices_tenant_idx on "
                                "invoices  (cost=0.43..96.10 rows=40 width=24) (actual "
                                "time=0.030..0.080 rows=20 loops=1)"),
                 QStringLiteral(" Execution Time: 0.104 ms"), QStringLiteral("```"), QString(),
                 QStringLiteral("## Testing"), QString(),
                 QStringLiteral("Our test suite has one test per table that creates two tenants, "
                                "inserts a row for each, switches to tenant A, and asserts that "
                                "a plain select returns exactly one row.")})
        << QStringLiteral("QUERY PLAN (as app_user) ------------------------------------------"
                          "------- Limit (cost=0.56..41.20 rows=20 width=24) (actual "
                          "time=0.031..0.088 rows=20 loops=1) -> Index Scan Backward using "
                          "invoices_tenant_idx on invoices (cost=0.43..96.10 rows=40 width=24) "
                          "(actual time=0.030..0.080 rows=20 loops=1) Execution Time: 0.104 ms");
}

// Output is recovered inside code, and no heading is made of it.
void TestStructureRegions::outputIsCode()
{
    QFETCH(QString, markdown);
    QFETCH(QString, output);
    const GroundTruth truth = strip(markdown);
    QVERIFY(truthOf(truth, Block::Type::Code).contains(Test::nonSpace(output)));
    bool found = false;
    QStringList seen;
    for (const FoundRegion &r : regionsOf(truth.indexContent)) {
        found = found || (r.kind == StructureRegion::Kind::Output &&
                          Test::nonSpace(output).contains(Test::nonSpace(r.text)));
        seen << r.text;
    }
    QVERIFY2(found, qPrintable(seen.join(QLatin1String(" | "))));
    const Blocks blocks = recoverStructure(truth.indexContent, truth.category);
    QCOMPARE(recoveredOf(blocks, Block::Type::Heading), truthOf(truth, Block::Type::Heading));
    const QString code = recoveredOf(blocks, Block::Type::Code).join(QString());
    QVERIFY2(code.contains(Test::nonSpace(output)), qPrintable(code));
    // The output block is plain text, broken into the lines it was printed in.
    QStringList trueLines;
    for (const Block &b : truth.blocks)
        if (b.type == Block::Type::Code && Test::nonSpace(b.text) == Test::nonSpace(output))
            for (const QString &l : b.text.split(u'\n'))
                trueLines << l.simplified();
    for (const Block &b : blocks) {
        if (b.type != Block::Type::Code || !Test::nonSpace(output).contains(Test::nonSpace(b.text)))
            continue;
        QCOMPARE(b.language, QString());
        const QStringList lines = b.text.split(u'\n');
        QVERIFY2(lines.size() >= trueLines.size() - 1, qPrintable(b.text));
        for (const QString &l : lines)
            QVERIFY2(trueLines.contains(l.simplified()), qPrintable(l));
    }
}

// One address or one location in a sentence is not output.
void TestStructureRegions::proseMentioningOutputStaysProse()
{
    const GroundTruth truth =
        strip(join({QStringLiteral("The crash points at ring.h:41, where the reader takes a slot "
                                   "that the writer already freed at 0x7f3a1c800020. Reading the "
                                   "code around it shows why.")}));
    QVERIFY(regionsOf(truth.indexContent).isEmpty());
}

void TestStructureRegions::statementsAreNoOutput_data()
{
    QTest::addColumn<QString>("markdown");
    // Capitalised words that end a statement are SQL's, not a header row's (version 58 made
    // "ENABLE ROW LEVEL SECURITY; ... FORCE ROW LEVEL SECURITY;" plain output).
    QTest::newRow("row level security")
        << join({QStringLiteral("## Enable RLS on a table"), QString(), QStringLiteral("```sql"),
                 QStringLiteral("-- Every tenant-owned table gets the same treatment"),
                 QStringLiteral("ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;"),
                 QStringLiteral("ALTER TABLE invoices FORCE ROW LEVEL SECURITY;"),
                 QStringLiteral("CREATE POLICY tenant_isolation ON invoices"),
                 QStringLiteral("    USING (tenant_id = current_setting('app.tenant_id')::uuid);"),
                 QStringLiteral("```"), QString(),
                 QStringLiteral("USING filters what you can read, update and delete.")});
    // A plan quoted in the query's comments belongs to the query.
    QTest::newRow("plan in a comment")
        << join({QStringLiteral("Pass the list as one array parameter:"), QString(),
                 QStringLiteral("```sql"),
                 QStringLiteral("SELECT * FROM customers WHERE id = ANY($1::bigint[]);"),
                 QStringLiteral("-- Index Scan using customers_pkey on customers  "
                                "(cost=0.28..12.89 rows=3 width=96)"),
                 QStringLiteral("--   Index Cond: (id = ANY ($1))"), QStringLiteral("```"),
                 QString(), QStringLiteral("One statement, one plan, any number of ids.")});
}

void TestStructureRegions::statementsAreNoOutput()
{
    QFETCH(QString, markdown);
    const GroundTruth truth = strip(markdown);
    for (const FoundRegion &r : regionsOf(truth.indexContent))
        QVERIFY2(r.kind != StructureRegion::Kind::Output, qPrintable(r.text));
    const Blocks blocks = recoverStructure(truth.indexContent, truth.category);
    QStringList sql;
    for (const Block &b : blocks)
        if (b.type == Block::Type::Code)
            sql << b.language + u':' + Test::nonSpace(b.text);
    QCOMPARE(sql, QStringList(QStringLiteral("SQL:") +
                              truthOf(truth, Block::Type::Code).join(QString())));
}

void TestStructureRegions::directivesAreCode_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("language"); // of every code block in the truth
    // Version 60 ended the config at its first comment: "PasswordAuthentication no ..." read
    // as a sentence, and the block before it had no language. The sentence after it names the
    // last directive again, and stays prose.
    QTest::newRow("sshd_config")
        << join({QStringLiteral("Every host gets the same drop-in file:"), QString(),
                 QStringLiteral("```conf"), QStringLiteral("# /etc/ssh/sshd_config.d/20-ca.conf"),
                 QStringLiteral("TrustedUserCAKeys /etc/ssh/ca.pub"),
                 QStringLiteral("HostCertificate /etc/ssh/ssh_host_ed25519_key-cert.pub"),
                 QString(), QStringLiteral("# Nothing but certificates from here on"),
                 QStringLiteral("PasswordAuthentication no"),
                 QStringLiteral("KbdInteractiveAuthentication no"),
                 QStringLiteral("PermitRootLogin no"), QStringLiteral("AuthorizedKeysFile none"),
                 QStringLiteral("```"), QString(),
                 QStringLiteral("AuthorizedKeysFile none is the line that retires the old keys. "
                                "Nobody can sneak a key into a home directory any more.")})
        << QStringLiteral("INI Files");
    QTest::newRow("redis.conf")
        << join({QStringLiteral("The cache instance runs with this config:"), QString(),
                 QStringLiteral("```conf"), QStringLiteral("port 6380"),
                 QStringLiteral("maxmemory 2gb"), QStringLiteral("maxmemory-policy allkeys-lru"),
                 QString(), QStringLiteral("# A cache: nothing to keep across restarts"),
                 QStringLiteral("save \"\""), QStringLiteral("appendonly no"), QString(),
                 QStringLiteral("# Free memory in a background thread"),
                 QStringLiteral("lazyfree-lazy-eviction yes"), QStringLiteral("```"), QString(),
                 QStringLiteral("Restart the instance after changing it, because the policy "
                                "is read once at start.")})
        << QStringLiteral("INI Files");
    QTest::newRow("logrotate")
        << join({QStringLiteral("Rotate the worker's logs daily:"), QString(),
                 QStringLiteral("```conf"), QStringLiteral("/var/log/worker/*.log {"),
                 QStringLiteral("    daily"), QStringLiteral("    rotate 14"),
                 QStringLiteral("    compress"), QStringLiteral("    missingok"),
                 QStringLiteral("    notifempty"), QStringLiteral("    copytruncate"),
                 QStringLiteral("}"), QStringLiteral("```"), QString(),
                 QStringLiteral("The copy keeps the worker's open file valid.")})
        << QStringLiteral("INI Files");
    // Words that happen to pair with numbers and "on" are a sentence, not directives.
    QTest::newRow("sentence with figures")
        << join({QStringLiteral("## Cold starts"), QString(),
                 QStringLiteral("Cold starts on Node 20 with 512 MB took about 350 ms, and "
                                "warm ones 4 ms. We said no to provisioned concurrency.")})
        << QString();
}

// A config of "directive value" lines is one code block, its comments included, named INI
// (structureregions.cpp, directiveRuns(); codelang.cpp, scoreDirectiveConfig()), with its
// lines back.
void TestStructureRegions::directivesAreCode()
{
    QFETCH(QString, markdown);
    QFETCH(QString, language);
    const GroundTruth truth = strip(markdown);
    const Blocks blocks = recoverStructure(truth.indexContent, truth.category);
    QStringList code;
    for (const Block &b : blocks)
        if (b.type == Block::Type::Code)
            code << b.language + u':' + Test::nonSpace(b.text);
    QStringList expected;
    for (const QString &text : truthOf(truth, Block::Type::Code))
        expected << language + u':' + text;
    QCOMPARE(code, expected);
    // ... one directive per line, as written (codelangbreaks.cpp, directiveLines()).
    const auto lines = [](const QString &text) {
        QStringList out;
        for (const QString &line : text.split(u'\n'))
            if (!line.trimmed().isEmpty())
                out << line.simplified();
        return out;
    };
    QStringList recoveredLines, truthLines;
    for (const Block &b : blocks)
        if (b.type == Block::Type::Code)
            recoveredLines << lines(b.text);
    for (const Block &b : truth.blocks)
        if (b.type == Block::Type::Code)
            truthLines << lines(b.text);
    QCOMPARE(recoveredLines, truthLines);
}

QTEST_GUILESS_MAIN(TestStructureRegions)
#include "tst_structureregions.moc"
