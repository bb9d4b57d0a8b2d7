// SPDX-License-Identifier: GPL-3.0-or-later
// The window, the report and `grantscope-cli diff` answer "what does this boundary leave?" with the same
// numbers: the same package and boundary give the same counts, the same actions allowed after and the same
// state for every finding, whichever of them is asked.
#include "boundary/BoundaryEdit.h"
#include "catalog/Catalog.h"
#include "cli/CliApp.h"
#include "document/ReviewDocument.h"
#include "policy/PolicyParser.h"
#include "report/ReviewReport.h"
#include "review/BoundaryEvaluation.h"
#include "review/Review.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace grantscope;
using namespace grantscope::ui;

namespace {

struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string readAll(std::FILE* f)
{
    std::string text;
    std::rewind(f);
    char buffer[65536];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;)
        text.append(buffer, n);
    std::fclose(f);
    return text;
}

// grantscope-cli in this process: the same code the program runs, without depending on its build.
CliResult runCli(const QStringList& args)
{
    std::FILE* out = std::tmpfile();
    std::FILE* err = std::tmpfile();
    CliResult r;
    if (!out || !err)
        return r;
    r.exitCode = cli::run(QStringList { QStringLiteral("grantscope-cli") } + args, out, err);
    r.out = readAll(out);
    r.err = readAll(err);
    return r;
}

ConditionClause clause(const char* op, const char* key, std::vector<std::string> values)
{
    std::optional<ConditionClause> c = PolicyParser::parseOperator(op);
    c->key = key;
    c->values = std::move(values);
    return *c;
}

// A vendor asking for two AWS managed policies, one of them (PowerUserAccess) written with NotAction.
const char* const kManagedPackage = R"yaml(# Made-up vendor: a deployment role with AWS managed policies only.
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  NimbusDeployRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: nimbus-deploy
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::444455556666:role/nimbus-deployer
            Action: sts:AssumeRole
            Condition:
              StringEquals:
                sts:ExternalId: 5f0c2a7e-93d1-4b6a-a2c8-1e7d9b3f4a60
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/PowerUserAccess
        - arn:aws:iam::aws:policy/SecurityAudit
)yaml";

std::string stateKey(const Finding& f, MitigationState state)
{
    return f.rule + "|" + f.subject + "|" + mitigationStateKey(state);
}

} // namespace

class TestReviewAgreement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameAnswers_data();
    void sameAnswers();
    void vendorBaseMatchesTheCommandLine();
    void verdictsFollowMovedFindings();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_managed;
};

void TestReviewAgreement::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR))
                   .filePath(QStringLiteral("resources/sample/acme-observability-onboarding.yaml"));
    m_managed = m_dir.filePath(QStringLiteral("nimbus-deploy.yaml"));
    QFile file(m_managed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kManagedPackage);
}

void TestReviewAgreement::sameAnswers_data()
{
    QTest::addColumn<bool>("managed");
    QTest::addColumn<int>("scenario");
    QTest::newRow("sample, deny kms and s3 reads outside a VPC (StringNotEquals aws:SourceVpc)") << false << 0;
    QTest::newRow("sample, deny s3 on the archive bucket's objects (ARN deny)") << false << 1;
    QTest::newRow("sample, a deny that holds only with a principal tag") << false << 2;
    QTest::newRow("managed policies, vendor base, deny instance termination on every instance") << true << 3;
    QTest::newRow("managed policies, deny s3 outside a VPC and IAM writes") << true << 4;
}

