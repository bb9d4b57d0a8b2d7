// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace grantscope {

/**
 * Prepares the C library's heap for a short batch run that allocates many small objects and then exits (the
 * command-line tool; never the desktop window, which lives long and should give memory back).
 *
 * The heap then grows in large steps instead of a page at a time, keeps what is freed for the next file
 * instead of returning it to the kernel and faulting it in again, and asks the kernel for transparent huge
 * pages where the system gives them on request ("madvise" mode): a page fault costs several microseconds on a
 * virtual machine, and reading the 1,594 managed policies touched some 3,600 pages. Without glibc or Linux,
 * or when the kernel refuses, it does nothing; results never depend on it.
 *
 * Call once, at the start of main, before any worker thread starts.
 */
void prepareBatchHeap();

/**
 * The same for the heap of the calling worker thread (glibc gives each thread a heap of its own). Call it
 * first thing in the worker; it does nothing unless prepareBatchHeap() was called.
 */
void prepareThreadHeap();

/**
 * Ends a batch run with `status` once its output is written: standard output and error are flushed and the
 * process exits without destroying what it built piece by piece (a catalogue of 22,000 actions, a tree per
 * file, the application object), since the kernel takes the whole heap back at once. Returns, doing nothing,
 * unless prepareBatchHeap() took effect: under a sanitizer the program ends normally, so its leak check runs.
 */
void finishBatchRun(int status);

} // namespace grantscope
