// Chinese and English renderings of exact decimals (see number_words.hpp).
#include "report/number_words.hpp"

namespace zgcfacts::report {

namespace {

/// |value| >= 10^power, computed exactly.
bool at_least_power(const Decimal& value, int power) {
    const Decimal magnitude = value.is_negative() ? Decimal().minus(value).value() : value;
    auto threshold = Decimal::from_int(1).scaled(power);
    return threshold && magnitude >= *threshold;
}

/// value / 10^scale as plain digits; the value itself if the division leaves the representable
/// range (it cannot for the scales used here, but a sheet should never fail over it).
std::string divided(const Decimal& value, int scale) {
    auto scaled = value.scaled(-scale);
    return scaled ? scaled->to_string() : value.to_string();
}

}  // namespace

int zh_scale(const Decimal& value, int written_multiplier) {
    if (written_multiplier >= 12) return 12;
    if (written_multiplier >= 8) return 8;
    if (written_multiplier >= 4) return 4;
    // Written out in digits (or with 千/百): keep the digits unless they are too long to read.
    if (at_least_power(value, 12)) return 12;
    if (at_least_power(value, 8)) return 8;
    return 0;
}

std::string zh_digits(const Decimal& value, int scale) { return divided(value, scale); }

std::string zh_number(const Decimal& value, int scale) {
    std::string out = divided(value, scale);
    switch (scale) {
    case 4: out += "万"; break;
    case 8: out += "亿"; break;
    case 12: out += "万亿"; break;
    default: break;
    }
    return out;
}

int en_scale(const Decimal& value) {
    for (int power : {12, 9, 6})
        if (at_least_power(value, power)) return power;
    return 0;
}

std::string en_scale_word(int scale) {
    switch (scale) {
    case 6: return "million";
    case 9: return "billion";
    case 12: return "trillion";
    default: return "";
    }
}

std::string en_digits(const Decimal& value, int scale) { return group_thousands(divided(value, scale)); }

std::string en_number(const Decimal& value, int scale) {
    std::string out = en_digits(value, scale);
    if (const std::string word = en_scale_word(scale); !word.empty()) out += " " + word;
    return out;
}

std::string group_thousands(const std::string& plain) {
    const std::size_t sign = !plain.empty() && plain[0] == '-' ? 1 : 0;
    const std::size_t point = plain.find('.');
    const std::size_t integer_end = point == std::string::npos ? plain.size() : point;
    std::string out = plain.substr(0, sign);
    const std::size_t digits = integer_end - sign;
    for (std::size_t i = 0; i < digits; ++i) {
        if (i > 0 && (digits - i) % 3 == 0) out += ',';
        out += plain[sign + i];
    }
    out += plain.substr(integer_end);
    return out;
}

}  // namespace zgcfacts::report
