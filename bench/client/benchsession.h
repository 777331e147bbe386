#pragma once

#include "benchkit.h"
#include "core/loginflow.h"
#include "core/memorytrusteddevicestore.h"
#include "core/portalapi.h"
#include "support/testserver.h"
#include "ui/home/homepage.h"
#include "workspace.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// The real portiek-server over TLS on loopback with the demo accounts and the demo dossier.
class BenchServer
{
public:
    // `reportDays`: how far back the demo reports go (`seed --report-days`). Says why not on
    // standard error when it cannot.
    bool start(int reportDays);
    TestServer &server() { return m_server; }

private:
    TestServer m_server;
};

// One copy of Portiek as the application wires it after start: its own network manager (so its
// own TLS connection), the sign-in flow and the signed-in frame with every tab.
class BenchClient
{
public:
    BenchClient(TestServer &server, TrustedDeviceStore *devices);
    ~BenchClient();

    BenchKit::CountingNetwork &network() { return m_network; }
    PortalApi &api() { return m_api; }
    LoginFlow &flow() { return m_flow; }
    HomePage &home() { return *m_home; }
    Workspace &workspace() { return *m_workspace; }

    // Gerard van Dijk, a client signing in for himself: with the SMS code the first time (and
    // then remembering this computer), without it afterwards. False with `*error` set.
    bool signIn(QString *error);
    // The overview is loaded (every part ready).
    bool homeShown() const;
    // signIn(), then waits for the home screen and paints it; says why not on standard error.
    bool signInToHome();
    void signOut();

private:
    TestServer &m_server;
    BenchKit::CountingNetwork m_network;
    PortalApi m_api;
    LoginFlow m_flow;
    QTemporaryDir m_drafts;
    std::unique_ptr<HomePage> m_home;
    std::unique_ptr<Workspace> m_workspace;
};
