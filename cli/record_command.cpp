// SPDX-License-Identifier: MIT
// `proclens-cli record`: runs the capture engine in-process until the duration
// ends or SIGINT/SIGTERM arrives, then drains, flushes and prints the summary.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>

#include <spdlog/spdlog.h>

#include "commands.h"
#include "event_printer.h"
#include "record_filter.h"
#include "stop_signals.h"
#include "summary_output.h"

#include <QCoreApplication>

namespace proclens::cli {
namespace {

using Clock = std::chrono::steady_clock;


CaptureLevel level_of(const RecordOptions& o)
{
    if (o.events && o.summary)
        return CaptureLevel::SummaryAndEvents;
    return o.events ? CaptureLevel::Events : CaptureLevel::Summary;
}


}  // namespace

int run_record(const RecordOptions& options)
{
    if (auto reason = capture_unavailable_reason("record"); !reason.empty()) {
        std::fprintf(stderr, "proclens-cli: %s\n", reason.c_str());
        return 1;
    }
    auto sink = OutputSink::open(options.outputPath);
    if (!sink) {
        std::fprintf(stderr, "proclens-cli: %s\n", sink.error().message.c_str());
        return 1;
    }

    // Before the engine thread exists, so only sigtimedwait() here sees them.
    const sigset_t stopSignals = block_stop_signals();

    const bool text = options.format == output::Format::Text;
    // csv/jsonl hold one table: the summary alone, or the events (summary then goes to stderr).
    const bool printEvents = options.events || text;
    EventPrinter printer(options.format, printEvents, *sink);

    EngineOptions engineOptions;
    engineOptions.level = level_of(options);
    engineOptions.ringBufferBytes = options.ringMiB << 20;
    engineOptions.filter = options.filter;
    if (options.filterExpr)
        printer.setFilter(apply_filter(*options.filterExpr, engineOptions.filter));
    engineOptions.onRecords = [&printer](std::span<const std::byte> records) { printer.consume(records); };

    CaptureEngine engine(std::move(engineOptions));
    try {
        engine.start();
    } catch (const EngineError& e) {
        std::fprintf(stderr, "proclens-cli: %s\n", e.what());
        return 1;
    }
    const EngineInfo info = engine.info();
    std::fprintf(stderr, "proclens-cli: %s\n",
                 qPrintable(QCoreApplication::translate("proclens-cli", "recording (%1, %2 MiB ring buffer); Ctrl-C stops")
                                .arg(QString::fromStdString(info.mode))
                                .arg(info.ringBufferBytes >> 20)));
    spdlog::debug("kernel {}, {} programs attached", info.kernelRelease, info.programs.size());

    const auto start = Clock::now();
    const auto deadline = options.durationSeconds
                              ? start + std::chrono::duration_cast<Clock::duration>(
                                            std::chrono::duration<double>(*options.durationSeconds))
                              : Clock::time_point::max();
    auto nextTick = start + kSummaryInterval;
    while (!stop_signal_within(stopSignals, std::min(nextTick, deadline) - Clock::now())) {
        if (Clock::now() >= deadline || sink->failed())
            break;
        if (Clock::now() < nextTick)
            continue;
        nextTick += kSummaryInterval;
        if (options.summary && text) {
            printer.write(live_summary_text(engine.readSummary(), printer, options.format, Clock::now() - start));
        } else {
            printer.flush();
        }
    }

    // The summary maps go away with the programs, so read them before stopping.
    std::vector<SummaryRow> summary = options.summary ? engine.readSummary() : std::vector<SummaryRow>{};
    engine.stop();
    const EngineStats stats = engine.stats();
    printer.flush();

    if (options.summary) {
        if (printEvents && !text) {
            // The output already holds the event table; a second table would break CSV.
            std::string table = summary_text(std::move(summary), printer, output::Format::Text, 0);
            std::fputs(table.c_str(), stderr);
        } else {
            printer.write((text ? QCoreApplication::translate("proclens-cli", "-- summary --").toStdString() + "\n" : "") +
                          summary_text(std::move(summary), printer, options.format, 0));
        }
    }

    int status = 0;
    if (sink->failed()) {
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "output stopped: %1")
                                    .arg(QString::fromStdString(sink->error()))));
        status = 1;
    }
    if (stats.kernelDrops || stats.userDrops)
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli",
                                                            "%1 records lost in the kernel (ring buffer full) and %2 in "
                                                            "user space; a larger --ring-size or a narrower filter helps")
                                    .arg(stats.kernelDrops)
                                    .arg(stats.userDrops)));
    if (auto bad = printer.malformed())
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "%1 malformed records skipped").arg(bad)));
    spdlog::debug("{} records, {} bytes, {} rows written", stats.records, stats.bytes, printer.rows());
    return status;
}

}  // namespace proclens::cli
