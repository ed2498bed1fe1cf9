// text/clean_builder.cpp — the cleaning pass: one sweep over the decoded input that validates UTF-8,
// strips HTML, turns full-width forms into ASCII and drops PDF whitespace noise, recording where
// every clean byte came from.
//
// The sweep copies long verbatim stretches (ASCII, CJK) with one append and one map run each; only
// whitespace, full-width forms, markup and bad bytes take the slow path. Whitespace is never copied
// as it comes: a run of it is held back until the next visible character, and only then is it
// decided, knowing both neighbours, whether it becomes one space or nothing:
//   - dropped next to CJK punctuation (`AI ，` → `AI，`), and next to a CJK character unless the
//     other side is a Latin word (`超 610\n\n亿元` → `超610亿元`, `为 来 自` → `为来自`, but
//     `即可 AI 实时` keeps its spaces);
//   - dropped between a number and a following %, after - or / at a line end (hyphenation), and
//     between a decimal point at a line end and the digits on the next line (12.\n5%);
//   - otherwise one space: Latin words, and numbers, which must never be glued (`23\n\n5000`);
//   - always one space where a bad byte, NUL (lenient mode) or table cell boundary was.
#include "text/clean_builder.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

#include "text/chars.hpp"
#include "text/html.hpp"
#include "text/utf8.hpp"

namespace zgcfacts {
namespace {

using text::CharClass;
using text::SpaceKind;

// ASCII bytes that are copied as they are: printable characters, except the markup openers in HTML.
constexpr std::array<bool, 128> verbatim_ascii(bool html) {
    std::array<bool, 128> table{};
    for (unsigned c = 0x21; c < 0x7F; ++c) table[c] = true;
    if (html) table['<'] = table['&'] = false;
    return table;
}
constexpr std::array<bool, 128> verbatim_in_text = verbatim_ascii(false);
constexpr std::array<bool, 128> verbatim_in_html = verbatim_ascii(true);

SpaceKind ascii_space_kind(unsigned char c) {
    if (c == '\n' || c == '\v' || c == '\f' || c == '\r') return SpaceKind::line_break;
    if (c == ' ' || c == '\t' || c < 0x20 || c == 0x7F) return SpaceKind::space;
    return SpaceKind::not_space;
}

// Characters the fast path must stop at: whitespace and full-width forms that change.
constexpr bool needs_attention(char32_t c) {
    return text::unicode_space_kind(c) != SpaceKind::not_space || text::fullwidth_to_ascii(c) != 0 ||
           text::between_digits_ascii(c) != 0;
}

// needs_attention for every code point below U+10000 as a bitmap (8 KiB), so the fast path decides
// with one lookup instead of a chain of hard-to-predict comparisons. Built on first use rather than
// at compile time (65,536 evaluations exceed clang's constant-evaluation budget) and rather than as a
// global (a user's static initializer may clean text before it would exist).
using AttentionBits = std::array<std::uint64_t, 1024>;

const AttentionBits& attention_bits() {
    static const AttentionBits bits = [] {
        AttentionBits table{};
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (needs_attention(c)) table[c >> 6] |= std::uint64_t{1} << (c & 63);
        }
        return table;
    }();
    return bits;
}

bool bmp_needs_attention(const AttentionBits& bits, char32_t c) { return (bits[c >> 6] >> (c & 63)) & 1; }

// Skips a run of CJK ideographs U+4000..U+9FFF (lead bytes E4..E9), most of any Chinese text. No
// character there needs attention, and none can be overlong or a surrogate, so the continuation
// bytes are all there is to check.
const unsigned char* skip_ideographs(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__) || defined(_M_X64)
    // Five characters (15 bytes) a step, from one 16-byte load: a byte is marked as a lead (E4..E9)
    // or a continuation (80..BF), and the two marks must follow the pattern lead, cont, cont. Where
    // they stop following it, the characters before the first misfit are whole ideographs.
    constexpr int lead_pattern = 0b001'001'001'001'001;  // bits 0, 3, 6, 9, 12
    constexpr int continuation_pattern = 0b110'110'110'110'110;
    constexpr int step_bits = 0x7FFF;
    const __m128i lowest_lead = _mm_set1_epi8(static_cast<char>(0xE4));
    const __m128i lead_span = _mm_set1_epi8(0xE9 - 0xE4);
    const __m128i top_two_bits = _mm_set1_epi8(static_cast<char>(0xC0));
    const __m128i continuation_bits = _mm_set1_epi8(static_cast<char>(0x80));
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i above_lowest = _mm_sub_epi8(bytes, lowest_lead);  // E4..E9 become 0..5
        const __m128i is_lead = _mm_cmpeq_epi8(_mm_min_epu8(above_lowest, lead_span), above_lowest);
        const __m128i is_continuation = _mm_cmpeq_epi8(_mm_and_si128(bytes, top_two_bits), continuation_bits);
        const int misfits = ((_mm_movemask_epi8(is_lead) ^ lead_pattern) |
                             (_mm_movemask_epi8(is_continuation) ^ continuation_pattern)) &
                            step_bits;
        if (misfits != 0) return p + 3 * (std::countr_zero(static_cast<unsigned>(misfits)) / 3);
        p += 15;
    }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Two characters a step where eight bytes can be read: the four continuation bytes are
    // checked with one mask, the two lead bytes one by one.
    constexpr std::uint64_t continuation_mask = 0x0000C0C000C0C000;  // bytes 1, 2, 4, 5
    constexpr std::uint64_t continuation_bits = 0x0000808000808000;
    while (end - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, sizeof word);
        const auto lead0 = static_cast<unsigned>(word & 0xFF);
        const auto lead1 = static_cast<unsigned>((word >> 24) & 0xFF);
        if ((word & continuation_mask) != continuation_bits || lead0 - 0xE4 > 0xE9 - 0xE4 ||
            lead1 - 0xE4 > 0xE9 - 0xE4) {
            break;
        }
        p += 6;
    }
