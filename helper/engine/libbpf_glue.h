// SPDX-License-Identifier: MIT
// libbpf's conventions turned into ours: errors as EngineError, logs into spdlog.
#pragma once

#include "capture_engine.h"

#include <string>
#include <string_view>

namespace proclens::engine {

/// An EngineError no other mode can get around (not root, no bpf() system call).
class FatalEngineError : public EngineError {
public:
    using EngineError::EngineError;
};

/// Routes libbpf's messages into spdlog (warn -> warn, info -> debug, debug -> trace). Once per process.
void installLibbpfLogger();

/// "what: message" for a libbpf result (a negative errno), with a hint for the common causes.
std::string libbpfErrorMessage(std::string_view what, int err);

/// Throws EngineError with libbpfErrorMessage() when err < 0 (FatalEngineError for EPERM, EACCES, ENOSYS).
void throwIfLibbpfError(std::string_view what, int err);

} // namespace proclens::engine
