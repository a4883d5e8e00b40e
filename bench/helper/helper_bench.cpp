// SPDX-License-Identifier: MIT
// helper_bench: what a client of proclens-helper gets through the helper's socket.
//
//   helper_bench [--transport peer|bus|peer,bus] [--helper EXE] [--workload EXE]
//                [--calls N] [--rounds N]
//
// Each round, for each transport in turn (interleaved):
//   latency    Subscribe -> the first event batch at the client (a ticker thread
//              makes a syscall every millisecond so there is always an event); the
//              capture starts for it (BPF load + attach); on the bus also while a
//              second client holds a session (the Subscribe joins a running capture);
//   throughput the workload (getppid_loop N) runs while subscribed at the events
//              level; rate = N / (time from its start to the client holding all N
//              of its getppid records); the helper's utime+stime over that window
//              gives its CPU per 100k events/s; batches the helper dropped for us
//              and kernel drops are reported and must be 0; CPU per record of the
//              helper and of this client (reader thread: read + decode).
// Prints one line per measurement and a Markdown summary (median, min-max).

#include "proc_stat.h"
#include "proclens/helper_client.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <unordered_map>

using namespace proclens;
using namespace proclens::bench;
using Clock = std::chrono::steady_clock;

namespace {

struct Config {
    QStringList transports{QStringLiteral("peer")};
    QString helper = QStringLiteral(PROCLENS_HELPER_BUILD_PATH);
    QString workload = QStringLiteral(GETPPID_LOOP_PATH);
    qint64 calls = 2000000;
    int rounds = 7;
};

struct Results {
    std::vector<double> subscribeMs, rateMps, totalMps, cpuPer100k, helperUs, clientUs;
    std::vector<double> joinMs;
    double coldMs = -1;
    uint64_t maxDrops = 0;
    int incomplete = 0;
};

double msSince(Clock::time_point t0, Clock::time_point t1)
{
    return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

/// CPU seconds of the children we waited for (the workload runs).
double childrenCpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

/// One connected client and what its batch handler has seen.
class Bench {
public:
    Bench(const QString& transport, const Config& config) : transport_(transport), config_(config)
    {
        client_.setBatchHandler([this](wire::DecodedBatch&& batch) { onBatch(batch); });
    }

    QString connect()
    {
        HelperClient::Options o;
        o.transport = transport_ == QLatin1String("bus") ? HelperClient::Transport::SystemBus
                                                         : HelperClient::Transport::Peer;
        o.helperPath = config_.helper;
        if (const QDBusError e = client_.connectToHelper(o); e.isValid())
            return e.message();
        if (transport_ == QLatin1String("bus")) {
            // Activated on demand: start it now so it has a pid to watch.
            auto* bus = QDBusConnection::systemBus().interface();
            const QString name = QStringLiteral("org.proclens.Helper1");
            if (!bus->isServiceRegistered(name).value())
                bus->startService(name);
            helperPid_ = pid_t(bus->servicePid(name).value());
        }
        else
            helperPid_ = findChild(::getpid(), "proclens-helper");
        if (helperPid_ <= 0)
            return QStringLiteral("cannot find the helper's pid");
        return {};
    }

    /// Subscribe -> first batch with an event, in ms (negative on failure). `joining`:
    /// another client (bus only) holds a session, so the capture is already running.
    double subscribeLatency(bool joining = false)
    {
        std::unique_ptr<HelperClient> other;
        if (joining) {
            other = std::make_unique<HelperClient>();
            HelperClient::Options o;
            o.transport = HelperClient::Transport::SystemBus;
            if (other->connectToHelper(o).isValid() ||
                other->subscribe({{QStringLiteral("level"), QStringLiteral("events")}}).isValid())
                return -1;
            spin(200);
        }
        firstEvent_.store(0);
        std::atomic<bool> stop{false};
        std::thread ticker([&stop] {
            while (!stop.load()) {
                ::syscall(SYS_getppid);
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        });
        const auto t0 = Clock::now();
        const QDBusError e = client_.subscribe({{QStringLiteral("level"), QStringLiteral("events")}});
        double ms = -1;
        if (!e.isValid()) {
            QElapsedTimer t;
            t.start();
            while (firstEvent_.load() == 0 && t.elapsed() < 5000)
                QThread::usleep(200);
            if (const auto first = firstEvent_.load())
                ms = msSince(t0, Clock::time_point(Clock::duration(first)));
            client_.unsubscribe();
        } else {
            std::fprintf(stderr, "subscribe: %s\n", qPrintable(e.message()));
        }
        stop.store(true);
        ticker.join();
        return ms;
    }

    /// One workload run; appends to `r`.
    void throughput(Results& r)
    {
        {
            std::lock_guard lock(mutex_);
            getppidByPid_.clear();
        }
        const QDBusError e = client_.subscribe({{QStringLiteral("level"), QStringLiteral("events")},
                                                {QStringLiteral("queueBatches"), 4096u}});
        if (e.isValid()) {
            std::fprintf(stderr, "subscribe: %s\n", qPrintable(e.message()));
            ++r.incomplete;
            return;
        }
        spin(300);  // the capture is attached and idle traffic flows
        const uint64_t records0 = client_.recordsReceived();
        const double cpu0 = processCpuSeconds(helperPid_);
        const double self0 = processCpuSeconds(::getpid());
        const double work0 = childrenCpuSeconds();
        QProcess work;
        const auto t0 = Clock::now();
        work.start(config_.workload, {QString::number(config_.calls)});
        const pid_t workPid = pid_t(work.processId());
        work.waitForFinished(-1);
        // Drain: wait until all of its getppid records arrived (or no progress for 3 s).
        uint64_t seen = 0, lastSeen = 0;
        QElapsedTimer still;
        still.start();
        Clock::time_point done = Clock::now();
        for (;;) {
            {
                std::lock_guard lock(mutex_);
                seen = getppidByPid_[uint32_t(workPid)];
                done = lastArrival_;
            }
            if (seen >= uint64_t(config_.calls) || still.elapsed() > 3000)
                break;
            if (seen != lastSeen) {
                lastSeen = seen;
                still.restart();
            }
            QThread::msleep(2);
        }
        const double cpu1 = processCpuSeconds(helperPid_);
        const double self1 = processCpuSeconds(::getpid());
        const double workCpu = childrenCpuSeconds() - work0;
        const uint64_t records = client_.recordsReceived() - records0;
        const uint64_t drops = client_.droppedBatches() + client_.kernelDrops();
        client_.unsubscribe();
        const double seconds = msSince(t0, done) / 1000;
        const double rate = double(seen) / seconds;
        const double cpuShare = (cpu1 - cpu0) / seconds;  // of one core
        const double per100k = cpuShare / (rate / 1e5) * 100;  // % of a core per 100k events/s
        // CPU per record of the two halves of the path: helper (consume, frame, send), client (read, decode).
        const double helperUs = (cpu1 - cpu0) / double(records) * 1e6;
        const double clientUs = (self1 - self0) / double(records) * 1e6;
        std::printf("%s throughput: %llu/%lld getppid records in %.3f s = %.3fM events/s; all records %.3fM/s; "
                    "helper CPU %.1f%% of a core = %.2f%% per 100k events/s; drops %llu; "
                    "CPU per record: helper %.2f us, client %.2f us; workload CPU %.2f s (%.0f%% of its wall time)\n",
                    qPrintable(transport_), (unsigned long long)seen, (long long)config_.calls, seconds,
                    rate / 1e6, double(records) / seconds / 1e6, cpuShare * 100, per100k,
                    (unsigned long long)drops, helperUs, clientUs, workCpu, workCpu / seconds * 100);
        std::fflush(stdout);
        r.maxDrops = std::max(r.maxDrops, drops);
        if (seen < uint64_t(config_.calls)) {
            ++r.incomplete;
            return;
        }
        r.rateMps.push_back(rate / 1e6);
        r.totalMps.push_back(double(records) / seconds / 1e6);
        r.cpuPer100k.push_back(per100k);
        r.helperUs.push_back(helperUs);
        r.clientUs.push_back(clientUs);
    }

private:
    void onBatch(const wire::DecodedBatch& batch)
    {
        const auto now = Clock::now();
        std::unordered_map<uint32_t, uint64_t> local;
        bool any = false;
        for (const auto& ev : batch.events) {
            if (const auto* s = std::get_if<wire::SyscallEvent>(&ev)) {
                any = true;
                if (s->nr == SYS_getppid)
                    ++local[s->pid];
            } else if (std::holds_alternative<wire::ProcessEvent>(ev)) {
                any = true;
            }
        }
        if (any && firstEvent_.load() == 0)
            firstEvent_.store(now.time_since_epoch().count());
        if (local.empty())
            return;
        std::lock_guard lock(mutex_);
        for (const auto& [pid, n] : local)
            getppidByPid_[pid] += n;
        lastArrival_ = now;
    }

    QString transport_;
    const Config& config_;
    HelperClient client_;
    pid_t helperPid_ = 0;
    std::atomic<Clock::rep> firstEvent_{0};
    std::mutex mutex_;
    std::unordered_map<uint32_t, uint64_t> getppidByPid_;
    Clock::time_point lastArrival_;
};

int usage(const char* why)
{
    std::fprintf(stderr,
                 "helper_bench: %s\nusage: helper_bench [--transport peer|bus|peer,bus] [--helper EXE] "
                 "[--workload EXE] [--calls N] [--rounds N]\n",
                 why);
    return 2;
}

void summarize(const QString& transport, const Results& r)
{
    auto row = [](const char* what, const std::vector<double>& v, const char* fmt) {
        if (v.empty()) {
            std::printf("| %s | – | – | 0 |\n", what);
            return;
        }
        char med[32], lo[32], hi[32];
        std::snprintf(med, sizeof med, fmt, median(v));
        std::snprintf(lo, sizeof lo, fmt, *std::min_element(v.begin(), v.end()));
        std::snprintf(hi, sizeof hi, fmt, *std::max_element(v.begin(), v.end()));
        std::printf("| %s | %s | %s–%s | %zu |\n", what, med, lo, hi, v.size());
    };
    std::printf("\n### %s\n\n| measure | median | min–max | runs |\n| --- | --- | --- | --- |\n", qPrintable(transport));
    row("Subscribe → first event, warm (ms)", r.subscribeMs, "%.1f");
    if (!r.joinMs.empty())
        row("Subscribe → first event, capture already running (ms)", r.joinMs, "%.1f");
    row("workload events/s, no drops (M)", r.rateMps, "%.3f");
    row("all records/s at the client (M)", r.totalMps, "%.3f");
    row("helper CPU per 100k events/s (% of a core)", r.cpuPer100k, "%.2f");
    row("helper CPU per record (µs)", r.helperUs, "%.2f");
    row("client CPU per record, read + decode (µs)", r.clientUs, "%.2f");
    std::printf("\ncold Subscribe → first event (first after connect): %.1f ms; max drops %llu; "
                "incomplete runs %d\n",
                r.coldMs, (unsigned long long)r.maxDrops, r.incomplete);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Config config;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); i += 2) {
        if (i + 1 >= args.size())
            return usage("every option needs a value");
        const QString& key = args[i];
        const QString& value = args[i + 1];
        bool ok = true;
        if (key == QLatin1String("--transport")) {
            config.transports = value.split(u',');
            for (const QString& t : config.transports)
                ok = ok && (t == QLatin1String("peer") || t == QLatin1String("bus"));
        } else if (key == QLatin1String("--helper")) {
            config.helper = value;
        } else if (key == QLatin1String("--workload")) {
            config.workload = value;
        } else if (key == QLatin1String("--calls")) {
            config.calls = value.toLongLong(&ok);
            ok = ok && config.calls > 0;
        } else if (key == QLatin1String("--rounds")) {
            config.rounds = value.toInt(&ok);
            ok = ok && config.rounds > 0 && config.rounds < 1000;
        } else {
            return usage("unknown option");
        }
        if (!ok)
            return usage("bad value");
    }
    if (::geteuid() != 0 && config.transports.contains(QLatin1String("peer")))
        return usage("peer mode starts the helper directly, which needs root");

    std::map<QString, std::unique_ptr<Bench>> benches;
    std::map<QString, Results> results;
    for (const QString& t : config.transports) {
        auto b = std::make_unique<Bench>(t, config);
        if (const QString e = b->connect(); !e.isEmpty()) {
            std::fprintf(stderr, "helper_bench: %s: %s\n", qPrintable(t), qPrintable(e));
            return 1;
        }
        // The first Subscribe after the helper started: loads the BPF object cold.
        results[t].coldMs = b->subscribeLatency();
        benches[t] = std::move(b);
    }
    for (int round = 0; round < config.rounds; ++round) {
        for (const QString& t : config.transports) {
            const double ms = benches[t]->subscribeLatency();
            std::printf("%s round %d: Subscribe -> first event %.1f ms\n", qPrintable(t), round + 1, ms);
            if (ms >= 0)
                results[t].subscribeMs.push_back(ms);
            else
                ++results[t].incomplete;
            if (t == QLatin1String("bus")) {
                const double join = benches[t]->subscribeLatency(true);
                std::printf("%s round %d: Subscribe (capture already running) -> first event %.1f ms\n",
                            qPrintable(t), round + 1, join);
                if (join >= 0)
                    results[t].joinMs.push_back(join);
            }
            benches[t]->throughput(results[t]);
        }
    }
    for (const QString& t : config.transports)
        summarize(t, results[t]);
    bool clean = true;
    for (const auto& [t, r] : results)
        clean = clean && r.maxDrops == 0 && r.incomplete == 0;
    return clean ? 0 : 1;
}
