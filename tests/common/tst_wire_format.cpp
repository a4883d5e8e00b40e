// SPDX-License-Identifier: MIT
// Wire format: round trips of every record type, and truncated, oversized,
// garbage and hostile batches that must give errors, never a crash.
#include <QtTest>

#include <QElapsedTimer>

#include <cstring>
#include <random>

#include "proclens/wire_format.h"
#include "test_events.h"

using namespace proclens;
using namespace proclens::wire;

namespace {

template <class T>
void poke(std::vector<std::uint8_t>& b, std::size_t off, T v)
{
    std::memcpy(b.data() + off, &v, sizeof v);
}

template <class T>
T peek(const std::vector<std::uint8_t>& b, std::size_t off)
{
    T v;
    std::memcpy(&v, b.data() + off, sizeof v);
    return v;
}

// The wire bytes of one record (the batch minus its header).
std::vector<std::uint8_t> record_bytes(const Event& e)
{
    auto batch = test::encode({e});
    return {batch.begin() + kBatchHeaderSize, batch.end()};
}

std::vector<std::uint8_t> batch_of_raw(const std::vector<std::uint8_t>& rec)
{
    BatchWriter w;
    auto r = w.append_raw(rec);
    if (!r)
        qFatal("append_raw: %s", r.error().to_string().c_str());
    return w.finish();
}

}  // namespace

Q_DECLARE_METATYPE(std::vector<std::uint8_t>)

