#pragma once

#include "core/apierror.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiReply;
class PortalApi;

// The client's basic data as the care organisation knows them (GET
// /api/v1/clients/{clientId}/profile). Read-only in the portal: changes go through the department.
// Every text is empty when the dossier has none.
struct ClientProfile
{
    QString clientId;
    QString clientNumber;
    QString displayName;
    QDate dateOfBirth;
    QString street;
    QString houseNumber; // with its addition: "14 B"
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    QString locationName;
    QString department;
    QString caregiverName;
    QString caregiverPhone;
    QDateTime updatedAt;

    static bool fromJson(const QJsonObject &json, ClientProfile *profile, QString *error);
    bool hasAddress() const { return !street.isEmpty() || !city.isEmpty(); }
};

Q_DECLARE_METATYPE(ClientProfile)

// Loads one client's profile; a newer load() drops the answer of an older one.
class ClientProfileLoader : public QObject
{
    Q_OBJECT

public:
    explicit ClientProfileLoader(PortalApi *api, QObject *parent = nullptr);

    void load(const QString &clientId);
    void cancel();
    bool isLoading() const { return !m_reply.isNull(); }
    ClientProfile profile() const { return m_profile; }

signals:
    void loaded(const ClientProfile &profile);
    void failed(const ApiError &error);

private:
    PortalApi *m_api;
    QPointer<ApiReply> m_reply;
    ClientProfile m_profile;
};
