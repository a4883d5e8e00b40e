// SPDX-License-Identifier: MIT
//
// ExportSource: what File → Export… writes. A view (processes, activity,
// summary) makes one on the GUI thread; ExportJob reads it on a worker thread.
//
// Thread rules (every implementation must keep them):
//  - Construction happens on the GUI thread and takes everything it needs from
//    the view/model right then: the visible columns in their on-screen order,
//    and the rows in their on-screen order with the view filter already
//    applied. After construction the object is immutable.
//  - The const methods are then called from ONE worker thread (never the GUI
//    thread while the export runs) and must not touch any QObject, model, view
//    or other state that the GUI thread may change. They may do work, e.g.
//    format a compact copied record into text in row(), so the GUI thread only
//    pays for copying records, not for formatting a million rows.
//  - row() is called with i = 0, 1, ... rowCount() - 1 in order, once each;
//    an implementation may rely on that order (e.g. to walk a ring forwards).
//  - The source is owned by the job (std::unique_ptr) and destroyed on the
//    worker thread or after it finished, whichever is later; its destructor
//    must not touch GUI objects either.
#pragma once

#include <QString>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace proclens::gui {

class ExportSource {
public:
    virtual ~ExportSource();

    /// What is exported, for the progress dialog and messages ("Processes",
    /// "Activity log (1,000,000 events)").
    virtual QString title() const = 0;

    /// Column names, visible columns in their on-screen order, UTF-8. Used as
    /// the CSV header row and as the JSON Lines keys, so they should be unique.
    virtual std::vector<std::string> header() const = 0;

    /// Number of rows; fixed for the life of the object.
    virtual std::size_t rowCount() const = 0;

    /// Fills `cells` with row i's text: exactly header().size() UTF-8 strings
    /// (empty for no value). `cells` is reused between calls: the function
    /// must assign every entry (resize then assign, or assign each).
    virtual void row(std::size_t i, std::vector<std::string>& cells) const = 0;

    /// Whether column `column` holds numbers (pid, counts, latency): JSON
    /// Lines then writes cells that are valid JSON numbers unquoted (empty
    /// cells are null in every column). CSV ignores it. Default: none numeric.
    virtual bool isNumeric(std::size_t column) const;
};

/// Optional mix-in for a tab's widget: File → Export… asks the current tab
/// (via dynamic_cast) for its snapshot. Views may instead just offer a
/// public `std::unique_ptr<ExportSource> exportSource() const` that the main
/// window calls by type; both mean the same thing.
class ExportSourceProvider {
public:
    virtual ~ExportSourceProvider();
    /// A new snapshot of what the view shows now (GUI thread); nullptr when
    /// there is nothing to export.
    virtual std::unique_ptr<ExportSource> exportSource() const = 0;
};

}  // namespace proclens::gui
