// zgcfacts/decimal.hpp — exact decimal numbers for figures (never binary floating point).
//
//   auto v = zgcfacts::Decimal::parse("902.21");          // Result<Decimal>
//   auto yuan = v->scaled(8);                               // × 10^8 → 90221000000
//   yuan->to_string();                                      // "90221000000"
//
// A Decimal is sign × coefficient × 10^exponent with at most 38 significant digits and an absolute
// value below 10^38 (and no digits below 10^-38). Anything larger or finer is reported as an Error by
// the operation that would produce it — never wrapped around, rounded silently or made a float.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "zgcfacts/result.hpp"

namespace zgcfacts {

class Decimal {
public:
    static constexpr int max_digits = 38;

    /// Zero.
    Decimal() = default;

    /// Parses a plain decimal: optional sign, digits, optional '.' and digits ("-3.2", "0.001",
    /// "1234567"). No exponent, no separators, no spaces, and a point needs a digit on each side
    /// (".5" and "5." are errors). Leading zeros are fine. Error offset = the offending byte; out of
    /// range it is the leading digit (too large), the last non-zero digit (too fine) or the 39th
    /// significant digit (too long).
    static Result<Decimal> parse(std::string_view text);

    /// An integer.
    static Decimal from_int(std::int64_t value);

    /// × 10^power (power may be negative). Error when the result leaves the representable range.
    Result<Decimal> scaled(int power) const;

    Result<Decimal> plus(const Decimal& other) const;
    Result<Decimal> minus(const Decimal& other) const;
    Result<Decimal> times(const Decimal& other) const;
    /// this / divisor, rounded half away from zero to `fraction_digits` places after the point.
    /// Error on division by zero, on a result out of range, and when fraction_digits is not 0…38.
    Result<Decimal> divided_by(const Decimal& divisor, int fraction_digits) const;

    /// Plain notation without exponent and without trailing zeros after the point:
    /// "90221000000", "1.57", "-3.2", "0".
    std::string to_string() const;
    /// Nearest double, for sorting and charts only.
    double to_double() const;

    bool is_zero() const noexcept { return coefficient_ == 0; }
    bool is_negative() const noexcept { return negative_ && coefficient_ != 0; }
    /// True when the value has no fractional part.
    bool is_integer() const noexcept;
    /// The power of ten of the last non-zero digit: 3100 → 2, 3000 → 3, 1.5 → -1, 0 → 0.
    /// `value + 10^place` is the next round number used for 3000多 (→ 4000), 3100余 (→ 3200).
    int last_nonzero_place() const noexcept;
    /// The integer value when is_integer() and it fits in int64; otherwise an Error.
    Result<std::int64_t> to_int64() const;

    friend bool operator==(const Decimal& a, const Decimal& b) noexcept;
    friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;

private:
    __extension__ typedef unsigned __int128 Coefficient;  // __extension__: no -Wpedantic noise for users
    /// Builds from parts already normalized and range-checked by the caller (decimal.cpp).
    static Decimal from_checked_parts(bool negative, Coefficient coefficient, int exponent) noexcept;

    Coefficient coefficient_ = 0;  // kept without trailing zeros (normalized), except zero
    int exponent_ = 0;
    bool negative_ = false;
};

}  // namespace zgcfacts
