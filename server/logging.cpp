#include "server/logging.h"

// Info is on by default: the one-line request log is the server's access log.
Q_LOGGING_CATEGORY(lcServerHttp, "portiek.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerConfig, "portiek.server.config", QtInfoMsg)
// Warnings only by default: a migration line on every CLI command would clutter its output.
Q_LOGGING_CATEGORY(lcServerStorage, "portiek.server.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServerOutbox, "portiek.server.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerImport, "portiek.server.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDossier, "portiek.server.dossier", QtInfoMsg)