void TestReviewAgreement::sameAnswers()
{
    QFETCH(bool, managed);
    QFETCH(int, scenario);
    const QString package = managed ? m_managed : m_sample;

    // The window: the document as the composer drives it.
    ReviewDocument document;
    document.setReview(loadSharedReview({ package }));
    QVERIFY(!document.review()->analysis.findings.empty());
    std::vector<BoundaryEdit> edits;
    switch (scenario) {
    case 0:
        edits.push_back(BoundaryEdit::denyWhen({ { "kms:Decrypt", "s3:GetObject" },
            clause("StringNotEquals", "aws:SourceVpc", { "vpc-0a1b2c3d4e5f67890" }) }));
        break;
    case 1:
        edits.push_back(BoundaryEdit::denyOnResources({ { "s3:*", "arn:aws:s3:::acme-archive-123456789012/*" } }));
        break;
    case 2:
        edits.push_back(
            BoundaryEdit::denyWhen({ { "kms:*" }, clause("StringEquals", "aws:PrincipalTag/team", { "platform" }) }));
        edits.push_back(BoundaryEdit::denyActions({ "cloudwatch:DisableAlarmActions" }));
        break;
    case 3:
        edits.push_back(BoundaryEdit::setBase(BoundaryBase::VendorGrants, document.vendorActions()));
        edits.push_back(BoundaryEdit::denyOnResources({ { "ec2:TerminateInstances", "arn:aws:ec2:*:*:instance/*" } }));
        break;
    case 4:
        edits.push_back(BoundaryEdit::denyWhen(
            { { "s3:*" }, clause("StringNotEquals", "aws:SourceVpc", { "vpc-0a1b2c3d4e5f67890" }) }));
        edits.push_back(BoundaryEdit::denyActions({ "iam:Create*", "iam:Put*", "iam:Attach*" }));
        break;
    default:
        QFAIL("unknown scenario");
    }
    document.pushBoundaryEdits(edits, QStringLiteral("scenario"));
    const std::shared_ptr<const BoundaryEvaluation> window = document.boundary();
    QVERIFY(window->problems.empty());
    QVERIFY(window->compacted.fits);
    QVERIFY(window->diff.before.count() > window->diff.after.count()); // every scenario takes something away
    // A request with no context keys: a StringNotEquals deny holds (the key is absent), a StringEquals one cannot.
    if (scenario == 0 || scenario == 2) {
        QCOMPARE(window->conditionalDenies.size(), size_t(1));
        QCOMPARE(window->conditionalDenies[0].counted, scenario == 0);
    }
    if (scenario == 2) {
        const ActionSet kms = Catalog::bundled().match("kms:*").actions;
        QCOMPARE((window->diff.after & kms).count(), (window->diff.before & kms).count());
    }
    const std::vector<Finding>& findings = document.review()->analysis.findings;
    std::vector<std::string> windowStates;
    for (size_t i = 0; i < findings.size(); ++i) {
        const MitigationState state = document.findingMitigation(static_cast<int>(i));
        if (state != MitigationState::NotApplicable)
            windowStates.push_back(stateKey(findings[i], state));
    }
    std::sort(windowStates.begin(), windowStates.end());
    QVERIFY(!windowStates.empty());

    // The boundary as the reviewer exports it, and the review saved as a session.
    const QString boundaryFile = m_dir.filePath(QStringLiteral("boundary-%1.json").arg(scenario));
    {
        QFile file(boundaryFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(window->compacted.json.data(), static_cast<qint64>(window->compacted.json.size()));
    }
    const QString sessionFile = m_dir.filePath(QStringLiteral("review-%1.grantscope").arg(scenario));
    QVERIFY(document.toSession().save(sessionFile));

    // grantscope-cli diff --json on the exported boundary.
    const CliResult diff = runCli(
        { QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), boundaryFile, package });
    QVERIFY2(diff.exitCode == cli::Success, diff.err.c_str());
    const nlohmann::json json = nlohmann::json::parse(diff.out);
    QCOMPARE(json["context"].get<std::string>(), std::string(conditionChoiceKey(window->choice)));
    QCOMPARE(json["requested"].get<int>(), window->diff.requested.count());
    QCOMPARE(json["before"].get<int>(), window->diff.before.count());
    QCOMPARE(json["after"].get<int>(), window->diff.after.count());
    const Catalog& catalog = Catalog::bundled();
    QCOMPARE(json["actions"].size(), window->diff.actions.size());
    for (size_t i = 0; i < window->diff.actions.size(); ++i) {
        const ActionDiff& a = window->diff.actions[i];
        const nlohmann::json& row = json["actions"][i];
        QCOMPARE(row["action"].get<std::string>(), std::string(catalog.lowerActionName(a.action)));
        QCOMPARE(row["after"].get<bool>(), a.after);
        QCOMPARE(row["resourcesKept"].get<std::vector<std::string>>(), a.resourcesKept);
    }
    std::vector<std::string> cliStates;
    for (const nlohmann::json& f : json["findings"])
        cliStates.push_back(
            f["rule"].get<std::string>() + "|" + f["subject"].get<std::string>() + "|" + f["state"].get<std::string>());
    std::sort(cliStates.begin(), cliStates.end());
    QCOMPARE(cliStates, windowStates);
    QCOMPARE(json["conditionalDenies"].size(), window->conditionalDenies.size());
    for (size_t i = 0; i < window->conditionalDenies.size(); ++i)
        QCOMPARE(json["conditionalDenies"][i]["counted"].get<bool>(), window->conditionalDenies[i].counted);

    // The report model, from the window's evaluation and from the saved session.
    const ReviewSession session = document.toSession();
    const ReviewReport report = buildReviewReport(*document.review(), &session, window.get());
    QCOMPARE(report.requested, window->diff.requested.count());
    QCOMPARE(report.before, window->diff.before.count());
    QCOMPARE(report.after, window->diff.after.count());
    std::vector<std::string> reportStates;
    for (const ReportFinding& f : report.findings)
        if (f.state != MitigationState::NotApplicable)
            reportStates.push_back(stateKey(f.finding, f.state));
    std::sort(reportStates.begin(), reportStates.end());
    QCOMPARE(reportStates, windowStates);
    QCOMPARE(report.conditionalDenies, window->conditionalDenies);

    // `grantscope-cli report` from the saved session reads the same numbers back.
    const QString reportFile = m_dir.filePath(QStringLiteral("report-%1.md").arg(scenario));
    const CliResult cliReport = runCli({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("md"),
        QStringLiteral("-o"), reportFile, QStringLiteral("--session"), sessionFile });
    QVERIFY2(cliReport.exitCode == cli::Success, cliReport.err.c_str());
    QFile md(reportFile);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    const QString counts = QStringLiteral("%1 actions requested, %2 allowed before the boundary, %3 after.")
                               .arg(report.requested)
                               .arg(report.before)
                               .arg(report.after);
    QVERIFY2(text.contains(counts), qPrintable(counts));
    const QString states = QStringLiteral("Findings mitigated: %1, partly mitigated: %2, remaining: %3.")
                               .arg(report.byMitigation[0])
                               .arg(report.byMitigation[1])
                               .arg(report.byMitigation[2]);
    QVERIFY2(text.contains(states), qPrintable(states));
}

