// SPDX-License-Identifier: MIT
#include "highlight_rules.h"

#include "activity_filter.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proclens::gui {

namespace {
const QString kKey = QStringLiteral("activity/highlightRules");
constexpr int kExpr = 0;
constexpr int kColor = 1;
}  // namespace

QList<HighlightRuleText> loadHighlightRules(QSettings& settings)
{
    QList<HighlightRuleText> out;
    const int n = settings.beginReadArray(kKey);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QColor color(settings.value(QStringLiteral("color")).toString());
        const QString expr = settings.value(QStringLiteral("expression")).toString();
        if (color.isValid() && !expr.trimmed().isEmpty())
            out.append({expr, color});
    }
    settings.endArray();
    return out;
}

void saveHighlightRules(QSettings& settings, const QList<HighlightRuleText>& rules)
{
    settings.remove(kKey);
    settings.beginWriteArray(kKey, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("expression"), rules[i].expression);
        settings.setValue(QStringLiteral("color"), rules[i].color.name(QColor::HexArgb));
    }
    settings.endArray();
}

std::vector<HighlightRule> compileHighlightRules(const QList<HighlightRuleText>& rules, QStringList* errors)
{
    std::vector<HighlightRule> out;
    for (int i = 0; i < rules.size(); ++i) {
        const ActivityFilter f = compileActivityFilter(rules[i].expression);
        if (!f.ok()) {
            if (errors)
                *errors << QObject::tr("rule %1: %2").arg(i + 1).arg(f.error);
            continue;
        }
        out.push_back({f.factory(), rules[i].color});
    }
    return out;
}

HighlightRulesDialog::HighlightRulesDialog(const QList<HighlightRuleText>& rules, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Highlight rules"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Rows matching a rule get its colour; the first matching rule wins. "
                                "Rules use the filter language, e.g. <tt>result != 0</tt> or <tt>comm = \"bash\"</tt>."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_ = new QTableWidget(0, 2, this);
    table_->setObjectName(QStringLiteral("highlightTable"));
    table_->setHorizontalHeaderLabels({tr("Filter expression"), tr("Colour")});
    table_->horizontalHeader()->setSectionResizeMode(kExpr, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int col) {
        if (col == kColor)
            pickColor(row);
    });
    layout->addWidget(table_);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("&Add"), [this] { addRow({QString(), QColor(255, 236, 150)}); table_->editItem(table_->item(table_->rowCount() - 1, kExpr)); });
    button(tr("&Remove"), [this] {
        if (table_->currentRow() >= 0)
            table_->removeRow(table_->currentRow());
    });
    button(tr("Move &up"), [this] { move(-1); });
    button(tr("Move &down"), [this] { move(1); });
    button(tr("&Colour…"), [this] {
        if (table_->currentRow() >= 0)
            pickColor(table_->currentRow());
    });
    buttons->addStretch();
    layout->addLayout(buttons);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("highlightError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));
    layout->addWidget(error_);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    for (const HighlightRuleText& r : rules)
        addRow(r);
    resize(560, 320);
}

void HighlightRulesDialog::addRow(const HighlightRuleText& rule)
{
    const int row = table_->rowCount();
    table_->insertRow(row);
    table_->setItem(row, kExpr, new QTableWidgetItem(rule.expression));
    auto* color = new QTableWidgetItem(rule.color.name());
    color->setBackground(rule.color);
    color->setData(Qt::UserRole, rule.color);
    color->setFlags(color->flags() & ~Qt::ItemIsEditable);
    table_->setItem(row, kColor, color);
}

void HighlightRulesDialog::pickColor(int row)
{
    QTableWidgetItem* item = table_->item(row, kColor);
    const QColor c = QColorDialog::getColor(item->data(Qt::UserRole).value<QColor>(), this, tr("Row colour"));
    if (!c.isValid())
        return;
    item->setData(Qt::UserRole, c);
    item->setBackground(c);
    item->setText(c.name());
}

void HighlightRulesDialog::move(int delta)
{
    const int row = table_->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= table_->rowCount())
        return;
    for (int col = 0; col < 2; ++col) {
        QTableWidgetItem* a = table_->takeItem(row, col);
        QTableWidgetItem* b = table_->takeItem(to, col);
        table_->setItem(row, col, b);
        table_->setItem(to, col, a);
    }
    table_->setCurrentCell(to, kExpr);
}

QList<HighlightRuleText> HighlightRulesDialog::rules() const
{
    QList<HighlightRuleText> out;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const QString expr = table_->item(row, kExpr)->text().trimmed();
        if (!expr.isEmpty())
            out.append({expr, table_->item(row, kColor)->data(Qt::UserRole).value<QColor>()});
    }
    return out;
}

void HighlightRulesDialog::accept()
{
    QStringList errors;
    compileHighlightRules(rules(), &errors);
    if (!errors.isEmpty()) {
        error_->setText(errors.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}

}  // namespace proclens::gui
