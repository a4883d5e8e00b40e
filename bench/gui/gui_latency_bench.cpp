// SPDX-License-Identifier: MIT
// GUI benchmark: first paint of a 5,000-process tree, then a fork/exec/exit
// storm (default 2,000 processes/s) pushed from another thread through the
// BatchInbox exactly as the client's reader thread does, while a 5 ms timer
// measures how late the GUI thread's event loop runs (p50/p99/max).
// Every storm process exits 100 ms after its fork (exits match forks, so the
// table keeps the 5,000 processes plus ~rate/10 storm ones alive, and exited
// rows linger 3 s then go). The rate printed is what the producer actually
// generated and what the GUI actually applied, over the measured wall time.
// Usage: gui_latency_bench [processes=5000] [rate=2000] [seconds=10]

#include "batch_inbox.h"
#include "loop_latency.h"
#include "main_window.h"
#include "process_tree_model.h"
#include "process_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <thread>

using namespace proclens;
using namespace proclens::gui;

namespace {
wire::ProcessRecord record(std::uint32_t pid, std::uint32_t ppid)
{
    wire::ProcessRecord r;
    r.task.pid = r.task.tid = pid;
    r.task.ppid = ppid;
    r.task.comm = "worker-" + std::to_string(pid % 97);
    r.argv = {"/usr/bin/worker", "--id", std::to_string(pid)};
    r.exe = "/usr/bin/worker";
    r.state = 'S';
    r.threads = 1;
    r.rss_bytes = 4096ull * (pid % 1000);
    r.task.ns.fill(4026531836u);
    return r;
}

wire::ProcessEvent event(std::uint16_t type, std::uint32_t pid, std::uint32_t ppid)
{
    wire::ProcessEvent e;
    e.type = type;
    e.task.pid = e.task.tid = pid;
    e.task.ppid = ppid;
    e.task.comm = "true";
    e.task.ns.fill(4026531836u);
    if (type == PL_EVENT_EXEC) {
        e.filename = "/bin/true";
        e.argv = {"/bin/true", std::to_string(pid)};
    }
    return e;
}

}  // namespace

