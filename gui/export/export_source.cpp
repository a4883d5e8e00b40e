// SPDX-License-Identifier: MIT
#include "export_source.h"

namespace proclens::gui {

// Out of line so the vtable lives in one translation unit.
ExportSource::~ExportSource() = default;

ExportSourceProvider::~ExportSourceProvider() = default;

bool ExportSource::isNumeric(std::size_t) const
{
    return false;
}

}  // namespace proclens::gui
