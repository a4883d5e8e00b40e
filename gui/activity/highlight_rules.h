// SPDX-License-Identifier: MIT
//
// Highlight rules of the activity view: (filter expression, colour) pairs,
// first match wins, saved in QSettings, edited in a small dialog.
#pragma once

#include "activity_model.h"

#include <QColor>
#include <QDialog>
#include <QList>
#include <QString>

class QSettings;
class QTableWidget;
class QLabel;

namespace proclens::gui {

struct HighlightRuleText {
    QString expression;
    QColor color;
    bool operator==(const HighlightRuleText&) const = default;
};

/// Reads the rules from settings key "activity/highlightRules".
QList<HighlightRuleText> loadHighlightRules(QSettings& settings);
void saveHighlightRules(QSettings& settings, const QList<HighlightRuleText>& rules);

/// Compiles the rules; a rule whose expression does not parse is left out and
/// its message ("rule 2: …") appended to `errors`.
std::vector<HighlightRule> compileHighlightRules(const QList<HighlightRuleText>& rules, QStringList* errors = nullptr);

/// Edits the list: expression, colour (picked with a colour dialog), add,
/// remove, move up/down. Accept refuses while an expression is invalid and
/// names the rule and the error.
class HighlightRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit HighlightRulesDialog(const QList<HighlightRuleText>& rules, QWidget* parent = nullptr);
    QList<HighlightRuleText> rules() const;
    void accept() override;

private:
    void addRow(const HighlightRuleText& rule);
    void move(int delta);
    void pickColor(int row);

    QTableWidget* table_;
    QLabel* error_;
};

}  // namespace proclens::gui
