// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/Catalog.h"
#include "catalog/NameIndex.h"

#include <QTest>

#include <string>
#include <vector>

using namespace grantscope;

namespace {

std::string upper(std::string s)
{
    for (char& c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

} // namespace

// The index hashes and compares eight bytes at a time: every length and every byte position must still
// decide alone, and only the letters A-Z may fold.
class TestNameIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsEveryCatalogueNameInAnyCase();
    void everyByteCounts();
    void onlyLettersFold();
    void emptyIndexAndEmptyKey();
};

void TestNameIndex::findsEveryCatalogueNameInAnyCase()
{
    const Catalog& c = Catalog::bundled();
    for (int i = 0; i < c.actionCount(); ++i) {
        const std::string lower(c.lowerActionName(i));
        QCOMPARE(c.findAction(lower), i);
        QCOMPARE(c.findAction(upper(lower)), i);
        QCOMPARE(c.findAction(c.actionName(i)), i);
        // One byte more or less is another name (or none).
        const int longer = c.findAction(lower + 'x');
        QVERIFY(longer == -1 || std::string(c.lowerActionName(longer)) == lower + 'x');
        const int shorter = c.findAction(std::string_view(lower).substr(0, lower.size() - 1));
        QVERIFY(shorter == -1 || std::string(c.lowerActionName(shorter)) == lower.substr(0, lower.size() - 1));
    }
}

void TestNameIndex::everyByteCounts()
{
    // Names of every length up to three words, all alike but for one byte.
    std::vector<std::string> names;
    for (size_t length = 1; length <= 25; ++length)
        for (size_t at = 0; at < length; ++at) {
            std::string name(length, 'a');
            name[at] = 'b';
            names.push_back(name);
        }
    NameIndex index;
    index.build(names);
    for (size_t i = 0; i < names.size(); ++i) {
        QCOMPARE(index.find(names[i]), static_cast<int>(i));
        QCOMPARE(index.find(upper(names[i])), static_cast<int>(i));
        std::string other = names[i];
        other[other.size() - 1] = other[other.size() - 1] == 'c' ? 'd' : 'c';
        QCOMPARE(index.find(other), -1);
        other = names[i];
        other[0] = 'z';
        QCOMPARE(index.find(other), -1);
    }
    QCOMPARE(index.find(std::string(26, 'a')), -1);
    QCOMPARE(index.find(std::string(8, 'a')), -1);
}

void TestNameIndex::onlyLettersFold()
{
    // '@' is 'a' less 0x20 and '[' is '{' less 0x20 (and so on): none of them is a capital letter; a byte
    // with its top bit set is not folded either.
    const std::vector<std::string> names { "x{y", "x`y", "ec2:describe{", "abcdefgh\xe1z" };
    NameIndex index;
    index.build(names);
    QCOMPARE(index.find("x{y"), 0);
    QCOMPARE(index.find("x[y"), -1);
    QCOMPARE(index.find("x`y"), 1);
    QCOMPARE(index.find("x@y"), -1);
    QCOMPARE(index.find("EC2:DESCRIBE{"), 2);
    QCOMPARE(index.find("EC2:DESCRIBE["), -1);
    QCOMPARE(index.find("ABCDEFGH\xe1Z"), 3);
    QCOMPARE(index.find("ABCDEFGH\xc1Z"), -1);
}

void TestNameIndex::emptyIndexAndEmptyKey()
{
    NameIndex empty;
    QCOMPARE(empty.find("s3:getobject"), -1);
    NameIndex index;
    index.build({ "", "a" });
    QCOMPARE(index.find(""), 0);
    QCOMPARE(index.find("A"), 1);
    QCOMPARE(index.find("b"), -1);
}

QTEST_GUILESS_MAIN(TestNameIndex)
#include "tst_nameindex.moc"
