// SPDX-License-Identifier: MIT
//
// Qt item model of namespaces: for each kind (pid, mnt, net, ...) the distinct
// namespaces of the table's live processes, each with its processes. The host's
// initial namespaces (those of pid 1) are marked, containers are named by id and
// runtime. Follows the table by diffing its grouping at most every refresh
// interval, with minimal insert/remove/change notifications.
#pragma once

#include "process_table.h"

#include <QAbstractItemModel>
#include <QFont>
#include <QTimer>

#include <array>
#include <vector>

namespace proclens::gui {

class NamespaceModel : public QAbstractItemModel, public TableListener {
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ContainerColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 20,  ///< enum pl_ns_kind (every level)
        InodeRole,                     ///< namespace inode (levels 2 and 3)
        ProcessPidRole,                ///< pid (level 3 only)
        HostRole,                      ///< bool: the host's initial namespace
        LevelRole,                     ///< 0 kind, 1 namespace, 2 process
    };

    explicit NamespaceModel(ProcessTable* table, QObject* parent = nullptr);
    ~NamespaceModel() override;

    /// Regroups now (normally done by a timer after table changes).
    void refresh();
    /// Delay between a table change and the regrouping (default 500 ms; 0 = immediate).
    void setRefreshDelay(int ms) { timer_.setInterval(ms); }
    /// "pid: [4026531836 host]..." one line per kind (tests).
    QString dump() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void tableAboutToReset() override {}
    void tableReset() override { schedule(); }
    void rowsAboutToInsert(const ProcessNode*, int, int) override {}
    void rowsInserted(const ProcessNode*, int, int) override { schedule(); }
    void rowsAboutToRemove(const ProcessNode*, int, int) override {}
    void rowsRemoved(const ProcessNode*, int, int) override { schedule(); }
    void rowAboutToMove(const ProcessNode*, int, const ProcessNode*, int) override {}
    void rowMoved(const ProcessNode*, int, const ProcessNode*, int) override {}
    void rowsChanged(const ProcessNode*, int, int, std::uint32_t bits) override
    {
        if (bits & (ChangeIdentity | ChangeLife))
            schedule();
    }

private:
    struct Entry {
        std::uint32_t inode = 0;
        bool host = false;
        QString container;  // "id (runtime)" of its processes, if any
        std::vector<std::uint32_t> pids;  // sorted
    };
    void schedule();
    int entryRow(int kind, std::uint32_t inode) const;

    ProcessTable* table_;
    std::array<std::vector<Entry>, PL_NS_COUNT> kinds_;
    QTimer timer_;
};

}  // namespace proclens::gui
