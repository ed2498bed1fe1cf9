// Words that place a date relative to the document's year: 今年5月, 去年底.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace zgcfacts::recognize {

/// The year offset named right before `pos` (今年 0, 去年/上年 -1, 前年 -2, 明年 +1), or nullopt.
std::optional<int> relative_year_before(std::string_view text, std::size_t pos);

}  // namespace zgcfacts::recognize
