// SPDX-License-Identifier: MIT
#include "event_details.h"

#include "activity_model.h"

#include "proclens/event_format.h"
#include "proclens/names.h"
#include "proclens/procfs.h"

#include <QCoreApplication>
#include <QStringList>

namespace proclens::gui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("proclens::gui::EventDetails", text);
}

QString flagNames(std::uint16_t flags)
{
    static constexpr std::pair<std::uint16_t, const char*> kFlags[] = {
        {PL_FLAG_TRUNCATED_FILENAME, "truncated filename"}, {PL_FLAG_TRUNCATED_ARGV, "truncated argv"},
        {PL_FLAG_TRUNCATED_PATH, "truncated path"},         {PL_FLAG_READ_FAILED, "read failed"},
        {PL_FLAG_CORE_DUMPED, "core dumped"}};
    QStringList out;
    for (const auto& [bit, name] : kFlags)
        if (flags & bit)
            out << QString::fromLatin1(name);
    return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
}

QString text(const std::string* s)
{
    return s ? QString::fromUtf8(s->data(), qsizetype(s->size())) : QString();
}
}  // namespace

QString describeEvent(const StoredEvent& e, std::uint64_t sequence, std::int64_t realtimeOffset)
{
    QStringList lines;
    auto add = [&](const QString& name, const QString& value) { lines << name + QStringLiteral(": ") + value; };
    add(tr("Event"), ActivityModel::cellText(e, ActivityModel::Event, 0));
    add(tr("Time"), ActivityModel::cellText(e, ActivityModel::Time, realtimeOffset));
    add(tr("Timestamp (monotonic ns)"), QString::number(e.timestamp_ns));
    add(tr("Process"), text(e.comm));
    add(tr("PID"), QString::number(e.pid));
    add(tr("TID"), QString::number(e.tid));
    add(tr("CPU"), QString::number(e.cpu));
    add(tr("Flags"), flagNames(e.flags));
    add(tr("Log position"), QString::number(sequence));
    if (e.isSyscall()) {
        add(tr("Syscall number"), QString::number(e.nr));
        add(tr("Arguments"), ActivityModel::cellText(e, ActivityModel::Arguments, 0));
        for (std::size_t i = 0; i < e.args.size(); ++i)
            add(tr("Raw argument %1").arg(i), QStringLiteral("0x%1 (%2)").arg(e.args[i], 0, 16).arg(qint64(e.args[i])));
        add(tr("Result"), QString::fromStdString(format_syscall_result(e.result)));
        const std::string_view err = result_errno_name(e.result);
        if (!err.empty())
            add(tr("Error"), QStringLiteral("%1 (%2)")
                                 .arg(QString::fromLatin1(err.data(), qsizetype(err.size())),
                                      QString::fromLatin1(names::errno_text(int(-e.result)).data(),
                                                          qsizetype(names::errno_text(int(-e.result)).size()))));
        add(tr("Duration"), ActivityModel::cellText(e, ActivityModel::Duration, 0));
        const wire::SyscallEvent sc = e.toSyscall();
        for (std::size_t i = 0; i < sc.paths.size(); ++i)
            add(tr("Path %1").arg(i + 1), QString::fromStdString(quote_string(sc.paths[i].path))
                                              + (sc.paths[i].flags ? QStringLiteral(" [%1]").arg(flagNames(sc.paths[i].flags))
                                                                   : QString()));
        if (sc.sockaddr)
            add(tr("Socket address"), QString::fromStdString(format_sockaddr(*sc.sockaddr)));
        return lines.join(QLatin1Char('\n'));
    }
    add(tr("Parent PID"), QString::number(e.ppid()));
    add(tr("PID in its namespace"), QString::number(e.nsPid()));
    add(tr("UID / GID"), QStringLiteral("%1 / %2").arg(e.uid()).arg(e.gid()));
    add(tr("Start time (monotonic ns)"), QString::number(e.startTimeNs()));
    add(tr("Cgroup id"), QString::number(e.cgroupId()));
    if (e.kind == PL_EVENT_EXEC) {
        add(tr("Executable"), text(e.text1));
        QStringList argv;
        for (const std::string& a : e.argv())
            argv << QString::fromStdString(quote_string(a));
        add(tr("Arguments"), argv.join(QLatin1Char(' ')));
        add(tr("Previous thread id"), QString::number(e.nr));
    }
    if (e.kind == PL_EVENT_EXIT) {
        add(tr("Exit code"), QString::number(e.result));
        add(tr("Exit signal"), e.nr ? QString::fromStdString(names::signal_name(int(e.nr))) : tr("none"));
    }
    for (int k = 0; k < PL_NS_COUNT; ++k)
        add(tr("Namespace %1").arg(QString::fromLatin1(ns_kind_name(k))), QString::number(e.ns(k)));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace proclens::gui
