#include "grammar/numeral_text.hpp"

#include <array>
#include <cctype>
#include <initializer_list>
#include <string_view>

namespace zgcfacts::grammar {

namespace {

/// What a character is to a numeral.
enum class Role {
    none,
    digit,         // 〇 一 … 九, 两, the financial forms, 廿 卅, and the placeholders 几 数
    small_unit,    // 十 拾 百 佰
    thousand,      // 千 仟: a small unit unless an SI unit follows (千米 is km)
    magnitude,     // 万 萬 亿 億
    trillion,      // 兆: a magnitude unless an SI unit follows (兆瓦 is MW)
    decimal_point  // 点 點
};

/// Roles by code point (below U+10000), built once: reading a numeral asks for the role of every
/// character in it and of the one after it.
class RoleTable {
public:
    RoleTable() {
        assign(U"〇零一二三四五六七八九两俩幺壹贰叁肆伍陆柒捌玖兩倆貳叄陸廿卅几数幾數", Role::digit);
        assign(U"十拾百佰", Role::small_unit);
        assign(U"千仟", Role::thousand);
        assign(U"万萬亿億", Role::magnitude);
        assign(U"兆", Role::trillion);
        assign(U"点點", Role::decimal_point);
    }
    Role operator[](char32_t c) const { return roles_[c]; }

private:
    void assign(std::u32string_view characters, Role role) {
        for (char32_t c : characters) roles_[c] = role;
    }
    std::array<Role, 0x10000> roles_{};  // Role::none is zero
};

Role role_of(char32_t c) {
    static const RoleTable table;
    return table[c];
}

/// Every numeral character is three bytes of UTF-8. Anything else (ASCII, other lengths, broken
/// sequences) has no role; an overlong encoding decodes below U+0800 and so matches none either.
Role role_at(const char* p, const char* last) {
    if (last - p < 3) return Role::none;
    const auto b0 = static_cast<unsigned char>(p[0]);
    const auto b1 = static_cast<unsigned char>(p[1]);
    const auto b2 = static_cast<unsigned char>(p[2]);
    if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return Role::none;
    return role_of((char32_t(b0 & 0x0F) << 12) | (char32_t(b1 & 0x3F) << 6) | char32_t(b2 & 0x3F));
}
constexpr long kCharBytes = 3;

bool is_digit_at(const char* p, const char* last) { return p < last && *p >= '0' && *p <= '9'; }

bool starts_with(const char* p, const char* last, std::string_view word) {
    return last - p >= static_cast<long>(word.size()) && std::string_view(p, word.size()) == word;
}

/// After 千 and 兆 these make an SI prefix (千米 km, 兆瓦 MW), not a Chinese magnitude.
bool si_unit_at(const char* p, const char* last) {
    for (std::string_view tail : {"米", "克", "瓦", "伏", "赫", "帕", "焦", "字节", "电子伏特", "卡"}) {
        if (starts_with(p, last, tail)) return true;
    }
    return false;
}

/// End of a run of ASCII digits starting at p (p itself when there is none).
const char* digits_end(const char* p, const char* last) {
    while (is_digit_at(p, last)) ++p;
    return p;
}

/// 1,234,567: one to three digits, then groups of a comma and exactly three digits, and no digit
/// after the last group. nullptr when the digits at p are not written that way.
const char* grouped_digits_end(const char* p, const char* last) {
    const char* end = p;
    while (end - p < 3 && is_digit_at(end, last)) ++end;
    if (end == p) return nullptr;
    bool grouped = false;
    while (end < last && *end == ',' && last - end > 3 && is_digit_at(end + 1, last) &&
           is_digit_at(end + 2, last) && is_digit_at(end + 3, last)) {
        end += 4;
        grouped = true;
    }
    if (!grouped || is_digit_at(end, last)) return nullptr;
    return end;
}

/// Arabic digits, grouped or plain, with decimals after a point and a k for thousands (15k, but
/// not the k of km). nullptr when no digit starts at p.
const char* arabic_end(const char* p, const char* last) {
    const char* end = grouped_digits_end(p, last);
    if (end == nullptr) end = digits_end(p, last);
    if (end == p) return nullptr;
    if (end < last && *end == '.' && is_digit_at(end + 1, last)) end = digits_end(end + 1, last);
    // The grammar asks x3::alpha, which is std::isalpha on the char as it is; so does this.
    if (end < last && *end == 'k' && !(end + 1 < last && std::isalpha(static_cast<int>(end[1])) != 0)) ++end;
    return end;
}

/// One element of the integer part: an Arabic number, a Chinese digit, a unit or a magnitude.
const char* element_end(const char* p, const char* last) {
    if (is_digit_at(p, last)) return arabic_end(p, last);
    switch (role_at(p, last)) {
    case Role::digit:
    case Role::small_unit:
    case Role::magnitude: return p + kCharBytes;
    case Role::thousand:
    case Role::trillion: return si_unit_at(p + kCharBytes, last) ? nullptr : p + kCharBytes;
    case Role::none:
    case Role::decimal_point: return nullptr;
    }
    return nullptr;
}

/// One digit of the decimals written after 点: a Chinese digit or a single ASCII digit.
const char* decimal_digit_end(const char* p, const char* last) {
    if (is_digit_at(p, last)) return p + 1;
    return role_at(p, last) == Role::digit ? p + kCharBytes : nullptr;
}

const char* sign_end(const char* p, const char* last) {
    if (p < last && (*p == '-' || *p == '+')) return p + 1;
    if (starts_with(p, last, "负") || starts_with(p, last, "負")) return p + kCharBytes;
    return p;
}

/// Decimals written with 点 (三点五亿): the point, at least one digit, then magnitudes. p itself
/// when they are not all there.
const char* decimals_end(const char* p, const char* last) {
    if (role_at(p, last) != Role::decimal_point) return p;
    const char* end = decimal_digit_end(p + kCharBytes, last);
    if (end == nullptr) return p;
    while (const char* next = decimal_digit_end(end, last)) end = next;
    while (const char* next = magnitude_end(end, last)) end = next;
    return end;
}

}  // namespace

const char* magnitude_end(const char* first, const char* last) noexcept {
    switch (role_at(first, last)) {
    case Role::magnitude: return first + kCharBytes;
    case Role::trillion: return si_unit_at(first + kCharBytes, last) ? nullptr : first + kCharBytes;
    default: return nullptr;
    }
}

const char* numeral_end(const char* first, const char* last) noexcept {
    const char* end = element_end(sign_end(first, last), last);
    if (end == nullptr) return nullptr;  // a sign alone is no numeral
    while (const char* next = element_end(end, last)) end = next;
    return decimals_end(end, last);
}

const char* NumeralMemo::numeral_end(const char* first, const char* last) noexcept {
    for (const Entry& entry : entries_) {
        if (entry.first == first) return entry.end;
    }
    Entry& entry = entries_[next_];
    next_ = (next_ + 1) % entries_.size();
    entry = {first, grammar::numeral_end(first, last)};
    return entry.end;
}

}  // namespace zgcfacts::grammar
