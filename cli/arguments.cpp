// SPDX-License-Identifier: MIT
#include "arguments.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "bpf/events.h"
#include "proclens/filter/parser.h"
#include "proclens/filter/program.h"
#include "proclens/names.h"

#include <QCoreApplication>

namespace proclens::cli {
namespace {

constexpr std::size_t kMaxRingMiB = 4096;
constexpr std::size_t kMaxCommBytes = PL_TASK_COMM_LEN - 1;

Error bad(std::string message)
{
    return Error{std::move(message), 0};
}

/// The message (marked with QT_TRANSLATE_NOOP) in the user's language, %1… replaced by args (UTF-8).
Error bad(const char* message, std::initializer_list<std::string_view> args = {})
{
    QString text = QCoreApplication::translate("proclens-cli", message);
    for (std::string_view a : args)
        text = text.arg(QString::fromUtf8(a.data(), qsizetype(a.size())));
    return bad(text.toStdString());
}

std::optional<std::uint32_t> parse_u32(std::string_view text)
{
    std::uint32_t value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<double> parse_seconds(std::string_view text)
{
    double value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc{} || ptr != end || !std::isfinite(value) || value <= 0)
        return std::nullopt;
    return value;
}

/// Walks the arguments, splitting "--opt=value" and handing out option values.
class Cursor {
public:
    explicit Cursor(std::span<const std::string_view> args) : args_(args) {}

    bool done() const { return pos_ >= args_.size() && !inlineValue_; }

    /// The next option name ("--pid"), with any "=value" split off for value().
    std::string_view nextOption()
    {
        std::string_view arg = args_[pos_++];
        inlineValue_.reset();
        if (arg.starts_with("--")) {
            if (auto eq = arg.find('='); eq != std::string_view::npos) {
                inlineValue_ = arg.substr(eq + 1);
                return arg.substr(0, eq);
            }
        }
        return arg;
    }

    /// The value of the option just read; an Error when it has none.
    Result<std::string_view> value(std::string_view option)
    {
        if (inlineValue_) {
            auto v = *inlineValue_;
            inlineValue_.reset();
            return v;
        }
        if (pos_ >= args_.size())
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "%1 needs a value"), {option});
        return args_[pos_++];
    }

    /// An Error when an option that takes no value was given "=value".
    std::optional<Error> noValue(std::string_view option)
    {
        if (!inlineValue_)
            return std::nullopt;
        inlineValue_.reset();
        return bad(QT_TRANSLATE_NOOP("proclens-cli", "%1 takes no value"), {option});
    }

private:
    std::span<const std::string_view> args_;
    std::size_t pos_ = 0;
    std::optional<std::string_view> inlineValue_;
};

Result<std::uint32_t> id_value(std::string_view option, std::string_view text, std::string_view what)
{
    if (auto v = parse_u32(text))
        return *v;
    // what is a QT_TRANSLATE_NOOP literal ("a user id"), so data() is NUL-terminated.
    const std::string whatText = QCoreApplication::translate("proclens-cli", what.data()).toStdString();
    return bad(QT_TRANSLATE_NOOP("proclens-cli", "%1 needs %2 (a non-negative integer), got '%3'"),
               {option, whatText, text});
}

Result<std::uint32_t> syscall_value(std::string_view text)
{
    if (auto nr = parse_u32(text)) {
        if (*nr >= PL_MAX_SYSCALL_NR)
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "--syscall number %1 is out of range (0-%2)"),
                       {text, std::to_string(PL_MAX_SYSCALL_NR - 1)});
        return *nr;
    }
    if (auto nr = names::syscall_number(text); nr && *nr < PL_MAX_SYSCALL_NR)
        return *nr;
    return bad(QT_TRANSLATE_NOOP("proclens-cli", "--syscall: unknown x86_64 system call '%1'"), {text});
}

Result<output::Format> format_value(std::string_view text)
{
    if (auto f = output::parse_format(text))
        return *f;
    return bad(QT_TRANSLATE_NOOP("proclens-cli", "--format must be text, csv or jsonl, got '%1'"), {text});
}

