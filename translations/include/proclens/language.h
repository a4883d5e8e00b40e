// SPDX-License-Identifier: MIT
//
// The user-interface language of ProcLens (GUI and CLI): which translations
// ship, which one a start picks (an explicit choice, else the system locale),
// and the stored override. The .qm files are embedded under :/i18n/.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace proclens::i18n {

/// One language the user can choose.
struct Language {
    QString code;        ///< file suffix and --lang value: "de", "pt_BR", "zh_CN"; "en" is the source language
    QString nativeName;  ///< the language's name in itself ("Deutsch"), never translated
};

/// English (untranslated) followed by every shipped translation.
const QList<Language>& languages();

/// Whether code names an entry of languages().
bool isKnownLanguage(const QString& code);

/// The --lang values, comma-separated, for error messages.
QString knownLanguageCodes();

/// QSettings key of the GUI's language override; empty or absent = follow the system.
inline constexpr char kLanguageSettingKey[] = "language";

/// The override stored in the application's settings ("" = follow the system).
QString storedLanguage();

/// Stores the override ("" = follow the system); it applies at the next start.
void storeLanguage(const QString& code);

/// The locale whose UI languages are tried: QLocale(code) for an override, else
/// the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QLocale localeFor(const QString& code);

/// Loads the ProcLens translation and Qt's own (dialog buttons) for code ("" =
/// system locale) and installs them into the existing application object.
/// Returns the code of the ProcLens translation loaded, or "en" when none
/// matched (the source strings are English). Calling it again replaces them.
QString installTranslators(const QString& code);

}  // namespace proclens::i18n
