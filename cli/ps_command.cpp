// SPDX-License-Identifier: MIT
// `proclens-cli ps`: the /proc snapshot with namespaces and container, flat or as a tree.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "commands.h"
#include "helper_connection.h"
#include "output_sink.h"
#include "proclens/columns.h"
#include "proclens/procfs.h"

#include <QCoreApplication>

namespace proclens::cli {
namespace {

using output::ProcessColumn;

const std::vector<ProcessColumn> kColumns = {
    ProcessColumn::Pid,     ProcessColumn::Ppid,      ProcessColumn::NsPid,  ProcessColumn::Uid,
    ProcessColumn::Comm,    ProcessColumn::Container, ProcessColumn::Runtime, ProcessColumn::NsPidInum,
    ProcessColumn::NsMnt,   ProcessColumn::NsNet,     ProcessColumn::NsUts,  ProcessColumn::NsIpc,
    ProcessColumn::NsUser,  ProcessColumn::NsCgroup,  ProcessColumn::NsTime, ProcessColumn::Cgroup,
    ProcessColumn::Cmdline,
};
// Where the tree's depth column goes in csv/jsonl: right after ppid.
constexpr std::size_t kDepthIndex = 2;
constexpr std::size_t kCommIndex = 4;
constexpr output::Column kDepthColumn{"depth", "DEPTH", true, 5};

struct Placed {
    const wire::ProcessRecord* record;
    int depth;
};

/// Depth-first order from the roots (processes whose parent is not in the snapshot),
/// children by pid. Every record appears exactly once, whatever the ppids say.
std::vector<Placed> tree_order(const std::vector<wire::ProcessRecord>& records)
{
    std::map<std::uint32_t, const wire::ProcessRecord*> byPid;
    for (const auto& r : records)
        byPid[r.task.pid] = &r;
    std::map<std::uint32_t, std::vector<const wire::ProcessRecord*>> children;
    std::vector<const wire::ProcessRecord*> roots;
    for (const auto& r : records) {
        if (r.task.ppid != r.task.pid && byPid.contains(r.task.ppid))
            children[r.task.ppid].push_back(&r);
        else
            roots.push_back(&r);
    }

    std::vector<Placed> out;
    std::set<std::uint32_t> placed;
    auto walk = [&](const wire::ProcessRecord* root) {
        std::vector<Placed> stack{{root, 0}};
        while (!stack.empty()) {
            Placed p = stack.back();
            stack.pop_back();
            if (!placed.insert(p.record->task.pid).second)
                continue;
            out.push_back(p);
            auto& kids = children[p.record->task.pid];
            // Pushed in reverse so the smallest pid comes out first.
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.push_back({*it, p.depth + 1});
        }
    };
    for (const auto* root : roots)
        walk(root);
    // A parent cycle has no root; place what is left as roots.
    for (const auto& r : records)
        if (!placed.contains(r.task.pid))
            walk(&r);
    return out;
}

}  // namespace

int run_ps(const PsOptions& options)
{
    auto snapshot = options.direct ? ProcfsReader().snapshot() : helper_snapshot();
    if (!snapshot) {
        std::fprintf(stderr, "proclens-cli: %s\n",
                     qPrintable(QCoreApplication::translate("proclens-cli", "cannot read the process list: %1")
                                    .arg(QString::fromStdString(snapshot.error().message))));
        return 1;
    }
    auto sink = OutputSink::open({});
    const bool text = options.format == output::Format::Text;
    const bool depthColumn = options.tree && !text;

    std::vector<output::Column> columns = output::columns_of(kColumns);
    if (depthColumn)
        columns.insert(columns.begin() + kDepthIndex, kDepthColumn);
    auto writer = output::make_writer(options.format);
    writer->begin(columns);

    std::vector<Placed> rows;
    if (options.tree) {
        rows = tree_order(*snapshot);
    } else {
        for (const auto& r : *snapshot)
            rows.push_back({&r, 0});
    }

    std::vector<std::string> fields;
    for (const Placed& p : rows) {
        output::format_process_row(*p.record, kColumns, fields);
        if (options.tree && text && p.depth > 0)
            fields[kCommIndex] = std::string(static_cast<std::size_t>(p.depth - 1) * 2, ' ') + "`- " + fields[kCommIndex];
        if (depthColumn)
            fields.insert(fields.begin() + kDepthIndex, std::to_string(p.depth));
        writer->row(fields);
        if (writer->buffer().size() >= 64 * 1024 && !sink->write(writer->take()))
            break;
    }
    sink->write(writer->take());
    if (sink->failed()) {
        std::fprintf(stderr, "proclens-cli: %s\n", sink->error().c_str());
        return 1;
    }
    return 0;
}

}  // namespace proclens::cli
