// text/html.hpp — just enough HTML to get the text out: tags, comments, script/style bodies and
// character references. No tree is built: the cleaner asks at each '<' or '&' what is there.
#pragma once

#include <cstddef>
#include <string_view>

namespace zgcfacts::text {

enum class MarkupKind {
    text,       // not markup after all: a literal '<' or '&'
    invisible,  // inline tags (span, b, a …), comments, doctype, script and style with their content
    cell,       // td, th: separates words, but a table row is still one paragraph
    block,      // p, div, br, li, tr, h1-h6, section …: a paragraph break
};

struct Markup {
    MarkupKind kind = MarkupKind::text;
    std::size_t length = 0;  // bytes of markup from the '<'
};

/// What starts at `text[pos]`, which must be '<'. A script or style element is one piece of markup,
/// from its start tag through its end tag; a tag or comment that never closes is not markup.
Markup read_markup(std::string_view text, std::size_t pos);

struct CharacterReference {
    char32_t code_point = 0;
    std::size_t length = 0;  // 0: not a character reference
};

/// Decodes `&name;`, `&#NNN;` or `&#xHH;` at `text[pos]`, which must be '&'. Unknown names, missing
/// semicolons and numbers that are not characters (0, surrogates, > U+10FFFF) leave the '&' literal.
CharacterReference read_character_reference(std::string_view text, std::size_t pos);

}  // namespace zgcfacts::text
