// Paths into the team's shared folder for tests that use it (see doctest_main.cpp for skipping).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace zgcfacts::test {

#ifdef ZGCFACTS_SHARED_DIR
inline std::filesystem::path shared_dir() { return ZGCFACTS_SHARED_DIR; }
#endif

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace zgcfacts::test
