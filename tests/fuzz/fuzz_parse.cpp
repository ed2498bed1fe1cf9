// libFuzzer target for parse(): one expression of arbitrary bytes gives either an Error that says
// what and points into the expression, or a quantity that is internally consistent.
//
// The whole input is the expression (no option byte: parse() takes none).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "zgcfacts/format.hpp"
#include "zgcfacts/scan.hpp"

namespace {

[[noreturn]] void broken(const char* promise, std::size_t a) {
    std::fprintf(stderr, "fuzz_parse: broken promise: %s (%zu)\n", promise, a);
    std::abort();
}

void expect(bool ok, const char* promise, std::size_t a = 0) {
    if (!ok) broken(promise, a);
}

void check_decimal(const zgcfacts::Decimal& d) {
    auto again = zgcfacts::Decimal::parse(d.to_string());
    expect(again.has_value() && *again == d, "a decimal reads back from its own text");
}

bool valid_date(const zgcfacts::CalendarDate& d) {
    return d.month >= 0 && d.month <= 12 && d.day >= 0 && d.day <= 31 && d.year >= 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view expression(reinterpret_cast<const char*>(data), size);
    auto q = zgcfacts::parse(expression);
    if (!q) {
        const auto& e = q.error();
        expect(!e.message.empty(), "an error says what went wrong");
        // An empty expression is reported at offset 0, which is also its size.
        expect(e.offset == zgcfacts::Error::npos || e.offset <= expression.size(), "an error points into the input",
               e.offset);
        return 0;
    }
    check_decimal(q->value);
    if (q->lower) check_decimal(*q->lower);
    if (q->upper) check_decimal(*q->upper);
    if (q->lower && q->upper) expect(*q->lower <= *q->upper, "lower bound <= upper bound");
    if (q->kind == zgcfacts::Kind::date) {
        expect(valid_date(q->date), "a date has a month of 1-12 and a day of 1-31", static_cast<std::size_t>(q->date.month));
        if (q->qualifier == zgcfacts::Qualifier::range) expect(valid_date(q->date_end), "a date range ends on a date");
    }
    expect(q->multiplier >= -38 && q->multiplier <= 38, "the written multiplier is a power of ten in range",
           static_cast<std::size_t>(q->multiplier));
    (void)q->value_text();
    (void)q->lower_text();
    (void)q->upper_text();
    expect(!zgcfacts::describe(*q).empty(), "a quantity describes itself");
    return 0;
}
