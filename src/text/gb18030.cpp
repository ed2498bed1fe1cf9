// text/gb18030.cpp — GB18030 decoding: the byte structure is read here, the character tables are
// iconv's.
//
// iconv converts a whole stretch at once but does not say which output came from which input. We
// know the structure of GB18030 (1, 2 or 4 bytes per character) and each character decodes to one
// code point, so walking the input and the output side by side gives the offsets. Should some
// iconv ever map a character to several code points, the walk notices and that stretch is converted
// character by character instead.
#include "text/gb18030.hpp"

#include <cerrno>
#include <iconv.h>

#include <fmt/format.h>

namespace zgcfacts::text {
namespace {

// Length of the GB18030 character starting at p by the encoding's structure, 0 when the bytes
// cannot start a character (0x80, 0xFF, a lead byte without a valid trail).
std::uint32_t gb18030_length(const unsigned char* p, const unsigned char* end) {
    const unsigned char lead = p[0];
    if (lead < 0x80) return 1;
    if (lead == 0x80 || lead == 0xFF || end - p < 2) return 0;
    const unsigned char second = p[1];
    if ((second >= 0x40 && second <= 0x7E) || (second >= 0x80 && second <= 0xFE)) return 2;
    if (second >= 0x30 && second <= 0x39 && end - p >= 4 && p[2] >= 0x81 && p[2] <= 0xFE &&
        p[3] >= 0x30 && p[3] <= 0x39) {
        return 4;
    }
    return 0;
}

std::uint32_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}

class Converter {
public:
    Converter() : descriptor_(iconv_open("UTF-8", "GB18030")) {}
    ~Converter() {
        if (ok()) iconv_close(descriptor_);
    }
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;

    bool ok() const { return descriptor_ != reinterpret_cast<iconv_t>(-1); }

    /// Converts as much of `in` as iconv accepts, appending to `out`; returns the bytes consumed.
    std::size_t convert(std::string_view in, std::string& out) {
        iconv(descriptor_, nullptr, nullptr, nullptr, nullptr);
        char* in_ptr = const_cast<char*>(in.data());  // iconv's signature; it does not write
        std::size_t in_left = in.size();
        while (in_left > 0) {
            const std::size_t used = out.size();
            out.resize(used + in_left * 2 + 4);  // GB18030 → UTF-8 grows by at most 3/2
            char* out_ptr = out.data() + used;
            std::size_t out_left = out.size() - used;
            const std::size_t result = iconv(descriptor_, &in_ptr, &in_left, &out_ptr, &out_left);
            out.resize(out.size() - out_left);
            if (result == static_cast<std::size_t>(-1) && errno != E2BIG) break;
        }
        return in.size() - in_left;
    }

private:
    iconv_t descriptor_;
};

// Appends the offset runs of `raw` (GB18030, raw_begin in the whole input) decoded as the UTF-8 at
// out[decoded_begin…]. False when the two do not pair up one character to one code point.
bool pair_up(std::string_view raw, std::size_t raw_begin, const std::string& out,
             std::size_t decoded_begin, std::vector<OffsetRun>& runs) {
    const auto* in = reinterpret_cast<const unsigned char*>(raw.data());
    const auto* in_end = in + raw.size();
    std::size_t decoded = decoded_begin;
    std::vector<OffsetRun> stretch;
    for (const auto* p = in; p < in_end;) {
        if (decoded >= out.size()) return false;
        if ((static_cast<unsigned char>(out[decoded]) & 0xC0) == 0x80) return false;  // out of step
        const std::uint32_t gb_length = gb18030_length(p, in_end);
        const std::uint32_t u_length = utf8_length(static_cast<unsigned char>(out[decoded]));
        append_run(stretch, decoded, raw_begin + static_cast<std::size_t>(p - in), u_length, gb_length);
        decoded += u_length;
        p += gb_length;
    }
    if (decoded != out.size()) return false;
    for (const auto& run : stretch) {
        append_run(runs, run.from_begin, run.to_begin, run.from_unit, run.to_unit);
    }
    return true;
}

std::string hex(const unsigned char* p, const unsigned char* end) {
    std::string out;
    for (std::size_t i = 0; i < 4 && p + i < end; ++i) {
        if (i > 0) out += ' ';
        out += fmt::format("{:02X}", p[i]);
    }
    return out;
}

}  // namespace

Result<Transcoded> decode_gb18030(std::string_view raw, bool lenient) {
    Converter converter;
    if (!converter.ok()) return Error{"this system's iconv has no GB18030 converter", Error::npos};

    Transcoded result;
    result.utf8.reserve(raw.size() + raw.size() / 2);
    const auto* begin = reinterpret_cast<const unsigned char*>(raw.data());
    const auto* end = begin + raw.size();
    std::size_t pos = 0;
    while (pos < raw.size()) {
        // The longest stretch that is GB18030 by structure goes to iconv in one call.
        std::size_t stretch_end = pos;
        while (stretch_end < raw.size()) {
            const std::size_t length = gb18030_length(begin + stretch_end, end);
            if (length == 0) break;
            stretch_end += length;
        }
        const std::size_t decoded_begin = result.utf8.size();
        const std::size_t consumed = converter.convert(raw.substr(pos, stretch_end - pos), result.utf8);
        if (!pair_up(raw.substr(pos, consumed), pos, result.utf8, decoded_begin, result.runs)) {
            result.utf8.resize(decoded_begin);
            for (std::size_t at = pos; at < pos + consumed;) {
                const std::uint32_t length = gb18030_length(begin + at, end);
                const std::size_t before = result.utf8.size();
                converter.convert(raw.substr(at, length), result.utf8);
                if (result.utf8.size() == before) result.utf8 += "\xEF\xBF\xBD";  // U+FFFD, never empty
                const auto produced = static_cast<std::uint32_t>(result.utf8.size() - before);
                append_run(result.runs, before, at, produced, length);
                at += length;
            }
        }
        pos += consumed;
        if (pos >= raw.size()) break;

        // Structurally invalid, or a sequence iconv has no character for.
        if (!lenient) {
            return Error{fmt::format("not GB18030 at byte {}: {}", pos, hex(begin + pos, end)), pos};
        }
        append_run(result.runs, result.utf8.size(), pos, 1, 1);
        result.utf8 += '\xFF';
        ++pos;
    }
    return result;
}

}  // namespace zgcfacts::text
