// SPDX-License-Identifier: MIT
//
// The blocking core of an export: writes an ExportSource to a file as CSV
// (RFC 4180, UTF-8, header row) or JSON Lines (keys = header names) with
// common's table writers. Writes to a temporary file in the target's
// directory and renames it over the target only when everything was written,
// so a cancelled or failed export leaves no partial file (and an existing
// file untouched). ExportJob runs this on a worker thread; the benchmark and
// the CLI-style callers may run it directly.
#pragma once

#include "export_source.h"

#include "proclens/output_writers.h"

#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>

namespace proclens::gui {

/// How an export ended.
struct ExportOutcome {
    enum class Status { Written, Cancelled, Failed };
    Status status = Status::Failed;
    std::size_t rows = 0;     ///< rows written (all of them when Written)
    std::uint64_t bytes = 0;  ///< file size when Written
    QString message;          ///< why, for Cancelled and Failed ("… : No space left on device")

    bool ok() const { return status == Status::Written; }
};

/// What the writer needs besides the source; all optional.
struct ExportControl {
    /// Set from any thread to stop; checked before every row.
    const std::atomic<bool>* cancel = nullptr;
    /// Called on the writing thread with (rows done, total) every `progressEvery` rows and at the end.
    std::function<void(std::size_t done, std::size_t total)> progress;
    std::size_t progressEvery = 4096;
};

/// The format a file name asks for: ".csv" → Csv, ".jsonl"/".ndjson"/".json" → Jsonl; nullopt otherwise.
std::optional<output::Format> exportFormatForPath(const QString& path);

/// Writes `source` to `path` in `format` (Csv or Jsonl; Text is refused).
/// Never throws; every failure (no permission, disk full, bad source) is a
/// Failed outcome whose message names the file and the reason.
ExportOutcome exportToFile(const ExportSource& source, const QString& path, output::Format format,
                           const ExportControl& control = {});

}  // namespace proclens::gui
