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

    // false with a message naming the problem (unreadable file, not a Lectern library,
    // written by a newer Lectern, a migration that failed).
    bool open(QString *error);
    bool isOpen() const { return m_open; }
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

private:
    QString connectionName() const;
    bool migrate(QString *error);

    QString m_path;
    QString m_migrationsDir;
    QString m_id;
    bool m_open = false;
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
