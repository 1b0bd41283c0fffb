#pragma once

#include <QString>

namespace Lectern {

class SecretStore;

// Where the secrets of sources live: the platform keychain (QtKeychain through SecretStore,
// service "Lectern", key "source:<location>"), and nowhere else. When the keychain cannot be
// used (no Secret Service, locked, access denied) a secret can still be used for this session:
// it is kept in this process's memory only, never in the library, the settings or a log.
// Keychain calls block on a local event loop: use this class from the main thread.
class SourceSecrets final
{
public:
    // `store` null: the real keychain, service "Lectern".
    explicit SourceSecrets(SecretStore *store = nullptr);
    ~SourceSecrets();
    SourceSecrets(const SourceSecrets &) = delete;
    SourceSecrets &operator=(const SourceSecrets &) = delete;

    enum class Stored
    {
        InKeychain,
        ForThisSession, // the keychain refused; `warning` says why and what that means
    };
    Stored store(const QString &key, const QString &secret, QString *warning);

    // The session's copy first, then the keychain. false with `error` empty when there is no
    // secret; false with a message when the keychain could not be asked.
    bool lookup(const QString &key, QString *secret, QString *error);

    // Forgets the secret everywhere; false with a message when the keychain refused (the
    // session copy is gone anyway).
    bool forget(const QString &key, QString *error);

    // Keeps `secret` for this session only, without trying the keychain.
    static void keepForSession(const QString &key, const QString &secret);
    static bool hasSessionSecret(const QString &key);

    // The explanation shown when the keychain is unavailable ("The keychain is not available
    // (reason). The password is used for this session only; ...").
    static QString unavailableMessage(const QString &keychainError);

private:
    SecretStore *m_store;
    bool m_ownsStore;
};

} // namespace Lectern
