// SPDX-License-Identifier: MIT
#include "proc_sampler.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

namespace proclens::gui {

namespace {
QByteArray readSmall(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    return f.read(4096);
}
}  // namespace

std::optional<ProcSample> readProcSample(const QString& procRoot, std::uint32_t pid)
{
    const QString dir = procRoot + QLatin1Char('/') + QString::number(pid);
    const QByteArray stat = readSmall(dir + QStringLiteral("/stat"));
    // comm may contain spaces and parentheses: fields start after the last ')'.
    const int close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> f = stat.mid(close + 2).split(' ');
    // f[0] = state (field 3), f[1] = ppid, f[11] = utime, f[12] = stime, f[16] = nice,
    // f[17] = num_threads, f[19] = starttime, f[21] = rss pages.
    if (f.size() < 22)
        return std::nullopt;
    static const long ticks = sysconf(_SC_CLK_TCK);
    static const long page = sysconf(_SC_PAGESIZE);
    ProcSample s;
    s.pid = pid;
    s.state = f[0].isEmpty() ? '?' : f[0].at(0);
    s.ppid = f[1].toUInt();
    const std::uint64_t cpuTicks = f[11].toULongLong() + f[12].toULongLong();
    s.cpuTimeNs = cpuTicks * 1000000000ull / std::uint64_t(ticks);
    s.nice = f[16].toInt();
    s.threads = f[17].toUInt();
    s.startTimeNs = f[19].toULongLong() * 1000000000ull / std::uint64_t(ticks);
    s.rssBytes = f[21].toULongLong() * std::uint64_t(page);
    return s;
}

std::vector<ProcSample> sampleAll(const QString& procRoot)
{
    std::vector<ProcSample> out;
    const QStringList entries = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    out.reserve(std::size_t(entries.size()));
    for (const QString& e : entries) {
        bool ok = false;
        const std::uint32_t pid = e.toUInt(&ok);
        if (!ok)
            continue;
        if (auto s = readProcSample(procRoot, pid))
            out.push_back(*s);
    }
    return out;
}

ProcSampler::ProcSampler(QString procRoot, QObject* parent)
    : QObject(parent), procRoot_(std::move(procRoot))
{
    qRegisterMetaType<std::vector<proclens::gui::ProcSample>>();
    worker_ = new QObject;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    // The pass runs on the worker thread; its result is queued back to this object's thread.
    connect(this, &ProcSampler::requestPass, worker_, [this, root = procRoot_] {
        std::vector<ProcSample> samples = sampleAll(root);
        QMetaObject::invokeMethod(this, [this, samples = std::move(samples)] {
            busy_ = false;
            Q_EMIT sampled(samples);
        }, Qt::QueuedConnection);
    });
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (busy_)
            return;  // a slow pass is not stacked up
        busy_ = true;
        Q_EMIT requestPass();
    });
    thread_.setObjectName(QStringLiteral("proc-sampler"));
    thread_.start();
}

ProcSampler::~ProcSampler()
{
    timer_.stop();
    thread_.quit();
    thread_.wait();
}

void ProcSampler::setInterval(int ms)
{
    interval_ = std::max(100, ms);
    timer_.setInterval(interval_);
}

void ProcSampler::start()
{
    timer_.start(interval_);
}

void ProcSampler::stop()
{
    timer_.stop();
}

}  // namespace proclens::gui
