// SPDX-License-Identifier: MIT
//
// A filter compiled for evaluation: user names resolved, errno and syscall
// names turned into numbers, `in` sets sorted, regexes compiled once with
// PCRE2 (JIT when available). Program::matches() allocates nothing.
//
// Semantics of one comparison against a FilterRecord:
//  - a field the record does not have (FilterRecord::has() false) makes the
//    comparison false whatever the operator (`exe != x` is false while the exe
//    is unknown); `not` inverts the result as usual;
//  - `!=` is the negation of `=` on a known field;
//  - `path`: `=`, `~`, `matches`, `in` are true when either path matches;
//    `!=` when neither equals the value;
//  - `result` is -errno for a failure (return value in -4095..-1) and 0 for
//    a success, so `result != 0` selects failures and `result = ENOENT`
//    compares with -2; `errno` is -result; `retval` is the raw return value;
//  - `syscall`, `result`, `errno`, `retval`, `duration` are known only for syscall
//    events (when the caller set them), so `syscall = openat` never matches
//    a fork;
//  - `~` is a case-sensitive substring test, `matches` an unanchored PCRE2
//    search (UTF-8 mode off, bytes; use `(?i)` for case-insensitive).
#pragma once

#include <memory>

#include "proclens/filter/ast.h"
#include "proclens/filter/parser.h"
#include "proclens/filter/record.h"

namespace proclens::filter {

class Program;
using CompileResult = Expected<Program>;

/// A compiled filter. Move-only. matches() keeps scratch space for regex
/// matching inside the program, so one Program must not be used by two
/// threads at once (compile one per thread).
class Program {
public:
    Program(Program&&) noexcept;
    Program& operator=(Program&&) noexcept;
    ~Program();

    /// True when the record passes the filter. No allocation.
    bool matches(const FilterRecord& record) const;

    /// The expression it was compiled from.
    const Expr& expr() const;

    struct Impl;

private:
    explicit Program(std::unique_ptr<Impl> impl);
    friend CompileResult compile(const Expr& expr);
    std::unique_ptr<Impl> impl_;
};

/// Compiles an expression. Errors (with the offending value's position):
/// an invalid regex (PCRE2's message), an unknown user name, a value of the
/// wrong kind for the field (trees built by hand), an `in` with no values.
CompileResult compile(const Expr& expr);

/// parse + compile in one step, for callers that only need the program.
CompileResult compile(std::string_view text);

}  // namespace proclens::filter
