// SPDX-License-Identifier: MIT
#include "table_snapshot.h"

namespace proclens::gui {

TableSnapshot::TableSnapshot(QString title, std::vector<std::string> header, std::vector<bool> numeric)
    : title_(std::move(title)), header_(std::move(header)), numeric_(std::move(numeric))
{
    numeric_.resize(header_.size(), false);
}

void TableSnapshot::addRow(std::vector<std::string> cells)
{
    if (header_.empty())
        return;
    cells.resize(header_.size());
    for (std::string& c : cells)
        cells_.push_back(std::move(c));
}

void TableSnapshot::row(std::size_t i, std::vector<std::string>& cells) const
{
    const std::size_t n = header_.size();
    cells.assign(cells_.begin() + std::ptrdiff_t(i * n), cells_.begin() + std::ptrdiff_t((i + 1) * n));
}

bool TableSnapshot::isNumeric(std::size_t column) const
{
    return column < numeric_.size() && numeric_[column];
}

}  // namespace proclens::gui
