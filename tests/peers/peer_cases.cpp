// Reading the peer cases; see peer_cases.hpp.
#include "peers/peer_cases.hpp"

#include <stdexcept>

#include <fmt/format.h>

#include "support/json.hpp"
#include "support/shared.hpp"

namespace zgcfacts::peers {

std::size_t byte_offset_of_utf16_unit(const std::string& text, std::size_t unit) {
    std::size_t units = 0, i = 0;
    while (units < unit) {
        if (i >= text.size()) throw std::out_of_range(fmt::format("UTF-16 offset {} past the end of '{}'", unit, text));
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        units += length == 4 ? 2 : 1;  // a code point above U+FFFF is a surrogate pair in UTF-16
        i += length;
    }
    if (units != unit) throw std::out_of_range(fmt::format("UTF-16 offset {} splits a surrogate pair", unit));
    return i;
}

std::vector<PeerCase> load_cases(const std::filesystem::path& jsonl) {
    std::vector<PeerCase> cases;
    for (const auto& row : test::json::parse_lines(test::read_file(jsonl))) {
        PeerCase c;
        c.model = row["model"].as_string();
        c.file = row["file"].as_string();
        c.index = static_cast<int>(row["index"].as_int64());
        c.input = row["input"].as_string();
        c.not_supported = row["not_supported"].text().value_or("");
        c.ignore_resolution = row["ignore_resolution"].is_bool() && row["ignore_resolution"].as_bool();
        for (const auto& result : row["results"].items()) {
            ExpectedResult e;
            e.text = result["text"].as_string();
            const auto start = static_cast<std::size_t>(result["start"].as_int64());
            const auto end_inclusive = static_cast<std::size_t>(result["end"].as_int64());
            e.begin = byte_offset_of_utf16_unit(c.input, start);
            e.end = byte_offset_of_utf16_unit(c.input, end_inclusive + 1);
            const auto& resolution = result["resolution"];
            if (resolution.is_object()) {
                e.value = resolution["value"].text();
                e.unit = resolution["unit"].text();
                e.iso_currency = resolution["isoCurrency"].text();
            }
            c.expected.push_back(std::move(e));
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

}  // namespace zgcfacts::peers
