#pragma once

#include <QLoggingCategory>

// One category per area of the server, so an operator can quieten or raise each on its own
// (QT_LOGGING_RULES="portiek.server.http.info=false").
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)
Q_DECLARE_LOGGING_CATEGORY(lcServerConfig)
Q_DECLARE_LOGGING_CATEGORY(lcServerStorage)
Q_DECLARE_LOGGING_CATEGORY(lcServerOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcServerImport)
Q_DECLARE_LOGGING_CATEGORY(lcServerDossier)
