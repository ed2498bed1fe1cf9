#include "recognize/normalize.hpp"

#include <utility>

#include <boost/variant/apply_visitor.hpp>

#include "recognize/numeral.hpp"

namespace zgcfacts::recognize {

namespace {

namespace ast = grammar::ast;
using lexicon::UnitClass;

Normalized reject() { return Normalized{}; }
/// A numeral too large to hold is an error of the input; one that is no numeral is just not a figure.
Normalized fail(Error error) {
    if (is_malformed_numeral(error)) return reject();
    return Normalized{std::nullopt, std::move(error)};
}
// By rvalue reference: a Reading (a Quantity and its strings) is moved once, into the result.
Normalized accept(Reading&& reading) { return Normalized{std::move(reading), std::nullopt}; }

/// An amount's value in base units: numeral × the magnitude written after 多 (1000多万).
struct AmountValue {
    NumeralValue numeral;
    bool more = false;
    bool plus = false;  // 500+: at least
};

Result<AmountValue> evaluate_amount(const ast::Amount& amount) {
    auto numeral = evaluate_numeral(amount.numeral);
    if (!numeral) return numeral.error();
    AmountValue out{*numeral, amount.more, amount.plus};
    if (out.numeral.placeholder_more) {  // 二十几万 reads as 二十多万
        out.more = true;
        out.numeral.upper.reset();
    }
    if (!amount.magnitude_after_more.empty()) {
        auto magnitude = evaluate_numeral(amount.magnitude_after_more);
        if (!magnitude) return magnitude.error();
        const int power = magnitude->multiplier;
        auto scaled = out.numeral.value.scaled(power);
        if (!scaled) return scaled.error();
        out.numeral.value = *scaled;
        if (out.numeral.upper) {
            auto upper = out.numeral.upper->scaled(power);
            if (!upper) return upper.error();
            out.numeral.upper = *upper;
        }
        out.numeral.multiplier += power;
        out.numeral.arabic_only = false;
    }
    return out;
}

bool is_year_like(const NumeralValue& n) {
    if (n.has_separators || n.upper) return false;
    if (!(n.arabic_only && n.integer_digits == 4) && !(n.digit_string)) return false;
    auto year = n.value.to_int64();
    return year && *year >= 1000 && *year <= 2200;
}

/// Applies a unit class to a value: 四成 → 40 (%), 5‰ → 0.5 (%).
Result<Decimal> in_base_units(const Decimal& value, std::optional<UnitClass> unit_class) {
    if (unit_class == UnitClass::tenths) return value.scaled(1);
    if (unit_class == UnitClass::per_mille) return value.scaled(-1);
    // 八折, 2.5折: tenths of the price; 75折 is already in percent.
    if (unit_class == UnitClass::discount && value < Decimal::from_int(10)) return value.scaled(1);
    return value;
}

Kind kind_of(std::optional<UnitClass> unit_class) {
    if (!unit_class) return Kind::number;
    switch (*unit_class) {
    case UnitClass::money: return Kind::money;
    case UnitClass::classifier:
    case UnitClass::set_of: return Kind::count;
    case UnitClass::percent:
    case UnitClass::per_mille:
    case UnitClass::tenths:
    case UnitClass::discount:
    case UnitClass::points: return Kind::percent;
    case UnitClass::times: return Kind::ratio;
    case UnitClass::measure: return Kind::measure;
    case UnitClass::duration: return Kind::duration;
    case UnitClass::age:
    case UnitClass::rank: return Kind::number;
    }
    return Kind::number;
}


/// Bounds in order: for negative numbers "more" lies below the value (-3000多, -数亿).
void order_bounds(Quantity& q) {
    if (q.lower && q.upper && *q.upper < *q.lower) std::swap(q.lower, q.upper);
}

/// The bound a one-sided hedge sets: over and at_least from below, under and at_most from above.
void bound_by_qualifier(Quantity& q) {
    switch (q.qualifier) {
    case Qualifier::over:
    case Qualifier::at_least: q.lower = q.value; break;
    case Qualifier::under:
    case Qualifier::at_most: q.upper = q.value; break;
    default: break;
    }
}

Normalized figure(const ast::Figure& f) {
    auto first = evaluate_amount(f.first);
    if (!first) return fail(first.error());
    std::optional<AmountValue> second;
    if (f.second) {
        auto end = evaluate_amount(f.second->amount);
        if (!end) return fail(end.error());
        second = *end;
        if (first->numeral.upper || second->numeral.upper) return reject();  // 两三至四五: not a range we read
        // 百分之三到百分之五 says the share twice; 三到百分之五 or 百分之三到千分之五 are not one range.
        if (f.second->fraction && f.fraction != f.second->fraction) return reject();
    }

    // The unit: written once at the end (3至5亿元), or on both ends (70%-80%).
    boost::optional<int> unit_index = f.first_unit;
    if (f.second && f.second->unit) {
        // The grammar takes a range only with one unit; a tree built otherwise is not read.
        if (f.first_unit && !lexicon::same_unit(*f.first_unit, *f.second->unit)) return reject();
        unit_index = f.second->unit;
    }
    std::optional<UnitClass> unit_class;
    std::string_view unit_word;
    std::string_view unit_symbol;
    if (unit_index) {
        const auto& unit = lexicon::units()[static_cast<std::size_t>(*unit_index)];
        unit_class = unit.unit_class;
        unit_word = unit.word;
        unit_symbol = unit.symbol;
    }

    // 五五折, 三八折: two digits read one by one, as discounts are said.
    if (unit_class == UnitClass::discount && first->numeral.upper.has_value() == false &&
        f.first.numeral.size() == 2 * std::string_view("五").size() && !second) {
        auto tens = evaluate_numeral(f.first.numeral.substr(0, 3));
        auto ones = evaluate_numeral(f.first.numeral.substr(3));
        if (tens && ones && tens->value < Decimal::from_int(10) && ones->value < Decimal::from_int(10) &&
            !tens->magnitude_only && !ones->magnitude_only) {
            auto value = tens->value.scaled(1).value().plus(ones->value);
            if (!value) return fail(value.error());
            first->numeral.value = *value;
        }
    }
    if (unit_class == UnitClass::discount && f.first.numeral.size() == 2 * std::string_view("五").size() &&
        first->numeral.upper && !second) {
        // 三四折 reads as two digits too (34%), not as a range.
        auto tens = evaluate_numeral(f.first.numeral.substr(0, 3));
        auto ones = evaluate_numeral(f.first.numeral.substr(3));
        if (tens && ones) {
            auto value = tens->value.scaled(1).value().plus(ones->value);
            if (!value) return fail(value.error());
            first->numeral.value = *value;
            first->numeral.upper.reset();
        }
    }

    // 3至5亿元, 两到三万: a range end's magnitude carries over to a start written without one.
    if (second && !f.first_unit && first->numeral.multiplier == 0 && second->numeral.multiplier > 0) {
        auto scaled = first->numeral.value.scaled(second->numeral.multiplier);
        if (!scaled) return fail(scaled.error());
        first->numeral.value = *scaled;
        first->numeral.multiplier = second->numeral.multiplier;
    }

    Reading r;
    Quantity& q = r.quantity;
    r.unit_class = unit_class;
    r.unit_word = unit_word;
    r.chinese_only = first->numeral.chinese && !first->numeral.arabic_only;
    for (char c : f.first.numeral) {
        if (c >= '0' && c <= '9') r.chinese_only = false;
    }
    r.single_one = first->numeral.single_one && !first->more;
    r.single_financial = first->numeral.single_financial;
    r.magnitude_only = first->numeral.magnitude_only;
    r.arabic_integer = first->numeral.arabic_only && !first->numeral.has_separators &&
                       first->numeral.value.is_integer() && !first->more && !first->plus;
    r.prefix = f.prefix ? *f.prefix : -1;
    r.suffix = f.suffix ? *f.suffix : -1;
    q.multiplier = first->numeral.multiplier;
    q.kind = kind_of(unit_class);

    auto value = in_base_units(first->numeral.value, unit_class);
    if (!value) return fail(value.error());
    q.value = *value;
    std::optional<Decimal> upper;
    if (second) {
        auto end = in_base_units(second->numeral.value, unit_class);
        if (!end) return fail(end.error());
        upper = *end;
    } else if (first->numeral.upper) {
        auto end = in_base_units(*first->numeral.upper, unit_class);
        if (!end) return fail(end.error());
        upper = *end;
    }

    // 百分之四十, 千分之五, 万分之四: a share written in words, in percent.
    if (f.fraction) {
        if (unit_class) return reject();
        const int shift = *f.fraction == 100 ? 0 : (*f.fraction == 1000 ? -1 : -2);
        auto scaled = q.value.scaled(shift);
        if (!scaled) return fail(scaled.error());
        q.value = *scaled;
        if (upper) {
            auto end = upper->scaled(shift);
            if (!end) return fail(end.error());
            upper = *end;
        }
        q.kind = Kind::percent;
        q.unit = "%";
        q.multiplier = 0;
    }

    // A currency written before the number: 人民币50, $20, ￥300 (人民币50元 says it twice).
    if (f.currency) {
        const auto& sign = lexicon::currency_signs()[static_cast<std::size_t>(*f.currency)];
        if (unit_class && unit_class != UnitClass::money) return reject();
        if (!unit_class) {
            q.kind = Kind::money;
            q.unit = std::string(sign.symbol);
        }
    }

    // 两米半, 一吨半: and a half of the unit.
    if (f.and_a_half) {
        if (upper || !(unit_class == UnitClass::measure || unit_class == UnitClass::duration ||
                       unit_class == UnitClass::money || unit_class == UnitClass::times))
            return reject();
        auto plus_half = q.value.plus(Decimal::parse("0.5").value());
        if (!plus_half) return fail(plus_half.error());
        q.value = *plus_half;
    }

    // Units, classifiers, and years hiding behind 年.
    if (unit_class) {
        switch (*unit_class) {
        case UnitClass::classifier:
        case UnitClass::set_of:
            q.unit = "count";
            q.classifier = std::string(unit_symbol);
            break;
        case UnitClass::duration:
            if (unit_word == "年" && is_year_like(first->numeral) && !first->more &&
                (!second || is_year_like(second->numeral))) {
                q.kind = second ? Kind::period : Kind::year;
                q.unit.clear();
                break;
            }
            q.unit = std::string(unit_symbol);
            break;
        default:
            q.unit = std::string(unit_symbol);
        }
    } else if (!f.fraction && !f.currency) {
        // 2024 中关村论坛: a year without 年 only among the years news speaks of; 1234 alone is a number.
        const auto year = first->numeral.value.to_int64();
        if (!second && r.arabic_integer && !f.prefix && !f.suffix && is_year_like(first->numeral) &&
            first->numeral.integer_digits == 4 && year && *year >= 1900 && *year <= 2100) {
            q.kind = Kind::year;
        }
    }
    if (f.per) {
        if (!unit_class || (q.kind != Kind::money && q.kind != Kind::count && q.kind != Kind::measure))
            return reject();
        q.per = std::string(lexicon::per_units()[static_cast<std::size_t>(*f.per)].word);
    }

    // Qualifier and bounds (SCHEMA.md): ranges first, then 多/余, then the hedge words.
    // The hedge words, by their entries in the lexicon ("" when none is written).
    const lexicon::QualifierWord no_hedge{"", Qualifier::exact};
    const auto& prefix = f.prefix ? lexicon::prefix_qualifiers()[static_cast<std::size_t>(*f.prefix)] : no_hedge;
    const auto& suffix = f.suffix ? lexicon::suffix_qualifiers()[static_cast<std::size_t>(*f.suffix)] : no_hedge;
    const std::string_view prefix_word = prefix.word;
    const std::string_view suffix_word = suffix.word;

    if (suffix_word == "级") {
        // 300兆瓦级, 千亿元级, 千万级: a class of size, only after a measure, an amount of money or a
        // bare magnitude.
        const bool sized = unit_class == UnitClass::measure || unit_class == UnitClass::money;
        if (!(sized || (!unit_class && r.magnitude_only))) return reject();
    }
    if (prefix_word == "上") {
        // 上万人, 上千家: "tens of thousands" — from the magnitude up to the next one.
        if (!r.magnitude_only || second || first->more) return reject();
        q.qualifier = Qualifier::approx;
        q.lower = q.value;
        auto ten_times = q.value.scaled(1);
        if (!ten_times) return fail(ten_times.error());
        q.upper = *ten_times;
    } else if (upper) {
        // 80至70亿元, 10-2: a range written high to low is not one we can read (and would be empty).
        if (second && *upper < q.value) return reject();
        q.qualifier = first->numeral.approximate ? Qualifier::approx : Qualifier::range;
        q.lower = q.value;
        q.upper = upper;
        if (q.kind == Kind::period) q.lower = q.value;
    } else if (first->more) {
        if ((f.prefix && (prefix.qualifier == Qualifier::under || prefix.qualifier == Qualifier::approx)) ||
            (f.suffix && suffix.qualifier == Qualifier::approx)) {
            // 将近120多个: "close to" and "more than" together read as "about".
            q.qualifier = Qualifier::approx;
        } else if (f.prefix && (prefix.qualifier == Qualifier::over || prefix.qualifier == Qualifier::at_least)) {
            q.qualifier = prefix.qualifier;
            q.lower = q.value;
        } else {
            q.qualifier = Qualifier::more_than_round;
            q.lower = q.value;
            auto next = next_round(q.value);
            if (!next) return fail(next.error());
            q.upper = *next;
        }
    } else if (f.prefix || f.suffix) {
        q.qualifier = f.prefix ? prefix.qualifier : suffix.qualifier;
        bound_by_qualifier(q);
    }
    if (first->plus || (second && second->plus)) {
        // 500+家: at least so many, a hedge of its own, which no other hedge or range goes with.
        if (second || first->more || q.qualifier != Qualifier::exact) return reject();
        q.qualifier = Qualifier::at_least;
        bound_by_qualifier(q);
    }
    // A lone digit (五) or magnitude (千) is usually part of a word; 一百五十二 or 三点五 is not.
    r.structured = r.chinese_only && !r.magnitude_only && f.first.numeral.size() > std::string_view("五").size();
    order_bounds(q);
    r.bare = !unit_class && !f.prefix && !f.suffix && !upper && !first->more && !first->plus && !f.fraction &&
             !f.per && !f.currency;
    return accept(std::move(r));
}

Normalized ordinal(const ast::Ordinal& o) {
    auto numeral = evaluate_numeral(o.numeral);
    if (!numeral) return fail(numeral.error());
    if (numeral->upper || !numeral->value.is_integer() || numeral->value.is_negative() ||
        numeral->value.is_zero() || numeral->has_separators)
        return reject();
    Reading r;
    r.quantity.kind = Kind::ordinal;
    r.quantity.value = numeral->value;
    r.chinese_only = numeral->chinese;
    return accept(std::move(r));
}

std::optional<int> small_integer(const std::string& written, int low, int high) {
    auto numeral = evaluate_numeral(written);
    if (!numeral || numeral->upper || numeral->has_separators) return std::nullopt;
    auto value = numeral->value.to_int64();
    if (!value || *value < low || *value > high) return std::nullopt;
    return static_cast<int>(*value);
}

int days_in_month(int month) {
    constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
}

Normalized date(const ast::Date& d) {
    Reading r;
    Quantity& q = r.quantity;
    q.kind = Kind::date;
    if (d.start.year) {
        auto year = small_integer(*d.start.year, 1000, 2200);
        if (!year) return reject();
        q.date.year = *year;
    }
    auto month = small_integer(d.start.month, 1, 12);
    if (!month) return reject();
    q.date.month = *month;
    if (d.start.day) {
        auto day = small_integer(*d.start.day, 1, days_in_month(*month));
        if (!day) return reject();
        q.date.day = *day;
    }
    if (d.end) {
        // 4月至25日 is not a date range; 4月至5月2日 is, from a month to a day.
        if (!d.start.day && !d.end->month) return reject();
        q.date_end.year = q.date.year;
        q.date_end.month = q.date.month;
        if (d.end->month) {
            auto end_month = small_integer(*d.end->month, 1, 12);
            if (!end_month) return reject();
            q.date_end.month = *end_month;
            if (*end_month < q.date.month && q.date_end.year != 0) ++q.date_end.year;  // 12月30日至1月2日
        }
        auto end_day = small_integer(d.end->day, 1, days_in_month(q.date_end.month));
        if (!end_day) return reject();
        q.date_end.day = *end_day;
        if (q.date_end.month == q.date.month && q.date_end.day < q.date.day) return reject();  // 29日至25日
        q.qualifier = Qualifier::range;
    }
    return accept(std::move(r));
}

Normalized iso_date(const ast::IsoDate& d) {
    Reading r;
    Quantity& q = r.quantity;
    q.kind = Kind::date;
    auto year = small_integer(d.year, 1000, 2200);
    auto month = small_integer(d.month, 1, 12);
    if (!year || !month) return reject();
    q.date = {*year, *month, 0};
    if (!d.day.empty()) {
        auto day = small_integer(d.day, 1, days_in_month(*month));
        if (!day) return reject();
        q.date.day = *day;
    }
    return accept(std::move(r));
}

Normalized doubling(const ast::Doubling& d) {
    Reading r;
    Quantity& q = r.quantity;
    q.kind = Kind::ratio;
    q.unit = "x";
    q.change = Change::up;
    q.value = Decimal::from_int(2);
    if (d.numeral) {
        auto times = small_integer(*d.numeral, 1, 10);
        if (!times) return reject();
        if (d.written_as_bei) {
            q.value = Decimal::from_int(*times);  // 翻3倍: read as 3 times
        } else {
            q.value = Decimal::from_int(std::int64_t{1} << *times);  // 翻两番: doubled twice = 4
        }
    }
    if (d.more) {  // 翻一番多: more than the ratio, as 3000多 is more than 3000
        auto next = next_round(q.value);
        if (!next) return fail(next.error());
        q.qualifier = Qualifier::more_than_round;
        q.lower = q.value;
        q.upper = *next;
    }
    return accept(std::move(r));
}

/// 近三分之一, 三分之二以上: the qualifier and bound of a hedge word around a value read alone.
/// False for the hedges that need a magnitude or a measure to make sense (上万, 300兆瓦级).
bool apply_hedge(const boost::optional<int>& prefix, const boost::optional<int>& suffix, Quantity& q) {
    const lexicon::QualifierWord* before =
        prefix ? &lexicon::prefix_qualifiers()[static_cast<std::size_t>(*prefix)] : nullptr;
    const lexicon::QualifierWord* after =
        suffix ? &lexicon::suffix_qualifiers()[static_cast<std::size_t>(*suffix)] : nullptr;
    if ((before && before->word == "上") || (after && after->word == "级")) return false;
    q.qualifier = before ? before->qualifier : after->qualifier;
    bound_by_qualifier(q);
    return true;
}

/// numerator ÷ denominator as a number, and the decimals of 12 places just below and above it.
struct Quotient {
    Reading reading;  // the value rounded to 12 places, marked approximate when the division is not exact
    Decimal below;    // the value itself when the division is exact
    Decimal above;
};

/// A third is no finite decimal: 12 places, approximate, between the two decimals of 12 places
/// around it, which the bounds a hedge sets must use (近三分之一 is under 0.333333333334, not under
/// 0.333333333333, which is less than a third).
Result<Quotient> quotient(const NumeralValue& numerator, const NumeralValue& denominator) {
    constexpr int places = 12;
    auto value = numerator.value.divided_by(denominator.value, places);
    if (!value) return value.error();
    Quotient out{Reading{}, *value, *value};
    Quantity& q = out.reading.quantity;
    q.kind = Kind::number;
    q.value = *value;
    auto back = value->times(denominator.value);
    if (!back) return back.error();
    if (*back == numerator.value) return out;
    q.qualifier = Qualifier::approx;
    // Rounded up or down: the true value lies one step (10^-12) to the other side, as the signs go.
    const Decimal step = Decimal::from_int(1).scaled(-places).value();
    const bool rounded_up = (numerator.value < *back) != denominator.value.is_negative();
    auto other = rounded_up ? value->minus(step) : value->plus(step);
    if (!other) return other.error();
    (rounded_up ? out.below : out.above) = *other;
    return out;
}

/// The hedges around a fraction, with the bounds they set, rounded outward; false when they make
/// no sense there.
bool hedge_fraction(const boost::optional<int>& prefix, const boost::optional<int>& suffix, Quotient& fraction) {
    if (!prefix && !suffix) return true;
    Reading& r = fraction.reading;
    if (!apply_hedge(prefix, suffix, r.quantity)) return false;
    if (r.quantity.lower) r.quantity.lower = fraction.below;
    if (r.quantity.upper) r.quantity.upper = fraction.above;
    r.prefix = prefix ? *prefix : -1;
    r.suffix = suffix ? *suffix : -1;
    return true;
}

Normalized fraction(const ast::Fraction& f) {
    auto denominator = evaluate_numeral(f.denominator);
    if (!denominator) return fail(denominator.error());
    auto numerator = evaluate_numeral(f.numerator);
    if (!numerator) return fail(numerator.error());
    if (denominator->upper || numerator->upper || denominator->value.is_zero()) return reject();
    auto share = quotient(*numerator, *denominator);
    if (!share) return fail(share.error());
    // 百万分之五 is a share: in percent, like 百分之五 (power-of-ten denominators divide exactly).
    // 一百分之五 (with the 一 written) reads as the fraction 5/100 instead.
    const int place = denominator->value.last_nonzero_place();
    if (denominator->magnitude_only && place >= 2) {
        auto percent = numerator->value.scaled(2 - place);
        if (!percent) return fail(percent.error());
        Quantity& q = share->reading.quantity;
        q.kind = Kind::percent;
        q.unit = "%";
        q.value = *percent;
        q.qualifier = Qualifier::exact;
        share->below = share->above = *percent;
    }
    if (!hedge_fraction(f.prefix, f.suffix, *share)) return reject();
    return accept(std::move(share->reading));
}

/// 1/3, 2/3: a proper fraction of small numbers. 3/2 or 365/24 are more likely scores, shifts or
/// codes than shares, and are left alone.
Normalized slash_fraction(const ast::SlashFraction& f) {
    const auto numerator = small_integer(f.numerator, 1, 999);
    const auto denominator = small_integer(f.denominator, 2, 1000);
    if (!numerator || !denominator || *numerator >= *denominator) return reject();
    NumeralValue top;
    top.value = Decimal::from_int(*numerator);
    NumeralValue bottom;
    bottom.value = Decimal::from_int(*denominator);
    auto share = quotient(top, bottom);
    if (!share) return fail(share.error());
    if (!hedge_fraction(f.prefix, f.suffix, *share)) return reject();
    return accept(std::move(share->reading));
}

/// 2.06∶1, 1:1.5: a proportion of two terms, as a ratio first ÷ second (2.06 x; 1:1.5 about 0.667).
/// A composition of more terms (0.2∶14.9∶84.9) has no single value: not read, and none of its
/// parts is read either (scan passes over a number after a ratio sign).
Normalized colon_ratio(const ast::ColonRatio& ratio) {
    if (ratio.rest.size() != 1) return reject();
    auto first = evaluate_numeral(ratio.first);
    if (!first) return fail(first.error());
    auto second = evaluate_numeral(ratio.rest.front());
    if (!second) return fail(second.error());
    if (second->value.is_zero()) return reject();
    auto divided = quotient(*first, *second);
    if (!divided) return fail(divided.error());
    Reading& r = divided->reading;
    r.quantity.kind = Kind::ratio;
    r.quantity.unit = "x";
    // 10:30 is more likely a clock time: two integers, the second of two digits (judged in context).
    const std::string& minutes = ratio.rest.front();
    r.clock_like = ratio.first.find('.') == std::string::npos && minutes.size() == 2;
    return accept(std::move(r));
}

/// 25日至29日: days of a month written earlier in the text. The month stays 0 (unknown) here; scan
/// takes it from the date before, and without one the days are not read.
Normalized day_span(const ast::DaySpan& days) {
    const auto first = small_integer(days.first, 1, 31);
    if (!first) return reject();
    Reading r;
    Quantity& q = r.quantity;
    q.kind = Kind::date;
    q.date.day = *first;
    if (days.last) {
        const auto last = small_integer(*days.last, 1, 31);
        if (!last || *last <= *first) return reject();
        q.date_end.day = *last;
        q.qualifier = Qualifier::range;
    }
    return accept(std::move(r));
}

/// The year written before a month or quarter (2024年一季度), 0 when none; nullopt when what is
/// written there is no year (85年 is not read as one).
std::optional<int> written_year(const boost::optional<std::string>& year) {
    if (!year) return 0;
    return small_integer(*year, 1000, 2200);
}

Normalized quarter(const ast::Quarter& period) {
    Reading r;
    Quantity& q = r.quantity;
    q.kind = Kind::date;
    q.qualifier = Qualifier::range;
    const auto year = written_year(period.year);
    if (!year) return reject();
    q.date.year = *year;
    q.date_end.year = *year;
    const ast::QuarterWord& word = period.word;
    if (word.lead == "上半年" || word.lead == "下半年") {
        q.date.month = word.lead == "上半年" ? 1 : 7;
        q.date_end.month = q.date.month + 5;
        return accept(std::move(r));
    }
    auto n = small_integer(word.numeral, 1, 4);
    if (!n) return reject();
    // 前三季度 is the first three quarters together; 三季度 and 第三季度 the third alone;
    // 二至四季度 the second to the fourth.
    q.date.month = word.lead == "前" ? 1 : 3 * *n - 2;
    q.date_end.month = 3 * *n;
    if (word.last) {
        auto last = small_integer(*word.last, 1, 4);
        if (!last || *last <= *n || word.lead == "前") return reject();
        q.date_end.month = 3 * *last;
    }
    r.chinese_only = true;
    return accept(std::move(r));
}

/// 1-10月: January to October, one date range of whole months. A year written on one end carries
/// to the other (2024年1-10月); a span that runs past December ends in the next year.
Normalized month_span(const ast::MonthSpan& span) {
    const auto first = small_integer(span.first_month, 1, 12);
    const auto last = small_integer(span.last_month, 1, 12);
    const auto year = written_year(span.year);
    const auto end_year = written_year(span.end_year);
    if (!first || !last || !year || !end_year || *first == *last) return reject();
    Reading r;
    Quantity& q = r.quantity;
    q.kind = Kind::date;
    q.qualifier = Qualifier::range;
    q.date = {*year, *first, 0};
    q.date_end = {*end_year, *last, 0};
    const int wraps = *last < *first ? 1 : 0;  // 11月至2月
    if (q.date.year == 0 && q.date_end.year != 0) q.date.year = q.date_end.year - wraps;
    if (q.date_end.year == 0 && q.date.year != 0) q.date_end.year = q.date.year + wraps;
    const bool forward = q.date_end.year > q.date.year || (q.date_end.year == q.date.year && wraps == 0);
    if (!forward && q.date.year != 0) return reject();  // 2024年3月至2023年1月
    return accept(std::move(r));
}

struct Visitor {
    using result_type = Normalized;
    Normalized operator()(const ast::Quarter& q) const { return quarter(q); }
    Normalized operator()(const ast::MonthSpan& m) const { return month_span(m); }
    Normalized operator()(const ast::IsoDate& d) const { return iso_date(d); }
    Normalized operator()(const ast::Figure& f) const { return figure(f); }
    Normalized operator()(const ast::Ordinal& o) const { return ordinal(o); }
    Normalized operator()(const ast::Date& d) const { return date(d); }
    Normalized operator()(const ast::Doubling& d) const { return doubling(d); }
    Normalized operator()(const ast::Fraction& f) const { return fraction(f); }
    Normalized operator()(const ast::SlashFraction& f) const { return slash_fraction(f); }
    Normalized operator()(const ast::ColonRatio& r) const { return colon_ratio(r); }
    Normalized operator()(const ast::DaySpan& d) const { return day_span(d); }
};

}  // namespace

Normalized normalize(const grammar::ast::Mention& mention) {
    return boost::apply_visitor(Visitor{}, mention);
}

Result<Decimal> next_round(const Decimal& value) {
    const Decimal step = Decimal::from_int(1).scaled(value.last_nonzero_place()).value();
    return value.is_negative() ? value.minus(step) : value.plus(step);
}

}  // namespace zgcfacts::recognize
