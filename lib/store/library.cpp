#include "store/library.h"

#include "store/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <sqlite3.h>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Library", text);
}

struct Migration
{
    int version = 0;
    QString file;
};

// Numbered migrations compiled in as resources: :/lectern/migrations/NNN_name.sql.
QList<Migration> migrations(const QString &path)
{
    QList<Migration> list;
    static const QRegularExpression re(QStringLiteral("^(\\d+)_.*\\.sql$"));
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(list.begin(), list.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

// QSqlQuery runs one statement; migrations are scripts, so they go to sqlite3_exec.
bool execScript(const QSqlDatabase &db, const QByteArray &script, QString *error)
{
    const QVariant handle = db.driver()->handle();
    auto *sqlite = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!sqlite) {
        *error = tr("no SQLite handle");
        return false;
    }
    char *message = nullptr;
    if (sqlite3_exec(sqlite, script.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = QString::fromUtf8(message ? message : "unknown SQLite error");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// Per connection. The journal mode is not among them: switching to WAL rewrites the file's
// header, so open() does it once the file proved to be a Lectern library (WAL then sticks to
// the file for every later connection); a foreign or newer file is never written.
bool applyPragmas(const QSqlDatabase &db, QString *error)
{
    for (const char *pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON",
                               "PRAGMA synchronous = NORMAL"}) {
        if (!Sql::run(db, QString::fromLatin1(pragma), error))
            return false;
    }
    return true;
}

} // namespace

Library::Library(QString path, QString migrationsDir)
    : m_path(std::move(path))
    , m_migrationsDir(std::move(migrationsDir))
    , m_id(QUuid::createUuid().toString(QUuid::Id128))
{}

Library::~Library()
{
    // Connections of other threads are released by those threads; this one's goes here.
    releaseThreadConnection();
}

QString Library::connectionName() const
{
    return QStringLiteral("lectern-%1-%2").arg(m_id).arg(quintptr(QThread::currentThread()), 0, 16);
}

QSqlDatabase Library::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString ignored;
    if (db.open())
        applyPragmas(db, &ignored);
    return db;
}

void Library::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Library::open(QString *error)
{
    m_failure = Failure::Other;
    QString err;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    const bool existed = info.exists() && info.size() > 0;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = tr("cannot open %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    // Reading the schema fails on a file that is not an SQLite database.
    const QVariant tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tables.isValid()) {
        m_failure = Failure::Damaged;
        *error = tr("%1 is not an SQLite database (or it is damaged)").arg(m_path);
        db = QSqlDatabase();
        releaseThreadConnection();
        return false;
    }
    const int version = schemaVersion();
    if (version == 0 && tables.toInt() > 0) {
        m_failure = Failure::NotLectern;
        *error = tr("%1 is an SQLite database, but not a Lectern library").arg(m_path);
        db = QSqlDatabase();
        releaseThreadConnection();
        return false;
    }
    if (version > latestSchemaVersion()) {
        m_failure = Failure::NewerFormat;
        *error = tr("%1 was written by a newer Lectern (library format %2; this Lectern reads up "
                    "to %3). Update Lectern to open it.")
                     .arg(m_path)
                     .arg(version)
                     .arg(latestSchemaVersion());
        db = QSqlDatabase();
        releaseThreadConnection();
        return false;
    }
    // A damaged page (a crash of the disk, a bad copy, a zeroed block) is found here, with a way
    // out, instead of as a failed query in the middle of reading. quick_check reads every page
    // (1.6 s warm, 4 s cold for the 347 MB 10k library), so a large library is checked only
    // after a session that did not end cleanly: closing the last connection checkpoints and
    // removes the WAL file, so a WAL file with content means a crash or a kill.
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    const bool runCheck = existed && (m_alwaysCheck || info.size() <= quickCheckLimit ||
                                      (wal.exists() && wal.size() > 0));
    if (runCheck) {
        const QString check = Sql::scalar(db, QStringLiteral("PRAGMA quick_check(1)")).toString();
        if (check != QLatin1String("ok")) {
            m_failure = Failure::Damaged;
            *error = tr("%1 is damaged (SQLite's check says: %2)")
                         .arg(m_path, check.isEmpty() ? tr("the file cannot be read") : check);
            db = QSqlDatabase();
            releaseThreadConnection();
            return false;
        }
    }
    if (!applyPragmas(db, &err) ||
        !Sql::run(db, QStringLiteral("PRAGMA journal_mode = WAL"), &err)) {
        m_failure = Failure::Damaged;
        *error = tr("cannot configure %1 (it may be damaged): %2").arg(m_path, err);
        db = QSqlDatabase();
        releaseThreadConnection();
        return false;
    }
    if (existed && version < latestSchemaVersion()) {
        // A consistent copy (WAL included) before any migration touches the file.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(backup);
        Sql q(db, QStringLiteral("VACUUM INTO ?"));
        if (!q.exec({backup})) {
            *error = tr("cannot back up %1 before upgrading it: %2").arg(m_path, q.error());
            return false;
        }
    }
    if (!migrate(error))
        return false;
    m_open = true;
    m_failure = Failure::None;
    return true;
}

QStringList Library::backups(const QString &path)
{
    const QFileInfo info(path);
    static const QRegularExpression re(QStringLiteral("\\.v(\\d+)\\.bak$"));
    QList<std::pair<int, QString>> found;
    const QString prefix = info.fileName() + QStringLiteral(".v");
    for (const QFileInfo &f :
         info.dir().entryInfoList({prefix + QStringLiteral("*.bak")}, QDir::Files)) {
        const auto m = re.match(f.fileName());
        if (m.hasMatch() && f.size() > 0)
            found.append({m.captured(1).toInt(), f.absoluteFilePath()});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList out;
    for (const auto &f : std::as_const(found))
        out << f.second;
    return out;
}

bool Library::setAside(const QString &path, QString *movedTo, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int i = 2; QFileInfo::exists(target); ++i)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(i);
    if (QFileInfo::exists(path) && !QFile::rename(path, target)) {
        *error = tr("cannot move %1 aside to %2").arg(path, target);
        return false;
    }
    // The write-ahead log belongs to the damaged file: it goes with it, never onto a new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            *error = tr("cannot move %1 aside to %2").arg(path + suffix, target + suffix);
            return false;
        }
    }
    if (movedTo)
        *movedTo = target;
    return true;
}

