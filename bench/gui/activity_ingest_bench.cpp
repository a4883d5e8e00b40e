// SPDX-License-Identifier: MIT
// Activity view benchmark: a producer thread encodes syscall events into wire
// batches, decodes them (as the client's reader thread does) and pushes them
// through the BatchInbox; the GUI thread appends them to the EventStore and
// the ActivityView (shown offscreen, following the newest row) announces them.
// A 5 ms timer measures how late the event loop runs (median, p99, max); RSS
// is read when the store holds its 1,000,000 events; then the time to apply a
// view filter to the full store is measured (worker build + swap).
// Usage: activity_ingest_bench [rate=200000] [seconds=60]

#include "activity_view.h"
#include "batch_inbox.h"
#include "loop_latency.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

using namespace proclens;
using namespace proclens::gui;

namespace {
double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// A mix like a busy desktop: reads/writes, opens of a few thousand paths (some
// failing), stats, connects to loopback, futex/poll waits.
wire::SyscallEvent makeEvent(std::uint64_t i)
{
    wire::SyscallEvent e;
    e.pid = 1000 + std::uint32_t(i % 300);
    e.tid = e.pid + std::uint32_t(i % 3);
    e.cpu = std::uint16_t(i & 1);
    e.timestamp_ns = 1'000'000'000'000ull + i * 5000;
    e.latency_ns = 800 + (i * 7919) % 50'000;
    e.args = {3 + i % 20, 0x7ffc12340000ull + (i % 4096) * 16, 4096, 0, 0, 0};
    switch (i % 10) {
    case 0:
    case 1:
        e.nr = 257;  // openat
        e.args[0] = std::uint64_t(-100);
        e.args[2] = 0x80000;
        e.payload = PL_PAYLOAD_PATH;
        e.paths = {{(i % 3 ? "/usr/lib/x86_64-linux-gnu/lib" : "/etc/app/conf.d/") + std::to_string(i % 4000) + ".so", 0}};
        e.ret = i % 7 == 0 ? -2 : std::int64_t(3 + i % 20);
        break;
    case 2:
        e.nr = 262;  // newfstatat
        e.payload = PL_PAYLOAD_PATH;
        e.paths = {{"/home/user/project/src/file" + std::to_string(i % 2000) + ".cpp", 0}};
        e.ret = 0;
        break;
    case 3:
        e.nr = 42;  // connect
        e.payload = PL_PAYLOAD_SOCKADDR;
        e.sockaddr = wire::SockAddr{2, {2, 0, std::uint8_t(0x1f), std::uint8_t(i % 256), 127, 0, 0, 1}};
        e.ret = i % 5 == 0 ? -111 : 0;
        break;
    case 4:
        e.nr = 202;  // futex
        e.ret = 0;
        break;
    case 5:
        e.nr = 7;  // poll
        e.ret = 1;
        break;
    case 6:
    case 7:
        e.nr = 1;  // write
        e.ret = 4096;
        break;
    default:
        e.nr = 0;  // read
        e.ret = i % 13 == 0 ? -11 : 4096;
        break;
    }
    return e;
}
}  // namespace

