// SPDX-License-Identifier: MIT
// Compiled filters: a flat node array evaluated against FilterRecords, PCRE2 for `matches`.
#define PCRE2_CODE_UNIT_WIDTH 8
#include "proclens/filter/program.h"

#include <pcre2.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <vector>

#include "proclens/names.h"
#include "users.h"

namespace proclens::filter {

std::string_view event_kind_name(EventKind kind)
{
    switch (kind) {
    case EventKind::Syscall: return "syscall";
    case EventKind::Fork: return "fork";
    case EventKind::Exec: return "exec";
    case EventKind::Exit: return "exit";
    }
    return "syscall";
}

namespace {

struct CodeDeleter {
    void operator()(pcre2_code* c) const { pcre2_code_free(c); }
};
struct MatchDataDeleter {
    void operator()(pcre2_match_data* m) const { pcre2_match_data_free(m); }
};

struct Leaf {
    Field field = Field::Pid;
    Op op = Op::Eq;
    bool is_text = false;
    std::int64_t number = 0;
    std::vector<std::int64_t> numbers;  // sorted, for In
    std::string text;
    std::vector<std::string> texts;     // sorted, for In
    std::unique_ptr<pcre2_code, CodeDeleter> regex;
    std::unique_ptr<pcre2_match_data, MatchDataDeleter> match_data;  // scratch, reused per call
};

enum class Kind : std::uint8_t { Leaf, And, Or, Not };

struct Node {
    Kind kind;
    std::uint32_t a = 0;  // Leaf: index into leaves; otherwise a child node
    std::uint32_t b = 0;
};

bool is_text_type(ValueType t) { return t == ValueType::Text; }

std::int64_t number_of(Field f, const FilterRecord& r)
{
    switch (f) {
    case Field::Pid: return r.pid;
    case Field::Ppid: return r.ppid;
    case Field::Tid: return r.tid;
    case Field::User: return r.uid;
    case Field::Syscall: return r.syscall;
    case Field::Result: return r.result >= -4095 && r.result <= -1 ? r.result : 0;
    case Field::Errno: return r.result >= -4095 && r.result <= -1 ? -r.result : 0;
    case Field::Retval: return r.result;
    case Field::Port: return r.port;
    case Field::NsPid:
    case Field::NsMnt:
    case Field::NsNet:
    case Field::NsUts:
    case Field::NsIpc:
    case Field::NsUser:
    case Field::NsCgroup:
    case Field::NsTime: return r.ns[static_cast<std::size_t>(f) - static_cast<std::size_t>(Field::NsPid)];
    case Field::Cgroup:
        return r.cgroup_id > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                   ? std::numeric_limits<std::int64_t>::max()
                   : static_cast<std::int64_t>(r.cgroup_id);
    case Field::Duration:
        return r.duration_ns > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                   ? std::numeric_limits<std::int64_t>::max()
                   : static_cast<std::int64_t>(r.duration_ns);
    case Field::Event: return static_cast<std::int64_t>(r.event);
    default: return 0;
    }
}

// The record's strings for a text field; returns how many (0..2).
std::size_t texts_of(Field f, const FilterRecord& r, std::array<std::string_view, 2>& out)
{
    switch (f) {
    case Field::Comm: out[0] = r.comm; return 1;
    case Field::Exe: out[0] = r.exe; return 1;
    case Field::Addr: out[0] = r.addr; return 1;
    case Field::Container: out[0] = r.container; return 1;
    case Field::Path:
        out[0] = r.paths[0];
        out[1] = r.paths[1];
        return std::min<std::size_t>(r.path_count, 2);
    default: return 0;
    }
}

bool compare_number(const Leaf& l, std::int64_t v)
{
    switch (l.op) {
    case Op::Eq: return v == l.number;
    case Op::Ne: return v != l.number;
    case Op::Lt: return v < l.number;
    case Op::Le: return v <= l.number;
    case Op::Gt: return v > l.number;
    case Op::Ge: return v >= l.number;
    case Op::In: return std::binary_search(l.numbers.begin(), l.numbers.end(), v);
    default: return false;
    }
}

bool text_hit(const Leaf& l, std::string_view v)
{
    switch (l.op) {
    case Op::Eq:
    case Op::Ne: return v == l.text;
    case Op::Contains: return v.find(l.text) != std::string_view::npos;
    case Op::In:
        return std::binary_search(l.texts.begin(), l.texts.end(), v,
                                  [](std::string_view a, std::string_view b) { return a < b; });
    case Op::Matches:
        return pcre2_match(l.regex.get(), reinterpret_cast<PCRE2_SPTR>(v.data()), v.size(), 0, 0,
                           l.match_data.get(), nullptr) >= 0;
    default: return false;
    }
}

bool eval_leaf(const Leaf& l, const FilterRecord& r)
{
    if (!r.has(l.field))
        return false;
    if (!l.is_text)
        return compare_number(l, number_of(l.field, r));
    std::array<std::string_view, 2> vs;
    std::size_t n = texts_of(l.field, r, vs);
    bool any = false;
    for (std::size_t i = 0; i < n && !any; ++i)
        any = text_hit(l, vs[i]);
    return l.op == Op::Ne ? !any : any;
}

Expected<std::int64_t> resolve_number(Field field, const Value& v)
{
    const FieldInfo& info = field_info(field);
    const std::string name(info.name);
    auto wrong = [&]() { return ParseError{v.position, "value of the wrong kind for " + name}; };
    if (info.type == ValueType::Duration)
        return v.kind == ValueKind::Text ? Expected<std::int64_t>(wrong()) : Expected<std::int64_t>(v.number);
    if (v.kind == ValueKind::Integer && info.type != ValueType::EventKind)
        return v.number;
    if (v.kind != ValueKind::Text)
        return wrong();
    switch (info.type) {
    case ValueType::User:
        if (auto uid = detail::lookup_uid(v.text))
            return static_cast<std::int64_t>(*uid);
        return ParseError{v.position, "unknown user \"" + v.text.substr(0, 64) + "\""};
    case ValueType::Syscall:
        if (auto nr = names::syscall_number(v.text))
            return static_cast<std::int64_t>(*nr);
        return ParseError{v.position, "unknown syscall \"" + v.text.substr(0, 64) + "\""};
    case ValueType::Result:
    case ValueType::Errno:
        if (auto e = names::errno_number(v.text))
            return info.type == ValueType::Result ? -static_cast<std::int64_t>(*e) : static_cast<std::int64_t>(*e);
        return ParseError{v.position, "unknown errno name \"" + v.text.substr(0, 64) + "\""};
    case ValueType::EventKind:
        for (EventKind k : {EventKind::Syscall, EventKind::Fork, EventKind::Exec, EventKind::Exit})
            if (v.text == event_kind_name(k))
                return static_cast<std::int64_t>(k);
        return ParseError{v.position, "unknown event kind \"" + v.text.substr(0, 64) + "\""};
    default: return wrong();
    }
}

}  // namespace

struct Program::Impl {
    Expr expr;
    std::vector<Leaf> leaves;
    std::vector<Node> nodes;  // children before parents; the root is last

