// SPDX-License-Identifier: MIT
// CSV (RFC 4180), JSON Lines and plain-text table writers.
#include <cstdio>
#include <cstring>

#include "proclens/output_writers.h"

namespace proclens::output {

namespace {

bool csv_needs_quotes(std::string_view f)
{
    if (f.empty())
        return false;
    if (f.front() == ' ' || f.front() == '\t' || f.back() == ' ' || f.back() == '\t')
        return true;
    for (char c : f)
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    return false;
}

// Length of the valid UTF-8 sequence at s[i], 0 when invalid (overlong, surrogate, > U+10FFFF, cut).
std::size_t utf8_sequence(std::string_view s, std::size_t i)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    std::size_t n;
    std::uint32_t cp;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(i + k) & 0x3f);
    }
    if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return n;
}

bool is_json_number(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i >= s.size())
        return false;
    auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    if (s[i] == '0') {
        ++i;
    } else if (digit(i)) {
        while (digit(i))
            ++i;
    } else {
        return false;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == s.size();
}

std::size_t display_width(std::string_view s)
{
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xc0) != 0x80)
            ++n;
    return n;
}

}  // namespace

std::optional<Format> parse_format(std::string_view name)
{
    if (name == "text")
        return Format::Text;
    if (name == "csv")
        return Format::Csv;
    if (name == "jsonl" || name == "json")
        return Format::Jsonl;
    return std::nullopt;
}

void TableWriter::row(std::span<const std::string> fields)
{
    std::string_view views[64];
    std::vector<std::string_view> big;
    std::string_view* v = views;
    if (fields.size() > std::size(views)) {
        big.resize(fields.size());
        v = big.data();
    }
    for (std::size_t i = 0; i < fields.size(); ++i)
        v[i] = fields[i];
    row(std::span<const std::string_view>(v, fields.size()));
}

std::string TableWriter::take()
{
    std::string out;
    out.swap(out_);
    return out;
}

void append_csv_field(std::string& out, std::string_view f)
{
    if (!csv_needs_quotes(f)) {
        out.append(f);
        return;
    }
    out += '"';
    std::size_t start = 0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i] == '"') {
            out.append(f.substr(start, i + 1 - start));
            out += '"';
            start = i + 1;
        }
    }
    out.append(f.substr(start));
    out += '"';
}

void append_json_string(std::string& out, std::string_view s)
{
    out += '"';
    std::size_t i = 0;
    while (i < s.size()) {
        // Copy runs of plain ASCII in one go.
        std::size_t run = i;
        while (run < s.size()) {
            const auto c = static_cast<unsigned char>(s[run]);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f)
                break;
            ++run;
        }
        out.append(s.substr(i, run - i));
        i = run;
        if (i >= s.size())
            break;
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"': out += "\\\""; ++i; continue;
        case '\\': out += "\\\\"; ++i; continue;
        case '\n': out += "\\n"; ++i; continue;
        case '\r': out += "\\r"; ++i; continue;
        case '\t': out += "\\t"; ++i; continue;
        case '\b': out += "\\b"; ++i; continue;
        case '\f': out += "\\f"; ++i; continue;
        default: break;
        }
        if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence(s, i);
        if (n == 0) {
            out += "\xef\xbf\xbd";  // U+FFFD for each invalid byte
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    out += '"';
}

void CsvWriter::begin(std::span<const Column> columns)
{
    columns_.assign(columns.begin(), columns.end());
    if (!header_row_)
        return;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i)
            out_ += ',';
        append_csv_field(out_, columns[i].key);
    }
    out_ += "\r\n";
}

void CsvWriter::row(std::span<const std::string_view> fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out_ += ',';
        append_csv_field(out_, fields[i]);
    }
    out_ += "\r\n";
}

void JsonLinesWriter::begin(std::span<const Column> columns) { columns_.assign(columns.begin(), columns.end()); }

void JsonLinesWriter::row(std::span<const std::string_view> fields)
{
    out_ += '{';
    const std::size_t n = std::min(fields.size(), columns_.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out_ += ',';
        append_json_string(out_, columns_[i].key);
        out_ += ':';
        if (fields[i].empty())
            out_ += "null";
        else if (columns_[i].numeric && is_json_number(fields[i]))
            out_.append(fields[i]);
        else
            append_json_string(out_, fields[i]);
    }
    out_ += "}\n";
}

void TextWriter::begin(std::span<const Column> columns)
{
    columns_.assign(columns.begin(), columns.end());
    if (!header_row_)
        return;
    std::vector<std::string_view> titles;
    titles.reserve(columns.size());
    for (const Column& c : columns)
        titles.push_back(c.title);
    row(titles);
}

void TextWriter::row(std::span<const std::string_view> fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out_ += "  ";
        const bool last = i + 1 == fields.size();
        const Column* col = i < columns_.size() ? &columns_[i] : nullptr;
        const std::size_t width = col ? static_cast<std::size_t>(std::max(col->width, 0)) : 0;
        const std::size_t w = display_width(fields[i]);
        const std::size_t pad = w < width && !last ? width - w : 0;
        if (col && col->numeric)
            out_.append(pad, ' ');
        for (char c : fields[i])
            out_ += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
        if (!(col && col->numeric))
            out_.append(pad, ' ');
    }
    out_ += '\n';
}

std::unique_ptr<TableWriter> make_writer(Format format)
{
    switch (format) {
    case Format::Csv: return std::make_unique<CsvWriter>();
    case Format::Jsonl: return std::make_unique<JsonLinesWriter>();
    case Format::Text: break;
    }
    return std::make_unique<TextWriter>();
}

}  // namespace proclens::output
