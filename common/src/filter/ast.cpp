// SPDX-License-Identifier: MIT
// Filter AST: builders, structural equality, the field catalogue.
#include "proclens/filter/ast.h"

#include "values.h"

#include <array>
#include <cctype>

namespace proclens::filter {

namespace {

bool same(const std::shared_ptr<const Expr>& a, const std::shared_ptr<const Expr>& b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return *a == *b;
}

constexpr Op kIntegerOps[] = {Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::In};
constexpr Op kTextOps[] = {Op::Eq, Op::Ne, Op::Contains, Op::Matches, Op::In};
constexpr Op kNameOps[] = {Op::Eq, Op::Ne, Op::In};

constexpr std::string_view kNoAliases[] = {""};
constexpr std::string_view kPpidAliases[] = {"parent"};
constexpr std::string_view kCommAliases[] = {"name"};
constexpr std::string_view kUserAliases[] = {"uid"};
constexpr std::string_view kSyscallAliases[] = {"sys", "nr"};
constexpr std::string_view kRetvalAliases[] = {"ret"};
constexpr std::string_view kAddrAliases[] = {"address"};
constexpr std::string_view kCgroupAliases[] = {"cgroup.id"};
constexpr std::string_view kDurationAliases[] = {"latency", "dur"};
constexpr std::string_view kEventAliases[] = {"type", "kind"};

constexpr std::span<const std::string_view> none() { return std::span<const std::string_view>(kNoAliases, 0); }

const std::array<FieldInfo, kFieldCount> kFields = {{
    {Field::Pid, "pid", none(), ValueType::Integer, kIntegerOps, "process id (thread group id)"},
    {Field::Ppid, "ppid", kPpidAliases, ValueType::Integer, kIntegerOps, "parent process id"},
    {Field::Tid, "tid", none(), ValueType::Integer, kIntegerOps, "thread id"},
    {Field::Comm, "comm", kCommAliases, ValueType::Text, kTextOps, "task name (at most 15 bytes)"},
    {Field::Exe, "exe", none(), ValueType::Text, kTextOps, "executable path"},
    {Field::User, "user", kUserAliases, ValueType::User, kIntegerOps, "real user: a name or a uid"},
    {Field::Syscall, "syscall", kSyscallAliases, ValueType::Syscall, kIntegerOps, "system call name or number"},
    {Field::Result, "result", none(), ValueType::Result, kIntegerOps,
     "syscall outcome: 0 on success, -errno on failure (ENOENT means -2)"},
    {Field::Errno, "errno", none(), ValueType::Errno, kIntegerOps, "errno of a failed syscall (0 on success)"},
    {Field::Path, "path", none(), ValueType::Text, kTextOps, "a path argument (either one of rename and link)"},
    {Field::Addr, "addr", kAddrAliases, ValueType::Text, kTextOps, "socket address as text (127.0.0.1:80)"},
    {Field::Port, "port", none(), ValueType::Integer, kIntegerOps, "IPv4/IPv6 port of the socket address"},
    {Field::Container, "container", none(), ValueType::Text, kTextOps, "container id (empty outside containers)"},
    {Field::NsPid, "ns.pid", none(), ValueType::Integer, kIntegerOps, "pid namespace inode"},
    {Field::NsMnt, "ns.mnt", none(), ValueType::Integer, kIntegerOps, "mount namespace inode"},
    {Field::NsNet, "ns.net", none(), ValueType::Integer, kIntegerOps, "network namespace inode"},
    {Field::NsUts, "ns.uts", none(), ValueType::Integer, kIntegerOps, "UTS namespace inode"},
    {Field::NsIpc, "ns.ipc", none(), ValueType::Integer, kIntegerOps, "IPC namespace inode"},
    {Field::NsUser, "ns.user", none(), ValueType::Integer, kIntegerOps, "user namespace inode"},
    {Field::NsCgroup, "ns.cgroup", none(), ValueType::Integer, kIntegerOps, "cgroup namespace inode"},
    {Field::NsTime, "ns.time", none(), ValueType::Integer, kIntegerOps, "time namespace inode"},
    {Field::Cgroup, "cgroup", kCgroupAliases, ValueType::Integer, kIntegerOps, "cgroup v2 id"},
    {Field::Duration, "duration", kDurationAliases, ValueType::Duration, kIntegerOps,
     "syscall latency, with a unit: 10ms, 250us, 1.5s"},
    {Field::Event, "event", kEventAliases, ValueType::EventKind, kNameOps, "event kind: syscall, fork, exec, exit"},
    {Field::Retval, "retval", kRetvalAliases, ValueType::Result, kIntegerOps,
     "raw syscall return value (fd, byte count, or -errno)"},
}};

}  // namespace

bool And::operator==(const And& o) const { return same(lhs, o.lhs) && same(rhs, o.rhs); }
bool Or::operator==(const Or& o) const { return same(lhs, o.lhs) && same(rhs, o.rhs); }
bool Not::operator==(const Not& o) const { return same(operand, o.operand); }

Expr make_compare(Field field, Op op, std::vector<Value> values)
{
    return Compare{field, op, std::move(values), 0};
}

Expr make_and(Expr lhs, Expr rhs)
{
    return And{std::make_shared<const Expr>(std::move(lhs)), std::make_shared<const Expr>(std::move(rhs))};
}

Expr make_or(Expr lhs, Expr rhs)
{
    return Or{std::make_shared<const Expr>(std::move(lhs)), std::make_shared<const Expr>(std::move(rhs))};
}

Expr make_not(Expr operand) { return Not{std::make_shared<const Expr>(std::move(operand))}; }

std::span<const FieldInfo> fields() { return kFields; }

const FieldInfo& field_info(Field field) { return kFields[static_cast<std::size_t>(field)]; }

std::optional<Field> field_from_name(std::string_view name)
{
    for (const FieldInfo& info : kFields) {
        if (detail::iequals(info.name, name))
            return info.field;
        for (std::string_view alias : info.aliases)
            if (detail::iequals(alias, name))
                return info.field;
    }
    return std::nullopt;
}

std::string_view field_name(Field field) { return field_info(field).name; }

std::string_view op_text(Op op)
{
    switch (op) {
    case Op::Eq: return "=";
    case Op::Ne: return "!=";
    case Op::Lt: return "<";
    case Op::Le: return "<=";
    case Op::Gt: return ">";
    case Op::Ge: return ">=";
    case Op::Contains: return "~";
    case Op::Matches: return "matches";
    case Op::In: return "in";
    }
    return "?";
}

bool field_allows(Field field, Op op)
{
    for (Op allowed : field_info(field).ops)
        if (allowed == op)
            return true;
    return false;
}

}  // namespace proclens::filter
