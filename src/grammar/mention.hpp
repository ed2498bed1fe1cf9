// The entry point of the Spirit X3 grammar, without X3 in sight: the rules live in mention_def.hpp
// and are instantiated once, in mention.cpp, so the template cost is paid in one translation unit.
#pragma once

#include "grammar/ast.hpp"

namespace zgcfacts::grammar {

/// Parses one mention starting exactly at `first` (clean text, no skipper). On success `first` is
/// moved past it and `out` holds the syntax tree; on failure `first` is unchanged.
bool parse_mention(const char*& first, const char* last, ast::Mention& out);

/// Parses a numeral (digits, Chinese numerals, magnitudes) starting at `first`; used where a
/// context word wants to know whether a number follows.
bool parse_numeral(const char*& first, const char* last, std::string& out);

}  // namespace zgcfacts::grammar
