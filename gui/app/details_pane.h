// SPDX-License-Identifier: MIT
//
// Everything about the selected process: ancestry up to pid 1, full argv,
// executable, cwd, user and group names, cgroup path, every namespace id with
// how many processes share it, start time, exit code once exited.
#pragma once

#include "process_table.h"

#include <QTextBrowser>

namespace proclens::gui {

class DetailsPane : public QTextBrowser {
    Q_OBJECT
public:
    explicit DetailsPane(const ProcessTable* table, QWidget* parent = nullptr);
    /// Shows pid (0 = nothing selected); refresh() re-reads the table.
    void showPid(std::uint32_t pid);
    void refresh();
    std::uint32_t pid() const { return pid_; }

private:
    const ProcessTable* table_;
    std::uint32_t pid_ = 0;
};

}  // namespace proclens::gui
