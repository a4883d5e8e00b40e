// SPDX-License-Identifier: MIT
//
// The filter dialog, Process Monitor style: a table of rules (column,
// relation, value, Include/Exclude), Add/Remove, the resulting filter text,
// and named presets. The same dialog edits the two filters, clearly labelled:
//  - Capture filter: what the kernel can apply is sent to the helper (shown
//    as "In the kernel: …"), the rest is applied in the view ("In the view: …");
//  - View filter: applied instantly to what was captured, nothing is sent.
// A filter that is not in rule shape (e.g. an `or` across columns) is edited
// as text; the dialog says so.
#pragma once

#include "capture_plan.h"
#include "filter_presets.h"
#include "filter_rules.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QTableWidget;

namespace proclens::gui {

class FilterDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Capture, View };
    /// Table columns.
    enum RuleColumn { FieldColumn, RelationColumn, ValueColumn, ActionColumn, RuleColumnCount };

    /// `settings` holds the presets and must outlive the dialog.
    FilterDialog(Purpose purpose, QSettings* settings, QWidget* parent = nullptr);

    Purpose purpose() const { return purpose_; }

    /// Loads a filter: as rules when it is in rule shape, else as text (with a
    /// note); bad text is kept as text with its error shown. Empty = no rules.
    void setExpressionText(const QString& text);
    /// The filter in canonical text; empty when there is no filter. Only
    /// meaningful when isValid().
    QString expressionText() const;
    /// The current filter; nullopt when there is none or it is invalid.
    std::optional<filter::Expr> expression() const;
    /// True when the rules (or the text) form a valid filter or are empty.
    bool isValid() const;
    /// The current error ("" when valid).
    QString errorText() const;

    /// Rules mode (true) or text mode.
    bool isRuleMode() const { return ruleMode_; }
    /// Switches to rules (false and a message when the text is not in rule shape) or to text.
    bool setRuleMode(bool rules);

    std::vector<FilterRule> rules() const;
    void setRules(const std::vector<FilterRule>& rules);
    /// Appends a rule row (default: first field, its first relation, Include).
    void addRule(const FilterRule& rule = {});
    void removeRule(int row);

    /// Capture purpose: what goes to the kernel and what stays in the view.
    CapturePlan capturePlan() const;

    FilterPresets& presets() { return presets_; }
    /// Loads a preset into the dialog; false when unknown.
    bool loadPreset(const QString& name);
    /// Saves the current (valid, non-empty) filter under name.
    bool savePreset(const QString& name, QString* error = nullptr);

    QTableWidget* rulesTable() const { return table_; }
    QPlainTextEdit* textEdit() const { return text_; }
    QLabel* kernelLabel() const { return kernelLabel_; }
    QLabel* viewLabel() const { return viewLabel_; }

private:
    void applyModeUi();
    void setRowWidgets(int row, const FilterRule& rule);
    void fillRelations(int row, filter::Field field, filter::Op op);
    FilterRule ruleAt(int row) const;
    void onRulesChanged();
    void onTextChanged();
    void showResult(const filter::Expected<std::optional<filter::Expr>>& result);
    void refreshPresetList(const QString& select = {});
    void askSavePreset();
    void askRenamePreset();
    void deletePreset();

    Purpose purpose_;
    FilterPresets presets_;
    bool ruleMode_ = true;
    bool updating_ = false;
    std::optional<filter::Expr> current_;
    QString error_;

    QTableWidget* table_;
    QPushButton* addButton_;
    QPushButton* removeButton_;
    QPushButton* modeButton_;
    QLabel* modeNote_;
    QPlainTextEdit* text_;
    QLabel* errorLabel_;
    QLabel* kernelLabel_;
    QLabel* viewLabel_;
    QComboBox* presetCombo_;
    QPushButton* okButton_;
};

}  // namespace proclens::gui
