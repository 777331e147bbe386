#include "server/demo/demomessages.h"

#include "server/app/servercontext.h"
#include "server/core/clock.h"
#include "server/messages/messagestore.h"

#include <QTimeZone>

namespace Portiek::Server {

namespace {

using Who = DemoPeople::Who;
constexpr Who Gerard = DemoPeople::Gerard;
constexpr Who Mark = DemoPeople::Mark;
constexpr Who Ellen = DemoPeople::Ellen;
constexpr Who Anna = DemoPeople::Anna;

struct Line
{
    Who from;
    int daysAgo;
    int hour;
    int minute;
    const char *text;
};

struct Conversation
{
    const char *subject;
    QList<Who> people; // the first starts it
    bool newestUnreadForMark;
    QList<Line> lines;
};

const QList<Conversation> &conversations()
{
    static const QList<Conversation> all = {
        { "Nieuwe bril voor papa",
          { Ellen, Mark },
          false,
          { { Ellen, 9, 20, 15,
              "Papa zegt dat hij de krant niet goed meer kan lezen. Zullen we een afspraak bij de "
              "opticien maken?" },
            { Mark, 9, 21, 2,
              "Goed idee. Ik heb een afspraak bij de opticien gemaakt; het staat in zijn agenda." },
            { Ellen, 8, 7, 50, "Top! Ik kan die ochtend niet, dus fijn dat jij met hem meegaat." },
            { Mark, 8, 12, 30, "Geen probleem. Ik laat je weten wat hij kiest." } } },
        { "Planten en post",
          { Anna, Gerard, Mark },
          true,
          { { Anna, 6, 10, 5,
              "Dag Gerard, ik heb de post uit de bus gehaald en op het dressoir gelegd. De "
              "planten op het balkon hebben water gehad." },
            { Mark, 6, 12, 40,
              "Dank je wel, Anna! Ik haal de post bij je op als ik weer langskom." },
            { Gerard, 5, 16, 0, "Fijn, buurvrouw. De groeten aan Henk." },
            { Anna, 1, 9, 20,
              "Er zit een brief van de gemeente bij. Ik bewaar hem tot Mark weer langskomt." } } },
        { "Samen op bezoek",
          { Mark, Gerard, Ellen },
          true,
          { { Mark, 4, 19, 10,
              "Hoi pap, de volgende keer komen Ellen en ik samen. Zullen we dan beneden in "
              "het restaurant koffie drinken?" },
            { Gerard, 4, 20, 5, "Goed plan. Neem de krant mee." },
            { Ellen, 3, 8, 15, "Ik neem appeltaart mee. Tot gauw, pap!" },
            { Ellen, 0, 7, 40,
              "Mark, wil jij nieuwe batterijen voor papa's gehoorapparaat meenemen? Ik heb ze "
              "niet meer in huis." } } },
    };
    return all;
}

bool exists(const MessageStore &store, const QString &clientId, const QString &personId,
            const QString &subject, bool *failed)
{
    std::optional<ReportCursor> after;
    for (;;) {
        const std::optional<MessageStore::Page> page
            = store.conversations(clientId, personId, 100, after);
        if (!page) {
            *failed = true;
            return false;
        }
        for (const StoredConversation &conversation : page->conversations) {
            if (conversation.subject == subject)
                return true;
        }
        if (!page->next)
            return false;
        after = page->next;
    }
}

} // namespace

bool seedDemoMessages(ServerContext &context, const QString &clientId, const DemoPeople &people,
                      const QDateTime &now, int *created, int *messages)
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    *created = 0;
    *messages = 0;
    const QDate today = now.toTimeZone(zone).date();
    ManualClock then(now);
    MessageStore store(context.database, then);

    for (const Conversation &conversation : conversations()) {
        const bool everyone = std::all_of(conversation.people.cbegin(), conversation.people.cend(),
                                          [&](Who who) { return people[who].has_value(); });
        if (!everyone)
            continue;
        const DemoPerson &starter = *people[conversation.people.first()];
        const QString subject = QString::fromUtf8(conversation.subject);
        bool failed = false;
        if (exists(store, clientId, starter.person.id, subject, &failed))
            continue;
        if (failed)
            return false;

        // Each line at its own time; one of today not yet come is put just before now, in order.
        QList<QDateTime> times;
        for (const Line &line : conversation.lines) {
            const QDateTime at
                = QDateTime(today.addDays(-line.daysAgo), QTime(line.hour, line.minute), zone)
                      .toUTC();
            times.append(qMin(at, now.addSecs(-60 * (conversation.lines.size() - times.size()))));
        }
        QList<QPair<QString, Role>> recipients;
        for (qsizetype i = 1; i < conversation.people.size(); ++i) {
            const DemoPerson &recipient = *people[conversation.people.at(i)];
            recipients.append({ recipient.person.id, recipient.link.myRole });
        }
        then.set(times.first());
        const Line &first = conversation.lines.first();
        const std::optional<QString> id
            = store.create(clientId, starter.person, starter.link.myRole, recipients, subject,
                           QString::fromUtf8(first.text));
        if (first.from != conversation.people.first() || !id)
            return false;
        QString newest;
        QString beforeNewest;
        for (qsizetype i = 1; i < conversation.lines.size(); ++i) {
            const Line &line = conversation.lines.at(i);
            const DemoPerson &sender = *people[line.from];
            then.set(times.at(i));
            const std::optional<StoredMessage> sent = store.send(
                *id, sender.person, roleName(sender.link.myRole), QString::fromUtf8(line.text));
            if (!sent)
                return false;
            beforeNewest = newest;
            newest = sent->id;
        }
        *messages += int(conversation.lines.size());
        // Everyone has read the whole conversation, Mark perhaps all but its newest message.
        for (const Who who : conversation.people) {
            const bool unread = who == Mark && conversation.newestUnreadForMark;
            const QString upTo = unread ? beforeNewest : newest;
            if (!upTo.isEmpty()
                && store.markRead(*id, people[who]->person.id, upTo)
                    != MessageStore::MarkOutcome::Marked)
                return false;
        }
        ++*created;
    }
    return true;
}

} // namespace Portiek::Server
