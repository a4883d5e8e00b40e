// SPDX-License-Identifier: MIT
// User name -> uid, for `user = name` (compile) and the capture split.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace proclens::filter::detail {

/// The uid of a user name from the passwd database; nullopt when unknown.
std::optional<std::uint32_t> lookup_uid(std::string_view name);

}  // namespace proclens::filter::detail
