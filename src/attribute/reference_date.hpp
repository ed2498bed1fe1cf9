// The reference year given by AnalyzeOptions::date ("2024-04-30" or "2024").
#pragma once

#include <string_view>

#include "zgcfacts/result.hpp"

namespace zgcfacts::attribution {

/// The year of `date`, which must be "YYYY-MM-DD" (a real calendar day) or "YYYY". The Error names
/// the option and says what is wrong; its offset is npos, since the date is not part of the text.
Result<int> reference_year_from_date(std::string_view date);

}  // namespace zgcfacts::attribution
