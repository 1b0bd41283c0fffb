// lectern-test:
#include "ingest/hugoimporter.h"
#include "models/bookmarksmodel.h"
#include "models/librarytreemodel.h"
#include "models/notesmodel.h"
#include "models/postlistmodel.h"
#include "models/rowsync.h"
#include "models/searchresultsmodel.h"
#include "models/seriespartsmodel.h"
#include "search/searchengine.h"
#include "store/library.h"
#include "store/marks.h"
#include "store/posts.h"
#include "store/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>
#include <climits>
#include <memory>

using namespace Lectern;

namespace {

const QString base = QStringLiteral("https://blog.rajpoot.dev/posts/");
using Tester = QAbstractItemModelTester;
constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Every structural signal of one model, to prove what a change did and did not emit.
struct Spies
{
    explicit Spies(QAbstractItemModel *m)
        : reset(m, &QAbstractItemModel::modelReset)
        , inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , layout(m, &QAbstractItemModel::layoutChanged)
    {}
    void clear()
    {
        for (QSignalSpy *s : {&reset, &inserted, &removed, &changed, &layout})
            s->clear();
    }
    int total() const
    {
        return int(reset.size() + inserted.size() + removed.size() + changed.size() +
                   layout.size());
    }
    QSignalSpy reset, inserted, removed, changed, layout;
};

// Rows of a rowsInserted/rowsRemoved/dataChanged emission as (first, last).
std::pair<int, int> rowsOf(const QList<QVariant> &args)
{
    if (args.at(1).metaType() == QMetaType::fromType<QModelIndex>()) // dataChanged
        return {args.at(0).value<QModelIndex>().row(), args.at(1).value<QModelIndex>().row()};
    return {args.at(1).toInt(), args.at(2).toInt()};
}

// Posts per category, worked out from the corpus file itself (/posts/<category>/<slug>/).
QMap<QString, int> corpusCategories()
{
    QFile f(QStringLiteral(LECTERN_CORPUS));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, int> counts;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QStringList parts = QUrl(v.toObject().value(QLatin1String("permalink")).toString())
                                      .path()
                                      .split(u'/', Qt::SkipEmptyParts);
        if (parts.size() == 3 && parts.at(0) == QLatin1String("posts"))
            ++counts[parts.at(1)];
    }
    return counts;
}

