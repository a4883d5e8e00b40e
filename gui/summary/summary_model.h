// SPDX-License-Identifier: MIT
//
// SummaryModel: SummaryTable as a two-level tree (process -> its syscalls),
// columns name, pid, calls, errors, total/avg/max latency. Never touches
// D-Bus; the table tells it exactly what was appended or changed, so an
// update is a few inserts and dataChanged ranges, never a reset. Sort with a
// QSortFilterProxyModel on kSortRole (raw numbers).
#pragma once

#include "summary_table.h"

#include <QAbstractItemModel>

#include <functional>

namespace proclens::gui {

class SummaryModel : public QAbstractItemModel, private SummaryTableListener {
    Q_OBJECT
public:
    enum Column { Name, Pid, Calls, Errors, TotalLatency, AvgLatency, MaxLatency, ColumnCount };
    /// Raw value for sorting and export: QString for Name, qulonglong otherwise (ns for latencies).
    static constexpr int kSortRole = Qt::UserRole + 1;
    /// The pid of the row's process (both levels), as uint.
    static constexpr int kPidRole = Qt::UserRole + 2;
    /// The syscall number of a syscall row (invalid on process rows).
    static constexpr int kSyscallRole = Qt::UserRole + 3;

    explicit SummaryModel(SummaryTable* table, QObject* parent = nullptr);
    ~SummaryModel() override;

    /// Names a process by pid (e.g. from the process table); without it rows show "pid N".
    void setProcessNames(std::function<QString(std::uint32_t pid)> names) { names_ = std::move(names); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Latency as text: "850 ns", "12.3 µs", "4.56 ms", "1.20 s".
    static QString formatNs(std::uint64_t ns);

private:
    void beginAppendProcesses(int first, int count) override;
    void endAppendProcesses() override;
    void beginAppendSyscalls(int process, int first, int count) override;
    void endAppendSyscalls() override;
    void processesChanged(int first, int last) override;
    void syscallsChanged(int process, int first, int last) override;
    void beginReset() override;
    void endReset() override;

    QString processName(std::uint32_t pid) const;

    SummaryTable* table_;
    std::function<QString(std::uint32_t)> names_;
};

}  // namespace proclens::gui
