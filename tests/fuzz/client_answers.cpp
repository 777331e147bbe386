// libFuzzer harness: the client's reading of every server answer.
//
// Input: the name of an answer type on the first line, the answer's body after it (see
// tests/fuzz/corpus/client_answers/). JSON bodies go through ApiReply::readJsonAnswer() like
// a real 2xx answer, then through that type's parser, and what the user would see of a parsed
// value is derived from it too. "problem" reads `<status> <Retry-After>` on the second line and
// treats the rest as an error answer (ApiReply::errorFromAnswer, problem+json).

#include "core/accesslog.h"
#include "core/apierror.h"
#include "core/apireply.h"
#include "core/appointment.h"
#include "core/boardpost.h"
#include "core/clientprofile.h"
#include "core/clientsummary.h"
#include "core/contactaccess.h"
#include "core/contactperson.h"
#include "core/conversation.h"
#include "core/homeitems.h"
#include "core/jsonreader.h"
#include "core/me.h"
#include "core/measurement.h"
#include "core/measurementtype.h"
#include "core/message.h"
#include "core/organizationinfo.h"
#include "core/organizationterms.h"
#include "core/plan.h"
#include "core/report.h"
#include "core/rights.h"
#include "core/signinstate.h"
#include "core/syncstatus.h"
#include "core/trusteddevicelist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace {

using Reader = std::function<void(const QJsonObject &)>;

const QDateTime &fixedNow()
{
    static const QDateTime now(QDate(2026, 3, 12), QTime(10, 30), QTimeZone::utc());
    return now;
}

// A single object answer: parse it, and on success touch what the user would see.
template<typename T, typename Use> Reader single(Use use)
{
    return [use](const QJsonObject &json) {
        T value;
        QString error;
        if (T::fromJson(json, &value, &error))
            use(value);
    };
}

template<typename T> Reader single()
{
    return single<T>([](const T &) {});
}

// A cursor page of T.
template<typename T, typename Use> Reader page(Use use)
{
    return [use](const QJsonObject &json) {
        QList<T> items;
        QString cursor;
        QString error;
        if (T::pageFromJson(json, &items, &cursor, &error)) {
            for (const T &item : items)
                use(item);
        }
    };
}

template<typename T> Reader page()
{
    return page<T>([](const T &) {});
}

template<typename T> Reader homePage()
{
    return [](const QJsonObject &json) {
        QList<T> items;
        QString error;
        HomeItems::pageFromJson(json, &items, &error);
    };
}

// The answers read inline with a JsonReader (no type of their own), the same reads as the code
// that handles them: contactchange.cpp, loginflowreset.cpp, messageunreadcount.cpp and
// sessionguard.cpp.
void pendingContactChange(const QJsonObject &json)
{
    JsonReader reader(json, QStringLiteral("pendingContactChange"));
    reader.string(QLatin1String("maskedDestination"), JsonReader::Required, 300);
    reader.integer(QLatin1String("codeLength"), 4, 16);
    reader.dateTime(QLatin1String("codeExpiresAt"));
    reader.dateTime(QLatin1String("resendAvailableAt"));
}

void passwordReset(const QJsonObject &json)
{
    JsonReader reader(json);
    reader.integer(QLatin1String("codeLength"), 4, 16);
    const int expiresIn = reader.integer(QLatin1String("expiresInSeconds"), 60, 7 * 24 * 3600);
    if (reader.ok())
        QCoreApplication::translate("LoginFlow", "%n minute(s)", nullptr, expiresIn / 60);
}

void unreadCounts(const QJsonObject &json)
{
    JsonReader reader(json, QStringLiteral("unreadCounts"));
    reader.integer(QLatin1String("messages"), 0, 10000000);
    reader.integer(QLatin1String("conversations"), 0, 10000000);
}

void keepAlive(const QJsonObject &json)
{
    JsonReader session(json, QStringLiteral("session"));
    session.integer(QLatin1String("idleTimeoutSeconds"), 60, 7 * 24 * 3600);
    session.dateTime(QLatin1String("expiresAt"));
}

// A measurement shown with its type, as the measurements list does: {"type": …, "measurement": …}
void measurementWithType(const QJsonObject &json)
{
    MeasurementType type;
    Measurement measurement;
    QString error;
    if (MeasurementType::fromJson(json.value(QLatin1String("type")).toObject(), &type, &error)
        && Measurement::fromJson(json.value(QLatin1String("measurement")).toObject(), &measurement,
                                 &error))
        measurement.valueText(type);
}

