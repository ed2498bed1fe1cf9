// text/html.cpp — recognizing tags, comments and character references.
#include "text/html.hpp"

#include <algorithm>
#include <iterator>
#include <cstdint>

namespace zgcfacts::text {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_char(char c) { return is_letter(c) || is_digit(c) || c == '-' || c == ':' || c == '_'; }

bool equals_lower(std::string_view text, std::string_view lower_name) {
    if (text.size() != lower_name.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != lower_name[i]) return false;
    }
    return true;
}

// Elements that start a new line when rendered; their tags, opening or closing, end a paragraph.
constexpr std::string_view block_elements[] = {
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
    "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol",
    "option", "p", "pre", "section", "summary", "table", "title", "ul",
};
constexpr std::string_view row_elements[] = {"tr", "thead", "tbody", "tfoot"};

MarkupKind kind_of_element(std::string_view name) {
    for (auto block : block_elements) {
        if (equals_lower(name, block)) return MarkupKind::block;
    }
    for (auto row : row_elements) {
        if (equals_lower(name, row)) return MarkupKind::block;
    }
    if (equals_lower(name, "td") || equals_lower(name, "th")) return MarkupKind::cell;
    return MarkupKind::invisible;
}

// Position just past the first `needle` at or after `from`, case-insensitively; npos if absent.
std::size_t find_past(std::string_view text, std::size_t from, std::string_view lower_needle) {
    for (std::size_t i = from; i + lower_needle.size() <= text.size(); ++i) {
        if (equals_lower(text.substr(i, lower_needle.size()), lower_needle)) {
            return i + lower_needle.size();
        }
    }
    return std::string_view::npos;
}

// Position just past the '>' that closes a tag whose attributes start at `from`; quoted attribute
// values may contain '>'. npos when the tag never closes.
std::size_t end_of_tag(std::string_view text, std::size_t from) {
    char quote = 0;
    for (std::size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

}  // namespace

Markup read_markup(std::string_view text, std::size_t pos) {
    const std::size_t after = pos + 1;
    if (after >= text.size()) return {};
    const std::string_view rest = text.substr(after);

    if (rest.starts_with("!--")) {
        const std::size_t end = text.find("-->", after + 3);
        if (end == std::string_view::npos) return {};
        return {MarkupKind::invisible, end + 3 - pos};
    }
    if (rest[0] == '!' || rest[0] == '?') {  // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>
        const std::size_t end = text.find('>', after);
        if (end == std::string_view::npos) return {};
        return {MarkupKind::invisible, end + 1 - pos};
    }

    const bool closing = rest[0] == '/';
    std::size_t name_begin = after + (closing ? 1 : 0);
    if (name_begin >= text.size() || !is_letter(text[name_begin])) return {};
    std::size_t name_end = name_begin;
    while (name_end < text.size() && is_name_char(text[name_end])) ++name_end;
    const std::string_view name = text.substr(name_begin, name_end - name_begin);

    std::size_t end = end_of_tag(text, name_end);
    if (end == std::string_view::npos) return {};

    // Script and style bodies are code, not text: skip through the end tag.
    if (!closing && (equals_lower(name, "script") || equals_lower(name, "style"))) {
        const std::string closing_tag = equals_lower(name, "script") ? "</script" : "</style";
        const std::size_t close = find_past(text, end, closing_tag);
        if (close == std::string_view::npos) return {MarkupKind::invisible, text.size() - pos};
        const std::size_t close_end = end_of_tag(text, close);
        end = close_end == std::string_view::npos ? text.size() : close_end;
    }
    return {kind_of_element(name), end - pos};
}

namespace {

struct NamedReference {
    std::string_view name;
    char32_t code_point;
};

// The references that occur in Chinese news pages; sorted by name for binary search.
constexpr NamedReference named_references[] = {
    {"amp", U'&'},      {"apos", U'\''},    {"bull", 0x2022},   {"cent", 0xA2},
    {"copy", 0xA9},     {"deg", 0xB0},      {"divide", 0xF7},   {"emsp", 0x2003},
    {"ensp", 0x2002},   {"euro", 0x20AC},   {"frac12", 0xBD},   {"gt", U'>'},
    {"hellip", 0x2026}, {"laquo", 0xAB},    {"ldquo", 0x201C},  {"lsaquo", 0x2039},
    {"lsquo", 0x2018},  {"lt", U'<'},       {"mdash", 0x2014},  {"micro", 0xB5},
    {"middot", 0xB7},   {"minus", 0x2212},  {"nbsp", 0xA0},     {"ndash", 0x2013},
    {"para", 0xB6},     {"permil", 0x2030}, {"plusmn", 0xB1},   {"pound", 0xA3},
    {"quot", U'"'},     {"raquo", 0xBB},    {"rdquo", 0x201D},  {"reg", 0xAE},
    {"rsaquo", 0x203A}, {"rsquo", 0x2019},  {"sect", 0xA7},     {"sup2", 0xB2},
    {"thinsp", 0x2009}, {"times", 0xD7},    {"yen", 0xA5},
};

// The value of a decimal (or, with `hex`, hexadecimal) digit; -1 for anything else.
int digit_value(char c, bool hex) {
    if (is_digit(c)) return c - '0';
    if (hex && lower(c) >= 'a' && lower(c) <= 'f') return lower(c) - 'a' + 10;
    return -1;
}

bool is_character(std::uint32_t value) {
    return value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
}

CharacterReference read_numeric_reference(std::string_view text, std::size_t pos) {
    std::size_t i = pos + 2;  // past "&#"
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    const std::size_t digits_begin = i;
    std::uint32_t value = 0;
    for (; i < text.size(); ++i) {
        const int digit = digit_value(text[i], hex);
        if (digit < 0) break;
        value = value * (hex ? 16u : 10u) + static_cast<std::uint32_t>(digit);
        if (value > 0x10FFFF) return {};  // also keeps the arithmetic from overflowing
    }
    if (i == digits_begin || i >= text.size() || text[i] != ';' || !is_character(value)) return {};
    return {static_cast<char32_t>(value), i + 1 - pos};
}

}  // namespace

CharacterReference read_character_reference(std::string_view text, std::size_t pos) {
    if (pos + 1 < text.size() && text[pos + 1] == '#') return read_numeric_reference(text, pos);

    constexpr std::size_t longest_name = 6;
    std::size_t end = pos + 1;
    while (end < text.size() && end - pos - 1 <= longest_name && (is_letter(text[end]) || is_digit(text[end]))) {
        ++end;
    }
    if (end >= text.size() || text[end] != ';') return {};
    const std::string_view name = text.substr(pos + 1, end - pos - 1);
    const auto by_name = [](const NamedReference& r, std::string_view n) { return r.name < n; };
    const auto found = std::lower_bound(std::begin(named_references), std::end(named_references), name, by_name);
    if (found == std::end(named_references) || found->name != name) return {};
    return {found->code_point, end + 1 - pos};
}

}  // namespace zgcfacts::text
