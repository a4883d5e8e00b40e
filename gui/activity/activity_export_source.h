// SPDX-License-Identifier: MIT
//
// ExportSource of the activity view: a store snapshot (shared chunks, no
// copy), the sequence numbers of the visible rows in order and the visible
// columns in their on-screen order, all taken on the GUI thread; rows are
// formatted on the export worker.
#pragma once

#include "event_store.h"
#include "export_source.h"

#include <cstdint>
#include <string>
#include <vector>

namespace proclens::gui {

class ActivityExportSource : public ExportSource {
public:
    /// columns: ActivityModel::Column values in on-screen order.
    ActivityExportSource(EventSnapshot snapshot, std::vector<std::uint64_t> rows, std::vector<int> columns,
                         std::int64_t realtimeOffset);

    QString title() const override;
    std::vector<std::string> header() const override;
    std::size_t rowCount() const override { return rows_.size(); }
    void row(std::size_t i, std::vector<std::string>& cells) const override;
    bool isNumeric(std::size_t column) const override;

private:
    std::string time(std::uint64_t timestampNs) const;

    EventSnapshot snapshot_;
    std::vector<std::uint64_t> rows_;
    std::vector<int> columns_;
    std::int64_t realtimeOffset_;
    // Worker-thread cache: the clock text of the last whole second formatted.
    mutable std::int64_t cachedSecond_ = -1;
    mutable std::string cachedClock_;
};

}  // namespace proclens::gui
