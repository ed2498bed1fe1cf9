// A small, strict JSON reader for tests: gold JSONL, peer-suite cases, the CLI's --format jsonl.
//
//   auto rows = zgcfacts::test::json::parse_lines(read_file(shared_dir() / "gold/000.jsonl"));
//   for (const auto& row : rows) {
//       std::string kind = row["kind"].as_string();
//       std::optional<std::string> lower = row["lower"].text();   // nullopt for null or missing
//       std::int64_t start = row["start"].as_int64();
//   }
//
// Header-only on purpose: tests/CMakeLists.txt builds each test folder from its own *.cpp files, so a
// support .cpp would be linked by nobody. Numbers keep the text they were written with, because the
// gold decimals must be compared exactly ("90221000000", "1.57"), never through a double.
// Errors throw json::ParseError with the byte offset (and, for parse_lines, the 1-based line).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace zgcfacts::test::json {

class ParseError : public std::runtime_error {
public:
    ParseError(const std::string& message, std::size_t offset)
        : std::runtime_error(message + " at byte " + std::to_string(offset)), message_(message), offset_(offset) {}
    /// What went wrong, without the position.
    const std::string& message() const noexcept { return message_; }
    std::size_t offset() const noexcept { return offset_; }

private:
    std::string message_;
    std::size_t offset_;
};

enum class Type { null, boolean, number, string, array, object };

struct Member;

class Value {
public:
    Value() = default;  // null
    // Defined after Member: a Value made in here would need Member complete (clang insists).
    static Value make_bool(bool b);
    static Value make_number(std::string text);
    static Value make_string(std::string text);
    static Value make_array(std::vector<Value> items);
    static Value make_object(std::vector<Member> members);

    Type type() const noexcept { return type_; }
    bool is_null() const noexcept { return type_ == Type::null; }
    bool is_bool() const noexcept { return type_ == Type::boolean; }
    bool is_number() const noexcept { return type_ == Type::number; }
    bool is_string() const noexcept { return type_ == Type::string; }
    bool is_array() const noexcept { return type_ == Type::array; }
    bool is_object() const noexcept { return type_ == Type::object; }

    bool as_bool() const { expect(Type::boolean); return bool_; }
    const std::string& as_string() const { expect(Type::string); return text_; }
    /// The number exactly as written in the JSON text ("-4.5e3", "90221000000").
    const std::string& number_text() const { expect(Type::number); return text_; }
    double as_double() const;
    /// Only for numbers written as integers that fit; anything else throws.
    std::int64_t as_int64() const;

    /// A string's text or a number's text; nullopt for null. Convenient for schema fields that
    /// may hold "2024" or 2024 or null. Other types throw.
    std::optional<std::string> text() const;

    const std::vector<Value>& items() const { expect(Type::array); return items_; }
    const std::vector<Member>& members() const { expect(Type::object); return members_; }

    /// The member named `key`, or nullptr when absent (the first one if a key repeats).
    const Value* find(std::string_view key) const;
    bool contains(std::string_view key) const { return find(key) != nullptr; }
    /// The member named `key`; a shared null Value when absent, so optional fields read as null.
    const Value& operator[](std::string_view key) const;
    const Value& operator[](std::size_t index) const { return items().at(index); }

private:
    void expect(Type wanted) const;

    Type type_ = Type::null;
    bool bool_ = false;
    std::string text_;  // string contents (decoded UTF-8) or number text
    std::vector<Value> items_;
    std::vector<Member> members_;
};

struct Member {
    std::string key;
    Value value;
};

inline Value Value::make_bool(bool b) { Value v; v.type_ = Type::boolean; v.bool_ = b; return v; }
inline Value Value::make_number(std::string text) { Value v; v.type_ = Type::number; v.text_ = std::move(text); return v; }
inline Value Value::make_string(std::string text) { Value v; v.type_ = Type::string; v.text_ = std::move(text); return v; }

/// Parses exactly one JSON value; surrounding whitespace allowed, anything else after it is an error.
Value parse(std::string_view text);

