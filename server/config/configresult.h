#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Portiek::Server {

// Either a value or one English error line, ready to print: "server.json: listen.port must be …".
template<typename T> class ConfigResult
{
public:
    static ConfigResult success(T value)
    {
        ConfigResult result;
        result.m_value = std::move(value);
        return result;
    }
    static ConfigResult failure(QString error)
    {
        ConfigResult result;
        result.m_error = std::move(error);
        return result;
    }

    bool isOk() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    QString error() const { return m_error; }

private:
    ConfigResult() = default;

    std::optional<T> m_value;
    QString m_error;
};

} // namespace Portiek::Server
