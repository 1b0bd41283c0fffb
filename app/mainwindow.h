#pragma once

#include <QMainWindow>

class QWebEngineView;

namespace Lectern {

class SchemeHandler;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QWebEngineView *articleView() const { return m_view; }

private:
    QWebEngineView *m_view = nullptr;
    SchemeHandler *m_scheme = nullptr;
};

} // namespace Lectern
