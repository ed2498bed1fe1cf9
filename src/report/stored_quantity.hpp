// A stored fact read back into the Quantity it was stored from, so sheets phrase facts from the
// database with the same code as fresh parses. Private to src/report.
//
//   auto q = zgcfacts::report::stored_quantity(fact);   // nullopt when a stored string is unreadable
#pragma once

#include <optional>

#include "zgcfacts/quantity.hpp"
#include "zgcfacts/store.hpp"

namespace zgcfacts::report {

std::optional<Quantity> stored_quantity(const StoredFact& fact);

}  // namespace zgcfacts::report
