// Exact decimal arithmetic on sign × coefficient × 10^exponent (see zgcfacts/decimal.hpp).
//
// Coefficients are unsigned 128-bit. Intermediate results (aligned sums, full products, long
// division quotients) can need up to 77 decimal digits before their trailing zeros are removed, so
// they are computed in a small 256-bit integer and only then checked against the representable
// range. That way nothing ever wraps: a result either fits exactly or becomes an Error.
#include "zgcfacts/decimal.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <system_error>

namespace zgcfacts {

namespace {

__extension__ typedef unsigned __int128 u128;  // __extension__: GNU type, no -Wpedantic warning

constexpr int digit_limit = Decimal::max_digits;  // significant digits
constexpr int top_place_limit = 37;               // |value| < 10^38: highest digit at 10^37
constexpr int bottom_place_limit = -38;           // no digit below 10^-38

constexpr std::array<u128, 39> make_powers_of_ten() {
    std::array<u128, 39> powers{};
    u128 p = 1;
    for (auto& power : powers) {
        power = p;
        p *= 10;
    }
    return powers;
}
constexpr std::array<u128, 39> power_of_ten = make_powers_of_ten();  // 10^0 … 10^38

int digit_count(u128 value) noexcept {
    int digits = 1;
    while (digits < 39 && value >= power_of_ten[digits]) ++digits;
    return digits;
}

// An unsigned 256-bit integer, little-endian 64-bit limbs: just the operations decimal needs.
struct Wide {
    std::array<std::uint64_t, 4> limb{};

    static Wide from(u128 value) noexcept {
        Wide w;
        w.limb[0] = static_cast<std::uint64_t>(value);
        w.limb[1] = static_cast<std::uint64_t>(value >> 64);
        return w;
    }
    static Wide product(u128 a, u128 b) noexcept {
        const std::array<std::uint64_t, 2> x{static_cast<std::uint64_t>(a),
                                             static_cast<std::uint64_t>(a >> 64)};
        const std::array<std::uint64_t, 2> y{static_cast<std::uint64_t>(b),
                                             static_cast<std::uint64_t>(b >> 64)};
        Wide w;
        for (std::size_t i = 0; i < 2; ++i) {
            u128 carry = 0;
            for (std::size_t j = 0; j < 2; ++j) {
                // x*y + limb + carry ≤ (2^64-1)^2 + 2(2^64-1) = 2^128-1: never overflows.
                const u128 t = static_cast<u128>(x[i]) * y[j] + w.limb[i + j] + carry;
                w.limb[i + j] = static_cast<std::uint64_t>(t);
                carry = t >> 64;
            }
            w.limb[i + 2] = static_cast<std::uint64_t>(carry);
        }
        return w;
    }

    bool is_zero() const noexcept { return (limb[0] | limb[1] | limb[2] | limb[3]) == 0; }
    bool fits_u128() const noexcept { return (limb[2] | limb[3]) == 0; }
    u128 low_u128() const noexcept { return (static_cast<u128>(limb[1]) << 64) | limb[0]; }

    // Callers keep values below 10^77 < 2^256, so the final carry is always zero.
    void multiply_small(std::uint64_t factor) noexcept {
        u128 carry = 0;
        for (auto& l : limb) {
            const u128 t = static_cast<u128>(l) * factor + carry;
            l = static_cast<std::uint64_t>(t);
            carry = t >> 64;
        }
    }
    void add(const Wide& other) noexcept {
        u128 carry = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const u128 t = static_cast<u128>(limb[i]) + other.limb[i] + carry;
            limb[i] = static_cast<std::uint64_t>(t);
            carry = t >> 64;
        }
    }
    // Requires *this >= other.
    void subtract(const Wide& other) noexcept {
        std::uint64_t borrow = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::uint64_t a = limb[i];
            const std::uint64_t b = other.limb[i];
            limb[i] = a - b - borrow;
            borrow = (a < b || (a == b && borrow != 0)) ? 1 : 0;
        }
    }
    // Divides in place and returns the remainder.
    std::uint64_t divide_small(std::uint64_t divisor) noexcept {
        u128 remainder = 0;
        for (std::size_t i = 4; i-- > 0;) {
            const u128 t = (remainder << 64) | limb[i];
            limb[i] = static_cast<std::uint64_t>(t / divisor);
            remainder = t % divisor;
        }
        return static_cast<std::uint64_t>(remainder);
    }
    friend std::strong_ordering operator<=>(const Wide& a, const Wide& b) noexcept {
        for (std::size_t i = 4; i-- > 0;) {
            if (a.limb[i] != b.limb[i]) return a.limb[i] <=> b.limb[i];
        }
        return std::strong_ordering::equal;
    }
};

