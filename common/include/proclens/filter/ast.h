// SPDX-License-Identifier: MIT
//
// The abstract syntax tree of ProcLens's one filter language, shared by the
// CLI (`record --filter`), the GUI's view filter, highlight rules, and the
// filter dialog (which builds the same tree from its rules).
//
//   expr    := or
//   or      := and { ("or" | "||") and }
//   and     := unary { ("and" | "&&") unary }
//   unary   := ("not" | "!") unary | "(" expr ")" | compare
//   compare := FIELD OP VALUE | FIELD ["not"] "in" "(" VALUE {"," VALUE} ")"
//
// `and` and `or` are binary and left-associative (`a and b and c` is
// And(And(a, b), c)); `x not in (...)` is Not(Compare(x in (...))).
// Keywords and field names are case-insensitive.
//
// Values are typed by the field (see FieldInfo::type): a field of integer
// type takes integers, a duration field takes `10ms`-style durations, text
// fields take any word or quoted string. Names are kept as written in the
// tree (e.g. `result = ENOENT`, `user = root`, `syscall = openat`) so text
// round-trips; errno names are upper-cased, syscall and event names
// lower-cased, by the parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace proclens::filter {

/// Every field an expression can test. NsPid..NsTime are in enum pl_ns_kind
/// order (bpf/events.h), so `static_cast<int>(f) - static_cast<int>(Field::NsPid)`
/// is the namespace kind.
enum class Field : std::uint8_t {
    Pid,        ///< process id (thread group id), as seen from the initial pid namespace
    Ppid,       ///< parent's pid
    Tid,        ///< thread id
    Comm,       ///< task name (at most 15 bytes)
    Exe,        ///< executable path
    User,       ///< real uid; a value may be a user name (`user = root`) or a number
    Syscall,    ///< syscall name or x86_64 number
    Result,     ///< outcome of a syscall: -errno for a failure (ret in -4095..-1), 0 for a
                ///< success, so `result != 0` selects failures; a value may be an errno
                ///< name (`result = ENOENT` means -2). The raw return value is `retval`.
    Errno,      ///< errno of a failed syscall (ret in -4095..-1), 0 for a success
    Path,       ///< a path argument; true when either path of the event matches
    Addr,       ///< socket address as text ("127.0.0.1:80", "[::1]:22", "/run/x.sock")
    Port,       ///< IPv4/IPv6 port of the socket address
    Container,  ///< container id (empty when not in a container)
    NsPid,      ///< namespace inode numbers
    NsMnt,
    NsNet,
    NsUts,
    NsIpc,
    NsUser,
    NsCgroup,
    NsTime,
    Cgroup,     ///< cgroup v2 id
    Duration,   ///< syscall latency
    Event,      ///< event kind: syscall, fork, exec, exit
    Retval,     ///< raw syscall return value (an fd, a byte count, -errno); errno names allowed
};
inline constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::Retval) + 1;

/// Comparison operators.
enum class Op : std::uint8_t {
    Eq,        ///< `=`  (also accepted: `==`)
    Ne,        ///< `!=`
    Lt,        ///< `<`
    Le,        ///< `<=`
    Gt,        ///< `>`
    Ge,        ///< `>=`
    Contains,  ///< `~`  case-sensitive substring (text fields)
    Matches,   ///< `matches`  PCRE2 regular expression, unanchored (text fields)
    In,        ///< `in (a, b, c)`  equal to any of the values
};
inline constexpr std::size_t kOpCount = static_cast<std::size_t>(Op::In) + 1;

/// What kind of literal a Value is.
enum class ValueKind : std::uint8_t {
    Integer,   ///< `number`
    Text,      ///< `text` (a word or a quoted string; also names: ENOENT, root, openat)
    Duration,  ///< `number` nanoseconds (written with a unit: 10ms, 1.5s, 250us, 7ns)
};

/// One literal of a comparison. Equality ignores `position`.
struct Value {
    ValueKind kind = ValueKind::Integer;
    std::int64_t number = 0;  ///< Integer, or Duration in nanoseconds
    std::string text;         ///< Text
    /// Byte offset of the literal in the parsed text (0 for built trees);
    /// used for compile errors such as a bad regex.
    std::size_t position = 0;

