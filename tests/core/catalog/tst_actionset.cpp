// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/ActionSet.h"

#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <set>
#include <vector>

using namespace grantscope;

namespace {

using Bits = QList<int>;

ActionSet makeSet(int size, const Bits& bits)
{
    ActionSet s(size);
    for (int b : bits)
        s.set(b);
    return s;
}

Bits bitsOf(const ActionSet& s)
{
    Bits out;
    s.forEach([&](int i) { out.append(i); });
    return out;
}

// The reference the bitset must agree with: plain ordered sets of indices.
std::set<int> toStdSet(const Bits& bits)
{
    return std::set<int>(bits.begin(), bits.end());
}

Bits toBits(const std::set<int>& s)
{
    return Bits(s.begin(), s.end());
}

} // namespace

class TestActionSet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultConstructed();
    void setResetTest_data();
    void setResetTest();
    void setGrowsTheSet();
    void setAllStopsAtTheLastBit_data();
    void setAllStopsAtTheLastBit();
    void algebra_data();
    void algebra();
    void algebraMatchesReference();
    void complement_data();
    void complement();
    void anyInRange_data();
    void anyInRange();
    void forEachInRange_data();
    void forEachInRange();
    void forEachRunInRange_data();
    void forEachRunInRange();
    void setRange_data();
    void setRange();
    void rangeOperationsAgreeWithBitByBit();
    void forEachVisitsInAscendingOrder();
    void equalityIgnoresTrailingZeros();
    void clearKeepsSize();
    void clusteredSetsAgreeWithReference();
};

void TestActionSet::defaultConstructed()
{
    const ActionSet s;
    QCOMPARE(s.size(), 0);
    QCOMPARE(s.count(), 0);
    QVERIFY(!s.any());
    QVERIFY(s.none());
    QVERIFY(!s.test(0));
    QVERIFY(!s.test(-1));
    QVERIFY(s.indices().empty());
    QCOMPARE(s.complement().count(), 0);
    QVERIFY(!s.anyInRange(0, 100));
    QVERIFY(s == ActionSet(500)); // both empty: equal whatever their size
}

void TestActionSet::setResetTest_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("index");

    QTest::newRow("first bit") << 200 << 0;
    QTest::newRow("bit 62, below the word boundary") << 200 << 62;
    QTest::newRow("bit 63, last bit of the first word") << 200 << 63;
    QTest::newRow("bit 64, first bit of the second word") << 200 << 64;
    QTest::newRow("bit 65") << 200 << 65;
    QTest::newRow("bit 127, last of the second word") << 200 << 127;
    QTest::newRow("bit 128, first of the third word") << 200 << 128;
    QTest::newRow("last bit of a 200-bit set") << 200 << 199;
    QTest::newRow("last bit of a 64-bit set") << 64 << 63;
    QTest::newRow("last bit of a 65-bit set") << 65 << 64;
    QTest::newRow("only bit of a 1-bit set") << 1 << 0;
}

void TestActionSet::setResetTest()
{
    QFETCH(int, size);
    QFETCH(int, index);

    ActionSet s(size);
    QVERIFY(!s.test(index));
    s.set(index);
    QCOMPARE(s.size(), size);
    QVERIFY(s.test(index));
    QCOMPARE(s.count(), 1);
    QVERIFY(s.any());
    QCOMPARE(s.indices(), std::vector<int> { index });
    // Neighbours stay clear, in particular across a word boundary.
    QVERIFY(!s.test(index - 1));
    QVERIFY(!s.test(index + 1));
    s.set(index); // idempotent
    QCOMPARE(s.count(), 1);
    s.reset(index);
    QVERIFY(!s.test(index));
    QCOMPARE(s.count(), 0);
    QVERIFY(s.none());
    s.reset(index); // resetting a clear bit is harmless
    QCOMPARE(s.count(), 0);
}