#endif
    while (end - p >= 3 && static_cast<unsigned>(p[0] - 0xE4) <= 0xE9 - 0xE4 && (p[1] & 0xC0) == 0x80 &&
           (p[2] & 0xC0) == 0x80) {
        p += 3;
    }
    return p;
}

// The CJK Unified Ideographs block U+4E00..U+9FFF, which text::classify() calls wide.
bool is_common_ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// Whether the three bytes at p encode a character of U+4E00..U+9FFF (is_common_ideograph), read
// without decoding: lead E4 with a second byte from B8, or lead E5..E9, then continuation bytes.
bool encodes_common_ideograph(const unsigned char* p) {
    const bool lead = (p[0] == 0xE4 && p[1] >= 0xB8) || static_cast<unsigned>(p[0] - 0xE5) <= 0xE9 - 0xE5;
    return lead && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80;
}

// Full-width digit ０-９ encoded at p?
bool is_fullwidth_digit(const unsigned char* p, const unsigned char* end) {
    return end - p >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] >= 0x90 && p[2] <= 0x99;
}

// The two ways a byte stops strict cleaning, worded once for text and for the inside of tags.
CleanTextBuilder::Failure nul_failure(std::size_t pos) {
    return {"NUL byte", "the input looks binary, not text", pos, false};
}

CleanTextBuilder::Failure utf8_failure(const text::Utf8Char& c, const unsigned char* at, const unsigned char* end,
                                       std::size_t pos) {
    return {"invalid UTF-8", text::describe_utf8_problem(c.problem, at, end), pos, true};
}

}  // namespace

CleanTextBuilder::CleanTextBuilder(std::string_view decoded, bool html, bool lenient_utf8, bool lenient_nul,
                                   bool paragraphs)
    : in_(decoded),
      begin_(reinterpret_cast<const unsigned char*>(decoded.data())),
      end_(begin_ + decoded.size()),
      html_(html),
      lenient_utf8_(lenient_utf8),
      lenient_nul_(lenient_nul),
      paragraphs_(paragraphs),
      verbatim_(html ? verbatim_in_html.data() : verbatim_in_text.data()) {
    // Reserving does not touch memory, so generous guesses cost nothing but spare growth copies:
    // PDF text has a map run and a line end every 40-60 bytes.
    out_.reserve(decoded.size());
    segments_.reserve(decoded.size() / 32 + 8);
    if (paragraphs_) line_ends_.reserve(decoded.size() / 32 + 8);
}

std::optional<CleanTextBuilder::Failure> CleanTextBuilder::run() {
    const std::size_t size = in_.size();
    std::size_t pos = 0;
    if (size >= 3 && begin_[0] == 0xEF && begin_[1] == 0xBB && begin_[2] == 0xBF) pos = 3;  // BOM
    while (pos < size) {
        const std::size_t stretch = pos;
        pos = scan_verbatim(pos);
        if (pos > stretch) emit_verbatim(stretch, pos);
        if (pos >= size) break;
        if (auto failure = handle_special(pos)) return failure;
    }
    return std::nullopt;
}

