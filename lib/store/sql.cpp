#include "store/sql.h"

#include <QCoreApplication>

namespace Lectern {

Sql::Sql(const QSqlDatabase &db, const QString &statement)
    : m_query(db)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        m_error = m_query.lastError().text() + QLatin1String(" [") + statement.simplified() +
                  QLatin1Char(']');
}

Sql &Sql::bind(std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values)
        m_query.bindValue(i++, v);
    return *this;
}

bool Sql::exec()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_query.exec()) {
        m_error = m_query.lastError().text() + QLatin1String(" [") + m_statement.simplified() +
                  QLatin1Char(']');
        return false;
    }
    return true;
}

bool Sql::run(const QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QVariant Sql::scalar(const QSqlDatabase &db, const QString &statement,
                     std::initializer_list<QVariant> values)
{
    Sql q(db, statement);
    if (!q.exec(values) || !q.next())
        return {};
    return q.value(0);
}

} // namespace Lectern
