// SPDX-License-Identifier: MIT
// Declarations of the tables generated at build time (names_generated.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "proclens/names.h"

namespace proclens::names::generated {

struct ErrnoEntry {
    int number;
    std::string_view name;
    std::string_view text;
};

struct ErrnoAlias {
    std::string_view alias;
    std::string_view target;
};

extern const NameEntry kSyscalls[];
extern const std::size_t kSyscallCount;
extern const ErrnoEntry kErrnos[];
extern const std::size_t kErrnoCount;
extern const ErrnoAlias kErrnoAliases[];
extern const std::size_t kErrnoAliasCount;

}  // namespace proclens::names::generated
