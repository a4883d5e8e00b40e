// SPDX-License-Identifier: MIT
// Typed literal values: integers, durations, errno/syscall/event names.
#include "values.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <vector>

#include "lexer.h"
#include "proclens/names.h"
#include "proclens/filter/record.h"

namespace proclens::filter::detail {

namespace {

std::string quoted_for_message(std::string_view s)
{
    std::string out = "\"";
    for (char c : s.substr(0, 64)) {
        unsigned char u = static_cast<unsigned char>(c);
        out.push_back(u < 0x20 || u == 0x7f ? '?' : c);
    }
    if (s.size() > 64)
        out += "...";
    return out + "\"";
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool is_ordering(Op op) { return op == Op::Lt || op == Op::Le || op == Op::Gt || op == Op::Ge; }

Expected<std::int64_t> parse_duration(std::string_view s, std::size_t pos)
{
    auto bad = [&]() { return ParseError{pos, "expected a duration such as 10ms, 250us or 1.5s, got " + quoted_for_message(s)}; };
    if (auto n = parse_integer(s))
        return *n;  // a bare integer is nanoseconds
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && s[i] == '-') {
        negative = true;
        ++i;
    }
    std::size_t int_start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i;
    std::string_view int_part = s.substr(int_start, i - int_start);
    std::string_view frac_part;
    if (i < s.size() && s[i] == '.') {
        std::size_t f = ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        frac_part = s.substr(f, i - f);
    }
    if (int_part.empty() && frac_part.empty())
        return bad();
    std::string unit = lower(s.substr(i));
    std::int64_t scale = 0;
    int scale_digits = 0;
    if (unit == "ns") {
        scale = 1;
        scale_digits = 0;
    } else if (unit == "us") {
        scale = 1000;
        scale_digits = 3;
    } else if (unit == "ms") {
        scale = 1000000;
        scale_digits = 6;
    } else if (unit == "s") {
        scale = 1000000000;
        scale_digits = 9;
    } else {
        return bad();
    }
    std::int64_t whole = 0;
    if (!int_part.empty()) {
        auto [p, ec] = std::from_chars(int_part.data(), int_part.data() + int_part.size(), whole);
        if (ec != std::errc() || p != int_part.data() + int_part.size())
            return ParseError{pos, "duration out of range: " + quoted_for_message(s)};
    }
    if (whole > std::numeric_limits<std::int64_t>::max() / scale)
        return ParseError{pos, "duration out of range: " + quoted_for_message(s)};
    std::int64_t ns = whole * scale;
    // Fraction digits beyond the unit's precision must be zero (no sub-ns durations).
    std::int64_t frac_ns = 0;
    for (std::size_t d = 0; d < frac_part.size(); ++d) {
        int digit = frac_part[d] - '0';
        if (static_cast<int>(d) >= scale_digits) {
            if (digit != 0)
                return ParseError{pos, "duration finer than 1ns: " + quoted_for_message(s)};
            continue;
        }
        std::int64_t place = 1;
        for (int k = static_cast<int>(d) + 1; k < scale_digits; ++k)
            place *= 10;
        frac_ns += digit * place;
    }
    if (ns > std::numeric_limits<std::int64_t>::max() - frac_ns)
        return ParseError{pos, "duration out of range: " + quoted_for_message(s)};
    ns += frac_ns;
    return negative ? -ns : ns;
}

}  // namespace

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

std::size_t edit_distance(std::string_view a, std::string_view b)
{
    if (a.size() > 64 || b.size() > 64)
        return 1000;
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                        std::tolower(static_cast<unsigned char>(b[j - 1]));
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::optional<std::int64_t> parse_integer(std::string_view s)
{
    bool negative = false;
    if (!s.empty() && s[0] == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s.remove_prefix(2);
    }
    if (s.empty())
        return std::nullopt;
    std::uint64_t magnitude = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), magnitude, base);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    constexpr std::uint64_t kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (negative) {
        if (magnitude > kMax + 1)
            return std::nullopt;
        return magnitude == kMax + 1 ? std::numeric_limits<std::int64_t>::min() : -static_cast<std::int64_t>(magnitude);
    }
    if (magnitude > kMax)
        return std::nullopt;
    return static_cast<std::int64_t>(magnitude);
}

