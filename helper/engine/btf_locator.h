// SPDX-License-Identifier: MIT
// Mode 2: where an external BTF for the running kernel is looked for, in the documented order.
#pragma once

#include <string>
#include <vector>

namespace proclens::engine {

/// A BTF file that may describe the running kernel.
struct BtfCandidate {
    std::string origin; ///< "configured", "/boot", "sysfs", "BTFHub archive"
    std::string path;   ///< a raw BTF file or an ELF with a .BTF section
};

struct BtfSearchResult {
    std::vector<BtfCandidate> candidates; ///< in the order they are to be tried
    std::vector<std::string> misses;      ///< places looked at that held nothing usable, with why
};

struct BtfSearchPlaces {
    std::string configured;   ///< admin-configured path, tried first when set
    std::string release;      ///< uname -r
    std::string machine;      ///< uname -m (x86_64)
    std::string osReleaseFile = "/etc/os-release";
    std::string dataDir;      ///< BTFHub archive under dataDir/btf
    std::string cacheDir;     ///< .tar.xz archives are unpacked to cacheDir/btf
};

/// Looks, in order, at: the configured path; /boot/vmlinux-<release> (its .BTF section);
/// /sys/kernel/btf/vmlinux (the kernel's own, usable with raw tracepoints when tp_btf is not);
/// dataDir/btf/<ID>/<VERSION_ID>/<machine>/<release>.btf, then the same with .btf.tar.xz
/// (unpacked with tar into cacheDir/btf/...). ID and VERSION_ID come from os-release.
BtfSearchResult findExternalBtf(const BtfSearchPlaces& places);

/// ID and VERSION_ID of an os-release file ("debian", "12"); empty strings when absent.
std::pair<std::string, std::string> readOsRelease(const std::string& file);

} // namespace proclens::engine
