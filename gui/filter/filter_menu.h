// SPDX-License-Identifier: MIT
//
// The main window's Filter menu: Capture filter… and View filter… (the
// filter dialog in each role), clearing each, and applying a saved preset as
// the view filter. Keeps the two current filter texts (remembered in
// QSettings) and:
//  - sends the kernel part of the capture filter to the helper
//    (HelperClient::setCaptureFilter), again after every reconnect;
//  - emits viewFilterChosen with what the activity view must apply: the view
//    filter, AND-ed with the part of the capture filter the kernel cannot do.
#pragma once

#include "capture_plan.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace proclens {
class HelperClient;
}

namespace proclens::gui {

class FilterMenu : public QObject {
    Q_OBJECT
public:
    /// `client` may be null (no helper: capture filters cannot be applied).
    FilterMenu(HelperClient* client, QWidget* parent);

    QMenu* menu() const { return menu_; }
    QString captureFilter() const { return capture_; }
    QString viewFilter() const { return view_; }
    /// What the view applies: view filter and the capture filter's user-space rest.
    QString effectiveViewFilter() const;

    /// Sets the capture filter text (empty = none) and sends its kernel part.
    /// False with *error when the text is invalid or the helper refused it.
    bool setCaptureFilter(const QString& text, QString* error = nullptr);
    /// Sets the view filter text (empty = none). False when invalid.
    bool setViewFilter(const QString& text, QString* error = nullptr);
    /// Sends the capture filter again (after a (re)connect) and re-emits viewFilterChosen.
    void reapplyCaptureFilter();

    void editCaptureFilter();
    void editViewFilter();

Q_SIGNALS:
    /// The view filter the activity view should apply now (empty = none).
    void viewFilterChosen(const QString& text);
    /// One line for the status bar.
    void message(const QString& text);

private:
    void fillPresetMenu();
    bool sendCapture(QString* error);

    HelperClient* client_;
    QWidget* parent_;
    QMenu* menu_;
    QMenu* presetMenu_;
    QString capture_;
    QString view_;
    CapturePlan plan_;
};

}  // namespace proclens::gui
