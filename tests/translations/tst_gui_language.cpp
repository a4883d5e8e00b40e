// SPDX-License-Identifier: MIT
// The user-interface language: the main window built after the German
// translation is loaded through proclens::i18n (the loading code main() uses)
// shows German widget texts; the installed GUI and CLI binaries follow LANG
// and the --lang override (their --help / error output), and reject an unknown
// language with a clear error.

#include "main_window.h"
#include "process_view.h"
#include "start_page.h"

#include "proclens/language.h"

#include <QApplication>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <unistd.h>

using namespace proclens;
using namespace proclens::gui;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
};

/// Runs a program with LANG set (and the variables that outrank it cleared).
Run run(const QString& program, const QStringList& args, const QString& lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* v : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(v));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // A private settings directory: no stored language override.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

}  // namespace

class TestGuiLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("ProcLensTest"));
        QApplication::setApplicationName(QStringLiteral("tst_gui_language"));
    }

    void cleanup() { i18n::installTranslators(QStringLiteral("en")); }

    void mainWindowInGerman()
    {
        QCOMPARE(i18n::installTranslators(QStringLiteral("de")), QStringLiteral("de"));
        LiveSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(window.processView())), QStringLiteral("&Prozesse"));
        QCOMPARE(window.startPage()->title(), QStringLiteral("Wird gestartet"));
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")) && menus.contains(QStringLiteral("&Ansicht")), qPrintable(menus.join(u' ')));
        auto* language = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QCOMPARE(language->title(), QStringLiteral("&Sprache"));
    }

    void englishIsTheSource()
    {
        QCOMPARE(i18n::installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        LiveSession session;
        MainWindow window(&session);
        auto* tabs = window.findChild<QTabWidget*>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(tabs->indexOf(window.processView())), QStringLiteral("&Processes"));
    }

    void everyShippedLanguageLoads_data()
    {
        QTest::addColumn<QString>("code");
        for (const i18n::Language& l : i18n::languages())
            if (l.code != QLatin1String("en"))
                QTest::newRow(qPrintable(l.code)) << l.code;
    }

    void everyShippedLanguageLoads()
    {
        QFETCH(QString, code);
        QCOMPARE(i18n::installTranslators(code), code);
        const QString processes = QApplication::translate("proclens::gui::MainWindow", "&Processes");
        QVERIFY2(processes != QLatin1String("&Processes"), qPrintable(processes));
        QVERIFY2(processes.contains(u'&'), qPrintable(processes));
    }

    void guiFollowsLangAndOverride_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LANG=de_DE") << "de_DE.UTF-8" << QStringList{} << "Live-Prozessmonitor auf Basis von eBPF.";
        QTest::newRow("LANG=fr_FR") << "fr_FR.UTF-8" << QStringList{} << "Moniteur de processus en direct basé sur eBPF.";
        QTest::newRow("LANG=C --lang ja") << "C" << QStringList{"--lang", "ja"} << "eBPF によるライブプロセスモニター。";
        QTest::newRow("LANG=de --lang en") << "de_DE.UTF-8" << QStringList{"--lang=en"} << "Live process monitor built on eBPF.";
    }

    void guiFollowsLangAndOverride()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(QStringLiteral(PROCLENS_GUI_PATH), args + QStringList{QStringLiteral("--help")}, lang);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void guiRejectsUnknownLanguage()
    {
        const Run r = run(QStringLiteral(PROCLENS_GUI_PATH), {QStringLiteral("--lang"), QStringLiteral("xx")}, QStringLiteral("C"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QLatin1String("unknown language 'xx'")) && r.out.contains(QLatin1String("pt_BR")), qPrintable(r.out));
    }

    void cliFollowsLang_data()
    {
        // An output file that cannot be created: the CLI stops with one sentence before loading BPF
        // (as root), or says it needs root (otherwise).
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("cannotOpen");
        QTest::addColumn<QString>("needsRoot");
        QTest::newRow("C") << "C" << "cannot open /nonexistent/proclens/out.txt for writing" << "needs root";
        QTest::newRow("de_DE") << "de_DE.UTF-8" << "/nonexistent/proclens/out.txt kann nicht zum Schreiben geöffnet werden"
                               << "braucht root-Rechte";
        QTest::newRow("zh_CN") << "zh_CN.UTF-8" << "无法打开 /nonexistent/proclens/out.txt 进行写入" << "需要 root 权限";
    }

    void cliFollowsLang()
    {
        QFETCH(QString, lang);
        QFETCH(QString, cannotOpen);
        QFETCH(QString, needsRoot);
        const Run r = run(QStringLiteral(PROCLENS_CLI_PATH),
                          {QStringLiteral("--direct"), QStringLiteral("record"), QStringLiteral("-o"),
                           QStringLiteral("/nonexistent/proclens/out.txt")},
                          lang);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(::geteuid() == 0 ? cannotOpen : needsRoot), qPrintable(r.out));
    }
};

QTEST_MAIN(TestGuiLanguage)
#include "tst_gui_language.moc"
