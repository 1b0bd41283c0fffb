#include "cli.h"

#include "store/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Lectern {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Cli", text);
}
} // namespace

// What to do about a library that did not open, for the message under the error.
QString Cli::recoveryHint(const Library &library)
{
    if (library.failure() != Library::Failure::Damaged)
        return {};
    const QString db = library.path();
    const QStringList backups = Library::backups(db);
    QString hint = tr("To recover:\n");
    if (!backups.isEmpty())
        hint += tr("  lectern library restore --db %1   puts back the backup %2\n")
                    .arg(db, backups.constFirst());
    hint += tr("  lectern library new --db %1       starts a new, empty library\n").arg(db);
    hint += tr("Either way the damaged file is kept beside it (%1.damaged-<time>).\n").arg(db);
    return hint;
}

int Cli::libraryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a library, or recover from a damaged one: restore its backup or start anew. "
           "The damaged file is moved aside, never deleted."));
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("check, restore [BACKUP] (default: the newest backup), new"));
    if (const int stop = parse(parser, QStringLiteral("library"), arguments); stop >= 0)
        return stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString db = Library::resolvePath(parser.value(QStringLiteral("db")));
    if (action == QLatin1String("check") && args.size() == 1) {
        Library library(db);
        library.setAlwaysCheck(true);
        QString error;
        if (!library.open(&error)) {
            err() << tr("lectern: %1\n").arg(error) << recoveryHint(library);
            return library.failure() == Library::Failure::Damaged ? BadInput : Failure;
        }
        out() << tr("%1: ok (library format %2)\n").arg(db).arg(library.schemaVersion());
        return Ok;
    }
    if (action == QLatin1String("restore") && args.size() <= 2) {
        const QStringList backups = Library::backups(db);
        const QString backup = args.size() == 2 ? args.at(1) : backups.value(0);
        if (backup.isEmpty()) {
            err() << tr("lectern library restore: %1 has no backup (%1.vN.bak); `lectern library "
                        "new` starts a new library\n")
                         .arg(db);
            return BadInput;
        }
        QString movedTo;
        QString error;
        if (!Library::restoreBackup(db, backup, &movedTo, &error)) {
            err() << tr("lectern library restore: %1\n").arg(error);
            return Failure;
        }
        Library library(db);
        if (!library.open(&error)) {
            err() << tr("lectern library restore: %1\n").arg(error);
            return Failure;
        }
        out() << tr("restored %1 from %2; the damaged file is now %3\n").arg(db, backup, movedTo);
        return Ok;
    }
    if (action == QLatin1String("new") && args.size() == 1) {
        QString movedTo;
        QString error;
        if (!Library::setAside(db, &movedTo, &error)) {
            err() << tr("lectern library new: %1\n").arg(error);
            return Failure;
        }
        Library library(db);
        if (!library.open(&error)) {
            err() << tr("lectern library new: %1\n").arg(error);
            return Failure;
        }
        out() << tr("started a new library %1; the old file is now %2\n").arg(db, movedTo);
        return Ok;
    }
    err() << tr("usage: lectern library check|restore [BACKUP]|new [--db FILE]\n");
    return Usage;
}

} // namespace Lectern
