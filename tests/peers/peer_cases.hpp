// The Recognizers-Text Chinese spec cases (../shared/peers/recognizers-text/chinese-cases.jsonl),
// read into plain structs with their offsets turned into ours.
//
// Their Start/End are UTF-16 character offsets into Input and End is inclusive (SOURCE.md); our
// mentions carry half-open byte offsets into the UTF-8 input. Every expected result gets both, so
// the comparison code only ever compares bytes with bytes.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace zgcfacts::peers {

struct ExpectedResult {
    std::string text;        // their normalized Text (full-width folded, units lower-cased): shown only
    std::size_t begin = 0;   // byte offsets into PeerCase::input, half-open
    std::size_t end = 0;
    std::optional<std::string> value;  // Resolution.value; null for a bare currency name
    std::optional<std::string> unit;   // Resolution.unit (English name), when given
    std::optional<std::string> iso_currency;
};

struct PeerCase {
    std::string model;  // "NumberModel", "CurrencyModel", …
    std::string file;
    int index = 0;
    std::string input;
    std::vector<ExpectedResult> expected;
    std::string not_supported;       // platforms whose implementation fails the case
    bool ignore_resolution = false;  // their runner compares spans only
    /// Not even the reference .NET implementation passes it (SOURCE.md: aspirational).
    bool aspirational() const { return not_supported.find("dotnet") != std::string::npos; }
};

/// Byte offset in UTF-8 `text` of the UTF-16 code unit `unit` (a count of units from the start).
/// Throws when `unit` lies past the end or inside a surrogate pair.
std::size_t byte_offset_of_utf16_unit(const std::string& text, std::size_t unit);

std::vector<PeerCase> load_cases(const std::filesystem::path& jsonl);

}  // namespace zgcfacts::peers
