// SPDX-License-Identifier: MIT
#include "filter_rules.h"

#include <algorithm>

namespace proclens::gui {

namespace {

using filter::Compare;
using filter::Expr;
using filter::Field;
using filter::Op;

// Appends the leaves of a chain of one connective (And or Or), in order.
template <class Node>
void flatten(const Expr& e, std::vector<const Expr*>& out)
{
    if (const Node* n = e.as<Node>()) {
        flatten<Node>(*n->lhs, out);
        flatten<Node>(*n->rhs, out);
    } else {
        out.push_back(&e);
    }
}

Expr chain(std::vector<Expr> items, bool isOr)
{
    Expr acc = items.front();
    for (std::size_t i = 1; i < items.size(); ++i)
        acc = isOr ? filter::make_or(acc, items[i]) : filter::make_and(acc, items[i]);
    return acc;
}

FilterRule ruleOf(const Compare& c, bool include)
{
    return FilterRule{c.field, c.op, ruleValueText(c), include};
}

}  // namespace

std::string ruleValueText(const Compare& c)
{
    if (c.op == Op::In) {
        std::string s;
        for (std::size_t i = 0; i < c.values.size(); ++i) {
            if (i)
                s += ", ";
            s += filter::to_string(c.values[i]);
        }
        return s;
    }
    if (c.values.empty())
        return {};
    const filter::Value& v = c.values.front();
    // Literal text (the editor needs no quotes); numbers and durations as written.
    return v.kind == filter::ValueKind::Text ? v.text : filter::to_string(v);
}

filter::Expected<Expr> ruleToCompare(const FilterRule& rule)
{
    if (!filter::field_allows(rule.field, rule.op))
        return filter::ParseError{0, std::string("\"") + std::string(filter::field_name(rule.field)) +
                                         "\" cannot be compared with " + std::string(filter::op_text(rule.op))};
    if (rule.op == Op::In) {
        // The list is in filter syntax: let the parser read it with this field.
        const std::string prefix = std::string(filter::field_name(rule.field)) + " in (";
        filter::ParseResult r = filter::parse(prefix + rule.value + ")");
        if (!r) {
            filter::ParseError e = r.error();
            e.position = e.position >= prefix.size() ? e.position - prefix.size() : 0;
            return e;
        }
        if (!r->as<Compare>())
            return filter::ParseError{0, "not a list of values"};
        return *r;
    }
    filter::Expected<filter::Value> v = filter::parse_value(rule.field, rule.value);
    if (!v)
        return v.error();
    return filter::make_compare(rule.field, rule.op, {*v});
}

filter::Expected<std::optional<Expr>> rulesToExpr(const std::vector<FilterRule>& rules, std::size_t* badRule)
{
    std::vector<Field> order;                       // include groups, by first appearance
    std::vector<std::vector<Expr>> groups;
    std::vector<Expr> excludes;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        filter::Expected<Expr> c = ruleToCompare(rules[i]);
        if (!c) {
            if (badRule)
                *badRule = i;
            return c.error();
        }
        if (!rules[i].include) {
            excludes.push_back(*c);
            continue;
        }
        const auto it = std::find(order.begin(), order.end(), rules[i].field);
        if (it == order.end()) {
            order.push_back(rules[i].field);
            groups.push_back({*c});
        } else {
            groups[std::size_t(it - order.begin())].push_back(*c);
        }
    }
    std::optional<Expr> result;
    for (auto& g : groups) {
        Expr group = chain(std::move(g), true);
        result = result ? filter::make_and(*result, group) : group;
    }
    if (!excludes.empty()) {
        Expr ex = filter::make_not(chain(std::move(excludes), true));
        result = result ? filter::make_and(*result, ex) : ex;
    }
    return result;
}

std::optional<std::vector<FilterRule>> rulesFromExpr(const Expr& expr)
{
    std::vector<const Expr*> terms;
    flatten<filter::And>(expr, terms);

    std::vector<FilterRule> rules;
    std::vector<Field> seen;
    bool excludesDone = false;
    for (std::size_t t = 0; t < terms.size(); ++t) {
        const Expr* term = terms[t];
        if (const filter::Not* n = term->as<filter::Not>()) {
            // Excludes: only as the last term, an or-chain of comparisons.
            if (t + 1 != terms.size())
                return std::nullopt;
            std::vector<const Expr*> leaves;
            flatten<filter::Or>(*n->operand, leaves);
            for (const Expr* leaf : leaves) {
                const Compare* c = leaf->as<Compare>();
                if (!c)
                    return std::nullopt;
                rules.push_back(ruleOf(*c, false));
            }
            excludesDone = true;
            continue;
        }
        if (excludesDone)
            return std::nullopt;
        // An include group: an or-chain of comparisons on one field not seen before.
        std::vector<const Expr*> leaves;
        flatten<filter::Or>(*term, leaves);
        const Compare* first = leaves.front()->as<Compare>();
        if (!first || std::find(seen.begin(), seen.end(), first->field) != seen.end())
            return std::nullopt;
        for (const Expr* leaf : leaves) {
            const Compare* c = leaf->as<Compare>();
            if (!c || c->field != first->field)
                return std::nullopt;
            rules.push_back(ruleOf(*c, true));
        }
        seen.push_back(first->field);
    }
    return rules;
}

}  // namespace proclens::gui
