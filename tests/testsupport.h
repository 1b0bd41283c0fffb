// Shared set-up for the tests: a real library file holding the real corpus, and (guisupport.h)
// the reader window on it. Each helper returns what it made, or null with the reason in *error,
// so the calling test reports the failure in its own QVERIFY2.
#pragma once

#include "ingest/hugoimporter.h"
#include "store/library.h"
#include "store/posts.h"

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace Lectern::Test {

// A whole file's bytes; empty when it cannot be read (tests compare against expected bytes).
// The text without its whitespace: how the structure tests compare recovered text with the
// truth (recovery may move line breaks and spaces, never other characters).
inline QString nonSpace(QStringView text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A whole UTF-8 text file; empty when it cannot be read.
inline QString readText(const QString &path)
{
    return QString::fromUtf8(readFile(path));
}

// A generated source compared with its committed file (lib/ingest/<name>.inc): empty when they
// are the same, else where they first differ and how to regenerate it.
inline QString staleGenerated(const QString &generated, const QString &committedPath)
{
    const QString committed = readText(committedPath);
    if (generated == committed)
        return {};
    const QStringList a = generated.split(u'\n');
    const QStringList b = committed.split(u'\n');
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return QStringLiteral("%1 is stale (run scripts/train-structure); first difference at line "
                          "%2:\n  now:       %3\n  committed: %4")
        .arg(committedPath)
        .arg(i + 1)
        .arg(a.value(i), b.value(i));
}

// Whether `path` lies under one of `directories` (a trainer's documents, held-out kept out).
inline bool isUnder(const QString &path, const QStringList &directories)
{
    for (const QString &directory : directories)
        if (path.startsWith(directory + u'/'))
            return true;
    return false;
}

// Replaces a file's bytes; false unless all of them were written.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Imports the 55-post corpus (blog-index.json) into `library`.
inline bool importCorpus(Library &library, QString *error)
{
    ImportSummary summary;
    if (!HugoImporter(library).importFile(QStringLiteral(LECTERN_CORPUS), {}, &summary, error))
        return false;
    if (summary.added != 55) {
        *error = QStringLiteral("the corpus import added %1 posts, not 55").arg(summary.added);
        return false;
    }
    return true;
}

// A library at `path`, opened (migrated) and holding the corpus.
inline std::unique_ptr<Library> corpusLibrary(const QString &path, QString *error)
{
    auto library = std::make_unique<Library>(path);
    if (!library->open(error) || !importCorpus(*library, error))
        return nullptr;
    return library;
}

// The corpus library in a temporary folder of its own, for a test's init() and cleanup().
struct CorpusFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Library> library;
    QSqlDatabase db;

    // Empty when the library is ready, else the reason.
    QString open()
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return QStringLiteral("no temporary folder: ") + dir->errorString();
        QString error;
        library = corpusLibrary(dir->filePath(QStringLiteral("library.sqlite")), &error);
        if (!library)
            return error;
        db = library->connection();
        return {};
    }

    void close()
    {
        db = {};
        library.reset();
        dir.reset();
    }
};

// The id of the post at `permalink`, 0 when the library has none.
inline qint64 postIdOf(const QSqlDatabase &db, const QString &permalink)
{
    const auto post = PostRepository(db).byPermalink(permalink);
    return post ? post->id : 0;
}

} // namespace Lectern::Test
