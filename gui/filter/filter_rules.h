// SPDX-License-Identifier: MIT
//
// The filter dialog's rules, Process Monitor style: each rule is
// `column relation value` with an Include or Exclude action. Rules build the
// same AST as the parser (proclens/filter/ast.h):
//
//   (inc_a1 or inc_a2) and inc_b1 and not (exc1 or exc2)
//
// Include rules on the same column are OR-ed, include groups of different
// columns are AND-ed (as Process Monitor does: "pid is 1 or 2, and syscall
// is openat"), and every exclude rule removes what it matches. Groups appear
// in the order of their first rule. Text in exactly that shape converts back
// into rules; anything else stays text. No Qt widgets here, so it is tested
// on its own.
#pragma once

#include "proclens/filter/ast.h"
#include "proclens/filter/parser.h"

#include <optional>
#include <string>
#include <vector>

namespace proclens::gui {

/// One row of the rules table.
struct FilterRule {
    filter::Field field = filter::Field::Pid;
    filter::Op op = filter::Op::Eq;
    /// As typed: one literal value (`/tmp/a b`, `ENOENT`, `10ms`; no quotes
    /// needed), or for `in` a comma-separated list in filter syntax
    /// (`1, 2, "a b"`).
    std::string value;
    bool include = true;

    bool operator==(const FilterRule&) const = default;
};

/// The comparison of one rule, or the error (position 0: it is about the value).
filter::Expected<filter::Expr> ruleToCompare(const FilterRule& rule);

/// The expression of all rules; nullopt (and no error) when there are none.
/// On a bad rule returns the error and sets *badRule to its index.
filter::Expected<std::optional<filter::Expr>> rulesToExpr(const std::vector<FilterRule>& rules,
                                                          std::size_t* badRule = nullptr);

/// Rules for an expression in the shape rulesToExpr builds (any nesting of
/// the or/and chains is accepted); nullopt when it is not in that shape.
std::optional<std::vector<FilterRule>> rulesFromExpr(const filter::Expr& expr);

/// The value text of a comparison as a rule shows it.
std::string ruleValueText(const filter::Compare& compare);

}  // namespace proclens::gui
