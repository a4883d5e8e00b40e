// SPDX-License-Identifier: MIT
//
// Text <-> AST for the filter language (grammar in ast.h).
//
// Lexical rules:
//  - whitespace separates tokens; keywords (and or not in matches) and field
//    names are case-insensitive; `&&`, `||`, `!` are accepted for and/or/not,
//    `==` for `=`;
//  - a value is a bare word (any run of bytes other than whitespace and
//    `( ) , = ! < > ~ " ' & |`) or a quoted string: "..." or '...' with
//    backslash escapes \\ \" \' \n \t \r \0 \xHH (any other backslash pair
//    is kept as written, so a regex "\d+" needs no doubling); bytes >= 0x80
//    (UTF-8) are taken as they are;
//  - integers are decimal or 0x hex, optionally negative;
//  - durations are an integer or decimal number with a unit ns, us, ms, s
//    (`10ms`, `1.5s`); a bare integer is nanoseconds.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "proclens/filter/ast.h"
#include "proclens/result.h"

namespace proclens::filter {

/// Why a text is not a valid filter, and where.
struct ParseError {
    std::size_t position = 0;  ///< byte offset of the offending token (the text's length at end of input)
    std::string message;       ///< e.g. `unknown field "pdi" (did you mean "pid"?)`

    bool operator==(const ParseError&) const = default;
};

/// A value or a ParseError: `if (r) use(*r); else show(r.error());`
template <class T>
using Expected = proclens::Result<T, ParseError>;

using ParseResult = Expected<Expr>;

/// Parses a whole filter expression. Empty or blank text is an error
/// ("empty filter"): callers treat an empty box as "no filter" themselves.
/// Limits: 200 levels of parentheses/not, 4096 comparisons.
/// Value checks done here (with the value's position): integer syntax and
/// range, duration units, errno, syscall and event names, operator allowed for
/// the field, ordering operators need numbers (`user < root` is an error).
/// User names and regexes are checked by compile() (program.h).
ParseResult parse(std::string_view text);

/// Parses one value for a field as the parser would after an operator (for
/// the dialog's value editor): `parse_value(Field::Duration, "10ms")`.
/// `text` is taken literally (no quotes needed); a field of Text type takes
/// any text.
Expected<Value> parse_value(Field field, std::string_view text);

/// Canonical text: parse(to_string(e)) == e for every well-formed e. Quotes
/// values when needed, writes durations with the largest exact unit, adds
/// parentheses only where precedence or a right-nested chain needs them.
std::string to_string(const Expr& expr);
/// One value as to_string writes it (quoted when needed).
std::string to_string(const Value& value);

/// A message for a terminal or a tooltip, e.g.
///   unknown field "pdi" (did you mean "pid"?)
///     pdi = 3
///     ^
/// (two-space indent; the caret is placed under `position`).
std::string format_error(std::string_view text, const ParseError& error);

}  // namespace proclens::filter
