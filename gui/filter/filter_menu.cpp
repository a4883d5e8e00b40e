// SPDX-License-Identifier: MIT
#include "filter_menu.h"

#include "filter_dialog.h"

#include "proclens/filter/parser.h"
#include "proclens/helper_client.h"

#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace proclens::gui {

namespace {

constexpr char kCaptureKey[] = "filter/capture";
constexpr char kViewKey[] = "filter/view";

// Parses a non-empty filter text; empty text is "no filter".
bool check(const QString& text, std::optional<filter::Expr>* out, QString* error)
{
    out->reset();
    if (text.trimmed().isEmpty())
        return true;
    const std::string utf8 = text.toStdString();
    filter::ParseResult r = filter::parse(utf8);
    if (!r) {
        if (error)
            *error = QString::fromStdString(filter::format_error(utf8, r.error()));
        return false;
    }
    *out = *r;
    return true;
}

}  // namespace

FilterMenu::FilterMenu(HelperClient* client, QWidget* parent) : QObject(parent), client_(client), parent_(parent)
{
    menu_ = new QMenu(tr("Fil&ter"), parent);
    QAction* capture = menu_->addAction(tr("&Capture filter… (what the helper records)"), this,
                                        &FilterMenu::editCaptureFilter);
    capture->setShortcut(QKeySequence(tr("Ctrl+Shift+K")));
    menu_->addAction(tr("C&lear capture filter"), this, [this] { setCaptureFilter({}); });
    menu_->addSeparator();
    QAction* view = menu_->addAction(tr("&View filter… (what the activity log shows)"), this,
                                     &FilterMenu::editViewFilter);
    view->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    menu_->addAction(tr("Cl&ear view filter"), this, [this] { setViewFilter({}); });
    presetMenu_ = menu_->addMenu(tr("Apply &preset as view filter"));
    connect(presetMenu_, &QMenu::aboutToShow, this, &FilterMenu::fillPresetMenu);

    QSettings settings;
    capture_ = settings.value(QLatin1String(kCaptureKey)).toString();
    view_ = settings.value(QLatin1String(kViewKey)).toString();
    std::optional<filter::Expr> e;
    if (!check(capture_, &e, nullptr))
        capture_.clear();
    plan_ = e ? planCapture(*e) : CapturePlan{};
    if (!check(view_, &e, nullptr))
        view_.clear();
}

QString FilterMenu::effectiveViewFilter() const
{
    if (plan_.viewText.isEmpty())
        return view_;
    if (view_.trimmed().isEmpty())
        return plan_.viewText;
    return QStringLiteral("(%1) and (%2)").arg(plan_.viewText, view_);
}

bool FilterMenu::sendCapture(QString* error)
{
    if (!client_ || client_->status() == HelperClient::Status::Disconnected) {
        // Kept and sent when the session is live (reapplyCaptureFilter).
        return true;
    }
    const QDBusError e = client_->setCaptureFilter(plan_.kernelMap);
    if (e.isValid()) {
        if (error)
            *error = tr("The helper refused the capture filter: %1").arg(e.message());
        return false;
    }
    return true;
}

bool FilterMenu::setCaptureFilter(const QString& text, QString* error)
{
    std::optional<filter::Expr> e;
    if (!check(text, &e, error))
        return false;
    const CapturePlan old = plan_;
    plan_ = e ? planCapture(*e) : CapturePlan{};
    if (!sendCapture(error)) {
        plan_ = old;
        return false;
    }
    capture_ = e ? QString::fromStdString(filter::to_string(*e)) : QString();
    QSettings().setValue(QLatin1String(kCaptureKey), capture_);
    Q_EMIT viewFilterChosen(effectiveViewFilter());
    Q_EMIT message(capture_.isEmpty() ? tr("Capture filter cleared")
                                      : tr("Capture filter: kernel: %1; view: %2")
                                            .arg(plan_.kernelText.isEmpty() ? tr("nothing") : plan_.kernelText,
                                                 plan_.viewText.isEmpty() ? tr("nothing") : plan_.viewText));
    return true;
}

bool FilterMenu::setViewFilter(const QString& text, QString* error)
{
    std::optional<filter::Expr> e;
    if (!check(text, &e, error))
        return false;
    view_ = e ? QString::fromStdString(filter::to_string(*e)) : QString();
    QSettings().setValue(QLatin1String(kViewKey), view_);
    Q_EMIT viewFilterChosen(effectiveViewFilter());
    Q_EMIT message(view_.isEmpty() ? tr("View filter cleared") : tr("View filter: %1").arg(view_));
    return true;
}

void FilterMenu::reapplyCaptureFilter()
{
    QString error;
    if (!capture_.isEmpty() && !sendCapture(&error))
        Q_EMIT message(error);
    Q_EMIT viewFilterChosen(effectiveViewFilter());
}

void FilterMenu::editCaptureFilter()
{
    QSettings settings;
    FilterDialog d(FilterDialog::Purpose::Capture, &settings, parent_);
    d.setExpressionText(capture_);
    while (d.exec() == QDialog::Accepted) {
        QString error;
        if (setCaptureFilter(d.expressionText(), &error))
            return;
        QMessageBox::warning(parent_, tr("Capture filter"), error);
    }
}

void FilterMenu::editViewFilter()
{
    QSettings settings;
    FilterDialog d(FilterDialog::Purpose::View, &settings, parent_);
    d.setExpressionText(view_);
    if (d.exec() == QDialog::Accepted)
        setViewFilter(d.expressionText());
}

void FilterMenu::fillPresetMenu()
{
    presetMenu_->clear();
    QSettings settings;
    FilterPresets presets(&settings);
    const QStringList names = presets.names();
    if (names.isEmpty()) {
        presetMenu_->addAction(tr("(no presets: save one in a filter dialog)"))->setEnabled(false);
        return;
    }
    for (const QString& name : names) {
        const QString text = presets.text(name);
        QAction* a = presetMenu_->addAction(name, this, [this, text] {
            QString error;
            if (!setViewFilter(text, &error))
                QMessageBox::warning(parent_, tr("View filter"), error);
        });
        a->setToolTip(text);
    }
}

}  // namespace proclens::gui
