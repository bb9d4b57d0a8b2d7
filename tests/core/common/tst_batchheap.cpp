// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line tool's heap keeps what is freed and asks for huge pages, on the main heap and a worker's.
#include "common/BatchHeap.h"

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <thread>
#include <vector>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

using namespace grantscope;

namespace {

// The kernel's flags of the mapping holding `address`, from /proc/self/smaps ("" when not found).
QByteArray mappingFlags(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    const auto at = reinterpret_cast<quintptr>(address);
    bool inside = false;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        const int dash = line.indexOf('-');
        const int space = line.indexOf(' ');
        // A mapping's line starts "from-to perms ..."; its fields' lines start "Name:".
        if (dash > 0 && space > dash && !line.left(space).contains(':')) {
            bool ok1 = false;
            bool ok2 = false;
            const quintptr from = line.left(dash).toULongLong(&ok1, 16);
            const quintptr to = line.mid(dash + 1, space - dash - 1).toULongLong(&ok2, 16);
            inside = ok1 && ok2 && at >= from && at < to;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).trimmed();
        }
    }
    return {};
}

bool kernelGivesHugePagesOnRequest()
{
    QFile mode(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return mode.open(QIODevice::ReadOnly) && !mode.readAll().contains("[never]");
}

} // namespace

class TestBatchHeap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freedMemoryIsKept();
    void mainHeapAsksForHugePages();
    void workerHeapAsksForHugePages();
};

void TestBatchHeap::initTestCase()
{
#if !defined(__linux__) || !defined(__GLIBC__)
    QSKIP("the heap is tuned only with glibc on Linux");
#endif
#ifdef GRANTSCOPE_SANITIZED
    QSKIP("the sanitizer's allocator replaces glibc's, and the heap is left as it is");
#endif
    prepareBatchHeap();
    prepareBatchHeap(); // a second call changes nothing
}

void TestBatchHeap::freedMemoryIsKept()
{
#if defined(__linux__) && defined(__GLIBC__)
    // Eight megabytes of small blocks freed at once: glibc's default would give them back to the kernel
    // (the break goes down), to be faulted in again by the next file.
    std::vector<void*> blocks;
    for (int i = 0; i < 2048; ++i)
        blocks.push_back(std::malloc(4000));
    const void* grown = sbrk(0);
    for (void* b : blocks)
        std::free(b);
    QCOMPARE(sbrk(0), grown);
#endif
}

void TestBatchHeap::mainHeapAsksForHugePages()
{
#if defined(__linux__) && defined(__GLIBC__)
    if (!kernelGivesHugePagesOnRequest())
        QSKIP("this kernel gives no transparent huge pages");
    // Allocated after the set-up: the part of the main heap grown by it.
    void* block = std::malloc(3 << 20);
    const QByteArray flags = mappingFlags(static_cast<char*>(block) + (2 << 20));
    std::free(block);
    QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
#endif
}

void TestBatchHeap::workerHeapAsksForHugePages()
{
#if defined(__linux__) && defined(__GLIBC__)
    if (!kernelGivesHugePagesOnRequest())
        QSKIP("this kernel gives no transparent huge pages");
    QByteArray flags;
    std::thread worker([&] {
        prepareThreadHeap();
        void* block = std::malloc(3 << 20);
        flags = mappingFlags(static_cast<char*>(block) + (2 << 20));
        std::free(block);
    });
    worker.join();
    QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
#endif
}

QTEST_GUILESS_MAIN(TestBatchHeap)
#include "tst_batchheap.moc"