// Applies one record option; returns an Error for a bad value or an unknown option.
std::optional<Error> record_option(std::string_view option, Cursor& cursor, RecordOptions& r)
{
    if (option == "--summary" || option == "--events" || option == "--follow") {
        if (auto e = cursor.noValue(option))
            return e;
        (option == "--summary" ? r.summary : option == "--events" ? r.events : r.filter.followChildren) = true;
        return std::nullopt;
    }
    static constexpr std::string_view kValueOptions[] = {"--pid",    "--exclude-pid", "--uid",       "--comm", "--syscall",
                                                         "--format", "--duration",    "--ring-size", "-o",     "--output",
                                                         "--filter"};
    if (std::find(std::begin(kValueOptions), std::end(kValueOptions), option) == std::end(kValueOptions))
        return bad(QT_TRANSLATE_NOOP("proclens-cli", "unknown option '%1' for record"), {option});
    auto text = cursor.value(option);
    if (!text)
        return text.error();
    if (option == "--pid" || option == "--exclude-pid" || option == "--uid") {
        auto id = id_value(option, *text, option == "--uid" ? QT_TRANSLATE_NOOP("proclens-cli", "a user id") : QT_TRANSLATE_NOOP("proclens-cli", "a process id"));
        if (!id)
            return id.error();
        (option == "--pid" ? r.filter.pids : option == "--uid" ? r.filter.uids : r.filter.excludePids).push_back(*id);
    } else if (option == "--comm") {
        if (text->empty() || text->size() > kMaxCommBytes)
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "--comm needs a command name of 1 to %1 bytes, got '%2'"),
                       {std::to_string(kMaxCommBytes), *text});
        r.filter.comms.emplace_back(*text);
    } else if (option == "--syscall") {
        auto nr = syscall_value(*text);
        if (!nr)
            return nr.error();
        r.filter.syscalls.push_back(*nr);
    } else if (option == "--filter") {
        if (r.filterExpr)
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "--filter given twice (join the expressions with \"and\")"));
        // Checked fully now (parse and compile), so a bad filter stops before anything starts.
        auto expr = filter::parse(*text);
        if (!expr)
            return bad("--filter: " + filter::format_error(*text, expr.error()));
        if (auto program = filter::compile(*expr); !program)
            return bad("--filter: " + filter::format_error(*text, program.error()));
        r.filterExpr = std::move(*expr);
    } else if (option == "--format") {
        auto f = format_value(*text);
        if (!f)
            return f.error();
        r.format = *f;
    } else if (option == "--duration") {
        auto s = parse_seconds(*text);
        if (!s)
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "--duration needs a positive number of seconds, got '%1'"), {*text});
        r.durationSeconds = *s;
    } else if (option == "--ring-size") {
        auto mib = parse_u32(*text);
        if (!mib || *mib == 0 || *mib > kMaxRingMiB)
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "--ring-size needs a size in MiB from 1 to %1, got '%2'"),
                       {std::to_string(kMaxRingMiB), *text});
        r.ringMiB = *mib;
    } else {
        if (text->empty())
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "%1 needs a file name"), {option});
        r.outputPath = std::string(*text);
    }
    return std::nullopt;
}

std::optional<Error> ps_option(std::string_view option, Cursor& cursor, PsOptions& p)
{
    if (option == "--tree") {
        if (auto e = cursor.noValue(option))
            return e;
        p.tree = true;
        return std::nullopt;
    }
    if (option == "--format") {
        auto text = cursor.value(option);
        if (!text)
            return text.error();
        auto f = format_value(*text);
        if (!f)
            return f.error();
        p.format = *f;
        return std::nullopt;
    }
    return bad(QT_TRANSLATE_NOOP("proclens-cli", "unknown option '%1' for ps"), {option});
}

}  // namespace

