// SPDX-License-Identifier: MIT
//
// What a capture filter does: the part the kernel applies (from
// filter::split_for_capture) as the helper's SetCaptureFilter map and as text
// for the user, and the part the activity view still applies.
#pragma once

#include "proclens/filter/capture_split.h"

#include <QString>
#include <QVariantMap>

namespace proclens::gui {

struct CapturePlan {
    /// For HelperClient::setCaptureFilter; empty = no kernel restriction.
    QVariantMap kernelMap;
    /// The kernel part in filter syntax ("pid in (1, 2) and comm = bash"); empty when none.
    QString kernelText;
    /// What the view must still apply (canonical filter text); empty when the kernel does it all.
    QString viewText;
};

/// Plans a capture filter expression.
CapturePlan planCapture(const filter::Expr& expr);

/// The SetCaptureFilter map (helper_api.h keys, D-Bus types au/as/u/at) of a split.
QVariantMap captureFilterMap(const filter::CaptureSplit& split);

/// The kernel part of a split in filter syntax; empty when kernel_empty().
QString kernelPartText(const filter::CaptureSplit& split);

}  // namespace proclens::gui
