// SPDX-License-Identifier: MIT
#include "activity_filter.h"

#include "proclens/event_format.h"
#include "proclens/filter/parser.h"
#include "proclens/filter/program.h"

#include <memory>

#include <sys/socket.h>

namespace proclens::gui {

namespace {
filter::EventKind kindOf(const StoredEvent& e)
{
    switch (e.kind) {
    case PL_EVENT_FORK: return filter::EventKind::Fork;
    case PL_EVENT_EXEC: return filter::EventKind::Exec;
    case PL_EVENT_EXIT: return filter::EventKind::Exit;
    default: return filter::EventKind::Syscall;
    }
}

// The parser reports byte offsets of the UTF-8 text; the line edit counts UTF-16 units.
int characterPosition(const QByteArray& utf8, std::size_t bytes)
{
    return int(QString::fromUtf8(utf8.left(qsizetype(std::min<std::size_t>(bytes, std::size_t(utf8.size()))))).size());
}
}  // namespace

void fillFilterRecord(const StoredEvent& e, filter::FilterRecord& r, std::string& scratch)
{
    r = filter::FilterRecord{};
    r.event = kindOf(e);
    r.pid = e.pid;
    r.set_tid(e.tid);
    if (e.comm)
        r.set_comm(*e.comm);
    // What the process table knew of the pid; a process event's own fields override it below.
    ProcessFacts facts;
    if (e.facts(facts)) {
        if (facts.ppid)
            r.set_ppid(facts.ppid);
        r.set_uid(facts.uid);
        if (facts.cgroupId)
            r.set_cgroup(facts.cgroupId);
        for (unsigned k = 0; k < PL_NS_COUNT; ++k)
            r.set_ns(k, facts.ns[k]);
        if (!facts.exe.empty())
            r.set_exe(facts.exe);
        if (!facts.container.empty())
            r.set_container(facts.container);
    }
    if (e.isSyscall()) {
        r.set_syscall(e.nr);
        r.set_result(e.result);
        r.set_duration_ns(e.latency_ns);
        if ((e.payload == PL_PAYLOAD_PATH || e.payload == PL_PAYLOAD_PATH2) && e.text1)
            r.add_path(*e.text1);
        if (e.payload == PL_PAYLOAD_PATH2 && e.text2)
            r.add_path(*e.text2);
        if (e.payload == PL_PAYLOAD_SOCKADDR && e.extra && e.extra->size() >= 2) {
            const auto* raw = reinterpret_cast<const std::uint8_t*>(e.extra->data());
            const std::uint16_t family = std::uint16_t(raw[0] | raw[1] << 8);
            const std::span<const std::uint8_t> bytes(raw + 2, e.extra->size() - 2);
            scratch = format_sockaddr(family, bytes);
            r.set_addr(scratch);
            if ((family == AF_INET || family == AF_INET6) && bytes.size() >= 4)
                r.set_port(std::uint16_t(bytes[2] << 8 | bytes[3]));
        }
        return;
    }
    r.set_ppid(e.ppid());
    r.set_uid(e.uid());
    r.set_cgroup(e.cgroupId());
    for (unsigned k = 0; k < PL_NS_COUNT; ++k)
        r.set_ns(k, e.ns(int(k)));
    if (e.kind == PL_EVENT_EXEC && e.text1)
        r.set_exe(*e.text1);
}

ActivityFilter compileActivityFilter(const QString& text)
{
    ActivityFilter out;
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), std::size_t(utf8.size()));
    filter::ParseResult parsed = filter::parse(view);
    if (!parsed) {
        out.error = QString::fromStdString(parsed.error().message);
        out.position = characterPosition(utf8, parsed.error().position);
        return out;
    }
    filter::CompileResult program = filter::compile(*parsed);
    if (!program) {
        out.error = QString::fromStdString(program.error().message);
        out.position = characterPosition(utf8, program.error().position);
        return out;
    }
    // One compiled program per predicate: a Program must not be shared between threads.
    auto expr = std::make_shared<const filter::Expr>(std::move(*parsed));
    out.factory = [expr]() -> EventPredicate {
        // The first compile succeeded, so this one does too (same expression).
        struct State {
            filter::Program program;
            filter::FilterRecord record;
            std::string scratch;
        };
        auto state = std::make_shared<State>(State{filter::compile(*expr).value(), {}, {}});
        return [state](const StoredEvent& e) {
            fillFilterRecord(e, state->record, state->scratch);
            return state->program.matches(state->record);
        };
    };
    return out;
}

}  // namespace proclens::gui
