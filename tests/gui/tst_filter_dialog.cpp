// SPDX-License-Identifier: MIT
// The filter dialog: rules → text → parse gives the same AST; text in rule
// shape → rules → the same AST again, other text stays text; the capture
// split shown and sent; presets saved, loaded, renamed, deleted in a
// temporary QSettings.
#include "filter_dialog.h"
#include "filter_menu.h"

#include "proclens/filter/parser.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace proclens;
using namespace proclens::gui;
using filter::Field;
using filter::Op;

using Rules = std::vector<FilterRule>;
Q_DECLARE_METATYPE(Rules)

namespace {

FilterRule inc(Field f, Op op, std::string v)
{
    return {f, op, std::move(v), true};
}
FilterRule exc(Field f, Op op, std::string v)
{
    return {f, op, std::move(v), false};
}

filter::Expr parsed(const QString& text)
{
    filter::ParseResult r = filter::parse(text.toStdString());
    if (!r)
        qFatal("test text does not parse: %s: %s", qPrintable(text), r.error().message.c_str());
    return *r;
}

QString str(const filter::Expr& e)
{
    return QString::fromStdString(filter::to_string(e));
}

}  // namespace

class TestFilterDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // FilterMenu's QSettings go to a test location
        QSettings().remove(QStringLiteral("filter"));
    }

    void filterMenuCombinesCaptureRestAndViewFilter()
    {
        QWidget parent;
        FilterMenu menu(nullptr, &parent);  // no helper: the capture filter is kept for later
        QSignalSpy chosen(&menu, &FilterMenu::viewFilterChosen);
        QString error;
        QVERIFY(menu.setViewFilter(QStringLiteral("result != 0"), &error));
        QCOMPARE(chosen.size(), 1);
        QVERIFY(parsed(chosen.last().at(0).toString()) == parsed(QStringLiteral("result != 0")));

        QVERIFY(menu.setCaptureFilter(QStringLiteral("pid = 42 and path ~ known"), &error));
        QVERIFY(parsed(chosen.last().at(0).toString()) ==
                parsed(QStringLiteral("(path ~ known) and (result != 0)")));
        QVERIFY(!menu.setViewFilter(QStringLiteral("pid =="), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(chosen.size(), 2);

        QVERIFY(menu.setViewFilter(QString()));
        QVERIFY(parsed(chosen.last().at(0).toString()) == parsed(QStringLiteral("path ~ known")));
        QVERIFY(menu.setCaptureFilter(QString()));
        QCOMPARE(chosen.last().at(0).toString(), QString());

        // Remembered: a new menu starts from the saved texts.
        QVERIFY(menu.setViewFilter(QStringLiteral("comm = cat")));
        FilterMenu again(nullptr, &parent);
        QVERIFY(parsed(again.viewFilter()) == parsed(QStringLiteral("comm = cat")));
        QCOMPARE(again.captureFilter(), QString());
    }

    void rulesToText_data()
    {
        QTest::addColumn<Rules>("rules");
        QTest::addColumn<QString>("equivalent");  // hand-written text with the same AST
        QTest::newRow("one include") << Rules{inc(Field::Pid, Op::Eq, "1")} << "pid = 1";
        QTest::newRow("same column ors") << Rules{inc(Field::Pid, Op::Eq, "1"), inc(Field::Pid, Op::Eq, "2")}
                                         << "pid = 1 or pid = 2";
        QTest::newRow("columns and") << Rules{inc(Field::Pid, Op::Eq, "1"), inc(Field::Syscall, Op::Eq, "openat")}
                                     << "pid = 1 and syscall = openat";
        QTest::newRow("groups by first appearance")
            << Rules{inc(Field::Pid, Op::Eq, "1"), inc(Field::Syscall, Op::Eq, "openat"), inc(Field::Pid, Op::Eq, "2")}
            << "(pid = 1 or pid = 2) and syscall = openat";
        QTest::newRow("one exclude") << Rules{exc(Field::Comm, Op::Eq, "bash")} << "not comm = bash";
        QTest::newRow("excludes or-ed under one not")
            << Rules{exc(Field::Comm, Op::Eq, "bash"), exc(Field::Result, Op::Eq, "ENOENT")}
            << "not (comm = bash or result = ENOENT)";
        QTest::newRow("includes then excludes")
            << Rules{exc(Field::Comm, Op::In, "bash, \"my sh\""), inc(Field::Path, Op::Contains, "/tmp/a b"),
                     inc(Field::Duration, Op::Gt, "10ms")}
            << "path ~ \"/tmp/a b\" and duration > 10ms and not comm in (bash, \"my sh\")";
        QTest::newRow("regex and quotes") << Rules{inc(Field::Exe, Op::Matches, "^/usr/(s)?bin/\"x\"")}
                                          << "exe matches \"^/usr/(s)?bin/\\\"x\\\"\"";
        QTest::newRow("non-ascii text") << Rules{inc(Field::Path, Op::Eq, "/tmp/日本語 файл")}
                                        << "path = \"/tmp/日本語 файл\"";
        QTest::newRow("namespace and errno") << Rules{inc(Field::NsMnt, Op::Eq, "4026531841"),
                                                      exc(Field::Errno, Op::Eq, "EAGAIN")}
                                             << "ns.mnt = 4026531841 and not errno = EAGAIN";
    }
    void rulesToText()
    {
        QFETCH(Rules, rules);
        QFETCH(QString, equivalent);
        const auto built = rulesToExpr(rules);
        QVERIFY2(built, built ? "" : built.error().message.c_str());
        QVERIFY(built->has_value());
        const filter::Expr& e = **built;
        QCOMPARE(str(e), str(parsed(equivalent)));
        QVERIFY2(e == parsed(equivalent), qPrintable(str(e)));
        // Its text parses back to the same tree, and converts back to the same rules.
        QVERIFY(parsed(str(e)) == e);
        const auto back = rulesFromExpr(parsed(str(e)));
        QVERIFY(back);
        const auto rebuilt = rulesToExpr(*back);
        QVERIFY(rebuilt && rebuilt->has_value());
        QVERIFY2(**rebuilt == e, qPrintable(str(**rebuilt)));
    }

    void textToRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rules>("rules");  // empty = not in rule shape
        QTest::newRow("single") << "comm = bash" << Rules{inc(Field::Comm, Op::Eq, "bash")};
        QTest::newRow("ors of one column") << "pid = 1 or pid in (2, 3)"
                                           << Rules{inc(Field::Pid, Op::Eq, "1"), inc(Field::Pid, Op::In, "2, 3")};
        QTest::newRow("right-nested ors") << "pid = 1 or (pid = 2 or pid = 3)"
                                          << Rules{inc(Field::Pid, Op::Eq, "1"), inc(Field::Pid, Op::Eq, "2"),
                                                   inc(Field::Pid, Op::Eq, "3")};
        QTest::newRow("and with exclude") << "uid = 0 and not (path ~ /proc or comm = \"a b\")"
                                          << Rules{inc(Field::User, Op::Eq, "0"), exc(Field::Path, Op::Contains, "/proc"),
                                                   exc(Field::Comm, Op::Eq, "a b")};
        QTest::newRow("not equal stays a relation") << "pid != 4" << Rules{inc(Field::Pid, Op::Ne, "4")};
        QTest::newRow("or across columns") << "pid = 1 or comm = bash" << Rules{};
        QTest::newRow("same column in two groups") << "pid > 1 and pid < 9" << Rules{};
        QTest::newRow("exclude not last") << "not comm = a and pid = 1" << Rules{};
        QTest::newRow("two excludes") << "not comm = a and not comm = b" << Rules{};
        QTest::newRow("nested and under not") << "not (pid = 1 and comm = a)" << Rules{};
        QTest::newRow("mixed group") << "(pid = 1 or comm = a) and uid = 0" << Rules{};
    }
    void textToRules()
    {
        QFETCH(QString, text);
        QFETCH(Rules, rules);
        const auto got = rulesFromExpr(parsed(text));
        if (rules.empty()) {
            QVERIFY2(!got, "not in rule shape");
            return;
        }
        QVERIFY(got);
        QCOMPARE(got->size(), rules.size());
        for (std::size_t i = 0; i < rules.size(); ++i) {
            QCOMPARE(int((*got)[i].field), int(rules[i].field));
            QCOMPARE(int((*got)[i].op), int(rules[i].op));
            QCOMPARE(QString::fromStdString((*got)[i].value), QString::fromStdString(rules[i].value));
            QCOMPARE((*got)[i].include, rules[i].include);
        }
        // Same meaning: the rebuilt text parses to a tree with the same canonical text
        // (only the nesting of or-chains may differ).
        const auto rebuilt = rulesToExpr(*got);
        QVERIFY(rebuilt && rebuilt->has_value());
        QCOMPARE(rulesFromExpr(**rebuilt)->size(), rules.size());
    }

    void badRuleNamesItsRow()
    {
        std::size_t bad = 99;
        const auto r = rulesToExpr({inc(Field::Comm, Op::Eq, "x"), inc(Field::Pid, Op::Eq, "abc")}, &bad);
        QVERIFY(!r);
        QCOMPARE(bad, std::size_t(1));
        QVERIFY(!r.error().message.empty());
        const auto ops = rulesToExpr({inc(Field::Pid, Op::Matches, "1")}, &bad);
        QVERIFY(!ops);
        QCOMPARE(bad, std::size_t(0));
        QVERIFY(rulesToExpr({})->has_value() == false);
    }

    void dialogBuildsText()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        FilterDialog d(FilterDialog::Purpose::View, &settings);
        QVERIFY(d.isValid());
        QCOMPARE(d.expressionText(), QString());
        d.addRule(inc(Field::Pid, Op::Eq, "1"));
        d.addRule(exc(Field::Comm, Op::Eq, "bash"));
        QCOMPARE(d.rulesTable()->rowCount(), 2);
        QCOMPARE(d.textEdit()->toPlainText(), d.expressionText());
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("pid = 1 and not comm = bash")));

        // Editing a cell widget changes the filter.
        auto* value = qobject_cast<QLineEdit*>(d.rulesTable()->cellWidget(0, FilterDialog::ValueColumn));
        value->setText(QStringLiteral("77"));
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("pid = 77 and not comm = bash")));
        auto* action = qobject_cast<QComboBox*>(d.rulesTable()->cellWidget(1, FilterDialog::ActionColumn));
        action->setCurrentIndex(0);  // Include
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("pid = 77 and comm = bash")));

        // Changing the column offers that column's relations only.
        auto* field = qobject_cast<QComboBox*>(d.rulesTable()->cellWidget(1, FilterDialog::FieldColumn));
        field->setCurrentIndex(field->findData(int(Field::Duration)));
        auto* rel = qobject_cast<QComboBox*>(d.rulesTable()->cellWidget(1, FilterDialog::RelationColumn));
        QCOMPARE(rel->count(), qsizetype(filter::field_info(Field::Duration).ops.size()));
        QVERIFY(rel->findText(QStringLiteral("~")) < 0);
        QVERIFY2(!d.isValid(), "\"bash\" is no duration");
        qobject_cast<QLineEdit*>(d.rulesTable()->cellWidget(1, FilterDialog::ValueColumn))->setText(QStringLiteral("10ms"));
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("pid = 77 and duration = 10ms")));

        // A bad value: invalid, error shown, no text.
        value->setText(QStringLiteral("not-a-pid"));
        QVERIFY(!d.isValid());
        QVERIFY(d.errorText().startsWith(QStringLiteral("Rule 1:")));
        QCOMPARE(d.expressionText(), QString());
        value->setText(QStringLiteral("5"));
        QVERIFY(d.isValid());

        d.removeRule(1);
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("pid = 5")));
    }

    void dialogLoadsTextOrKeepsIt()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        FilterDialog d(FilterDialog::Purpose::View, &settings);

        d.setExpressionText(QStringLiteral("pid = 1 or pid = 2 and not syscall = read"));
        // `and` binds tighter: this is pid = 1 or (pid = 2 and not ...): not rule shape.
        QVERIFY(!d.isRuleMode());
        QVERIFY(d.isValid());
        QVERIFY(!d.setRuleMode(true));

        d.setExpressionText(QStringLiteral("(pid = 1 or pid = 2) and not syscall = read"));
        QVERIFY(d.isRuleMode());
        QCOMPARE(d.rules().size(), std::size_t(3));
        QCOMPARE(d.rules()[2].include, false);
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("(pid = 1 or pid = 2) and not syscall = read")));

        // Text mode: typing updates the filter; back to rules when in shape.
        QVERIFY(d.setRuleMode(false));
        d.textEdit()->setPlainText(QStringLiteral("comm = cat and not path ~ secret"));
        QVERIFY(d.isValid());
        QVERIFY(d.setRuleMode(true));
        QCOMPARE(d.rules().size(), std::size_t(2));

        // Bad text stays text with its error.
        d.setExpressionText(QStringLiteral("pdi = 3"));
        QVERIFY(!d.isRuleMode());
        QVERIFY(!d.isValid());
        QVERIFY2(d.errorText().contains(QStringLiteral("pdi")), qPrintable(d.errorText()));
        QCOMPARE(d.textEdit()->toPlainText(), QStringLiteral("pdi = 3"));

        d.setExpressionText(QString());
        QVERIFY(d.isValid());
        QVERIFY(d.isRuleMode());
        QCOMPARE(d.rulesTable()->rowCount(), 0);
    }

    void captureDialogShowsSplit()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        FilterDialog d(FilterDialog::Purpose::Capture, &settings);
        QCOMPARE(d.windowTitle(), QStringLiteral("Capture filter"));
        d.setExpressionText(QStringLiteral("pid = 42 and path ~ known"));
        const CapturePlan plan = d.capturePlan();
        QCOMPARE(plan.kernelMap.value(QStringLiteral("pids")).value<QList<uint>>(), QList<uint>{42u});
        QCOMPARE(plan.kernelText, QStringLiteral("pid = 42"));
        QVERIFY(parsed(plan.viewText) == parsed(QStringLiteral("path ~ known")));
        QVERIFY2(d.kernelLabel()->text().contains(QStringLiteral("pid = 42")), qPrintable(d.kernelLabel()->text()));
        QVERIFY2(d.viewLabel()->text().contains(QStringLiteral("path ~")), qPrintable(d.viewLabel()->text()));

        d.setExpressionText(QStringLiteral("comm = bash or comm = zsh"));
        QCOMPARE(d.capturePlan().kernelMap.value(QStringLiteral("comms")).toStringList(),
                 (QStringList{QStringLiteral("bash"), QStringLiteral("zsh")}));
        QVERIFY(d.capturePlan().viewText.isEmpty());
        QVERIFY2(d.viewLabel()->text().contains(QStringLiteral("nothing")), qPrintable(d.viewLabel()->text()));

        d.setExpressionText(QStringLiteral("path ~ x or pid = 1"));
        QVERIFY(d.capturePlan().kernelMap.isEmpty());
        QVERIFY2(d.kernelLabel()->text().contains(QStringLiteral("nothing")), qPrintable(d.kernelLabel()->text()));

        FilterDialog view(FilterDialog::Purpose::View, &settings);
        QCOMPARE(view.windowTitle(), QStringLiteral("View filter"));
        QVERIFY(!view.kernelLabel()->isVisibleTo(&view));
    }

    void presets()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            FilterDialog d(FilterDialog::Purpose::View, &settings);
            d.setRules({inc(Field::Comm, Op::Eq, "bash"), exc(Field::Result, Op::Eq, "ENOENT")});
            QString error;
            QVERIFY2(d.savePreset(QStringLiteral("shell/errors"), &error), qPrintable(error));
            d.setExpressionText(QStringLiteral("pid = 1 or comm = x"));
            QVERIFY(d.savePreset(QStringLiteral("Init"), &error));
            d.setExpressionText(QStringLiteral("pdi = 1"));
            QVERIFY(!d.savePreset(QStringLiteral("bad"), &error));
            QVERIFY(!error.isEmpty());
            d.setExpressionText(QString());
            QVERIFY(!d.savePreset(QStringLiteral("empty"), &error));
            QVERIFY(!d.savePreset(QStringLiteral("  "), &error));
        }
        QSettings settings(ini, QSettings::IniFormat);
        FilterPresets p(&settings);
        QCOMPARE(p.names(), (QStringList{QStringLiteral("Init"), QStringLiteral("shell/errors")}));

        FilterDialog d(FilterDialog::Purpose::Capture, &settings);
        QVERIFY(d.loadPreset(QStringLiteral("shell/errors")));
        QVERIFY(d.isRuleMode());
        QCOMPARE(d.rules().size(), std::size_t(2));
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("comm = bash and not result = ENOENT")));
        QVERIFY(d.loadPreset(QStringLiteral("Init")));
        QVERIFY(!d.isRuleMode());
        QVERIFY(parsed(d.expressionText()) == parsed(QStringLiteral("pid = 1 or comm = x")));
        QVERIFY(!d.loadPreset(QStringLiteral("nope")));

        QString error;
        QVERIFY(!p.rename(QStringLiteral("Init"), QStringLiteral("shell/errors"), &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QVERIFY(!p.rename(QStringLiteral("missing"), QStringLiteral("x"), &error));
        QVERIFY(p.rename(QStringLiteral("Init"), QStringLiteral("pid one"), &error));
        QCOMPARE(p.names(), (QStringList{QStringLiteral("pid one"), QStringLiteral("shell/errors")}));
        QVERIFY(p.remove(QStringLiteral("shell/errors")));
        QVERIFY(!p.remove(QStringLiteral("shell/errors")));
        QCOMPARE(p.names(), QStringList{QStringLiteral("pid one")});

        // Persisted: a fresh QSettings on the same file sees the result.
        QSettings again(ini, QSettings::IniFormat);
        FilterPresets q(&again);
        QCOMPARE(q.names(), QStringList{QStringLiteral("pid one")});
        QVERIFY(parsed(q.text(QStringLiteral("pid one"))) == parsed(QStringLiteral("pid = 1 or comm = x")));
    }
};

QTEST_MAIN(TestFilterDialog)
#include "tst_filter_dialog.moc"
