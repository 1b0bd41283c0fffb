// lectern-test: APP
#include "cli.h"
#include "ingest/hugoimporter.h"
#include "render/articlerenderer.h"
#include "store/library.h"
#include "store/posts.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// `lectern render`: the same page the renderer makes, exit codes 0 / 2 (usage) / 3 (bad input).
class TestCliRender final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_permalink =
        QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/");

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("library.sqlite"));
        QString error;
        QVERIFY2(Test::corpusLibrary(m_db, &error), qPrintable(error));
    }

    void writesTheRenderersPage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("codeTheme");
        QTest::addColumn<QString>("permalink");
        QTest::newRow("default") << QStringList{} << "light" << QString() << m_permalink;
        QTest::newRow("dark, any case")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("DARK")} << "dark" << QString()
            << m_permalink;
        QTest::newRow("sepia with a code theme")
            << QStringList{QStringLiteral("--theme"), QStringLiteral("sepia"),
                           QStringLiteral("--code-theme"), QStringLiteral("monokai")}
            << "sepia" << "Monokai" << m_permalink;
        QTest::newRow("permalink without its slash")
            << QStringList{} << "light" << QString() << m_permalink.chopped(1);
    }

    void writesTheRenderersPage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, theme);
        QFETCH(QString, codeTheme);
        QFETCH(QString, permalink);
        const QString out = path(QStringLiteral("page.html"));
        QFile::remove(out);
        QCOMPARE(Cli::renderCommand(QStringList{permalink, QStringLiteral("--db"), m_db,
                                                QStringLiteral("--out"), out} +
                                    options),
                 int(Cli::Ok));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());

        Library library(m_db);
        QString error;
        QVERIFY(library.open(&error));
        const PostRepository posts(library.connection());
        const auto post = posts.byPermalink(m_permalink);
        QVERIFY(post);
        RenderOptions expected;
        expected.theme = *articleThemeFromName(theme);
        expected.codeTheme = codeTheme;
        QCOMPARE(written, ArticleRenderer(expected).renderStored(posts, *post).html);
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no permalink") << QStringList{} << int(Cli::Usage);
        QTest::newRow("two permalinks")
            << QStringList{QStringLiteral("a"), QStringLiteral("b")} << int(Cli::Usage);
        QTest::newRow("unknown option")
            << QStringList{m_permalink, QStringLiteral("--bogus")} << int(Cli::Usage);
        QTest::newRow("unknown theme")
            << QStringList{m_permalink, QStringLiteral("--theme"), QStringLiteral("blue")}
            << int(Cli::Usage);
        QTest::newRow("unknown code theme")
            << QStringList{m_permalink, QStringLiteral("--code-theme"), QStringLiteral("nope")}
            << int(Cli::Usage);
        QTest::newRow("font size out of range")
            << QStringList{m_permalink, QStringLiteral("--font-size"), QStringLiteral("9")}
            << int(Cli::Usage);
        QTest::newRow("unknown permalink")
            << QStringList{QStringLiteral("https://nowhere.example/x/")} << int(Cli::BadInput);
    }

    void refusesBadRequests()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString out = path(QStringLiteral("refused.html"));
        QCOMPARE(Cli::renderCommand(arguments + QStringList{QStringLiteral("--db"), m_db,
                                                            QStringLiteral("--out"), out}),
                 exitCode);
        QVERIFY(!QFile::exists(out)); // nothing half-written
    }

    void neverCreatesALibrary()
    {
        const QString missing = path(QStringLiteral("missing.sqlite"));
        QCOMPARE(Cli::renderCommand({m_permalink, QStringLiteral("--db"), missing}),
                 int(Cli::BadInput));
        QVERIFY(!QFile::exists(missing));
    }

    void unwritableOutputFails()
    {
        QCOMPARE(
            Cli::renderCommand({m_permalink, QStringLiteral("--db"), m_db, QStringLiteral("--out"),
                                path(QStringLiteral("no/such/dir/page.html"))}),
            int(Cli::Failure));
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
