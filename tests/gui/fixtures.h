// SPDX-License-Identifier: MIT
// Builders of snapshot rows and process events for the GUI model tests, and a
// recorder that writes a model's structural signals as strings.
#pragma once

#include "process_table.h"

#include <QAbstractItemModel>
#include <QObject>
#include <QStringList>

namespace fixtures {

using namespace proclens;

inline wire::ProcessRecord row(std::uint32_t pid, std::uint32_t ppid, const std::string& comm = {})
{
    wire::ProcessRecord r;
    r.task.pid = pid;
    r.task.tid = pid;
    r.task.ppid = ppid;
    r.task.comm = comm.empty() ? "p" + std::to_string(pid) : comm;
    r.argv = {r.task.comm};
    r.state = 'S';
    for (std::size_t k = 0; k < r.task.ns.size(); ++k)
        r.task.ns[k] = 4026531835u + std::uint32_t(k);
    return r;
}

/// "1:0 2:1 3:2" -> rows (pid:ppid).
inline std::vector<wire::ProcessRecord> rows(const QString& spec)
{
    std::vector<wire::ProcessRecord> out;
    for (const QString& item : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList p = item.split(QLatin1Char(':'));
        out.push_back(row(p[0].toUInt(), p[1].toUInt()));
    }
    return out;
}

inline wire::ProcessEvent event(std::uint16_t type, std::uint32_t pid, std::uint32_t ppid)
{
    wire::ProcessEvent e;
    e.type = type;
    e.task.pid = pid;
    e.task.tid = pid;
    e.task.ppid = ppid;
    e.task.comm = "p" + std::to_string(pid);
    for (std::size_t k = 0; k < e.task.ns.size(); ++k)
        e.task.ns[k] = 4026531835u + std::uint32_t(k);
    if (type == PL_EVENT_EXEC) {
        e.filename = "/bin/p" + std::to_string(pid);
        e.argv = {e.filename, "--arg"};
    }
    return e;
}

/// "fork 4 2; exec 4 2; exit 3 1" -> events (kind pid ppid).
inline std::vector<wire::Event> events(const QString& spec)
{
    std::vector<wire::Event> out;
    for (const QString& item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList p = item.trimmed().split(QLatin1Char(' '));
        const std::uint16_t type = p[0] == QLatin1String("fork") ? PL_EVENT_FORK
            : p[0] == QLatin1String("exec") ? PL_EVENT_EXEC : PL_EVENT_EXIT;
        out.push_back(event(type, p[1].toUInt(), p[2].toUInt()));
    }
    return out;
}

/// Records insert/remove/move/reset signals as "insert 2 0-0" (parent pid or "root", rows).
class SignalLog : public QObject {
public:
    explicit SignalLog(QAbstractItemModel* model) : model_(model)
    {
        connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& p, int a, int b) {
            log << QStringLiteral("insert %1 %2-%3").arg(name(p)).arg(a).arg(b);
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex& p, int a, int b) {
            log << QStringLiteral("remove %1 %2-%3").arg(name(p)).arg(a).arg(b);
        });
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                [this](const QModelIndex& p, int a, int, const QModelIndex& d, int row) {
                    log << QStringLiteral("move %1 %2 -> %3 %4").arg(name(p)).arg(a).arg(name(d)).arg(row);
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { log << QStringLiteral("reset"); });
    }
    QStringList log;

private:
    QString name(const QModelIndex& p) const
    {
        return p.isValid() ? QString::number(p.siblingAtColumn(1).data().toUInt()) : QStringLiteral("root");
    }
    QAbstractItemModel* model_;
};

}  // namespace fixtures
