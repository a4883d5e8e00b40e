// SPDX-License-Identifier: MIT
// The BPF sources (and the libbpf BPF-side headers) built into the engine, for mode 3.
#pragma once

#include <string_view>
#include <vector>

namespace proclens::engine {

/// One embedded file: its path relative to the compile tree, and its bytes.
struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

/// Every file mode 3 needs to compile proclens.bpf.c: bpf/*.c, bpf/*.h, bpf/include/*.h
/// (kept under include/), and libbpf's bpf_helpers.h & co (kept under libbpf/bpf/).
const std::vector<EmbeddedFile>& embeddedBpfSources();

} // namespace proclens::engine
