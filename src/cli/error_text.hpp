// How the command quotes a library error: the message, and where it happened unless it says so.
#pragma once

#include <string>

#include <fmt/format.h>

#include "zgcfacts/result.hpp"

namespace zgcfacts::cli {

/// The error's message with " (at byte N)" added when it has an offset its text does not give
/// already (cleaning errors say "… at byte 12: …" themselves; saying it twice reads as two places).
inline std::string located(const Error& error) {
    if (error.offset == Error::npos || error.message.find("at byte") != std::string::npos) return error.message;
    return fmt::format("{} (at byte {})", error.message, error.offset);
}

}  // namespace zgcfacts::cli