Wide shifted_left(u128 coefficient, int places) noexcept {
    Wide w = Wide::from(coefficient);
    for (int i = 0; i < places; ++i) w.multiply_small(10);
    return w;
}

int wide_digit_count(Wide value) noexcept {
    int digits = 0;
    do {
        value.divide_small(10);
        ++digits;
    } while (!value.is_zero());
    return digits;
}

Error range_error(long long top_place, long long bottom_place, int digits) {
    if (top_place > top_place_limit) {
        return Error{"number too large: magnitude 10^" + std::to_string(top_place) +
                         " exceeds the limit (absolute value must be below 10^38)",
                     Error::npos};
    }
    if (bottom_place < bottom_place_limit) {
        return Error{"number too fine: a digit at 10^" + std::to_string(bottom_place) +
                         " is below the 10^-38 limit",
                     Error::npos};
    }
    return Error{"number too long: " + std::to_string(digits) + " significant digits, more than " +
                     std::to_string(digit_limit),
                 Error::npos};
}

bool in_range(long long top_place, long long bottom_place, int digits) noexcept {
    return top_place <= top_place_limit && bottom_place >= bottom_place_limit &&
           digits <= digit_limit;
}

// Strips trailing zeros from an exact intermediate, then accepts or rejects it as a Decimal.
template <class Make>
Result<Decimal> finish(bool negative, Wide coefficient, long long exponent, Make make) {
    if (coefficient.is_zero()) return Decimal();
    for (;;) {
        Wide quotient = coefficient;
        if (quotient.divide_small(10) != 0) break;
        coefficient = quotient;
        ++exponent;
    }
    const bool small = coefficient.fits_u128() && coefficient.low_u128() < power_of_ten[38];
    const int digits = small ? digit_count(coefficient.low_u128()) : wide_digit_count(coefficient);
    const long long top = exponent + digits - 1;
    if (!in_range(top, exponent, digits)) return range_error(top, exponent, digits);
    return make(negative, coefficient.low_u128(), static_cast<int>(exponent));
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

Error syntax_error(const char* what, std::size_t offset) {
    return Error{std::string("not a plain decimal number: ") + what, offset};
}

}  // namespace

Decimal Decimal::from_checked_parts(bool negative, Coefficient coefficient, int exponent) noexcept {
    Decimal d;
    if (coefficient == 0) return d;  // one representation of zero: +0 × 10^0
    d.negative_ = negative;
    d.coefficient_ = coefficient;
    d.exponent_ = exponent;
    return d;
}

