// SPDX-License-Identifier: MIT
#include "event_printer.h"

#include <variant>

#include <spdlog/spdlog.h>

namespace proclens::cli {
namespace {

// Buffered output is written once it passes this, so a busy trace costs few write(2)s.
constexpr std::size_t kFlushBytes = 64 * 1024;

}  // namespace

EventPrinter::EventPrinter(output::Format format, bool printEvents, OutputSink& sink)
    : sink_(sink),
      printEvents_(printEvents),
      // A person watching text output wants rows as they happen.
      flushEveryRun_(format == output::Format::Text),
      writer_(output::make_writer(format)),
      columns_(output::default_event_columns())
{
    context_.realtime_offset_ns = output::current_realtime_offset_ns();
    // The context is only used under mutex_, so the cache needs no lock of its own.
    context_.comm_of = [this](std::uint32_t pid) { return comms_.lookup(pid); };
    if (printEvents_)
        writer_->begin(output::columns_of(columns_));
}

void EventPrinter::consume(std::span<const std::byte> records)
{
    std::lock_guard lock(mutex_);
    auto views = wire::split_records(records);
    if (!views) {
        // A bad size loses the framing of the whole run.
        if (malformed_ == 0)
            spdlog::warn("malformed record run skipped: {}", views.error().to_string());
        ++malformed_;
        return;
    }
    for (const wire::RecordView& view : *views) {
        auto event = wire::decode_record(view);
        if (event) {
            handle(*event);
        } else {
            if (malformed_ == 0)
                spdlog::warn("malformed record skipped: {}", event.error().to_string());
            ++malformed_;
        }
    }
    if (flushEveryRun_ || writer_->buffer().size() >= kFlushBytes)
        flushLocked();
}

void EventPrinter::consume(const std::vector<wire::Event>& events)
{
    std::lock_guard lock(mutex_);
    for (const wire::Event& event : events)
        handle(event);
    if (flushEveryRun_ || writer_->buffer().size() >= kFlushBytes)
        flushLocked();
}

void EventPrinter::handle(const wire::Event& event)
{
    if (const auto* process = std::get_if<wire::ProcessEvent>(&event); process && process->type != PL_EVENT_EXIT)
        comms_.remember(process->task.pid, process->task.comm);
    if (!printEvents_)
        return;
    if (filter_ && make_filter_record(event, comms_, filterScratch_, filterRecord_) && !filter_->matches(filterRecord_))
        return;
    output::format_event_row(event, columns_, context_, fields_);
    writer_->row(fields_);
    ++rows_;
}

void EventPrinter::setFilter(std::optional<filter::Program> program)
{
    std::lock_guard lock(mutex_);
    filter_ = std::move(program);
}

void EventPrinter::flushLocked()
{
    if (!writer_->buffer().empty())
        sink_.write(writer_->take());
}

void EventPrinter::flush()
{
    std::lock_guard lock(mutex_);
    flushLocked();
}

void EventPrinter::write(std::string_view text)
{
    std::lock_guard lock(mutex_);
    flushLocked();
    sink_.write(text);
}

std::string EventPrinter::commOf(std::uint32_t pid)
{
    std::lock_guard lock(mutex_);
    return comms_.lookup(pid);
}

std::uint64_t EventPrinter::malformed() const
{
    std::lock_guard lock(mutex_);
    return malformed_;
}

std::uint64_t EventPrinter::rows() const
{
    std::lock_guard lock(mutex_);
    return rows_;
}

}  // namespace proclens::cli