CleanText CleanTextBuilder::finish(std::string raw, std::size_t raw_size,
                                   std::vector<text::OffsetRun> transcoding, Encoding encoding) {
    CleanText result;
    if (paragraphs_) result.paragraph_breaks_ = text::find_paragraph_breaks(out_, line_ends_);
    result.text_ = std::move(out_);
    result.segments_ = std::move(segments_);
    result.raw_ = std::move(raw);
    result.transcoding_ = std::move(transcoding);
    result.raw_size_ = raw_size;
    result.encoding_ = encoding;
    return result;
}

CleanText CleanTextBuilder::finish_borrowing(std::string_view raw) {
    CleanText result = finish(std::string(), raw.size(), {}, Encoding::utf8);
    result.borrowed_raw_ = raw;
    return result;
}

CleanText CleanTextBuilder::empty_text(Encoding encoding) {
    CleanText empty;
    empty.encoding_ = encoding;
    return empty;
}

std::size_t CleanTextBuilder::scan_verbatim(std::size_t pos) const {
    const std::size_t stretch = pos;
    const std::size_t size = in_.size();
    const AttentionBits& attention = attention_bits();  // one guard check per stretch, not per character
    while (pos < size) {
        const unsigned char lead = begin_[pos];
        if (lead < 0x80) {
            if (!verbatim_[lead]) break;
            ++pos;
            continue;
        }
        // Fast path for the bulk of Chinese text: three-byte characters (lead E0..EF).
        if ((lead & 0xF0) == 0xE0 && pos + 2 < size) {
            // CJK punctuation (E2, E3, EF) is nearly as common as a run of ideographs ends: only
            // an ideograph's lead is worth starting the run for.
            if (static_cast<unsigned>(lead - 0xE4) <= 0xE9 - 0xE4) {
                if (const unsigned char* after = skip_ideographs(begin_ + pos, end_); after != begin_ + pos) {
                    pos = static_cast<std::size_t>(after - begin_);
                    continue;
                }
            }
            std::uint16_t tail;
            std::memcpy(&tail, begin_ + pos + 1, 2);
            const char32_t c = ((lead & 0x0Fu) << 12) | ((begin_[pos + 1] & 0x3Fu) << 6) |
                               (begin_[pos + 2] & 0x3Fu);
            // Continuation bytes, not overlong (E0 80..9F), not a surrogate (ED A0..BF).
            const bool valid = (tail & 0xC0C0) == 0x8080 && c >= 0x800 && (c < 0xD800 || c > 0xDFFF);
            if (valid && !bmp_needs_attention(attention, c)) {
                pos += 3;
                continue;
            }
            // ，．： are verbatim too when they do not follow a digit, which is how Chinese text
            // uses them.
            if (valid && text::between_digits_ascii(c) != 0 && pos > stretch &&
                !text::is_ascii_digit(begin_[pos - 1])) {
                pos += 3;
                continue;
            }
        }
        const text::Utf8Char c = text::decode_utf8(begin_ + pos, end_);
        if (c.problem != text::Utf8Problem::none || needs_attention(c.code_point)) break;
        pos += c.length;
    }
    return pos;
}

std::optional<CleanTextBuilder::Failure> CleanTextBuilder::handle_special(std::size_t& pos) {
    const unsigned char lead = begin_[pos];
    if (lead == 0) {
        if (!lenient_nul_) {
            return nul_failure(pos);
        }
        add_space(pos, 1, 0, true, false);
        ++pos;
        return std::nullopt;
    }
    if (lead < 0x80) {
        if (html_ && lead == '<') {
            return read_markup(pos);
        } else if (html_ && lead == '&') {
            read_reference(pos);
        } else {
            read_ascii_space(pos);
        }
        return std::nullopt;
    }
    const text::Utf8Char c = text::decode_utf8(begin_ + pos, end_);
    if (c.problem != text::Utf8Problem::none) {
        if (!lenient_utf8_) {
            return utf8_failure(c, begin_ + pos, end_, pos);
        }
        add_space(pos, 1, 0, true, false);  // each bad byte separates, like a space
        ++pos;
        return std::nullopt;
    }
    emit_character(c.code_point, pos, c.length, false);
    pos += c.length;
    return std::nullopt;
}

void CleanTextBuilder::read_ascii_space(std::size_t& pos) {
    const std::size_t begin = pos;
    std::uint32_t newlines = 0;
    for (; pos < in_.size() && begin_[pos] != 0; ++pos) {
        const unsigned char c = begin_[pos];
        if (c >= 0x80) break;
        const SpaceKind kind = ascii_space_kind(c);
        if (kind == SpaceKind::not_space) break;
        // CR LF is one line break: count the LF, and a CR only when it stands alone.
        const bool crlf = c == '\r' && pos + 1 < in_.size() && begin_[pos + 1] == '\n';
        if (kind == SpaceKind::line_break && !crlf) ++newlines;
    }
    add_space(begin, pos - begin, newlines, false, false);
}

