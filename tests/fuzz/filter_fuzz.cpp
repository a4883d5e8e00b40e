// SPDX-License-Identifier: MIT
// libFuzzer target of the filter language: parse, round trip, compile, split, evaluate.
// Aborts (a finding) when parse(to_string(e)) != e or the canonical text is not a fixed point.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "proclens/filter/capture_split.h"
#include "proclens/filter/parser.h"
#include "proclens/filter/program.h"

using namespace proclens::filter;

namespace {

[[noreturn]] void fail(const char* what, const std::string& text)
{
    std::fprintf(stderr, "filter_fuzz: %s: [%s]\n", what, text.c_str());
    std::abort();
}

// Two fixed records: a failed openat with everything known, and a fork with little known.
FilterRecord syscall_record()
{
    FilterRecord r;
    r.pid = 100;
    r.set_tid(101);
    r.set_ppid(1);
    r.set_uid(1000);
    r.set_comm("cat");
    r.set_exe("/usr/bin/cat");
    r.set_syscall(257);
    r.set_result(-2);
    r.set_duration_ns(15000);
    r.add_path("/etc/known");
    r.add_path("/tmp/x y");
    r.set_addr("127.0.0.1:80");
    r.set_port(80);
    r.set_container("abc");
    r.set_cgroup(9);
    for (unsigned k = 0; k < 8; ++k)
        r.set_ns(k, 4026531835u + k);
    return r;
}

FilterRecord fork_record()
{
    FilterRecord r;
    r.event = EventKind::Fork;
    r.pid = 5;
    r.set_comm("");
    return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = parse(text);
    if (!parsed) {
        if (parsed.error().position > size)
            fail("error position past the end", std::string(text));
        (void)format_error(text, parsed.error());
        return 0;
    }
    const std::string canonical = to_string(*parsed);
    auto again = parse(canonical);
    if (!again)
        fail("canonical text does not parse", canonical);
    if (!(*again == *parsed))
        fail("round trip changed the tree", canonical);
    if (to_string(*again) != canonical)
        fail("canonical text is not a fixed point", canonical);

    static const FilterRecord records[] = {syscall_record(), fork_record()};
    auto program = compile(*parsed);
    if (program) {
        for (const FilterRecord& r : records)
            (void)program->matches(r);
    }
    const CaptureSplit split = split_for_capture(*parsed);
    if (split.exact == split.rest.has_value())
        fail("exact and rest disagree", canonical);
    if (split.rest) {
        auto rest = compile(*split.rest);
        // The rest is made of terms of a tree that compiled, so it compiles too.
        if (program && !rest)
            fail("rest does not compile", canonical);
    }
    return 0;
}
