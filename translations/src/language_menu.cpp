// SPDX-License-Identifier: MIT
#include "proclens/language_menu.h"

#include "proclens/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

namespace proclens::i18n {

QMenu* createLanguageMenu(QWidget* parent)
{
    auto* menu = new QMenu(QCoreApplication::translate("LanguageMenu", "&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = storedLanguage();
    auto add = [&](const QString& code, const QString& text) {
        QAction* a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
    };
    add(QString(), QCoreApplication::translate("LanguageMenu", "&System default"));
    menu->addSeparator();
    for (const Language& l : languages())
        add(l.code, l.nativeName);
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction* a) {
        const QString code = a->data().toString();
        if (code == storedLanguage())
            return;
        storeLanguage(code);
        const QString text = code.isEmpty()
            ? QCoreApplication::translate("LanguageMenu", "ProcLens will follow the system language from its next start.")
            : QCoreApplication::translate("LanguageMenu", "ProcLens will use %1 from its next start.")
                  .arg(a->text());
        QMessageBox::information(parent, QCoreApplication::translate("LanguageMenu", "Language"), text);
    });
    return menu;
}

}  // namespace proclens::i18n
