// SPDX-License-Identifier: MIT
// Stream reassembly: batches split at every possible chunk size come out
// whole; a truncated or corrupt stream is an error, never a crash.
#include <QtTest>

#include <cstring>

#include "proclens/wire_format.h"
#include "test_events.h"

using namespace proclens;
using namespace proclens::wire;

class TestStreamReassembler : public QObject {
    Q_OBJECT

    static std::vector<std::uint8_t> stream_of(int batches, std::vector<std::vector<std::uint8_t>>* each = nullptr)
    {
        BatchWriter w(100);
        std::vector<std::uint8_t> out;
        for (int i = 0; i < batches; ++i) {
            for (int k = 0; k <= i; ++k)
                for (const auto& e : test::sample_events())
                    (void)w.append(e);
            auto b = w.finish();
            if (each)
                each->push_back(b);
            out.insert(out.end(), b.begin(), b.end());
        }
        return out;
    }

private slots:
    void chunks_data()
    {
        QTest::addColumn<int>("chunk");
        for (int c : {1, 2, 3, 7, 31, 32, 33, 1000, 65536})
            QTest::newRow(qPrintable(QString("%1-byte chunks").arg(c))) << c;
    }

    void chunks()
    {
        QFETCH(int, chunk);
        std::vector<std::vector<std::uint8_t>> expected;
        const auto stream = stream_of(4, &expected);
        StreamReassembler r;
        std::vector<std::vector<std::uint8_t>> got;
        for (std::size_t pos = 0; pos < stream.size(); pos += static_cast<std::size_t>(chunk)) {
            const std::size_t n = std::min(static_cast<std::size_t>(chunk), stream.size() - pos);
            QVERIFY(r.feed(std::span(stream).subspan(pos, n)));
            while (auto b = r.next_batch())
                got.push_back(std::move(*b));
        }
        QVERIFY(!r.finish().has_value());
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            QVERIFY(got[i] == expected[i]);
            auto d = decode_batch(got[i]);
            QVERIFY(d.ok());
            QCOMPARE(d->header.sequence, 100u + i);
        }
        QCOMPARE(r.batches_out(), 4u);
        QCOMPARE(r.buffered_bytes(), 0u);
    }

    void truncatedAtEof_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("inside first header") << 10;
        QTest::newRow("inside first payload") << 200;
        QTest::newRow("inside second header") << -1;
        QTest::newRow("one byte short") << -2;
    }

    void truncatedAtEof()
    {
        QFETCH(int, cut);
        std::vector<std::vector<std::uint8_t>> each;
        auto stream = stream_of(2, &each);
        std::size_t keep;
        if (cut == -1)
            keep = each[0].size() + 5;
        else if (cut == -2)
            keep = stream.size() - 1;
        else
            keep = static_cast<std::size_t>(cut);
        stream.resize(keep);
        StreamReassembler r;
        for (std::uint8_t byte : stream) {
            QVERIFY(r.feed(std::span(&byte, 1)));
            while (r.next_batch()) {}
        }
        auto err = r.finish();
        QVERIFY(err.has_value());
        QVERIFY(err->message.find("stream ended inside a batch") != std::string::npos);
        const std::size_t batch_start = keep >= each[0].size() ? each[0].size() : 0;
        QCOMPARE(err->offset, batch_start);
    }

    void corruptHeaderFailsForGood()
    {
        std::vector<std::vector<std::uint8_t>> each;
        auto stream = stream_of(3, &each);
        const std::size_t second = each[0].size();
        stream[second] ^= 0xff;  // magic of the second batch
        StreamReassembler r;
        int batches = 0;
        bool failed = false;
        for (std::uint8_t byte : stream) {
            if (!r.feed(std::span(&byte, 1))) {
                failed = true;
                break;
            }
            while (r.next_batch())
                ++batches;
        }
        QVERIFY(failed);
        QCOMPARE(batches, 1);
        QVERIFY(r.error().has_value());
        QCOMPARE(r.error()->offset, second);
        QVERIFY(r.finish().has_value());
        QVERIFY(!r.next_batch().has_value());
    }

    void hugeLengthIsRefusedNotAllocated()
    {
        BatchHeader h;
        h.payload_bytes = 0x7fffffff;
        std::uint8_t bytes[kBatchHeaderSize];
        encode_batch_header(h, bytes);
        StreamReassembler r;
        QVERIFY(!r.feed(bytes));
        QVERIFY(r.error()->message.find("limit") != std::string::npos);

        // A reader with a smaller limit refuses earlier.
        h.payload_bytes = 4096;
        encode_batch_header(h, bytes);
        StreamReassembler small(1024);
        QVERIFY(!small.feed(bytes));
        QCOMPARE(small.error()->offset, 8u);
    }

    void emptyStreamIsFine()
    {
        StreamReassembler r;
        QVERIFY(!r.next_batch().has_value());
        QVERIFY(!r.finish().has_value());
    }
};

QTEST_GUILESS_MAIN(TestStreamReassembler)
#include "tst_stream_reassembler.moc"