    static Value integer(std::int64_t n, std::size_t pos = 0) { return {ValueKind::Integer, n, {}, pos}; }
    static Value string(std::string s, std::size_t pos = 0) { return {ValueKind::Text, 0, std::move(s), pos}; }
    static Value duration_ns(std::int64_t ns, std::size_t pos = 0) { return {ValueKind::Duration, ns, {}, pos}; }

    bool operator==(const Value& o) const { return kind == o.kind && number == o.number && text == o.text; }
};

class Expr;

/// `field op value` or `field in (values...)`; exactly one value unless op is In
/// (then at least one). Equality ignores `position`.
struct Compare {
    Field field = Field::Pid;
    Op op = Op::Eq;
    std::vector<Value> values;
    std::size_t position = 0;  ///< byte offset of the field name (0 for built trees)

    bool operator==(const Compare& o) const { return field == o.field && op == o.op && values == o.values; }
};

/// Both sides (binary; chains are left-nested).
struct And {
    std::shared_ptr<const Expr> lhs, rhs;
    bool operator==(const And& o) const;
};

/// Either side (binary; chains are left-nested).
struct Or {
    std::shared_ptr<const Expr> lhs, rhs;
    bool operator==(const Or& o) const;
};

/// The negation of its operand.
struct Not {
    std::shared_ptr<const Expr> operand;
    bool operator==(const Not& o) const;
};

/// A filter expression: an immutable tree, cheap to copy (children are shared).
/// `==` compares structure and values (never positions).
class Expr {
public:
    using Node = std::variant<Compare, And, Or, Not>;

    Expr(Compare c) : node_(std::move(c)) {}  // NOLINT(implicit)
    Expr(And a) : node_(std::move(a)) {}      // NOLINT(implicit)
    Expr(Or o) : node_(std::move(o)) {}       // NOLINT(implicit)
    Expr(Not n) : node_(std::move(n)) {}      // NOLINT(implicit)

    const Node& node() const { return node_; }
    template <class T> const T* as() const { return std::get_if<T>(&node_); }

    bool operator==(const Expr& o) const { return node_ == o.node_; }

private:
    Node node_;
};

// ---- Builders (for the dialog and tests) -----------------------------------

Expr make_compare(Field field, Op op, std::vector<Value> values);
Expr make_and(Expr lhs, Expr rhs);
Expr make_or(Expr lhs, Expr rhs);
Expr make_not(Expr operand);

// ---- Field and operator catalogue --------------------------------------------

/// The kind of value a field takes (drives parsing, the dialog's editor and
/// which operators make sense).
enum class ValueType : std::uint8_t {
    Integer,   ///< unsigned or signed integer (pid, ppid, tid, port, ns.*, cgroup)
    Text,      ///< string (comm, exe, path, addr, container)
    User,      ///< user name or uid number
    Syscall,   ///< syscall name or number
    Result,    ///< integer or errno name (an errno name E stands for -E)
    Errno,     ///< errno name or number
    Duration,  ///< integer + unit ns/us/ms/s (a bare integer is nanoseconds)
    EventKind, ///< syscall | fork | exec | exit
};

/// One row of the field catalogue.
struct FieldInfo {
    Field field;
    std::string_view name;                      ///< canonical, as to_string writes it ("ns.pid")
    std::span<const std::string_view> aliases;  ///< also accepted by the parser ("uid" for user)
    ValueType type;
    std::span<const Op> ops;                    ///< operators the parser accepts for this field
    std::string_view description;               ///< one line, for tooltips and the dialog
};

/// Every field, in enum Field order.
std::span<const FieldInfo> fields();
/// The catalogue row of a field.
const FieldInfo& field_info(Field field);
/// A field by canonical name or alias, case-insensitive.
std::optional<Field> field_from_name(std::string_view name);
/// The canonical name ("ns.mnt").
std::string_view field_name(Field field);
/// `=`, `!=`, `<`, `<=`, `>`, `>=`, `~`, `matches`, `in`.
std::string_view op_text(Op op);
/// Whether the field accepts the operator.
bool field_allows(Field field, Op op);

}  // namespace proclens::filter
