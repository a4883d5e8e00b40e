// SPDX-License-Identifier: MIT
#include "desktop_icons.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

namespace proclens::gui {

DesktopIcons::DesktopIcons(QStringList dirs)
    : fallback_(QStringLiteral(":/icons/process.svg")), kernelThread_(QStringLiteral(":/icons/kernel-thread.svg"))
{
    if (dirs.isEmpty())
        dirs = QStandardPaths::standardLocations(QStandardPaths::ApplicationsLocation);
    for (const QString& dir : dirs) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.desktop")}, QDir::Files);
        for (const QFileInfo& fi : files) {
            QFile f(fi.filePath());
            if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            QString exec, icon;
            QTextStream in(&f);
            bool mainGroup = false;
            while (!in.atEnd()) {
                const QString line = in.readLine().trimmed();
                if (line.startsWith(QLatin1Char('[')))
                    mainGroup = line == QLatin1String("[Desktop Entry]");
                else if (mainGroup && line.startsWith(QLatin1String("Exec=")) && exec.isEmpty())
                    exec = line.mid(5).section(QLatin1Char(' '), 0, 0);
                else if (mainGroup && line.startsWith(QLatin1String("Icon=")) && icon.isEmpty())
                    icon = line.mid(5);
            }
            if (!exec.isEmpty() && !icon.isEmpty())
                byProgram_.insert(QFileInfo(exec).fileName(), icon);
        }
    }
}

QIcon DesktopIcons::iconFor(const ProcessNode& node) const
{
    if (node.argv.empty() && node.exe.empty())
        return kernelThread_;
    QString program = QFileInfo(QString::fromStdString(node.exe)).fileName();
    QString name = byProgram_.value(program);
    if (name.isEmpty()) {
        program = QString::fromStdString(node.comm);
        name = byProgram_.value(program);
    }
    if (name.isEmpty())
        return fallback_;
    auto it = cache_.constFind(name);
    if (it != cache_.constEnd())
        return *it;
    QIcon icon = QFileInfo(name).isAbsolute() ? QIcon(name) : QIcon::fromTheme(name, fallback_);
    cache_.insert(name, icon);
    return icon;
}

}  // namespace proclens::gui
