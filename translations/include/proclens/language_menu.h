// SPDX-License-Identifier: MIT
//
// View → Language: the GUI's language override, stored in the settings and
// applied at the next start (widgets are not rebuilt live).
#pragma once

class QMenu;
class QWidget;

namespace proclens::i18n {

/// A "&Language" menu: "System default" and each language by its native name,
/// the stored choice checked. Choosing one stores it and says it applies at the
/// next start.
QMenu* createLanguageMenu(QWidget* parent);

}  // namespace proclens::i18n
