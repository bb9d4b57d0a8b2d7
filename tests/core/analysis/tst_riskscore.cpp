// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PackageAnalysis.h"
#include "analysis/RiskScore.h"

#include <QTest>

#include <array>
#include <set>

using namespace grantscope;

class TestRiskScore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyIsZero();
    void infoOnlyIsZero();
    void bounds();
    void addingAFindingNeverLowersTheScore();
    void raisingASeverityNeverLowersTheScore();
    void criticalDominates();
    void grades_data();
    void grades();
    void falsePositivesAreLeftOut();
    void explanationNamesTheWorstSeverity();
};

namespace {

using Counts = std::array<int, 5>;

Finding finding(Severity severity)
{
    Finding f;
    f.rule = "test";
    f.severity = severity;
    return f;
}

// Every count vector with 0..max findings per severity.
template <typename F> void forEachCounts(int max, F&& f)
{
    Counts c {};
    for (c[0] = 0; c[0] <= max; ++c[0])
        for (c[1] = 0; c[1] <= max; ++c[1])
            for (c[2] = 0; c[2] <= max; ++c[2])
                for (c[3] = 0; c[3] <= max; ++c[3])
                    for (c[4] = 0; c[4] <= max; ++c[4])
                        f(c);
}

} // namespace

void TestRiskScore::emptyIsZero()
{
    const RiskScore score = computeRiskScore(PackageAnalysis {});
    QCOMPARE(score.score, 0);
    QCOMPARE(score.grade, QLatin1Char('A'));
    QVERIFY(!score.worst);
    QCOMPARE(score.explanation(), QStringLiteral("No findings."));
}

void TestRiskScore::infoOnlyIsZero()
{
    PackageAnalysis analysis;
    analysis.findings = { finding(Severity::Info), finding(Severity::Info) };
    QCOMPARE(computeRiskScore(analysis).score, 0);
    QVERIFY(riskScoreFromCounts({ 0, 1, 0, 0, 0 }).score > 0);
}

void TestRiskScore::bounds()
{
    int outside = 0;
    forEachCounts(6, [&](const Counts& c) {
        const int s = riskScoreFromCounts(c).score;
        outside += (s < 0 || s > 100) ? 1 : 0;
    });
    QCOMPARE(outside, 0);
    QVERIFY(riskScoreFromCounts({ 1000, 1000, 1000, 1000, 1000 }).score <= 100);
    QVERIFY(riskScoreFromCounts({ 1000, 1000, 1000, 1000, 1000 }).score >= 90);
}

void TestRiskScore::addingAFindingNeverLowersTheScore()
{
    int violations = 0;
    forEachCounts(5, [&](const Counts& c) {
        const int base = riskScoreFromCounts(c).score;
        for (size_t s = 0; s < c.size(); ++s) {
            Counts more = c;
            ++more[s];
            if (riskScoreFromCounts(more).score < base)
                ++violations;
        }
    });
    QCOMPARE(violations, 0);
}

void TestRiskScore::raisingASeverityNeverLowersTheScore()
{
    int violations = 0;
    forEachCounts(5, [&](const Counts& c) {
        const int base = riskScoreFromCounts(c).score;
        for (size_t s = 0; s + 1 < c.size(); ++s) {
            if (c[s] == 0)
                continue;
            Counts raised = c;
            --raised[s];
            ++raised[s + 1];
            if (riskScoreFromCounts(raised).score < base)
                ++violations;
        }
    });
    QCOMPARE(violations, 0);
}

void TestRiskScore::criticalDominates()
{
    const int oneCritical = riskScoreFromCounts({ 0, 0, 0, 0, 1 }).score;
    QVERIFY(oneCritical >= 75);
    QCOMPARE(riskScoreFromCounts({ 0, 0, 0, 0, 1 }).grade, QLatin1Char('F'));
    // However many medium and low findings pile up, they stay below a single critical one.
    QVERIFY(riskScoreFromCounts({ 0, 100, 100, 0, 0 }).score < oneCritical);
    // Diminishing returns: the second high finding adds less than the first.
    const int h0 = riskScoreFromCounts({}).score;
    const int h1 = riskScoreFromCounts({ 0, 0, 0, 1, 0 }).score;
    const int h3 = riskScoreFromCounts({ 0, 0, 0, 3, 0 }).score;
    const int h4 = riskScoreFromCounts({ 0, 0, 0, 4, 0 }).score;
    QVERIFY(h1 - h0 > h4 - h3);
}

void TestRiskScore::grades_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QChar>("grade");
    QTest::newRow("nothing found") << 0 << QChar(QLatin1Char('A'));
    QTest::newRow("top of A") << 14 << QChar(QLatin1Char('A'));
    QTest::newRow("bottom of B") << 15 << QChar(QLatin1Char('B'));
    QTest::newRow("bottom of C") << 40 << QChar(QLatin1Char('C'));
    QTest::newRow("bottom of D") << 60 << QChar(QLatin1Char('D'));
    QTest::newRow("bottom of F") << 75 << QChar(QLatin1Char('F'));
    QTest::newRow("maximum") << 100 << QChar(QLatin1Char('F'));
}

void TestRiskScore::grades()
{
    QFETCH(int, score);
    QFETCH(QChar, grade);
    QCOMPARE(riskGrade(score), grade);
}

void TestRiskScore::falsePositivesAreLeftOut()
{
    PackageAnalysis analysis;
    analysis.findings
        = { finding(Severity::High), finding(Severity::High), finding(Severity::Medium), finding(Severity::Low) };
    const RiskScore all = computeRiskScore(analysis);
    const std::set<int> falsePositives = { 0, 1 };
    const RiskScore some = computeRiskScore(analysis, [&](int i) { return falsePositives.count(i) > 0; });
    QVERIFY(some.score < all.score);
    QCOMPARE(some.excluded, 2);
    QCOMPARE(some.counted[static_cast<size_t>(Severity::High)], 0);
    QCOMPARE(some.worst, std::optional<Severity>(Severity::Medium));
    QCOMPARE(some, [&] {
        RiskScore expected = riskScoreFromCounts({ 0, 1, 1, 0, 0 });
        expected.excluded = 2;
        return expected;
    }());
    const RiskScore none = computeRiskScore(analysis, [](int) { return true; });
    QCOMPARE(none.score, 0);
    QCOMPARE(none.excluded, 4);
}

void TestRiskScore::explanationNamesTheWorstSeverity()
{
    const QString text = riskScoreFromCounts({ 0, 2, 3, 4, 0 }).explanation();
    QVERIFY2(text.contains(QStringLiteral("high (4)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("medium (3)")), qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("high")) < text.indexOf(QStringLiteral("medium")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRiskScore)
#include "tst_riskscore.moc"
