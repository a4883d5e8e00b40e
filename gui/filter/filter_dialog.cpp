// SPDX-License-Identifier: MIT
#include "filter_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proclens::gui {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString placeholderFor(filter::ValueType type)
{
    switch (type) {
    case filter::ValueType::Integer: return FilterDialog::tr("a number, e.g. 1234");
    case filter::ValueType::Text: return FilterDialog::tr("text, e.g. /etc/passwd");
    case filter::ValueType::User: return FilterDialog::tr("a user name or uid, e.g. root");
    case filter::ValueType::Syscall: return FilterDialog::tr("a syscall name or number, e.g. openat");
    case filter::ValueType::Result: return FilterDialog::tr("a number or errno name, e.g. ENOENT");
    case filter::ValueType::Errno: return FilterDialog::tr("an errno name or number, e.g. EACCES");
    case filter::ValueType::Duration: return FilterDialog::tr("a duration, e.g. 10ms");
    case filter::ValueType::EventKind: return FilterDialog::tr("syscall, fork, exec or exit");
    }
    return {};
}

}  // namespace

FilterDialog::FilterDialog(Purpose purpose, QSettings* settings, QWidget* parent)
    : QDialog(parent), purpose_(purpose), presets_(settings)
{
    const bool capture = purpose_ == Purpose::Capture;
    setWindowTitle(capture ? tr("Capture filter") : tr("View filter"));
    auto* layout = new QVBoxLayout(this);

    auto* banner = new QLabel(this);
    banner->setWordWrap(true);
    banner->setText(capture
                        ? tr("<b>Capture filter</b> — decides what the helper records. The part the kernel can "
                             "test is applied there (less overhead); the rest is applied in the view.")
                        : tr("<b>View filter</b> — hides events already captured, instantly. Nothing is sent "
                             "to the helper; clear it to see everything again."));
    layout->addWidget(banner);

    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset:"), this));
    presetCombo_ = new QComboBox(this);
    presetCombo_->setObjectName(QStringLiteral("presetCombo"));
    presetCombo_->setMinimumContentsLength(20);
    presetRow->addWidget(presetCombo_, 1);
    auto* load = new QPushButton(tr("&Load"), this);
    auto* save = new QPushButton(tr("&Save as…"), this);
    auto* rename = new QPushButton(tr("Re&name…"), this);
    auto* del = new QPushButton(tr("&Delete"), this);
    for (QPushButton* b : {load, save, rename, del})
        presetRow->addWidget(b);
    layout->addLayout(presetRow);
    connect(load, &QPushButton::clicked, this, [this] { loadPreset(presetCombo_->currentText()); });
    connect(save, &QPushButton::clicked, this, &FilterDialog::askSavePreset);
    connect(rename, &QPushButton::clicked, this, &FilterDialog::askRenamePreset);
    connect(del, &QPushButton::clicked, this, &FilterDialog::deletePreset);

    table_ = new QTableWidget(0, RuleColumnCount, this);
    table_->setObjectName(QStringLiteral("rulesTable"));
    table_->setHorizontalHeaderLabels({tr("Column"), tr("Relation"), tr("Value"), tr("Action")});
    table_->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(table_, 1);

    auto* ruleButtons = new QHBoxLayout;
    addButton_ = new QPushButton(tr("&Add rule"), this);
    removeButton_ = new QPushButton(tr("&Remove rule"), this);
    modeButton_ = new QPushButton(tr("Edit as &text"), this);
    ruleButtons->addWidget(addButton_);
    ruleButtons->addWidget(removeButton_);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(modeButton_);
    layout->addLayout(ruleButtons);
    connect(addButton_, &QPushButton::clicked, this, [this] { addRule(); });
    connect(removeButton_, &QPushButton::clicked, this, [this] { removeRule(table_->currentRow()); });
    connect(modeButton_, &QPushButton::clicked, this, [this] { setRuleMode(!ruleMode_); });

    modeNote_ = new QLabel(this);
    modeNote_->setWordWrap(true);
    modeNote_->hide();
    layout->addWidget(modeNote_);

    layout->addWidget(new QLabel(tr("Filter:"), this));
    text_ = new QPlainTextEdit(this);
    text_->setObjectName(QStringLiteral("filterText"));
    text_->setReadOnly(true);
    text_->setMaximumHeight(text_->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(text_);
    connect(text_, &QPlainTextEdit::textChanged, this, &FilterDialog::onTextChanged);

    errorLabel_ = new QLabel(this);
    errorLabel_->setWordWrap(true);
    errorLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(errorLabel_);

    kernelLabel_ = new QLabel(this);
    viewLabel_ = new QLabel(this);
    for (QLabel* l : {kernelLabel_, viewLabel_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setVisible(capture);
        layout->addWidget(l);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton_ = buttons->button(QDialogButtonBox::Ok);
    okButton_->setText(capture ? tr("Apply to capture") : tr("Apply to view"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    refreshPresetList();
    onRulesChanged();
    resize(760, 520);
}

void FilterDialog::fillRelations(int row, filter::Field field, filter::Op op)
{
    auto* rel = qobject_cast<QComboBox*>(table_->cellWidget(row, RelationColumn));
    const QSignalBlocker block(rel);
    rel->clear();
    for (filter::Op o : filter::field_info(field).ops)
        rel->addItem(qs(filter::op_text(o)), int(o));
    const int i = rel->findData(int(op));
    rel->setCurrentIndex(i >= 0 ? i : 0);
}

void FilterDialog::setRowWidgets(int row, const FilterRule& rule)
{
    auto* field = new QComboBox(table_);
    for (const filter::FieldInfo& f : filter::fields()) {
        field->addItem(qs(f.name), int(f.field));
        field->setItemData(field->count() - 1, qs(f.description), Qt::ToolTipRole);
    }
    field->setCurrentIndex(field->findData(int(rule.field)));
    auto* rel = new QComboBox(table_);
    auto* value = new QLineEdit(QString::fromStdString(rule.value), table_);
    value->setPlaceholderText(placeholderFor(filter::field_info(rule.field).type));
    auto* action = new QComboBox(table_);
    action->addItem(tr("Include"), true);
    action->addItem(tr("Exclude"), false);
    action->setCurrentIndex(rule.include ? 0 : 1);
    table_->setCellWidget(row, FieldColumn, field);
    table_->setCellWidget(row, RelationColumn, rel);
    table_->setCellWidget(row, ValueColumn, value);
    table_->setCellWidget(row, ActionColumn, action);
    fillRelations(row, rule.field, rule.op);

    // Cell widgets move when rows are removed: find the row at signal time.
    auto rowOf = [this](QWidget* w) {
        for (int r = 0; r < table_->rowCount(); ++r)
            for (int c = 0; c < RuleColumnCount; ++c)
                if (table_->cellWidget(r, c) == w)
                    return r;
        return -1;
    };
    connect(field, &QComboBox::currentIndexChanged, this, [this, field, value, rowOf] {
        const int r = rowOf(field);
        const auto f = filter::Field(field->currentData().toInt());
        auto* relBox = qobject_cast<QComboBox*>(table_->cellWidget(r, RelationColumn));
        fillRelations(r, f, filter::Op(relBox->currentData().toInt()));
        value->setPlaceholderText(placeholderFor(filter::field_info(f).type));
        onRulesChanged();
    });
    connect(rel, &QComboBox::currentIndexChanged, this, &FilterDialog::onRulesChanged);
    connect(value, &QLineEdit::textChanged, this, &FilterDialog::onRulesChanged);
    connect(action, &QComboBox::currentIndexChanged, this, &FilterDialog::onRulesChanged);
}

FilterRule FilterDialog::ruleAt(int row) const
{
    FilterRule r;
    r.field = filter::Field(qobject_cast<QComboBox*>(table_->cellWidget(row, FieldColumn))->currentData().toInt());
    r.op = filter::Op(qobject_cast<QComboBox*>(table_->cellWidget(row, RelationColumn))->currentData().toInt());
    r.value = qobject_cast<QLineEdit*>(table_->cellWidget(row, ValueColumn))->text().toStdString();
    r.include = qobject_cast<QComboBox*>(table_->cellWidget(row, ActionColumn))->currentData().toBool();
    return r;
}

std::vector<FilterRule> FilterDialog::rules() const
{
    std::vector<FilterRule> out;
    for (int r = 0; r < table_->rowCount(); ++r)
        out.push_back(ruleAt(r));
    return out;
}

void FilterDialog::setRules(const std::vector<FilterRule>& rules)
{
    updating_ = true;
    table_->setRowCount(0);
    for (const FilterRule& r : rules) {
        table_->insertRow(table_->rowCount());
        setRowWidgets(table_->rowCount() - 1, r);
    }
    updating_ = false;
    ruleMode_ = true;
    modeNote_->hide();
    applyModeUi();
    onRulesChanged();
}

void FilterDialog::applyModeUi()
{
    text_->setReadOnly(ruleMode_);
    table_->setEnabled(ruleMode_);
    addButton_->setEnabled(ruleMode_);
    removeButton_->setEnabled(ruleMode_);
    modeButton_->setText(ruleMode_ ? tr("Edit as &text") : tr("Edit as &rules"));
}

void FilterDialog::addRule(const FilterRule& rule)
{
    if (!ruleMode_ && !setRuleMode(true))
        return;
    table_->insertRow(table_->rowCount());
    setRowWidgets(table_->rowCount() - 1, rule);
    table_->setCurrentCell(table_->rowCount() - 1, ValueColumn);
    onRulesChanged();
}

void FilterDialog::removeRule(int row)
{
    if (row < 0 || row >= table_->rowCount())
        return;
    table_->removeRow(row);
    onRulesChanged();
}

void FilterDialog::onRulesChanged()
{
    if (updating_ || !ruleMode_)
        return;
    std::size_t bad = 0;
    const auto result = rulesToExpr(rules(), &bad);
    {
        const QSignalBlocker block(text_);
        text_->setPlainText(result && *result ? QString::fromStdString(filter::to_string(**result)) : QString());
    }
    if (!result) {
        error_ = tr("Rule %1: %2").arg(bad + 1).arg(QString::fromStdString(result.error().message));
        current_.reset();
        table_->selectRow(int(bad));
    }
    showResult(result);
}

void FilterDialog::onTextChanged()
{
    if (ruleMode_)
        return;
    const QString text = text_->toPlainText();
    if (text.trimmed().isEmpty()) {
        showResult(std::optional<filter::Expr>());
        return;
    }
    const std::string utf8 = text.toStdString();
    const filter::ParseResult r = filter::parse(utf8);
    if (!r) {
        error_ = QString::fromStdString(filter::format_error(utf8, r.error()));
        current_.reset();
        showResult(r.error());
        return;
    }
    showResult(std::optional<filter::Expr>(*r));
}

void FilterDialog::showResult(const filter::Expected<std::optional<filter::Expr>>& result)
{
    if (result) {
        error_.clear();
        current_ = *result;
    }
    errorLabel_->setText(error_);
    errorLabel_->setVisible(!error_.isEmpty());
    okButton_->setEnabled(error_.isEmpty());
    if (purpose_ != Purpose::Capture)
        return;
    if (!current_) {
        kernelLabel_->setText(error_.isEmpty() ? tr("<b>In the kernel:</b> nothing (everything is captured)")
                                               : QString());
        viewLabel_->setText(QString());
        return;
    }
    const CapturePlan plan = capturePlan();
    kernelLabel_->setText(tr("<b>In the kernel:</b> %1")
                              .arg(plan.kernelText.isEmpty() ? tr("nothing (no part of this filter can run there)")
                                                             : plan.kernelText.toHtmlEscaped()));
    viewLabel_->setText(tr("<b>In the view:</b> %1")
                            .arg(plan.viewText.isEmpty() ? tr("nothing (the kernel applies all of it)")
                                                         : plan.viewText.toHtmlEscaped()));
}

bool FilterDialog::setRuleMode(bool rulesWanted)
{
    if (rulesWanted == ruleMode_)
        return true;
    if (rulesWanted) {
        if (!current_ && !error_.isEmpty()) {
            modeNote_->setText(tr("Fix the filter text first; it cannot be shown as rules while it has an error."));
            modeNote_->show();
            return false;
        }
        std::optional<std::vector<FilterRule>> r =
            current_ ? rulesFromExpr(*current_) : std::optional<std::vector<FilterRule>>(std::vector<FilterRule>{});
        if (!r) {
            modeNote_->setText(tr("This filter is not a list of include/exclude rules (for example it uses "
                                  "\"or\" across columns), so it can only be edited as text."));
            modeNote_->show();
            return false;
        }
        setRules(*r);
        return true;
    }
    ruleMode_ = false;
    modeNote_->hide();
    applyModeUi();
    onTextChanged();
    return true;
}

void FilterDialog::setExpressionText(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        setRules({});
        return;
    }
    const std::string utf8 = text.toStdString();
    const filter::ParseResult r = filter::parse(utf8);
    std::optional<std::vector<FilterRule>> rules;
    if (r)
        rules = rulesFromExpr(*r);
    if (rules) {
        setRules(*rules);
        return;
    }
    // Text mode with the text as given (and its error, if any).
    table_->setRowCount(0);
    if (ruleMode_)
        setRuleMode(false);
    text_->setPlainText(text);
    modeNote_->setText(r ? tr("This filter is not a list of include/exclude rules (for example it uses \"or\" "
                              "across columns), so it is shown as text.")
                         : tr("This filter has an error; correct it as text."));
    modeNote_->show();
}

QString FilterDialog::expressionText() const
{
    return current_ && error_.isEmpty() ? QString::fromStdString(filter::to_string(*current_)) : QString();
}

std::optional<filter::Expr> FilterDialog::expression() const
{
    return error_.isEmpty() ? current_ : std::nullopt;
}

bool FilterDialog::isValid() const
{
    return error_.isEmpty();
}

QString FilterDialog::errorText() const
{
    return error_;
}

CapturePlan FilterDialog::capturePlan() const
{
    return current_ && error_.isEmpty() ? planCapture(*current_) : CapturePlan{};
}

void FilterDialog::refreshPresetList(const QString& select)
{
    const QString keep = select.isEmpty() ? presetCombo_->currentText() : select;
    presetCombo_->clear();
    presetCombo_->addItems(presets_.names());
    const int i = presetCombo_->findText(keep);
    if (i >= 0)
        presetCombo_->setCurrentIndex(i);
}

bool FilterDialog::loadPreset(const QString& name)
{
    if (!presets_.contains(name))
        return false;
    setExpressionText(presets_.text(name));
    refreshPresetList(name);
    return true;
}

bool FilterDialog::savePreset(const QString& name, QString* error)
{
    if (!isValid()) {
        if (error)
            *error = tr("The filter has an error: %1").arg(error_);
        return false;
    }
    if (!presets_.save(name, expressionText(), error))
        return false;
    refreshPresetList(name.trimmed());
    return true;
}

void FilterDialog::askSavePreset()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Preset name:"), QLineEdit::Normal,
                                               presetCombo_->currentText(), &ok);
    if (!ok)
        return;
    if (presets_.contains(name.trimmed()) &&
        QMessageBox::question(this, tr("Save preset"), tr("Replace the preset \"%1\"?").arg(name.trimmed())) !=
            QMessageBox::Yes)
        return;
    QString error;
    if (!savePreset(name, &error))
        QMessageBox::warning(this, tr("Save preset"), error);
}

void FilterDialog::askRenamePreset()
{
    const QString from = presetCombo_->currentText();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename preset"), tr("New name for \"%1\":").arg(from),
                                             QLineEdit::Normal, from, &ok);
    if (!ok)
        return;
    QString error;
    if (!presets_.rename(from, to, &error))
        QMessageBox::warning(this, tr("Rename preset"), error);
    refreshPresetList(to.trimmed());
}

void FilterDialog::deletePreset()
{
    const QString name = presetCombo_->currentText();
    if (name.isEmpty() ||
        QMessageBox::question(this, tr("Delete preset"), tr("Delete the preset \"%1\"?").arg(name)) != QMessageBox::Yes)
        return;
    presets_.remove(name);
    refreshPresetList();
}

}  // namespace proclens::gui
