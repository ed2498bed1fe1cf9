// Reading and comparing the peers' values; see peer_values.hpp.
#include "peers/peer_values.hpp"

#include <string>

namespace zgcfacts::peers {
namespace {

// Rewrites scientific notation as a plain decimal, since Decimal::parse reads only plain ones.
std::optional<std::string> plain_decimal(std::string_view text) {
    std::string sign;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        if (text.front() == '-') sign = "-";
        text.remove_prefix(1);
    }
    const auto e = text.find_first_of("eE");
    if (e == std::string_view::npos) return sign + std::string(text);
    std::string mantissa(text.substr(0, e));
    int exponent = 0;
    try {
        exponent = std::stoi(std::string(text.substr(e + 1)));
    } catch (...) {
        return std::nullopt;
    }
    if (exponent > 100 || exponent < -100) return std::nullopt;
    std::string digits;
    int point = 0;  // digits before the decimal point
    bool seen_point = false;
    for (char c : mantissa) {
        if (c == '.') {
            seen_point = true;
        } else {
            digits += c;
            if (!seen_point) ++point;
        }
    }
    point += exponent;
    if (point <= 0) return sign + "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    if (static_cast<std::size_t>(point) >= digits.size())
        return sign + digits + std::string(static_cast<std::size_t>(point) - digits.size(), '0');
    return sign + digits.substr(0, static_cast<std::size_t>(point)) + "." + digits.substr(static_cast<std::size_t>(point));
}

int significant_digits(std::string_view text) {
    int count = 0;
    bool leading = true;
    for (char c : text) {
        if (c == 'e' || c == 'E') break;
        if (c < '0' || c > '9') continue;
        if (leading && c == '0') continue;
        leading = false;
        ++count;
    }
    return count;
}

}  // namespace

std::optional<Decimal> peer_number(std::string_view text) {
    if (!text.empty() && text.back() == '%') text.remove_suffix(1);
    const auto plain = plain_decimal(text);
    if (!plain) return std::nullopt;
    auto d = Decimal::parse(*plain);
    if (!d) return std::nullopt;
    return *d;
}

bool same_number(const Decimal& ours, std::string_view theirs) {
    const auto value = peer_number(theirs);
    if (!value) return false;
    if (ours == *value) return true;
    // C# printed a double with 15 significant digits: accept ours within half a unit of the last one.
    if (significant_digits(theirs) < 15) return false;
    const auto difference = ours.minus(*value);
    if (!difference) return false;
    const Decimal distance = difference->is_negative() ? *Decimal().minus(*difference) : *difference;
    const auto half_unit = Decimal::from_int(5).scaled(value->last_nonzero_place() - 1);
    return half_unit && distance <= *half_unit;
}

std::optional<Interval> parse_interval(std::string_view text) {
    if (text.size() < 3 || (text.front() != '(' && text.front() != '[') || (text.back() != ')' && text.back() != ']'))
        return std::nullopt;
    const auto inner = text.substr(1, text.size() - 2);
    const auto comma = inner.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    Interval interval;
    if (comma > 0) interval.lower = std::string(inner.substr(0, comma));
    if (comma + 1 < inner.size()) interval.upper = std::string(inner.substr(comma + 1));
    return interval;
}

}  // namespace zgcfacts::peers