std::optional<CleanTextBuilder::Failure> CleanTextBuilder::check_hidden(std::size_t begin, std::size_t end) const {
    for (std::size_t pos = begin; pos < end;) {
        const unsigned char lead = begin_[pos];
        if (lead < 0x80) {
            if (lead == 0 && !lenient_nul_) return nul_failure(pos);
            ++pos;
            continue;
        }
        const text::Utf8Char c = text::decode_utf8(begin_ + pos, end_);
        if (c.problem == text::Utf8Problem::none) {
            pos += c.length;
        } else if (!lenient_utf8_) {
            return utf8_failure(c, begin_ + pos, end_, pos);
        } else {
            ++pos;
        }
    }
    return std::nullopt;
}

std::optional<CleanTextBuilder::Failure> CleanTextBuilder::read_markup(std::size_t& pos) {
    const text::Markup markup = text::read_markup(in_, pos);
    if (markup.kind == text::MarkupKind::text) {
        emit_verbatim(pos, pos + 1);
        ++pos;
        return std::nullopt;
    }
    // A tag's bytes never reach the clean text, but they are part of every raw slice around it, and
    // bad bytes there mean the same as anywhere else: not UTF-8 (perhaps GB18030), or not text.
    if (auto failure = check_hidden(pos, pos + markup.length)) return failure;
    switch (markup.kind) {
        case text::MarkupKind::text:
        case text::MarkupKind::invisible:
            break;
        case text::MarkupKind::cell:
            add_space(pos, markup.length, 0, true, false);
            break;
        case text::MarkupKind::block:
            add_space(pos, markup.length, 0, false, true);
            break;
    }
    pos += markup.length;
    return std::nullopt;
}

void CleanTextBuilder::read_reference(std::size_t& pos) {
    const text::CharacterReference reference = text::read_character_reference(in_, pos);
    if (reference.length == 0) {
        emit_verbatim(pos, pos + 1);
        ++pos;
        return;
    }
    emit_character(reference.code_point, pos, static_cast<std::uint32_t>(reference.length), true);
    pos += reference.length;
}

void CleanTextBuilder::emit_character(char32_t c, std::size_t pos, std::uint32_t length, bool replaced) {
    const SpaceKind kind = c < 0x80 ? ascii_space_kind(static_cast<unsigned char>(c))
                                    : text::unicode_space_kind(c);
    if (kind != SpaceKind::not_space) {
        add_space(pos, length, kind == SpaceKind::line_break ? 1 : 0, false, kind == SpaceKind::paragraph);
        return;
    }
    if (const char ascii = text::fullwidth_to_ascii(c)) {
        emit_ascii(ascii, pos, length);
        return;
    }
    const char between = text::between_digits_ascii(c);
    if (between != 0 && sits_between_digits(c, pos + length)) {
        emit_ascii(between, pos, length);
        return;
    }
    if (!replaced) {
        emit_verbatim(pos, pos + length);
        return;
    }
    settle_space(c);
    const std::size_t at = out_.size();
    text::append_utf8(out_, c);
    // A character reference is at most a dozen bytes and its character at most four.
    text::append_run(segments_, at, pos, static_cast<std::uint32_t>(out_.size() - at),
                     static_cast<std::uint32_t>(length));
}

bool CleanTextBuilder::sits_between_digits(char32_t c, std::size_t next) const {
    if (pending_.active || out_.empty() || !text::is_ascii_digit(static_cast<unsigned char>(out_.back()))) {
        return false;
    }
    const std::size_t wanted = c == 0xFF0C ? 3 : 1;
    std::size_t digits = 0;
    std::size_t at = next;
    while (digits <= wanted && at < in_.size()) {
        if (text::is_ascii_digit(begin_[at])) at += 1;
        else if (is_fullwidth_digit(begin_ + at, end_)) at += 3;
        else break;
        ++digits;
    }
    return c == 0xFF0C ? digits == wanted : digits >= 1;
}

void CleanTextBuilder::emit_ascii(char ascii, std::size_t pos, std::uint32_t length) {
    settle_space(static_cast<unsigned char>(ascii));
    const std::size_t at = out_.size();
    out_ += ascii;
    text::append_run(segments_, at, pos, 1, length);
}

