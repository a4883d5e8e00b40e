// SPDX-License-Identifier: MIT
// proclens: the desktop process monitor. Runs as the desktop user; the helper
// does the privileged capture.

#include "main_window.h"
#include "process_view.h"

#include "proclens/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace proclens;
using namespace proclens::gui;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("proclens"));
    QApplication::setOrganizationName(QStringLiteral("ProcLens"));
    QApplication::setApplicationDisplayName(QStringLiteral("ProcLens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Live process monitor built on eBPF."));
    parser.addHelpOption();
    QCommandLineOption peer(QStringLiteral("peer"), QApplication::translate("main", "Always start a private helper (peer-to-peer) instead of using the system bus."));
    QCommandLineOption helper(QStringLiteral("helper"), QApplication::translate("main", "Helper executable for peer mode."), QStringLiteral("path"));
    QCommandLineOption shots(QStringLiteral("screenshot"), QApplication::translate("main", "Write PNGs of each view into DIR once live, then quit."), QStringLiteral("dir"));
    QCommandLineOption delay(QStringLiteral("screenshot-delay"), QApplication::translate("main", "Milliseconds to wait before the screenshots (default 3000)."), QStringLiteral("ms"), QStringLiteral("3000"));
    QCommandLineOption select(QStringLiteral("select"), QApplication::translate("main", "Select the first process with this name."), QStringLiteral("comm"));
    parser.addOptions({peer, helper, shots, delay, select});
    parser.process(app);

    LiveSession session;
    HelperClient::Options options;
    if (parser.isSet(peer))
        options.transport = HelperClient::Transport::Peer;
    options.helperPath = parser.value(helper);
    session.setClientOptions(options);

    MainWindow window(&session);
    window.show();
    window.startSession();

    if (parser.isSet(shots)) {
        const QString dir = parser.value(shots);
        const QString comm = parser.value(select);
        QObject::connect(&session, &LiveSession::phaseChanged, &window, [&, dir, comm](LiveSession::Phase phase) {
            if (phase == LiveSession::Phase::NoHelper || phase == LiveSession::Phase::Refused) {
                window.grab().save(dir + QStringLiteral("/start-problem.png"));
                QTimer::singleShot(100, &app, [] { QApplication::exit(2); });
                return;
            }
            if (phase != LiveSession::Phase::Live)
                return;
            QTimer::singleShot(parser.value(delay).toInt(), &window, [&, dir, comm] {
                if (!comm.isEmpty()) {
                    std::uint32_t pid = 0;
                    session.table()->forEach([&](const ProcessNode& n) {
                        if (!pid && n.comm == comm.toStdString())
                            pid = n.pid;
                    });
                    window.processView()->selectPid(pid);
                }
                for (const QString& f : window.writeScreenshots(dir))
                    std::printf("%s\n", qPrintable(f));
                QApplication::exit(0);
            });
        });
    }
    return app.exec();
}
