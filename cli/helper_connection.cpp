// SPDX-License-Identifier: MIT
#include "helper_connection.h"

#include <cerrno>
#include <fcntl.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <spdlog/spdlog.h>

#include "helper_api.h"
#include "proclens/procfs.h"

namespace proclens::cli {
namespace {

// pkttyagent says it registered by closing this descriptor.
constexpr int kAgentNotifyFd = 3;
constexpr int kAgentStartTimeoutMs = 5000;

bool executable(const std::string& path) { return !path.empty() && ::access(path.c_str(), X_OK) == 0; }

/// QtDBus needs an application object; the CLI only makes one when it talks to the helper.
void ensure_application()
{
    static int argc = 1;
    static char name[] = "proclens-cli";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);  // lives until exit, like a main()'s application
}

bool bus_offers_helper()
{
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString name = QString::fromLatin1(helper_api::kService);
    return bus.interface()->isServiceRegistered(name).value() ||
           bus.interface()->activatableServiceNames().value().contains(name);
}

}  // namespace

std::string helper_executable()
{
    if (const char* env = std::getenv("PROCLENS_HELPER"); env && *env)
        return env;
    if (executable(PROCLENS_HELPER_INSTALLED_PATH))
        return PROCLENS_HELPER_INSTALLED_PATH;
    if (executable(PROCLENS_HELPER_BUILD_PATH))
        return PROCLENS_HELPER_BUILD_PATH;
    return PROCLENS_HELPER_INSTALLED_PATH;  // the error then names where it should be
}

HelperConnection::HelperConnection()
{
    ensure_application();
    client_ = std::make_unique<HelperClient>();
}

HelperConnection::~HelperConnection()
{
    client_.reset();
    if (agentPid_ > 0) {
        ::kill(agentPid_, SIGTERM);
        ::waitpid(agentPid_, nullptr, 0);
    }
}

void HelperConnection::startTtyAgent()
{
    // Only a person at a terminal can answer; root never needs to.
    if (::geteuid() == 0 || !::isatty(STDIN_FILENO))
        return;
    int notify[2];
    if (::pipe2(notify, O_CLOEXEC) != 0)
        return;
    const std::string self = std::to_string(::getpid());
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(notify[1], kAgentNotifyFd);  // dup2 clears FD_CLOEXEC on the copy
        // Not --fallback: polkit only uses a fallback agent for subjects in a login session.
        ::execlp("pkttyagent", "pkttyagent", "--process", self.c_str(), "--notify-fd", "3",
                 static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(notify[1]);
    if (pid < 0) {
        ::close(notify[0]);
        return;
    }
    agentPid_ = pid;
    // Wait until it registered (EOF on the pipe), so polkit finds it for our first call.
    pollfd p{notify[0], POLLIN, 0};
    char byte;
    while (::poll(&p, 1, kAgentStartTimeoutMs) > 0 && ::read(notify[0], &byte, 1) > 0) {
    }
    ::close(notify[0]);
    int status = 0;
    if (::waitpid(pid, &status, WNOHANG) == pid) {
        spdlog::debug("pkttyagent exited at once (status {}); polkit cannot ask for a password here", status);
        agentPid_ = 0;
    }
}

std::string HelperConnection::open()
{
    HelperClient::Options options;
    if (bus_offers_helper()) {
        options.transport = HelperClient::Transport::SystemBus;
        transport_ = "system bus";
        // pkexec brings its own terminal agent (and fails if we registered one), the bus path does not.
        startTtyAgent();
    } else {
        options.transport = HelperClient::Transport::Peer;
        options.helperPath = QString::fromStdString(helper_executable());
        transport_ = ::geteuid() == 0 ? "peer (started directly)" : "peer (through pkexec)";
    }
    spdlog::debug("connecting to proclens-helper over the {}", transport_);
    if (const QDBusError e = client_->connectToHelper(options); e.isValid())
        return QCoreApplication::translate("proclens-cli", "cannot reach the ProcLens helper over the %1: %2")
            .arg(QString::fromStdString(transport_), e.message())
            .toStdString();
    return {};
}

Result<std::vector<wire::ProcessRecord>> helper_snapshot()
{
    HelperConnection connection;
    std::string problem = connection.open();
    if (problem.empty()) {
        std::vector<wire::ProcessRecord> rows;
        const QDBusError e = connection.client().snapshot(&rows);
        if (!e.isValid())
            return rows;
        problem = e.message().toStdString();
    }
    std::fprintf(stderr, "proclens-cli: %s\n",
                 qPrintable(QCoreApplication::translate(
                                "proclens-cli", "%1; reading /proc directly (other users' details may be missing)")
                                .arg(QString::fromStdString(problem))));
    return ProcfsReader().snapshot();
}

}  // namespace proclens::cli