Result<Arguments> parse_arguments(std::span<const std::string_view> args)
{
    Arguments out;
    std::size_t first = 0;
    // Global options before the command.
    while (first < args.size() && args[first].starts_with("-")) {
        if (args[first] == "-h" || args[first] == "--help")
            return out;
        if (args[first] == "--direct")
            out.direct = true;
        else if (args[first] == "-v" || args[first] == "--verbose")
            out.verbose = true;
        else
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "unknown option '%1' (options go after the command)"), {args[first]});
        ++first;
    }
    if (first >= args.size())
        return bad(QT_TRANSLATE_NOOP("proclens-cli", "no command given"));

    const std::string_view command = args[first];
    if (command == "help")
        return out;
    if (command == "record")
        out.command = Command::Record;
    else if (command == "ps")
        out.command = Command::Ps;
    else if (command == "status")
        out.command = Command::Status;
    else
        return bad(QT_TRANSLATE_NOOP("proclens-cli", "unknown command '%1'"), {command});

    Cursor cursor(args.subspan(first + 1));
    while (!cursor.done()) {
        const std::string_view option = cursor.nextOption();
        if (option == "-h" || option == "--help") {
            out.command = Command::Help;
            return out;
        }
        if (option == "-v" || option == "--verbose") {
            out.verbose = true;
            continue;
        }
        if (option == "--direct") {
            if (auto e = cursor.noValue(option))
                return *e;
            out.direct = true;
            continue;
        }
        std::optional<Error> error;
        switch (out.command) {
        case Command::Record: error = record_option(option, cursor, out.record); break;
        case Command::Ps: error = ps_option(option, cursor, out.ps); break;
        default: error = bad(QT_TRANSLATE_NOOP("proclens-cli", "status takes no option, got '%1'"), {option}); break;
        }
        if (error)
            return *error;
    }

    out.ps.direct = out.direct;
    if (out.command == Command::Record) {
        auto& r = out.record;
        if (r.filter.followChildren && r.filter.pids.empty())
            return bad(QT_TRANSLATE_NOOP("proclens-cli", "--follow needs at least one --pid"));
        if (!r.events)
            r.summary = true;
    }
    return out;
}

std::string usage()
{
    // One message, so translators see the whole text; option names stay as they are.
    return QCoreApplication::translate("proclens-cli",
        "usage: proclens-cli [-v] [--direct] COMMAND [OPTIONS]\n"
        "\n"
        "record, ps and status go through proclens-helper: over the system bus when its\n"
        "service is installed, else a private helper started directly (root) or through\n"
        "pkexec (pkttyagent asks for the password on this terminal). --direct (any\n"
        "command) captures in this process instead, which needs root.\n"
        "\n"
        "Commands:\n"
        "  record    capture process events and system calls (needs root)\n"
        "  ps        print the processes with their namespaces and container\n"
        "  status    print the kernel, capture mode and programs the engine attaches (needs root)\n"
        "  help      print this text\n"
        "\n"
        "record options:\n"
        "  --summary             per-process per-syscall table (default without --events);\n"
        "                        printed at the end, and every second with --format text\n"
        "  --events              every finished system call as an event row\n"
        "  --pid P               only process P (repeatable)\n"
        "  --exclude-pid P       never process P (repeatable)\n"
        "  --follow              children of --pid processes are included too\n"
        "  --uid U               only processes of user id U (repeatable)\n"
        "  --comm C              only processes named C (repeatable)\n"
        "  --syscall NAME|NR     only this system call (repeatable)\n"
        "  --filter EXPR         only events matching EXPR, e.g. 'path ~ \"/etc\" and result != 0'\n"
        "                        (fields: pid ppid tid comm exe user syscall result errno retval\n"
        "                        path addr port container ns.* cgroup duration event); the part\n"
        "                        the kernel can apply is sent with the capture filter\n"
        "  --format F            text (default), csv (RFC 4180, header row) or jsonl\n"
        "  --duration S          stop after S seconds (default: at Ctrl-C or SIGTERM)\n"
        "  --ring-size MiB       ring buffer size with --direct (default 64; the helper sizes its own)\n"
        "  -o, --output FILE     write to FILE instead of standard output\n"
        "\n"
        "ps options:\n"
        "  --tree                tree order (text: indented names; csv/jsonl: a depth column)\n"
        "  --format F            text (default), csv or jsonl\n")
        .toStdString();
}

}  // namespace proclens::cli
