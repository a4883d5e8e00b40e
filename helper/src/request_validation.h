// SPDX-License-Identifier: MIT
#pragma once

// These functions turn what a D-Bus client sent into engine settings. They run
// as root on untrusted input: every type, size and range is checked, unknown
// keys are refused, and the error says which key was wrong.

#include "capture_engine.h"
#include "proclens/result.h"

#include <QVariantMap>

#include <cstdint>

namespace proclens {

/// A validated Subscribe request.
struct SubscribeRequest {
    CaptureLevel level = CaptureLevel::Summary;
    CaptureFilter filter;
    unsigned queueBatches = 0;
    bool paused = false;
};

/// Parses a filter map (helper_api::filter keys).
Result<CaptureFilter> parseCaptureFilter(const QVariantMap& map);

/// Parses a level string: "summary", "events" or "both" (helper_api::level).
Result<CaptureLevel> parseCaptureLevel(const QString& level);

/// Parses Subscribe options (helper_api::option keys).
Result<SubscribeRequest> parseSubscribeOptions(const QVariantMap& map);

/// A pid a client may name: 2..pid_max (never 0, which means "my process group", nor init).
Result<bool> checkTargetPid(uint32_t pid);

/// A signal from the allow list (HUP INT QUIT KILL USR1 USR2 TERM CONT STOP TSTP).
Result<bool> checkSignal(int32_t signal);

/// A nice value in -20..19.
Result<bool> checkNice(int32_t nice);

/// The more of each criterion the filter sets, the more work per event: a bound on the total.
inline constexpr std::size_t kMaxFilterTotalEntries = 4096;

} // namespace proclens