Result<Decimal> Decimal::parse(std::string_view text) {
    std::size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    if (i == text.size()) {
        return syntax_error(text.empty() ? "empty text" : "a sign without digits", i);
    }
    const std::size_t int_begin = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    const std::size_t int_end = i;
    std::size_t frac_begin = i;
    std::size_t frac_end = i;
    if (i < text.size() && text[i] == '.') {
        // ".5" and "5." are rejected: news text always writes "0.5", so a bare point means the
        // scanner cut the number in the wrong place.
        if (int_begin == int_end) return syntax_error("a digit must come before the '.'", i);
        ++i;
        frac_begin = i;
        while (i < text.size() && is_digit(text[i])) ++i;
        frac_end = i;
        if (frac_begin == frac_end) return syntax_error("a digit must follow the '.'", i);
    }
    if (i < text.size()) {
        if (int_begin == int_end) return syntax_error("expected a digit", i);
        if (text[i] == '.') return syntax_error("a second '.'", i);
        if (text[i] == 'e' || text[i] == 'E') return syntax_error("exponents are not accepted", i);
        return syntax_error("unexpected character", i);
    }

    // The digits form one sequence (integer part, then fraction); digit k has place int_len-1-k.
    const std::size_t int_len = int_end - int_begin;
    const std::size_t total = int_len + (frac_end - frac_begin);
    auto offset_of = [&](std::size_t k) { return k < int_len ? int_begin + k : frac_begin + (k - int_len); };
    auto digit_at = [&](std::size_t k) { return text[offset_of(k)]; };
    auto place_of = [&](std::size_t k) {
        return static_cast<long long>(int_len) - 1 - static_cast<long long>(k);
    };

    std::size_t first = 0;
    while (first < total && digit_at(first) == '0') ++first;
    if (first == total) return Decimal();  // "-0.00" is plain zero
    std::size_t last = total - 1;
    while (digit_at(last) == '0') --last;

    const long long top = place_of(first);
    const long long bottom = place_of(last);
    const std::size_t digits = last - first + 1;
    if (top > top_place_limit) {
        Error e = range_error(top, bottom, 0);
        e.offset = offset_of(first);
        return e;
    }
    if (bottom < bottom_place_limit) {
        Error e = range_error(top, bottom, 0);
        e.offset = offset_of(last);
        return e;
    }
    if (digits > static_cast<std::size_t>(digit_limit)) {
        Error e = range_error(top, bottom, static_cast<int>(digits));
        e.offset = offset_of(first + digit_limit);  // the first digit that does not fit
        return e;
    }

    Coefficient coefficient = 0;
    for (std::size_t k = first; k <= last; ++k) {
        coefficient = coefficient * 10 + static_cast<unsigned>(digit_at(k) - '0');
    }
    return from_checked_parts(negative, coefficient, static_cast<int>(bottom));
}

Decimal Decimal::from_int(std::int64_t value) {
    const bool negative = value < 0;
    // -(value + 1) + 1 avoids negating INT64_MIN.
    const std::uint64_t magnitude =
        negative ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
    Coefficient coefficient = magnitude;
    int exponent = 0;
    while (coefficient != 0 && coefficient % 10 == 0) {
        coefficient /= 10;
        ++exponent;
    }
    return from_checked_parts(negative, coefficient, exponent);
}

Result<Decimal> Decimal::scaled(int power) const {
    if (is_zero()) return *this;
    const long long exponent = static_cast<long long>(exponent_) + power;
    const int digits = digit_count(coefficient_);
    const long long top = exponent + digits - 1;
    if (!in_range(top, exponent, digits)) return range_error(top, exponent, digits);
    return from_checked_parts(negative_, coefficient_, static_cast<int>(exponent));
}

Result<Decimal> Decimal::plus(const Decimal& other) const {
    if (other.is_zero()) return *this;
    if (is_zero()) return other;
    // Align both to the smaller exponent. Each operand is below 10^38 with no digit below 10^-38,
    // so an aligned coefficient has at most 76 digits and the sum fits in 256 bits.
    const int exponent = std::min(exponent_, other.exponent_);
    const Wide a = shifted_left(coefficient_, exponent_ - exponent);
    const Wide b = shifted_left(other.coefficient_, other.exponent_ - exponent);
    auto make = [](bool n, Coefficient c, int e) { return from_checked_parts(n, c, e); };
    if (negative_ == other.negative_) {
        Wide sum = a;
        sum.add(b);
        return finish(negative_, sum, exponent, make);
    }
    // Opposite signs: subtract the smaller magnitude; the result takes the larger one's sign.
    if (a >= b) {
        Wide difference = a;
        difference.subtract(b);
        return finish(negative_, difference, exponent, make);
    }
    Wide difference = b;
    difference.subtract(a);
    return finish(other.negative_, difference, exponent, make);
}