void TestActionSet::setGrowsTheSet()
{
    ActionSet s(10);
    s.set(-1); // ignored
    QCOMPARE(s.count(), 0);
    QCOMPARE(s.size(), 10);

    s.set(130);
    QCOMPARE(s.size(), 131);
    QVERIFY(s.test(130));
    QCOMPARE(s.count(), 1);

    // Out-of-range reset and test are no-ops, not crashes.
    s.reset(-5);
    s.reset(100000);
    QVERIFY(!s.test(100000));
    QVERIFY(!s.test(-5));
    QCOMPARE(s.count(), 1);

    // The complement covers the grown size.
    QCOMPARE(s.complement().count(), 130);
    QVERIFY(!s.complement().test(130));
    QVERIFY(s.complement().test(129));
}

void TestActionSet::setAllStopsAtTheLastBit_data()
{
    QTest::addColumn<int>("size");

    QTest::newRow("empty") << 0;
    QTest::newRow("1 bit") << 1;
    QTest::newRow("63 bits") << 63;
    QTest::newRow("64 bits, one full word") << 64;
    QTest::newRow("65 bits, one bit into the second word") << 65;
    QTest::newRow("128 bits, two full words") << 128;
    QTest::newRow("129 bits") << 129;
    QTest::newRow("22091 bits, the size of the bundled catalogue") << 22091;
}

void TestActionSet::setAllStopsAtTheLastBit()
{
    QFETCH(int, size);

    ActionSet s(size);
    s.setAll();
    QCOMPARE(s.count(), size);
    QCOMPARE(s.any(), size > 0);
    if (size > 0)
        QVERIFY(s.test(size - 1));
    QVERIFY(!s.test(size));
    QVERIFY(s.complement().none());
    // setAll must not leave bits past the end that a later operation could see.
    ActionSet bigger(size + 64);
    bigger |= s;
    QCOMPARE(bigger.count(), size);
    QCOMPARE(bigger.complement().count(), 64);
    QVERIFY(!bigger.anyInRange(size, size + 64));
}

void TestActionSet::algebra_data()
{
    QTest::addColumn<int>("sizeA");
    QTest::addColumn<Bits>("a");
    QTest::addColumn<int>("sizeB");
    QTest::addColumn<Bits>("b");
    QTest::addColumn<Bits>("unionBits");
    QTest::addColumn<Bits>("intersection");
    QTest::addColumn<Bits>("aMinusB");
    QTest::addColumn<Bits>("bMinusA");
    QTest::addColumn<bool>("intersects");
    QTest::addColumn<bool>("aSubsetOfB");
    QTest::addColumn<bool>("bSubsetOfA");

    QTest::newRow("both empty, no size") << 0 << Bits {} << 0 << Bits {} << Bits {} << Bits {} << Bits {} << Bits {}
                                         << false << true << true;
    QTest::newRow("both empty, different sizes")
        << 10 << Bits {} << 300 << Bits {} << Bits {} << Bits {} << Bits {} << Bits {} << false << true << true;
    QTest::newRow("disjoint within one word") << 64 << Bits { 0, 5 } << 64 << Bits { 1, 63 } << Bits { 0, 1, 5, 63 }
                                              << Bits {} << Bits { 0, 5 } << Bits { 1, 63 } << false << false << false;
    QTest::newRow("overlap exactly at bits 63 and 64")
        << 130 << Bits { 62, 63, 64, 65 } << 130 << Bits { 63, 64 } << Bits { 62, 63, 64, 65 } << Bits { 63, 64 }
        << Bits { 62, 65 } << Bits {} << true << false << true;
    QTest::newRow("bit 63 against bit 64 only") << 128 << Bits { 63 } << 128 << Bits { 64 } << Bits { 63, 64 }
                                                << Bits {} << Bits { 63 } << Bits { 64 } << false << false << false;
    QTest::newRow("identical sets across three words")
        << 129 << Bits { 0, 63, 64, 127, 128 } << 129 << Bits { 0, 63, 64, 127, 128 } << Bits { 0, 63, 64, 127, 128 }
        << Bits { 0, 63, 64, 127, 128 } << Bits {} << Bits {} << true << true << true;
    QTest::newRow("a shorter than b, b has bits past a's end")
        << 70 << Bits { 3, 69 } << 200 << Bits { 3, 150, 199 } << Bits { 3, 69, 150, 199 } << Bits { 3 } << Bits { 69 }
        << Bits { 150, 199 } << true << false << false;
    QTest::newRow("a longer than b, a has bits past b's end")
        << 200 << Bits { 10, 64, 199 } << 65 << Bits { 10, 64 } << Bits { 10, 64, 199 } << Bits { 10, 64 }
        << Bits { 199 } << Bits {} << true << false << true;
    QTest::newRow("a shorter than b, a subset of b")
        << 65 << Bits { 0, 64 } << 1000 << Bits { 0, 64, 999 } << Bits { 0, 64, 999 } << Bits { 0, 64 } << Bits {}
        << Bits { 999 } << true << true << false;
    QTest::newRow("only b's bits beyond a's end") << 64 << Bits {} << 129 << Bits { 128 } << Bits { 128 } << Bits {}
                                                  << Bits {} << Bits { 128 } << false << true << false;
    QTest::newRow("empty a is a subset of anything") << 100 << Bits {} << 100 << Bits { 42 } << Bits { 42 } << Bits {}
                                                     << Bits {} << Bits { 42 } << false << true << false;
    QTest::newRow("last bit of each set") << 129 << Bits { 128 } << 129 << Bits { 128 } << Bits { 128 } << Bits { 128 }
                                          << Bits {} << Bits {} << true << true << true;
    QTest::newRow("many bits against a sparse set")
        << 192 << Bits { 0, 1, 2, 3, 60, 61, 62, 63, 64, 65, 126, 127, 128, 191 } << 192 << Bits { 2, 63, 128, 190 }
        << Bits { 0, 1, 2, 3, 60, 61, 62, 63, 64, 65, 126, 127, 128, 190, 191 } << Bits { 2, 63, 128 }
        << Bits { 0, 1, 3, 60, 61, 62, 64, 65, 126, 127, 191 } << Bits { 190 } << true << false << false;
}

