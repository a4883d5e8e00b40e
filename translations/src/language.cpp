// SPDX-License-Identifier: MIT
#include "proclens/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QStringList>
#include <QTranslator>

namespace proclens::i18n {
namespace {

// Kept for the process lifetime: installed translators must outlive their use.
QTranslator* appTranslator = nullptr;
QTranslator* qtTranslator = nullptr;

void replace(QTranslator*& slot, QTranslator* loaded)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = loaded;
    if (slot)
        QCoreApplication::installTranslator(slot);
}

}  // namespace

const QList<Language>& languages()
{
    static const QList<Language> all{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    return all;
}

bool isKnownLanguage(const QString& code)
{
    for (const Language& l : languages())
        if (l.code == code)
            return true;
    return false;
}

QString knownLanguageCodes()
{
    QStringList codes;
    for (const Language& l : languages())
        codes << l.code;
    return codes.join(QStringLiteral(", "));
}

QString storedLanguage()
{
    const QString code = QSettings().value(QLatin1String(kLanguageSettingKey)).toString();
    // A hand-edited or outdated value falls back to the system language.
    return isKnownLanguage(code) ? code : QString();
}

void storeLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageSettingKey));
    else
        settings.setValue(QLatin1String(kLanguageSettingKey), code);
}

QLocale localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString installTranslators(const QString& code)
{
    const QLocale locale = localeFor(code);
    QString loaded = QStringLiteral("en");
    QTranslator* app = nullptr;
    // English is the source language: an explicit "en" must not fall through to another file.
    if (code != QLatin1String("en")) {
        app = new QTranslator;
        if (app->load(locale, QStringLiteral("proclens"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            // The file names its language in full ("de_DE"); report it as our code ("de").
            const QLocale fileLocale(app->language());
            for (const Language& l : languages())
                if (QLocale(l.code) == fileLocale)
                    loaded = l.code;
        } else {
            delete app;
            app = nullptr;
        }
    }
    replace(appTranslator, app);
    // Qt's own strings (dialog buttons) only alongside ours, so a window is never half translated.
    QTranslator* qt = nullptr;
    if (app) {
        qt = new QTranslator;
        if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }
    replace(qtTranslator, qt);
    return loaded;
}

}  // namespace proclens::i18n
