#include "sources/sourcesecrets.h"

#include "core/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::SourceSecrets", text);
}

// Secrets the keychain would not take: memory of this process only.
struct Session
{
    QMutex mutex;
    QHash<QString, QString> secrets;
};

Session &session()
{
    static Session s;
    return s;
}

} // namespace

SourceSecrets::SourceSecrets(SecretStore *store)
    : m_store(store ? store : new SecretStore(QStringLiteral("Lectern")))
    , m_ownsStore(!store)
{}

SourceSecrets::~SourceSecrets()
{
    if (m_ownsStore)
        delete m_store;
}

QString SourceSecrets::unavailableMessage(const QString &keychainError)
{
    return tr("The keychain is not available (%1). The password or token is used for this "
              "session only: it is not saved anywhere, and Lectern will ask for it again next "
              "time.")
        .arg(keychainError);
}

SourceSecrets::Stored SourceSecrets::store(const QString &key, const QString &secret,
                                           QString *warning)
{
    QString error;
    if (m_store->write(key, secret, &error)) {
        QMutexLocker lock(&session().mutex);
        session().secrets.remove(key);
        return Stored::InKeychain;
    }
    keepForSession(key, secret);
    *warning = unavailableMessage(error.isEmpty() ? tr("it refused the entry") : error);
    return Stored::ForThisSession;
}

bool SourceSecrets::lookup(const QString &key, QString *secret, QString *error)
{
    {
        QMutexLocker lock(&session().mutex);
        const auto it = session().secrets.constFind(key);
        if (it != session().secrets.constEnd()) {
            *secret = *it;
            error->clear();
            return true;
        }
    }
    return m_store->read(key, secret, error);
}

bool SourceSecrets::forget(const QString &key, QString *error)
{
    {
        QMutexLocker lock(&session().mutex);
        session().secrets.remove(key);
    }
    QString err;
    if (m_store->remove(key, &err) || err.isEmpty())
        return true; // removed, or there was none
    *error = err;
    return false;
}

void SourceSecrets::keepForSession(const QString &key, const QString &secret)
{
    QMutexLocker lock(&session().mutex);
    session().secrets.insert(key, secret);
}

bool SourceSecrets::hasSessionSecret(const QString &key)
{
    QMutexLocker lock(&session().mutex);
    return session().secrets.contains(key);
}

} // namespace Lectern
