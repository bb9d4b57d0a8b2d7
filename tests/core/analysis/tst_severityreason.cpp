// SPDX-License-Identifier: GPL-3.0-or-later
// A finding's severity and the one line that explains it come from the same steps.
#include "analysis/SeverityReason.h"

#include <QTest>

using namespace grantscope;

class TestSeverityReason : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void baseOnly();
    void stepsMoveAndExplain();
    void clampedAtTheEnds();
};

void TestSeverityReason::baseOnly()
{
    SeverityAssessment a { Severity::Critical, QStringLiteral("writes any role's policies"), {} };
    QCOMPARE(a.severity(), Severity::Critical);
    QCOMPARE(a.text(), QStringLiteral("critical (base: writes any role's policies)"));
}

void TestSeverityReason::stepsMoveAndExplain()
{
    SeverityAssessment a { Severity::Critical, QStringLiteral("decrypts with every key"), {} };
    a.step(-1, QStringLiteral("only through kms:ViaService s3.us-east-1.amazonaws.com"));
    a.step(0, QStringLiteral("aws:RequestedRegion limits regions only"));
    a.step(-1, QStringLiteral("used only by AWS Lambda in the customer's account"));
    QCOMPARE(a.severity(), Severity::Medium);
    const QString t = a.text();
    QVERIFY(t.startsWith(QStringLiteral("critical (base: decrypts with every key)")));
    QVERIFY(t.contains(QStringLiteral("lowered to high: only through kms:ViaService")));
    QVERIFY(t.contains(QStringLiteral("kept at high: aws:RequestedRegion limits regions only")));
    QVERIFY(t.endsWith(QStringLiteral("lowered to medium: used only by AWS Lambda in the customer's account")));
    Finding f;
    a.applyTo(f);
    QCOMPARE(f.severity, Severity::Medium);
    QCOMPARE(f.severityReason, t);
}

void TestSeverityReason::clampedAtTheEnds()
{
    SeverityAssessment a { Severity::Low, {}, {} };
    a.step(-3, QStringLiteral("x"));
    QCOMPARE(a.severity(), Severity::Info);
    a.step(+9, QStringLiteral("y"));
    QCOMPARE(a.severity(), Severity::Critical);
    QVERIFY(a.text().contains(QStringLiteral("raised to critical: y")));
}

QTEST_GUILESS_MAIN(TestSeverityReason)
#include "tst_severityreason.moc"
