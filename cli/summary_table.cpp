// SPDX-License-Identifier: MIT
#include "summary_table.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

#include "proclens/names.h"

namespace proclens::cli {
namespace {

constexpr std::array<output::Column, 8> kColumns{{
    {"pid", "PID", true, 7},
    {"comm", "COMM", false, 16},
    {"syscall", "SYSCALL", false, 18},
    {"count", "COUNT", true, 10},
    {"errors", "ERRORS", true, 8},
    {"total_us", "TOTAL_US", true, 12},
    {"avg_us", "AVG_US", true, 10},
    {"max_us", "MAX_US", true, 10},
}};

std::string microseconds(double ns)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", ns / 1000.0);
    return text;
}

}  // namespace

void write_summary_table(output::TableWriter& writer, std::vector<SummaryRow> rows,
                         const std::function<std::string(std::uint32_t pid)>& commOf, std::size_t limit)
{
    std::sort(rows.begin(), rows.end(), [](const SummaryRow& a, const SummaryRow& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.pid != b.pid ? a.pid < b.pid : a.nr < b.nr;
    });
    if (limit > 0 && rows.size() > limit)
        rows.resize(limit);

    writer.begin(kColumns);
    std::vector<std::string> fields(kColumns.size());
    for (const SummaryRow& row : rows) {
        std::string_view name = names::syscall_name(row.nr);
        fields[0] = std::to_string(row.pid);
        fields[1] = commOf(row.pid);
        fields[2] = name.empty() ? "syscall_" + std::to_string(row.nr) : std::string(name);
        fields[3] = std::to_string(row.count);
        fields[4] = std::to_string(row.errors);
        fields[5] = microseconds(static_cast<double>(row.totalNs));
        fields[6] = microseconds(row.count ? static_cast<double>(row.totalNs) / static_cast<double>(row.count) : 0.0);
        fields[7] = microseconds(static_cast<double>(row.maxNs));
        writer.row(fields);
    }
}

}  // namespace proclens::cli