using proclens::bench::percentile;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int processes = argc > 1 ? std::atoi(argv[1]) : 5000;
    const int rate = argc > 2 ? std::atoi(argv[2]) : 2000;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 10;

    ProcessTable table;
    ProcessTreeModel model(&table);
    ProcessView view(&model);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();

    // 5,000 processes: 50 services under pid 1, each with 99 workers.
    std::vector<wire::ProcessRecord> rows{record(1, 0)};
    for (int i = 0; int(rows.size()) < processes; ++i) {
        const std::uint32_t service = 2 + std::uint32_t(i) * 100;
        rows.push_back(record(service, 1));
        for (std::uint32_t w = 1; w < 100 && int(rows.size()) < processes; ++w)
            rows.push_back(record(service + w, service));
    }
    QElapsedTimer paint;
    paint.start();
    table.loadSnapshot(rows);
    view.view()->expandAll();
    view.view()->viewport()->repaint();
    const double firstPaintMs = double(paint.nsecsElapsed()) / 1e6;

    BatchInbox inbox;
    std::uint64_t appliedEvents = 0;
    double maxApplyMs = 0, maxSweepMs = 0;  // where a slow tick's time went
    QObject::connect(&inbox, &BatchInbox::eventsReady, &app, [&](const std::vector<wire::Event>& events) {
        QElapsedTimer t;
        t.start();
        table.apply(events);
        maxApplyMs = std::max(maxApplyMs, double(t.nsecsElapsed()) / 1e6);
        appliedEvents += events.size();
    });
    QTimer sweep;
    // As the live session does: a budgeted sweep, and what it left over 20 ms later.
    std::function<void()> sweepOnce = [&] {
        QElapsedTimer t;
        t.start();
        const bool more = table.sweep(ProcessTable::kTickSweepBudget);
        maxSweepMs = std::max(maxSweepMs, double(t.nsecsElapsed()) / 1e6);
        if (more)
            QTimer::singleShot(20, &app, sweepOnce);
    };
    QObject::connect(&sweep, &QTimer::timeout, &app, sweepOnce);
    sweep.start(250);

    // The storm: fork+exec now, exit 100 ms later, from a producer thread in 10 ms batches.
    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> spawned{0};
    std::atomic<std::uint64_t> exited{0};
    std::thread producer([&] {
        std::uint32_t next = 1000000;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> live;  // pid, parent
        const auto start = std::chrono::steady_clock::now();
        int tick = 0;
        while (!stop.load()) {
            ++tick;
            std::this_thread::sleep_until(start + std::chrono::milliseconds(10 * tick));
            wire::DecodedBatch batch;
            for (int i = 0; i < rate / 100; ++i) {
                const std::uint32_t parent = 2 + std::uint32_t(i % 50) * 100;
                batch.events.emplace_back(event(PL_EVENT_FORK, next, parent));
                batch.events.emplace_back(event(PL_EVENT_EXEC, next, parent));
                live.emplace_back(next++, parent);
            }
            const std::size_t exits = live.size() > std::size_t(rate / 10) ? live.size() - std::size_t(rate / 10) : 0;
            for (std::size_t i = 0; i < exits; ++i)
                batch.events.emplace_back(event(PL_EVENT_EXIT, live[i].first, live[i].second));
            live.erase(live.begin(), live.begin() + std::ptrdiff_t(exits));
            inbox.push(std::move(batch));
            spawned.fetch_add(std::uint64_t(rate / 100));
            exited.fetch_add(exits);
        }
    });

    const proclens::bench::LoopLatencyProbe loopLatency(&app);  // how late a 5 ms timer fires
    std::size_t maxRows = 0;
    QTimer rowsProbe;
    QObject::connect(&rowsProbe, &QTimer::timeout, &app, [&] { maxRows = std::max(maxRows, table.size()); });
    rowsProbe.start(100);
    // Figures are taken when the quit timer actually fires (late if the GUI thread was stuck).
    QElapsedTimer wall;
    wall.start();
    double wallS = 0;
    std::uint64_t forks = 0, exits = 0, applied = 0;
    std::size_t backlog = 0, liveRows = 0, exitedRows = 0;
    QTimer::singleShot(seconds * 1000, Qt::PreciseTimer, &app, [&] {
        wallS = double(wall.nsecsElapsed()) / 1e9;
        stop.store(true);
        forks = spawned.load();
        exits = exited.load();
        applied = appliedEvents;
        backlog = std::size_t(inbox.pushedRecords() - appliedEvents);
        table.forEach([&](const ProcessNode& n) { ++(n.life == RowLife::Exited ? exitedRows : liveRows); });
        QApplication::quit();
    });
    app.exec();
    producer.join();

    std::printf("processes in table at start: %zu (max rows during storm %zu; at the end %zu live, %zu exited lingering)\n",
                rows.size(), maxRows, liveRows, exitedRows);
    std::printf("first paint of the expanded tree: %.1f ms (target < 1000)\n", firstPaintMs);
    std::printf("storm: %.0f processes/s generated (%llu forks, %llu exits) over %.2f s wall (asked %d/s for %d s); "
                "GUI applied %.0f events/s, backlog at the end %zu events\n",
                double(forks) / wallS, static_cast<unsigned long long>(forks), static_cast<unsigned long long>(exits),
                wallS, rate, seconds, double(applied) / wallS, backlog);
    std::printf("slowest apply of one chunk %.2f ms, slowest sweep %.2f ms\n", maxApplyMs, maxSweepMs);
    std::printf("event-loop latency: median %.2f ms (target < 16), p99 %.2f ms (target < 50), max %.2f ms, samples %zu\n",
                percentile(loopLatency.lateMs(), 0.5), percentile(loopLatency.lateMs(), 0.99),
                percentile(loopLatency.lateMs(), 1.0), loopLatency.lateMs().size());
    return 0;
}
