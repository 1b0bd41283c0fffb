#include "cli.h"
#include "mainwindow.h"
#include "rendering.h"
#include "schemehandler.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Lectern"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.app"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));

    // Command-line work (import, search, posts, render, --version) needs no display.
    if (Lectern::Cli::handles(argc, argv)) {
        QCoreApplication app(argc, argv);
        Lectern::installTranslations();
        return Lectern::Cli::run(app.arguments());
    }

    Lectern::preferSoftwareRenderingWithoutGpu(); // before QApplication: it reads the choice
    Lectern::SchemeHandler::registerScheme();     // before QApplication, as WebEngine requires
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    Lectern::installTranslations();
    return Lectern::runGui(app);
}
