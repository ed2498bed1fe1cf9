// Scan a text file (or standard input) for every numeric expression, with its byte offsets.
//
//   example_scan_file report.txt
//   printf '签约金额超 610\n亿元' | example_scan_file
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <fmt/core.h>

#include "zgcfacts/format.hpp"
#include "zgcfacts/scan.hpp"

int main(int argc, char** argv) {
    std::string bytes;
    if (argc > 1) {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) {
            fmt::print(stderr, "cannot open {}\n", argv[1]);
            return 1;
        }
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    } else {
        bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    }

    auto mentions = zgcfacts::scan(bytes);
    if (!mentions) {  // only cleaning can fail, e.g. on invalid UTF-8
        fmt::print(stderr, "{} (byte {})\n", mentions.error().message, mentions.error().offset);
        return 1;
    }
    for (const auto& m : *mentions) {
        // Offsets index the raw input: bytes.substr(m.start, m.end - m.start) == m.surface.
        fmt::print("{:>5}-{:<5} {:<16} {}\n", m.start, m.end, m.surface, m.quantity);
    }
    fmt::print("{} mentions\n", mentions->size());
}