void TestActionSet::algebra()
{
    QFETCH(int, sizeA);
    QFETCH(Bits, a);
    QFETCH(int, sizeB);
    QFETCH(Bits, b);
    QFETCH(Bits, unionBits);
    QFETCH(Bits, intersection);
    QFETCH(Bits, aMinusB);
    QFETCH(Bits, bMinusA);
    QFETCH(bool, intersects);
    QFETCH(bool, aSubsetOfB);
    QFETCH(bool, bSubsetOfA);

    const ActionSet sa = makeSet(sizeA, a);
    const ActionSet sb = makeSet(sizeB, b);

    QCOMPARE(bitsOf(sa | sb), unionBits);
    QCOMPARE(bitsOf(sb | sa), unionBits);
    QCOMPARE(bitsOf(sa & sb), intersection);
    QCOMPARE(bitsOf(sb & sa), intersection);
    QCOMPARE(bitsOf(sa - sb), aMinusB);
    QCOMPARE(bitsOf(sb - sa), bMinusA);
    QCOMPARE(sa.intersects(sb), intersects);
    QCOMPARE(sb.intersects(sa), intersects);
    QCOMPARE(sa.isSubsetOf(sb), aSubsetOfB);
    QCOMPARE(sb.isSubsetOf(sa), bSubsetOfA);
    QCOMPARE(sa == sb, aSubsetOfB && bSubsetOfA);

    QCOMPARE((sa | sb).count(), int(unionBits.size()));
    QCOMPARE((sa & sb).count(), int(intersection.size()));
    // The union is as large as the larger operand, so its complement covers both.
    QCOMPARE((sa | sb).size(), std::max(sizeA, sizeB));
    QCOMPARE((sa | sb).complement().count(), std::max(sizeA, sizeB) - int(unionBits.size()));

    // The compound forms agree with the binary ones.
    ActionSet x = sa;
    x |= sb;
    QCOMPARE(x, sa | sb);
    x = sa;
    x &= sb;
    QCOMPARE(x, sa & sb);
    x = sa;
    x -= sb;
    QCOMPARE(x, sa - sb);
    // Inputs are untouched by the binary operators.
    QCOMPARE(bitsOf(sa), a);
    QCOMPARE(bitsOf(sb), b);
}

