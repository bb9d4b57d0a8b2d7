// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace grantscope {

/** The processor the calling thread runs on, or -1 where that cannot be known. */
int currentProcessor();

/**
 * While it lives, keeps the calling thread off processor `cpu` (the one the thread that started it runs on),
 * then lets it run anywhere again. Linux starts a new thread on its creator's processor, and the two share it
 * until the scheduler next balances its load, up to a clock tick (4 ms) later: a batch run of 40 ms that splits
 * its work between two threads lost that much in about half the runs. Moving the new thread at once costs one
 * system call. Does nothing where the thread may run on one processor only, or without Linux.
 */
class LeaveProcessor {
public:
    explicit LeaveProcessor(int cpu);
    ~LeaveProcessor();
    LeaveProcessor(const LeaveProcessor&) = delete;
    LeaveProcessor& operator=(const LeaveProcessor&) = delete;

private:
    alignas(8) unsigned char m_saved[128]; // the thread's own processor set, restored at the end
    bool m_moved = false;
};

} // namespace grantscope
