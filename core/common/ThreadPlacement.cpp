// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ThreadPlacement.h"

#if defined(__linux__)
#include <sched.h>

#include <cstring>
#endif

namespace grantscope {

int currentProcessor()
{
#if defined(__linux__)
    return sched_getcpu();
#else
    return -1;
#endif
}

LeaveProcessor::LeaveProcessor([[maybe_unused]] int cpu)
{
#if defined(__linux__)
    static_assert(sizeof(cpu_set_t) <= sizeof m_saved);
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (cpu < 0 || cpu >= CPU_SETSIZE || sched_getaffinity(0, sizeof allowed, &allowed) != 0
        || !CPU_ISSET(cpu, &allowed) || CPU_COUNT(&allowed) < 2)
        return;
    std::memcpy(m_saved, &allowed, sizeof allowed);
    cpu_set_t others = allowed;
    CPU_CLR(cpu, &others);
    m_moved = sched_setaffinity(0, sizeof others, &others) == 0; // 0: the calling thread
#endif
}

LeaveProcessor::~LeaveProcessor()
{
#if defined(__linux__)
    if (!m_moved)
        return;
    cpu_set_t allowed;
    std::memcpy(&allowed, m_saved, sizeof allowed);
    (void)sched_setaffinity(0, sizeof allowed, &allowed);
#endif
}

} // namespace grantscope
