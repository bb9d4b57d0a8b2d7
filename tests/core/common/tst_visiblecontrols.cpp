// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a package is shown with its disguising characters escaped, and everything else unchanged.
#include "common/Text.h"

#include <QTest>

using namespace grantscope;

class TestVisibleControls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapes_data();
    void escapes();
};

void TestVisibleControls::escapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain ASCII with newline and tab") << QByteArray("role\tvendor\n") << QByteArray("role\tvendor\n");
    QTest::newRow("accents, CJK and a no-break space stay")
        << QByteArray("Zürich 東京\xc2\xa0ok") << QByteArray("Zürich 東京\xc2\xa0ok");
    QTest::newRow("ANSI conceal") << QByteArray("a\x1b[8mb") << QByteArray("a\\u001b[8mb");
    QTest::newRow("carriage return overwrites a line") << QByteArray("0 findings\r") << QByteArray("0 findings\\u000d");
    QTest::newRow("right-to-left override and pop")
        << QByteArray("x\xe2\x80\xaey\xe2\x80\xac") << QByteArray("x\\u202ey\\u202c");
    QTest::newRow("isolates, marks and zero-width")
        << QByteArray("\xe2\x81\xa6\xe2\x80\x8f\xe2\x80\x8b\xef\xbb\xbf") << QByteArray("\\u2066\\u200f\\u200b\\ufeff");
    QTest::newRow("C1 control and DEL") << QByteArray("\xc2\x9b\x7f") << QByteArray("\\u009b\\u007f");
    QTest::newRow("invalid UTF-8") << QByteArray("a\xff") << QByteArray("a\\ufffd");
}

void TestVisibleControls::escapes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const std::string out = visibleControls(std::string_view(input.constData(), static_cast<size_t>(input.size())));
    QCOMPARE(QByteArray::fromStdString(out), expected);
}

QTEST_GUILESS_MAIN(TestVisibleControls)
#include "tst_visiblecontrols.moc"