void TestReviewAgreement::vendorBaseMatchesTheCommandLine()
{
    // "Allow only what the vendor asks for" over a NotAction policy: the window and
    // `grantscope-cli boundary --base vendor` build the same base, so `diff` allows the same actions.
    ReviewDocument document;
    document.setReview(loadSharedReview({ m_managed }));
    document.pushBoundaryEdit(BoundaryEdit::setBase(BoundaryBase::VendorGrants, document.vendorActions()));
    const std::shared_ptr<const BoundaryEvaluation> window = document.boundary();
    const int allowed = window->draft.allowedActions(Catalog::bundled()).count();
    QCOMPARE(allowed, document.review()->granted.count());
    QVERIFY(allowed > document.review()->granted.count() / 2);
    QCOMPARE(window->diff.after.count(), window->diff.before.count()); // the base keeps every grant

    const QString boundaryFile = m_dir.filePath(QStringLiteral("vendor-base.json"));
    const CliResult made = runCli({ QStringLiteral("boundary"), QStringLiteral("--base"), QStringLiteral("vendor"),
        QStringLiteral("-o"), boundaryFile, m_managed });
    QVERIFY2(made.exitCode == cli::Success, made.err.c_str());
    const CliResult diff = runCli(
        { QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), boundaryFile, m_managed });
    QVERIFY2(diff.exitCode == cli::Success, diff.err.c_str());
    const nlohmann::json json = nlohmann::json::parse(diff.out);
    QCOMPARE(json["after"].get<int>(), window->diff.after.count());

    // Reopened from a session file, the base is the same again.
    const QString sessionFile = m_dir.filePath(QStringLiteral("vendor-base.grantscope"));
    QVERIFY(document.toSession().save(sessionFile));
    Diagnostics diagnostics;
    const std::optional<ReviewSession> session = ReviewSession::load(sessionFile, diagnostics);
    QVERIFY(session);
    ReviewDocument reopened;
    reopened.setReview(loadSharedReview({ m_managed }));
    reopened.applySession(*session);
    QCOMPARE(reopened.boundary()->diff.after.count(), window->diff.after.count());
}

void TestReviewAgreement::verdictsFollowMovedFindings()
{
    // A review saved on a template, reopened after the vendor added a comment block above everything: each
    // decision stays on its finding (as `compare` and `analyze --baseline` pair them), none is left over.
    const QString role = m_dir.filePath(QStringLiteral("moved-role.yaml"));
    QFile sample(m_sample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray original = sample.readAll();
    const auto write = [&](const QByteArray& bytes) {
        QFile f(role);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write(original);
    ReviewDocument document;
    document.setReview(loadSharedReview({ role }));
    const std::vector<Finding>& findings = document.review()->analysis.findings;
    QVERIFY(findings.size() >= 3);
    const SessionVerdict accepted { FindingDecision::AcceptedRisk, QStringLiteral("Accepted for the pilot") };
    const SessionVerdict mitigate { FindingDecision::ToMitigate, QStringLiteral("Boundary denies it") };
    document.setVerdict(0, accepted);
    document.setVerdict(2, mitigate);
    const ReviewSession saved = document.toSession();

    write("# Release 2.1\n# no change of access\n" + original);
    ReviewDocument reopened;
    reopened.setReview(loadSharedReview({ role }));
    const std::vector<Finding>& moved = reopened.review()->analysis.findings;
    QCOMPARE(moved.size(), findings.size());
    QCOMPARE(moved[0].location.line, findings[0].location.line + 2); // really moved: the keys differ
    QCOMPARE(reopened.applySession(saved), 0);
    QCOMPARE(reopened.verdict(0), accepted);
    QCOMPARE(reopened.verdict(2), mitigate);
    QCOMPARE(reopened.verdict(1), SessionVerdict {});
}

QTEST_MAIN(TestReviewAgreement)
#include "tst_reviewagreement.moc"
