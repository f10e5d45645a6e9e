#pragma once

#include <array>

// What the quick readers of a bundle (EnvelopeJson.cpp, PayloadJson.cpp) take in a string without
// a second look: printable ASCII but the quote and the backslash. Anything else (an escape, the
// end of the string, UTF-8, a control character) stops the run and is looked at on its own.
namespace qdf::sync::jsonchars {

constexpr std::array<bool, 256> plainTable()
{
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[std::size_t(c)] = c != '"' && c != '\\';
    return table;
}

inline constexpr std::array<bool, 256> kPlain = plainTable();

} // namespace qdf::sync::jsonchars