class TestWireFormat : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("index");
        const auto events = test::sample_events();
        const char* names[] = {"fork", "exec", "exit", "openat path", "rename path2", "connect sockaddr",
                               "getpid no payload", "lost", "process", "summary"};
        QCOMPARE(events.size(), std::size(names));
        for (std::size_t i = 0; i < events.size(); ++i)
            QTest::newRow(names[i]) << int(i);
    }

    void roundTrip()
    {
        QFETCH(int, index);
        const Event ev = test::sample_events()[static_cast<std::size_t>(index)];
        const auto bytes = test::encode({ev}, 77);
        QCOMPARE(bytes.size() % 8, 0u);
        auto decoded = decode_batch(bytes);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().to_string().c_str());
        QCOMPARE(decoded->header.sequence, 77u);
        QCOMPARE(decoded->header.record_count, 1u);
        QCOMPARE(decoded->events.size(), 1u);
        QVERIFY(decoded->events[0] == ev);
    }

    void wholeBatch()
    {
        const auto events = test::sample_events();
        BatchWriter w(5, kBatchSnapshot);
        for (const auto& e : events)
            QVERIFY(w.append(e).ok());
        QCOMPARE(w.record_count(), events.size());
        const auto first = w.finish();
        QVERIFY(w.empty());
        QCOMPARE(w.next_sequence(), 6u);
        auto d = decode_batch(first);
        QVERIFY(d.ok());
        QCOMPARE(d->header.magic, kBatchMagic);
        QCOMPARE(d->header.version, std::uint16_t(PL_WIRE_VERSION));
        QCOMPARE(d->header.payload_bytes, first.size() - kBatchHeaderSize);
        QCOMPARE(d->header.flags, kBatchSnapshot);
        QCOMPARE(d->header.sequence, 5u);
        QVERIFY(d->events == events);
        // An empty batch is valid too and carries the next sequence number.
        auto empty = decode_batch(w.finish());
        QVERIFY(empty.ok());
        QCOMPARE(empty->header.sequence, 6u);
        QCOMPARE(empty->events.size(), 0u);
    }

    void rawRecordLikeKernel()
    {
        // A record laid out as the BPF program does, appended unchanged.
        pl_exit_event raw{};
        raw.hdr.type = PL_EVENT_EXIT;
        raw.hdr.size = sizeof raw;
        raw.hdr.timestamp_ns = 99;
        raw.task.pid = 12;
        std::memcpy(raw.task.comm, "0123456789abcdef", 16);  // 16 bytes, no NUL: all kept
        raw.exit_code = 3;
        std::vector<std::uint8_t> rec(sizeof raw);
        std::memcpy(rec.data(), &raw, sizeof raw);
        auto d = decode_batch(batch_of_raw(rec));
        QVERIFY(d.ok());
        const auto& pe = std::get<ProcessEvent>(d->events[0]);
        QCOMPARE(pe.type, std::uint16_t(PL_EVENT_EXIT));
        QCOMPARE(pe.task.pid, 12u);
        QCOMPARE(pe.task.comm, std::string("0123456789abcdef"));
        QCOMPARE(pe.exit_code, 3);
    }

    void appendRawRejects_data()
    {
        QTest::addColumn<int>("spanSize");
        QTest::addColumn<int>("headerSize");
        QTest::newRow("shorter than header") << 8 << 8;
        QTest::newRow("header disagrees") << 32 << 40;
        QTest::newRow("not multiple of 8") << 20 << 20;
    }

    void appendRawRejects()
    {
        QFETCH(int, spanSize);
        QFETCH(int, headerSize);
        std::vector<std::uint8_t> rec(static_cast<std::size_t>(spanSize), 0);
        if (rec.size() >= 4)
            poke<std::uint16_t>(rec, 2, static_cast<std::uint16_t>(headerSize));
        BatchWriter w;
        QVERIFY(!w.append_raw(rec).ok());
        QCOMPARE(w.record_count(), 0u);
        QCOMPARE(w.payload_bytes(), 0u);
    }

    void encoderTruncates()
    {
        ProcessEvent e = test::sample_exec();
        e.filename = std::string(400, 'f');
        e.argv.assign(40, std::string(50, 'a'));  // 40 args (> 32), 2040 bytes (> 1024)
        auto d = decode_batch(test::encode({e}));
        QVERIFY(d.ok());
        const auto& pe = std::get<ProcessEvent>(d->events[0]);
        QVERIFY(pe.flags & PL_FLAG_TRUNCATED_FILENAME);
        QVERIFY(pe.flags & PL_FLAG_TRUNCATED_ARGV);
        QCOMPARE(pe.filename.size(), std::size_t(PL_PATH_MAX - 1));
        QVERIFY(pe.argv.size() <= PL_ARGV_MAX_ARGS);
        std::size_t bytes = 0;
        for (const auto& a : pe.argv)
            bytes += a.size() + 1;
        QVERIFY(bytes <= PL_ARGV_MAX_BYTES + 1);

        ProcessRecord r = test::sample_process();
        r.exe = std::string(5000, 'x');
        r.argv.assign(300, "y");
        auto d2 = decode_batch(test::encode({r}));
        QVERIFY(d2.ok());
        const auto& pr = std::get<ProcessRecord>(d2->events[0]);
        QCOMPARE(pr.exe.size(), kProcessStringMax);
        QCOMPARE(pr.argv.size(), kProcessArgsMax);
        QVERIFY(pr.flags & PL_FLAG_TRUNCATED_PATH);
        QVERIFY(pr.flags & PL_FLAG_TRUNCATED_ARGV);
    }

    void encoderRejectsInconsistentEvents()
    {
        BatchWriter w;
        ProcessEvent bad = test::sample_fork();
        bad.type = PL_EVENT_SYSCALL;
        QVERIFY(!w.append(bad).ok());
        SyscallEvent s = test::sample_openat();
        s.payload = PL_PAYLOAD_PATH2;  // but one path
        QVERIFY(!w.append(s).ok());
        s.payload = 9;
        QVERIFY(!w.append(s).ok());
        QVERIFY(w.empty());
    }

    // Every proper prefix of a valid batch is an error.
    void truncatedBatches()
    {
        const auto full = test::encode(test::sample_events());
        for (std::size_t n = 0; n < full.size(); ++n) {
            std::vector<std::uint8_t> cut(full.begin(), full.begin() + static_cast<std::ptrdiff_t>(n));
            auto d = decode_batch(cut);
            QVERIFY2(!d.ok(), qPrintable(QString("prefix of %1 bytes decoded").arg(n)));
        }
    }

    void batchHeaderErrors_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("width");
        QTest::addColumn<qlonglong>("value");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("errorOffset");
        QTest::newRow("magic") << 0 << 4 << qlonglong(0x12345678) << "bad batch magic" << 0;
        QTest::newRow("version") << 4 << 2 << qlonglong(PL_WIRE_VERSION + 1) << "unsupported wire version" << 4;
        QTest::newRow("header size") << 6 << 2 << qlonglong(40) << "header size" << 6;
        QTest::newRow("payload over limit") << 8 << 4 << qlonglong(kMaxBatchPayload + 1) << "limit" << 8;
        QTest::newRow("payload past buffer") << 8 << 4 << qlonglong(100000) << "past the end" << 8;
        QTest::newRow("payload short: trailing bytes") << 8 << 4 << qlonglong(104) << "after the end" << 136;
        QTest::newRow("count too high") << 12 << 4 << qlonglong(11) << "counts 11 records" << 12;
        QTest::newRow("count too low") << 12 << 4 << qlonglong(0) << "counts 0 records" << 12;
    }

    void batchHeaderErrors()
    {
        QFETCH(int, offset);
        QFETCH(int, width);
        QFETCH(qlonglong, value);
        QFETCH(QString, message);
        QFETCH(int, errorOffset);
        auto b = test::encode(test::sample_events());
        if (width == 2)
            poke<std::uint16_t>(b, static_cast<std::size_t>(offset), static_cast<std::uint16_t>(value));
        else
            poke<std::uint32_t>(b, static_cast<std::size_t>(offset), static_cast<std::uint32_t>(value));
        auto d = decode_batch(b);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.find(message.toStdString()) != std::string::npos, d.error().message.c_str());
        QCOMPARE(d.error().offset, std::size_t(errorOffset));
    }

    void recordErrors_data()
    {
        QTest::addColumn<int>("index");      // which sample event
        QTest::addColumn<int>("offset");     // in the record
        QTest::addColumn<int>("width");
        QTest::addColumn<qlonglong>("value");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("errorOffset");  // in the record; batch offset = +32
        const int sysHdr = sizeof(pl_syscall_event);
        QTest::newRow("fork: unknown type") << 0 << 0 << 2 << qlonglong(99) << "unknown record type 99" << 0;
        QTest::newRow("exec: filename_len") << 1 << int(offsetof(pl_exec_event, filename_len)) << 2 << qlonglong(256)
                                            << "filename length" << int(offsetof(pl_exec_event, filename_len));
        QTest::newRow("exec: argv_len") << 1 << int(offsetof(pl_exec_event, argv_len)) << 2 << qlonglong(1025)
                                        << "argv length" << int(offsetof(pl_exec_event, argv_len));
        QTest::newRow("exec: argc") << 1 << int(offsetof(pl_exec_event, argc)) << 2 << qlonglong(33) << "argc"
                                    << int(offsetof(pl_exec_event, argc));
        QTest::newRow("exec as fork type: size mismatch") << 1 << 0 << 2 << qlonglong(PL_EVENT_FORK)
                                                          << "fork record of 1400 bytes" << 2;
        QTest::newRow("fork as exec type: smaller than struct") << 0 << 0 << 2 << qlonglong(PL_EVENT_EXEC)
                                                                << "exec record of 104 bytes" << 2;
        QTest::newRow("syscall: unknown payload") << 3 << int(offsetof(pl_syscall_event, payload)) << 2 << qlonglong(7)
                                                  << "unknown payload kind" << int(offsetof(pl_syscall_event, payload));
        QTest::newRow("syscall: payload kind vs size") << 3 << int(offsetof(pl_syscall_event, payload)) << 2
                                                       << qlonglong(PL_PAYLOAD_PATH2) << "expected 624" << 2;
        QTest::newRow("syscall: path len") << 3 << sysHdr << 2 << qlonglong(256) << "path length" << sysHdr;
        QTest::newRow("syscall: second path len") << 4 << sysHdr + int(sizeof(pl_path)) << 2 << qlonglong(60000)
                                                  << "path length" << sysHdr + int(sizeof(pl_path));
        QTest::newRow("syscall: sockaddr len") << 5 << sysHdr << 2 << qlonglong(129) << "sockaddr length" << sysHdr;
        QTest::newRow("lost as summary: size") << 7 << 0 << 2 << qlonglong(kEventSummary) << "summary record" << 2;
        QTest::newRow("process: cwd len beyond record")
            << 8 << int(offsetof(pl_process_record, cwd_len)) << 2 << qlonglong(2000) << "need" << 2;
        QTest::newRow("process: exe len over max")
            << 8 << int(offsetof(pl_process_record, exe_len)) << 2 << qlonglong(5000) << "exceeds"
            << int(offsetof(pl_process_record, exe_len));
        QTest::newRow("process: argc mismatch") << 8 << int(offsetof(pl_process_record, argc)) << 2 << qlonglong(2)
                                                << "argc" << int(offsetof(pl_process_record, argc));
        QTest::newRow("process: argc over max") << 8 << int(offsetof(pl_process_record, argc)) << 2 << qlonglong(1000)
                                                << "argc" << int(offsetof(pl_process_record, argc));
        QTest::newRow("syscall as process: too small") << 6 << 0 << 2 << qlonglong(PL_EVENT_PROCESS)
                                                       << "process record of 96 bytes" << 2;
    }

    void recordErrors()
    {
        QFETCH(int, index);
        QFETCH(int, offset);
        QFETCH(int, width);
        QFETCH(qlonglong, value);
        QFETCH(QString, message);
        QFETCH(int, errorOffset);
        auto rec = record_bytes(test::sample_events()[static_cast<std::size_t>(index)]);
        if (width == 2)
            poke<std::uint16_t>(rec, static_cast<std::size_t>(offset), static_cast<std::uint16_t>(value));
        else
            poke<std::uint32_t>(rec, static_cast<std::size_t>(offset), static_cast<std::uint32_t>(value));
        auto d = decode_batch(batch_of_raw(rec));
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.find(message.toStdString()) != std::string::npos, d.error().message.c_str());
        QCOMPARE(d.error().offset, kBatchHeaderSize + std::size_t(errorOffset));
    }

    void recordFramingErrors_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << 0 << "smaller than the record header";
        QTest::newRow("eight") << 8 << "smaller than the record header";
        QTest::newRow("odd") << 105 << "not a multiple of 8";
        QTest::newRow("past payload") << 65528 << "runs past the end of the payload";
    }

    void recordFramingErrors()
    {
        QFETCH(int, size);
        QFETCH(QString, message);
        auto b = test::encode(test::sample_events());
        poke<std::uint16_t>(b, kBatchHeaderSize + 2, static_cast<std::uint16_t>(size));
        auto d = decode_batch(b);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message.find(message.toStdString()) != std::string::npos, d.error().message.c_str());
        QCOMPARE(d.error().offset, kBatchHeaderSize + 2);
    }

    void recordHeaderCutOff()
    {
        // 8 stray bytes after the last record, counted in the payload.
        auto b = test::encode({test::sample_fork()});
        b.resize(b.size() + 8, 0);
        poke<std::uint32_t>(b, 8, peek<std::uint32_t>(b, 8) + 8);
        auto d = decode_batch(b);
        QVERIFY(!d.ok());
        QVERIFY(d.error().message.find("cut off") != std::string::npos);
        QCOMPARE(d.error().offset, b.size() - 8);
    }

    // Every 16-bit and 32-bit word of a batch of every record type set to
    // hostile values: decoding returns (error or value), never crashes or
    // reads outside the buffer (ASan/UBSan run checks the latter).
    void hostileEveryWord()
    {
        const auto base = test::encode(test::sample_events());
        const std::uint32_t values[] = {0, 1, 7, 8, 0xff, 0x7fff, 0xffff, 0x10000, 0x7fffffff, 0xffffffff};
        int errors = 0, decoded = 0;
        for (std::size_t off = 0; off + 2 <= base.size(); off += 2) {
            for (std::uint32_t v : values) {
                auto b = base;
                if (v <= 0xffff)
                    poke<std::uint16_t>(b, off, static_cast<std::uint16_t>(v));
                else if (off + 4 <= b.size())
                    poke<std::uint32_t>(b, off, v);
                auto d = decode_batch(b);
                d.ok() ? ++decoded : ++errors;
                if (!d.ok())
                    QVERIFY(d.error().offset < b.size());
            }
        }
        QVERIFY(errors > 0);
        QVERIFY(decoded > 0);  // corrupting a timestamp or a pid is not detectable, and need not be
    }

    void garbage()
    {
        std::mt19937 rng(20261129);
        std::uniform_int_distribution<int> byte(0, 255);
        std::uniform_int_distribution<int> len(0, 4096);
        for (int i = 0; i < 3000; ++i) {
            std::vector<std::uint8_t> b(static_cast<std::size_t>(len(rng)));
            for (auto& x : b)
                x = static_cast<std::uint8_t>(byte(rng));
            QVERIFY(!decode_batch(b).ok());
            // Same garbage behind a valid header: the payload framing is what is tested.
            BatchHeader h;
            h.payload_bytes = static_cast<std::uint32_t>(b.size());
            h.record_count = static_cast<std::uint32_t>(rng() % 8);
            std::vector<std::uint8_t> framed(kBatchHeaderSize);
            encode_batch_header(h, framed.data());
            framed.insert(framed.end(), b.begin(), b.end());
            auto d = decode_batch(framed);
            if (!d.ok())
                QVERIFY(!d.error().message.empty());
        }
    }

    void splitBatchWithoutDecoding()
    {
        const auto b = test::encode(test::sample_events());
        auto recs = split_batch(b);
        QVERIFY(recs.ok());
        QCOMPARE(recs->size(), test::sample_events().size());
        QCOMPARE((*recs)[0].type, std::uint16_t(PL_EVENT_FORK));
        QCOMPARE((*recs)[0].offset, kBatchHeaderSize);
        QCOMPARE((*recs)[1].offset, kBatchHeaderSize + sizeof(pl_fork_event));
        QCOMPARE(std::string(record_type_name((*recs)[1].type)), std::string("exec"));
    }

    // The GUI ingests 200,000 events/s; decoding must be far from the limit.
    void decodeThroughput()
    {
        BatchWriter w;
        std::vector<std::vector<std::uint8_t>> batches;
        const auto plain = test::sample_getpid();
        const auto path = test::sample_openat();
        const auto exec = test::sample_exec();
        std::size_t events = 0;
        for (int i = 0; i < 200'000; ++i) {
            const int k = i % 20;
            QVERIFY(w.append(k < 16 ? Event{plain} : k < 19 ? Event{path} : Event{exec}).ok());
            if (w.payload_bytes() >= 256 * 1024)
                batches.push_back(w.finish());
        }
        batches.push_back(w.finish());
        QElapsedTimer t;
        t.start();
        for (const auto& b : batches) {
            auto d = decode_batch(b);
            QVERIFY(d.ok());
            events += d->events.size();
        }
        const double secs = std::max<qint64>(t.nsecsElapsed(), 1) / 1e9;
        QCOMPARE(events, 200'000u);
        qInfo("decoded %zu events in %zu batches at %.0f events/s", events, batches.size(), events / secs);
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
        QVERIFY(events / secs > 1'000'000);
#endif
    }

    // Unframed record runs (the engine's in-process callback) split and decode too.
    void splitRecordsWithoutHeader()
    {
        const auto b = test::encode(test::sample_events());
        std::vector<std::byte> run(b.size() - kBatchHeaderSize);
        std::memcpy(run.data(), b.data() + kBatchHeaderSize, run.size());
        auto recs = split_records(std::span<const std::byte>(run), 1000);
        QVERIFY(recs.ok());
        QCOMPARE(recs->size(), test::sample_events().size());
        QCOMPARE((*recs)[0].offset, 1000u);
        for (std::size_t i = 0; i < recs->size(); ++i) {
            auto ev = decode_record((*recs)[i]);
            QVERIFY(ev.ok());
            QVERIFY(*ev == test::sample_events()[i]);
        }
        // A bad size in the second record: the error points at its size field.
        std::uint16_t bad = 12;
        std::memcpy(run.data() + sizeof(pl_fork_event) + 2, &bad, sizeof bad);
        auto broken = split_records(std::span<const std::byte>(run), 1000);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().offset, 1000 + sizeof(pl_fork_event) + 2);
        QVERIFY(split_records(std::span<const std::byte>()).ok());
        QVERIFY(decode_batch(std::as_bytes(std::span(b))).ok());
    }

    void errorText()
    {
        Error e{"bad batch magic", 12};
        QCOMPARE(e.to_string(), std::string("bad batch magic (at byte 12)"));
    }
};

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wire_format.moc"
