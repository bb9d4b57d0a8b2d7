// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BatchHeap.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#if defined(__linux__) && defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

// mimalloc's, when the program is linked with it (grantscope-cli, app/CMakeLists.txt) or it is preloaded: then
// malloc is not glibc's, and glibc's settings would tune a heap nothing uses.
extern "C" int mi_version() __attribute__((weak));
#endif

namespace grantscope {

namespace {

#if defined(__linux__) && defined(__GLIBC__)
std::atomic<bool> attempted { false };
std::atomic<bool> tuned { false }; // glibc's allocator took the settings (a sanitizer's does not)
std::atomic<bool> batch { false }; // a batch run: glibc's allocator tuned, or mimalloc's in its place

constexpr size_t kHugePage = size_t(2) << 20;
// Heap grown at a time: the expansion of the whole managed-policy corpus stays within one step.
constexpr size_t kGrowth = size_t(32) << 20;
// glibc's thread heaps are reserved HEAP_MAX_SIZE bytes each, aligned to that size: twice the largest
// mmap threshold, 64 MiB with 64-bit longs.
constexpr uintptr_t kThreadHeapSize = uintptr_t(2) * 4 * 1024 * 1024 * sizeof(long);

uintptr_t alignUp(uintptr_t v)
{
    return (v + kHugePage - 1) & ~(kHugePage - 1);
}
uintptr_t alignDown(uintptr_t v)
{
    return v & ~(kHugePage - 1);
}

// Advice only: a range the kernel does not accept (no transparent huge pages, another mapping) is left as
// it is.
void adviseHuge(uintptr_t from, uintptr_t to)
{
    from = alignUp(from);
    to = alignDown(to);
    if (to > from)
        (void)madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
}

// Grows the main heap by one step now and keeps it (the trim threshold is above the step). The request is
// just over what the heap has free, so that glibc adds the step beyond it and writes the new top's header
// right after the old end: a larger request would touch a page far into the step, and on a huge page that
// means clearing 2 MiB the run may never use.
void growMainHeapNow()
{
    const size_t topFree = mallinfo2().keepcost; // the main heap's top: no other heap exists yet
    // Volatile: a malloc the program never uses may otherwise be left out by the compiler.
    void* volatile block = std::malloc(topFree + 4096);
    std::free(block);
}
#endif

} // namespace

void prepareBatchHeap()
{
#if defined(__linux__) && defined(__GLIBC__)
    if (attempted.exchange(true))
        return;
    if (mi_version != nullptr) {
        batch = true; // mimalloc keeps freed memory for reuse and grows in large steps by itself
        return;
    }
    // mallopt answers 1 when glibc's allocator takes the setting.
    if (mallopt(M_MMAP_THRESHOLD, int(kGrowth)) != 1 || mallopt(M_TRIM_THRESHOLD, int(4 * kGrowth)) != 1
        || mallopt(M_TOP_PAD, int(kGrowth)) != 1)
        return;
    tuned = true;
    batch = true;
    const auto before = reinterpret_cast<uintptr_t>(sbrk(0));
    growMainHeapNow();
    const auto after = reinterpret_cast<uintptr_t>(sbrk(0));
    // The main heap lies between the program and the break: only what it grew by now is advised.
    if (before != uintptr_t(-1) && after != uintptr_t(-1) && after > before)
        adviseHuge(before, after);
#endif
}

void prepareThreadHeap()
{
#if defined(__linux__) && defined(__GLIBC__)
    if (!tuned)
        return;
    void* probe = std::malloc(64); // makes (or finds) this thread's heap
    const auto at = reinterpret_cast<uintptr_t>(probe);
    std::free(probe);
    const auto mainBreak = reinterpret_cast<uintptr_t>(sbrk(0));
    if (at < mainBreak)
        return; // the thread shares the main heap, advised already
    // glibc made the heap writable with the top pad set above (one whole step) when the thread first
    // allocated: advising it is all that is left to do.
    const uintptr_t base = at & ~(kThreadHeapSize - 1);
    adviseHuge(base, base + kThreadHeapSize);
#endif
}

void finishBatchRun([[maybe_unused]] int status)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (!batch)
        return;
    std::fflush(nullptr);
    std::_Exit(status);
#endif
}

} // namespace grantscope
