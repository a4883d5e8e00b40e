// SPDX-License-Identifier: MIT
// SummaryReader over real per-CPU BPF maps: sums the summary hash over CPUs, adds the
// CPUs' tally caches of the current epoch only, and never returns less than an earlier
// read did (a tally caught moving into the map is missed by one read; the GUI would take
// a smaller cumulative count for a restarted counter).
#include "summary_reader.h"

#include "bpf/events.h"
#include "bpf/tally.h"

#include <QtTest>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace proclens;
using namespace proclens::engine;

class TestSummaryReader : public QObject {
    Q_OBJECT

    int fd_ = -1;
    int cpus_ = 1;

    // Sets (pid, nr) to count on CPU 0 and 1 on every other CPU.
    void put(uint32_t pid, uint32_t nr, uint64_t count, uint64_t maxNs)
    {
        std::vector<pl_summary_value> values(size_t(cpus_), pl_summary_value{1, 0, 10, 10});
        values[0] = pl_summary_value{count, count / 2, count * 100, maxNs};
        const pl_summary_key key{pid, nr};
        QCOMPARE(bpf_map_update_elem(fd_, &key, values.data(), BPF_ANY), 0);
    }

    const SummaryRow* find(const std::vector<SummaryRow>& rows, uint32_t pid, uint32_t nr)
    {
        for (const auto& row : rows)
            if (row.pid == pid && row.nr == nr)
                return &row;
        return nullptr;
    }

private slots:
    void init()
    {
        if (geteuid() != 0)
            QSKIP("creating BPF maps needs root; run this test as root");
        cpus_ = libbpf_num_possible_cpus();
        QVERIFY(cpus_ > 0);
        fd_ = bpf_map_create(BPF_MAP_TYPE_PERCPU_HASH, "tst_summary", sizeof(pl_summary_key),
                             sizeof(pl_summary_value), 64, nullptr);
        if (fd_ < 0)
            QSKIP(qPrintable(QStringLiteral("no BPF here: %1").arg(QString::fromUtf8(std::strerror(errno)))));
    }

    void cleanup()
    {
        if (fd_ >= 0)
            close(fd_);
        fd_ = -1;
    }

    void sumsOverCpus()
    {
        put(42, 39, 5, 70);
        put(42, 110, 8, 30);
        SummaryReader reader({.summaryMapFd = fd_, .numCpus = cpus_});
        const auto rows = reader.read();
        QCOMPARE(rows.size(), size_t(2));
        const SummaryRow* row = find(rows, 42, 39);
        QVERIFY(row);
        const uint64_t others = uint64_t(cpus_ - 1);
        QCOMPARE(row->count, 5 + others);
        QCOMPARE(row->errors, uint64_t(2));
        QCOMPARE(row->totalNs, 500 + 10 * others);
        QCOMPARE(row->maxNs, uint64_t(70));
        QVERIFY(rows[0].nr < rows[1].nr); // sorted by (pid, nr)
    }

    void neverGoesBack()
    {
        put(7, 0, 100, 50);
        SummaryReader reader({.summaryMapFd = fd_, .numCpus = cpus_});
        const uint64_t others = uint64_t(cpus_ - 1);
        QCOMPARE(find(reader.read(), 7, 0)->count, 100 + others);
        put(7, 0, 60, 20); // a read that missed a moving tally
        auto rows = reader.read();
        QCOMPARE(find(rows, 7, 0)->count, 100 + others);
        QCOMPARE(find(rows, 7, 0)->maxNs, uint64_t(50));
        const pl_summary_key key{7, 0};
        QCOMPARE(bpf_map_delete_elem(fd_, &key), 0); // missing from a read: keeps its last figures
        rows = reader.read();
        QVERIFY(find(rows, 7, 0));
        QCOMPARE(find(rows, 7, 0)->count, 100 + others);
        put(7, 0, 130, 20);
        QCOMPARE(find(reader.read(), 7, 0)->count, 130 + others);
        reader.reset(); // cleared: smaller figures are real again
        put(7, 0, 3, 20);
        QCOMPARE(find(reader.read(), 7, 0)->count, 3 + others);
    }

    void addsTallyCachesOfTheCurrentEpoch()
    {
        const int caches = bpf_map_create(BPF_MAP_TYPE_PERCPU_ARRAY, "tst_cpu_tallies", sizeof(uint32_t),
                                          sizeof(pl_cpu_tallies), 1, nullptr);
        const int moves = bpf_map_create(BPF_MAP_TYPE_PERCPU_ARRAY, "tst_tally_moves", sizeof(uint32_t),
                                         sizeof(uint64_t), 1, nullptr);
        QVERIFY(caches >= 0 && moves >= 0);
        auto closeBoth = qScopeGuard([&] { close(caches); close(moves); });
        put(42, 39, 5, 70);
        // CPU 0: (42, 39) and (42, 110) in the current epoch; every other CPU: a stale epoch.
        std::vector<pl_cpu_tallies> perCpu(static_cast<size_t>(cpus_));
        for (auto& cache : perCpu) {
            cache.epoch = 2;
            cache.tally[pl_tally_index(42, 39)] = pl_tally{42, 39, {1000, 0, 1000, 1000}};
        }
        perCpu[0].epoch = 3;
        perCpu[0].tally[pl_tally_index(42, 39)] = pl_tally{42, 39, {4, 1, 400, 300}};
        perCpu[0].tally[pl_tally_index(42, 110)] = pl_tally{42, 110, {2, 0, 20, 15}};
        const uint32_t zero = 0;
        QCOMPARE(bpf_map_update_elem(caches, &zero, perCpu.data(), BPF_ANY), 0);
        const volatile uint32_t epoch = 3;
        SummaryReader reader({.summaryMapFd = fd_, .numCpus = cpus_, .cpuTalliesFd = caches,
                              .tallyMovesFd = moves, .epoch = &epoch});
        auto rows = reader.read();
        const uint64_t others = uint64_t(cpus_ - 1);
        QVERIFY(find(rows, 42, 39));
        QCOMPARE(find(rows, 42, 39)->count, 5 + others + 4);
        QCOMPARE(find(rows, 42, 39)->errors, uint64_t(2 + 1));
        QCOMPARE(find(rows, 42, 39)->maxNs, uint64_t(300));
        QVERIFY(find(rows, 42, 110));
        QCOMPARE(find(rows, 42, 110)->count, uint64_t(2));
        // A move that never ends (odd sequence) costs a few retries, not a hang.
        std::vector<uint64_t> seq(size_t(cpus_), 0);
        seq[0] = 1;
        QCOMPARE(bpf_map_update_elem(moves, &zero, seq.data(), BPF_ANY), 0);
        QCOMPARE(find(reader.read(), 42, 39)->count, 5 + others + 4);
    }
};

QTEST_GUILESS_MAIN(TestSummaryReader)
#include "tst_summary_reader.moc"
