// SPDX-License-Identifier: MIT
//
// Turns the engine's record runs into output rows: walks the back-to-back
// records with bounds checks, decodes each with common's validating decoder,
// and writes the event table through common's writers. consume() runs on the
// engine thread, everything else on the main thread; one mutex guards both.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "comm_cache.h"
#include "output_sink.h"
#include "proclens/columns.h"
#include "proclens/filter/program.h"
#include "record_filter.h"
#include "proclens/output_writers.h"
#include "proclens/wire_format.h"

namespace proclens::cli {

class EventPrinter {
public:
    /// `printEvents` false: records only teach comms, no event table is written.
    EventPrinter(output::Format format, bool printEvents, OutputSink& sink);

    /// Engine thread: decodes and prints one run of records.
    void consume(std::span<const std::byte> records);
    /// Helper's reader thread: prints events the client library already decoded.
    void consume(const std::vector<wire::Event>& events);
    /// Only events the program accepts are printed (record --filter); comms are still learned.
    void setFilter(std::optional<filter::Program> program);
    /// Writes what is buffered to the sink.
    void flush();
    /// Writes `text` after everything buffered (e.g. a summary table).
    void write(std::string_view text);
    /// Comm of a pid from what the records said, else /proc.
    std::string commOf(std::uint32_t pid);

    /// Records (or whole runs, when their framing is broken) that failed validation.
    std::uint64_t malformed() const;
    /// Event rows written.
    std::uint64_t rows() const;

private:
    void handle(const wire::Event& event);
    void flushLocked();

    mutable std::mutex mutex_;
    OutputSink& sink_;
    bool printEvents_;
    bool flushEveryRun_;
    std::unique_ptr<output::TableWriter> writer_;
    std::vector<output::EventColumn> columns_;
    output::EventContext context_;
    std::vector<std::string> fields_;
    CommCache comms_;
    std::optional<filter::Program> filter_;
    filter::FilterRecord filterRecord_;
    FilterScratch filterScratch_;
    std::uint64_t malformed_ = 0;
    std::uint64_t rows_ = 0;
};

}  // namespace proclens::cli
