#include "core/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Lectern {

namespace {

bool finish(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (job.error() == QKeychain::EntryNotFound) {
        error->clear();
        return false;
    }
    *error =
        QCoreApplication::translate("Lectern::SecretStore", "keychain: %1").arg(job.errorString());
    return false;
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

bool SecretStore::write(const QString &key, const QString &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    return finish(job, error);
}

bool SecretStore::read(const QString &key, QString *secret, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!finish(job, error))
        return false;
    *secret = job.textData();
    return true;
}

bool SecretStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return finish(job, error);
}

} // namespace Lectern