void TestActionSet::algebraMatchesReference()
{
    // Random sets whose sizes sit on and around word boundaries, checked against std::set.
    QRandomGenerator rng(20240611);
    const int sizes[] = { 1, 63, 64, 65, 127, 128, 129, 191, 192, 193, 500 };
    for (int sizeA : sizes) {
        for (int sizeB : sizes) {
            for (int round = 0; round < 4; ++round) {
                Bits a, b;
                for (int i = 0; i < sizeA; ++i)
                    if (rng.bounded(4) == 0 || i == sizeA - 1)
                        a.append(i);
                for (int i = 0; i < sizeB; ++i)
                    if (rng.bounded(3) == 0)
                        b.append(i);
                const std::set<int> ra = toStdSet(a), rb = toStdSet(b);
                std::set<int> u, n, d;
                std::set_union(ra.begin(), ra.end(), rb.begin(), rb.end(), std::inserter(u, u.end()));
                std::set_intersection(ra.begin(), ra.end(), rb.begin(), rb.end(), std::inserter(n, n.end()));
                std::set_difference(ra.begin(), ra.end(), rb.begin(), rb.end(), std::inserter(d, d.end()));
                const ActionSet sa = makeSet(sizeA, a), sb = makeSet(sizeB, b);
                const QByteArray what = QByteArrayLiteral("sizes ") + QByteArray::number(sizeA) + ' '
                    + QByteArray::number(sizeB) + " round " + QByteArray::number(round);
                QVERIFY2(bitsOf(sa | sb) == toBits(u), what.constData());
                QVERIFY2(bitsOf(sa & sb) == toBits(n), what.constData());
                QVERIFY2(bitsOf(sa - sb) == toBits(d), what.constData());
                QVERIFY2(sa.intersects(sb) == !n.empty(), what.constData());
                QVERIFY2(sa.isSubsetOf(sb) == d.empty(), what.constData());
                QVERIFY2(sa.count() == int(ra.size()), what.constData());
                QVERIFY2(sa.complement().count() == sizeA - int(ra.size()), what.constData());
                QVERIFY2(!sa.complement().intersects(sa), what.constData());
                QVERIFY2((sa.complement() | sa).count() == sizeA, what.constData());
            }
        }
    }
}

void TestActionSet::complement_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<Bits>("bits");
    QTest::addColumn<Bits>("expected");

    QTest::newRow("empty set of size 0") << 0 << Bits {} << Bits {};
    QTest::newRow("1-bit set, clear") << 1 << Bits {} << Bits { 0 };
    QTest::newRow("1-bit set, set") << 1 << Bits { 0 } << Bits {};
    QTest::newRow("3 bits, middle set") << 3 << Bits { 1 } << Bits { 0, 2 };
    QTest::newRow("65 bits, all but bits 63 and 64 set") << 65 << [] {
        Bits b;
        for (int i = 0; i < 63; ++i)
            b.append(i);
        return b;
    }() << Bits { 63, 64 };
    QTest::newRow("129 bits, only the last set") << 129 << Bits { 128 } << [] {
        Bits b;
        for (int i = 0; i < 128; ++i)
            b.append(i);
        return b;
    }();
}

void TestActionSet::complement()
{
    QFETCH(int, size);
    QFETCH(Bits, bits);
    QFETCH(Bits, expected);

    const ActionSet s = makeSet(size, bits);
    const ActionSet c = s.complement();
    QCOMPARE(c.size(), size);
    QCOMPARE(bitsOf(c), expected);
    QCOMPARE(c.count(), size - int(bits.size()));
    QVERIFY(!c.test(size)); // nothing beyond the end
    QCOMPARE(c.complement(), s);
    QVERIFY(!c.intersects(s));
    QCOMPARE((c | s).count(), size);
}

