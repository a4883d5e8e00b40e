// SPDX-License-Identifier: MIT
#include "summary_output.h"

#include <QCoreApplication>

namespace proclens::cli {

std::string summary_text(std::vector<SummaryRow> rows, EventPrinter& printer, output::Format format,
                         std::size_t limit)
{
    auto writer = output::make_writer(format);
    write_summary_table(*writer, std::move(rows), [&](std::uint32_t pid) { return printer.commOf(pid); }, limit);
    return writer->take();
}

std::string live_summary_text(std::vector<SummaryRow> rows, EventPrinter& printer, output::Format format,
                              std::chrono::steady_clock::duration elapsed)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(elapsed).count();
    return QCoreApplication::translate("proclens-cli", "-- summary after %1 s (top %2 by count) --")
               .arg(seconds)
               .arg(kLiveSummaryRows)
               .toStdString() +
           "\n" + summary_text(std::move(rows), printer, format, kLiveSummaryRows);
}

}  // namespace proclens::cli
