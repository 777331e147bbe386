#include "server/cli/command.h"
#include "server/cli/commandsupport.h"
#include "server/outbox/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portiek::Server {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toJson(const OutboxMessage &message)
{
    return { { QStringLiteral("id"), message.id },
             { QStringLiteral("createdAt"), timeValue(message.createdAt) },
             { QStringLiteral("channel"), OutboxMessage::channelName(message.channel) },
             { QStringLiteral("personId"), textValue(message.personId) },
             { QStringLiteral("to"), message.recipient },
             { QStringLiteral("subject"), textValue(message.subject) },
             { QStringLiteral("body"), message.body },
             { QStringLiteral("status"), OutboxMessage::statusName(message.status) },
             { QStringLiteral("attempts"), message.attempts },
             { QStringLiteral("lastError"), textValue(message.lastError) },
             { QStringLiteral("nextAttemptAt"), timeValue(message.nextAttemptAt) },
             { QStringLiteral("sentAt"), timeValue(message.sentAt) } };
}

// One block per message: a header line, the subject, the body indented, a blank line.
void printText(QTextStream &out, const OutboxMessage &message)
{
    out << message.createdAt.toUTC().toString(Qt::ISODate) << "  "
        << OutboxMessage::channelName(message.channel) << "  " << message.recipient << "  "
        << OutboxMessage::statusName(message.status) << "  attempts " << message.attempts;
    if (!message.lastError.isEmpty())
        out << "  last error: " << message.lastError;
    out << '\n';
    if (!message.subject.isEmpty())
        out << "  Subject: " << message.subject << '\n';
    const QStringList lines = message.body.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        out << "  | " << line << '\n';
    out << '\n';
}

} // namespace

int runOutboxCommand(const CommandContext &context)
{
    CommandSupport support(context, QStringLiteral("outbox"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print a JSON array instead of text."));
    support.parser().addOption(jsonOption);
    if (!support.parse())
        return support.status();
    const std::unique_ptr<ServerServices> services = support.openServices();
    if (!services)
        return support.status();

    const QList<OutboxMessage> messages = services->context().outbox.all();
    if (support.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const OutboxMessage &message : messages)
            array.append(toJson(message));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const OutboxMessage &message : messages)
            printText(context.out, message);
    }
    context.out.flush();
    return ExitOk;
}

} // namespace Portiek::Server