Expected<Value> make_value(Field field, Op op, std::string_view text, bool quoted, std::size_t position)
{
    const FieldInfo& info = field_info(field);
    const std::string name(info.name);
    auto number_or = [&]() -> std::optional<std::int64_t> { return quoted ? std::nullopt : parse_integer(text); };
    auto needs_number = [&]() {
        return ParseError{position, "operator \"" + std::string(op_text(op)) + "\" needs a number for " + name +
                                        ", got " + quoted_for_message(text)};
    };
    switch (info.type) {
    case ValueType::Integer: {
        if (auto n = parse_integer(text))
            return Value::integer(*n, position);
        bool digits = !text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-');
        return ParseError{position, std::string(digits ? "number out of range for " : "expected a number for ") + name +
                                        ", got " + quoted_for_message(text)};
    }
    case ValueType::Text:
        return Value::string(std::string(text), position);
    case ValueType::User:
        if (auto n = number_or())
            return Value::integer(*n, position);
        if (is_ordering(op))
            return needs_number();
        if (text.empty())
            return ParseError{position, "empty user name"};
        return Value::string(std::string(text), position);
    case ValueType::Syscall: {
        if (auto n = number_or())
            return Value::integer(*n, position);
        if (is_ordering(op))
            return needs_number();
        std::string lowered = lower(text);
        if (names::syscall_number(lowered))
            return Value::string(std::move(lowered), position);
        std::string message = "unknown syscall " + quoted_for_message(text);
        std::size_t best = 3;
        std::string_view suggestion;
        for (const names::NameEntry& e : names::syscalls()) {
            std::size_t d = edit_distance(lowered, e.name);
            if (d < best) {
                best = d;
                suggestion = e.name;
            }
        }
        if (!suggestion.empty() && best < lowered.size())
            message += " (did you mean \"" + std::string(suggestion) + "\"?)";
        return ParseError{position, message};
    }
    case ValueType::Result:
    case ValueType::Errno: {
        if (auto n = number_or())
            return Value::integer(*n, position);
        std::string upped = upper(text);
        if (names::errno_number(upped))
            return Value::string(std::move(upped), position);
        return ParseError{position, (text.empty() || text[0] != 'E' ? std::string("expected a number or an errno name such as ENOENT for ")
                                                                    : std::string("unknown errno name for ")) +
                                        name + ", got " + quoted_for_message(text)};
    }
    case ValueType::Duration: {
        auto ns = parse_duration(text, position);
        if (!ns)
            return ns.error();
        return Value::duration_ns(*ns, position);
    }
    case ValueType::EventKind: {
        std::string lowered = lower(text);
        for (EventKind k : {EventKind::Syscall, EventKind::Fork, EventKind::Exec, EventKind::Exit})
            if (lowered == event_kind_name(k))
                return Value::string(std::move(lowered), position);
        return ParseError{position, "unknown event kind " + quoted_for_message(text) +
                                        " (expected syscall, fork, exec or exit)"};
    }
    }
    return ParseError{position, "unsupported field"};
}

std::string format_duration(std::int64_t ns)
{
    if (ns == 0)
        return "0ns";
    if (ns % 1000000000 == 0)
        return std::to_string(ns / 1000000000) + "s";
    if (ns % 1000000 == 0)
        return std::to_string(ns / 1000000) + "ms";
    if (ns % 1000 == 0)
        return std::to_string(ns / 1000) + "us";
    return std::to_string(ns) + "ns";
}

std::string quote_if_needed(std::string_view text)
{
    bool bare = !text.empty() && !parse_integer(text);
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        if (!is_word_byte(u) || u < 0x21 || u >= 0x7f || c == '\\') {
            bare = false;
            break;
        }
    }
    for (std::string_view kw : {"and", "or", "not", "in", "matches"})
        if (iequals(text, kw))
            bare = false;
    if (bare)
        return std::string(text);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "\"";
    for (char c : text) {
        unsigned char u = static_cast<unsigned char>(c);
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (u < 0x20 || u == 0x7f) {
                out += "\\x";
                out.push_back(kHex[u >> 4]);
                out.push_back(kHex[u & 15]);
            } else {
                out.push_back(c);
            }
        }
    }
    return out + "\"";
}

}  // namespace proclens::filter::detail
