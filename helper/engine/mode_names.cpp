// SPDX-License-Identifier: MIT
#include "capture_engine.h"

namespace proclens {

std::string modeName(EngineMode mode)
{
    switch (mode) {
    case EngineMode::CoreKernelBtf:
        return "CO-RE (kernel BTF)";
    case EngineMode::CoreExternalBtf:
        return "CO-RE (external BTF)";
    case EngineMode::Compiled:
        return "compiled for this kernel";
    }
    return "unknown";
}

std::optional<EngineMode> parseMode(std::string_view text)
{
    if (text == "1" || text == "kernel-btf")
        return EngineMode::CoreKernelBtf;
    if (text == "2" || text == "external-btf")
        return EngineMode::CoreExternalBtf;
    if (text == "3" || text == "compiled")
        return EngineMode::Compiled;
    return std::nullopt;
}

} // namespace proclens
