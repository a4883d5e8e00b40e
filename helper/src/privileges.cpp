// SPDX-License-Identifier: MIT
#include "privileges.h"

#include <sys/capability.h>
#include <sys/prctl.h>

#include <cerrno>
#include <cstring>

namespace proclens {

std::string dropUnneededCapabilities()
{
    static const cap_value_t keep[] = {
        CAP_BPF, CAP_PERFMON, CAP_SYS_ADMIN, CAP_SYS_RESOURCE,
        CAP_KILL, CAP_SYS_NICE, CAP_SYS_PTRACE, CAP_DAC_READ_SEARCH,
    };
    std::string problem;
    // Nothing we run may gain privileges through setuid binaries or file capabilities.
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        problem = std::string("no_new_privs: ") + std::strerror(errno);

    for (cap_value_t c = 0; c <= CAP_LAST_CAP; ++c) {
        bool kept = false;
        for (cap_value_t k : keep)
            kept |= k == c;
        if (!kept && CAP_IS_SUPPORTED(c) && cap_drop_bound(c) != 0 && problem.empty())
            problem = std::string("bounding set: ") + std::strerror(errno);
    }
    // Keep only what we have and need (a container may already lack some of them).
    cap_t current = cap_get_proc();
    cap_t caps = cap_init();
    if (!caps || !current) {
        cap_free(current);
        cap_free(caps);
        return "cap_init failed";
    }
    for (cap_value_t k : keep) {
        cap_flag_value_t have = CAP_CLEAR;
        if (cap_get_flag(current, k, CAP_PERMITTED, &have) == 0 && have == CAP_SET) {
            cap_set_flag(caps, CAP_PERMITTED, 1, &k, CAP_SET);
            cap_set_flag(caps, CAP_EFFECTIVE, 1, &k, CAP_SET);
        }
    }
    cap_free(current);
    if (cap_set_proc(caps) != 0 && problem.empty())
        problem = std::string("capabilities: ") + std::strerror(errno);
    cap_free(caps);
    return problem;
}

} // namespace proclens
