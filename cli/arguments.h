// SPDX-License-Identifier: MIT
//
// Command line of proclens-cli: the subcommands, their options, and the
// parser that turns argv into them. Bad arguments are an Error whose message
// names the bad option; main() prints it with the usage text.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "helper/engine/capture_engine.h"
#include "proclens/filter/ast.h"
#include "proclens/output_writers.h"
#include "proclens/result.h"

namespace proclens::cli {

/// `proclens-cli record ...`
struct RecordOptions {
    bool summary = false;           ///< per-process per-syscall table (the default without --events)
    bool events = false;            ///< every finished syscall as an event row
    CaptureFilter filter;           ///< --pid/--exclude-pid/--follow/--uid/--comm/--syscall
    std::optional<filter::Expr> filterExpr;  ///< --filter EXPR (parsed and compiled once to check it)
    output::Format format = output::Format::Text;
    std::optional<double> durationSeconds;  ///< stop after this long; none = until a signal
    std::size_t ringMiB = 64;       ///< ring buffer size
    std::string outputPath;         ///< empty = standard output
};

/// `proclens-cli ps ...`
struct PsOptions {
    bool tree = false;  ///< rows in tree order with a depth column (text: indented names)
    bool direct = false;  ///< read /proc here instead of asking the helper
    output::Format format = output::Format::Text;
};

enum class Command { Help, Record, Ps, Status };

struct Arguments {
    Command command = Command::Help;
    bool verbose = false;  ///< -v/--verbose: debug logging on standard error
    bool direct = false;   ///< --direct: capture in this process (root), not through proclens-helper
    RecordOptions record;
    PsOptions ps;
};

/// Parses the arguments after the program name.
Result<Arguments> parse_arguments(std::span<const std::string_view> args);

/// The usage text, ending with a newline.
std::string usage();

}  // namespace proclens::cli
