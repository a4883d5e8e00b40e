// SPDX-License-Identifier: MIT
// `proclens-cli record` through proclens-helper: subscribes at the events level,
// or at the summary level for --summary (the helper streams its per-process
// per-syscall counters about once a second; "both" with --events), prints
// batches as the client library's reader thread decodes them, stops at the
// duration or SIGINT/SIGTERM.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <string>

#include <QCoreApplication>
#include <QVariantMap>

#include <spdlog/spdlog.h>

#include "commands.h"
#include "event_printer.h"
#include "helper_api.h"
#include "helper_connection.h"
#include "stop_signals.h"
#include "summary_output.h"
#include "summary_stream.h"

namespace proclens::cli {
namespace {

namespace api = helper_api;
using Clock = std::chrono::steady_clock;

// Slices of waiting for a signal, between which Qt learns whether the helper stopped.
constexpr auto kSlice = std::chrono::milliseconds(100);
// After the stop: batches still in flight arrive within this much quiet time.
constexpr auto kDrainQuiet = std::chrono::milliseconds(150);
constexpr auto kDrainMax = std::chrono::seconds(2);
// After the stop: the helper's next summary tick (one a second) carries the final counts.
constexpr auto kFinalTickMax = std::chrono::milliseconds(1500);

template <typename T>
QVariant dbusList(const std::vector<T>& values)
{
    QList<uint> out;
    for (auto v : values)
        out << uint(v);
    return QVariant::fromValue(out);
}

QVariantMap filter_map(const CaptureFilter& f)
{
    QVariantMap m;
    if (!f.pids.empty())
        m[QString::fromLatin1(api::filter::kPids)] = dbusList(f.pids);
    if (!f.excludePids.empty())
        m[QString::fromLatin1(api::filter::kExcludePids)] = dbusList(f.excludePids);
    if (f.followChildren)
        m[QString::fromLatin1(api::filter::kFollowChildren)] = true;
    if (!f.uids.empty())
        m[QString::fromLatin1(api::filter::kUids)] = dbusList(f.uids);
    if (!f.syscalls.empty())
        m[QString::fromLatin1(api::filter::kSyscalls)] = dbusList(f.syscalls);
    if (!f.comms.empty()) {
        QStringList comms;
        for (const auto& c : f.comms)
            comms << QString::fromStdString(c);
        m[QString::fromLatin1(api::filter::kComms)] = comms;
    }
    if (f.ns) {
        m[QString::fromLatin1(api::filter::kNsKind)] = uint(f.ns->first);
        m[QString::fromLatin1(api::filter::kNsInode)] = uint(f.ns->second);
    }
    if (!f.cgroupIds.empty()) {
        QList<qulonglong> ids;
        for (auto id : f.cgroupIds)
            ids << qulonglong(id);
        m[QString::fromLatin1(api::filter::kCgroupIds)] = QVariant::fromValue(ids);
    }
    return m;
}


bool helper_gone(const HelperClient& client)
{
    return client.status() == HelperClient::Status::HelperStopped || client.status() == HelperClient::Status::Failed;
}

}  // namespace

int run_record_via_helper(const RecordOptions& options)
{
    auto sink = OutputSink::open(options.outputPath);
    if (!sink) {
        std::fprintf(stderr, "proclens-cli: %s\n", sink.error().message.c_str());
        return 1;
    }
    // Before any thread exists (Qt's, the reader's), so only sigtimedwait() sees them.
    const sigset_t stopSignals = block_stop_signals();

    HelperConnection connection;
    if (auto problem = connection.open(); !problem.empty()) {
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "%1 (--direct runs the capture in this process, as root)")
                                    .arg(QString::fromStdString(problem))));
        return 1;
    }
    HelperClient& client = connection.client();

    const bool text = options.format == output::Format::Text;
    const bool printEvents = options.events || text;
    EventPrinter printer(options.format, printEvents, *sink);
    SummaryStream summary;
    client.setBatchHandler([&](wire::DecodedBatch&& batch) {
        if (options.summary) {
            summary.add(batch.events);
            // The rows go into the summary table, not the event output.
            std::erase_if(batch.events, [](const wire::Event& e) { return std::holds_alternative<wire::SummaryRecord>(e); });
        }
        printer.consume(batch.events);
    });
    CaptureFilter kernelFilter = options.filter;
    if (options.filterExpr)
        printer.setFilter(apply_filter(*options.filterExpr, kernelFilter));
    // Process events arrive at every level; syscall events only when asked for.
    const char* level = !options.summary ? api::level::kEvents : options.events ? api::level::kBoth : api::level::kSummary;
    QVariantMap subscribe{{QString::fromLatin1(api::option::kLevel), QString::fromLatin1(level)}};
    if (const QVariantMap f = filter_map(kernelFilter); !f.isEmpty())
        subscribe[QString::fromLatin1(api::option::kFilter)] = f;
    if (const QDBusError e = client.subscribe(subscribe); e.isValid()) {
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "the helper refused to record: %1").arg(e.message())));
        return 1;
    }
    std::fprintf(stderr, "proclens-cli: %s\n",
                 qPrintable(QCoreApplication::translate("proclens-cli", "recording through the helper (%1, %2); Ctrl-C stops")
                                .arg(QString::fromStdString(connection.transport()), client.helperMode())));

    const auto start = Clock::now();
    const auto deadline = options.durationSeconds
                              ? start + std::chrono::duration_cast<Clock::duration>(
                                            std::chrono::duration<double>(*options.durationSeconds))
                              : Clock::time_point::max();
    auto nextTick = start + kSummaryInterval;
    for (;;) {
        QCoreApplication::processEvents();
        if (helper_gone(client) || sink->failed())
            break;
        const auto now = Clock::now();
        if (now >= deadline)
            break;
        if (stop_signal_within(stopSignals, std::min<Clock::duration>(kSlice, deadline - now)))
            break;
        if (Clock::now() < nextTick)
            continue;
        nextTick += kSummaryInterval;
        if (options.summary && text) {
            printer.write(live_summary_text(summary.rows(), printer, options.format, Clock::now() - start));
        } else {
            printer.flush();
        }
    }

    // Let batches already on their way arrive before ending the subscription.
    const auto drainEnd = Clock::now() + kDrainMax;
    for (auto seen = client.batchesReceived(); !helper_gone(client) && Clock::now() < drainEnd;) {
        stop_signal_within(stopSignals, kDrainQuiet);
        QCoreApplication::processEvents();
        if (client.batchesReceived() == seen)
            break;
        seen = client.batchesReceived();
    }
    // The summary rows are as of the last tick: wait for the one after the stop.
    if (options.summary) {
        const auto tickEnd = Clock::now() + kFinalTickMax;
        for (const auto seen = summary.ticks(); !helper_gone(client) && summary.ticks() == seen && Clock::now() < tickEnd;) {
            stop_signal_within(stopSignals, std::chrono::milliseconds(20));
            QCoreApplication::processEvents();
        }
    }
    const bool stopped = helper_gone(client);
    const std::string why = client.statusText().toStdString();
    const auto helperDrops = client.droppedBatches();
    const auto kernelDrops = client.kernelDrops();
    if (!stopped)
        client.unsubscribe();
    printer.flush();

    if (options.summary) {
        if (printEvents && !text) {
            std::string table = summary_text(summary.rows(), printer, output::Format::Text, 0);
            std::fputs(table.c_str(), stderr);
        } else {
            printer.write((text ? QCoreApplication::translate("proclens-cli", "-- summary --").toStdString() + "\n" : "") +
                          summary_text(summary.rows(), printer, options.format, 0));
        }
    }

    int status = 0;
    if (stopped) {
        std::fprintf(stderr, "proclens-cli: %s\n", why.c_str());
        status = 1;
    }
    if (sink->failed()) {
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "output stopped: %1").arg(QString::fromStdString(sink->error()))));
        status = 1;
    }
    if (kernelDrops || helperDrops)
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "%1 records lost in the kernel (ring buffer full) and %2 "
                                                            "batches dropped by the helper (this client read too "
                                                            "slowly); a narrower filter helps")
                                    .arg(static_cast<qulonglong>(kernelDrops))
                                    .arg(static_cast<qulonglong>(helperDrops))));
    if (auto bad = printer.malformed())
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "%1 malformed records skipped").arg(static_cast<qulonglong>(bad))));
    spdlog::debug("{} batches, {} records from the helper, {} rows written", client.batchesReceived(),
                  client.recordsReceived(), printer.rows());
    return status;
}

int run_status_via_helper()
{
    HelperConnection connection;
    if (auto problem = connection.open(); !problem.empty()) {
        std::fprintf(stderr, "proclens-cli: %s\n", problem.c_str());
        return 1;
    }
    HelperClient& client = connection.client();
    std::printf("helper:      %s (%s)\n", client.helperVersion().toStdString().c_str(), connection.transport().c_str());
    std::printf("mode:        %s\n", client.helperMode().toStdString().c_str());
    std::printf("kernel:      %s\n", client.kernelRelease().toStdString().c_str());
    return 0;
}

}  // namespace proclens::cli