/// JSON Lines: one value per non-blank line. Errors name the 1-based line.
std::vector<Value> parse_lines(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Implementation.

namespace detail {

inline const char* type_name(Type t) {
    switch (t) {
        case Type::null: return "null";
        case Type::boolean: return "boolean";
        case Type::number: return "number";
        case Type::string: return "string";
        case Type::array: return "array";
        case Type::object: return "object";
    }
    return "?";
}

inline void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    Value document() {
        skip_space();
        Value v = value(0);
        skip_space();
        if (pos_ != s_.size()) fail("unexpected text after the JSON value");
        return v;
    }

private:
    // Deep nesting would otherwise overflow the stack on hostile input.
    static constexpr int max_depth = 256;

    [[noreturn]] void fail(const std::string& what) const { throw ParseError(what, pos_); }

    void skip_space() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }

    bool take(char c) {
        if (pos_ < s_.size() && s_[pos_] == c) { ++pos_; return true; }
        return false;
    }

    void literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word) fail("invalid literal");
        pos_ += word.size();
    }

    Value value(int depth) {
        if (depth > max_depth) fail("nesting too deep");
        if (pos_ >= s_.size()) fail("unexpected end of input");
        switch (s_[pos_]) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return Value::make_string(string());
            case 't': literal("true"); return Value::make_bool(true);
            case 'f': literal("false"); return Value::make_bool(false);
            case 'n': literal("null"); return Value{};
            default: return number();
        }
    }

    Value object(int depth) {
        ++pos_;  // '{'
        std::vector<Member> members;
        skip_space();
        if (take('}')) return Value::make_object(std::move(members));
        for (;;) {
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != '"') fail("expected a string key");
            std::string key = string();
            skip_space();
            if (!take(':')) fail("expected ':'");
            skip_space();
            Value v = value(depth + 1);
            members.push_back(Member{std::move(key), std::move(v)});
            skip_space();
            if (take('}')) return Value::make_object(std::move(members));
            if (!take(',')) fail("expected ',' or '}'");
        }
    }

    Value array(int depth) {
        ++pos_;  // '['
        std::vector<Value> items;
        skip_space();
        if (take(']')) return Value::make_array(std::move(items));
        for (;;) {
            skip_space();
            items.push_back(value(depth + 1));
            skip_space();
            if (take(']')) return Value::make_array(std::move(items));
            if (!take(',')) fail("expected ',' or ']'");
        }
    }

    static bool is_digit(char c) { return c >= '0' && c <= '9'; }

    // The RFC 8259 number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    Value number() {
        const std::size_t begin = pos_;
        take('-');
        if (take('0')) {
            // a leading zero stands alone
        } else if (pos_ < s_.size() && is_digit(s_[pos_])) {
            while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
        } else {
            fail("expected a value");
        }
        if (take('.')) {
            if (pos_ >= s_.size() || !is_digit(s_[pos_])) fail("expected digits after '.'");
            while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
        }
        if (take('e') || take('E')) {
            if (!take('+')) take('-');
            if (pos_ >= s_.size() || !is_digit(s_[pos_])) fail("expected exponent digits");
            while (pos_ < s_.size() && is_digit(s_[pos_])) ++pos_;
        }
        return Value::make_number(std::string(s_.substr(begin, pos_ - begin)));
    }

    std::uint32_t hex4() {
        if (s_.size() - pos_ < 4) fail("truncated \\u escape");
        std::uint32_t cp = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[pos_++];
            cp <<= 4;
            if (c >= '0' && c <= '9') cp |= static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') cp |= static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') cp |= static_cast<std::uint32_t>(c - 'A' + 10);
            else { --pos_; fail("bad hex digit in \\u escape"); }
        }
        return cp;
    }

    // A \uXXXX escape, already past the 'u'. A high surrogate must be followed by an escaped low
    // surrogate (the pair is one code point above U+FFFF); a lone surrogate cannot be UTF-8, so it
    // is an error rather than silently mangled text.
    std::uint32_t unicode_escape() {
        const std::uint32_t first = hex4();
        if (first >= 0xDC00 && first <= 0xDFFF) fail("lone low surrogate in \\u escape");
        if (first < 0xD800 || first > 0xDBFF) return first;
        if (s_.substr(pos_, 2) != "\\u") fail("high surrogate not followed by a low surrogate");
        pos_ += 2;
        const std::uint32_t second = hex4();
        if (second < 0xDC00 || second > 0xDFFF) fail("high surrogate not followed by a low surrogate");
        return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
    }

    std::string string() {
        ++pos_;  // opening quote
        std::string out;
        for (;;) {
            if (pos_ >= s_.size()) fail("unterminated string");
            const char c = s_[pos_];
            if (c == '"') { ++pos_; return out; }
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (c != '\\') { out += c; ++pos_; continue; }
            ++pos_;
            if (pos_ >= s_.size()) fail("unterminated escape");
            const char e = s_[pos_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': append_utf8(out, unicode_escape()); break;
                default: --pos_; fail("invalid escape");
            }
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0;
};

}  // namespace detail

inline Value Value::make_array(std::vector<Value> items) {
    Value v;
    v.type_ = Type::array;
    v.items_ = std::move(items);
    return v;
}

inline Value Value::make_object(std::vector<Member> members) {
    Value v;
    v.type_ = Type::object;
    v.members_ = std::move(members);
    return v;
}

inline void Value::expect(Type wanted) const {
    if (type_ != wanted)
        throw std::runtime_error(std::string("json: expected ") + detail::type_name(wanted) + ", found " +
                                 detail::type_name(type_));
}

inline double Value::as_double() const {
    expect(Type::number);
    return std::stod(text_);
}

inline std::int64_t Value::as_int64() const {
    expect(Type::number);
    std::size_t used = 0;
    const long long n = std::stoll(text_, &used);
    if (used != text_.size()) throw std::runtime_error("json: not an integer: " + text_);
    return static_cast<std::int64_t>(n);
}

inline std::optional<std::string> Value::text() const {
    if (type_ == Type::null) return std::nullopt;
    if (type_ == Type::string || type_ == Type::number) return text_;
    throw std::runtime_error(std::string("json: expected text, found ") + detail::type_name(type_));
}

inline const Value* Value::find(std::string_view key) const {
    expect(Type::object);
    for (const auto& m : members_)
        if (m.key == key) return &m.value;
    return nullptr;
}

inline const Value& Value::operator[](std::string_view key) const {
    static const Value null_value;
    const Value* v = find(key);
    return v ? *v : null_value;
}

inline Value parse(std::string_view text) { return detail::Parser(text).document(); }

inline std::vector<Value> parse_lines(std::string_view text) {
    std::vector<Value> rows;
    std::size_t line_start = 0;
    std::size_t line_number = 1;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::string_view line = text.substr(line_start, line_end - line_start);
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
            try {
                rows.push_back(parse(line));
            } catch (const ParseError& e) {
                throw ParseError("line " + std::to_string(line_number) + ": " + e.message(),
                                 line_start + e.offset());
            }
        }
        line_start = line_end + 1;
        ++line_number;
    }
    return rows;
}

}  // namespace zgcfacts::test::json
