#include "recognize/numeral.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace zgcfacts::recognize {

namespace {

// ---------------------------------------------------------------------------------------------
// Tokens. A numeral is read as a sequence of digits (Arabic runs or single Chinese digits), unit
// words (十 百 千: "small", reset within each 万/亿 section; 万 亿 兆: "big"), the separator 零,
// the decimal word 点 and the placeholders 几/数.

enum class TokenType { number, chinese_digit, placeholder, small_unit, big_unit, zero, point };

struct Token {
    TokenType type;
    Decimal value;      // number / chinese_digit
    int power = 0;      // small_unit / big_unit: 十 1, 百 2, 千 3, 万 4, 亿 8, 兆 12
    std::size_t offset;  // byte offset in the numeral, for error messages
};

struct ChineseWord {
    std::string_view text;
    TokenType type;
    int value;  // digit value, or power for units; 廿 and 卅 are the tens 20 and 30
};

// Every character a numeral may hold, one token each, except 廿 and 卅 (二十 and 三十 in one).
constexpr std::array<ChineseWord, 47> chinese_words{{
    {"〇", TokenType::chinese_digit, 0}, {"一", TokenType::chinese_digit, 1},
    {"二", TokenType::chinese_digit, 2}, {"三", TokenType::chinese_digit, 3},
    {"四", TokenType::chinese_digit, 4}, {"五", TokenType::chinese_digit, 5},
    {"六", TokenType::chinese_digit, 6}, {"七", TokenType::chinese_digit, 7},
    {"八", TokenType::chinese_digit, 8}, {"九", TokenType::chinese_digit, 9},
    {"两", TokenType::chinese_digit, 2}, {"兩", TokenType::chinese_digit, 2},
    {"俩", TokenType::chinese_digit, 2}, {"倆", TokenType::chinese_digit, 2},
    {"幺", TokenType::chinese_digit, 1}, {"貳", TokenType::chinese_digit, 2},
    {"叄", TokenType::chinese_digit, 3}, {"陸", TokenType::chinese_digit, 6},
    {"壹", TokenType::chinese_digit, 1}, {"贰", TokenType::chinese_digit, 2},
    {"叁", TokenType::chinese_digit, 3}, {"肆", TokenType::chinese_digit, 4},
    {"伍", TokenType::chinese_digit, 5}, {"陆", TokenType::chinese_digit, 6},
    {"柒", TokenType::chinese_digit, 7}, {"捌", TokenType::chinese_digit, 8},
    {"玖", TokenType::chinese_digit, 9}, {"零", TokenType::zero, 0},
    {"十", TokenType::small_unit, 1}, {"拾", TokenType::small_unit, 1},
    {"百", TokenType::small_unit, 2}, {"佰", TokenType::small_unit, 2},
    {"千", TokenType::small_unit, 3}, {"仟", TokenType::small_unit, 3},
    {"万", TokenType::big_unit, 4}, {"萬", TokenType::big_unit, 4},
    {"亿", TokenType::big_unit, 8}, {"億", TokenType::big_unit, 8},
    {"兆", TokenType::big_unit, 12},
    {"点", TokenType::point, 0}, {"點", TokenType::point, 0},
    {"几", TokenType::placeholder, 0}, {"幾", TokenType::placeholder, 0},
    {"数", TokenType::placeholder, 0}, {"數", TokenType::placeholder, 0},
    {"廿", TokenType::chinese_digit, 20}, {"卅", TokenType::chinese_digit, 30},
}};

/// The entry for one character, or nullptr. Every numeral is read character by character, so the
/// table is searched by the character's three bytes packed into a number, not word by word.
const ChineseWord* find_chinese_word(std::string_view ch) {
    constexpr std::size_t kBytes = 3;  // all of them are three bytes of UTF-8
    auto key = [](std::string_view text) {
        std::uint32_t packed = 0;
        for (char byte : text) packed = (packed << 8) | static_cast<unsigned char>(byte);
        return packed;
    };
    using Entry = std::pair<std::uint32_t, const ChineseWord*>;
    static const auto sorted = [&] {
        std::array<Entry, chinese_words.size()> entries{};
        for (std::size_t i = 0; i < chinese_words.size(); ++i) entries[i] = {key(chinese_words[i].text), &chinese_words[i]};
        std::sort(entries.begin(), entries.end());
        return entries;
    }();
    if (ch.size() != kBytes) return nullptr;
    const std::uint32_t wanted = key(ch);
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), Entry{wanted, nullptr},
                                     [](const Entry& a, const Entry& b) { return a.first < b.first; });
    return it != sorted.end() && it->first == wanted ? it->second : nullptr;
}

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    return 4;
}

