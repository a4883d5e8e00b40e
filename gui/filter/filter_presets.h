// SPDX-License-Identifier: MIT
//
// Named filter presets, kept with QSettings as name → expression text (one
// map under one key, so names may contain any character, '/' included).
// Shared by the capture and view filter dialogs. The settings object is
// passed in so tests use a temporary file.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSettings;

namespace proclens::gui {

class FilterPresets {
public:
    /// Default settings key.
    static constexpr const char* kKey = "filter/presets";

    /// `settings` must outlive this object.
    explicit FilterPresets(QSettings* settings, QString key = QString::fromLatin1(kKey));

    /// Names, sorted case-insensitively.
    QStringList names() const;
    bool contains(const QString& name) const;
    /// The expression text; empty when there is no such preset.
    QString text(const QString& name) const;

    /// Saves (or overwrites) a preset. False (with *error) for an empty name or text.
    bool save(const QString& name, const QString& text, QString* error = nullptr);
    /// False when there is no such preset.
    bool remove(const QString& name);
    /// False (with *error) when `from` does not exist, `to` is empty or already taken.
    bool rename(const QString& from, const QString& to, QString* error = nullptr);

private:
    QVariantMap load() const;
    void store(const QVariantMap& map);

    QSettings* settings_;
    QString key_;
};

}  // namespace proclens::gui
