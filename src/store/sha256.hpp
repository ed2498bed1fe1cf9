// SHA-256 (FIPS 180-4), used as the identity of a document's bytes. Private to the store.
//
//   zgcfacts::Sha256 h;
//   h.update(part1);
//   h.update(part2);
//   std::string hex = h.hex_digest();   // 64 lowercase hex digits
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace zgcfacts {

class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    /// Finishes the hash; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    std::string hex_digest();

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

}  // namespace zgcfacts
