// SPDX-License-Identifier: MIT
// proclens: the desktop process monitor. Runs as the desktop user; the helper
// does the privileged capture.

#include "main_window.h"
#include "process_view.h"

#include "proclens/language.h"
#include "proclens/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>

using namespace proclens;
using namespace proclens::gui;

namespace {

/// A dark palette (Fusion's roles), as a dark desktop theme hands one to Qt.
QPalette darkPalette()
{
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(127, 127, 127);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(90, 160, 240));
    p.setColor(QPalette::LinkVisited, QColor(170, 130, 240));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("proclens"));
    QApplication::setOrganizationName(QStringLiteral("ProcLens"));
    QApplication::setApplicationDisplayName(QStringLiteral("ProcLens"));

    // The language comes first so --help is translated: --lang, else the stored override, else the system.
    QCommandLineParser langParser;
    langParser.addOption(QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("code")));
    langParser.parse(app.arguments());  // the full parser below reports anything else
    const QString language = langParser.isSet(QStringLiteral("lang")) ? langParser.value(QStringLiteral("lang"))
                                                                       : proclens::i18n::storedLanguage();
    if (!proclens::i18n::isKnownLanguage(language) && !language.isEmpty()) {
        proclens::i18n::installTranslators(QString());
        std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "proclens: unknown language '%1' (known: %2)")
                                                     .arg(language, proclens::i18n::knownLanguageCodes())));
        return 2;
    }
    proclens::i18n::installTranslators(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Live process monitor built on eBPF."));
    parser.addHelpOption();
    QCommandLineOption peer(QStringLiteral("peer"), QApplication::translate("main", "Always start a private helper (peer-to-peer) instead of using the system bus."));
    QCommandLineOption helper(QStringLiteral("helper"), QApplication::translate("main", "Helper executable for peer mode."), QStringLiteral("path"));
    QCommandLineOption shots(QStringLiteral("screenshot"), QApplication::translate("main", "Write PNGs of each view into DIR once live, then quit."), QStringLiteral("dir"));
    QCommandLineOption delay(QStringLiteral("screenshot-delay"), QApplication::translate("main", "Milliseconds to wait before the screenshots (default 3000)."), QStringLiteral("ms"), QStringLiteral("3000"));
    QCommandLineOption select(QStringLiteral("select"), QApplication::translate("main", "Select the first process with this name."), QStringLiteral("comm"));
    QCommandLineOption palette(QStringLiteral("palette"), QApplication::translate("main", "Colours: dark, or the desktop's (default)."), QStringLiteral("name"));
    QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "User interface language (%1); default: the system's.")
                                                         .arg(proclens::i18n::knownLanguageCodes()), QStringLiteral("code"));
    parser.addOptions({peer, helper, shots, delay, select, lang, palette});
    parser.process(app);
    if (parser.isSet(palette)) {
        if (parser.value(palette) != QLatin1String("dark")) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "proclens: --palette takes 'dark'")));
            return 2;
        }
        // Exactly what a dark desktop theme does: Fusion draws with the application palette it is given.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

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
