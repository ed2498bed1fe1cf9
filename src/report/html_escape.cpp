// HTML escaping (see html_escape.hpp).
#include "report/html_escape.hpp"

#include "text/utf8.hpp"

namespace zgcfacts::report {

std::string html_escape(std::string_view text) {
    constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD
    std::string out;
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const text::Utf8Char c = text::decode_utf8(p, end);
        if (c.problem != text::Utf8Problem::none) {
            out += replacement;
        } else {
            switch (c.code_point) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\t': case '\n': case '\r': out += static_cast<char>(c.code_point); break;
            default:
                if (c.code_point < 0x20 || c.code_point == 0x7F) out += replacement;
                else out.append(reinterpret_cast<const char*>(p), c.length);
            }
        }
        p += c.length;
    }
    return out;
}

}  // namespace zgcfacts::report