void TestActionSet::anyInRange_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<Bits>("bits");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty range") << 200 << Bits { 5 } << 5 << 5 << false;
    QTest::newRow("reversed range") << 200 << Bits { 5 } << 10 << 0 << false;
    QTest::newRow("single bit range hit") << 200 << Bits { 5 } << 5 << 6 << true;
    QTest::newRow("range ends just before the bit") << 200 << Bits { 5 } << 0 << 5 << false;
    QTest::newRow("range starts just after the bit") << 200 << Bits { 5 } << 6 << 200 << false;
    QTest::newRow("bit 63 in [63, 64)") << 200 << Bits { 63 } << 63 << 64 << true;
    QTest::newRow("bit 63 not in [64, 128)") << 200 << Bits { 63 } << 64 << 128 << false;
    QTest::newRow("bit 64 not in [0, 64)") << 200 << Bits { 64 } << 0 << 64 << false;
    QTest::newRow("bit 64 in [64, 65)") << 200 << Bits { 64 } << 64 << 65 << true;
    QTest::newRow("bit 127 in a whole-word range [64, 128)") << 200 << Bits { 127 } << 64 << 128 << true;
    QTest::newRow("bit 128 not in [0, 128)") << 200 << Bits { 128 } << 0 << 128 << false;
    QTest::newRow("range crossing a word boundary, hit after it") << 200 << Bits { 69 } << 60 << 70 << true;
    QTest::newRow("range crossing a word boundary, hit before it") << 200 << Bits { 60 } << 60 << 70 << true;
    QTest::newRow("range crossing a word boundary, miss") << 200 << Bits { 59, 70 } << 60 << 70 << false;
    QTest::newRow("unaligned start, whole word after it") << 300 << Bits { 191 } << 100 << 192 << true;
    QTest::newRow("unaligned start, bit before the range in the same word")
        << 300 << Bits { 99 } << 100 << 256 << false;
    QTest::newRow("whole words, bit after the range in the last word") << 300 << Bits { 200 } << 0 << 200 << false;
    QTest::newRow("last bit of the set") << 129 << Bits { 128 } << 128 << 129 << true;
    QTest::newRow("end past the size is clamped") << 129 << Bits { 128 } << 100 << 100000 << true;
    QTest::newRow("negative begin is clamped") << 129 << Bits { 0 } << -50 << 1 << true;
    QTest::newRow("range wholly past the size") << 129 << Bits { 128 } << 129 << 1000 << false;
    QTest::newRow("empty set") << 500 << Bits {} << 0 << 500 << false;
}

void TestActionSet::anyInRange()
{
    QFETCH(int, size);
    QFETCH(Bits, bits);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(bool, expected);

    const ActionSet s = makeSet(size, bits);
    QCOMPARE(s.anyInRange(begin, end), expected);
    // Reference: the same question asked bit by bit.
    bool reference = false;
    for (int i = std::max(begin, 0); i < end; ++i)
        reference = reference || s.test(i);
    QCOMPARE(reference, expected);
}

void TestActionSet::forEachInRange_data()
{
    anyInRange_data();
}

void TestActionSet::forEachInRange()
{
    QFETCH(int, size);
    QFETCH(Bits, bits);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(bool, expected);

    const ActionSet s = makeSet(size, bits);
    Bits visited;
    s.forEachInRange(begin, end, [&](int i) { visited.append(i); });
    Bits reference;
    for (int b : toBits(toStdSet(bits)))
        if (b >= begin && b < end && b < size)
            reference.append(b);
    QCOMPARE(visited, reference);
    QCOMPARE(!visited.isEmpty(), expected);
}

void TestActionSet::forEachRunInRange_data()
{
    anyInRange_data();
}

// Runs, expanded back into indices, are the set's members in the range; no two runs touch (each is whole).
void TestActionSet::forEachRunInRange()
{
    QFETCH(int, size);
    QFETCH(Bits, bits);
    QFETCH(int, begin);
    QFETCH(int, end);

    const ActionSet s = makeSet(size, bits);
    Bits fromRuns;
    int previousLast = -2;
    s.forEachRunInRange(begin, end, [&](int first, int last) {
        QVERIFY(first < last);
        QVERIFY(first > previousLast);
        previousLast = last;
        for (int i = first; i < last; ++i)
            fromRuns.append(i);
    });
    Bits reference;
    s.forEachInRange(begin, end, [&](int i) { reference.append(i); });
    QCOMPARE(fromRuns, reference);
}

