#pragma once

#include "server/storage/database.h"

namespace Portiek::Server {

// Rolls back unless commit() was called: a failing step can simply return.
class Transaction
{
public:
    explicit Transaction(Database &database)
        : m_database(database)
        , m_active(database.beginTransaction())
    { }
    ~Transaction()
    {
        if (m_active)
            m_database.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_database.commit();
    }

private:
    Database &m_database;
    bool m_active;
};

} // namespace Portiek::Server
