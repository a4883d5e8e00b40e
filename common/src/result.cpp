// SPDX-License-Identifier: MIT
#include "proclens/result.h"

namespace proclens {

std::string Error::to_string() const
{
    return message + " (at byte " + std::to_string(offset) + ")";
}

}  // namespace proclens
