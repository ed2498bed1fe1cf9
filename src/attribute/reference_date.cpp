#include "attribute/reference_date.hpp"

#include <fmt/format.h>

namespace zgcfacts::attribution {

namespace {

bool all_digits(std::string_view text) noexcept {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

int to_int(std::string_view digits) noexcept {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

int days_in_month(int year, int month) noexcept {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

Error date_error(std::string_view date, std::string_view why) {
    return Error{fmt::format("date option \"{}\": {} (expected YYYY-MM-DD or YYYY)", date, why)};
}

}  // namespace

Result<int> reference_year_from_date(std::string_view date) {
    const bool year_only = date.size() == 4;
    const bool full = date.size() == 10 && date[4] == '-' && date[7] == '-';
    if (!year_only && !full) return date_error(date, "not a date");
    const std::string_view year_text = date.substr(0, 4);
    if (!all_digits(year_text)) return date_error(date, "the year must be four digits");
    const int year = to_int(year_text);
    if (year == 0) return date_error(date, "there is no year 0000");
    if (year_only) return year;

    const std::string_view month_text = date.substr(5, 2);
    const std::string_view day_text = date.substr(8, 2);
    if (!all_digits(month_text) || !all_digits(day_text)) return date_error(date, "month and day must be two digits");
    const int month = to_int(month_text);
    if (month < 1 || month > 12) return date_error(date, "the month must be 01 to 12");
    const int day = to_int(day_text);
    if (day < 1 || day > days_in_month(year, month))
        return date_error(date, fmt::format("{:04}-{:02} has no day {:02}", year, month, day));
    return year;
}

}  // namespace zgcfacts::attribution
