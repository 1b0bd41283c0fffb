#pragma once

#include "sources/sourceregistry.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Lectern {

// "Add Source" (and "Edit Source"): an address (a blog's page, feed or index.json: what it is is
// found out when it is fetched) or a local Markdown folder, a name, a refresh interval and how to
// sign in. The password/token field is never prefilled and never stored by the dialog: the Sources
// panel hands it to the keychain.
class SourceAddDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SourceAddDialog(QWidget *parent = nullptr);

    QString location() const; // trimmed
    bool isFolder() const;    // the location is an existing local folder
    QString name() const;
    int refreshMinutes() const;
    AuthKind auth() const;
    // Basic: "user:password"; Bearer: the token; None: empty.
    QString secret() const;
    bool includeDrafts() const;

    // Edits an existing source instead: its address fixed, the fields filled in; the password or
    // token may stay empty to keep the stored one.
    void editSource(const Source &source);
    bool isEditing() const { return m_editing; }

    void setLocation(const QString &location);
    void setAuth(AuthKind auth);
    // Shown above the buttons, e.g. why the last attempt needed credentials.
    void setMessage(const QString &text);

    QLineEdit *locationField() const { return m_location; }
    QLineEdit *nameField() const { return m_name; }
    QSpinBox *intervalField() const { return m_interval; }
    QComboBox *authField() const { return m_auth; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *secretField() const { return m_secret; }

private:
    void chooseFolder();
    void updateFields();

    QLineEdit *m_location = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_interval = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_drafts = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_editing = false;
};

} // namespace Lectern
