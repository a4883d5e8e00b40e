// SPDX-License-Identifier: MIT
// Helpers shared by the wire encoder and decoder (private to proclens_common).
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "proclens/wire_format.h"

namespace proclens::wire::detail {

// The wire is little-endian and records are copied as host structs; ProcLens is x86_64-only.
static_assert(std::endian::native == std::endian::little, "the wire format is little-endian");

constexpr std::size_t align8(std::size_t n) { return (n + 7) & ~std::size_t{7}; }

template <class T>
T load(const std::uint8_t* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <class T>
void store(std::uint8_t* p, const T& v)
{
    std::memcpy(p, &v, sizeof v);
}

inline constexpr std::size_t kSyscallPayloadSize[] = {
    0,                        // PL_PAYLOAD_NONE
    sizeof(pl_path),          // PL_PAYLOAD_PATH
    2 * sizeof(pl_path),      // PL_PAYLOAD_PATH2
    sizeof(pl_sockaddr),      // PL_PAYLOAD_SOCKADDR
};

}  // namespace proclens::wire::detail