constexpr std::string_view not_a_numeral = "not a numeral: ";

/// The characters do not form a numeral (十百, 三五): not a figure, and not an error of the input.
Error malformed(std::string_view /*written*/, std::size_t offset, std::string_view why) {
    return Error{std::string(not_a_numeral) + std::string(why), offset};
}

/// The numeral is well formed but its value does not fit an exact Decimal.
Error too_large(const Error& decimal_error, std::size_t offset) { return Error{decimal_error.message, offset}; }

struct Tokenized {
    bool negative = false;
    std::vector<Token> tokens;
    bool has_separators = false;
};

Result<Tokenized> tokenize(std::string_view written) {
    Tokenized out;
    std::size_t i = 0;
    if (written.starts_with("-") || written.starts_with("+")) {
        out.negative = written[0] == '-';
        i = 1;
    } else if (written.starts_with("负") || written.starts_with("負")) {
        out.negative = true;
        i = 3;
    }
    while (i < written.size()) {
        const char c = written[i];
        if (c >= '0' && c <= '9') {
            std::string plain;
            const std::size_t start = i;
            while (i < written.size() && ((written[i] >= '0' && written[i] <= '9') || written[i] == ',' ||
                                          written[i] == '.')) {
                if (written[i] == ',') out.has_separators = true;
                else plain += written[i];
                ++i;
            }
            auto value = Decimal::parse(plain);
            if (!value) return too_large(value.error(), start);
            out.tokens.push_back({TokenType::number, *value, 0, start});
            if (i < written.size() && written[i] == 'k') {  // 15k = 15 thousand
                out.tokens.push_back({TokenType::big_unit, {}, 3, i});
                ++i;
            }
            continue;
        }
        const std::size_t length = std::min(utf8_length(static_cast<unsigned char>(c)), written.size() - i);
        const std::string_view ch = written.substr(i, length);
        const ChineseWord* word = find_chinese_word(ch);
        if (word == nullptr) return malformed(written, i, "unexpected character");
        if (word->type == TokenType::chinese_digit && word->value >= 10) {  // 廿 = 二十, 卅 = 三十
            out.tokens.push_back({TokenType::chinese_digit, Decimal::from_int(word->value / 10), 0, i});
            out.tokens.push_back({TokenType::small_unit, {}, 1, i});
        } else {
            Token token{word->type, {}, 0, i};
            if (word->type == TokenType::chinese_digit) token.value = Decimal::from_int(word->value);
            else token.power = word->value;
            out.tokens.push_back(token);
        }
        i += length;
    }
    if (out.tokens.empty()) return malformed(written, 0, "no digits");
    return out;
}

bool is_digit_token(const Token& t) {
    return t.type == TokenType::number || t.type == TokenType::chinese_digit || t.type == TokenType::zero;
}

// ---------------------------------------------------------------------------------------------
// Structured evaluation: 三千五百万零三 and the like, tokens without placeholders or adjacent
// digits (those are substituted before). Sections are closed by big units; within a section
// small units must decrease (一千三百, not 一百三千).

