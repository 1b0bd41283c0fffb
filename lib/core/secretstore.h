#pragma once

#include <QString>

namespace Lectern {

// Secrets (feed passwords, API tokens) go only to the platform keychain through QtKeychain:
// never to QSettings, the library file or logs. Calls block on a local event loop until the
// keychain answers; errors come back as text naming the problem (e.g. no Secret Service).
class SecretStore final
{
public:
    explicit SecretStore(QString service = QStringLiteral("Lectern"));

    bool write(const QString &key, const QString &secret, QString *error);
    // false with an empty error when there is no such entry.
    bool read(const QString &key, QString *secret, QString *error);
    bool remove(const QString &key, QString *error);

private:
    QString m_service;
};

} // namespace Lectern
