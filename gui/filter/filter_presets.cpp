// SPDX-License-Identifier: MIT
#include "filter_presets.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace proclens::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("proclens::gui::FilterPresets", text);
}

}  // namespace

FilterPresets::FilterPresets(QSettings* settings, QString key) : settings_(settings), key_(std::move(key)) {}

QVariantMap FilterPresets::load() const
{
    return settings_->value(key_).toMap();
}

void FilterPresets::store(const QVariantMap& map)
{
    if (map.isEmpty())
        settings_->remove(key_);
    else
        settings_->setValue(key_, map);
    settings_->sync();
}

QStringList FilterPresets::names() const
{
    QStringList out = load().keys();
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return out;
}

bool FilterPresets::contains(const QString& name) const
{
    return load().contains(name);
}

QString FilterPresets::text(const QString& name) const
{
    return load().value(name).toString();
}

bool FilterPresets::save(const QString& name, const QString& text, QString* error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A preset needs a name.");
        return false;
    }
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("An empty filter cannot be saved as a preset.");
        return false;
    }
    QVariantMap map = load();
    map.insert(name.trimmed(), text);
    store(map);
    return true;
}

bool FilterPresets::remove(const QString& name)
{
    QVariantMap map = load();
    if (!map.remove(name))
        return false;
    store(map);
    return true;
}

bool FilterPresets::rename(const QString& from, const QString& to, QString* error)
{
    QVariantMap map = load();
    const QString target = to.trimmed();
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!map.contains(from))
        return fail(tr("There is no preset \"%1\".").arg(from));
    if (target.isEmpty())
        return fail(tr("A preset needs a name."));
    if (target == from)
        return true;
    if (map.contains(target))
        return fail(tr("A preset \"%1\" already exists.").arg(target));
    map.insert(target, map.take(from));
    store(map);
    return true;
}

}  // namespace proclens::gui
