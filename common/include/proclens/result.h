// SPDX-License-Identifier: MIT
//
// The error idiom of proclens_common: functions that can fail on bad input
// return Result<T>, holding either a value or an Error that says what was
// wrong and where (a byte offset into the input). No exceptions cross the
// library boundary for bad input.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace proclens {

/// What went wrong, and at which byte offset of the input (0 when the input
/// has no meaningful offset, e.g. a file that could not be opened).
struct Error {
    std::string message;
    std::size_t offset = 0;

    /// "message (at byte N)".
    std::string to_string() const;
};

/// A value or an error (an Error unless a part has its own error type, as the filter
/// parser has). `if (r) use(*r); else report(r.error());`
template <class T, class E = Error>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT(implicit)
    Result(E error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT(implicit)

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(v_); }

private:
    std::variant<T, E> v_;
};

}  // namespace proclens