Result<Decimal> Decimal::minus(const Decimal& other) const {
    Decimal negated = other;
    negated.negative_ = !other.negative_ && !other.is_zero();
    return plus(negated);
}

Result<Decimal> Decimal::times(const Decimal& other) const {
    if (is_zero() || other.is_zero()) return Decimal();
    // The full product (< 10^76) is exact in 256 bits; only after dropping its trailing zeros do
    // we know whether it fits (5^50 × 2^60 overflows 128 bits but is just 1024 × 10^50).
    const Wide product = Wide::product(coefficient_, other.coefficient_);
    const long long exponent = static_cast<long long>(exponent_) + other.exponent_;
    return finish(negative_ != other.negative_, product, exponent,
                  [](bool n, Coefficient c, int e) { return from_checked_parts(n, c, e); });
}

Result<Decimal> Decimal::divided_by(const Decimal& divisor, int fraction_digits) const {
    if (divisor.is_zero()) return Error{"division by zero", Error::npos};
    if (fraction_digits < 0 || fraction_digits > -bottom_place_limit) {
        return Error{"fraction digits must be between 0 and 38, not " + std::to_string(fraction_digits),
                     Error::npos};
    }
    if (is_zero()) return Decimal();

    // |a / b| > 10^(top_a - top_b - 1): reject quotients that are certainly too large, which also
    // bounds the scaled quotient below to 10^(39 + 38) and keeps it inside 256 bits.
    const int top_a = exponent_ + digit_count(coefficient_) - 1;
    const int top_b = divisor.exponent_ + digit_count(divisor.coefficient_) - 1;
    if (top_a - top_b - 1 > top_place_limit) return range_error(top_a - top_b - 1, 0, 0);

    // q = round(ca × 10^shift / cb) and the result is q × 10^-fraction_digits.
    const int shift = exponent_ - divisor.exponent_ + fraction_digits;
    const Coefficient cb = divisor.coefficient_;
    Wide quotient;
    bool round_up = false;
    if (shift >= 0) {
        // Schoolbook long division, one decimal digit per step. remainder × 10 can pass 2^128
        // (cb may be close to 10^38), so the next digit is found by adding the remainder ten times
        // and reducing as we go; every partial sum stays below 2 × cb < 2^128.
        Coefficient remainder = coefficient_ % cb;
        quotient = Wide::from(coefficient_ / cb);
        for (int i = 0; i < shift; ++i) {
            Coefficient next = 0;
            std::uint64_t digit = 0;
            for (int j = 0; j < 10; ++j) {
                next += remainder;
                if (next >= cb) {
                    next -= cb;
                    ++digit;
                }
            }
            remainder = next;
            quotient.multiply_small(10);
            quotient.add(Wide::from(digit));
        }
        round_up = remainder >= cb - remainder;  // remainder / cb >= 1/2
    } else {
        // Dividing further by 10^k: floor(floor(ca / cb) / 10^k) is the exact floor, and the
        // discarded part is at least one half exactly when (ca / cb) mod 10^k >= 5 × 10^(k-1).
        const Coefficient whole = coefficient_ / cb;
        const int k = -shift;
        if (k <= 38) {
            quotient = Wide::from(whole / power_of_ten[k]);
            round_up = whole % power_of_ten[k] >= power_of_ten[k] / 2;
        }  // else whole < 10^38 < 5 × 10^(k-1): the quotient rounds to zero
    }
    if (round_up) quotient.add(Wide::from(1));
    return finish(negative_ != divisor.negative_, quotient, -static_cast<long long>(fraction_digits),
                  [](bool n, Coefficient c, int e) { return from_checked_parts(n, c, e); });
}

