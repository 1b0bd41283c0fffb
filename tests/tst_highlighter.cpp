#include "render/codehighlighter.h"

#include <QTest>

using namespace Lectern;

class TestHighlighter final : public QObject
{
    Q_OBJECT
private slots:
    void highlightsGoIntoSpans()
    {
        const QString code = QStringLiteral("package main\n\nfunc main() {\n\t// start\n\tgo "
                                            "doWork(\"a<b\")\n}");
        const HighlightedCode h = highlightCode(code, QStringLiteral("go"));
        QVERIFY(h.highlighted);
        QCOMPARE(h.language, QStringLiteral("Go"));
        QVERIFY2(h.html.contains(QLatin1String("<span class=\"ksh-Keyword\">package</span>")),
                 qPrintable(h.html));
        QVERIFY(h.html.contains(QLatin1String("<span class=\"ksh-Comment\">// start</span>")));
        QVERIFY(h.html.contains(QLatin1String("&quot;a&lt;b&quot;")));
        // Removing the markup gives back the code exactly (escaped once).
        QString text = h.html;
        text.remove(QRegularExpression(QStringLiteral("<[^>]+>")));
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        QCOMPARE(text, code);
    }

    void aliasesResolve_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::newRow("python") << "python" << "Python";
        QTest::newRow("bash") << "bash" << "Bash";
        QTest::newRow("cpp") << "cpp" << "C++";
        QTest::newRow("rust") << "rust" << "Rust";
        QTest::newRow("sql") << "sql" << "SQL";
        QTest::newRow("js") << "js" << "JavaScript";
        // The names structure recovery gives its three languages beyond the issue's list.
        QTest::newRow("Makefile") << "Makefile" << "Makefile";
        QTest::newRow("Terraform") << "Terraform" << "Terraform";
        QTest::newRow("Lua") << "Lua" << "Lua";
    }
    void aliasesResolve()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QCOMPARE(highlightCode(QStringLiteral("x = 1"), name).language, language);
    }

    void unknownLanguageIsEscapedPlainText()
    {
        const HighlightedCode h = highlightCode(QStringLiteral("<script>"), QStringLiteral("nope"));
        QVERIFY(!h.highlighted);
        QCOMPARE(h.html, QStringLiteral("&lt;script&gt;"));
    }

    void themeStylesheetColoursClasses()
    {
        const QString light = themeStylesheet(defaultThemeName(false));
        const QString dark = themeStylesheet(defaultThemeName(true));
        QVERIFY(light.contains(QLatin1String(".ksh-Keyword {")));
        QVERIFY(light.contains(QLatin1String("pre.code { background: #")));
        QVERIFY(light != dark);
    }
};

QTEST_GUILESS_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
