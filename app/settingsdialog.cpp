#include "settingsdialog.h"

#include "store/library.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lectern {

SettingsDialog::SettingsDialog(const ReaderSettings &settings, const QString &activeLibrary,
                               QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *reading = new QGroupBox(tr("Reading"), this);
    auto *form = new QFormLayout(reading);
    m_theme = new QComboBox(reading);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(ReaderSettings::ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ReaderSettings::ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ReaderSettings::ThemeChoice::Dark));
    m_theme->addItem(tr("Sepia"), int(ReaderSettings::ThemeChoice::Sepia));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    form->addRow(tr("&Theme:"), m_theme);

    m_codeTheme = new QComboBox(reading);
    m_codeTheme->setAccessibleName(tr("Code theme"));
    m_codeTheme->addItem(tr("Matching the theme"), QString());
    for (const QString &name : codeThemeNames())
        m_codeTheme->addItem(name, name);
    m_codeTheme->setCurrentIndex(std::max(0, m_codeTheme->findData(settings.codeTheme)));
    form->addRow(tr("&Code theme:"), m_codeTheme);

    auto *fonts = new QWidget(reading);
    auto *fontLayout = new QVBoxLayout(fonts);
    fontLayout->setContentsMargins(0, 0, 0, 0);
    m_serif = new QRadioButton(tr("&Serif"), fonts);
    m_sans = new QRadioButton(tr("Sans-seri&f"), fonts);
    m_custom = new QRadioButton(tr("&Other:"), fonts);
    m_family = new QFontComboBox(fonts);
    m_family->setAccessibleName(tr("Font family"));
    if (!settings.fontFamily.isEmpty())
        m_family->setCurrentFont(QFont(settings.fontFamily));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_serif, m_sans, m_custom})
        group->addButton(b);
    auto *customRow = new QHBoxLayout;
    customRow->addWidget(m_custom);
    customRow->addWidget(m_family, 1);
    fontLayout->addWidget(m_serif);
    fontLayout->addWidget(m_sans);
    fontLayout->addLayout(customRow);
    switch (settings.font) {
    case ReaderSettings::FontChoice::Serif:
        m_serif->setChecked(true);
        break;
    case ReaderSettings::FontChoice::SansSerif:
        m_sans->setChecked(true);
        break;
    case ReaderSettings::FontChoice::Custom:
        m_custom->setChecked(true);
        break;
    }
    m_family->setEnabled(m_custom->isChecked());
    connect(m_custom, &QRadioButton::toggled, m_family, &QWidget::setEnabled);
    form->addRow(tr("Font:"), fonts);

    m_size = new QSpinBox(reading);
    m_size->setAccessibleName(tr("Font size"));
    m_size->setRange(ReaderSettings::minFontSize, ReaderSettings::maxFontSize);
    m_size->setSuffix(tr(" px"));
    m_size->setValue(settings.fontSizePx);
    form->addRow(tr("Font si&ze:"), m_size);
    layout->addWidget(reading);

    auto *privacy = new QGroupBox(tr("Privacy"), this);
    auto *privacyLayout = new QVBoxLayout(privacy);
    m_remoteImages = new QCheckBox(tr("Load &remote images in posts"), privacy);
    m_remoteImages->setToolTip(tr("Off: reading never makes a network request."));
    m_remoteImages->setChecked(settings.allowRemoteImages);
    privacyLayout->addWidget(m_remoteImages);
    layout->addWidget(privacy);

    auto *storage = new QGroupBox(tr("Library"), this);
    auto *storageLayout = new QVBoxLayout(storage);
    auto *row = new QHBoxLayout;
    m_library = new QLineEdit(settings.libraryPath, storage);
    m_library->setAccessibleName(tr("Library file"));
    m_library->setPlaceholderText(QDir::toNativeSeparators(Library::defaultPath()));
    auto *browse = new QPushButton(tr("&Browse…"), storage);
    row->addWidget(m_library, 1);
    row->addWidget(browse);
    auto *libraryLabel = new QLabel(tr("Library &file:"), storage);
    libraryLabel->setBuddy(m_library);
    storageLayout->addWidget(libraryLabel);
    storageLayout->addLayout(row);
    auto *note = new QLabel(tr("In use now: %1\nA new location takes effect at the next start "
                               "(--db and LECTERN_DB take precedence).")
                                .arg(QDir::toNativeSeparators(activeLibrary)),
                            storage);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    storageLayout->addWidget(note);
    layout->addWidget(storage);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseLibrary);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    // Each language in its own name and script, so that a reader finds theirs in any UI.
    for (const QString &code : ReaderSettings::uiLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == QLatin1String("en"))
            name = QStringLiteral("English");
        else if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "deutsch" -> "Deutsch"; Devanagari has no case
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    languageForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("Takes effect when Lectern is started again."), languageBox);
    languageNote->setWordWrap(true);
    languageForm->addRow(languageNote);
    layout->addWidget(languageBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::chooseLibrary()
{
    const QString start = m_library->text().isEmpty() ? Library::defaultPath() : m_library->text();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Library File"), start, tr("Lectern library (*.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_library->setText(file);
}

ReaderSettings SettingsDialog::settings() const
{
    ReaderSettings s = m_original;
    s.theme = ReaderSettings::ThemeChoice(m_theme->currentData().toInt());
    s.codeTheme = m_codeTheme->currentData().toString();
    s.font = m_sans->isChecked()     ? ReaderSettings::FontChoice::SansSerif
             : m_custom->isChecked() ? ReaderSettings::FontChoice::Custom
                                     : ReaderSettings::FontChoice::Serif;
    if (s.font == ReaderSettings::FontChoice::Custom)
        s.fontFamily = m_family->currentFont().family();
    s.fontSizePx = m_size->value();
    s.allowRemoteImages = m_remoteImages->isChecked();
    s.libraryPath = m_library->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace Lectern
