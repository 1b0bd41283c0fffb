#include "mainwindow.h"

#include "core/version.h"
#include "schemehandler.h"

#include <QWebEngineProfile>
#include <QWebEngineView>

namespace Lectern {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Lectern"));
    resize(1200, 800);

    m_scheme = new SchemeHandler(
        [](const QUrl &url) {
            SchemeHandler::Reply r;
            if (url.path() == QLatin1String("welcome")) {
                r.found = true;
                r.body = QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                                        "%1</title></head><body><h1>%1</h1><p>%2</p></body></html>")
                             .arg(tr("Welcome to Lectern"),
                                  tr("Lectern %1").arg(runtimeVersions().lectern).toHtmlEscaped())
                             .toUtf8();
            }
            return r;
        },
        this);
    QWebEngineProfile::defaultProfile()->installUrlSchemeHandler(SchemeHandler::scheme, m_scheme);

    m_view = new QWebEngineView(this);
    m_view->setAccessibleName(tr("Article"));
    setCentralWidget(m_view);
    m_view->setUrl(QUrl(QStringLiteral("lectern:welcome")));
}

MainWindow::~MainWindow()
{
    QWebEngineProfile::defaultProfile()->removeUrlSchemeHandler(m_scheme);
}

} // namespace Lectern
