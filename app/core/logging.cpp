#include "core/logging.h"

Q_LOGGING_CATEGORY(lcApi, "portiek.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "portiek.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConnection, "portiek.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "portiek.settings", QtInfoMsg)
