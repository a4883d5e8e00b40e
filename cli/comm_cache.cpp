// SPDX-License-Identifier: MIT
#include "comm_cache.h"

#include <fstream>

namespace proclens::cli {

void CommCache::remember(std::uint32_t pid, std::string comm)
{
    if (comms_.size() >= kMaxEntries && !comms_.contains(pid))
        comms_.clear();
    comms_[pid] = std::move(comm);
}

std::string CommCache::lookup(std::uint32_t pid)
{
    if (auto it = comms_.find(pid); it != comms_.end())
        return it->second;
    std::ifstream file("/proc/" + std::to_string(pid) + "/comm");
    std::string comm;
    if (!std::getline(file, comm))
        return {};
    remember(pid, comm);
    return comm;
}

}  // namespace proclens::cli
