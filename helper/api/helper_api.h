// SPDX-License-Identifier: MIT
#pragma once

/// Names shared by proclens-helper and its clients: the one place they are spelled.

namespace proclens::helper_api {

/// Well-known bus name, object path and interface of the helper (see org.proclens.Helper1.xml).
inline constexpr char kService[] = "org.proclens.Helper1";
inline constexpr char kPath[] = "/org/proclens/Helper1";
inline constexpr char kInterface[] = "org.proclens.Helper1";
/// Session object paths are kSessionPrefix + a decimal number.
inline constexpr char kSessionPrefix[] = "/org/proclens/Helper1/session/";

/// polkit actions: watching all processes (capture, snapshot) and acting on them.
inline constexpr char kActionMonitor[] = "org.proclens.monitor";
inline constexpr char kActionControl[] = "org.proclens.control";

/// D-Bus error names the helper replies with.
namespace error {
/// polkit said no (or the caller dismissed the authentication dialog).
inline constexpr char kAccessDenied[] = "org.proclens.Helper1.Error.AccessDenied";
/// polkit could not be asked; everyone but root is refused.
inline constexpr char kAuthorityUnavailable[] = "org.proclens.Helper1.Error.AuthorityUnavailable";
/// An argument had the wrong type, size or value.
inline constexpr char kInvalidArgs[] = "org.proclens.Helper1.Error.InvalidArgs";
/// The session does not exist or belongs to another caller.
inline constexpr char kNoSuchSession[] = "org.proclens.Helper1.Error.NoSuchSession";
/// The process does not exist.
inline constexpr char kNoSuchProcess[] = "org.proclens.Helper1.Error.NoSuchProcess";
/// Too many sessions (per caller or in total).
inline constexpr char kLimitExceeded[] = "org.proclens.Helper1.Error.LimitExceeded";
/// The capture engine could not start (no BPF, no BTF, ...); the message says what is missing.
inline constexpr char kCaptureFailed[] = "org.proclens.Helper1.Error.CaptureFailed";
/// The kernel refused the operation (e.g. kill() or setpriority() failed).
inline constexpr char kFailed[] = "org.proclens.Helper1.Error.Failed";
} // namespace error

/// Subscribe option keys.
namespace option {
inline constexpr char kLevel[] = "level";              ///< s: "summary" | "events" | "both"
inline constexpr char kFilter[] = "filter";            ///< a{sv}: see filter keys
inline constexpr char kQueueBatches[] = "queueBatches"; ///< u: 1..kMaxQueueBatches
inline constexpr char kPaused[] = "paused";            ///< b
} // namespace option

/// Capture levels (Subscribe's "level" option and SetLevel).
namespace level {
inline constexpr char kSummary[] = "summary"; ///< per-process, per-syscall counters only (cheap)
inline constexpr char kEvents[] = "events";   ///< every syscall as a record
inline constexpr char kBoth[] = "both";       ///< both of the above
} // namespace level

/// Capture filter keys (SetCaptureFilter and Subscribe's "filter").
namespace filter {
inline constexpr char kPids[] = "pids";                ///< au
inline constexpr char kExcludePids[] = "excludePids";  ///< au
inline constexpr char kFollowChildren[] = "followChildren"; ///< b
inline constexpr char kUids[] = "uids";                ///< au
inline constexpr char kComms[] = "comms";              ///< as, each at most 15 bytes
inline constexpr char kSyscalls[] = "syscalls";        ///< au, each < PL_MAX_SYSCALL_NR
inline constexpr char kNsKind[] = "nsKind";            ///< u, enum pl_ns_kind
inline constexpr char kNsInode[] = "nsInode";          ///< u
inline constexpr char kCgroupIds[] = "cgroupIds";      ///< at
} // namespace filter

/// Stats signal keys.
namespace stats {
inline constexpr char kEventsPerSecond[] = "eventsPerSecond"; ///< d
inline constexpr char kRecords[] = "records";                 ///< t
inline constexpr char kKernelDrops[] = "kernelDrops";         ///< t
inline constexpr char kSessions[] = "sessions";               ///< u
inline constexpr char kClientDrops[] = "clientDrops";         ///< a{sv}: session path -> t
} // namespace stats

/// Bounds on what a client may ask for.
inline constexpr unsigned kMaxFilterEntries = 1024;   ///< per list in a filter
inline constexpr unsigned kMaxOptionKeys = 32;         ///< keys in an options/filter map
inline constexpr unsigned kMaxQueueBatches = 4096;
inline constexpr unsigned kDefaultQueueBatches = 256;
inline constexpr unsigned kMaxSessionsPerCaller = 8;
inline constexpr unsigned kMaxSessions = 64;

} // namespace proclens::helper_api
