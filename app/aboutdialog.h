#pragma once

#include <QDialog>

class QFormLayout;

namespace Lectern {

// Help > About Lectern: what Lectern is, the versions of Lectern and the libraries it runs
// with (the same set `lectern --version` prints), the library file in use, and About Qt.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &libraryPath, QWidget *parent = nullptr);

    // The label showing `component`'s version (for the tests); null when there is none.
    QString versionText(const QString &component) const;

private:
    QFormLayout *m_versions = nullptr;
};

} // namespace Lectern
