#pragma once

#include <QtCore/qalgorithms.h>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// Where the run of plain characters from `at` ends (`end` at the latest). Sixteen bytes at a time
// where the processor can (every x86-64 has SSE2): a bundle's strings are long (a base64 payload,
// multi-page Schedules), and looking at each byte on its own was 5% of a merge (issue 16).
inline const unsigned char *plainRunEnd(const unsigned char *at, const unsigned char *end)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - at >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        // As signed bytes, everything from 0x80 up is below 0x20 too: UTF-8 stops the run as a
        // control character does, and DEL (0x7f) does not, as in kPlain.
        const __m128i stop = _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (const int mask = _mm_movemask_epi8(stop))
            return at + qCountTrailingZeroBits(quint32(mask));
        at += 16;
    }
#endif
    while (at != end && kPlain[*at])
        ++at;
    return at;
}

} // namespace qdf::sync::jsonchars
