#include "aboutdialog.h"

#include "core/version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

AboutDialog::AboutDialog(const QString &libraryPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Lectern"));
    setAccessibleName(tr("About Lectern"));
    const VersionInfo v = runtimeVersions();

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(tr("<h2>Lectern %1</h2><p>A desktop knowledge base for technical "
                                "blogs: import, search, read and annotate them offline.</p>")
                                 .arg(v.lectern.toHtmlEscaped()),
                             this);
    title->setWordWrap(true);
    header->addWidget(title, 1);
    layout->addLayout(header);

    // Component names are product names: not translated.
    m_versions = new QFormLayout;
    const auto row = [this](const QString &component, const QString &text) {
        auto *value = new QLabel(text, this);
        value->setObjectName(component);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_versions->addRow(component + u':', value);
    };
    row(QStringLiteral("Qt"), v.qt);
    row(QStringLiteral("KF6 SyntaxHighlighting"),
        tr("%1 (%n syntax definitions)", nullptr, v.syntaxDefinitions).arg(v.syntaxHighlighting));
    row(QStringLiteral("QtKeychain"), v.qtKeychain);
    row(QStringLiteral("SQLite"), v.sqlite);
    layout->addLayout(m_versions);

    auto *library = new QLabel(
        tr("Library: %1").arg(QDir::toNativeSeparators(libraryPath).toHtmlEscaped()), this);
    library->setWordWrap(true);
    library->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(library);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::versionText(const QString &component) const
{
    const auto *label = findChild<QLabel *>(component);
    return label ? label->text() : QString();
}

} // namespace Lectern
