// SPDX-License-Identifier: GPL-3.0-or-later
// TextDiff: side-by-side rows with line numbers for both sides, on known pairs of texts.
#include "diff/TextDiff.h"

#include <QTest>

using namespace grantscope;

class TestTextDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownPairs_data();
    void knownPairs();
    void lineNumbersAndText();
    void policyEdit();
    void largeTexts();
};

namespace {

// One character per row: '=' equal, '+' added, '-' removed, '~' changed.
QString shape(const TextDiffResult& r)
{
    QString out;
    for (const DiffLine& l : r.lines) {
        switch (l.change) {
        case LineChange::Equal:
            out += QLatin1Char('=');
            break;
        case LineChange::Added:
            out += QLatin1Char('+');
            break;
        case LineChange::Removed:
            out += QLatin1Char('-');
            break;
        case LineChange::Changed:
            out += QLatin1Char('~');
            break;
        }
    }
    return out;
}

} // namespace

void TestTextDiff::knownPairs_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");
    QTest::newRow("identical") << "a\nb\nc\n"
                               << "a\nb\nc\n"
                               << "===" << 0 << 0 << 0;
    QTest::newRow("both empty") << ""
                                << ""
                                << "" << 0 << 0 << 0;
    QTest::newRow("from nothing") << ""
                                  << "a\nb\n"
                                  << "++" << 2 << 0 << 0;
    QTest::newRow("to nothing") << "a\nb"
                                << ""
                                << "--" << 0 << 2 << 0;
    QTest::newRow("one line changed") << "a\nb\nc\n"
                                      << "a\nB\nc\n"
                                      << "=~=" << 0 << 0 << 1;
    QTest::newRow("line added at the end") << "a\nb\n"
                                           << "a\nb\nc\n"
                                           << "==+" << 1 << 0 << 0;
    QTest::newRow("line removed at the start") << "x\na\nb\n"
                                               << "a\nb\n"
                                               << "-==" << 0 << 1 << 0;
    QTest::newRow("two lines became three") << "a\nb\nc\nz\n"
                                            << "a\nB\nC\nD\nz\n"
                                            << "=~~+=" << 1 << 0 << 2;
    QTest::newRow("CRLF equals LF") << "a\r\nb\r\n"
                                    << "a\nb\n"
                                    << "==" << 0 << 0 << 0;
    QTest::newRow("final newline does not count") << "a\nb"
                                                  << "a\nb\n"
                                                  << "==" << 0 << 0 << 0;
    QTest::newRow("empty line kept") << "a\n\nb\n"
                                     << "a\nb\n"
                                     << "=-=" << 0 << 1 << 0;
}

void TestTextDiff::knownPairs()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, shape);
    QFETCH(int, added);
    QFETCH(int, removed);
    QFETCH(int, changed);
    const TextDiffResult r = TextDiff::compute(left, right);
    QCOMPARE(::shape(r), shape);
    QCOMPARE(r.added, added);
    QCOMPARE(r.removed, removed);
    QCOMPARE(r.changed, changed);
    QCOMPARE(r.identical(), added + removed + changed == 0);
}

void TestTextDiff::lineNumbersAndText()
{
    const TextDiffResult r
        = TextDiff::compute(QStringLiteral("one\ntwo\nthree\n"), QStringLiteral("zero\none\nthree\nfour\n"));
    const std::vector<DiffLine> expected {
        { LineChange::Added, 0, 1, {}, QStringLiteral("zero") },
        { LineChange::Equal, 1, 2, QStringLiteral("one"), QStringLiteral("one") },
        { LineChange::Removed, 2, 0, QStringLiteral("two"), {} },
        { LineChange::Equal, 3, 3, QStringLiteral("three"), QStringLiteral("three") },
        { LineChange::Added, 0, 4, {}, QStringLiteral("four") },
    };
    QCOMPARE(r.lines.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        QVERIFY2(r.lines[i] == expected[i],
            qPrintable(QStringLiteral("row %1: %2|%3").arg(i).arg(r.lines[i].left, r.lines[i].right)));
}

void TestTextDiff::policyEdit()
{
    // The vendor's policy against the reviewer's edit of it: Decrypt dropped, a Resource narrowed.
    const QString vendor = QStringLiteral("{\n"
                                          "  \"Effect\": \"Allow\",\n"
                                          "  \"Action\": [\n"
                                          "    \"kms:Decrypt\",\n"
                                          "    \"kms:DescribeKey\"\n"
                                          "  ],\n"
                                          "  \"Resource\": \"*\"\n"
                                          "}\n");
    const QString edited = QStringLiteral("{\n"
                                          "  \"Effect\": \"Allow\",\n"
                                          "  \"Action\": [\n"
                                          "    \"kms:DescribeKey\"\n"
                                          "  ],\n"
                                          "  \"Resource\": \"arn:aws:kms:eu-west-1:123456789012:key/k1\"\n"
                                          "}\n");
    const TextDiffResult r = TextDiff::compute(vendor, edited);
    QCOMPARE(shape(r), QStringLiteral("===-==~="));
    QCOMPARE(r.lines[3].left, QStringLiteral("    \"kms:Decrypt\","));
    QCOMPARE(r.lines[3].leftLine, 4);
    QCOMPARE(r.lines[6].leftLine, 7);
    QCOMPARE(r.lines[6].rightLine, 6);
    QVERIFY(r.lines[6].right.contains(QStringLiteral("key/k1")));
}

void TestTextDiff::largeTexts()
{
    QStringList left, right;
    for (int i = 0; i < 15000; ++i) {
        left << QStringLiteral("line %1").arg(i);
        right << (i % 1000 == 500 ? QStringLiteral("changed %1").arg(i) : QStringLiteral("line %1").arg(i));
    }
    right << QStringLiteral("appended");
    const TextDiffResult r = TextDiff::compute(left.join(QLatin1Char('\n')), right.join(QLatin1Char('\n')));
    QCOMPARE(r.changed, 15);
    QCOMPARE(r.added, 1);
    QCOMPARE(r.removed, 0);
    QCOMPARE(r.lines.back().rightLine, 15001);
    QCOMPARE(r.lines.back().right, QStringLiteral("appended"));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
