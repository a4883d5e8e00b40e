// SPDX-License-Identifier: MIT
// Tools around the BTF the CO-RE object needs, for distributions that ship BTF files.
#pragma once

#include <string>
#include <string_view>

namespace proclens {

/// The CO-RE BPF object built into this binary (ELF bytes).
std::string_view coreObjectBytes();

/// Writes to outFile the subset of kernelBtf that the CO-RE object's relocations use
/// (`bpftool gen min_core_btf`), so a tiny file can stand in for a kernel's whole BTF
/// in mode 2. Throws EngineError saying what failed (no bpftool, unreadable BTF, ...).
void minimizeBtf(const std::string& kernelBtf, const std::string& outFile);

} // namespace proclens
