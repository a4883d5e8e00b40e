// SPDX-License-Identifier: MIT
// helper_probe: a small client of proclens-helper run by tst_helper_e2e as
// different users (setpriv). It prints one line per result, "key value...",
// so the test can assert on what each user could and could not do.
//
//   helper_probe exec MARKER     subscribe, run /bin/echo MARKER, wait for its exec event
//   helper_probe calls           call every method once, print each error name (or "ok")
//   helper_probe signal PID SIG  SignalProcess
//   helper_probe hold            subscribe and sleep until killed
//   helper_probe noread N        subscribe (queueBatches N) without ever reading the stream
//   helper_probe count SECONDS   subscribe, count records for SECONDS, print the drop figures
//   helper_probe restart MARKER  subscribe, wait for "helper stopped", reconnect, see MARKER's exec
//   helper_probe summary N       fork a child, subscribe at the summary level filtered to it, let it
//                                make exactly N getppid() calls, print the streamed count
//   helper_probe setlevel PATH L SetLevel(PATH, L) on a session path (usually someone else's)

#include "helper_api.h"
#include "proclens/helper_client.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace proclens;
namespace api = helper_api;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString result(const QDBusError& e) { return e.isValid() ? e.name() : QStringLiteral("ok"); }

/// Spins the event loop until `done` or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

/// Subscribes `client` and returns a flag set once an exec of /bin/echo MARKER arrives.
std::shared_ptr<std::atomic<uint32_t>> watchExec(HelperClient& client, const QString& marker)
{
    auto seenPid = std::make_shared<std::atomic<uint32_t>>(0);
    const std::string m = marker.toStdString();
    client.setBatchHandler([seenPid, m](wire::DecodedBatch&& batch) {
        for (const auto& ev : batch.events)
            if (const auto* p = std::get_if<wire::ProcessEvent>(&ev))
                if (p->type == PL_EVENT_EXEC && p->argv.size() >= 2 && p->argv[1] == m)
                    seenPid->store(p->task.pid);
    });
    return seenPid;
}

int runExec(HelperClient& client, const QString& marker)
{
    auto seen = watchExec(client, marker);
    const QDBusError e = client.subscribe({});
    say(QStringLiteral("subscribe %1").arg(result(e)));
    if (e.isValid())
        return 1;
    // The exec happens after Subscribe returned, so the capture is already attached.
    for (int attempt = 0; attempt < 20 && !seen->load(); ++attempt) {
        QProcess::execute(QStringLiteral("/bin/echo"), {marker});
        waitFor([&] { return seen->load() != 0; }, 250);
    }
    if (!seen->load()) {
        say(QStringLiteral("exec-missing"));
        return 1;
    }
    say(QStringLiteral("exec-seen %1").arg(seen->load()));
    return 0;
}

int runCalls(HelperClient& client)
{
    const QString fake = QString::fromLatin1(api::kSessionPrefix) + QStringLiteral("1");
    say(QStringLiteral("Subscribe %1").arg(result(client.subscribe({}))));
    // Session calls with a path we do not own go through the proxy directly.
    QDBusConnection bus = QDBusConnection::systemBus();
    auto call = [&](const char* method, const QVariantList& args) {
        QDBusMessage m = QDBusMessage::createMethodCall(QString::fromLatin1(api::kService),
                                                        QString::fromLatin1(api::kPath),
                                                        QString::fromLatin1(api::kInterface),
                                                        QString::fromLatin1(method));
        m.setArguments(args);
        const QDBusMessage r = bus.call(m, QDBus::Block, 30000);
        say(QStringLiteral("%1 %2").arg(QLatin1String(method),
                                        r.type() == QDBusMessage::ErrorMessage ? r.errorName()
                                                                               : QStringLiteral("ok")));
    };
    const QVariant path = QVariant::fromValue(QDBusObjectPath(fake));
    call("SetCaptureFilter", {path, QVariant::fromValue(QVariantMap{})});
    call("SetLevel", {path, QStringLiteral("summary")});
    call("Pause", {path});
    call("Resume", {path});
    call("Unsubscribe", {path});
    call("Snapshot", {});
    call("SignalProcess", {uint(::getpid()), int(0)});
    call("SetPriority", {uint(::getpid()), int(0)});
    return 0;
}

/// Child side of runSummary: waits for "go", makes exactly `n` getppid() calls, then
/// stays alive until the pipe closes (async-signal-safe calls only: we forked a threaded process).
[[noreturn]] void summaryChild(int goFd, int n)
{
    char c;
    if (::read(goFd, &c, 1) != 1)
        ::_exit(1);
    for (int i = 0; i < n; ++i)
        ::syscall(SYS_getppid);
    while (::read(goFd, &c, 1) > 0) {
    }
    ::_exit(0);
}

