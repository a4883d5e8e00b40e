// SPDX-License-Identifier: MIT
//
// Qt item model over ProcessTable: a parent/child tree, or a flat list (also
// used whenever a row filter is set). Maps the table's notifications one to
// one onto beginInsertRows & co.; never resets except when the table does or
// the presentation changes. Display role is formatted text, RawRole the value
// to sort and filter on.
#pragma once

#include "process_table.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

#include <functional>
#include <unordered_map>

namespace proclens::gui {

/// Columns of the process views, in their default order.
enum class ProcessColumn : int {
    Name, Pid, Ppid, User, Cpu, Rss, Threads, State, Start, Command, Container,
    NsPid, NsMnt, NsNet, NsUts, NsIpc, NsUser, NsCgroup, NsTime,
    Count
};
inline constexpr int kProcessColumnCount = int(ProcessColumn::Count);

/// Roles beyond Qt's.
enum ProcessRole : int {
    RawRole = Qt::UserRole + 1,  ///< unformatted value (numbers as numbers), for sort/filter/export
    PidRole,                     ///< the row's pid (uint)
    LifeRole,                    ///< int(RowLife)
};

/// A row filter: rows for which it returns false are not shown (the model goes flat).
using RowFilter = std::function<bool(const ProcessNode&)>;
/// Icon for a row's name column.
using IconProvider = std::function<QIcon(const ProcessNode&)>;

class ProcessTreeModel : public QAbstractItemModel, public TableListener {
    Q_OBJECT
public:
    explicit ProcessTreeModel(ProcessTable* table, QObject* parent = nullptr);
    ~ProcessTreeModel() override;

    /// Tree (false) or flat list (true) presentation. Switching resets the model.
    void setFlat(bool flat);
    bool isFlat() const { return flat_; }
    /// true when rows are shown as a list (flat mode or a filter is set).
    bool isListPresentation() const { return flat_ || bool(filter_); }
    /// Sets (or clears with {}) the row filter; description is shown to the user.
    void setFilter(RowFilter filter, const QString& description = {});
    QString filterDescription() const { return filterText_; }
    void setIconProvider(IconProvider provider) { icons_ = std::move(provider); }
    /// Highlight colours for new and exited rows (invalid colour = no highlight).
    void setHighlightColors(const QColor& fresh, const QColor& exited);

    /// The index of pid's row in column 0 (invalid when not shown).
    QModelIndex indexOfPid(std::uint32_t pid) const;
    const ProcessNode* nodeAt(const QModelIndex& index) const;
    ProcessTable* table() const { return table_; }
    static QString columnTitle(int column);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

    // TableListener
    void tableAboutToReset() override;
    void tableReset() override;
    void rowsAboutToInsert(const ProcessNode* parent, int first, int last) override;
    void rowsInserted(const ProcessNode* parent, int first, int last) override;
    void rowsAboutToRemove(const ProcessNode* parent, int first, int last) override;
    void rowsRemoved(const ProcessNode* parent, int first, int last) override;
    void rowAboutToMove(const ProcessNode* from, int fromRow, const ProcessNode* to, int toRow) override;
    void rowMoved(const ProcessNode* from, int fromRow, const ProcessNode* to, int toRow) override;
    void rowsChanged(const ProcessNode* parent, int first, int last, std::uint32_t changeBits) override;

private:
    QModelIndex treeIndex(const ProcessNode* node) const;
    int flatRow(const ProcessNode* node) const;
    void rebuildFlat();
    QVariant displayData(const ProcessNode& n, int column) const;
    QVariant rawData(const ProcessNode& n, int column) const;

    ProcessTable* table_;
    bool flat_ = false;
    RowFilter filter_;
    QString filterText_;
    IconProvider icons_;
    QColor freshColor_;
    QColor exitedColor_;
    std::vector<const ProcessNode*> list_;  // list presentation rows
    mutable std::unordered_map<const ProcessNode*, int> listPos_;
    mutable bool listPosDirty_ = true;
    bool moveFallback_ = false;
};

/// Formats helpers shared by the views (user names are cached).
QString userName(std::uint32_t uid);
QString groupName(std::uint32_t gid);
QString formatBytes(std::uint64_t bytes);
/// Wall-clock time of a boot-time nanosecond timestamp.
QDateTime bootNsToDateTime(std::uint64_t bootNs);
QString stateName(char state);

}  // namespace proclens::gui
