#pragma once

// Hints for the hottest loops of structure recovery. GCC and Clang read them; other compilers
// (MSVC) build the same code without them, only slower.
#if defined(__GNUC__) || defined(__clang__)
#define LECTERN_FLATTEN __attribute__((flatten))
#define LECTERN_ALWAYS_INLINE __attribute__((always_inline))
#define LECTERN_PREFETCH(address) __builtin_prefetch(address)
#define LECTERN_PRAGMA(text) _Pragma(#text)
#define LECTERN_UNROLL(count) LECTERN_PRAGMA(GCC unroll count)
#else
#define LECTERN_FLATTEN
#define LECTERN_ALWAYS_INLINE
#define LECTERN_PREFETCH(address) ((void)(address))
#define LECTERN_UNROLL(count)
#endif
