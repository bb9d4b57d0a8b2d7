// SPDX-License-Identifier: GPL-3.0-or-later
// The recommendation and the residual risk of the sample vendor package (an observability vendor asking for
// KMS decryption, key grants and the power to stop instances), decided as a reviewer would.
#include "policy/PolicyParser.h"
#include "review/BoundaryEvaluation.h"
#include "review/Recommendation.h"
#include "review/Review.h"

#include <QTest>

#include <map>
#include <optional>

using namespace grantscope;

class TestRecommendation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void computed_data();
    void computed();
    void reviewerOverrides();
    void keys();
    void residualRisk();

private:
    Review m_review;
    Policy m_kmsBoundary; // denies every KMS action: both critical findings go
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");

// A boundary a reviewer would write for this vendor: everything the vendor asks for, but no KMS at all.
const char* const kNoKms = R"({
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "AllowVendorWork", "Effect": "Allow", "Action": "*", "Resource": "*" },
    { "Sid": "NoKeyUse", "Effect": "Deny", "Action": "kms:*", "Resource": "*" }
  ]
})";

} // namespace

using Decisions = std::map<QString, FindingDecision>; // by rule
Q_DECLARE_METATYPE(Decisions)

void TestRecommendation::initTestCase()
{
    m_review = loadReview({ kSample });
    QVERIFY(!m_review.analysis.findings.empty());
    Diagnostics diagnostics;
    const PolicyParser::Result parsed
        = PolicyParser::parseJson(kNoKms, PolicyKind::Boundary, QStringLiteral("no-kms.json"), "NoKms", diagnostics);
    QVERIFY(parsed.ok);
    m_kmsBoundary = parsed.policy;
}

void TestRecommendation::computed_data()
{
    QTest::addColumn<Decisions>("decisions");
    QTest::addColumn<bool>("boundary");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("reasonHas");

    QTest::newRow("Nothing decided, no boundary: two criticals and a high are open")
        << Decisions {} << false << int(Recommendation::Reject)
        << QStringLiteral("neither accepted nor removed by the boundary (3)");
    QTest::newRow("A boundary without KMS leaves the high compute finding open")
        << Decisions {} << true << int(Recommendation::Reject) << QStringLiteral("Stop, terminate or modify compute");
    QTest::newRow("Compute risk accepted, KMS removed by the boundary")
        << Decisions { { QStringLiteral("disruption-compute"), FindingDecision::AcceptedRisk } } << true
        << int(Recommendation::ApproveWithBoundary) << QStringLiteral("(2 removed, 1 accepted)");
    QTest::newRow("'To mitigate' is not enough without a boundary that does it")
        << Decisions { { QStringLiteral("disruption-compute"), FindingDecision::AcceptedRisk },
               { QStringLiteral("kms-decrypt-any-key"), FindingDecision::ToMitigate },
               { QStringLiteral("kms-key-control"), FindingDecision::ToMitigate } }
        << false << int(Recommendation::Reject) << QStringLiteral("Decrypt with any KMS key");
    QTest::newRow("Every critical and high accepted")
        << Decisions { { QStringLiteral("disruption-compute"), FindingDecision::AcceptedRisk },
               { QStringLiteral("kms-decrypt-any-key"), FindingDecision::AcceptedRisk },
               { QStringLiteral("kms-key-control"), FindingDecision::AcceptedRisk } }
        << false << int(Recommendation::Approve) << QStringLiteral("accepted the risk of every critical and high");
    QTest::newRow("False positives do not count")
        << Decisions { { QStringLiteral("disruption-compute"), FindingDecision::FalsePositive },
               { QStringLiteral("kms-decrypt-any-key"), FindingDecision::FalsePositive },
               { QStringLiteral("kms-key-control"), FindingDecision::FalsePositive } }
        << false << int(Recommendation::Approve) << QStringLiteral("No critical or high finding is open");
}

