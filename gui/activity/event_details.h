// SPDX-License-Identifier: MIT
//
// Every field of one stored activity event as text, for the details pane.
#pragma once

#include "event_store.h"

#include <QString>

namespace proclens::gui {

/// "Field: value" lines for every field of `event` (realtime offset as in ActivityModel).
QString describeEvent(const StoredEvent& event, std::uint64_t sequence, std::int64_t realtimeOffset);

}  // namespace proclens::gui