QByteArray post(const char *title, const char *permalink, const QStringList &tags = {})
{
    QJsonObject o{{QStringLiteral("title"), QString::fromUtf8(title)},
                  {QStringLiteral("permalink"), QString::fromUtf8(permalink)},
                  {QStringLiteral("summary"), QStringLiteral("summary")},
                  {QStringLiteral("content"), QStringLiteral("Some text.\nMore text.")}};
    if (!tags.isEmpty())
        o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QSqlDatabase m_db;

    qint64 postId(const QString &path) const
    {
        const auto p = PostRepository(m_db).byPermalink(base + path);
        return p ? p->id : 0;
    }
    qint64 seriesId(const QString &name) const
    {
        return Sql::scalar(m_db, QStringLiteral("SELECT id FROM series WHERE name = ?"), {name})
            .toLongLong();
    }
    qint64 categoryId(const QString &name) const
    {
        return Sql::scalar(m_db, QStringLiteral("SELECT id FROM categories WHERE name = ?"), {name})
            .toLongLong();
    }
    QStringList column(const QString &sql) const
    {
        Sql q(m_db, sql);
        QStringList out;
        if (q.exec())
            while (q.next())
                out << q.value(0).toString();
        return out;
    }
    static QStringList titles(const QAbstractItemModel &m, int role = Qt::DisplayRole)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out << m.index(i, 0).data(role).toString();
        return out;
    }
    bool importJson(const QByteArray &items, const QString &location)
    {
        HugoImporter importer(*m_library);
        ImportSummary summary;
        QString error;
        const bool ok =
            importer.importData("[" + items + "]", location, ImportOptions{}, &summary, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_library = Test::corpusLibrary(m_dir->filePath(QStringLiteral("library.sqlite")), &error);
        QVERIFY2(m_library, qPrintable(error));
        m_db = m_library->connection();
    }

    void cleanup()
    {
        m_db = {};
        m_library.reset();
        m_dir.reset();
    }

    // ---- LibraryTreeModel

    void treeShowsTheCorpus()
    {
        LibraryTreeModel tree(m_db);
        Tester tester(&tree, fatal);
        QCOMPARE(tree.rowCount(), 5);
        const auto top = [&](int row) { return tree.index(row, 0); };
        QCOMPARE(top(0).data().toString(), QStringLiteral("All posts (55)"));
        QCOMPARE(top(0).data(LibraryTreeModel::FilterRole).value<PostFilter>(), PostFilter::all());
        QCOMPARE(top(4).data().toString(), QStringLiteral("Bookmarks (0)"));
        QCOMPARE(top(4).data(LibraryTreeModel::FilterRole).value<PostFilter>(),
                 PostFilter::bookmarked());
        const QList<int> kinds{LibraryTreeModel::AllPostsNode, LibraryTreeModel::CategoriesNode,
                               LibraryTreeModel::SeriesGroupNode, LibraryTreeModel::TagsNode,
                               LibraryTreeModel::BookmarksNode};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(top(row).data(LibraryTreeModel::NodeKindRole).toInt(), kinds.at(row));
        QVERIFY(!top(1).data(LibraryTreeModel::FilterRole).isValid());

        // Categories: exactly those of the corpus, alphabetically, with their post counts.
        const QMap<QString, int> expected = corpusCategories();
        QCOMPARE(expected.value(QStringLiteral("django")), 9);
        QCOMPARE(expected.value(QStringLiteral("devops")), 12);
        const QModelIndex categories = top(LibraryTreeModel::CategoriesRow);
        QCOMPARE(tree.rowCount(categories), expected.size());
        int row = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it, ++row) {
            const QModelIndex c = tree.index(row, 0, categories);
            QCOMPARE(c.data(LibraryTreeModel::NameRole).toString(), it.key());
            QCOMPARE(c.data(LibraryTreeModel::CountRole).toInt(), it.value());
            QCOMPARE(c.data().toString(), QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
            QCOMPARE(c.data(LibraryTreeModel::NodeKindRole).toInt(),
                     int(LibraryTreeModel::CategoryNode));
            QCOMPARE(c.data(LibraryTreeModel::FilterRole).value<PostFilter>(),
                     PostFilter::category(categoryId(it.key())));
            QCOMPARE(tree.parent(c), categories);
        }
        QCOMPARE(top(1).data(LibraryTreeModel::CountRole).toInt(), expected.size());

        // Series: the one series the titles make, with its three parts.
        const QModelIndex series = top(LibraryTreeModel::SeriesRow);
        QCOMPARE(tree.rowCount(series), 1);
        QCOMPARE(tree.index(0, 0, series).data().toString(),
                 QStringLiteral("Django Conquered (3)"));
        QCOMPARE(tree.index(0, 0, series).data(LibraryTreeModel::FilterRole).value<PostFilter>(),
                 PostFilter::series(seriesId(QStringLiteral("Django Conquered"))));

        // A plain Hugo index has no tags.
        QCOMPARE(tree.rowCount(top(LibraryTreeModel::TagsRow)), 0);
        QVERIFY(!tree.hasChildren(top(LibraryTreeModel::TagsRow)));

        QCOMPARE(tree.indexOf(PostFilter::category(categoryId(QStringLiteral("go")))).data(),
                 QVariant(QStringLiteral("go (4)")));
        QVERIFY(!tree.indexOf(PostFilter::tag(12345)).isValid());
    }

    void treeFiltersMatchPostList()
    {
        // Every node's count is the number of posts its filter shows.
        LibraryTreeModel tree(m_db);
        PostListModel posts(m_db);
        Tester t1(&tree, fatal);
        Tester t2(&posts, fatal);
        QList<QModelIndex> nodes{tree.index(0, 0), tree.index(4, 0)};
        for (int group : {1, 2, 3})
            for (int r = 0; r < tree.rowCount(tree.index(group, 0)); ++r)
                nodes << tree.index(r, 0, tree.index(group, 0));
        QCOMPARE(nodes.size(), 2 + 11 + 1);
        for (const QModelIndex &n : nodes) {
            posts.setFilter(n.data(LibraryTreeModel::FilterRole).value<PostFilter>());
            QCOMPARE(posts.totalCount(), n.data(LibraryTreeModel::CountRole).toInt());
            QCOMPARE(posts.rowCount(), posts.totalCount());
        }
    }

    void treeReloadIsFineGrained()
    {
        LibraryTreeModel tree(m_db);
        Tester tester(&tree, fatal);
        Spies spies(&tree);
        const QModelIndex categories = tree.index(LibraryTreeModel::CategoriesRow, 0);
        const QModelIndex tags = tree.index(LibraryTreeModel::TagsRow, 0);

        tree.reload(); // nothing changed: nothing emitted
        QCOMPARE(spies.total(), 0);

        // A bookmark: only the Bookmarks row changes.
        QString error;
        QVERIFY2(
            BookmarkRepository(m_db).add(postId(QStringLiteral("personal/dear-me/")), {}, &error),
            qPrintable(error));
        tree.reload();
        QCOMPARE(spies.total(), 1);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).value<QModelIndex>(),
                 tree.index(LibraryTreeModel::BookmarksRow, 0));
        QCOMPARE(tree.index(4, 0).data().toString(), QStringLiteral("Bookmarks (1)"));
        spies.clear();

        // A second source with two new categories, one more devops post, and tags.
        QVERIFY(importJson(
            post("C++ Modules", "https://example.org/posts/cpp/modules/",
                 {QStringLiteral("compilers")}) +
                "," +
                post("Zig Comptime", "https://example.org/posts/zig/comptime/",
                     {QStringLiteral("zig"), QStringLiteral("compilers")}) +
                "," +
                post("Terraform Modules", "https://example.org/posts/devops/terraform-modules/"),
            QStringLiteral("https://example.org/index.json")));
        tree.reload();
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(tree.index(0, 0).data().toString(), QStringLiteral("All posts (58)"));
        // cpp lands between backend and devops, zig at the end; tags appear under Tags.
        QCOMPARE(spies.inserted.size(), 3);
        QCOMPARE(spies.inserted.at(0).at(0).value<QModelIndex>(), categories);
        QCOMPARE(rowsOf(spies.inserted.at(0)), std::make_pair(2, 2));
        QCOMPARE(spies.inserted.at(1).at(0).value<QModelIndex>(), categories);
        QCOMPARE(rowsOf(spies.inserted.at(1)), std::make_pair(12, 12));
        QCOMPARE(spies.inserted.at(2).at(0).value<QModelIndex>(), tags);
        QCOMPARE(rowsOf(spies.inserted.at(2)), std::make_pair(0, 1));
        QCOMPARE(tree.index(2, 0, categories).data().toString(), QStringLiteral("cpp (1)"));
        QCOMPARE(tree.index(3, 0, categories).data().toString(), QStringLiteral("devops (13)"));
        QCOMPARE(tree.index(0, 0, tags).data().toString(), QStringLiteral("compilers (2)"));
        QCOMPARE(tree.index(1, 0, tags).data().toString(), QStringLiteral("zig (1)"));
        // dataChanged: All posts, devops' count, and the Categories and Tags rows' counts.
        QCOMPARE(spies.changed.size(), 4);
        QList<QModelIndex> changed;
        for (const auto &args : std::as_const(spies.changed)) {
            QCOMPARE(args.at(0).value<QModelIndex>(), args.at(1).value<QModelIndex>());
            changed << args.at(0).value<QModelIndex>();
        }
        QVERIFY(changed.contains(tree.index(0, 0)));
        QVERIFY(changed.contains(tree.index(3, 0, categories)));
        QVERIFY(changed.contains(categories));
        QVERIFY(changed.contains(tags));
        spies.clear();

        // A category emptied: its row goes, nothing else moves.
        QVERIFY(Sql::run(m_db, QStringLiteral("DELETE FROM posts WHERE category_id = %1")
                                   .arg(categoryId(QStringLiteral("fitness")))));
        const int fitnessRow =
            tree.indexOf(PostFilter::category(categoryId(QStringLiteral("fitness")))).row();
        tree.reload();
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(0).value<QModelIndex>(), categories);
        QCOMPARE(rowsOf(spies.removed.first()), std::make_pair(fitnessRow, fitnessRow));
        QCOMPARE(spies.inserted.size(), 0);
        QCOMPARE(tree.rowCount(categories), 12);
    }

    // ---- PostListModel

    void postListOrdersAndFilters()
    {
        PostListModel model(m_db);
        Tester tester(&model, fatal);
        QCOMPARE(model.totalCount(), 55);
        QCOMPARE(model.rowCount(), 55);
        QVERIFY(!model.canFetchMore({}));
        // Publication order, newest first, as the index lists them.
        QCOMPARE(titles(model),
                 column(QStringLiteral("SELECT title FROM posts ORDER BY pub_order")));
        QCOMPARE(titles(model).first(),
                 QStringLiteral("Modern Python Tooling in 2026 \u2014 uv, Ruff, ty, and the New "
                                "Toolchain"));
        QCOMPARE(titles(model).last(), QStringLiteral("About Manvendra Rajpoot"));
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(PostListModel::CategoryRole).toString(), QStringLiteral("python"));
        QCOMPARE(first.data(PostListModel::PermalinkRole).toString(),
                 base + QStringLiteral("python/modern-python-tooling-uv-ruff-2026/"));
        QCOMPARE(first.data(PostListModel::PostIdRole).toLongLong(),
                 postId(QStringLiteral("python/modern-python-tooling-uv-ruff-2026/")));
        QCOMPARE(first.data(PostListModel::IsReadRole).toBool(), false);
        QCOMPARE(first.data(PostListModel::IsBookmarkedRole).toBool(), false);

        model.setFilter(PostFilter::category(categoryId(QStringLiteral("django"))));
        QCOMPARE(model.rowCount(), 9);
        for (int i = 0; i < 9; ++i)
            QCOMPARE(model.index(i, 0).data(PostListModel::CategoryRole).toString(),
                     QStringLiteral("django"));

        // A series lists in reading order.
        model.setFilter(PostFilter::series(seriesId(QStringLiteral("Django Conquered"))));
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Django Conquered: Introduction"),
                                             QStringLiteral("Django Conquered: What is Django?"),
                                             QStringLiteral("Django Conquered: Project Setup and "
                                                            "Anatomy")}));
        QCOMPARE(model.index(1, 0).data(PostListModel::SeriesRole).toString(),
                 QStringLiteral("Django Conquered"));
        QCOMPARE(model.index(1, 0).data(PostListModel::SeriesPartRole).toInt(), 2);

        model.setFilter(PostFilter::tag(1));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(PostFilter::bookmarked());
        QCOMPARE(model.rowCount(), 0);
    }

    void postListSorts_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sql"); // the expected order, straight from the table
        QTest::newRow("title") << int(PostListModel::TitleOrder) << int(Qt::AscendingOrder)
                               << QStringLiteral("SELECT title FROM posts ORDER BY title "
                                                 "COLLATE NOCASE, pub_order");
        QTest::newRow("title desc")
            << int(PostListModel::TitleOrder) << int(Qt::DescendingOrder)
            << QStringLiteral("SELECT title FROM posts ORDER BY title COLLATE NOCASE DESC");
        QTest::newRow("category")
            << int(PostListModel::CategoryOrder) << int(Qt::AscendingOrder)
            << QStringLiteral("SELECT p.title FROM posts p LEFT JOIN categories c ON c.id = "
                              "p.category_id ORDER BY c.name IS NULL, c.name, p.pub_order");
        QTest::newRow("oldest first")
            << int(PostListModel::PublicationOrder) << int(Qt::DescendingOrder)
            << QStringLiteral("SELECT title FROM posts ORDER BY pub_order DESC");
    }

    void postListSorts()
    {
        QFETCH(int, key);
        QFETCH(int, order);
        QFETCH(QString, sql);
        PostListModel model(m_db);
        Tester tester(&model, fatal);
        Spies spies(&model);
        const qint64 dearMe = postId(QStringLiteral("personal/dear-me/"));
        const QPersistentModelIndex selected = model.index(model.rowOf(dearMe), 0);
        model.sort(key, Qt::SortOrder(order));
        QCOMPARE(titles(model), column(sql));
        // A layout change, not a reset: the selected post is still selected.
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.layout.size(), 1);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(PostListModel::PostIdRole).toLongLong(), dearMe);
        QCOMPARE(selected.row(), model.rowOf(dearMe));
        QCOMPARE(model.sortKey(), PostListModel::SortKey(key));
        if (key == PostListModel::CategoryOrder) // the post without a category comes last
            QCOMPARE(titles(model).last(), QStringLiteral("About Manvendra Rajpoot"));

        // The same order when it arrives in pages of 7 (pages start after the last row loaded,
        // so ties inside a category and the uncategorised post must be handled).
        PostListModel paged(m_db);
        Tester pagedTester(&paged, fatal);
        paged.setPageSize(7);
        paged.sort(key, Qt::SortOrder(order));
        paged.setFilter(PostFilter::bookmarked()); // a reset, so the next filter pages by 7
        paged.setFilter(PostFilter::all());
        QCOMPARE(paged.rowCount(), 7);
        while (paged.canFetchMore({}))
            paged.fetchMore({});
        QCOMPARE(titles(paged), column(sql));
    }

    void postListPagesASeries()
    {
        PostListModel model(m_db);
        Tester tester(&model, fatal);
        model.setPageSize(2);
        model.setFilter(PostFilter::series(seriesId(QStringLiteral("Django Conquered"))));
        QCOMPARE(model.rowCount(), 2);
        model.fetchMore({});
        QCOMPARE(titles(model), (QStringList{QStringLiteral("Django Conquered: Introduction"),
                                             QStringLiteral("Django Conquered: What is Django?"),
                                             QStringLiteral("Django Conquered: Project Setup and "
                                                            "Anatomy")}));
        QVERIFY(!model.canFetchMore({}));
    }

    void postListFetchesInPages()
    {
        PostListModel model(m_db);
        Tester tester(&model, fatal);
        model.setPageSize(20);
        model.setFilter(PostFilter::category(categoryId(QStringLiteral("devops"))));
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(!model.canFetchMore({}));
        Spies spies(&model);
        model.setFilter(PostFilter::all());
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.totalCount(), 55);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 40);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 55);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // nothing left: no signal
        QCOMPARE(spies.inserted.size(), 2);
        QCOMPARE(rowsOf(spies.inserted.at(0)), std::make_pair(20, 39));
        QCOMPARE(rowsOf(spies.inserted.at(1)), std::make_pair(40, 54));
        QCOMPARE(titles(model),
                 column(QStringLiteral("SELECT title FROM posts ORDER BY pub_order")));

        // Sorting a partly loaded list keeps its size: the first 20 in the new order.
        model.setFilter(PostFilter::category(categoryId(QStringLiteral("devops"))));
        model.setFilter(PostFilter::all());
        const QPersistentModelIndex newest = model.index(0, 0);
        spies.clear();
        model.sort(PostListModel::TitleOrder);
        QCOMPARE(spies.reset.size(), 0);
        const QStringList window = column(
            QStringLiteral("SELECT title FROM posts ORDER BY title COLLATE NOCASE LIMIT 20"));
        QCOMPARE(titles(model), window);
        // The newest post ("Modern Python ...") is not among the first 20 titles: its
        // persistent index is gone rather than pointing at another post.
        QVERIFY(!window.contains(newest.data().toString()));
        QVERIFY(!newest.isValid());
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 40);
    }

    void postListRefreshesOnePost()
    {
        PostListModel model(m_db);
        BookmarksModel bookmarks(m_db);
        Tester t1(&model, fatal);
        Tester t2(&bookmarks, fatal);
        connect(&bookmarks, &BookmarksModel::bookmarkToggled, &model, &PostListModel::refreshPost);
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const int row = model.rowOf(go);
        QVERIFY(row > 0);
        Spies spies(&model);
        QString error;
        QVERIFY2(bookmarks.addBookmark(go, {}, &error), qPrintable(error));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(row, row));
        QVERIFY(model.index(row, 0).data(PostListModel::IsBookmarkedRole).toBool());

        spies.clear();
        QVERIFY(ReadingStateRepository(m_db).setRead(go, true, &error));
        model.refreshPost(go);
        QCOMPARE(spies.total(), 1);
        QVERIFY(model.index(row, 0).data(PostListModel::IsReadRole).toBool());
        model.refreshPost(go); // unchanged: silent
        QCOMPARE(spies.total(), 1);

        // Under the Bookmarked filter a toggle is one row in or out.
        model.setFilter(PostFilter::bookmarked());
        QCOMPARE(titles(model), QStringList{PostRepository(m_db).byId(go)->title});
        spies.clear();
        const qint64 rust = postId(QStringLiteral("rust/tokio-async-fundamentals-backend/"));
        QVERIFY(bookmarks.addBookmark(rust, {}, &error));
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        // Publication order: the Rust post (index 6) is newer than the Go one (26).
        QCOMPARE(model.postIdAt(0), rust);
        QCOMPARE(rowsOf(spies.inserted.first()), std::make_pair(0, 0));
        QVERIFY(bookmarks.removeBookmark(bookmarks.bookmarkAt(bookmarks.rowOfPost(go)).id, &error));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(rowsOf(spies.removed.first()), std::make_pair(1, 1));
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(spies.reset.size(), 0);
    }

    void postListReloadAfterImport()
    {
        PostListModel model(m_db);
        Tester tester(&model, fatal);
        model.setFilter(PostFilter::category(categoryId(QStringLiteral("devops"))));
        Spies spies(&model);
        QVERIFY(importJson(
            post("Terraform Modules", "https://example.org/posts/devops/terraform-modules/"),
            QStringLiteral("https://example.org/index.json")));
        model.reload();
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.rowCount(), 13);
        QVERIFY(titles(model).contains(QStringLiteral("Terraform Modules")));
    }

    // ---- SeriesPartsModel

    void seriesPartsInReadingOrder()
    {
        SeriesPartsModel parts(m_db);
        Tester tester(&parts, fatal);
        QCOMPARE(parts.rowCount(), 0);
        parts.setSeries(seriesId(QStringLiteral("Django Conquered")));
        QCOMPARE(parts.seriesName(), QStringLiteral("Django Conquered"));
        QCOMPARE(titles(parts),
                 (QStringList{QStringLiteral("Introduction"), QStringLiteral("What is Django?"),
                              QStringLiteral("Project Setup and Anatomy")}));
        QCOMPARE(titles(parts, SeriesPartsModel::TitleRole).first(),
                 QStringLiteral("Django Conquered: Introduction"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(parts.index(i, 0).data(SeriesPartsModel::PositionRole).toInt(), i + 1);
        QCOMPARE(parts.index(2, 0).data(SeriesPartsModel::PostIdRole).toLongLong(),
                 postId(QStringLiteral("django/django-project-setup/")));

        Spies spies(&parts);
        const qint64 what = postId(QStringLiteral("django/what-is-django/"));
        const qint64 setup = postId(QStringLiteral("django/django-project-setup/"));
        parts.setCurrentPost(what);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(1, 1));
        QVERIFY(parts.index(1, 0).data(SeriesPartsModel::CurrentRole).toBool());
        QVERIFY(parts.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!parts.index(0, 0).data(SeriesPartsModel::CurrentRole).toBool());
        QVERIFY(!parts.index(0, 0).data(Qt::FontRole).isValid());

        // Moving on: exactly the two rows involved.
        spies.clear();
        parts.setCurrentPost(setup);
        QCOMPARE(spies.total(), 2);
        QCOMPARE(rowsOf(spies.changed.at(0)), std::make_pair(1, 1));
        QCOMPARE(rowsOf(spies.changed.at(1)), std::make_pair(2, 2));
        QVERIFY(!parts.index(1, 0).data(SeriesPartsModel::CurrentRole).toBool());
        QVERIFY(parts.index(2, 0).data(SeriesPartsModel::CurrentRole).toBool());

        // A post outside the series: only the old row changes.
        spies.clear();
        parts.setCurrentPost(postId(QStringLiteral("personal/dear-me/")));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(2, 2));

        // Read state, one row.
        spies.clear();
        QString error;
        QVERIFY(ReadingStateRepository(m_db).setRead(what, true, &error));
        parts.refreshPost(what);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(1, 1));
        QVERIFY(parts.index(1, 0).data(SeriesPartsModel::IsReadRole).toBool());
        QVERIFY(!parts.index(0, 0).data(SeriesPartsModel::IsReadRole).toBool());
        parts.reload(); // nothing else changed
        QCOMPARE(spies.total(), 1);

        parts.setSeries(0);
        QCOMPARE(parts.rowCount(), 0);
        QCOMPARE(spies.reset.size(), 1);
    }

    // ---- BookmarksModel

    void bookmarksModelRowSignals()
    {
        BookmarksModel model(m_db);
        Tester tester(&model, fatal);
        Spies spies(&model);
        QSignalSpy toggled(&model, &BookmarksModel::bookmarkToggled);
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const qint64 rust = postId(QStringLiteral("rust/tokio-async-fundamentals-backend/"));
        QString error;

        const auto a = model.addBookmark(go, QStringLiteral("chans"), &error);
        QVERIFY2(a, qPrintable(error));
        const auto b = model.addBookmark(rust, {}, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(spies.inserted.size(), 2);
        QCOMPARE(rowsOf(spies.inserted.at(1)), std::make_pair(0, 0)); // newest on top
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), b->title); // no label: the title
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("chans"));
        QCOMPARE(model.index(1, 0).data(BookmarksModel::TitleRole).toString(), a->title);
        QCOMPARE(model.index(1, 0).data(BookmarksModel::CategoryRole).toString(),
                 QStringLiteral("go"));
        QCOMPARE(toggled.size(), 2);
        QCOMPARE(toggled.at(0).at(0).toLongLong(), go);
        QCOMPARE(toggled.at(0).at(1).toBool(), true);

        // Refused: the model does not move.
        spies.clear();
        QVERIFY(!model.addBookmark(go, {}, &error));
        QVERIFY(!model.addBookmark(999999, {}, &error));
        QCOMPARE(error, QStringLiteral("no post with id 999999 in the library"));
        QVERIFY(!model.removeBookmark(999999, &error));
        QCOMPARE(spies.total(), 0);

        QVERIFY2(model.setLabel(b->id, QStringLiteral("async"), &error), qPrintable(error));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(0, 0));
        QCOMPARE(model.index(0, 0).data(BookmarksModel::LabelRole).toString(),
                 QStringLiteral("async"));

        spies.clear();
        QVERIFY2(model.removeBookmark(a->id, &error), qPrintable(error));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.removed.first()), std::make_pair(1, 1));
        QCOMPARE(toggled.last().at(0).toLongLong(), go);
        QCOMPARE(toggled.last().at(1).toBool(), false);
        QCOMPARE(BookmarkRepository(m_db).count(), 1);

        // Undo puts the same bookmark back in its old row.
        spies.clear();
        const auto restored = model.restoreBookmark(*a, &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->id, a->id);
        QCOMPARE(restored->label, QStringLiteral("chans"));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.inserted.first()), std::make_pair(1, 1));
        QCOMPARE(toggled.last().at(1).toBool(), true);
        QVERIFY(model.removeBookmark(a->id, &error));

        // A bookmark that points into its post.
        const qint64 intro = postId(QStringLiteral("django/django-conquered-introduction/"));
        const auto placed =
            model.addBookmark(intro, {}, QStringLiteral("why-django"), 0.25, &error);
        QVERIFY2(placed, qPrintable(error));
        QCOMPARE(model.index(0, 0).data(BookmarksModel::AnchorRole).toString(),
                 QStringLiteral("why-django"));
        QCOMPARE(model.index(0, 0).data(BookmarksModel::PositionRole).toDouble(), 0.25);
        QVERIFY(model.removeBookmark(placed->id, &error));
        QVERIFY(!model.addBookmark(intro, {}, {}, 1.5, &error));
        QVERIFY2(error.contains(QLatin1String("outside 0..1")), qPrintable(error));
        QCOMPARE(model.rowCount(), 1);

        // Writes made elsewhere arrive with reload(), as rows.
        spies.clear();
        const qint64 dearMe = postId(QStringLiteral("personal/dear-me/"));
        QVERIFY(BookmarkRepository(m_db).add(dearMe, {}, &error));
        model.reload();
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.index(0, 0).data(BookmarksModel::PostIdRole).toLongLong(), dearMe);
        QCOMPARE(toggled.last().at(0).toLongLong(), dearMe);
    }

    // ---- NotesModel

    void notesModelRowSignals()
    {
        NotesModel model(m_db);
        Tester tester(&model, fatal);
        Spies spies(&model);
        const qint64 go = postId(QStringLiteral("go/go-concurrency-goroutines-channels/"));
        const qint64 intro = postId(QStringLiteral("django/django-conquered-introduction/"));
        QString error;

        const auto n1 = model.setPostNote(go, QStringLiteral("\n  Channels\nare pipes"), &error);
        QVERIFY2(n1, qPrintable(error));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Channels"));
        QCOMPARE(model.index(0, 0).data(Qt::EditRole).toString(),
                 QStringLiteral("\n  Channels\nare pipes"));
        QCOMPARE(model.index(0, 0).data(NotesModel::TitleRole).toString(),
                 QStringLiteral("Go Concurrency: Goroutines, Channels, and the sync Package"));

        // The same post again: an edit of that row, not a second note.
        spies.clear();
        QVERIFY(model.setPostNote(go, QStringLiteral("Channels are typed pipes"), &error));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(0, 0));
        QCOMPARE(model.rowCount(), 1);

        // A highlight note is a row of its own, with the quote.
        const QString text = PostRepository(m_db).byId(go)->content;
        Highlight h;
        h.postId = go;
        h.quote = QStringLiteral("goroutine");
        h.startPos = int(text.indexOf(h.quote));
        h.endPos = h.startPos + int(h.quote.size());
        const auto hl = HighlightRepository(m_db).add(h, &error);
        QVERIFY2(hl, qPrintable(error));
        spies.clear();
        const auto n2 = model.setHighlightNote(hl->id, QStringLiteral("cheap threads"), &error);
        QVERIFY2(n2, qPrintable(error));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.inserted.first()), std::make_pair(0, 0));
        QCOMPARE(model.index(0, 0).data(NotesModel::QuoteRole).toString(),
                 QStringLiteral("goroutine"));
        QCOMPARE(model.index(0, 0).data(NotesModel::HighlightIdRole).toLongLong(), hl->id);

        // Editing through the view.
        spies.clear();
        QVERIFY(model.setData(model.index(1, 0), QStringLiteral("Channels: typed pipes")));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(1, 1));
        QCOMPARE(NoteRepository(m_db).postNote(go)->body, QStringLiteral("Channels: typed pipes"));
        QTest::ignoreMessage(QtWarningMsg,
                             "NotesModel: a note needs some text (to delete a note, remove it)");
        QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("   "))); // refused
        QCOMPARE(spies.total(), 1);

        // Filtered to one post: other posts' notes are saved but not shown.
        model.setPostFilter(intro);
        QCOMPARE(model.rowCount(), 0);
        spies.clear();
        QVERIFY(model.setPostNote(go, QStringLiteral("elsewhere"), &error));
        QCOMPARE(spies.total(), 0);
        QVERIFY(model.setPostNote(intro, QStringLiteral("start"), &error));
        QCOMPARE(spies.inserted.size(), 1);
        model.setPostFilter(0);
        QCOMPARE(model.rowCount(), 3);

        // Removing a highlight takes its note: reload() shows that as one removal.
        spies.clear();
        QVERIFY(HighlightRepository(m_db).remove(hl->id, &error));
        model.reload();
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(model.rowOf(n2->id), -1);
        QCOMPARE(model.rowCount(), 2);

        spies.clear();
        QVERIFY(model.removeNote(n1->id, &error));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.removeNote(n1->id, &error));
        QCOMPARE(spies.total(), 1);
    }

    // ---- SearchResultsModel

    void rowSyncPlan_data()
    {
        QTest::addColumn<QList<qint64>>("before");
        QTest::addColumn<QList<qint64>>("after");
        QTest::addColumn<int>("removed"); // rows removed in all
        QTest::addColumn<int>("inserted");
        using L = QList<qint64>;
        QTest::newRow("same") << L{1, 2, 3} << L{1, 2, 3} << 0 << 0;
        QTest::newRow("one out, one in") << L{1, 2, 3, 4} << L{1, 3, 4, 5} << 1 << 1;
        QTest::newRow("rotate") << L{1, 2, 3} << L{3, 1, 2} << 1 << 1;
        QTest::newRow("reverse") << L{1, 2, 3, 4} << L{4, 3, 2, 1} << 3 << 3;
        QTest::newRow("from empty") << L{} << L{7, 8} << 0 << 2;
        QTest::newRow("to empty") << L{7, 8} << L{} << 2 << 0;
        QTest::newRow("repeats") << L{1, 1, 2} << L{2, 2, 1} << 2 << 2;
    }

    void rowSyncPlan()
    {
        QFETCH(QList<qint64>, before);
        QFETCH(QList<qint64>, after);
        QFETCH(int, removed);
        QFETCH(int, inserted);
        const RowSync::Plan plan = RowSync::plan(before, after);
        QList<qint64> rows = before;
        int r = 0, i = 0;
        int previous = INT_MAX;
        for (const auto &[first, last] : plan.removals) {
            QVERIFY(last < previous); // bottom-up
            previous = first;
            rows.remove(first, last - first + 1);
            r += last - first + 1;
        }
        for (const auto &[first, last] : plan.insertions) {
            for (int k = first; k <= last; ++k)
                rows.insert(k, after.at(k));
            i += last - first + 1;
        }
        QCOMPARE(rows, after);
        QCOMPARE(r, removed);
        QCOMPARE(i, inserted);
    }

    void searchResultsUpdateInPlace()
    {
        // Hits made from real posts; the engine's own answers are used in the next test.
        QList<SearchHit> all;
        {
            Sql q(m_db, "SELECT p.id, p.permalink, p.title, coalesce(c.name, '') FROM posts p "
                        "LEFT JOIN categories c ON c.id = p.category_id ORDER BY p.pub_order");
            QVERIFY(q.exec());
            while (q.next())
                all.append({q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            QStringLiteral("a <mark>%1</mark>").arg(q.value(0).toLongLong()),
                            100.0 - all.size(),
                            {QStringLiteral("x")}});
        }
        SearchResultsModel model;
        Tester tester(&model, fatal);
        Spies spies(&model);

        model.setResults(all.mid(0, 10));
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.inserted.first()), std::make_pair(0, 9));
        const QModelIndex third = model.index(2, 0);
        QCOMPARE(third.data().toString(), all.at(2).title);
        QCOMPARE(third.data(SearchResultsModel::PostIdRole).toLongLong(), all.at(2).postId);
        QCOMPARE(third.data(SearchResultsModel::CategoryRole).toString(), all.at(2).category);
        QCOMPARE(third.data(SearchResultsModel::SnippetRole).toString(), all.at(2).snippet);
        QCOMPARE(third.data(SearchResultsModel::ScoreRole).toDouble(), all.at(2).score);
        QCOMPARE(third.data(SearchResultsModel::MatchedTermsRole).toStringList(),
                 QStringList{QStringLiteral("x")});

        // One snippet changes: one dataChanged, for that row.
        spies.clear();
        QList<SearchHit> next = all.mid(0, 10);
        next[4].snippet = QStringLiteral("another <mark>snippet</mark>");
        const QPersistentModelIndex sixth = model.index(5, 0);
        model.setResults(next);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.changed.first()), std::make_pair(4, 4));
        QCOMPARE(model.index(4, 0).data(SearchResultsModel::SnippetRole).toString(),
                 next.at(4).snippet);

        // One hit drops out: one removal; the others keep their persistent indexes.
        spies.clear();
        next.removeAt(3);
        model.setResults(next);
        QCOMPARE(spies.total(), 1);
        QCOMPARE(rowsOf(spies.removed.first()), std::make_pair(3, 3));
        QCOMPARE(sixth.row(), 4);
        QCOMPARE(sixth.data(SearchResultsModel::PostIdRole).toLongLong(), all.at(5).postId);

        // The same again: silence. A post listed twice shows once.
        spies.clear();
        model.setResults(next + QList<SearchHit>{next.first()});
        QCOMPARE(spies.total(), 0);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(spies.removed.size(), 1);

        // Random sequences of answers: always exactly the hits given, never a reset.
        QRandomGenerator random(20260301);
        for (int round = 0; round < 200; ++round) {
            QList<SearchHit> pick = all;
            std::shuffle(pick.begin(), pick.end(), random);
            pick = pick.mid(0, int(random.bounded(0, 25)));
            if (random.bounded(2))
                std::sort(pick.begin(), pick.end(),
                          [](const SearchHit &a, const SearchHit &b) { return a.score > b.score; });
            model.setResults(pick);
            QCOMPARE(model.rowCount(), pick.size());
            for (int i = 0; i < pick.size(); ++i)
                QCOMPARE(model.hitAt(i).postId, pick.at(i).postId);
        }
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(spies.layout.size(), 0);
    }

    void searchResultsFromTheEngine()
    {
        SearchEngine engine(m_db);
        const SearchResponse django = engine.search(QStringLiteral("django"));
        QVERIFY2(django.error.isEmpty(), qPrintable(django.error));
        QVERIFY(django.hits.size() >= 9);
        SearchResultsModel model;
        Tester tester(&model, fatal);
        Spies spies(&model);
        model.setResults(django.hits);
        QCOMPARE(model.rowCount(), django.hits.size());
        QVERIFY(model.index(0, 0)
                    .data(SearchResultsModel::SnippetRole)
                    .toString()
                    .contains(QLatin1String("<mark>")));

        // Narrowing the query keeps the rows of posts that still match.
        const SearchResponse orm = engine.search(QStringLiteral("django orm"));
        QVERIFY2(orm.error.isEmpty(), qPrintable(orm.error));
        QVERIFY(!orm.hits.isEmpty());
        spies.clear();
        model.setResults(orm.hits);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(model.rowCount(), orm.hits.size());
        for (int i = 0; i < orm.hits.size(); ++i)
            QCOMPARE(model.hitAt(i).postId, orm.hits.at(i).postId);
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
