// SPDX-License-Identifier: MIT
// Literal values of the filter language: typed by field, written back as text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "proclens/filter/parser.h"

namespace proclens::filter::detail {

/// Decimal or 0x hex integer with an optional '-'; nullopt when not one.
std::optional<std::int64_t> parse_integer(std::string_view s);

/// The value of a token for a field. `quoted` tells a quoted string from a
/// bare word (a quoted name stays a name: `user = "1000"` is the user name
/// 1000). `position` is the token's offset, stored in the Value and used for errors.
Expected<Value> make_value(Field field, Op op, std::string_view text, bool quoted, std::size_t position);

/// "10ms", "1500us", "0ns": the largest unit that divides exactly.
std::string format_duration(std::int64_t ns);

/// A text value as a bare word when it reads back as the same Text, else quoted.
std::string quote_if_needed(std::string_view text);

/// Case-insensitive ASCII equality.
bool iequals(std::string_view a, std::string_view b);

/// Case-insensitive Levenshtein distance (for "did you mean").
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace proclens::filter::detail
