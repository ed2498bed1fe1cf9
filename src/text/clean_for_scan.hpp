// text/clean_for_scan.hpp — clean() as scan(std::string_view) uses it, within one call.
#pragma once

#include <string_view>

#include "zgcfacts/result.hpp"
#include "zgcfacts/text.hpp"

namespace zgcfacts::text {

/// clean(), for a caller that is done with the result before `raw` goes away: UTF-8 input is read
/// in place rather than copied (raw_slice reads `raw` itself), and no paragraph breaks are found.
Result<CleanText> clean_for_scan(std::string_view raw, const CleanOptions& options);

}  // namespace zgcfacts::text
