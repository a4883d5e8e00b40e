// SPDX-License-Identifier: MIT
//
// How proclens-cli reaches proclens-helper: the system bus when the service is
// there, else a private helper (peer mode: started directly when root, through
// pkexec otherwise), with pkttyagent asking for a password on this terminal.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <sys/types.h>

#include "proclens/helper_client.h"
#include "proclens/result.h"
#include "proclens/wire_format.h"

namespace proclens::cli {

/// The helper for peer mode: $PROCLENS_HELPER, else the installed one, else the build tree's.
std::string helper_executable();

/// One connection to the helper for the life of a command.
class HelperConnection {
public:
    HelperConnection();
    ~HelperConnection();
    HelperConnection(const HelperConnection&) = delete;
    HelperConnection& operator=(const HelperConnection&) = delete;

    /// Connects; on failure returns one sentence saying why.
    std::string open();
    HelperClient& client() { return *client_; }
    /// "system bus", "peer (started directly)" or "peer (through pkexec)".
    std::string transport() const { return transport_; }

private:
    void startTtyAgent();

    std::unique_ptr<HelperClient> client_;
    std::string transport_;
    pid_t agentPid_ = 0;
};

/// The /proc table from the helper (with every user's details); falls back to
/// reading /proc here, with a warning, when the helper cannot be reached.
Result<std::vector<wire::ProcessRecord>> helper_snapshot();

}  // namespace proclens::cli
