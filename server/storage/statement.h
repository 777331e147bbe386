#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Portiek::Server {

class Database;

// A statement kept by Database::statement(), and whether a Statement uses it now.
struct PreparedStatement
{
    QSqlQuery query;
    bool inUse = false;
};

// A statement of Database::statement(): prepared once on its connection and kept there for the
// next use of the same SQL. Preparing was a seventh of the work of a page of reports on SQLite,
// and is a round trip to the server on PostgreSQL. When this goes, the statement is finished
// (its reading ended, so it holds no snapshot) and handed back. While it is in use, the same SQL
// gets a statement of its own, so a statement may be used inside a loop over the same one.
//
//     Statement query = m_database.statement(QStringLiteral("SELECT … WHERE id = ?"));
//     if (!query.exec({ id }) || !query->next())
//         return std::nullopt;
//     return read(*query);
class Statement
{
public:
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement &operator=(Statement &&) = delete;

    // Binds `values` in order and runs; logs and returns false on failure, as Database::exec().
    bool exec(const QVariantList &values);

    QSqlQuery &operator*() { return *m_query; }
    QSqlQuery *operator->() { return m_query; }

private:
    friend class Database;
    Statement(const Database &database, PreparedStatement *kept, std::optional<QSqlQuery> own);

    const Database &m_database;
    PreparedStatement *m_kept; // null: prepared for this use only
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query;
};

} // namespace Portiek::Server
