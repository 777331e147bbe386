#include "server/logging.h"

// Info is on by default: the one-line request log is the server's access log.
Q_LOGGING_CATEGORY(lcServerHttp, "portiek.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerConfig, "portiek.server.config", QtInfoMsg)
