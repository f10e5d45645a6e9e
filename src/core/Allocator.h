#pragma once

namespace qdf {

// Tells the C library's allocator to keep memory it was given rather than hand it back to the
// kernel after each large free. glibc by default serves every allocation over 128 KB (a bundle's
// bytes, its opened payload, a multi-page Schedule in two languages) with a mapping of its own,
// and returns the top of the heap once 128 KB of it is free: a merge allocates and frees about a
// bundle's worth for every bundle, and each time the kernel faulted the pages in and cleared them
// again (a tenth of a 100-bundle merge's CPU time, issue 16; docs/performance.md). Up to 64 MB
// is kept, a few MB more at peak in practice. Called once, first thing in each program's main().
void keepFreedMemory();

} // namespace qdf
