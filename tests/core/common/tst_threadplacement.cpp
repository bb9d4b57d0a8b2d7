// SPDX-License-Identifier: GPL-3.0-or-later
// A worker of the command-line tool leaves the processor of the thread that started it, and is free again after.
#include "common/ThreadPlacement.h"

#include <QTest>

#include <thread>

#if defined(__linux__)
#include <sched.h>
#endif

using namespace grantscope;

class TestThreadPlacement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void currentProcessorIsAllowed();
    void leavesTheProcessorThenReturnsToAll();
    void nothingToLeaveOnOneProcessor();
    void unknownProcessorChangesNothing();
};

#if defined(__linux__)
namespace {
cpu_set_t allowedSet()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        qFatal("sched_getaffinity failed");
    return set;
}
} // namespace
#endif

void TestThreadPlacement::initTestCase()
{
#if !defined(__linux__)
    QSKIP("processors are chosen only on Linux");
#endif
}

void TestThreadPlacement::currentProcessorIsAllowed()
{
#if defined(__linux__)
    const int cpu = currentProcessor();
    QVERIFY(cpu >= 0);
    const cpu_set_t allowed = allowedSet();
    QVERIFY(CPU_ISSET(cpu, &allowed));
#endif
}

void TestThreadPlacement::leavesTheProcessorThenReturnsToAll()
{
#if defined(__linux__)
    const cpu_set_t before = allowedSet();
    if (CPU_COUNT(&before) < 2)
        QSKIP("this process may run on one processor only");
    // In a thread of its own, as the tool's helper does it: started where this one runs.
    const int creator = currentProcessor();
    bool leftDuring = false;
    bool allowedDuring = true;
    int runningOn = -1;
    bool restored = false;
    std::thread worker([&] {
        {
            const LeaveProcessor elsewhere(creator);
            const cpu_set_t during = allowedSet();
            leftDuring = !CPU_ISSET(creator, &during) && CPU_COUNT(&during) == CPU_COUNT(&before) - 1;
            allowedDuring = CPU_ISSET(creator, &during);
            runningOn = currentProcessor(); // moved at once, not at the scheduler's next balancing
        }
        const cpu_set_t after = allowedSet();
        restored = CPU_EQUAL(&after, &before);
    });
    worker.join();
    QVERIFY(leftDuring);
    QVERIFY(!allowedDuring);
    QVERIFY(runningOn != creator);
    QVERIFY(restored);
#endif
}

void TestThreadPlacement::nothingToLeaveOnOneProcessor()
{
#if defined(__linux__)
    // A thread allowed one processor stays there: it has nowhere else to go.
    const int cpu = currentProcessor();
    bool unchanged = false;
    std::thread worker([&] {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        if (sched_setaffinity(0, sizeof one, &one) != 0)
            return;
        {
            const LeaveProcessor elsewhere(cpu);
            const cpu_set_t during = allowedSet();
            unchanged = CPU_EQUAL(&during, &one);
        }
        const cpu_set_t after = allowedSet();
        unchanged = unchanged && CPU_EQUAL(&after, &one);
    });
    worker.join();
    QVERIFY(unchanged);
#endif
}

void TestThreadPlacement::unknownProcessorChangesNothing()
{
#if defined(__linux__)
    const cpu_set_t before = allowedSet();
    {
        const LeaveProcessor elsewhere(-1);
        const cpu_set_t during = allowedSet();
        QVERIFY(CPU_EQUAL(&during, &before));
    }
    const cpu_set_t after = allowedSet();
    QVERIFY(CPU_EQUAL(&after, &before));
#endif
}

QTEST_GUILESS_MAIN(TestThreadPlacement)
#include "tst_threadplacement.moc"