void TestActionSet::setRange_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("sizeAfter");

    QTest::newRow("inside one word") << 200 << 3 << 9 << 200;
    QTest::newRow("one whole word") << 200 << 64 << 128 << 200;
    QTest::newRow("across two word boundaries") << 300 << 60 << 130 << 300;
    QTest::newRow("to the last bit") << 129 << 100 << 129 << 129;
    QTest::newRow("empty") << 200 << 50 << 50 << 200;
    QTest::newRow("reversed") << 200 << 60 << 50 << 200;
    QTest::newRow("negative begin is clamped") << 200 << -5 << 3 << 200;
    QTest::newRow("past the size grows the set") << 100 << 90 << 170 << 170;
    QTest::newRow("an empty set grows") << 0 << 0 << 64 << 64;
}

void TestActionSet::setRange()
{
    QFETCH(int, size);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(int, sizeAfter);

    ActionSet s = makeSet(size, { 0 });
    s.setRange(begin, end);
    QCOMPARE(s.size(), std::max(sizeAfter, 1));
    std::set<int> reference { 0 };
    for (int i = std::max(begin, 0); i < end; ++i)
        reference.insert(i);
    QCOMPARE(bitsOf(s), toBits(reference));
}

void TestActionSet::rangeOperationsAgreeWithBitByBit()
{
    QRandomGenerator random(20261205); // fixed seed: a failure reproduces
    for (int round = 0; round < 3000; ++round) {
        const int size = random.bounded(1, 700);
        Bits bits;
        const int density = random.bounded(1, 40);
        for (int i = 0; i < size; ++i)
            if (random.bounded(density) == 0)
                bits.append(i);
        const ActionSet s = makeSet(size, bits);
        const int begin = random.bounded(-3, size + 3);
        const int end = random.bounded(-3, size + 70);
        Bits inRange;
        for (int i = std::max(begin, 0); i < std::min(end, size); ++i)
            if (s.test(i))
                inRange.append(i);
        Bits visited;
        s.forEachInRange(begin, end, [&](int i) { visited.append(i); });
        QCOMPARE(visited, inRange);
        Bits fromRuns;
        int runs = 0;
        int previousLast = -2;
        s.forEachRunInRange(begin, end, [&](int first, int last) {
            QVERIFY(first > previousLast); // whole runs: never one that starts where the last one ended
            previousLast = last;
            ++runs;
            for (int i = first; i < last; ++i)
                fromRuns.append(i);
        });
        QCOMPARE(fromRuns, inRange);
        int referenceRuns = 0;
        for (qsizetype i = 0; i < inRange.size(); ++i)
            referenceRuns += i == 0 || inRange[i] != inRange[i - 1] + 1 ? 1 : 0;
        QCOMPARE(runs, referenceRuns);
        QCOMPARE(s.anyInRange(begin, end), !inRange.isEmpty());

        ActionSet filled = s;
        filled.setRange(begin, end);
        for (int i = -1; i < std::max(end, size) + 65; ++i)
            QCOMPARE(filled.test(i), s.test(i) || (i >= begin && i < end && i >= 0));
    }
}

void TestActionSet::forEachVisitsInAscendingOrder()
{
    const Bits bits { 0, 1, 62, 63, 64, 65, 127, 128, 200, 255, 256, 1000, 1023 };
    ActionSet s(1024);
    // Insert in a scrambled order: the visit order must not depend on it.
    for (int i = int(bits.size()) - 1; i >= 0; i -= 2)
        s.set(bits[i]);
    for (int i = int(bits.size()) - 2; i >= 0; i -= 2)
        s.set(bits[i]);
    QCOMPARE(bitsOf(s), bits);
    QCOMPARE(s.count(), int(bits.size()));
    const std::vector<int> indices = s.indices();
    QCOMPARE(Bits(indices.begin(), indices.end()), bits);
}