    bool eval(std::uint32_t i, const FilterRecord& r) const
    {
        const Node& n = nodes[i];
        switch (n.kind) {
        case Kind::Leaf: return eval_leaf(leaves[n.a], r);
        case Kind::And: return eval(n.a, r) && eval(n.b, r);
        case Kind::Or: return eval(n.a, r) || eval(n.b, r);
        case Kind::Not: return !eval(n.a, r);
        }
        return false;
    }

    Expected<std::uint32_t> build(const Expr& e, int depth)
    {
        if (depth > 20000)
            return ParseError{0, "filter nested too deeply"};
        auto add = [&](Node n) {
            nodes.push_back(n);
            return static_cast<std::uint32_t>(nodes.size() - 1);
        };
        if (const auto* c = e.as<Compare>()) {
            auto leaf = build_leaf(*c);
            if (!leaf)
                return leaf.error();
            leaves.push_back(std::move(*leaf));
            return add({Kind::Leaf, static_cast<std::uint32_t>(leaves.size() - 1), 0});
        }
        if (const auto* n = e.as<Not>()) {
            if (!n->operand)
                return ParseError{0, "\"not\" without an operand"};
            auto a = build(*n->operand, depth + 1);
            if (!a)
                return a;
            return add({Kind::Not, *a, 0});
        }
        const std::shared_ptr<const Expr>* lhs = nullptr;
        const std::shared_ptr<const Expr>* rhs = nullptr;
        Kind kind = Kind::And;
        if (const auto* a = e.as<And>()) {
            lhs = &a->lhs;
            rhs = &a->rhs;
        } else if (const auto* o = e.as<Or>()) {
            lhs = &o->lhs;
            rhs = &o->rhs;
            kind = Kind::Or;
        }
        if (!lhs || !*lhs || !*rhs)
            return ParseError{0, "\"and\"/\"or\" without two operands"};
        auto a = build(**lhs, depth + 1);
        if (!a)
            return a;
        auto b = build(**rhs, depth + 1);
        if (!b)
            return b;
        return add({kind, *a, *b});
    }