using proclens::bench::percentile;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int rate = argc > 1 ? std::atoi(argv[1]) : 200'000;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 60;

    EventStore store(EventStore::kDefaultCapacity);
    ActivityView view(&store);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();

    BatchInbox inbox;
    std::uint64_t applied = 0;
    double maxAppendMs = 0, maxDropAppendMs = 0;
    std::vector<double> appendMs;
    QObject::connect(&inbox, &BatchInbox::eventsReady, &app, [&](const std::vector<wire::Event>& events) {
        QElapsedTimer t;
        t.start();
        const std::uint64_t droppedBefore = store.dropped();
        store.append(events);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        appendMs.push_back(ms);
        // An append that dropped the oldest chunk is reported apart: it is where a drop costs.
        (store.dropped() != droppedBefore ? maxDropAppendMs : maxAppendMs) =
            std::max(store.dropped() != droppedBefore ? maxDropAppendMs : maxAppendMs, ms);
        applied += events.size();
    });
    // Time the model spends announcing rows (flush: removal of dropped rows and insertion, with the view's handling).
    std::vector<double> flushMs;
    QElapsedTimer flushClock;
    QObject::connect(view.model(), &ActivityModel::rowsAboutToBeRemoved, &app, [&] { flushClock.start(); });
    QObject::connect(view.model(), &ActivityModel::rowsAboutToBeInserted, &app, [&] {
        if (!flushClock.isValid())
            flushClock.start();
    });
    QObject::connect(view.model(), &ActivityModel::rowsChanged, &app, [&] {
        if (flushClock.isValid())
            flushMs.push_back(double(flushClock.nsecsElapsed()) / 1e6);
        flushClock.invalidate();
    });

    // Producer: every 10 ms, rate/100 events encoded into one batch, decoded, pushed.
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> produced{0};
    std::atomic<std::uint64_t> decodeErrors{0};
    std::thread producer([&] {
        wire::BatchWriter writer;
        std::uint64_t i = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int tick = 1; !stop.load(); ++tick) {
            std::this_thread::sleep_until(start + std::chrono::milliseconds(10 * tick));
            for (int k = 0; k < rate / 100; ++k)
                (void)writer.append(wire::Event(makeEvent(i++)));
            const std::vector<std::uint8_t> bytes = writer.finish();
            auto batch = wire::decode_batch(bytes);
            if (!batch) {
                decodeErrors.fetch_add(1);
                continue;
            }
            produced.fetch_add(batch->events.size());
            inbox.push(std::move(*batch));
        }
    });

    proclens::bench::LoopLatencyProbe loopLatency(&app);  // how late a 5 ms timer fires
    double maxRss = 0;
    QTimer rssProbe;
    QObject::connect(&rssProbe, &QTimer::timeout, &app, [&] { maxRss = std::max(maxRss, rssMb()); });
    rssProbe.start(500);

    QElapsedTimer wall;
    wall.start();
    double wallS = 0, rssFull = 0;
    std::uint64_t producedAtEnd = 0;
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &app, [&] {
        wallS = double(wall.nsecsElapsed()) / 1e9;
        producedAtEnd = produced.load();
        stop.store(true);
        rssFull = rssMb();
        QApplication::quit();
    });
    app.exec();
    producer.join();
    loopLatency.stop();
    const std::size_t rowsShown = std::size_t(view.model()->rowCount());

    // Filter time over the full store: parse + compile + worker build + swap.
    // Waits for the swap of the filter just asked for.
    auto wait = [&] {
        QEventLoop loop;
        QObject::connect(view.model(), &ActivityModel::filterApplied, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    QElapsedTimer filterClock;
    filterClock.start();
    const bool ok = view.applyFilterText(QStringLiteral("path ~ \"/etc/\" and result != 0"));
    wait();
    const double filterMs = double(filterClock.nsecsElapsed()) / 1e6;
    const int matched = view.model()->rowCount();
    filterClock.restart();
    view.applyFilterText(QStringLiteral("syscall = connect and port = 8000"));
    wait();
    const double filter2Ms = double(filterClock.nsecsElapsed()) / 1e6;
    const int matched2 = view.model()->rowCount();

    std::printf("ingest: %.0f events/s generated (asked %d/s) over %.2f s wall; GUI applied %.0f events/s; "
                "backlog at the end %llu events; decode errors %llu\n",
                double(producedAtEnd) / wallS, rate, wallS, double(applied) / wallS,
                static_cast<unsigned long long>(producedAtEnd - std::min(producedAtEnd, applied)),
                static_cast<unsigned long long>(decodeErrors.load()));
    std::printf("store: %zu events retained (capacity %zu), %llu dropped, rows shown %zu; store estimate %.0f MB\n",
                store.size(), store.capacity(), static_cast<unsigned long long>(store.dropped()), rowsShown,
                double(store.memoryBytes()) / 1048576.0);
    std::printf("RSS at %zu retained events: %.0f MB (max during the run %.0f MB; target < 400)\n", store.size(), rssFull,
                maxRss);
    std::printf("append of one inbox chunk: median %.3f ms, slowest %.2f ms without a chunk drop, %.2f ms with one\n",
                percentile(appendMs, 0.5), maxAppendMs, maxDropAppendMs);
    std::printf("model announcements (remove + insert, with the view's handling): median %.2f ms, p99 %.2f ms, "
                "max %.2f ms, count %zu\n",
                percentile(flushMs, 0.5), percentile(flushMs, 0.99), percentile(flushMs, 1.0), flushMs.size());
    std::printf("event-loop latency: median %.2f ms, p99 %.2f ms (target < 50), max %.2f ms, samples %zu\n",
                percentile(loopLatency.lateMs(), 0.5), percentile(loopLatency.lateMs(), 0.99),
                percentile(loopLatency.lateMs(), 1.0), loopLatency.lateMs().size());
    std::printf("view filter over %zu events: `path ~ \"/etc/\" and result != 0` %.0f ms (%d rows%s), "
                "`syscall = connect and port = 8000` %.0f ms (%d rows) (target < 500)\n",
                store.size(), filterMs, matched, ok ? "" : ", FILTER REFUSED", filter2Ms, matched2);
    return 0;
}
