// SPDX-License-Identifier: MIT
// Name lookups over the generated syscall/errno tables and the fixed
// signal, open-flag and address-family tables.
#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "names_generated.h"
#include "proclens/names.h"

namespace proclens::names {

namespace {

using generated::kErrnoAliasCount;
using generated::kErrnoAliases;
using generated::kErrnoCount;
using generated::kErrnos;
using generated::kSyscallCount;
using generated::kSyscalls;

struct SyscallIndex {
    std::vector<std::string_view> by_nr;
    std::unordered_map<std::string_view, std::uint32_t> by_name;
    std::vector<NameEntry> sorted;
};

const SyscallIndex& syscall_index()
{
    static const SyscallIndex index = [] {
        SyscallIndex ix;
        ix.sorted.assign(kSyscalls, kSyscalls + kSyscallCount);
        std::sort(ix.sorted.begin(), ix.sorted.end(),
                  [](const NameEntry& a, const NameEntry& b) { return a.number < b.number; });
        ix.by_nr.resize(static_cast<std::size_t>(ix.sorted.back().number) + 1);
        for (const NameEntry& e : ix.sorted) {
            ix.by_nr[static_cast<std::size_t>(e.number)] = e.name;
            ix.by_name.emplace(e.name, static_cast<std::uint32_t>(e.number));
        }
        return ix;
    }();
    return index;
}

struct ErrnoIndex {
    std::vector<const generated::ErrnoEntry*> by_number;  // first name per number
    std::unordered_map<std::string_view, int> by_name;
    std::vector<NameEntry> sorted;
};

const ErrnoIndex& errno_index()
{
    static const ErrnoIndex index = [] {
        ErrnoIndex ix;
        int max = 0;
        for (std::size_t i = 0; i < kErrnoCount; ++i)
            max = std::max(max, kErrnos[i].number);
        ix.by_number.assign(static_cast<std::size_t>(max) + 1, nullptr);
        for (std::size_t i = 0; i < kErrnoCount; ++i) {
            const auto& e = kErrnos[i];
            if (!ix.by_number[static_cast<std::size_t>(e.number)]) {
                ix.by_number[static_cast<std::size_t>(e.number)] = &e;
                ix.sorted.push_back({e.number, e.name});
            }
            ix.by_name.emplace(e.name, e.number);
        }
        for (std::size_t i = 0; i < kErrnoAliasCount; ++i) {
            auto it = ix.by_name.find(kErrnoAliases[i].target);
            if (it != ix.by_name.end())
                ix.by_name.emplace(kErrnoAliases[i].alias, it->second);
        }
        std::sort(ix.sorted.begin(), ix.sorted.end(),
                  [](const NameEntry& a, const NameEntry& b) { return a.number < b.number; });
        return ix;
    }();
    return index;
}

// Linux x86_64 signal numbers 1..31.
constexpr std::array<std::string_view, 32> kSignals = {
    "",        "SIGHUP",  "SIGINT",    "SIGQUIT", "SIGILL",    "SIGTRAP", "SIGABRT", "SIGBUS",
    "SIGFPE",  "SIGKILL", "SIGUSR1",   "SIGSEGV", "SIGUSR2",   "SIGPIPE", "SIGALRM", "SIGTERM",
    "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP",   "SIGTTIN", "SIGTTOU", "SIGURG",
    "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",  "SIGIO",   "SIGPWR",  "SIGSYS",
};
constexpr int kSigRtMin = 32;  // the kernel's; glibc reserves 32 and 33 for itself
constexpr int kSigRtMax = 64;

struct FlagName {
    std::uint64_t bits;
    std::string_view name;
};

// Kernel values for x86_64 (glibc defines O_LARGEFILE as 0 there, so not <fcntl.h>).
constexpr FlagName kOpenFlags[] = {
    {0100, "O_CREAT"},        {0200, "O_EXCL"},         {0400, "O_NOCTTY"},      {01000, "O_TRUNC"},
    {02000, "O_APPEND"},      {04000, "O_NONBLOCK"},    {04010000, "O_SYNC"},    {010000, "O_DSYNC"},
    {020000, "O_ASYNC"},      {040000, "O_DIRECT"},     {0100000, "O_LARGEFILE"}, {020200000, "O_TMPFILE"},
    {0200000, "O_DIRECTORY"}, {0400000, "O_NOFOLLOW"},  {01000000, "O_NOATIME"}, {02000000, "O_CLOEXEC"},
    {010000000, "O_PATH"},
};

struct FamilyName {
    int family;
    std::string_view name;
};

constexpr FamilyName kFamilies[] = {
    {AF_UNSPEC, "AF_UNSPEC"},     {AF_UNIX, "AF_UNIX"},         {AF_INET, "AF_INET"},
    {AF_AX25, "AF_AX25"},         {AF_IPX, "AF_IPX"},           {AF_APPLETALK, "AF_APPLETALK"},
    {AF_NETROM, "AF_NETROM"},     {AF_BRIDGE, "AF_BRIDGE"},     {AF_ATMPVC, "AF_ATMPVC"},
    {AF_X25, "AF_X25"},           {AF_INET6, "AF_INET6"},       {AF_ROSE, "AF_ROSE"},
    {AF_DECnet, "AF_DECnet"},     {AF_NETBEUI, "AF_NETBEUI"},   {AF_SECURITY, "AF_SECURITY"},
    {AF_KEY, "AF_KEY"},           {AF_NETLINK, "AF_NETLINK"},   {AF_PACKET, "AF_PACKET"},
    {AF_ASH, "AF_ASH"},           {AF_ECONET, "AF_ECONET"},     {AF_ATMSVC, "AF_ATMSVC"},
    {AF_RDS, "AF_RDS"},           {AF_SNA, "AF_SNA"},           {AF_IRDA, "AF_IRDA"},
    {AF_PPPOX, "AF_PPPOX"},       {AF_WANPIPE, "AF_WANPIPE"},   {AF_LLC, "AF_LLC"},
    {AF_IB, "AF_IB"},             {AF_MPLS, "AF_MPLS"},         {AF_CAN, "AF_CAN"},
    {AF_TIPC, "AF_TIPC"},         {AF_BLUETOOTH, "AF_BLUETOOTH"}, {AF_IUCV, "AF_IUCV"},
    {AF_RXRPC, "AF_RXRPC"},       {AF_ISDN, "AF_ISDN"},         {AF_PHONET, "AF_PHONET"},
    {AF_IEEE802154, "AF_IEEE802154"}, {AF_CAIF, "AF_CAIF"},     {AF_ALG, "AF_ALG"},
    {AF_NFC, "AF_NFC"},           {AF_VSOCK, "AF_VSOCK"},       {AF_KCM, "AF_KCM"},
    {AF_QIPCRTR, "AF_QIPCRTR"},   {AF_SMC, "AF_SMC"},           {AF_XDP, "AF_XDP"},
};

}  // namespace

std::string_view syscall_name(std::uint32_t nr)
{
    const auto& ix = syscall_index();
    return nr < ix.by_nr.size() ? ix.by_nr[nr] : std::string_view{};
}

std::optional<std::uint32_t> syscall_number(std::string_view name)
{
    const auto& ix = syscall_index();
    auto it = ix.by_name.find(name);
    if (it == ix.by_name.end())
        return std::nullopt;
    return it->second;
}

std::span<const NameEntry> syscalls() { return syscall_index().sorted; }

std::string_view errno_name(int err)
{
    const auto& ix = errno_index();
    if (err <= 0 || static_cast<std::size_t>(err) >= ix.by_number.size() || !ix.by_number[static_cast<std::size_t>(err)])
        return {};
    return ix.by_number[static_cast<std::size_t>(err)]->name;
}

std::optional<int> errno_number(std::string_view name)
{
    const auto& ix = errno_index();
    auto it = ix.by_name.find(name);
    if (it == ix.by_name.end())
        return std::nullopt;
    return it->second;
}

std::string_view errno_text(int err)
{
    const auto& ix = errno_index();
    if (err <= 0 || static_cast<std::size_t>(err) >= ix.by_number.size() || !ix.by_number[static_cast<std::size_t>(err)])
        return {};
    return ix.by_number[static_cast<std::size_t>(err)]->text;
}

std::span<const NameEntry> errnos() { return errno_index().sorted; }

std::string signal_name(int sig)
{
    if (sig > 0 && sig < static_cast<int>(kSignals.size()))
        return std::string(kSignals[static_cast<std::size_t>(sig)]);
    if (sig == kSigRtMin)
        return "SIGRTMIN";
    if (sig == kSigRtMax)
        return "SIGRTMAX";
    if (sig > kSigRtMin && sig < kSigRtMax)
        return "SIGRTMIN+" + std::to_string(sig - kSigRtMin);
    return {};
}

std::optional<int> signal_number(std::string_view name)
{
    std::string_view n = name;
    if (n.substr(0, 3) != "SIG")
        return signal_number("SIG" + std::string(name));
    for (std::size_t i = 1; i < kSignals.size(); ++i)
        if (kSignals[i] == n)
            return static_cast<int>(i);
    if (n == "SIGPOLL")
        return 29;
    if (n == "SIGIOT")
        return 6;
    if (n == "SIGRTMIN")
        return kSigRtMin;
    if (n == "SIGRTMAX")
        return kSigRtMax;
    const std::string_view rt = "SIGRTMIN+";
    if (n.substr(0, rt.size()) == rt) {
        int off = 0;
        const char* first = n.data() + rt.size();
        const char* last = n.data() + n.size();
        auto [ptr, ec] = std::from_chars(first, last, off);
        if (ec == std::errc() && ptr == last && first != last && off > 0 && kSigRtMin + off < kSigRtMax)
            return kSigRtMin + off;
    }
    return std::nullopt;
}

std::string open_flags_to_string(std::uint64_t flags)
{
    std::string out;
    switch (flags & 03) {
    case 0: out = "O_RDONLY"; break;
    case 1: out = "O_WRONLY"; break;
    case 2: out = "O_RDWR"; break;
    default: out = "O_ACCMODE"; break;
    }
    std::uint64_t rest = flags & ~std::uint64_t{03};
    for (const FlagName& f : kOpenFlags) {
        if ((rest & f.bits) == f.bits) {
            out += '|';
            out += f.name;
            rest &= ~f.bits;
        }
    }
    if (rest) {
        char hex[24];
        std::snprintf(hex, sizeof hex, "|0x%llx", static_cast<unsigned long long>(rest));
        out += hex;
    }
    return out;
}

std::string_view address_family_name(int family)
{
    for (const FamilyName& f : kFamilies)
        if (f.family == family)
            return f.name;
    return {};
}

}  // namespace proclens::names
