// SPDX-License-Identifier: MIT
//
// What the window shows before the process views: what it waits for
// (connecting, authenticating, reading), or why it cannot go on and what to do,
// with a retry button. Never blank.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace proclens::gui {

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
    /// A wait: title, what it waits for; shows a busy bar.
    void showWaiting(const QString& title, const QString& text);
    /// A failure: why, what to do; shows the retry button.
    void showProblem(const QString& title, const QString& why, const QString& whatToDo);
    QString title() const;
    QString text() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel* title_;
    QLabel* text_;
    QLabel* advice_;
    QProgressBar* busy_;
    QPushButton* retry_;
};

}  // namespace proclens::gui