void CleanTextBuilder::emit_verbatim(std::size_t begin, std::size_t end) {
    if (pending_.active) {
        // The usual PDF line break, between two ideographs, is dropped without decoding either
        // side (settle_space would come to the same answer); only paragraph breaks are recorded.
        const bool recorded = paragraphs_ && (pending_.block || (!html_ && pending_.newlines > 0));
        if (!pending_.hard && !recorded && out_.size() >= 3 &&
            encodes_common_ideograph(reinterpret_cast<const unsigned char*>(out_.data() + out_.size() - 3)) &&
            end - begin >= 3 && encodes_common_ideograph(begin_ + begin)) {
            pending_.active = false;
        } else {
            settle_space(text::decode_utf8(begin_ + begin, end_).code_point);
        }
    }
    const std::size_t at = out_.size();
    out_.append(in_.data() + begin, end - begin);
    text::append_run(segments_, at, begin, 1, 1);
}

void CleanTextBuilder::add_space(std::size_t begin, std::size_t length, std::uint32_t newlines, bool hard,
                                 bool block) {
    if (!pending_.active) {
        pending_ = {true, begin, begin + length, newlines, hard, block};
        return;
    }
    pending_.end = begin + length;
    pending_.newlines += newlines;
    pending_.hard = pending_.hard || hard;
    pending_.block = pending_.block || block;
}

void CleanTextBuilder::settle_space(char32_t next) {
    if (!pending_.active) return;
    const PendingSpace space = pending_;
    pending_.active = false;
    if (out_.empty()) return;  // leading whitespace
    if (paragraphs_ && (space.block || (!html_ && space.newlines > 0))) {
        const std::size_t width = text::display_width(std::string_view(out_).substr(line_start_));
        line_ends_.push_back({out_.size(), static_cast<std::uint32_t>(std::min<std::size_t>(width, UINT32_MAX)),
                              static_cast<std::uint16_t>(std::min<std::uint32_t>(space.newlines, UINT16_MAX)),
                              space.block});
        line_start_ = out_.size();
    }
    if (!keeps_space(space, next)) return;
    const std::size_t at = out_.size();
    out_ += ' ';
    // The space stands for the whole run of whitespace, so a span across it covers the run
    // byte for byte; a run beyond 4 GiB (only ever seen in a fuzzer) maps to its first byte.
    const std::size_t length = space.end - space.begin;
    text::append_run(segments_, at, space.begin, 1,
                     length <= UINT32_MAX ? static_cast<std::uint32_t>(length) : 1);
}

bool CleanTextBuilder::keeps_space(const PendingSpace& space, char32_t next) const {
    if (space.hard) return true;
    const char32_t previous = last_character();
    // Between two ideographs, the usual case in PDF text, the rules below always drop the space;
    // said first, it spares classifying both.
    if (is_common_ideograph(previous) && is_common_ideograph(next)) return false;
    if ((previous == '-' || previous == '/') && space.newlines > 0) return false;  // hyphenation
    // 12.\n5%: a decimal number wrapped after its point (Chinese text ends sentences with 。).
    if (previous == '.' && space.newlines > 0 && text::is_ascii_digit(next) && out_.size() >= 2 &&
        text::is_ascii_digit(static_cast<unsigned char>(out_[out_.size() - 2])))
        return false;
    const CharClass before = text::classify(previous);
    const CharClass after = text::classify(next);
    if (before == CharClass::wide_punct || after == CharClass::wide_punct) return false;
    if (before == CharClass::wide) return after == CharClass::latin;
    if (after == CharClass::wide) return before == CharClass::latin;
    if (next == '%' && (before == CharClass::digit || before == CharClass::numeric)) return false;
    return true;
}

char32_t CleanTextBuilder::last_character() const {
    const std::size_t size = out_.size();
    const auto last = static_cast<unsigned char>(out_[size - 1]);
    if (last < 0x80) return last;
    if (size >= 3 && (static_cast<unsigned char>(out_[size - 3]) & 0xF0) == 0xE0) {  // the usual CJK
        return ((static_cast<unsigned char>(out_[size - 3]) & 0x0Fu) << 12) |
               ((static_cast<unsigned char>(out_[size - 2]) & 0x3Fu) << 6) | (last & 0x3Fu);
    }
    std::size_t start = size - 1;
    while (start > 0 && (static_cast<unsigned char>(out_[start]) & 0xC0) == 0x80) --start;
    const auto* p = reinterpret_cast<const unsigned char*>(out_.data());
    return text::decode_utf8(p + start, p + out_.size()).code_point;
}

}  // namespace zgcfacts
