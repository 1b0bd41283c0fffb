// lectern-test: APP
#include "cli.h"
#include "ingest/hugoimporter.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <memory>

using namespace Lectern;

namespace {

const QString goPost =
    QStringLiteral("https://blog.rajpoot.dev/posts/go/go-concurrency-goroutines-channels/");
const QString goQuote =
    QStringLiteral("scheduled by the Go runtime onto a small pool of OS threads");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// `tst_notescli --cli COMMAND ARGS...` runs one command the way `lectern COMMAND ARGS...` does:
// a process of its own, with real exit codes, stdout and stderr.
int runCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    int code = Cli::Usage;
    if (command == QLatin1String("bookmark"))
        code = Cli::bookmarkCommand(rest);
    else if (command == QLatin1String("note"))
        code = Cli::noteCommand(rest);
    else if (command == QLatin1String("highlight"))
        code = Cli::highlightCommand(rest);
    else if (command == QLatin1String("notes"))
        code = Cli::notesCommand(rest);
    else if (command == QLatin1String("export-notes"))
        code = Cli::exportNotesCommand(rest);
    Cli::out().flush();
    Cli::err().flush();
    return code;
}

} // namespace

class TestNotesCli final : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    Run run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LECTERN_DB"));
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--cli")} + arguments +
                    QStringList{QStringLiteral("--db"), m_db});
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = path(QStringLiteral("library.sqlite"));
        QString error;
        QVERIFY2(Test::corpusLibrary(m_db, &error), qPrintable(error));
    }

    void cleanup() { m_dir.reset(); }

    void bookmarks()
    {
        // The slug is enough when it names one post.
        Run r = run({QStringLiteral("bookmark"), QStringLiteral("add"),
                     QStringLiteral("go/go-concurrency-goroutines-channels"),
                     QStringLiteral("--label"), QStringLiteral("channels"),
                     QStringLiteral("--anchor"), QStringLiteral("buffered-channels"),
                     QStringLiteral("--position"), QStringLiteral("0.5")});
        QCOMPARE(r.code, int(Cli::Ok));
        QVERIFY2(r.out.contains(QStringLiteral("Bookmarked “Go Concurrency")), qPrintable(r.out));

        r = run({QStringLiteral("bookmark"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, int(Cli::Ok));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject b = list.first().toObject();
        QCOMPARE(b.value(QLatin1String("permalink")).toString(), goPost);
        QCOMPARE(b.value(QLatin1String("label")).toString(), QStringLiteral("channels"));
        QCOMPARE(b.value(QLatin1String("anchor")).toString(), QStringLiteral("buffered-channels"));
        QCOMPARE(b.value(QLatin1String("position")).toDouble(), 0.5);

        r = run({QStringLiteral("bookmark"), QStringLiteral("list")});
        QCOMPARE(r.code, int(Cli::Ok));
        QVERIFY2(r.out.contains(goPost + QStringLiteral("#buffered-channels")), qPrintable(r.out));

        r = run({QStringLiteral("bookmark"), QStringLiteral("add"), goPost});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("already bookmarked")), qPrintable(r.err));

        r = run({QStringLiteral("bookmark"), QStringLiteral("add"),
                 QStringLiteral("django/django-conquered-introduction/"),
                 QStringLiteral("--position"), QStringLiteral("2")});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("outside 0..1")), qPrintable(r.err));

        r = run({QStringLiteral("bookmark"), QStringLiteral("add"),
                 QStringLiteral("https://nowhere.example/posts/x/")});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String(
                     "no post with permalink https://nowhere.example/posts/x/ in the library")),
                 qPrintable(r.err));

        r = run({QStringLiteral("bookmark"), QStringLiteral("remove"), goPost});
        QCOMPARE(r.code, int(Cli::Ok));
        r = run({QStringLiteral("bookmark"), QStringLiteral("remove"), goPost});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("is not bookmarked")), qPrintable(r.err));
        r = run({QStringLiteral("bookmark"), QStringLiteral("list")});
        QCOMPARE(r.out, QString());

        // Usage errors.
        QCOMPARE(run({QStringLiteral("bookmark")}).code, int(Cli::Usage));
        QCOMPARE(run({QStringLiteral("bookmark"), QStringLiteral("frob")}).code, int(Cli::Usage));
        QCOMPARE(run({QStringLiteral("bookmark"), QStringLiteral("add")}).code, int(Cli::Usage));
    }

    void postNotes()
    {
        Run r = run({QStringLiteral("note"), QStringLiteral("set"), goPost,
                     QStringLiteral("--text"), QStringLiteral("# Plan\nread *twice*")});
        QCOMPARE(r.code, int(Cli::Ok));
        r = run({QStringLiteral("note"), QStringLiteral("show"), goPost});
        QCOMPARE(r.code, int(Cli::Ok));
        QCOMPARE(r.out, QStringLiteral("# Plan\nread *twice*\n"));

        r = run({QStringLiteral("note"), QStringLiteral("set"), goPost, QStringLiteral("--text"),
                 QStringLiteral("  ")});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("the note is empty")), qPrintable(r.err));

        r = run({QStringLiteral("note"), QStringLiteral("set"), goPost, QStringLiteral("--text"),
                 QStringLiteral("-")},
                "from standard input\n");
        QCOMPARE(r.code, int(Cli::Ok));
        QCOMPARE(run({QStringLiteral("note"), QStringLiteral("show"), goPost}).out,
                 QStringLiteral("from standard input\n"));

        QCOMPARE(run({QStringLiteral("note"), QStringLiteral("remove"), goPost}).code,
                 int(Cli::Ok));
        r = run({QStringLiteral("note"), QStringLiteral("show"), goPost});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("has no note")), qPrintable(r.err));

        r = run({QStringLiteral("note"), QStringLiteral("set"),
                 QStringLiteral("https://nowhere.example/"), QStringLiteral("--text"),
                 QStringLiteral("x")});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("no post with permalink")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("note"), QStringLiteral("set"), goPost}).code,
                 int(Cli::Usage)); // no --text
    }

    void highlights()
    {
        Run r = run({QStringLiteral("highlight"), QStringLiteral("add"), goPost,
                     QStringLiteral("--quote"), goQuote, QStringLiteral("--note"),
                     QStringLiteral("M:N scheduling"), QStringLiteral("--json")});
        QCOMPARE(r.code, int(Cli::Ok));
        const QJsonObject h = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(h.value(QLatin1String("quote")).toString(), goQuote);
        QCOMPARE(h.value(QLatin1String("note")).toString(), QStringLiteral("M:N scheduling"));
        const qint64 id = h.value(QLatin1String("id")).toInteger();
        {
            Library library(m_db);
            QString error;
            QVERIFY(library.open(&error));
            const QString content =
                PostRepository(library.connection()).byPermalink(goPost)->content;
            const int start = h.value(QLatin1String("start")).toInt();
            QCOMPARE(start, int(content.indexOf(goQuote)));
            QCOMPARE(h.value(QLatin1String("end")).toInt(), start + int(goQuote.size()));
        }

        // Bad input, each with a message that names it.
        r = run({QStringLiteral("highlight"), QStringLiteral("add"), goPost,
                 QStringLiteral("--quote"), QString()});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("the quote is empty")), qPrintable(r.err));
        r = run({QStringLiteral("highlight"), QStringLiteral("add"), goPost,
                 QStringLiteral("--quote"), QStringLiteral("a sentence this post never had")});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QStringLiteral("is not in the text of “Go Concurrency")),
                 qPrintable(r.err));
        r = run({QStringLiteral("highlight"), QStringLiteral("add"),
                 QStringLiteral("https://nowhere.example/a/"), QStringLiteral("--quote"), goQuote});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("no post with permalink")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("highlight"), QStringLiteral("add"), goPost}).code,
                 int(Cli::Usage)); // no --quote

        r = run({QStringLiteral("highlight"), QStringLiteral("list"), goPost});
        QCOMPARE(r.code, int(Cli::Ok));
        QVERIFY2(r.out.contains(goQuote), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("M:N scheduling")));

        // Notes across the library, grouped by post: the post note first.
        QCOMPARE(run({QStringLiteral("note"), QStringLiteral("set"), goPost,
                      QStringLiteral("--text"), QStringLiteral("Post note")})
                     .code,
                 int(Cli::Ok));
        r = run({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, int(Cli::Ok));
        const QJsonArray notes = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes.at(0).toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("Post note"));
        QCOMPARE(notes.at(1).toObject().value(QLatin1String("quote")).toString(), goQuote);
        QCOMPARE(notes.at(1).toObject().value(QLatin1String("highlight")).toInteger(), id);
        r = run({QStringLiteral("notes"), QStringLiteral("list")});
        QCOMPARE(r.code, int(Cli::Ok));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1String("Go Concurrency")));
        QCOMPARE(lines.at(1), QStringLiteral("  Post note"));
        QVERIFY(lines.at(2).contains(QLatin1String("M:N scheduling")));

        QCOMPARE(
            run({QStringLiteral("highlight"), QStringLiteral("remove"), QString::number(id)}).code,
            int(Cli::Ok));
        r = run({QStringLiteral("highlight"), QStringLiteral("remove"), QString::number(id)});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QStringLiteral("no highlight with id %1").arg(id)),
                 qPrintable(r.err));
    }

    void exportNotes()
    {
        QCOMPARE(run({QStringLiteral("highlight"), QStringLiteral("add"), goPost,
                      QStringLiteral("--quote"), goQuote})
                     .code,
                 int(Cli::Ok));
        const QString out = path(QStringLiteral("vault"));
        Run r = run({QStringLiteral("export-notes"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, int(Cli::Ok));
        QVERIFY2(r.out.startsWith(QLatin1String("1 written, 0 unchanged, 0 skipped")),
                 qPrintable(r.out));
        const QString file =
            QDir(out).filePath(QStringLiteral("go-concurrency-goroutines-channels.md"));
        QVERIFY(QFile::exists(file));
        r = run({QStringLiteral("export-notes"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, int(Cli::Ok));
        QVERIFY2(r.out.startsWith(QLatin1String("0 written, 1 unchanged, 0 skipped")),
                 qPrintable(r.out));

        const QString single = path(QStringLiteral("all-notes.md"));
        r = run({QStringLiteral("export-notes"), QStringLiteral("--single-file"), single});
        QCOMPARE(r.code, int(Cli::Ok));
        QVERIFY(QFile(single).size() > 0);

        // A post without notes, asked for by name: said so, nothing written.
        r = run({QStringLiteral("export-notes"), QStringLiteral("--out"),
                 path(QStringLiteral("other")), QStringLiteral("--post"),
                 QStringLiteral("django/django-conquered-introduction")});
        QCOMPARE(r.code, int(Cli::Ok));
        QVERIFY2(r.out.contains(QLatin1String("no notes or highlights: Django Conquered")),
                 qPrintable(r.out));

        r = run({QStringLiteral("export-notes"), QStringLiteral("--out"), out,
                 QStringLiteral("--post"), QStringLiteral("https://nowhere.example/")});
        QCOMPARE(r.code, int(Cli::BadInput));
        QVERIFY2(r.err.contains(QLatin1String("no post with permalink")), qPrintable(r.err));
        r = run({QStringLiteral("export-notes"), QStringLiteral("--out"),
                 path(QStringLiteral("library.sqlite/sub"))});
        QCOMPARE(r.code, int(Cli::Failure));
        QVERIFY2(r.err.contains(QLatin1String("cannot create the folder")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("export-notes")}).code, int(Cli::Usage));
        QCOMPARE(run({QStringLiteral("export-notes"), QStringLiteral("--out"), out,
                      QStringLiteral("--single-file"), single})
                     .code,
                 int(Cli::Usage));
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--cli") == 0) {
        QCoreApplication app(argc, argv);
        return runCommand(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestNotesCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notescli.moc"
