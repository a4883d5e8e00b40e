// SPDX-License-Identifier: MIT
//
// The filter language (common/filter) applied to stored activity events: the
// view filter and the highlight rules. A stored event fills a FilterRecord
// with what it carries: pid, tid, comm, event kind, and for syscalls the
// syscall, result/errno, duration, paths, socket address and port; for
// process events ppid, uid, cgroup, namespaces and (exec) the executable.
// What the event does not carry (for syscalls: ppid, user, exe, container,
// namespaces, cgroup) comes from the process facts the store attached to it
// (EventStore::setProcessResolver, set by the live session over its process table).
#pragma once

#include "activity_model.h"

#include "proclens/filter/record.h"

#include <QString>

#include <string>

namespace proclens::gui {

/// Fills `record` from `event`; string fields view into the event's chunk,
/// or into `scratch` (the formatted socket address), which must outlive the use.
void fillFilterRecord(const StoredEvent& event, filter::FilterRecord& record, std::string& scratch);

/// A parsed and compiled filter text, or why not.
struct ActivityFilter {
    /// Makes one predicate (with its own compiled program) per call; empty when invalid.
    EventPredicateFactory factory;
    QString error;       ///< the parser's or compiler's message; empty when valid
    int position = -1;   ///< character position of the error in the text (QString index)

    bool ok() const { return bool(factory); }
};

/// Parses and compiles `text` with common's filter language.
ActivityFilter compileActivityFilter(const QString& text);

}  // namespace proclens::gui
