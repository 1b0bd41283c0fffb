// lectern-test:
// Replays the fuzzers' seed corpora (fuzz/corpus/<target>/) and every input a fuzzer once crashed
// on (fuzz/regressions/<target>/, kept after the fix) through the fuzz targets' own entry points
// (fuzz/fuzzentries.cpp) in the normal build: a regression crashes or aborts this test.
#include "fuzzentries.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Entry = int (*)(const uint8_t *, size_t);

const QHash<QString, Entry> &entries()
{
    static const QHash<QString, Entry> map{
        {u"hugoimport"_s, LecternFuzz::fuzzHugoImport},
        {u"structure"_s, LecternFuzz::fuzzStructure},
        {u"feedparser"_s, LecternFuzz::fuzzFeedParser},
        {u"htmlsanitizer"_s, LecternFuzz::fuzzHtmlSanitizer},
        {u"queryparser"_s, LecternFuzz::fuzzQueryParser},
        {u"frontmatter"_s, LecternFuzz::fuzzFrontMatter},
    };
    return map;
}

QString fuzzDir()
{
    return QStringLiteral(LECTERN_SOURCE_DIR "/fuzz");
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    void everyFolderIsATarget();
    void replay_data();
    void replay();
    void cleanupTestCase() { LecternFuzz::shutdown(); }
};

void TestFuzzRegressions::everyFolderIsATarget()
{
    // A crash kept under a misspelt folder would silently never be replayed.
    for (const QString &kind : {u"corpus"_s, u"regressions"_s}) {
        const QDir dir(fuzzDir() + u'/' + kind);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(entries().contains(name), qPrintable(kind + u'/' + name));
    }
    for (const QString &target : entries().keys())
        QVERIFY2(QDir(fuzzDir() + u"/corpus/"_s + target).entryList(QDir::Files).size() >= 3,
                 qPrintable(u"the seed corpus of %1 has fewer than 3 inputs"_s.arg(target)));
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    for (const QString &kind : {u"regressions"_s, u"corpus"_s}) {
        QDirIterator it(fuzzDir() + u'/' + kind, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            const QString target = QFileInfo(file).dir().dirName();
            const QString tag = kind + u'/' + target + u'/' + QFileInfo(file).fileName();
            QTest::newRow(qPrintable(tag)) << target << file;
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    const Entry entry = entries().value(target);
    QVERIFY(entry);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    // An empty input is a valid fuzz input too; the entry aborts the test on a broken invariant.
    QCOMPARE(entry(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
