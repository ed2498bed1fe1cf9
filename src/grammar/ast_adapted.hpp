// Fusion adaptation of the syntax tree, apart from the structs themselves (as in the X3 examples).
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::Amount, numeral, more, magnitude_after_more, plus)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::RangeEnd, fraction, amount, unit)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::Figure, prefix, currency, fraction, first,
                          first_unit, second, and_a_half, per, suffix)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::Ordinal, numeral, suffix)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::DateStart, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::DateEnd, month, day)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::Date, start, end)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::Doubling, numeral, written_as_bei, more)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::Fraction, prefix, denominator, numerator, suffix)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::SlashFraction, prefix, numerator, denominator, suffix)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::QuarterWord, lead, numeral, last)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::Quarter, year, word)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::MonthSpan, year, first_month, end_year, last_month)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::IsoDate, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::ColonRatio, first, rest)
BOOST_FUSION_ADAPT_STRUCT(zgcfacts::grammar::ast::DaySpan, first, last)
