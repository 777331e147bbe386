#include "server/storage/statement.h"

#include "server/storage/database.h"

#include <utility>

namespace Portiek::Server {

Statement::Statement(const Database &database, PreparedStatement *kept,
                     std::optional<QSqlQuery> own)
    : m_database(database)
    , m_kept(kept)
    , m_own(std::move(own))
    , m_query(kept ? &kept->query : &*m_own)
{ }

Statement::Statement(Statement &&other) noexcept
    : m_database(other.m_database)
    , m_kept(std::exchange(other.m_kept, nullptr))
    , m_own(std::move(other.m_own))
    , m_query(m_kept ? &m_kept->query : &*m_own)
{
    other.m_own.reset();
    other.m_query = nullptr;
}

Statement::~Statement()
{
    if (!m_kept)
        return;
    m_kept->query.finish();
    m_kept->inUse = false;
}

bool Statement::exec(const QVariantList &values)
{
    // By position: the values of the statement's previous use are replaced, never added to.
    for (int i = 0; i < values.size(); ++i)
        m_query->bindValue(i, values.at(i));
    return m_database.exec(*m_query);
}

} // namespace Portiek::Server
