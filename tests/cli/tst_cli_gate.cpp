// SPDX-License-Identifier: GPL-3.0-or-later
// analyze as a CI gate: --fail-on says which findings tripped it, and a saved review's decisions count.
#include "CliRunner.h"

#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::test;

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");

} // namespace

class TestCliGate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void failOnNamesTheWorstFindings();
    void acceptedRisksDoNotTripTheGate();
    void reviewWithoutPathsAnalysesItsPackage();
    void unreadableReviewIsBadInput();
};

void TestCliGate::failOnNamesTheWorstFindings()
{
    const CliRun r
        = runCli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), QStringLiteral("high"), kSample });
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("3 findings at or above high (--fail-on), the worst:")), r.err.constData());
    // The worst first, located, with its rule.
    const QStringList lines
        = err.split(QLatin1Char('\n')).filter(QStringLiteral("acme-observability-onboarding.yaml:"));
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QStringLiteral(": critical: ")));
    QVERIFY(lines.at(2).contains(QStringLiteral(": high: ")));
    QVERIFY(lines.at(2).contains(QStringLiteral("[disruption-compute]")));
    // Below the threshold nothing is said and the gate passes.
    const CliRun low = runCli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), QStringLiteral("critical"),
        QStringLiteral("tests/fixtures/policies/inventory-wildcard-service.json") });
    QCOMPARE(low.exitCode, 0);
    QVERIFY(!low.err.contains("--fail-on"));
}

void TestCliGate::acceptedRisksDoNotTripTheGate()
{
    QTemporaryDir dir;
    const Review review = loadReview({ QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(kSample) }, {});
    ReviewSession session;
    session.packagePaths = review.paths;
    int decided = 0;
    for (const Finding& f : review.analysis.findings)
        if (f.severity >= Severity::High) {
            // Two accepted, the third a false positive: none of them may fail the build any more.
            session.setVerdict(f,
                { decided++ < 2 ? FindingDecision::AcceptedRisk : FindingDecision::FalsePositive,
                    QStringLiteral("agreed with the vendor") });
        }
    QCOMPARE(decided, 3);
    const QString file = dir.filePath(QStringLiteral("acme.grantscope"));
    QVERIFY(session.save(file));
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), QStringLiteral("high"),
        QStringLiteral("--session"), file, kSample });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("3 findings at or above high accepted or marked false positive"), r.err.constData());
    // A decision to mitigate is not an acceptance: the finding still trips the gate.
    for (const Finding& f : review.analysis.findings)
        if (f.rule == "kms-decrypt-any-key")
            session.setVerdict(f, { FindingDecision::ToMitigate, {} });
    QVERIFY(session.save(file));
    const CliRun again = runCli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), QStringLiteral("high"),
        QStringLiteral("--session"), file, kSample });
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("1 finding at or above high (--fail-on):"));
    QVERIFY(again.err.contains("[kms-decrypt-any-key]"));
}

void TestCliGate::reviewWithoutPathsAnalysesItsPackage()
{
    // The review's own package and settings: EnableRemediation=false leaves the compute grant out.
    QTemporaryDir dir;
    ReviewSession session;
    session.packagePaths = { QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(kSample) };
    session.parameters["EnableRemediation"] = "false";
    const QString file = dir.filePath(QStringLiteral("acme.grantscope"));
    QVERIFY(session.save(file));
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--session"), file });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json j = parseJson(r.out);
    QVERIFY(!j.is_discarded());
    bool compute = false;
    for (const nlohmann::json& f : j["findings"])
        compute = compute || f["rule"].get<std::string>() == "disruption-compute";
    QVERIFY(!compute);
    QVERIFY(!j["findings"].empty());
}

void TestCliGate::unreadableReviewIsBadInput()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("broken.grantscope"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"grantscope-review\", \"version\": 1,\n \"verdicts\": 3}");
    f.close();
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), QStringLiteral("high"),
        QStringLiteral("--session"), file, kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("broken.grantscope:"));
}

QTEST_MAIN(TestCliGate)
#include "tst_cli_gate.moc"
