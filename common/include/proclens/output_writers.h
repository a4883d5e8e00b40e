// SPDX-License-Identifier: MIT
//
// Table writers shared by the CLI (`--format text|csv|jsonl`) and the GUI's
// export: RFC 4180 CSV, JSON Lines and aligned plain text. Writers append to
// an in-memory buffer that the caller drains to a file or socket whenever it
// likes (e.g. once buffer().size() passes 64 KiB), so no iostream per field.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace proclens::output {

enum class Format { Text, Csv, Jsonl };

/// "text", "csv", "jsonl" (also "json"); nullopt otherwise.
std::optional<Format> parse_format(std::string_view name);

/// One column of a table.
struct Column {
    std::string_view key;    ///< machine name: CSV header, JSON key ("pid")
    std::string_view title;  ///< human title: text header ("PID")
    bool numeric = false;    ///< JSON writes it as a number when it parses as one; text right-aligns
    int width = 0;           ///< text: minimum width (0 = none)
};

/// Base of the writers: begin() once with the columns, then row() per row.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    /// Starts a table. CSV writes the header row (unless disabled), text a title line.
    virtual void begin(std::span<const Column> columns) = 0;
    /// One row; `fields` has one entry per column given to begin().
    virtual void row(std::span<const std::string_view> fields) = 0;
    void row(std::span<const std::string> fields);

    /// What was written so far and not yet drained.
    std::string& buffer() { return out_; }
    /// Moves the buffered text out, leaving the buffer empty.
    std::string take();

protected:
    std::string out_;
    std::vector<Column> columns_;
};

/// RFC 4180: comma separated, CRLF line ends, fields quoted when they contain
/// a comma, quote, CR or LF or begin/end with a space or tab; quotes doubled.
/// Bytes pass through untouched (UTF-8 stays UTF-8).
class CsvWriter final : public TableWriter {
public:
    explicit CsvWriter(bool header_row = true) : header_row_(header_row) {}
    void begin(std::span<const Column> columns) override;
    void row(std::span<const std::string_view> fields) override;
    using TableWriter::row;

private:
    bool header_row_;
};

/// One JSON object per line, keys from Column::key. Control characters are
/// escaped; invalid UTF-8 bytes become U+FFFD; numeric columns are numbers
/// when the text is a valid JSON number, empty fields are null.
class JsonLinesWriter final : public TableWriter {
public:
    void begin(std::span<const Column> columns) override;
    void row(std::span<const std::string_view> fields) override;
    using TableWriter::row;
};

/// Plain text: columns separated by two spaces, padded to Column::width
/// (numeric right-aligned), the last column unpadded; control characters shown as '?'.
class TextWriter final : public TableWriter {
public:
    explicit TextWriter(bool header_row = true) : header_row_(header_row) {}
    void begin(std::span<const Column> columns) override;
    void row(std::span<const std::string_view> fields) override;
    using TableWriter::row;

private:
    bool header_row_;
};

std::unique_ptr<TableWriter> make_writer(Format format);

/// Appends one CSV field, quoted only when needed.
void append_csv_field(std::string& out, std::string_view field);
/// Appends a JSON string literal (with quotes), escaping and replacing invalid UTF-8.
void append_json_string(std::string& out, std::string_view s);

}  // namespace proclens::output
