// SPDX-License-Identifier: MIT
// passwd lookups with getpwnam_r (thread-safe, bounded buffer).
#include "users.h"

#include <pwd.h>

#include <string>
#include <vector>

namespace proclens::filter::detail {

std::optional<std::uint32_t> lookup_uid(std::string_view name)
{
    if (name.empty() || name.size() > 256 || name.find('\0') != std::string_view::npos)
        return std::nullopt;
    const std::string key(name);
    std::vector<char> buf(16384);
    struct passwd pw {};
    struct passwd* found = nullptr;
    if (getpwnam_r(key.c_str(), &pw, buf.data(), buf.size(), &found) != 0 || !found)
        return std::nullopt;
    return static_cast<std::uint32_t>(found->pw_uid);
}

}  // namespace proclens::filter::detail
