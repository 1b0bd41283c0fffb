#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace Lectern {

// A prepared statement that remembers its first error, so repositories can chain calls and
// check once: `Sql q(db, "..."); q.bind(...); if (!q.exec()) return fail(q.error());`
class Sql final
{
public:
    Sql(const QSqlDatabase &db, const QString &statement);
    Sql(const QSqlDatabase &db, const char *statement)
        : Sql(db, QString::fromUtf8(statement))
    {}

    Sql &bind(std::initializer_list<QVariant> values);
    bool exec();
    bool exec(std::initializer_list<QVariant> values) { return bind(values).exec(); }
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    QSqlQuery &query() { return m_query; }
    QString error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

    // One-shot helpers.
    static bool run(const QSqlDatabase &db, const QString &statement, QString *error = nullptr);
    static QVariant scalar(const QSqlDatabase &db, const QString &statement,
                           std::initializer_list<QVariant> values = {});

private:
    QSqlQuery m_query;
    QString m_statement;
    QString m_error;
};

} // namespace Lectern
