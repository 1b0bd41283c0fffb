// lectern-test:
#include "models/sourcesmodel.h"
#include "sources/sourcemanager.h"
#include "sources/sourceregistry.h"
#include "store/library.h"
#include "store/sql.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
    {}
    void clear()
    {
        for (QSignalSpy *s : {&reset, &inserted, &removed, &changed})
            s->clear();
    }
    QSignalSpy reset, inserted, removed, changed;
};

} // namespace

class TestSourcesModel final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void rowsFollowTheTable()
    {
        Library library(m_dir.filePath(QStringLiteral("model.sqlite")));
        QString error;
        QVERIFY2(library.open(&error), qPrintable(error));
        SourceRegistry registry(library.connection());
        Source rss;
        rss.kind = SourceKind::Rss;
        rss.location = QStringLiteral("https://blog.example/index.xml");
        rss.name = QStringLiteral("Example");
        const qint64 a = registry.add(rss, &error);
        QVERIFY2(a, qPrintable(error));
        Source index;
        index.kind = SourceKind::HugoIndex;
        index.location = QStringLiteral("https://other.example/index.json");
        index.title = QStringLiteral("other.example");
        index.auth = AuthKind::Bearer;
        const qint64 b = registry.add(index, &error);
        QVERIFY(b);
        // Names are unique (case-insensitive), locations too.
        rss.location = QStringLiteral("https://third.example/feed");
        rss.name = QStringLiteral("EXAMPLE");
        QVERIFY(!registry.add(rss, &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
        index.name = QStringLiteral("Other");
        QVERIFY(!registry.add(index, &error));
        QVERIFY2(error.contains(QLatin1String("is already a source")), qPrintable(error));

        SourcesModel model(library.connection());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        Spies spies(&model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SourcesModel::ColumnCount));
        QCOMPARE(model.headerData(SourcesModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
        QCOMPARE(model.data(model.index(0, SourcesModel::NameColumn)).toString(),
                 QStringLiteral("Example"));
        QCOMPARE(model.data(model.index(1, SourcesModel::NameColumn)).toString(),
                 QStringLiteral("other.example")); // no name: its title
        QCOMPARE(model.data(model.index(1, SourcesModel::KindColumn)).toString(),
                 QStringLiteral("Hugo index"));
        QCOMPARE(model.data(model.index(1, 0), SourcesModel::AuthRole).toInt(),
                 int(AuthKind::Bearer));
        QCOMPARE(model.data(model.index(0, SourcesModel::LastRefreshColumn)).toString(),
                 QStringLiteral("Never"));
        QCOMPARE(model.data(model.index(0, SourcesModel::StatusColumn)).toString(),
                 QStringLiteral("Never refreshed"));
        QCOMPARE(model.data(model.index(0, 3), SourcesModel::SourceIdRole).toLongLong(), a);
        QCOMPARE(model.sourceAt(1).location, index.location);

        // A recorded refresh: dataChanged for that row only, no reset.
        RefreshRecord failed;
        failed.status = RefreshStatus::Failed;
        failed.error = QStringLiteral("https://blog.example/index.xml answered HTTP 500");
        QVERIFY(registry.record(a, failed, &error));
        model.reload();
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size() + spies.removed.size(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.data(model.index(0, SourcesModel::StatusColumn)).toString(),
                 QStringLiteral("Failed"));
        QCOMPARE(model.data(model.index(0, SourcesModel::StatusColumn), Qt::ToolTipRole).toString(),
                 failed.error);
        QCOMPARE(model.data(model.index(0, 0), SourcesModel::StatusRole).toInt(),
                 int(RefreshStatus::Failed));
        QVERIFY(
            model.data(model.index(0, 0), SourcesModel::LastRefreshRole).toDateTime().isValid());

        // Refreshing and its progress: that row's cells change, nothing else.
        spies.clear();
        model.setRefreshing(b, true);
        model.setProgress(b, 2, 5);
        QCOMPARE(model.data(model.index(1, SourcesModel::StatusColumn)).toString(),
                 QStringLiteral("Refreshing\u2026 40%"));
        QCOMPARE(model.data(model.index(1, 0), SourcesModel::ProgressRole).toInt(), 40);
        QCOMPARE(model.data(model.index(0, 0), SourcesModel::ProgressRole).toInt(), -1);
        model.setProgress(b, 2, 5); // the same: no signal
        QCOMPARE(spies.changed.size(), 2);
        model.setRefreshing(b, false);
        QVERIFY(!model.data(model.index(1, 0), SourcesModel::RefreshingRole).toBool());

        // Rows added and removed are announced as such.
        spies.clear();
        Source third;
        third.kind = SourceKind::JsonFeed;
        third.location = QStringLiteral("https://third.example/feed.json");
        const qint64 c = registry.add(third, &error);
        QVERIFY(c);
        QVERIFY(registry.remove(a, &error));
        model.reload();
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(a), -1);
        QCOMPARE(model.rowOf(c), 1);
    }

    void dueSources()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Source s;
        s.kind = SourceKind::Rss;
        QVERIFY(!s.isDue(now)); // 0 minutes: only by hand
        s.refreshMinutes = 60;
        QVERIFY(s.isDue(now)); // never refreshed
        s.lastRefresh = now.addSecs(-30 * 60);
        QVERIFY(!s.isDue(now));
        s.lastRefresh = now.addSecs(-61 * 60);
        QVERIFY(s.isDue(now));
        s.kind = SourceKind::Other; // the bundled sample never refreshes
        QVERIFY(!s.isDue(now));
    }

    void renameAndInterval()
    {
        Library library(m_dir.filePath(QStringLiteral("rename.sqlite")));
        QString error;
        QVERIFY(library.open(&error));
        SourceRegistry registry(library.connection());
        Source a;
        a.kind = SourceKind::Atom;
        a.location = QStringLiteral("https://a.example/atom.xml");
        a.name = QStringLiteral("A");
        const qint64 ida = registry.add(a, &error);
        a.location = QStringLiteral("https://b.example/atom.xml");
        a.name = QStringLiteral("B");
        const qint64 idb = registry.add(a, &error);
        QVERIFY(ida && idb);
        SourceManager manager(library);
        SourcesModel model(library.connection());
        model.attach(&manager);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(!manager.rename(idb, QStringLiteral("a"), &error)); // taken (any case)
        QVERIFY(manager.rename(idb, QStringLiteral("Bee"), &error));
        QCOMPARE(model.data(model.index(1, SourcesModel::NameColumn)).toString(),
                 QStringLiteral("Bee"));
        QVERIFY(manager.setRefreshMinutes(ida, 90, &error));
        QCOMPARE(model.sourceAt(0).refreshMinutes, 90);
        QCOMPARE(registry.find(QStringLiteral("bee"))->id, idb);
    }

    void followsAManager()
    {
        // A Markdown folder source: no network needed to see the model follow a refresh.
        const QString folder = m_dir.filePath(QStringLiteral("posts"));
        QVERIFY(QDir().mkpath(folder));
        QFile f(folder + QStringLiteral("/hello.md"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\ntitle: Hello\ndate: 2024-01-01\n---\n\nHi.\n");
        f.close();
        Library library(m_dir.filePath(QStringLiteral("follow.sqlite")));
        QString error;
        QVERIFY(library.open(&error));
        SourceManager manager(library);
        SourcesModel model(library.connection());
        model.attach(&manager);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy idle(&manager, &SourceManager::idle);
        QSignalSpy refreshing(&model, &QAbstractItemModel::dataChanged);
        const qint64 id = manager.addFolder(folder, QStringLiteral("Notes"), false, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 0), SourcesModel::RefreshingRole).toBool());
        QVERIFY(idle.wait(20000));
        QVERIFY(!model.data(model.index(0, 0), SourcesModel::RefreshingRole).toBool());
        QCOMPARE(model.data(model.index(0, SourcesModel::PostsColumn)).toInt(), 1);
        QCOMPARE(model.data(model.index(0, SourcesModel::StatusColumn)).toString(),
                 QStringLiteral("Up to date"));
        QCOMPARE(model.data(model.index(0, SourcesModel::StatusColumn), Qt::ToolTipRole).toString(),
                 QStringLiteral("1 new, 0 updated, 0 unchanged, 0 gone"));
        QVERIFY(!refreshing.isEmpty());
        // The same folder twice is refused.
        QVERIFY(!manager.addFolder(folder, {}, false, &error));
        QVERIFY2(error.contains(QLatin1String("already a source")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