int runSummary(HelperClient& client, int n)
{
    int go[2];
    if (::pipe(go) != 0)
        return 1;
    const pid_t child = ::fork();
    if (child < 0)
        return 1;
    if (child == 0) {
        ::close(go[1]);
        summaryChild(go[0], n);
    }
    ::close(go[0]);
    auto getppids = std::make_shared<std::atomic<uint64_t>>(0);
    auto foreign = std::make_shared<std::atomic<uint64_t>>(0);  // rows of other processes: must stay 0
    auto ticks = std::make_shared<std::atomic<uint64_t>>(0);
    client.setBatchHandler([=](wire::DecodedBatch&& batch) {
        bool summary = batch.events.empty();  // a tick in which no row matched
        for (const auto& e : batch.events) {
            const auto* r = std::get_if<wire::SummaryRecord>(&e);
            if (!r)
                continue;
            summary = true;
            if (r->pid != uint32_t(child))
                foreign->fetch_add(1);
            else if (r->nr == SYS_getppid)
                getppids->store(r->count);
        }
        if (summary)
            ticks->fetch_add(1);
    });
    const QDBusError e = client.subscribe(
        {{QStringLiteral("level"), QStringLiteral("summary")},
         {QStringLiteral("filter"), QVariantMap{{QStringLiteral("pids"), QVariant::fromValue(QList<uint>{uint(child)})}}}});
    say(QStringLiteral("subscribe %1").arg(result(e)));
    if (!e.isValid()) {
        (void)!::write(go[1], "g", 1);
        waitFor([&] { return getppids->load() >= uint64_t(n); }, 15000);
        // Two more ticks: the count must not grow past N.
        const uint64_t seen = ticks->load();
        waitFor([&] { return ticks->load() >= seen + 2; }, 5000);
    }
    ::close(go[1]);
    ::waitpid(child, nullptr, 0);
    if (e.isValid())
        return 1;
    say(QStringLiteral("getppid %1 foreign %2 ticks %3").arg(getppids->load()).arg(foreign->load()).arg(ticks->load()));
    return 0;
}

int runNoRead(uint queue)
{
    QDBusMessage m = QDBusMessage::createMethodCall(QString::fromLatin1(api::kService),
                                                    QString::fromLatin1(api::kPath),
                                                    QString::fromLatin1(api::kInterface),
                                                    QStringLiteral("Subscribe"));
    m << QVariantMap{{QStringLiteral("level"), QStringLiteral("events")},
                     {QStringLiteral("queueBatches"), queue}};
    const QDBusMessage r = QDBusConnection::systemBus().call(m, QDBus::Block, 30000);
    if (r.type() == QDBusMessage::ErrorMessage) {
        say(QStringLiteral("subscribe %1").arg(r.errorName()));
        return 1;
    }
    // Keep the fd open and unread until killed.
    const auto fd = r.arguments().value(0).value<QDBusUnixFileDescriptor>();
    const int keep = ::dup(fd.fileDescriptor());
    say(QStringLiteral("subscribe ok %1").arg(keep >= 0 ? r.arguments().value(1).value<QDBusObjectPath>().path()
                                                        : QStringLiteral("nofd")));
    for (;;)
        ::pause();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: helper_probe exec|calls|signal|hold|noread|count|restart ...\n");
        return 2;
    }
    const QString cmd = args[0];
    if (cmd == QLatin1String("noread"))
        return runNoRead(args.value(1, QStringLiteral("2")).toUInt());

    HelperClient client;
    HelperClient::Options options;
    options.transport = HelperClient::Transport::SystemBus;
    if (const QDBusError e = client.connectToHelper(options); e.isValid()) {
        say(QStringLiteral("connect %1 %2").arg(e.name(), e.message()));
        return 1;
    }
    if (cmd == QLatin1String("exec"))
        return runExec(client, args.value(1));
    if (cmd == QLatin1String("calls"))
        return runCalls(client);
    if (cmd == QLatin1String("signal")) {
        say(QStringLiteral("SignalProcess %1").arg(result(client.signalProcess(args.value(1).toUInt(),
                                                                              args.value(2).toInt()))));
        return 0;
    }
    if (cmd == QLatin1String("summary"))
        return runSummary(client, args.value(1, QStringLiteral("1000")).toInt());
    if (cmd == QLatin1String("setlevel")) {
        const QDBusObjectPath path(args.value(1));
        QDBusMessage m = QDBusMessage::createMethodCall(QString::fromLatin1(api::kService), QString::fromLatin1(api::kPath),
                                                        QString::fromLatin1(api::kInterface), QStringLiteral("SetLevel"));
        m << QVariant::fromValue(path) << args.value(2);
        const QDBusMessage r = QDBusConnection::systemBus().call(m, QDBus::Block, 30000);
        say(QStringLiteral("SetLevel %1").arg(r.type() == QDBusMessage::ErrorMessage ? r.errorName() : QStringLiteral("ok")));
        return 0;
    }
    if (cmd == QLatin1String("hold")) {
        say(QStringLiteral("subscribe %1").arg(result(client.subscribe({{QStringLiteral("level"),
                                                                         QStringLiteral("events")}}))));
        for (;;)
            ::pause();
    }
    if (cmd == QLatin1String("count")) {
        // The largest queue: "keeps up" must hold on a loaded machine and in the ASan build too.
        const QDBusError e = client.subscribe({{QStringLiteral("level"), QStringLiteral("events")},
                                               {QStringLiteral("queueBatches"), api::kMaxQueueBatches}});
        say(QStringLiteral("subscribe %1").arg(result(e)));
        if (e.isValid())
            return 1;
        waitFor([] { return false; }, args.value(1, QStringLiteral("2")).toInt() * 1000);
        say(QStringLiteral("records %1 dropped %2").arg(client.recordsReceived()).arg(client.droppedBatches()));
        return 0;
    }
    if (cmd == QLatin1String("restart")) {
        const QDBusError e = client.subscribe({});
        say(QStringLiteral("subscribe %1").arg(result(e)));
        if (e.isValid())
            return 1;
        if (!waitFor([&] { return client.status() == HelperClient::Status::HelperStopped; }, 20000)) {
            say(QStringLiteral("no-stop"));
            return 1;
        }
        say(QStringLiteral("stopped %1").arg(client.statusText()));
        if (const QDBusError c = client.connectToHelper(options); c.isValid()) {
            say(QStringLiteral("reconnect %1").arg(c.name()));
            return 1;
        }
        return runExec(client, args.value(1));
    }
    std::fprintf(stderr, "helper_probe: unknown command %s\n", qPrintable(cmd));
    return 2;
}