bool Library::restoreBackup(const QString &path, const QString &backup, QString *movedTo,
                            QString *error)
{
    if (!QFileInfo(backup).isFile()) {
        *error = tr("%1: no such backup").arg(backup);
        return false;
    }
    if (!setAside(path, movedTo, error))
        return false;
    if (!QFile::copy(backup, path)) {
        *error = tr("cannot copy the backup %1 to %2").arg(backup, path);
        return false;
    }
    QFile(path).setPermissions(QFile(path).permissions() | QFileDevice::WriteOwner);
    return true;
}

bool Library::migrate(QString *error)
{
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    for (const Migration &m : migrations(m_migrationsDir)) {
        if (m.version <= current)
            continue;
        QFile file(m.file);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("missing migration %1").arg(m.file);
            return false;
        }
        QString err;
        const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll() +
                                  "\nPRAGMA user_version = " + QByteArray::number(m.version) +
                                  ";\nCOMMIT;";
        if (!execScript(db, script, &err)) {
            Sql::run(db, QStringLiteral("ROLLBACK"));
            *error = tr("upgrading %1 to library format %2 failed: %3")
                         .arg(m_path)
                         .arg(m.version)
                         .arg(err);
            return false;
        }
    }
    return true;
}

int Library::schemaVersion() const
{
    return Sql::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

int Library::latestSchemaVersion() const
{
    const auto list = migrations(m_migrationsDir);
    return list.isEmpty() ? 0 : list.last().version;
}

QString Library::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.lectern");
    return dir + QStringLiteral("/library.sqlite");
}

QString Library::resolvePath(const QString &cliOverride)
{
    if (!cliOverride.isEmpty())
        return QFileInfo(cliOverride).absoluteFilePath();
    const QString env = qEnvironmentVariable("LECTERN_DB");
    if (!env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    return defaultPath();
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_active = Sql::run(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        Sql::run(m_db, QStringLiteral("ROLLBACK"));
}

bool Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_error;
        return false;
    }
    if (!Sql::run(m_db, QStringLiteral("COMMIT"), &m_error)) {
        if (error)
            *error = m_error;
        return false;
    }
    m_active = false;
    return true;
}

} // namespace Lectern
