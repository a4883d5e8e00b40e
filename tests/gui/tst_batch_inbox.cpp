// SPDX-License-Identifier: MIT
// BatchInbox: batches pushed from another thread reach the GUI thread in order, in
// chunks of at most the chunk size; what a tick's time budget leaves over is carried
// to the next tick (a storm cannot stall the event loop) and take() gets it back first.

#include "batch_inbox.h"
#include "fixtures.h"

#include <QSignalSpy>
#include <QTest>

#include <thread>

using namespace proclens;
using namespace proclens::gui;

namespace {
wire::DecodedBatch forks(std::uint32_t first, std::uint32_t count)
{
    wire::DecodedBatch b;
    for (std::uint32_t p = first; p < first + count; ++p)
        b.events.emplace_back(fixtures::event(PL_EVENT_FORK, p, 1));
    return b;
}

std::uint32_t pidOf(const wire::Event& e)
{
    return std::get<wire::ProcessEvent>(e).task.pid;
}
}  // namespace

class TestBatchInbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chunksInOrderAcrossTicks_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("chunk");
        QTest::newRow("one chunk") << 10 << 100;
        QTest::newRow("exact chunks") << 300 << 100;
        QTest::newRow("ragged last chunk") << 250 << 100;
        QTest::newRow("chunk of one") << 5 << 1;
    }
    void chunksInOrderAcrossTicks()
    {
        QFETCH(int, events);
        QFETCH(int, chunk);
        BatchInbox inbox;
        inbox.setRate(200);
        inbox.setChunkSize(std::size_t(chunk));
        // Zero budget: exactly one chunk per tick, the rest waits for the next ticks.
        inbox.setTickBudget(std::chrono::milliseconds(0));
        std::vector<std::uint32_t> seen;
        std::vector<std::size_t> sizes;
        std::vector<std::size_t> backlogAfter;
        connect(&inbox, &BatchInbox::eventsReady, this, [&](const std::vector<wire::Event>& batch) {
            sizes.push_back(batch.size());
            for (const auto& e : batch)
                seen.push_back(pidOf(e));
            backlogAfter.push_back(inbox.backlog());
        });
        std::thread producer([&] {
            const std::uint32_t half = std::uint32_t(events) / 2;
            inbox.push(forks(1, half));
            inbox.push(forks(1 + half, std::uint32_t(events) - half));
        });
        producer.join();
        QCOMPARE(inbox.pushedRecords(), std::uint64_t(events));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), std::size_t(events), 5000);
        for (int i = 0; i < events; ++i)
            QCOMPARE(seen[std::size_t(i)], std::uint32_t(i + 1));
        const std::size_t ticks = (std::size_t(events) + std::size_t(chunk) - 1) / std::size_t(chunk);
        QCOMPARE(sizes.size(), ticks);
        for (std::size_t i = 0; i + 1 < sizes.size(); ++i)
            QCOMPARE(sizes[i], std::size_t(chunk));
        QCOMPARE(backlogAfter.back(), std::size_t(0));
        QCOMPARE(inbox.deliveredRecords(), std::uint64_t(events));
    }

    void takeReturnsCarriedEventsFirst()
    {
        BatchInbox inbox;
        inbox.setRate(200);
        inbox.setChunkSize(4);
        inbox.setTickBudget(std::chrono::milliseconds(0));
        QSignalSpy spy(&inbox, &BatchInbox::eventsReady);
        inbox.push(forks(1, 10));
        QVERIFY(spy.wait(2000));
        // One chunk went out; push more behind the carried six.
        inbox.push(forks(11, 3));
        const std::vector<wire::Event> rest = inbox.take();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(rest.size(), std::size_t(9));
        for (std::size_t i = 0; i < rest.size(); ++i)
            QCOMPARE(pidOf(rest[i]), std::uint32_t(i + 5));
        QCOMPARE(inbox.backlog(), std::size_t(0));
    }

    void budgetHandsOverMoreThanOneChunkPerTick()
    {
        BatchInbox inbox;
        inbox.setRate(20);
        inbox.setChunkSize(10);
        inbox.setTickBudget(std::chrono::milliseconds(1000));
        QSignalSpy spy(&inbox, &BatchInbox::eventsReady);
        inbox.push(forks(1, 95));
        QVERIFY(spy.wait(2000));
        // A generous budget drains everything in one tick, still in chunks.
        QCOMPARE(spy.count(), 10);
        QCOMPARE(inbox.backlog(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestBatchInbox)
#include "tst_batch_inbox.moc"