std::string Decimal::to_string() const {
    std::string digits;
    for (Coefficient c = coefficient_; c != 0; c /= 10) {
        digits.push_back(static_cast<char>('0' + static_cast<int>(c % 10)));
    }
    if (digits.empty()) return "0";
    std::string out = is_negative() ? "-" : "";
    const int count = static_cast<int>(digits.size());
    if (exponent_ >= 0) {
        out.append(digits.rbegin(), digits.rend());
        out.append(static_cast<std::size_t>(exponent_), '0');
    } else if (count > -exponent_) {
        const auto integer_digits = static_cast<std::size_t>(count + exponent_);
        out.append(digits.rbegin(), digits.rbegin() + static_cast<std::ptrdiff_t>(integer_digits));
        out.push_back('.');
        out.append(digits.rbegin() + static_cast<std::ptrdiff_t>(integer_digits), digits.rend());
    } else {
        out += "0.";
        out.append(static_cast<std::size_t>(-exponent_ - count), '0');
        out.append(digits.rbegin(), digits.rend());
    }
    return out;
}

double Decimal::to_double() const {
    // from_chars is correctly rounded and, unlike strtod, ignores the C locale's decimal point.
    const std::string text = to_string();
    double value = 0.0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

bool Decimal::is_integer() const noexcept { return exponent_ >= 0; }

int Decimal::last_nonzero_place() const noexcept { return exponent_; }  // coefficient is normalized

Result<std::int64_t> Decimal::to_int64() const {
    if (!is_integer()) return Error{"not an integer: " + to_string(), Error::npos};
    const int digits = digit_count(coefficient_);
    const Coefficient limit = negative_ ? (Coefficient{1} << 63) : (Coefficient{1} << 63) - 1;
    if (digits + exponent_ > 19 || coefficient_ * power_of_ten[exponent_] > limit) {
        return Error{"integer out of the 64-bit range: " + to_string(), Error::npos};
    }
    const Coefficient magnitude = coefficient_ * power_of_ten[exponent_];
    if (negative_) return -static_cast<std::int64_t>(magnitude - 1) - 1;  // reaches INT64_MIN safely
    return static_cast<std::int64_t>(magnitude);
}

bool operator==(const Decimal& a, const Decimal& b) noexcept {
    // Normalization makes the representation unique, so equal values have equal fields.
    return a.coefficient_ == b.coefficient_ && a.exponent_ == b.exponent_ &&
           a.is_negative() == b.is_negative();
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
    const bool a_negative = a.is_negative();
    const bool b_negative = b.is_negative();
    if (a_negative != b_negative) return a_negative ? std::strong_ordering::less : std::strong_ordering::greater;
    if (a.is_zero() || b.is_zero()) {
        // Same sign and at least one zero: both zero, or the non-zero one is positive.
        return !a.is_zero() <=> !b.is_zero();
    }
    // Compare magnitudes: first by the place of the leading digit, then digit by digit.
    const int top_a = a.exponent_ + digit_count(a.coefficient_) - 1;
    const int top_b = b.exponent_ + digit_count(b.coefficient_) - 1;
    std::strong_ordering magnitude = top_a <=> top_b;
    if (magnitude == 0) {
        // Same leading place: shifting the one with the larger exponent down to the other's
        // exponent gives it the other's digit count (≤ 38), so it fits in 128 bits.
        if (a.exponent_ >= b.exponent_) {
            magnitude = a.coefficient_ * power_of_ten[a.exponent_ - b.exponent_] <=> b.coefficient_;
        } else {
            magnitude = a.coefficient_ <=> b.coefficient_ * power_of_ten[b.exponent_ - a.exponent_];
        }
    }
    if (!a_negative) return magnitude;
    return 0 <=> magnitude;  // larger magnitude is smaller when negative
}

}  // namespace zgcfacts
