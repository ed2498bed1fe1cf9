// A small JSON writer for the command's JSONL output. Private to zgcfacts.
//
//   std::string line;
//   zgcfacts::JsonWriter json(line);
//   json.begin_object();
//   json.key("surface").string("超 610\n\n亿元");
//   json.key("value").string("61000000000");   // decimals travel as strings: no float rounding
//   json.key("lower").null();
//   json.key("multiplier").number(8);
//   json.end_object();                          // {"surface":"超 610\n\n亿元",…}
//
// Strings are escaped per RFC 8259: quotes, backslashes and control characters; U+2028/U+2029 too,
// so a line can be pasted into JavaScript. Bytes that are not valid UTF-8 become U+FFFD, so every
// line is valid JSON whatever the input was.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zgcfacts {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }

    /// An object member's name; the value follows with one of the calls below.
    JsonWriter& key(std::string_view name) {
        separate();
        write_string(name);
        out_ += ':';
        after_key_ = true;
        return *this;
    }

    JsonWriter& string(std::string_view text) {
        separate();
        write_string(text);
        return *this;
    }
    JsonWriter& string(const std::string& text) { return string(std::string_view(text)); }
    JsonWriter& string(const char* text) { return string(std::string_view(text)); }
    /// A string, or null when absent.
    JsonWriter& string(const std::optional<std::string>& text) { return text ? string(std::string_view(*text)) : null(); }
    /// A string, or null when empty (the schema's "no unit" is null, not "").
    JsonWriter& string_or_null(std::string_view text) { return text.empty() ? null() : string(text); }
    JsonWriter& number(std::int64_t value) {
        separate();
        out_ += std::to_string(value);
        return *this;
    }
    JsonWriter& boolean(bool value) {
        separate();
        out_ += value ? "true" : "false";
        return *this;
    }
    JsonWriter& null() {
        separate();
        out_ += "null";
        return *this;
    }

    /// Escapes `text` as the inside of a JSON string (no quotes).
    static void escape(std::string_view text, std::string& out) {
        static constexpr char hex[] = "0123456789abcdef";
        std::size_t i = 0;
        while (i < text.size()) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c < 0x80) {
                switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        out += "\\u00";
                        out += hex[c >> 4];
                        out += hex[c & 15];
                    } else {
                        out += static_cast<char>(c);
                    }
                }
                ++i;
                continue;
            }
            const std::size_t length = utf8_sequence_length(text, i);
            if (length == 0) {
                out += "\xEF\xBF\xBD";  // U+FFFD for a byte that starts no valid sequence
                ++i;
                continue;
            }
            std::string_view sequence = text.substr(i, length);
            if (sequence == "\xE2\x80\xA8") out += "\\u2028";
            else if (sequence == "\xE2\x80\xA9") out += "\\u2029";
            else out += sequence;
            i += length;
        }
    }

private:
    /// Length of the valid UTF-8 sequence starting at text[i] (a non-ASCII lead byte), or 0.
    /// Rejects overlong forms, surrogates and code points above U+10FFFF.
    static std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        std::size_t n;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b0 >= 0xC2 && b0 <= 0xDF) n = 2;
        else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            if (b0 == 0xE0) lo = 0xA0;
            if (b0 == 0xED) hi = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            if (b0 == 0xF0) lo = 0x90;
            if (b0 == 0xF4) hi = 0x8F;
        } else {
            return 0;
        }
        if (i + n > text.size()) return 0;
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        if (b1 < lo || b1 > hi) return 0;
        for (std::size_t k = 2; k < n; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            if (b < 0x80 || b > 0xBF) return 0;
        }
        return n;
    }

    void write_string(std::string_view text) {
        out_ += '"';
        escape(text, out_);
        out_ += '"';
    }

    JsonWriter& open(char bracket) {
        separate();
        out_ += bracket;
        first_.push_back(true);
        return *this;
    }
    JsonWriter& close(char bracket) {
        out_ += bracket;
        if (!first_.empty()) first_.pop_back();
        return *this;
    }
    /// A comma before every member or element but the first; none right after a key.
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (first_.empty()) return;
        if (!first_.back()) out_ += ',';
        first_.back() = false;
    }

    std::string& out_;
    std::vector<bool> first_;
    bool after_key_ = false;
};

}  // namespace zgcfacts
