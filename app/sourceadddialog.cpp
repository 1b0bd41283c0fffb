#include "sourceadddialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Lectern {

SourceAddDialog::SourceAddDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("sourceAddDialog"));
    setWindowTitle(tr("Add Source"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("sourceLocation"));
    m_location->setPlaceholderText(tr("https://blog.example/ or a feed, index.json, folder"));
    m_location->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Folder…"), this);
    browse->setObjectName(QStringLiteral("sourceBrowse"));
    browse->setToolTip(tr("A local Markdown folder (a Hugo or Jekyll content/ tree)"));
    connect(browse, &QPushButton::clicked, this, &SourceAddDialog::chooseFolder);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setPlaceholderText(tr("optional: the blog's own title"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("sourceInterval"));
    m_interval->setRange(0, 7 * 24 * 60);
    m_interval->setSingleStep(30);
    m_interval->setValue(60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only by hand"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("sourceAuth"));
    m_auth->addItem(tr("None"), int(AuthKind::None));
    m_auth->addItem(tr("HTTP Basic (user and password)"), int(AuthKind::Basic));
    m_auth->addItem(tr("Bearer token"), int(AuthKind::Bearer));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("sourceUser"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("sourceSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Kept in the system keychain, never in the library or settings"));
    m_drafts = new QCheckBox(tr("Include drafts"), this);
    m_drafts->setObjectName(QStringLiteral("sourceDrafts"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sourceAddMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *form = new QFormLayout;
    auto *locationLabel = new QLabel(tr("&Address:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, locationRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Refresh every:"), m_interval);
    form->addRow(tr("&Sign-in:"), m_auth);
    m_userLabel = new QLabel(tr("&User:"), this);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    m_secretLabel = new QLabel(tr("&Password:"), this);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_drafts);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Lectern finds the feed itself: a blog's page that advertises one, "
                               "an RSS, Atom or JSON feed, or a Hugo index.json."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_location, &QLineEdit::textChanged, this, &SourceAddDialog::updateFields);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &SourceAddDialog::updateFields);
    connect(m_user, &QLineEdit::textChanged, this, &SourceAddDialog::updateFields);
    connect(m_secret, &QLineEdit::textChanged, this, &SourceAddDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

QString SourceAddDialog::location() const
{
    return m_location->text().trimmed();
}

bool SourceAddDialog::isFolder() const
{
    const QString text = location();
    if (text.isEmpty())
        return false;
    const QUrl url(text);
    if (url.isLocalFile())
        return QFileInfo(url.toLocalFile()).isDir();
    return QDir::isAbsolutePath(QDir::fromNativeSeparators(text)) && QFileInfo(text).isDir();
}

QString SourceAddDialog::name() const
{
    return m_name->text().trimmed();
}

int SourceAddDialog::refreshMinutes() const
{
    return m_interval->value();
}

AuthKind SourceAddDialog::auth() const
{
    return isFolder() ? AuthKind::None : AuthKind(m_auth->currentData().toInt());
}

QString SourceAddDialog::secret() const
{
    if (m_user->text().isEmpty() && m_secret->text().isEmpty())
        return {};
    switch (auth()) {
    case AuthKind::None:
        return {};
    case AuthKind::Basic:
        return m_user->text() + u':' + m_secret->text();
    case AuthKind::Bearer:
        return m_secret->text().trimmed();
    }
    return {};
}

bool SourceAddDialog::includeDrafts() const
{
    return m_drafts->isChecked();
}

void SourceAddDialog::editSource(const Source &source)
{
    m_editing = true;
    setWindowTitle(tr("Edit Source"));
    m_location->setText(source.location);
    m_location->setReadOnly(true);
    m_location->setClearButtonEnabled(false);
    if (auto *browse = findChild<QPushButton *>(QStringLiteral("sourceBrowse")))
        browse->hide();
    m_name->setText(source.name);
    m_name->setPlaceholderText(source.title);
    m_interval->setValue(source.refreshMinutes);
    m_drafts->setChecked(source.includeDrafts);
    m_drafts->setEnabled(false); // fixed when the folder was added
    setAuth(source.auth);
    m_secret->setPlaceholderText(source.hasSecret ? tr("unchanged (stored in the keychain)")
                                                  : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    updateFields();
}

void SourceAddDialog::setLocation(const QString &location)
{
    m_location->setText(location);
}

void SourceAddDialog::setAuth(AuthKind auth)
{
    m_auth->setCurrentIndex(m_auth->findData(int(auth)));
}

void SourceAddDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SourceAddDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Markdown Folder"));
    if (!dir.isEmpty())
        m_location->setText(QDir::toNativeSeparators(dir));
}

void SourceAddDialog::updateFields()
{
    const bool folder = isFolder();
    const AuthKind kind = AuthKind(m_auth->currentData().toInt());
    m_auth->setEnabled(!folder);
    m_drafts->setVisible(folder);
    const bool basic = !folder && kind == AuthKind::Basic;
    const bool any = !folder && kind != AuthKind::None;
    m_userLabel->setVisible(basic);
    m_user->setVisible(basic);
    m_secretLabel->setVisible(any);
    m_secret->setVisible(any);
    m_secretLabel->setText(kind == AuthKind::Bearer ? tr("&Token:") : tr("&Password:"));
    bool ok = !location().isEmpty();
    // Editing: leaving the sign-in fields empty keeps the stored secret (or the session's).
    const bool keep = m_editing && m_user->text().isEmpty() && m_secret->text().isEmpty();
    if (basic && !keep)
        ok = ok && !m_user->text().isEmpty() && !m_user->text().contains(u':');
    if (any && !keep)
        ok = ok && !m_secret->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Lectern
