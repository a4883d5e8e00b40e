// SPDX-License-Identifier: MIT
#include "options.h"

#include "ring_generator.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <string_view>

namespace proclens::bench {
namespace {

int usage(const char* why)
{
    std::fprintf(stderr,
                 "ring_rate: %s\n"
                 "usage: ring_rate [--rates M,M,...] [--seconds S] [--rounds N] [--chunk RECORDS] [--ring-mb MiB]\n"
                 "  rates in million records/s (default 1,2,2.5,3,4,6); 5 s per rate; 3 rounds;\n"
                 "  2000 records per generator run; 64 MiB ring\n",
                 why);
    return 2;
}

template <typename T> bool parseNumber(std::string_view text, T& out)
{
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size();
}

} // namespace

std::optional<Options> parseOptions(int argc, char** argv, int& status)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            status = usage("measures the events level's drops at chosen record rates");
            return std::nullopt;
        }
        if (i + 1 >= argc) {
            status = usage("every option needs a value");
            return std::nullopt;
        }
        const std::string_view value = argv[++i];
        bool ok = true;
        if (arg == "--rates") {
            o.rates.clear();
            for (std::size_t pos = 0; ok && pos <= value.size();) {
                const std::size_t comma = std::min(value.find(',', pos), value.size());
                double r = 0;
                ok = parseNumber(value.substr(pos, comma - pos), r) && r > 0 && r <= 100;
                o.rates.push_back(r);
                pos = comma + 1;
            }
        } else if (arg == "--seconds") {
            ok = parseNumber(value, o.seconds) && o.seconds >= 0.1 && o.seconds <= 3600;
        } else if (arg == "--rounds") {
            ok = parseNumber(value, o.rounds) && o.rounds >= 1 && o.rounds <= 1000;
        } else if (arg == "--chunk") {
            ok = parseNumber(value, o.chunk) && o.chunk >= 1 && o.chunk <= RING_GEN_MAX_RUN;
        } else if (arg == "--ring-mb") {
            ok = parseNumber(value, o.ringMb) && o.ringMb >= 1 && o.ringMb <= 4096 &&
                 (o.ringMb & (o.ringMb - 1)) == 0;
        } else {
            status = usage("unknown option");
            return std::nullopt;
        }
        if (!ok) {
            status = usage("bad value: --rates takes positive M/s values up to 100, --seconds 0.1-3600, "
                           "--rounds 1-1000, --chunk 1-65536, --ring-mb a power of two up to 4096");
            return std::nullopt;
        }
    }
    return o;
}

} // namespace proclens::bench
