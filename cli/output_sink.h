// SPDX-License-Identifier: MIT
//
// Where proclens-cli writes: standard output or a file, with plain write(2)
// so partial writes, EINTR and a closed pipe (EPIPE) are handled in one place.
#pragma once

#include <string>
#include <string_view>

#include "proclens/result.h"

namespace proclens::cli {

class OutputSink {
public:
    /// Opens `path` for writing (created or truncated); empty = standard output.
    static Result<OutputSink> open(const std::string& path);

    OutputSink(OutputSink&& other) noexcept;
    OutputSink& operator=(OutputSink&&) = delete;
    OutputSink(const OutputSink&) = delete;
    ~OutputSink();

    /// Writes all of `text`; false once a write failed (the reader went away, disk full).
    bool write(std::string_view text);
    bool failed() const { return !error_.empty(); }
    /// What made the sink fail, e.g. "trace.csv: No space left on device".
    const std::string& error() const { return error_; }

private:
    OutputSink(int fd, std::string name, bool owned) : fd_(fd), name_(std::move(name)), owned_(owned) {}

    int fd_;
    std::string name_;
    bool owned_;
    std::string error_;
};

}  // namespace proclens::cli
