// zgcfacts/result.hpp — an expected-style result: a value, or an Error that says what and where.
//
//   zgcfacts::Result<zgcfacts::Quantity> q = zgcfacts::parse("超 610 亿元");
//   if (!q) std::cerr << q.error().message << " at byte " << q.error().offset << '\n';
//
// The library reports problems in input through Result (no exceptions on the hot path);
// exceptions are kept for programming errors and for the database layer's I/O failures.
#pragma once

#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace zgcfacts {

/// What went wrong and where. `offset` is a byte offset into the input the call was given
/// (npos when the problem has no position, such as an unreadable file).
struct Error {
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();
    std::string message;
    std::size_t offset = npos;
};

/// Thrown by Result::value() when it holds an error.
class BadResultAccess : public std::runtime_error {
public:
    explicit BadResultAccess(const Error& e) : std::runtime_error(e.message), error_(e) {}
    const Error& error() const noexcept { return error_; }

private:
    Error error_;
};

template <class T>
class Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}          // NOLINT: implicit by design
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}      // NOLINT: implicit by design

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    const T& value() const& { check(); return std::get<0>(state_); }
    T& value() & { check(); return std::get<0>(state_); }
    T&& value() && { check(); return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    /// The error; only meaningful when !has_value().
    const Error& error() const { return std::get<1>(state_); }

private:
    void check() const {
        if (!has_value()) throw BadResultAccess(std::get<1>(state_));
    }
    std::variant<T, Error> state_;
};

}  // namespace zgcfacts