void TestRecommendation::computed()
{
    QFETCH(Decisions, decisions);
    QFETCH(bool, boundary);
    QFETCH(int, expected);
    QFETCH(QString, reasonHas);
    const std::vector<Finding>& findings = m_review.analysis.findings;
    const BoundaryEvaluation evaluation = evaluateBoundary(m_review, m_kmsBoundary);
    const DecisionOf decision = [&](size_t i) {
        const auto it = decisions.find(QString::fromStdString(findings[i].rule));
        return it == decisions.end() ? FindingDecision::Open : it->second;
    };
    const MitigationOf mitigation = boundary
        ? MitigationOf([&](size_t i) { return evaluation.findingMitigation(static_cast<int>(i)); })
        : MitigationOf();
    const ReviewRecommendation r = recommend(findings, decision, mitigation);
    QCOMPARE(int(r.computed), expected);
    QCOMPARE(int(r.value), expected);
    QVERIFY(!r.overridden);
    QVERIFY2(r.reason.contains(reasonHas), qPrintable(r.reason));
}

void TestRecommendation::reviewerOverrides()
{
    const std::vector<Finding>& findings = m_review.analysis.findings;
    const ReviewRecommendation r = recommend(
        findings, [](size_t) { return FindingDecision::Open; }, {}, Recommendation::ApproveWithBoundary);
    QCOMPARE(r.value, Recommendation::ApproveWithBoundary);
    QCOMPARE(r.computed, Recommendation::Reject);
    QVERIFY(r.overridden);
    QVERIFY2(r.reason.contains(QStringLiteral("The reviewer chose “Approve with the boundary”")), qPrintable(r.reason));
    QVERIFY2(r.reason.contains(QStringLiteral("“Reject”")), qPrintable(r.reason));
    // Choosing what the decisions give anyway is no override.
    const ReviewRecommendation same = recommend(
        findings, [](size_t) { return FindingDecision::Open; }, {}, Recommendation::Reject);
    QVERIFY(!same.overridden);
    QVERIFY(!same.reason.contains(QStringLiteral("The reviewer chose")));
}

void TestRecommendation::keys()
{
    for (Recommendation r : { Recommendation::Approve, Recommendation::ApproveWithBoundary, Recommendation::Reject })
        QCOMPARE(parseRecommendation(recommendationKey(r)), std::optional<Recommendation>(r));
    QCOMPARE(QByteArray(recommendationKey(Recommendation::ApproveWithBoundary)), QByteArray("boundary"));
    QVERIFY(!parseRecommendation("approve-all"));
    QVERIFY(!parseRecommendation(""));
}

void TestRecommendation::residualRisk()
{
    const std::vector<Finding>& findings = m_review.analysis.findings;
    const BoundaryEvaluation evaluation = evaluateBoundary(m_review, m_kmsBoundary);
    const DecisionOf open = [](size_t) { return FindingDecision::Open; };
    const MitigationOf mitigation = [&](size_t i) { return evaluation.findingMitigation(static_cast<int>(i)); };

    // Before: the dashboard's score, computeRiskScore with false positives left out.
    const ResidualRisk none = computeResidualRisk(m_review.analysis, open, {});
    QCOMPARE(none.before, computeRiskScore(m_review.analysis));
    QCOMPARE(none.after, none.before);
    QVERIFY(!none.hasBoundary);
    QCOMPARE(none.before.grade, QLatin1Char('F')); // two critical findings

    // After: the two KMS findings are gone, the high compute finding sets the floor.
    const ResidualRisk r = computeResidualRisk(m_review.analysis, open, mitigation);
    QVERIFY(r.hasBoundary);
    QCOMPARE(r.before, none.before);
    QCOMPARE(r.after.counted[static_cast<size_t>(Severity::Critical)], 0);
    QVERIFY(r.after.score < r.before.score);
    QVERIFY(r.after.score >= 40);
    int kms = 0;
    for (size_t i = 0; i < findings.size(); ++i)
        kms += mitigation(i) == MitigationState::Mitigated ? 1 : 0;
    QVERIFY(kms >= 2);
    const RiskScore direct = computeRiskScore(
        m_review.analysis, [&](int i) { return mitigation(static_cast<size_t>(i)) == MitigationState::Mitigated; });
    QCOMPARE(r.after.score, direct.score);
    QCOMPARE(r.after.counted, direct.counted);
    QCOMPARE(r.removed, kms);
    QCOMPARE(r.after.excluded, 0); // no false positive: the explanation must not call the removed ones that

    // A false positive leaves both scores.
    const ResidualRisk fp = computeResidualRisk(
        m_review.analysis,
        [&](size_t i) {
            return findings[i].rule == "disruption-compute" ? FindingDecision::FalsePositive : FindingDecision::Open;
        },
        mitigation);
    QVERIFY(fp.after.score < r.after.score);
    QCOMPARE(fp.before.excluded, 1);
}

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
