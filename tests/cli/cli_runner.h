// SPDX-License-Identifier: MIT
//
// Shared by the CLI tests: run the built proclens-cli (path from CMake), wait
// for its "recording" line, and parse RFC 4180 CSV strictly.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>

namespace clitest {

inline QString cliPath()
{
    return QStringLiteral(PROCLENS_CLI_PATH);
}

struct Run {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

/// Runs proclens-cli to completion (killed after `timeoutMs`).
inline Run runCli(const QStringList& args, int timeoutMs = 30000)
{
    QProcess p;
    p.start(cliPath(), args);
    Run r;
    if (!p.waitForStarted(5000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.crashed = true;
    }
    r.exitCode = p.exitCode();
    r.crashed = r.crashed || p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Reads the recorder's stderr until it says it is recording (the engine is
/// attached); false on timeout or exit. What was read is appended to `err`.
inline bool waitUntilRecording(QProcess& p, QByteArray& err, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    if (!p.waitForStarted(5000))
        return false;
    while (!err.contains("recording")) {
        if (deadline.hasExpired() || p.state() != QProcess::Running)
            return false;
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    return true;
}

/// Strict RFC 4180: CRLF (or LF) record ends, quoted fields with doubled quotes.
/// nullopt on a stray quote or an unterminated quoted field.
inline std::optional<QList<QStringList>> parseCsv(const QByteArray& data)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a separator may follow)
    auto endField = [&] {
        row << QString::fromUtf8(field);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (quoted) {
            if (c != '"') {
                field += c;
            } else if (i + 1 < data.size() && data[i + 1] == '"') {
                field += '"';
                ++i;
            } else {
                quoted = false;
                wasQuoted = true;
            }
            continue;
        }
        if (c == ',') {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n'))
                return std::nullopt;
            if (c == '\r')
                ++i;
            endField();
            rows << row;
            row.clear();
        } else if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt;
            quoted = true;
        } else {
            if (wasQuoted)
                return std::nullopt;
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted) {
        endField();
        rows << row;
    }
    return rows;
}

/// A parsed CSV with a header row: cell access by column key.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;

    qsizetype column(const QString& key) const { return header.indexOf(key); }
    QString cell(const QStringList& row, const QString& key) const
    {
        auto i = column(key);
        return i >= 0 && i < row.size() ? row[i] : QString();
    }
};

inline std::optional<CsvTable> parseCsvTable(const QByteArray& data)
{
    auto rows = parseCsv(data);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    CsvTable t;
    t.header = rows->takeFirst();
    t.rows = *rows;
    for (const auto& r : t.rows)
        if (r.size() != t.header.size())
            return std::nullopt;
    return t;
}

/// Row count python3's csv module (strict) sees in `path`, or -1 when python3
/// is missing; -2 when it rejects the file.
inline int pythonCsvRowCount(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,sys\n"
                            "rows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8',errors='replace'),"
                            "strict=True))\n"
                            "assert all(len(r)==len(rows[0]) for r in rows)\n"
                            "print(len(rows))"),
             path});
    if (!p.waitForStarted(5000))
        return -1;
    p.waitForFinished(30000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -2;
    return p.readAllStandardOutput().trimmed().toInt();
}

}  // namespace clitest