Result<Decimal> evaluate_integer(std::string_view written, const std::vector<Token>& tokens) {
    Decimal total;
    Decimal section;
    std::optional<Decimal> pending;
    bool pending_is_one_chinese_digit = false;
    bool unit_right_before_pending = false;
    int last_unit_power = -1;   // power of the unit token just before the current position
    int small_ceiling = 99;     // next small unit must be below this
    int last_big = 99;
    bool total_started = false;
    bool previous_was_unit = false;
    bool previous_was_zero = false;

    auto add = [&](Decimal& into, const Decimal& what) -> std::optional<Error> {
        auto sum = into.plus(what);
        if (!sum) return Error{sum.error().message, 0};
        into = *sum;
        return std::nullopt;
    };

    for (const Token& token : tokens) {
        switch (token.type) {
        case TokenType::number:
        case TokenType::chinese_digit:
            if (pending) return malformed(written, token.offset, "two numbers in a row");
            pending = token.value;
            pending_is_one_chinese_digit = token.type == TokenType::chinese_digit;
            unit_right_before_pending = previous_was_unit && !previous_was_zero;
            previous_was_unit = false;
            previous_was_zero = false;
            break;
        case TokenType::zero:
            if (pending) return malformed(written, token.offset, "零 after a digit");
            previous_was_zero = true;
            break;
        case TokenType::small_unit: {
            if (token.power >= small_ceiling) return malformed(written, token.offset, "units out of order");
            auto scaled = pending.value_or(Decimal::from_int(1)).scaled(token.power);
            if (!scaled) return Error{scaled.error().message, token.offset};
            if (auto e = add(section, *scaled)) return *e;
            pending.reset();
            small_ceiling = token.power;
            last_unit_power = token.power;
            previous_was_unit = true;
            previous_was_zero = false;
            break;
        }
        case TokenType::big_unit: {
            if (pending) {
                if (auto e = add(section, *pending)) return *e;
                pending.reset();
            }
            if (section.is_zero() && !total_started) section = Decimal::from_int(1);  // bare 万
            // 万亿, 万万, 兆亿: a unit right after another, or above every unit so far, multiplies
            // everything read so far.
            if (!total_started || token.power >= last_big || (previous_was_unit && section.is_zero())) {
                // 万亿, 万万: the unit multiplies everything read so far.
                Decimal everything = total;
                if (auto e = add(everything, section)) return *e;
                auto scaled = everything.scaled(token.power);
                if (!scaled) return Error{scaled.error().message, token.offset};
                total = *scaled;
            } else {
                auto scaled = section.scaled(token.power);
                if (!scaled) return Error{scaled.error().message, token.offset};
                if (auto e = add(total, *scaled)) return *e;
            }
            total_started = true;
            section = Decimal();
            small_ceiling = 99;
            last_big = token.power;
            last_unit_power = token.power;
            previous_was_unit = true;
            previous_was_zero = false;
            break;
        }
        case TokenType::placeholder:
        case TokenType::point:
            return malformed(written, token.offset, "unexpected word");
        }
    }
    if (pending) {
        Decimal last = *pending;
        // 三万五 = 35000, 一千二 = 1200: a lone digit right after a unit counts in the next lower
        // place. After 零 (一千零二) it is a plain unit digit.
        if (pending_is_one_chinese_digit && unit_right_before_pending && last_unit_power >= 1) {
            auto scaled = last.scaled(last_unit_power - 1);
            if (!scaled) return Error{scaled.error().message, 0};
            last = *scaled;
        }
        if (auto e = add(section, last)) return *e;
    }
    if (auto e = add(total, section)) return *e;
    return total;
}

/// The power of ten written as a multiplier of the whole number: the units after the last digit,
/// when no unit stands before it (902.21亿 → 8, 千万 → 7; 三亿五千万 has none: 亿 scales 三 only).
int trailing_multiplier(const std::vector<Token>& tokens) {
    int power = 0;
    std::size_t run = 0;
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        if (it->type != TokenType::small_unit && it->type != TokenType::big_unit) break;
        power += it->power;
        ++run;
    }
    for (std::size_t i = 0; i + run < tokens.size(); ++i) {
        if (tokens[i].type == TokenType::small_unit || tokens[i].type == TokenType::big_unit) return 0;
    }
    // 十项 is "ten items", not a multiplier (a lone 十 is a digit in disguise).
    if (run == 1 && power == 1) return 0;
    return power;
}

/// Plain Arabic numbers (2024, 902.21, 1,234) are most numerals in real text: read them directly.
std::optional<NumeralValue> plain_arabic(std::string_view written) {
    if (written.empty() || written.size() > 64) return std::nullopt;
    NumeralValue result;
    result.arabic_only = true;
    bool point = false;
    for (std::size_t i = 0; i < written.size(); ++i) {
        const char c = written[i];
        if (c >= '0' && c <= '9') {
            if (!point) ++result.integer_digits;
        } else if (c == ',') {
            result.has_separators = true;
        } else if (c == '.') {
            point = true;
        } else if (c != '-' || i != 0) {
            return std::nullopt;
        }
    }
    // Without separators the number is parsed as written, with no copy.
    std::string without_separators;
    if (result.has_separators) {
        without_separators.assign(written);
        std::erase(without_separators, ',');
    }
    auto value = Decimal::parse(result.has_separators ? std::string_view(without_separators) : written);
    if (!value) return std::nullopt;  // the general path reports the error with its position
    result.value = *value;
    return result;
}

// 陆 (land), 伍 (ranks), 柒: financial digits standing alone are ordinary words.
constexpr std::string_view financial_digits = "壹贰叁肆伍陆柒捌玖貳叄陸";

