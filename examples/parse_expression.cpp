// Parse one numeric expression and show what it normalizes to.
//
//   example_parse_expression "超 610 亿元"
//   example_parse_expression "3000多项"
#include <cstdio>

#include <fmt/core.h>

#include "zgcfacts/format.hpp"
#include "zgcfacts/scan.hpp"
#include "zgcfacts/sheet.hpp"

int main(int argc, char** argv) {
    const char* expression = argc > 1 ? argv[1] : "超 610 亿元";
    auto quantity = zgcfacts::parse(expression);
    if (!quantity) {
        // The Error says what could not be read and at which byte.
        fmt::print(stderr, "cannot read '{}': {} (byte {})\n", expression, quantity.error().message,
                   quantity.error().offset);
        return 1;
    }
    const zgcfacts::Quantity& q = *quantity;
    fmt::print("{}\n", expression);
    fmt::print("  kind       {}\n", q.kind);
    fmt::print("  value      {}\n", q.value);  // exact, in base units (元, items, percent points)
    fmt::print("  qualifier  {}\n", q.qualifier);
    if (q.lower) fmt::print("  lower      {}\n", *q.lower);
    if (q.upper) fmt::print("  upper      {}\n", *q.upper);
    if (!q.unit.empty()) fmt::print("  unit       {}\n", q.unit);
    fmt::print("  one line   {}\n", q);
    fmt::print("  中文       {}\n", zgcfacts::say(q, zgcfacts::Language::zh));
    fmt::print("  English    {}\n", zgcfacts::say(q, zgcfacts::Language::en));
}