void TestActionSet::equalityIgnoresTrailingZeros()
{
    const ActionSet small = makeSet(65, { 1, 64 });
    const ActionSet large = makeSet(1000, { 1, 64 });
    QVERIFY(small == large);
    QVERIFY(large == small);
    QVERIFY(!(small == makeSet(1000, { 1, 64, 999 })));
    QVERIFY(!(makeSet(1000, { 1, 64, 999 }) == small));
    QVERIFY(!(small == makeSet(65, { 1 })));
}

void TestActionSet::clearKeepsSize()
{
    ActionSet s = makeSet(150, { 0, 64, 149 });
    s.clear();
    QCOMPARE(s.size(), 150);
    QVERIFY(s.none());
    QCOMPARE(s.complement().count(), 150);
}

// Sets whose members lie in narrow runs far from index 0 (one service's actions, as statements name them),
// built in any order and combined in chains: the stored window of words moves, grows at both ends and
// shrinks, and every operation must still agree with plain sets of indices.
void TestActionSet::clusteredSetsAgreeWithReference()
{
    QRandomGenerator random(20261206); // fixed seed: a failure reproduces
    const int size = 22091; // the catalogue's size: windows of a few words in 346
    auto randomSet = [&](std::set<int>& reference) {
        ActionSet s(size);
        const int runs = random.bounded(0, 4);
        for (int r = 0; r < runs; ++r) {
            const int start = random.bounded(0, size - 200);
            const int length = random.bounded(1, 200);
            if (random.bounded(3) == 0) {
                s.setRange(start, start + length);
                for (int i = start; i < start + length; ++i)
                    reference.insert(i);
                continue;
            }
            // Descending as well as ascending: the window grows towards index 0 too.
            const bool down = random.bounded(2) == 0;
            for (int k = 0; k < length; k += random.bounded(1, 9)) {
                const int i = down ? start + length - 1 - k : start + k;
                s.set(i);
                reference.insert(i);
            }
        }
        return s;
    };
    auto same = [](const ActionSet& s, const std::set<int>& reference) { return bitsOf(s) == toBits(reference); };
    for (int round = 0; round < 400; ++round) {
        std::set<int> ra, rb;
        ActionSet a = randomSet(ra);
        const ActionSet b = randomSet(rb);
        QVERIFY(same(a, ra));
        std::set<int> u, n, d;
        std::set_union(ra.begin(), ra.end(), rb.begin(), rb.end(), std::inserter(u, u.end()));
        std::set_intersection(ra.begin(), ra.end(), rb.begin(), rb.end(), std::inserter(n, n.end()));
        std::set_difference(ra.begin(), ra.end(), rb.begin(), rb.end(), std::inserter(d, d.end()));
        QVERIFY(same(a | b, u));
        QVERIFY(same(a & b, n));
        QVERIFY(same(a - b, d));
        QCOMPARE(a.intersects(b), !n.empty());
        QCOMPARE(a.isSubsetOf(b), d.empty());
        QCOMPARE((a & b) == (b & a), true);
        QCOMPARE(a == b, ra == rb);
        QCOMPARE(a.complement().count(), size - int(ra.size()));
        QVERIFY(!a.complement().intersects(a));
        const int begin = random.bounded(0, size);
        const int end = random.bounded(begin, size + 1);
        const auto first = ra.lower_bound(begin);
        QCOMPARE(a.anyInRange(begin, end), first != ra.end() && *first < end);
        // A chain in place: narrowed, widened again, members taken out one by one.
        ActionSet chain = a;
        chain &= b;
        chain |= a;
        chain -= b;
        QVERIFY(same(chain, d));
        for (int i : rb)
            chain.set(i);
        QVERIFY(same(chain, u));
        for (int i : ra)
            chain.reset(i);
        std::set<int> onlyB;
        std::set_difference(rb.begin(), rb.end(), ra.begin(), ra.end(), std::inserter(onlyB, onlyB.end()));
        QVERIFY(same(chain, onlyB));
        QCOMPARE(chain.size(), size);
        for (int i = 0; i < size; i += 97)
            QCOMPARE(a.test(i), ra.contains(i));
    }
}

QTEST_GUILESS_MAIN(TestActionSet)
#include "tst_actionset.moc"
