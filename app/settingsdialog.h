#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Lectern {

// Preferences: theme, code theme (any KSyntaxHighlighting theme), body font and size, remote
// images, where the library file lives and the user interface's language (both used from the
// next start).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `activeLibrary`: the file open now, shown beside the chosen location.
    SettingsDialog(const ReaderSettings &settings, const QString &activeLibrary,
                   QWidget *parent = nullptr);

    ReaderSettings settings() const;

private:
    void chooseLibrary();

    ReaderSettings m_original;
    QComboBox *m_theme = nullptr;
    QComboBox *m_codeTheme = nullptr;
    QRadioButton *m_serif = nullptr;
    QRadioButton *m_sans = nullptr;
    QRadioButton *m_custom = nullptr;
    QFontComboBox *m_family = nullptr;
    QSpinBox *m_size = nullptr;
    QCheckBox *m_remoteImages = nullptr;
    QLineEdit *m_library = nullptr;
    QComboBox *m_language = nullptr; // "" (the system's), "en", "de", "hi"
};

} // namespace Lectern