    static Expected<Leaf> build_leaf(const Compare& c)
    {
        const FieldInfo& info = field_info(c.field);
        if (!field_allows(c.field, c.op))
            return ParseError{c.position, "operator \"" + std::string(op_text(c.op)) + "\" is not allowed for " +
                                              std::string(info.name)};
        if (c.values.empty() || (c.op != Op::In && c.values.size() != 1))
            return ParseError{c.position, c.op == Op::In ? "\"in\" needs at least one value"
                                                         : "a comparison needs exactly one value"};
        Leaf l;
        l.field = c.field;
        l.op = c.op;
        l.is_text = is_text_type(info.type);
        if (l.is_text) {
            for (const Value& v : c.values)
                if (v.kind != ValueKind::Text)
                    return ParseError{v.position, "value of the wrong kind for " + std::string(info.name)};
            if (c.op == Op::In) {
                for (const Value& v : c.values)
                    l.texts.push_back(v.text);
                std::sort(l.texts.begin(), l.texts.end());
                l.texts.erase(std::unique(l.texts.begin(), l.texts.end()), l.texts.end());
            } else {
                l.text = c.values.front().text;
            }
            if (c.op == Op::Matches) {
                int code = 0;
                PCRE2_SIZE offset = 0;
                pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(l.text.data()), l.text.size(), 0, &code,
                                               &offset, nullptr);
                if (!re) {
                    std::array<PCRE2_UCHAR, 256> buf{};
                    pcre2_get_error_message(code, buf.data(), buf.size());
                    return ParseError{c.values.front().position,
                                      "invalid regular expression: " + std::string(reinterpret_cast<char*>(buf.data())) +
                                          " (at offset " + std::to_string(offset) + " of the pattern)"};
                }
                l.regex.reset(re);
                // JIT is an optimisation: without it pcre2_match interprets.
                pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
                l.match_data.reset(pcre2_match_data_create_from_pattern(re, nullptr));
                if (!l.match_data)
                    return ParseError{c.values.front().position, "out of memory compiling the regular expression"};
            }
            return l;
        }
        for (const Value& v : c.values) {
            auto n = resolve_number(c.field, v);
            if (!n)
                return n.error();
            if (c.op == Op::In)
                l.numbers.push_back(*n);
            else
                l.number = *n;
        }
        std::sort(l.numbers.begin(), l.numbers.end());
        l.numbers.erase(std::unique(l.numbers.begin(), l.numbers.end()), l.numbers.end());
        return l;
    }
};

Program::Program(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Program::Program(Program&&) noexcept = default;
Program& Program::operator=(Program&&) noexcept = default;
Program::~Program() = default;

bool Program::matches(const FilterRecord& record) const
{
    return impl_->eval(static_cast<std::uint32_t>(impl_->nodes.size() - 1), record);
}

const Expr& Program::expr() const { return impl_->expr; }

CompileResult compile(const Expr& expr)
{
    auto impl = std::make_unique<Program::Impl>(Program::Impl{expr, {}, {}});
    auto root = impl->build(expr, 0);
    if (!root)
        return root.error();
    return Program(std::move(impl));
}

CompileResult compile(std::string_view text)
{
    auto e = parse(text);
    if (!e)
        return e.error();
    return compile(*e);
}

}  // namespace proclens::filter
