// Stepping through UTF-8 text one code point at a time, forwards and backwards, and telling which
// code points can belong to a metric label. Attribution walks outwards from a figure character by
// character, so it needs both directions; the clean text is valid UTF-8 (cleaning guarantees it),
// but these helpers still never read past either end of the view.
#pragma once

#include <cstddef>
#include <string_view>

namespace zgcfacts::attribution {

/// The offset of the code point after the one starting at `pos` (text.size() at the end).
std::size_t next_boundary(std::string_view text, std::size_t pos) noexcept;

/// The offset where the code point ending at `pos` starts (0 at the beginning).
std::size_t previous_boundary(std::string_view text, std::size_t pos) noexcept;

/// The code point starting at `pos`; U+FFFD for a malformed sequence or pos at the end.
char32_t code_point_at(std::string_view text, std::size_t pos) noexcept;

/// Han ideographs (the unified blocks and their extensions).
bool is_han(char32_t c) noexcept;

/// Characters a label may contain: Han ideographs and ASCII letters and digits (TOP10, R&D, AI),
/// plus the joiners '&', '-' and '+'. Punctuation of either width ends a label.
bool is_label_char(char32_t c) noexcept;

}  // namespace zgcfacts::attribution
