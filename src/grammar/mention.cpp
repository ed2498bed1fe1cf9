// The one translation unit that instantiates the X3 grammar (see mention_def.hpp).
#include "grammar/mention_def.hpp"

namespace zgcfacts::grammar {

bool parse_mention(const char*& first, const char* last, ast::Mention& out) {
    const char* it = first;
    NumeralMemo numerals;
    if (!x3::parse(it, last, x3::with<numeral_memo_tag>(numerals)[mention], out)) return false;
    first = it;
    return true;
}

bool parse_numeral(const char*& first, const char* last, std::string& out) {
    const char* it = first;
    if (!x3::parse(it, last, numeral, out)) return false;
    first = it;
    return true;
}

}  // namespace zgcfacts::grammar
