// SPDX-License-Identifier: MIT
//
// Icons for process rows: the Icon= of a desktop entry whose Exec= program
// matches the process's executable or comm, else a generic SVG icon.
#pragma once

#include "process_table.h"

#include <QHash>
#include <QIcon>
#include <QStringList>

namespace proclens::gui {

class DesktopIcons {
public:
    /// Scans the .desktop files under dirs (default: XDG applications locations).
    explicit DesktopIcons(QStringList dirs = {});
    QIcon iconFor(const ProcessNode& node) const;
    /// Icon name of the entry matching a program name (basename), empty when none.
    QString iconNameFor(const QString& program) const { return byProgram_.value(program); }

private:
    QHash<QString, QString> byProgram_;  // exec basename -> Icon=
    mutable QHash<QString, QIcon> cache_;
    QIcon fallback_;
    QIcon kernelThread_;
};

}  // namespace proclens::gui
