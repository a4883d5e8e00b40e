// SPDX-License-Identifier: MIT
// Mode 3: compile the embedded BPF sources without -DCORE against this kernel's headers.
#pragma once

#include <string>

namespace proclens::engine {

struct CompileRequest {
    std::string release;    ///< uname -r (part of the cache key)
    std::string headersDir; ///< a kernel build tree (/lib/modules/<release>/build)
    std::string clang;      ///< clang binary; empty = search PATH
    std::string cacheDir;   ///< objects are kept in cacheDir/compiled/<release>/
};

struct CompileResult {
    std::string objectPath; ///< the compiled object; empty on failure
    bool cached = false;    ///< true when an earlier run's object was reused
    std::string error;      ///< on failure: what is missing and which package brings it
    std::string detail;     ///< the headers directory and clang used
};

/// The object for this kernel: from the cache (key: release, ProcLens version, hash of the
/// sources and of the headers' identity) or compiled now. Never throws.
CompileResult compileForKernel(const CompileRequest& request);

} // namespace proclens::engine
