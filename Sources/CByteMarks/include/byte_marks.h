#ifndef DATAMIN_BYTE_MARKS_H
#define DATAMIN_BYTE_MARKS_H

#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Bit i of the result is set when bytes[i] is a, b or c, for the 64 bytes at `bytes`, all of
/// which the caller has checked are readable. Static inline, so that Swift code calling it is
/// compiled with it in place: a call per block would cost as much as the block.
static inline uint64_t datamin_byte_marks(const uint8_t *bytes, uint8_t a, uint8_t b, uint8_t c) {
    uint64_t marks = 0;
#if defined(__SSE2__)
    // Sixteen bytes per compare, and one instruction gathers each byte's result into a bit.
    const __m128i wantA = _mm_set1_epi8((char)a), wantB = _mm_set1_epi8((char)b), wantC = _mm_set1_epi8((char)c);
    for (int block = 0; block < 4; block++) {
        const __m128i chunk = _mm_loadu_si128((const __m128i *)(bytes + 16 * block));
        const __m128i found = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, wantA), _mm_cmpeq_epi8(chunk, wantB)),
                                           _mm_cmpeq_epi8(chunk, wantC));
        marks |= (uint64_t)(uint16_t)_mm_movemask_epi8(found) << (16 * block);
    }
#else
    for (int index = 0; index < 64; index++) {
        const uint8_t byte = bytes[index];
        marks |= (uint64_t)(byte == a || byte == b || byte == c) << index;
    }
#endif
    return marks;
}

#endif
