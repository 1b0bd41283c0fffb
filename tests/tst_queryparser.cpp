// lectern-test:
// The search query language: words, phrases, prefix on the word being typed, exclusions, OR,
// filters, and clear errors for unknown filters.
#include "search/queryparser.h"

#include <QTest>

using namespace Lectern;

class TestQueryParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("parsed");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString();
        QTest::newRow("typing the last word")
            << QStringLiteral("postgres full te") << QStringLiteral("postgres full te*");
        QTest::newRow("space ends the word")
            << QStringLiteral("postgres full text ") << QStringLiteral("postgres full text");
        QTest::newRow("phrase") << QStringLiteral("\"full text\" search ")
                                << QStringLiteral("\"full text\" search");
        QTest::newRow("phrase being typed")
            << QStringLiteral("x \"full te") << QStringLiteral("x \"full te\"*");
        QTest::newRow("closed phrase at the end")
            << QStringLiteral("\"full text\"") << QStringLiteral("\"full text\"");
        QTest::newRow("exclusion")
            << QStringLiteral("django -orm ") << QStringLiteral("django -orm");
        QTest::newRow("exclusion being typed is not a prefix")
            << QStringLiteral("django -or") << QStringLiteral("django -or");
        QTest::newRow("excluded phrase") << QStringLiteral("-\"rest framework\" django ")
                                         << QStringLiteral("django -\"rest framework\"");
        QTest::newRow("or") << QStringLiteral("redis OR memcached cache ")
                            << QStringLiteral("redis|memcached cache");
        QTest::newRow("or chain") << QStringLiteral("gin OR echo OR chi ")
                                  << QStringLiteral("gin|echo|chi");
        QTest::newRow("lower-case or is a word")
            << QStringLiteral("this or that ") << QStringLiteral("this or that");
        QTest::newRow("trailing OR") << QStringLiteral("redis OR") << QStringLiteral("redis");
        QTest::newRow("leading OR") << QStringLiteral("OR redis ") << QStringLiteral("redis");
        QTest::newRow("identifier")
            << QStringLiteral("select_related") << QStringLiteral("select_related*");
        QTest::newRow("path") << QStringLiteral("net/http ") << QStringLiteral("net/http");
        QTest::newRow("scope operator is a word")
            << QStringLiteral("tokio::spawn ") << QStringLiteral("tokio::spawn");
        QTest::newRow("half-typed scope operator")
            << QStringLiteral("tokio:") << QStringLiteral("tokio:*");
        QTest::newRow("time is a word") << QStringLiteral("10:30 ") << QStringLiteral("10:30");
        QTest::newRow("colon after a word")
            << QStringLiteral("Note: this ") << QStringLiteral("Note: this");
        QTest::newRow("category") << QStringLiteral("cat:go channels ")
                                  << QStringLiteral("channels cat:go");
        QTest::newRow("category being typed")
            << QStringLiteral("channels cat:po") << QStringLiteral("channels cat:po*");
        QTest::newRow("filter name being typed")
            << QStringLiteral("channels cat:") << QStringLiteral("channels");
        QTest::newRow("negated category")
            << QStringLiteral("-cat:go channels ") << QStringLiteral("channels -cat:go");
        QTest::newRow("quoted series") << QStringLiteral("series:\"Django Conquered\" setup ")
                                       << QStringLiteral("setup series:Django Conquered");
        QTest::newRow("filter names ignore case")
            << QStringLiteral("CAT:go IS:Bookmarked ") << QStringLiteral("cat:go is:bookmarked");
        QTest::newRow("every filter")
            << QStringLiteral("x tag:python is:bookmarked is:unread has:notes in:title in:code ")
            << QStringLiteral("x tag:python is:bookmarked is:unread has:notes in:title in:code");
        QTest::newRow("is: value being typed")
            << QStringLiteral("django is:book") << QStringLiteral("django");
        QTest::newRow("filters only")
            << QStringLiteral("is:unread has:notes") << QStringLiteral("is:unread has:notes");
    }

    void parse()
    {
        QFETCH(QString, query);
        QFETCH(QString, parsed);
        const ParsedQuery q = QueryParser::parse(query);
        QVERIFY2(q.isValid(), qPrintable(q.error));
        QCOMPARE(q.describe(), parsed);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error");

        const QString names = QStringLiteral(
            "cat:, series:, tag:, is:bookmarked, is:unread, has:notes, in:title, in:code");
        QTest::newRow("unknown filter")
            << QStringLiteral("foo:bar django")
            << QStringLiteral("Unknown filter \"foo:\". The filters are %1.").arg(names);
        QTest::newRow("unknown filter at the end")
            << QStringLiteral("django lang:go")
            << QStringLiteral("Unknown filter \"lang:\". The filters are %1.").arg(names);
        QTest::newRow("unknown is: value")
            << QStringLiteral("is:starred django")
            << QStringLiteral("Unknown filter is:starred. Use is:bookmarked or is:unread.");
        QTest::newRow("unknown is: value at the end")
            << QStringLiteral("django is:starred")
            << QStringLiteral("Unknown filter is:starred. Use is:bookmarked or is:unread.");
        QTest::newRow("unknown in: value")
            << QStringLiteral("in:body x")
            << QStringLiteral("Unknown filter in:body. Use in:title or in:code.");
        QTest::newRow("unknown has: value")
            << QStringLiteral("has:highlights x")
            << QStringLiteral("Unknown filter has:highlights. Use has:notes.");
        QTest::newRow("filter without value")
            << QStringLiteral("cat: go")
            << QStringLiteral("The filter cat: needs a value, for example cat:name.");
        QTest::newRow("negated scope")
            << QStringLiteral("-in:title x") << QStringLiteral("in:title cannot be negated.");
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(QString, error);
        const ParsedQuery q = QueryParser::parse(query);
        QVERIFY(!q.isValid());
        QCOMPARE(q.error, error);
        QVERIFY(q.describe().startsWith(QStringLiteral("error: ")));
    }

    void structure()
    {
        const ParsedQuery q = QueryParser::parse(QStringLiteral("a OR \"b c\" -d cat:go e"));
        QVERIFY(q.isValid());
        QCOMPARE(q.clauses.size(), 2);
        QCOMPARE(q.clauses[0].alternatives.size(), 2);
        QCOMPARE(q.clauses[0].alternatives[1], (QueryTerm{QStringLiteral("b c"), true, false}));
        QCOMPARE(q.clauses[1].alternatives[0], (QueryTerm{QStringLiteral("e"), false, true}));
        QCOMPARE(q.excluded.size(), 1);
        QCOMPARE(q.excluded[0].text, QStringLiteral("d"));
        QCOMPARE(q.filters.size(), 1);
        QCOMPARE(q.filters[0].kind, QueryFilter::Kind::Category);
        QCOMPARE(q.filters[0].value, QStringLiteral("go"));
        QVERIFY(q.hasFilter(QueryFilter::Kind::Category));
        QVERIFY(!q.hasFilter(QueryFilter::Kind::InCode));
        QCOMPARE(QueryParser::filterNames().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestQueryParser)
#include "tst_queryparser.moc"