bool is_single_financial_digit(std::string_view written) {
    return written.size() == 3 && financial_digits.find(written) != std::string_view::npos;
}

/// One Chinese digit 一 … 九 (两, 壹 and the like too), mostly the 一 of 一个, 一批: read directly,
/// with the fields the general path below gives a numeral of one digit token.
std::optional<NumeralValue> single_chinese_digit(std::string_view written) {
    if (written.size() != 3) return std::nullopt;
    const ChineseWord* word = find_chinese_word(written);
    if (word == nullptr || word->type != TokenType::chinese_digit || word->value < 1 || word->value > 9)
        return std::nullopt;
    NumeralValue result;
    result.value = Decimal::from_int(word->value);
    result.chinese = true;
    result.single_one = word->value == 1;
    result.single_financial = is_single_financial_digit(written);
    return result;
}

}  // namespace

bool is_malformed_numeral(const Error& error) { return std::string_view(error.message).starts_with(not_a_numeral); }

Result<NumeralValue> evaluate_numeral(std::string_view written) {
    if (auto plain = plain_arabic(written)) return *plain;
    if (auto digit = single_chinese_digit(written)) return *digit;
    auto tokenized = tokenize(written);
    if (!tokenized) return tokenized.error();
    std::vector<Token> tokens = std::move(tokenized->tokens);

    NumeralValue result;
    result.has_separators = tokenized->has_separators;
    for (const Token& t : tokens) {
        if (t.type != TokenType::number) result.chinese = true;
    }
    result.arabic_only = tokens.size() == 1 && tokens[0].type == TokenType::number;
    if (result.arabic_only) {
        const std::string text = tokens[0].value.to_string();
        const auto point = text.find('.');
        result.integer_digits = static_cast<int>(point == std::string::npos ? text.size() : point);
        if (text.starts_with('-')) --result.integer_digits;
    }
    result.single_one = tokens.size() == 1 && tokens[0].type == TokenType::chinese_digit &&
                        tokens[0].value == Decimal::from_int(1);
    result.single_financial = tokens.size() == 1 && is_single_financial_digit(written);

    // Split off the decimal part written with 点: 三点五亿 = (3 + 0.5) × 亿.
    std::vector<Token> fraction_digits;
    std::vector<Token> after_fraction;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].type != TokenType::point) continue;
        std::size_t j = i + 1;
        for (; j < tokens.size() && is_digit_token(tokens[j]); ++j) fraction_digits.push_back(tokens[j]);
        if (fraction_digits.empty()) return malformed(written, tokens[i].offset, "点 without digits");
        for (; j < tokens.size(); ++j) {
            if (tokens[j].type != TokenType::big_unit)
                return malformed(written, tokens[j].offset, "only 万/亿 may follow the decimals");
            after_fraction.push_back(tokens[j]);
        }
        tokens.resize(i);
        break;
    }
    if (tokens.empty()) return malformed(written, 0, "no integer part");

    // Digits read one by one: 二〇二四 (three or more digits, no units).
    bool all_digits = true;
    for (const Token& t : tokens) all_digits = all_digits && (t.type == TokenType::chinese_digit || t.type == TokenType::zero);
    if (all_digits && tokens.size() >= 3) {
        std::string digits;
        for (const Token& t : tokens) digits += t.type == TokenType::zero ? "0" : t.value.to_string();
        auto value = Decimal::parse(digits);
        if (!value) return too_large(value.error(), 0);
        result.value = *value;
        result.digit_string = true;
        return result;
    }

    // Adjacent digits (两三, 八九亿, 三四十) and placeholders (十几, 数十) make a range: evaluate the
    // numeral twice, once with each end substituted.
    std::optional<std::size_t> adjacent;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].type == TokenType::chinese_digit && tokens[i + 1].type == TokenType::chinese_digit) {
            if (adjacent) return malformed(written, tokens[i].offset, "too many adjacent digits");
            auto next = tokens[i].value.plus(Decimal::from_int(1));
            if (!next || !(*next == tokens[i + 1].value))
                return malformed(written, tokens[i].offset, "adjacent digits that are not neighbours");
            adjacent = i;
        }
    }
    // 万千, 亿百: a smaller unit right after a larger one is no number (气象万千); allowing it would
    // also make the written multiplier disagree with the value (十兆万千万 is not 10^24).
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].type == TokenType::big_unit && tokens[i + 1].type == TokenType::small_unit)
            return malformed(written, tokens[i + 1].offset, "a smaller unit right after a larger one");
    }
    std::optional<std::size_t> placeholder;
    bool has_unit = false;
    bool has_nonzero_digit = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        has_unit = has_unit || tokens[i].type == TokenType::small_unit || tokens[i].type == TokenType::big_unit;
        has_nonzero_digit = has_nonzero_digit || tokens[i].type == TokenType::number ||
                            tokens[i].type == TokenType::chinese_digit;
        if (tokens[i].type != TokenType::placeholder) continue;
        if (placeholder || adjacent) return malformed(written, tokens[i].offset, "too many placeholders");
        placeholder = i;
    }
    // 几 and 数 alone are words (几天, 数据); they count only beside a unit (十几, 数百).
    if (placeholder && !has_unit) return malformed(written, 0, "几/数 without 十/百/千/万/亿");
    // A lone 零 is the first character of words like 零部件, not a figure; 零点五 is fine.
    if (!has_unit && !has_nonzero_digit && !placeholder && fraction_digits.empty())
        return malformed(written, 0, "零 alone");

    result.magnitude_only = true;
    for (const Token& t : tokens) {
        if (t.type != TokenType::small_unit && t.type != TokenType::big_unit) result.magnitude_only = false;
    }
    result.multiplier = trailing_multiplier(after_fraction.empty() ? tokens : after_fraction);
    if (!after_fraction.empty()) {
        for (const Token& t : tokens) {
            if (t.type == TokenType::small_unit || t.type == TokenType::big_unit)
                return malformed(written, t.offset, "units before 点");
        }
    }

    auto finish = [&](const std::vector<Token>& integer_tokens) -> Result<Decimal> {
        auto value = evaluate_integer(written, integer_tokens);
        if (!value) return value.error();
        Decimal number = *value;
        if (!fraction_digits.empty()) {
            std::string digits = "0.";
            for (const Token& t : fraction_digits) digits += t.type == TokenType::zero ? "0" : t.value.to_string();
            auto fraction = Decimal::parse(digits);
            if (!fraction) return too_large(fraction.error(), 0);
            auto sum = number.plus(*fraction);
            if (!sum) return sum.error();
            number = *sum;
            int power = 0;
            for (const Token& t : after_fraction) power += t.power;
            auto scaled = number.scaled(power);
            if (!scaled) return scaled.error();
            number = *scaled;
        }
        if (tokenized->negative) {
            auto negated = Decimal().minus(number);
            if (!negated) return negated.error();
            number = *negated;
        }
        return number;
    };

    if (adjacent) {
        std::vector<Token> low = tokens;
        low.erase(low.begin() + static_cast<std::ptrdiff_t>(*adjacent) + 1);
        std::vector<Token> high = tokens;
        high.erase(high.begin() + static_cast<std::ptrdiff_t>(*adjacent));
        auto lower = finish(low);
        if (!lower) return lower.error();
        auto upper = finish(high);
        if (!upper) return upper.error();
        result.value = *lower;
        result.upper = *upper;
        return result;
    }
    if (placeholder) {
        const bool after_unit = *placeholder > 0 && (tokens[*placeholder - 1].type == TokenType::small_unit ||
                                                     tokens[*placeholder - 1].type == TokenType::zero);
        auto with_digit = [&](int digit) {
            std::vector<Token> t = tokens;
            t[*placeholder] = {TokenType::chinese_digit, Decimal::from_int(digit), 0, 0};
            return finish(t);
        };
        if (after_unit) {
            // 二十几万 is 20多万: more than 二十万, less than 三十万 — the 多 of SCHEMA.md.
            auto base = with_digit(0);
            auto one = with_digit(1);
            if (!base) return base.error();
            if (!one) return one.error();
            auto step = one->minus(*base).value().scaled(1);
            if (!step) return step.error();
            auto upper = base->plus(*step);
            if (!upper) return upper.error();
            result.value = *base;
            result.upper = *upper;
            result.placeholder_more = true;
            result.magnitude_only = false;
            return result;
        }
        // 几十, 数百 = 20..90, 200..900: several of the unit that follows.
        auto lower = with_digit(2);
        if (!lower) return lower.error();
        auto upper = with_digit(9);
        if (!upper) return upper.error();
        result.value = *lower;
        result.upper = *upper;
        result.approximate = true;
        result.magnitude_only = false;
        return result;
    }
    auto value = finish(tokens);
    if (!value) return value.error();
    result.value = *value;
    return result;
}

}  // namespace zgcfacts::recognize
