#include "dossierfixture.h"

#include "server/accounts/accountstore.h"
#include "server/app/servercontext.h"
#include "server/session/sessions.h"

#include <QJsonDocument>

using namespace Portiek::Server;

const QString DossierFixture::ClientId = QStringLiteral("100482");
const QString DossierFixture::OtherClientId = QStringLiteral("100999");

DossierFixture::DossierFixture()
{
    if (!isValid())
        return;
    AccountStore &accounts = context().accounts;
    accounts.upsertClient(
        { ClientId, QStringLiteral("Gerard"), QStringLiteral("van"), QStringLiteral("Dijk") });
    accounts.upsertClient(
        { OtherClientId, QStringLiteral("Truus"), QString(), QStringLiteral("Smit") });

    client = addPerson(QStringLiteral("gvandijk"), GoodPassword);
    accounts.linkClient(client.id, ClientId, Role::Client, QString(), Rights::all());
    representative = addPerson(QStringLiteral("mvandijk"), GoodPassword);
    accounts.linkClient(representative.id, ClientId, Role::Representative, QStringLiteral("zoon"),
                        Rights::all());
    contact = addPerson(QStringLiteral("aboer"), GoodPassword);
    accounts.linkClient(contact.id, ClientId, Role::Contact, QStringLiteral("buurvrouw"), Rights());
    stranger = addPerson(QStringLiteral("tsmit"), GoodPassword);
    accounts.linkClient(stranger.id, OtherClientId, Role::Client, QString(), Rights::all());

    clientToken = sessionFor(client);
    representativeToken = sessionFor(representative);
    contactToken = sessionFor(contact);
    strangerToken = sessionFor(stranger);
}

QString DossierFixture::sessionFor(const Person &person)
{
    Sessions sessions(context().database, context().clock);
    const auto issued = sessions.create(person.id, false, QString());
    return issued ? issued->token : QString();
}

void DossierFixture::setContactRights(const Rights &rights)
{
    context().accounts.linkClient(contact.id, ClientId, Role::Contact, QStringLiteral("buurvrouw"),
                                  rights);
}

QString DossierFixture::addContact(const QString &username, const Rights &rights,
                                   const QString &clientId)
{
    const Person person = addPerson(username, GoodPassword);
    context().accounts.linkClient(person.id, clientId, Role::Contact, QStringLiteral("vriend"),
                                  rights);
    return sessionFor(person);
}

Response DossierFixture::call(const QByteArray &method, const QString &path, const QString &token,
                              const QByteArray &body, const Headers &headers) const
{
    Request request(method, QUrl(path));
    request.setBody(body);
    for (const auto &header : headers)
        request.addHeader(header.first, header.second);
    if (!token.isEmpty())
        request.addHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRemoteAddress(Address);
    return router().dispatch(request);
}

Response DossierFixture::callJson(const QByteArray &method, const QString &path,
                                  const QString &token, const QJsonObject &body,
                                  const Headers &headers) const
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return call(method, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact), all);
}

Response DossierFixture::importCall(const QByteArray &method, const QString &path,
                                    const QByteArray &body, const QByteArray &contentType,
                                    const QByteArray &key) const
{
    Headers headers;
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    if (!key.isEmpty())
        headers.append(qMakePair(QByteArray("X-API-Key"), key));
    return call(method, path, QString(), body, headers);
}
