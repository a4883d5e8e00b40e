// SPDX-License-Identifier: MIT
#include "activity_export_source.h"

#include "activity_model.h"

#include "proclens/event_format.h"
#include "proclens/names.h"

#include <QLocale>

#include <cstdio>
#include <ctime>

namespace proclens::gui {

ActivityExportSource::ActivityExportSource(EventSnapshot snapshot, std::vector<std::uint64_t> rows,
                                           std::vector<int> columns, std::int64_t realtimeOffset)
    : snapshot_(std::move(snapshot)), rows_(std::move(rows)), columns_(std::move(columns)),
      realtimeOffset_(realtimeOffset)
{
}

QString ActivityExportSource::title() const
{
    return QObject::tr("Activity log (%1 events)").arg(QLocale().toString(qulonglong(rows_.size())));
}

std::vector<std::string> ActivityExportSource::header() const
{
    std::vector<std::string> out;
    for (int c : columns_)
        out.push_back(c == ActivityModel::Duration ? std::string("Duration (µs)")
                                                   : ActivityModel::columnTitle(c).toStdString());
    return out;
}

bool ActivityExportSource::isNumeric(std::size_t column) const
{
    if (column >= columns_.size())
        return false;
    const int c = columns_[column];
    return c == ActivityModel::Pid || c == ActivityModel::Tid || c == ActivityModel::Duration;
}

std::string ActivityExportSource::time(std::uint64_t timestampNs) const
{
    char buf[40];
    if (!realtimeOffset_) {
        std::snprintf(buf, sizeof buf, "%llu.%06llu", static_cast<unsigned long long>(timestampNs / 1'000'000'000),
                      static_cast<unsigned long long>(timestampNs / 1000 % 1'000'000));
        return buf;
    }
    const std::int64_t ns = std::int64_t(timestampNs) + realtimeOffset_;
    const std::int64_t second = ns / 1'000'000'000;
    if (second != cachedSecond_) {
        const std::time_t t = std::time_t(second);
        std::tm tm{};
        localtime_r(&t, &tm);
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.", tm.tm_hour, tm.tm_min, tm.tm_sec);
        cachedClock_ = buf;
        cachedSecond_ = second;
    }
    std::snprintf(buf, sizeof buf, "%06lld", static_cast<long long>(ns / 1000 % 1'000'000));
    return cachedClock_ + buf;
}

void ActivityExportSource::row(std::size_t i, std::vector<std::string>& cells) const
{
    cells.resize(columns_.size());
    const StoredEvent& e = snapshot_.at(rows_[i]);
    for (std::size_t k = 0; k < columns_.size(); ++k) {
        std::string& out = cells[k];
        switch (columns_[k]) {
        case ActivityModel::Time: out = time(e.timestamp_ns); break;
        case ActivityModel::Process: out = std::string(e.commView()); break;
        case ActivityModel::Pid: out = std::to_string(e.pid); break;
        case ActivityModel::Tid: out = std::to_string(e.tid); break;
        case ActivityModel::Event:
            out = e.isSyscall() ? std::string(names::syscall_name(e.nr)) : std::string(wire::record_type_name(e.kind));
            if (out.empty())
                out = "syscall_" + std::to_string(e.nr);
            break;
        case ActivityModel::Arguments:
            out = e.isSyscall() ? format_syscall_args(e.toSyscall()) : format_process_args(e.toProcess());
            break;
        case ActivityModel::Result:
            if (e.isSyscall())
                out = format_syscall_result(e.result);
            else if (e.kind == PL_EVENT_EXIT)
                out = e.nr ? names::signal_name(int(e.nr)) : std::to_string(e.result);
            else
                out.clear();
            break;
        case ActivityModel::Duration:
            if (e.isSyscall()) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.3f", double(e.latency_ns) / 1000.0);
                out = buf;
            } else {
                out.clear();
            }
            break;
        default: out.clear(); break;
        }
    }
}

}  // namespace proclens::gui
