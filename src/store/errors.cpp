// StoreError: a database failure that names the file and what the store was doing.
#include <utility>

#include <fmt/core.h>

#include "zgcfacts/store.hpp"

namespace zgcfacts {

std::string_view to_string(StoreErrc code) noexcept {
    switch (code) {
    case StoreErrc::busy: return "busy";
    case StoreErrc::corrupt: return "corrupt";
    case StoreErrc::full: return "full";
    case StoreErrc::cannot_open: return "cannot_open";
    case StoreErrc::read_only: return "read_only";
    case StoreErrc::io: return "io";
    case StoreErrc::schema: return "schema";
    case StoreErrc::other: return "other";
    }
    return "other";
}

StoreError::StoreError(StoreErrc code, int sqlite_code, std::string path, std::string operation,
                       std::string detail)
    // The message leads with the file, as compilers do, so it reads well after "zgcfacts ingest: ".
    : std::runtime_error(fmt::format("{}: {}: {}", path, operation, detail)),
      code_(code),
      sqlite_code_(sqlite_code),
      path_(std::move(path)),
      operation_(std::move(operation)),
      detail_(std::move(detail)) {}

}  // namespace zgcfacts
