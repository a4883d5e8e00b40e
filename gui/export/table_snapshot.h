// SPDX-License-Identifier: MIT
//
// TableSnapshot: an ExportSource that holds its cells as copied strings.
// Right for views of thousands of rows (processes, namespaces, summary);
// a million-row log should instead copy compact records and format in row().
#pragma once

#include "export_source.h"

#include <string>
#include <vector>

namespace proclens::gui {

class TableSnapshot final : public ExportSource {
public:
    /// `numeric` may be empty (no numeric column) or one flag per header entry.
    TableSnapshot(QString title, std::vector<std::string> header, std::vector<bool> numeric = {});

    /// Appends a row; `cells` must have one entry per header column (missing
    /// ones are empty, extra ones dropped).
    void addRow(std::vector<std::string> cells);

    QString title() const override { return title_; }
    std::vector<std::string> header() const override { return header_; }
    std::size_t rowCount() const override { return cells_.size() / (header_.empty() ? 1 : header_.size()); }
    void row(std::size_t i, std::vector<std::string>& cells) const override;
    bool isNumeric(std::size_t column) const override;

private:
    QString title_;
    std::vector<std::string> header_;
    std::vector<bool> numeric_;
    std::vector<std::string> cells_;  // row-major
};

}  // namespace proclens::gui
