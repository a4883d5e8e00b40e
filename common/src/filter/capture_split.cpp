// SPDX-License-Identifier: MIT
// Kernel/user-space split of a filter: top-level conjunction terms the BPF maps can apply.
#include "proclens/filter/capture_split.h"

#include <algorithm>
#include <iterator>
#include <limits>

#include "proclens/names.h"
#include "users.h"

namespace proclens::filter {

namespace {

constexpr std::size_t kCommMax = 15;     // PL_TASK_COMM_LEN - 1
constexpr std::int64_t kSyscallMax = 512;  // PL_MAX_SYSCALL_NR
constexpr std::int64_t kPidMax = 4194304;  // PID_MAX_LIMIT; the helper accepts pids 1..this
constexpr std::size_t kMaxEntries = 1024;  // api::kMaxFilterEntries: the helper's bound per list

void flatten(const Expr& e, std::vector<Expr>& out)
{
    if (const auto* a = e.as<And>()) {
        flatten(*a->lhs, out);
        flatten(*a->rhs, out);
        return;
    }
    out.push_back(e);
}

// Leaves of a tree of `or`s; false if anything else is in it.
bool or_leaves(const Expr& e, std::vector<const Compare*>& out)
{
    if (const auto* o = e.as<Or>())
        return or_leaves(*o->lhs, out) && or_leaves(*o->rhs, out);
    if (const auto* c = e.as<Compare>()) {
        out.push_back(c);
        return true;
    }
    return false;
}

std::optional<std::uint32_t> as_u32(std::int64_t n)
{
    if (n < 0 || n > std::numeric_limits<std::uint32_t>::max())
        return std::nullopt;
    return static_cast<std::uint32_t>(n);
}

// The values of one `field = v` / `field in (...)` leaf as kernel keys; nullopt if any is not expressible.
template <class T>
using Keys = std::optional<std::vector<T>>;

Keys<std::uint32_t> u32_keys(const Compare& c, bool (*convert)(const Value&, std::uint32_t&))
{
    if (c.op != Op::Eq && c.op != Op::In)
        return std::nullopt;
    std::vector<std::uint32_t> out;
    for (const Value& v : c.values) {
        std::uint32_t k = 0;
        if (!convert(v, k))
            return std::nullopt;
        out.push_back(k);
    }
    return out;
}

bool integer_u32(const Value& v, std::uint32_t& out)
{
    if (v.kind != ValueKind::Integer)
        return false;
    auto n = as_u32(v.number);
    if (n)
        out = *n;
    return n.has_value();
}

bool pid_value(const Value& v, std::uint32_t& out)
{
    if (v.kind != ValueKind::Integer || v.number < 1 || v.number > kPidMax)
        return false;
    out = static_cast<std::uint32_t>(v.number);
    return true;
}

bool user_uid(const Value& v, std::uint32_t& out)
{
    if (v.kind == ValueKind::Integer)
        return integer_u32(v, out);
    if (v.kind != ValueKind::Text)
        return false;
    auto uid = detail::lookup_uid(v.text);
    if (uid)
        out = *uid;
    return uid.has_value();
}

bool syscall_nr(const Value& v, std::uint32_t& out)
{
    if (v.kind == ValueKind::Integer) {
        if (v.number < 0 || v.number >= kSyscallMax)
            return false;
        out = static_cast<std::uint32_t>(v.number);
        return true;
    }
    if (v.kind != ValueKind::Text)
        return false;
    auto nr = names::syscall_number(v.text);
    if (!nr || *nr >= kSyscallMax)
        return false;
    out = *nr;
    return true;
}

Keys<std::string> comm_keys(const Compare& c)
{
    if (c.op != Op::Eq && c.op != Op::In)
        return std::nullopt;
    std::vector<std::string> out;
    for (const Value& v : c.values) {
        if (v.kind != ValueKind::Text || v.text.empty() || v.text.size() > kCommMax ||
            v.text.find('\0') != std::string::npos)
            return std::nullopt;
        out.push_back(v.text);
    }
    return out;
}

Keys<std::uint64_t> cgroup_keys(const Compare& c)
{
    if (c.op != Op::Eq && c.op != Op::In)
        return std::nullopt;
    std::vector<std::uint64_t> out;
    for (const Value& v : c.values) {
        if (v.kind != ValueKind::Integer || v.number < 0)
            return std::nullopt;
        out.push_back(static_cast<std::uint64_t>(v.number));
    }
    return out;
}

template <class T>
void append(std::vector<T>& to, const std::vector<T>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

// Keys of an `or` of `=`/`in` leaves all on `field`, or of a single leaf.
template <class T, class F>
Keys<T> union_keys(const Expr& e, Field field, F keys_of)
{
    std::vector<const Compare*> leaves;
    if (!or_leaves(e, leaves))
        return std::nullopt;
    std::vector<T> out;
    for (const Compare* c : leaves) {
        if (c->field != field)
            return std::nullopt;
        auto k = keys_of(*c);
        if (!k)
            return std::nullopt;
        append(out, *k);
    }
    if (out.empty() || out.size() > kMaxEntries)
        return std::nullopt;  // an empty kernel set means "no restriction", not "nothing"
    return out;
}

template <class T>
void sort_unique(std::vector<T>& v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

// The single field an `or` tree (or a leaf) tests, if it tests only one.
std::optional<Field> only_field(const Expr& e)
{
    std::vector<const Compare*> leaves;
    if (!or_leaves(e, leaves) || leaves.empty())
        return std::nullopt;
    for (const Compare* c : leaves)
        if (c->field != leaves.front()->field)
            return std::nullopt;
    return leaves.front()->field;
}

}  // namespace

CaptureSplit split_for_capture(const Expr& expr)
{
    CaptureSplit s;
    std::vector<Expr> terms;
    flatten(expr, terms);
    std::vector<Expr> rest;
    bool have_pids = false, have_uids = false, have_comms = false, have_syscalls = false, have_cgroups = false;

    auto pid_keys = [](const Compare& c) { return u32_keys(c, pid_value); };
    auto uid_keys = [](const Compare& c) { return u32_keys(c, user_uid); };
    auto sys_keys = [](const Compare& c) { return u32_keys(c, syscall_nr); };

    for (const Expr& term : terms) {
        bool handled = false;
        if (const auto* n = term.as<Not>()) {
            // not (pid = a or pid in (b, c)) -> exclude a, b, c
            if (only_field(*n->operand) == Field::Pid) {
                if (auto k = union_keys<std::uint32_t>(*n->operand, Field::Pid, pid_keys)) {
                    append(s.excludePids, *k);
                    handled = true;
                }
            }
        } else if (const auto* c = term.as<Compare>(); c && c->field == Field::Pid && c->op == Op::Ne) {
            std::uint32_t pid = 0;
            if (pid_value(c->values.front(), pid)) {
                s.excludePids.push_back(pid);
                handled = true;
            }
        } else if (auto field = only_field(term)) {
            const bool ns_field = *field >= Field::NsPid && *field <= Field::NsTime;
            switch (*field) {
            case Field::Pid:
                if (!have_pids)
                    if (auto k = union_keys<std::uint32_t>(term, *field, pid_keys)) {
                        s.pids = *k;
                        have_pids = handled = true;
                    }
                break;
            case Field::User:
                if (!have_uids)
                    if (auto k = union_keys<std::uint32_t>(term, *field, uid_keys)) {
                        s.uids = *k;
                        have_uids = handled = true;
                    }
                break;
            case Field::Comm:
                if (!have_comms)
                    if (auto k = union_keys<std::string>(term, *field, comm_keys)) {
                        s.comms = *k;
                        have_comms = handled = true;
                    }
                break;
            case Field::Syscall:
                if (!have_syscalls)
                    if (auto k = union_keys<std::uint32_t>(term, *field, sys_keys)) {
                        s.syscalls = *k;
                        have_syscalls = true;
                        // The kernel applies it to syscall events only: user space re-checks it.
                        handled = false;
                    }
                break;
            case Field::Cgroup:
                if (!have_cgroups)
                    if (auto k = union_keys<std::uint64_t>(term, *field, cgroup_keys)) {
                        s.cgroupIds = *k;
                        have_cgroups = handled = true;
                    }
                break;
            default:
                if (ns_field && !s.hasNamespace) {
                    const auto* c = term.as<Compare>();
                    std::uint32_t inode = 0;
                    if (c && c->op == Op::Eq && integer_u32(c->values.front(), inode) && inode != 0) {
                        s.hasNamespace = true;
                        s.nsKind = static_cast<std::uint32_t>(*field) - static_cast<std::uint32_t>(Field::NsPid);
                        s.nsInode = inode;
                        handled = true;
                    }
                }
                break;
            }
        }
        if (!handled)
            rest.push_back(term);
    }
    sort_unique(s.pids);
    sort_unique(s.excludePids);
    sort_unique(s.uids);
    sort_unique(s.comms);
    sort_unique(s.syscalls);
    sort_unique(s.cgroupIds);

    std::vector<std::uint32_t> both;
    std::set_intersection(s.pids.begin(), s.pids.end(), s.excludePids.begin(), s.excludePids.end(),
                          std::back_inserter(both));
    if (!both.empty()) {
        // The kernel keeps one mark per pid: keep the include, let user space apply everything.
        std::vector<std::uint32_t> kept;
        std::set_difference(s.excludePids.begin(), s.excludePids.end(), both.begin(), both.end(),
                            std::back_inserter(kept));
        s.excludePids = std::move(kept);
        s.rest = expr;
        return s;
    }
    if (rest.empty()) {
        s.exact = true;
    } else {
        Expr acc = rest.front();
        for (std::size_t i = 1; i < rest.size(); ++i)
            acc = make_and(std::move(acc), rest[i]);
        s.rest = std::move(acc);
    }
    return s;
}

}  // namespace proclens::filter
