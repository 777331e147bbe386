#include "server/cli/commandsupport.h"

#include "server/config/configloader.h"
#include "server/logging.h"

namespace Portiek::Server {

CommandSupport::CommandSupport(const CommandContext &context, QString usage)
    : m_context(context)
    , m_usage(std::move(usage))
    , m_helpOption(m_parser.addHelpOption())
    , m_configOption({ QStringLiteral("c"), QStringLiteral("config") },
                     QStringLiteral("Read the configuration from <file>."), QStringLiteral("file"))
{
    m_parser.setApplicationDescription(QStringLiteral("portiek-server %1 [options]").arg(m_usage));
    m_parser.addOption(m_configOption);
}

int CommandSupport::fail(int status, const QString &message)
{
    m_status = status;
    return m_context.fail(status, message);
}

bool CommandSupport::parse()
{
    QStringList arguments = m_context.arguments;
    arguments.prepend(QStringLiteral("portiek-server"));
    if (!m_parser.parse(arguments)) {
        fail(ExitBadConfiguration, QStringLiteral("%1: %2").arg(m_usage, m_parser.errorText()));
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        fail(ExitBadConfiguration,
             QStringLiteral("%1: unexpected argument \"%2\"")
                 .arg(m_usage, m_parser.positionalArguments().first()));
        return false;
    }
    if (m_parser.isSet(m_helpOption)) {
        m_context.out << m_parser.helpText() << Qt::flush;
        m_status = ExitOk;
        return false;
    }
    m_configPath
        = m_parser.isSet(m_configOption) ? m_parser.value(m_configOption) : m_context.configPath;
    return true;
}

std::unique_ptr<ServerServices> CommandSupport::openServices()
{
    const ConfigResult<LoadedServerConfig> loaded = loadServerConfig(m_configPath);
    if (!loaded.isOk()) {
        fail(ExitBadConfiguration, loaded.error());
        return nullptr;
    }
    QString error;
    std::unique_ptr<ServerServices> services = ServerServices::open(loaded.value(), &error);
    if (!services)
        fail(ExitCannotServe, error);
    return services;
}

} // namespace Portiek::Server