const std::map<std::string, Reader> &readers()
{
    static const std::map<std::string, Reader> table = {
        { "organization", single<OrganizationInfo>() },
        { "terms", single<OrganizationTerms>() },
        { "signin", single<SignInState>() },
        { "me", single<Me>() },
        { "rights", single<Rights>() },
        { "sync", single<SyncStatus>([](const SyncStatus &status) {
              status.sentence(fixedNow(), QLocale(QLocale::Dutch));
          }) },
        { "client", single<ClientSummary>() },
        { "clients", page<ClientSummary>() },
        { "profile", single<ClientProfile>() },
        { "report", single<Report>() },
        { "reports", page<Report>() },
        { "authors", page<ReportAuthor>() },
        { "plan", single<Plan>([](const Plan &plan) { plan.suggestedFileName(); }) },
        { "plans", page<Plan>([](const Plan &plan) { plan.suggestedFileName(); }) },
        { "appointment", single<Appointment>() },
        { "appointments", page<Appointment>() },
        { "appointment-input", [](const QJsonObject &json) { AppointmentInput::fromJson(json); } },
        { "measurement", single<Measurement>() },
        { "measurements", page<Measurement>() },
        { "measurement-type",
          single<MeasurementType>([](const MeasurementType &type) { type.title(); }) },
        { "measurement-types",
          page<MeasurementType>([](const MeasurementType &type) { type.title(); }) },
        { "measurement-with-type", measurementWithType },
        { "message", single<Message>() },
        { "messages", page<Message>() },
        { "conversation", single<Conversation>([](const Conversation &conversation) {
              conversation.title(QStringLiteral("p-1"));
          }) },
        { "conversations", page<Conversation>([](const Conversation &conversation) {
              conversation.title(QStringLiteral("p-1"));
          }) },
        { "board-post", single<BoardPost>() },
        { "board-posts", page<BoardPost>() },
        { "board-photo", single<BoardPhoto>() },
        { "board-reaction", single<BoardReaction>() },
        { "board-reactions", page<BoardReaction>() },
        { "contact-person", single<ContactPerson>() },
        { "contact-person-ref",
          [](const QJsonObject &json) {
              ContactPerson person;
              QString error;
              ContactPerson::refFromJson(json, &person, &error);
          } },
        { "contact-people", page<ContactPerson>() },
        { "contact-access",
          single<ContactAccess>([](const ContactAccess &access) { access.rights.summary(); }) },
        { "contact-accesses",
          page<ContactAccess>([](const ContactAccess &access) { access.rights.summary(); }) },
        { "contact-rights", single<ContactRights>() },
        { "contact-invite-draft",
          [](const QJsonObject &json) { ContactInvite::fromDraftFields(json); } },
        { "access-log", page<AccessLogEntry>([](const AccessLogEntry &entry) {
              entry.who();
              entry.what();
          }) },
        { "trusted-devices", page<TrustedDevice>() },
        { "home-reports", homePage<HomeReport>() },
        { "home-appointments", homePage<HomeAppointment>() },
        { "home-plans", homePage<HomePlan>() },
        { "pending-contact-change", pendingContactChange },
        { "password-reset", passwordReset },
        { "unread-counts", unreadCounts },
        { "keep-alive", keepAlive },
    };
    return table;
}

// "problem": "<status> <Retry-After header>" on the first line, then the error answer's body.
void problem(const QByteArray &input)
{
    const int newline = input.indexOf('\n');
    const QByteArray head = newline < 0 ? input : input.left(newline);
    const QByteArray body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const int space = head.indexOf(' ');
    const int status = head.left(space < 0 ? head.size() : space).toInt();
    const QByteArray retryAfter = space < 0 ? QByteArray() : head.mid(space + 1);
    const ApiError error = ApiReply::errorFromAnswer(
        status, "application/problem+json; charset=utf-8", body, retryAfter);
    error.userMessage();
    error.needsHelpdesk();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // tr() and QLocale need no event loop, but some Qt parts expect an application object.
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, as the network hands over: QByteArray::fromRawData() would share libFuzzer's buffer,
    // which has no terminating zero that constData() users may rely on.
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const int newline = input.indexOf('\n');
    if (newline < 0)
        return 0;
    const std::string name = input.left(newline).toStdString();
    const QByteArray rest = input.mid(newline + 1);
    if (name == "problem") {
        problem(rest);
        return 0;
    }
    const auto reader = readers().find(name);
    if (reader == readers().end())
        return -1; // not worth keeping in the corpus
    QJsonObject json;
    if (ApiReply::readJsonAnswer("application/json", rest, &json).isError())
        return 0;
    reader->second(json);
    return 0;
}
