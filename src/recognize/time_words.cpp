#include "recognize/time_words.hpp"

#include <array>

#include "recognize/text_walk.hpp"

namespace zgcfacts::recognize {

namespace {

struct RelativeYear {
    std::string_view word;
    int offset;
};

constexpr std::array<RelativeYear, 7> relative_years{{
    {"今年", 0}, {"本年", 0}, {"去年", -1}, {"上年", -1}, {"前年", -2}, {"明年", 1}, {"后年", 2},
}};

}  // namespace

std::optional<int> relative_year_before(std::string_view text, std::size_t pos) {
    for (const auto& r : relative_years) {
        if (ends_with_at(text, pos, r.word)) return r.offset;
    }
    return std::nullopt;
}

}  // namespace zgcfacts::recognize
