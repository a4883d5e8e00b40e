// SPDX-License-Identifier: MIT
#include "process_control.h"

#include "helper_api.h"

#include <QDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace proclens {

namespace {

ControlResult failure(int error, const QString& what)
{
    ControlResult r;
    r.errorName = QString::fromLatin1(error == ESRCH ? helper_api::error::kNoSuchProcess
                                                     : helper_api::error::kFailed);
    r.message = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(error)));
    return r;
}

} // namespace

ControlResult signalProcess(uint32_t pid, int signal)
{
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (fd < 0)
        return failure(errno, QStringLiteral("process %1").arg(pid));
    const int rc = int(::syscall(SYS_pidfd_send_signal, fd, signal, nullptr, 0));
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return failure(error, QStringLiteral("signal %1 to process %2").arg(signal).arg(pid));
    return ControlResult{true, {}, {}};
}

ControlResult setProcessNice(uint32_t pid, int nice)
{
    // Linux nice values are per thread; the path is built from a validated integer only.
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    const QStringList tids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (tids.isEmpty())
        return failure(ESRCH, QStringLiteral("process %1").arg(pid));
    int changed = 0;
    int lastError = 0;
    for (const QString& tid : tids) {
        bool ok = false;
        const uint t = tid.toUInt(&ok);
        if (!ok)
            continue;
        if (::setpriority(PRIO_PROCESS, id_t(t), nice) == 0)
            ++changed;
        else if (errno != ESRCH)
            lastError = errno;
    }
    if (changed == 0)
        return failure(lastError ? lastError : ESRCH, QStringLiteral("nice of process %1").arg(pid));
    return ControlResult{true, {}, {}};
}

} // namespace proclens
