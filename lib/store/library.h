#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Lectern {

// One Lectern library: one SQLite file. Opening it applies the pragmas, refuses a file written
// by a newer Lectern, backs the file up and runs the numbered migrations it lacks.
// Every thread gets its own named connection (connection()); SQLite serialises writers, and
// writes always go through a Transaction.
class Library final
{
public:
    // `migrationsDir` holds NNN_name.sql files; tests pass their own to exercise upgrades.
    explicit Library(QString path, QString migrationsDir = QStringLiteral(":/lectern/migrations"));
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // Why open() failed, so that the caller can offer the right way out.
    enum class Failure
    {
        None,
        Damaged,     // not readable as SQLite, or SQLite's quick_check found damage
        NotLectern,  // an SQLite database of some other program
        NewerFormat, // written by a newer Lectern
        Other,       // a folder that cannot be made, a failed backup or migration, ...
    };

    // false with a message naming the problem (unreadable file, damaged file, not a Lectern
    // library, written by a newer Lectern, a migration that failed); failure() says which.
    bool open(QString *error);
    bool isOpen() const { return m_open; }
    Failure failure() const { return m_failure; }
    // open() runs SQLite's quick_check, which reads every page, only where that is cheap or
    // called for: a file up to quickCheckLimit bytes, or one whose last session did not end
    // cleanly (a WAL file was left). Always: every open checks (`lectern library check`).
    void setAlwaysCheck(bool always) { m_alwaysCheck = always; }
    static constexpr qint64 quickCheckLimit = 32 * 1024 * 1024;
    QString path() const { return m_path; }

    // This thread's connection (opened on first use with the same pragmas).
    QSqlDatabase connection() const;
    // Closes this thread's connection; call before a worker thread ends.
    void releaseThreadConnection() const;

    int schemaVersion() const;
    int latestSchemaVersion() const;

    // --db FILE, else $LECTERN_DB, else <app data>/library.sqlite.
    static QString resolvePath(const QString &cliOverride = {});
    static QString defaultPath();

    // Recovery from a damaged library. The backups Lectern made before upgrading the file
    // (FILE.vN.bak), newest format first.
    static QStringList backups(const QString &path);
    // Moves the library file (and its -wal/-shm companions) aside, to FILE.damaged-<time>, so that
    // nothing is ever deleted; `movedTo` gets the new name. Then the next open() starts a new,
    // empty library there.
    static bool setAside(const QString &path, QString *movedTo, QString *error);
    // setAside(), then a copy of `backup` becomes the library.
    static bool restoreBackup(const QString &path, const QString &backup, QString *movedTo,
                              QString *error);

private:
    QString connectionName() const;
    bool migrate(QString *error);

    QString m_path;
    QString m_migrationsDir;
    QString m_id;
    bool m_open = false;
    Failure m_failure = Failure::None;
    bool m_alwaysCheck = false;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit(QString *error = nullptr);
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace Lectern
