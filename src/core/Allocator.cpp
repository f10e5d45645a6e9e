#include "core/Allocator.h"

#include <cstdlib>  // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace qdf {

void keepFreedMemory()
{
#if defined(__GLIBC__)
    // Setting either turns off glibc's own sliding thresholds, which start at 128 KB.
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}

} // namespace qdf
