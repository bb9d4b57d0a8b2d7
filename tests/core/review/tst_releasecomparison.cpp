// SPDX-License-Identifier: GPL-3.0-or-later
// Two releases of a vendor package compared: a monitoring vendor's CloudFormation role (v1.4 -> v2.0) and an
// archiving vendor's Terraform module (0.9 -> 1.0), each kind of change asserted on the fixtures in
// tests/fixtures/releases; finding matching across moved text and renamed roles; a saved review carried over.
#include "catalog/Catalog.h"
#include "review/ReleaseComparison.h"
#include "review/Review.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

QString fixture(const char* path)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/releases/") + QLatin1String(path);
}

const SubjectComparison* subject(const ReleaseComparison& c, const char* name)
{
    for (const SubjectComparison& s : c.subjects)
        if (s.name == name)
            return &s;
    return nullptr;
}

bool has(const ActionSet& set, const char* action)
{
    const int index = Catalog::bundled().findAction(action);
    return index >= 0 && set.test(index);
}

ActionSet actions(std::initializer_list<const char*> patterns)
{
    const Catalog& catalog = Catalog::bundled();
    ActionSet set = catalog.emptySet();
    for (const char* p : patterns)
        catalog.matchInto(p, set);
    return set;
}

bool hasRule(const std::vector<Finding>& findings, const char* rule, const char* subjectName)
{
    return std::any_of(
        findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule && f.subject == subjectName; });
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestReleaseComparison : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cloudFormationWildcardReplacingList();
    void cloudFormationAddedGrantAndWidenedResource();
    void cloudFormationConditionDroppedAndExternalIdRemoved();
    void cloudFormationRoleAddedAndManagedPolicyAttached();
    void cloudFormationFindings();
    void terraformNarrowedAndConditionAdded();
    void terraformTrustChanges();
    void terraformRoleRemovedAndPolicyDetached();
    void terraformFindings();
    void sameReleaseIsUnchanged();
    void renamedRoleMatchedByLogicalId();
    void movedFindingIsNotNew();
    void externalIdMasked_data();
    void externalIdMasked();
    void savedReviewCarriedOver();
    void changeLinesForTheReport();
    void cloudFormationDenyDropped();
    void terraformBoundaryRemoved();

private:
    Review m_cfnOld;
    Review m_cfnNew;
    Review m_tfOld;
    Review m_tfNew;
    ReleaseComparison m_cfn;
    ReleaseComparison m_tf;
};

void TestReleaseComparison::initTestCase()
{
    m_cfnOld = loadReview({ fixture("skyline-cfn/v1") });
    m_cfnNew = loadReview({ fixture("skyline-cfn/v2") });
    m_tfOld = loadReview({ fixture("lumen-terraform/v1") });
    m_tfNew = loadReview({ fixture("lumen-terraform/v2") });
    for (const Review* r : { &m_cfnOld, &m_cfnNew, &m_tfOld, &m_tfNew })
        QVERIFY(!hasErrors(r->package.diagnostics));
    m_cfn = compareReleases(m_cfnOld, m_cfnNew);
    m_tf = compareReleases(m_tfOld, m_tfNew);
}

void TestReleaseComparison::cloudFormationWildcardReplacingList()
{
    const SubjectComparison* s = subject(m_cfn, "SkylineMonitoringRole");
    QVERIFY(s);
    QCOMPARE(s->status, SubjectStatus::Changed);
    // s3:Get* replaced GetObject, GetObjectVersion and GetBucketLocation: exactly the rest of Get* is added.
    const ActionSet expected
        = actions({ "s3:Get*" }) - actions({ "s3:GetObject", "s3:GetObjectVersion", "s3:GetBucketLocation" });
    QVERIFY(expected.count() > 20);
    QCOMPARE(s->added & actions({ "s3:*" }), expected);
    QVERIFY(!has(s->added, "s3:GetObject"));
    QVERIFY(s->removed.none());
    // The customer managed policy's new action counts for the role it is attached to.
    QVERIFY(has(s->added, "ec2:DescribeSnapshots"));
    QVERIFY(!has(s->added, "ec2:DescribeInstances"));
}

void TestReleaseComparison::cloudFormationAddedGrantAndWidenedResource()
{
    const SubjectComparison* s = subject(m_cfn, "SkylineMonitoringRole");
    QVERIFY(s);
    QVERIFY(has(s->added, "kms:Decrypt"));
    QVERIFY(!has(s->addedConditional, "kms:Decrypt"));
    QVERIFY(s->widened());
    QVERIFY(!s->narrowed());
    QCOMPARE(s->resources.size(), size_t(1));
    const ResourceChange& r = s->resources.front();
    QCOMPARE(r.actions, actions({ "s3:ListBucket" }));
    QCOMPARE(r.before, std::vector<std::string> { "arn:aws:s3:::skyline-export-123456789012" });
    QCOMPARE(r.after, std::vector<std::string> { "*" });
    QCOMPARE(r.gained, std::vector<std::string> { "*" });
    QVERIFY(r.lost.empty());
}

void TestReleaseComparison::cloudFormationConditionDroppedAndExternalIdRemoved()
{
    const SubjectComparison* s = subject(m_cfn, "SkylineMonitoringRole");
    QVERIFY(s);
    QCOMPARE(s->conditionsDropped.size(), size_t(1));
    const ConditionChange& c = s->conditionsDropped.front();
    QCOMPARE(c.operatorText, std::string("StringEquals"));
    QCOMPARE(c.key, std::string("aws:ResourceTag/monitored-by"));
    QCOMPARE(c.values, std::vector<std::string> { "skyline" });
    QCOMPARE(c.actions, actions({ "logs:FilterLogEvents", "logs:GetLogEvents" }));
    QVERIFY(s->conditionsAdded.empty());

    QVERIFY(s->trust.changed());
    QVERIFY(s->trust.externalIdBefore);
    QVERIFY(!s->trust.externalIdAfter);
    QVERIFY(s->trust.principalsAdded.empty());
    QVERIFY(s->trust.principalsRemoved.empty());
    // The shared secret is kept only masked.
    QCOMPARE(s->trust.externalIdsBefore, std::vector<std::string> { "skyline-****" });
}

void TestReleaseComparison::cloudFormationRoleAddedAndManagedPolicyAttached()
{
    const SubjectComparison* monitoring = subject(m_cfn, "SkylineMonitoringRole");
    QVERIFY(monitoring);
    QCOMPARE(monitoring->policiesAttached.size(), size_t(1));
    QCOMPARE(monitoring->policiesAttached.front().origin, PolicyOrigin::AwsManaged);
    QCOMPARE(monitoring->policiesAttached.front().arn, std::string("arn:aws:iam::aws:policy/AWSSupportAccess"));
    QVERIFY(has(monitoring->added, "support:CreateCase"));
    QVERIFY(monitoring->policiesDetached.empty());

    const SubjectComparison* remediation = subject(m_cfn, "SkylineRemediationRole");
    QVERIFY(remediation);
    QCOMPARE(remediation->status, SubjectStatus::Added);
    QCOMPARE(remediation->logicalId, std::string("SkylineRemediationRole"));
    QCOMPARE(remediation->added, actions({ "ec2:RebootInstances", "ec2:StartInstances", "ec2:StopInstances" }));
    QCOMPARE(remediation->trust.servicePrincipalsAdded, std::vector<std::string> { "lambda.amazonaws.com" });
    QVERIFY(!remediation->trust.hadTrust && remediation->trust.hasTrust);
    QCOMPARE(m_cfn.subjects.size(), size_t(2));
}

void TestReleaseComparison::cloudFormationFindings()
{
    QVERIFY(hasRule(m_cfn.newFindings, "kms-decrypt-any-key", "SkylineMonitoringRole"));
    QVERIFY(hasRule(m_cfn.newFindings, "trust-no-external-id", "SkylineMonitoringRole"));
    QVERIFY(hasRule(m_cfn.newFindings, "disruption-compute", "SkylineRemediationRole"));
    QVERIFY(hasRule(m_cfn.resolvedFindings, "trust-weak-external-id", "SkylineMonitoringRole"));
    // The trust statement moved up three lines; its finding is the same one, neither new nor resolved.
    QVERIFY(!hasRule(m_cfn.newFindings, "trust-root-principal", "SkylineMonitoringRole"));
    QVERIFY(!hasRule(m_cfn.resolvedFindings, "trust-root-principal", "SkylineMonitoringRole"));
    QVERIFY(!hasRule(m_cfn.newFindings, "data-read-objects", "SkylineMonitoringRole"));
    QVERIFY(m_cfn.hasNewFindingAtLeast(Severity::Critical));
    QCOMPARE(m_cfn.newFindings.size() + m_cfn.matchedFindings.size(), m_cfnNew.analysis.findings.size());
    QCOMPARE(m_cfn.resolvedFindings.size() + m_cfn.matchedFindings.size(), m_cfnOld.analysis.findings.size());
}

void TestReleaseComparison::terraformNarrowedAndConditionAdded()
{
    const SubjectComparison* s = subject(m_tf, "LumenArchiver");
    QVERIFY(s);
    QCOMPARE(s->status, SubjectStatus::Changed);
    QCOMPARE(s->logicalId, std::string("aws_iam_role.archiver"));
    QVERIFY(s->narrowed());
    QVERIFY(!s->widened());
    QCOMPARE(s->resources.size(), size_t(1));
    const ResourceChange& r = s->resources.front();
    QCOMPARE(r.actions, actions({ "s3:GetObject", "s3:GetObjectTagging" }));
    QCOMPARE(r.before, std::vector<std::string> { "*" });
    QCOMPARE(r.after, std::vector<std::string> { "arn:aws:s3:::lumen-archive-*/*" });
    QCOMPARE(r.lost, std::vector<std::string> { "*" });
    // ec2:Describe* replacing two actions adds the rest of Describe*.
    QCOMPARE(s->added, actions({ "ec2:Describe*" }) - actions({ "ec2:DescribeRegions", "ec2:DescribeInstances" }));
    QVERIFY(s->conditionsDropped.empty());
    QCOMPARE(s->conditionsAdded.size(), size_t(1));
    QCOMPARE(s->conditionsAdded.front().key, std::string("aws:SourceIp"));
    QCOMPARE(s->conditionsAdded.front().operatorText, std::string("IpAddress"));
    QCOMPARE(s->conditionsAdded.front().actions, actions({ "logs:GetLogEvents" }));
}

void TestReleaseComparison::terraformTrustChanges()
{
    const SubjectComparison* s = subject(m_tf, "LumenArchiver");
    QVERIFY(s);
    QCOMPARE(s->trust.principalsAdded, std::vector<std::string> { "AWS arn:aws:iam::666677778888:role/lumen-scanner" });
    QVERIFY(s->trust.principalsRemoved.empty());
    QVERIFY(s->trust.servicePrincipalsAdded.empty());
    QVERIFY(s->trust.externalIdBefore && s->trust.externalIdAfter);
    QVERIFY(s->trust.externalIdValuesChanged);
    QCOMPARE(s->trust.externalIdsBefore, std::vector<std::string> { "lumen-****" });
    QCOMPARE(s->trust.externalIdsAfter, std::vector<std::string> { "lumen-****" });
}

void TestReleaseComparison::terraformRoleRemovedAndPolicyDetached()
{
    const SubjectComparison* archiver = subject(m_tf, "LumenArchiver");
    QVERIFY(archiver);
    QCOMPARE(archiver->policiesDetached.size(), size_t(1));
    QCOMPARE(archiver->policiesDetached.front().arn, std::string("arn:aws:iam::aws:policy/AWSSupportAccess"));
    QCOMPARE(archiver->removed, actions({ "support:*", "support-console:*" }));

    const SubjectComparison* dashboards = subject(m_tf, "LumenDashboardReader");
    QVERIFY(dashboards);
    QCOMPARE(dashboards->status, SubjectStatus::Removed);
    QCOMPARE(dashboards->removed, actions({ "cloudwatch:GetDashboard", "cloudwatch:ListDashboards" }));
    QVERIFY(dashboards->added.none());
    QCOMPARE(dashboards->trust.principalsRemoved, std::vector<std::string> { "AWS arn:aws:iam::666677778888:root" });
    QVERIFY(dashboards->trust.externalIdBefore && !dashboards->trust.externalIdAfter);

    const SubjectComparison* rotation = subject(m_tf, "LumenSecretsRotation");
    QVERIFY(rotation);
    QCOMPARE(rotation->status, SubjectStatus::Added);
    QCOMPARE(rotation->added, actions({ "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue" }));
    // Removed subjects come after those of the new release.
    QCOMPARE(m_tf.subjects.back().name, std::string("LumenDashboardReader"));
}

void TestReleaseComparison::terraformFindings()
{
    QVERIFY(hasRule(m_tf.newFindings, "data-read-secrets", "LumenSecretsRotation"));
    QVERIFY(hasRule(m_tf.resolvedFindings, "service-wildcard", "LumenArchiver"));
    QVERIFY(hasRule(m_tf.resolvedFindings, "trust-root-principal", "LumenDashboardReader"));
    // Narrowed from every object to the archive buckets: the same finding, now low.
    QVERIFY(!hasRule(m_tf.newFindings, "data-read-objects", "LumenArchiver"));
    QVERIFY(!hasRule(m_tf.resolvedFindings, "data-read-objects", "LumenArchiver"));
    QVERIFY(!m_tf.hasNewFindingAtLeast(Severity::Critical));
    QVERIFY(m_tf.hasNewFindingAtLeast(Severity::High));
}

void TestReleaseComparison::sameReleaseIsUnchanged()
{
    const ReleaseComparison c = compareReleases(m_tfOld, loadReview({ fixture("lumen-terraform/v1") }));
    QCOMPARE(c.subjects.size(), size_t(2));
    for (const SubjectComparison& s : c.subjects) {
        QCOMPARE(s.status, SubjectStatus::Unchanged);
        QVERIFY(s.added.none() && s.removed.none() && s.resources.empty() && !s.trust.changed());
    }
    QVERIFY(c.newFindings.empty());
    QVERIFY(c.resolvedFindings.empty());
    QCOMPARE(c.matchedFindings.size(), m_tfOld.analysis.findings.size());
}

void TestReleaseComparison::renamedRoleMatchedByLogicalId()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray text = readAll(fixture("skyline-cfn/v1/skyline-monitoring.yaml"));
    text.replace("RoleName: SkylineMonitoringRole", "RoleName: SkylineCollectorRole");
    const QString path = dir.filePath(QStringLiteral("skyline-monitoring-1.5.yaml"));
    QVERIFY(writeFile(path, text));
    const ReleaseComparison c = compareReleases(m_cfnOld, loadReview({ path }));
    QCOMPARE(c.subjects.size(), size_t(1));
    const SubjectComparison& s = c.subjects.front();
    QCOMPARE(s.name, std::string("SkylineCollectorRole"));
    QCOMPARE(s.oldName, std::string("SkylineMonitoringRole"));
    QCOMPARE(s.status, SubjectStatus::Changed);
    QVERIFY(s.added.none() && s.removed.none());
    // Its findings follow it across the rename and the file's new name.
    QVERIFY(c.newFindings.empty());
    QVERIFY(c.resolvedFindings.empty());
}

void TestReleaseComparison::movedFindingIsNotNew()
{
    Finding before;
    before.rule = "trust-root-principal";
    before.subject = "VendorRole";
    before.file = QStringLiteral("/releases/1.0/vendor.yaml");
    before.location = { 31, 20 };
    Finding other = before;
    other.rule = "kms-decrypt-any-key";
    Finding moved = before;
    moved.file = QStringLiteral("/releases/2.0/vendor.yaml");
    moved.location = { 28, 20 };
    Finding renamedFile = before;
    renamedFile.file = QStringLiteral("/releases/2.0/vendor-2.0.yaml");
    renamedFile.subject = "VendorReadRole";
    const std::vector<FindingMatch> m1 = matchFindings({ before, other }, { moved });
    QCOMPARE(m1, (std::vector<FindingMatch> { { 0, 0 } }));
    QVERIFY(matchFindings({ other }, { moved }).empty());
    QVERIFY(matchFindings({ before }, { renamedFile }).empty());
    const std::vector<FindingMatch> m2
        = matchFindings({ before }, { renamedFile }, { { "VendorRole", "VendorReadRole" } });
    QCOMPARE(m2, (std::vector<FindingMatch> { { 0, 0 } }));
    // Where the text did not move, the exact key wins over an earlier finding of the same rule.
    Finding second = before;
    second.location = { 40, 20 };
    Finding secondNow = second;
    secondNow.file = QStringLiteral("/releases/1.0/vendor.yaml");
    QCOMPARE(matchFindings({ before, second }, { secondNow }), (std::vector<FindingMatch> { { 1, 0 } }));
}

void TestReleaseComparison::externalIdMasked_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("vendor prefix kept") << QStringLiteral("acme-7f3a9c21d0e4") << QStringLiteral("acme-****");
    QTest::newRow("no separator: a third at most") << QStringLiteral("7f3a9c21d0e45b6a") << QStringLiteral("7f3a****");
    QTest::newRow("separator too far in") << QStringLiteral("skylinemonitoring-1") << QStringLiteral("skyl****");
    QTest::newRow("short value") << QStringLiteral("abc") << QStringLiteral("a****");
    QTest::newRow("empty") << QString() << QStringLiteral("****");
    QTest::newRow("parameter placeholder shown") << QStringLiteral("${ExternalId}") << QStringLiteral("${ExternalId}");
    QTest::newRow("placeholder inside a value")
        << QStringLiteral("acme-${AWS::AccountId}-x") << QStringLiteral("acme-****");
}

void TestReleaseComparison::externalIdMasked()
{
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(QString::fromStdString(maskExternalId(value.toStdString())), masked);
}

void TestReleaseComparison::savedReviewCarriedOver()
{
    ReviewSession session;
    session.packagePaths = m_cfnOld.paths;
    const auto find = [&](const char* rule) -> const Finding* {
        for (const Finding& f : m_cfnOld.analysis.findings)
            if (f.rule == rule)
                return &f;
        return nullptr;
    };
    const Finding* root = find("trust-root-principal");
    const Finding* weak = find("trust-weak-external-id");
    QVERIFY(root && weak);
    session.setVerdict(*root, { FindingDecision::AcceptedRisk, QStringLiteral("Skyline's account, contract 2024-17") });
    session.setVerdict(*weak, { FindingDecision::ToMitigate, {} });
    session.currentFinding = ReviewSession::findingKey(*root);

    const CarriedReview carried = carryReview(session, m_cfnOld, m_cfnNew, m_cfn);
    QCOMPARE(carried.carried.size(), size_t(1));
    const Finding& now = m_cfnNew.analysis.findings[carried.carried.front().newIndex];
    QCOMPARE(now.rule, std::string("trust-root-principal"));
    QVERIFY(now.location.line != root->location.line); // moved, and still carried
    QCOMPARE(carried.carried.front().verdict.decision, FindingDecision::AcceptedRisk);
    QCOMPARE(carried.session.verdict(now).note, QStringLiteral("Skyline's account, contract 2024-17"));
    QCOMPARE(carried.session.currentFinding, ReviewSession::findingKey(now));
    // The weak External ID is gone with the External ID itself: its decision stays behind.
    QCOMPARE(carried.leftBehind, std::vector<std::string> { ReviewSession::findingKey(*weak) });
    QCOMPARE(carried.session.verdicts.size(), size_t(1));
    QCOMPARE(carried.session.packagePaths, m_cfnNew.paths);
    // Every other finding of the new release is open, the new critical one among them.
    QCOMPARE(carried.open.size(), m_cfnNew.analysis.findings.size() - 1);
    QVERIFY(std::any_of(carried.open.begin(), carried.open.end(),
        [&](size_t i) { return m_cfnNew.analysis.findings[i].rule == "kms-decrypt-any-key"; }));
}

void TestReleaseComparison::changeLinesForTheReport()
{
    const Catalog& catalog = Catalog::bundled();
    const SubjectComparison* monitoring = subject(m_cfn, "SkylineMonitoringRole");
    QVERIFY(monitoring);
    const QStringList lines = subjectChangeLines(catalog, *monitoring);
    QVERIFY2(lines.contains(QStringLiteral(
                 "Resources widened for s3:ListBucket: arn:aws:s3:::skyline-export-123456789012 became *.")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("Condition dropped: StringEquals aws:ResourceTag/monitored-by [\"skyline\"] "
                                          "no longer limits logs:FilterLogEvents, logs:GetLogEvents.")));
    QVERIFY(lines.contains(QStringLiteral("External ID no longer required.")));
    QVERIFY(lines.contains(QStringLiteral("Policy attached: arn:aws:iam::aws:policy/AWSSupportAccess.")));
    QVERIFY(lines.front().startsWith(QStringLiteral("%1 actions added: ").arg(monitoring->added.count())));
    QVERIFY(widensAccess(*monitoring));

    const SubjectComparison* remediation = subject(m_cfn, "SkylineRemediationRole");
    QVERIFY(remediation);
    const QStringList added = subjectChangeLines(catalog, *remediation);
    QCOMPARE(added.front(), QStringLiteral("New in this release."));
    QVERIFY(added.contains(QStringLiteral("3 actions added: ec2 Write 3.")));
    QVERIFY(widensAccess(*remediation));

    // A removed role takes access away: listed, but it does not widen anything.
    const SubjectComparison* dashboards = subject(m_tf, "LumenDashboardReader");
    QVERIFY(dashboards);
    const QStringList removed = subjectChangeLines(catalog, *dashboards);
    QCOMPARE(removed.front(), QStringLiteral("No longer in this release."));
    QVERIFY(removed.contains(QStringLiteral("2 actions removed: cloudwatch Read 1, cloudwatch List 1.")));
    QVERIFY(removed.contains(QStringLiteral("No longer trusts AWS arn:aws:iam::666677778888:root.")));
    QVERIFY(!widensAccess(*dashboards));

    // Narrowed resources and an added condition read as such; the new trusted role still widens access.
    const SubjectComparison* archiver = subject(m_tf, "LumenArchiver");
    QVERIFY(archiver);
    const QStringList narrowed = subjectChangeLines(catalog, *archiver);
    QVERIFY(narrowed.contains(QStringLiteral(
        "Resources narrowed for s3:GetObject, s3:GetObjectTagging: * became arn:aws:s3:::lumen-archive-*/*.")));
    QVERIFY(narrowed.contains(QStringLiteral("Now trusts AWS arn:aws:iam::666677778888:role/lumen-scanner.")));
    QVERIFY(narrowed.contains(QStringLiteral("External ID changed.")));
    QVERIFY(widensAccess(*archiver));

    for (const SubjectComparison& s : compareReleases(m_tfOld, m_tfOld).subjects)
        QVERIFY(subjectChangeLines(catalog, s).isEmpty());
}

namespace {

// A vendor role allowed s3 and KMS, with a Deny that guards it; `denies` are the Deny statements.
QByteArray guardedRole(const QByteArray& denies)
{
    return R"(AWSTemplateFormatVersion: "2010-09-09"
Description: Harbor Backup collector role (made-up vendor).
Resources:
  HarborCollectorRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: HarborCollectorRole
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::555566667777:root" }
            Action: sts:AssumeRole
            Condition: { StringEquals: { "sts:ExternalId": "harbor-5e0c2f7a91d44b3ea8c67f21d9b04e13" } }
      Policies:
        - PolicyName: harbor-collector
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Sid: Collect
                Effect: Allow
                Action: ["s3:*", "kms:Decrypt"]
                Resource: "*"
)" + denies;
}

} // namespace

// Deny statements count: a Deny on everything that a release drops adds its actions, and a narrower Deny that
// it drops is reported as a guard gone, which widens access; the reverse comparison says the opposite.
void TestReleaseComparison::cloudFormationDenyDropped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("v1")) && QDir(dir.path()).mkpath(QStringLiteral("v2")));
    const QByteArray denies = R"(              - Sid: NeverDeleteBuckets
                Effect: Deny
                Action: s3:DeleteBucket
                Resource: "*"
              - Sid: DecryptOnlyOverTls
                Effect: Deny
                Action: kms:Decrypt
                Resource: "*"
                Condition: { Bool: { "aws:SecureTransport": "false" } }
)";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("v1/harbor.yaml")), guardedRole(denies)));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("v2/harbor.yaml")), guardedRole({})));
    const Review v1 = loadReview({ dir.filePath(QStringLiteral("v1")) });
    const Review v2 = loadReview({ dir.filePath(QStringLiteral("v2")) });
    QVERIFY(!hasErrors(v1.package.diagnostics) && !hasErrors(v2.package.diagnostics));

    const ReleaseComparison c = compareReleases(v1, v2);
    QCOMPARE(c.subjects.size(), size_t(1));
    const SubjectComparison& s = c.subjects.front();
    QCOMPARE(s.status, SubjectStatus::Changed);
    QCOMPARE(s.added, actions({ "s3:DeleteBucket" }));
    QVERIFY(s.removed.none());
    QCOMPARE(s.denyDropped, actions({ "kms:Decrypt" }));
    QVERIFY(s.denyAdded.none());
    QVERIFY(widensAccess(s));
    const QStringList lines = subjectChangeLines(Catalog::bundled(), s);
    QVERIFY2(lines.contains(QStringLiteral("No longer denied by any statement: kms:Decrypt.")),
        qPrintable(lines.join(QLatin1Char('\n'))));

    const ReleaseComparison back = compareReleases(v2, v1);
    const SubjectComparison& b = back.subjects.front();
    QCOMPARE(b.removed, actions({ "s3:DeleteBucket" }));
    QVERIFY(b.added.none());
    QCOMPARE(b.denyAdded, actions({ "kms:Decrypt" }));
    QVERIFY(b.denyDropped.none());
    QVERIFY(!widensAccess(b));
}

// A permissions boundary limits what a role can do: a release that drops it gives the role everything its
// policies grant beyond the boundary, and says so.
void TestReleaseComparison::terraformBoundaryRemoved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("v1")) && QDir(dir.path()).mkpath(QStringLiteral("v2")));
    const auto module = [](const char* boundary) -> QByteArray {
        return QByteArray(R"(resource "aws_iam_role" "reader" {
  name = "TidewaterReader"
)") + boundary
            + R"(  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "tidewater-0b7e6c2a9d3f41e8b5a4c1f2e3d4c5b6" } }
    }]
  })
}

resource "aws_iam_role_policy" "reader" {
  name = "tidewater-reader"
  role = aws_iam_role.reader.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
  })
}
)";
    };
    QVERIFY(writeFile(dir.filePath(QStringLiteral("v1/main.tf")),
        module("  permissions_boundary = \"arn:aws:iam::aws:policy/ReadOnlyAccess\"\n")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("v2/main.tf")), module("")));
    const Review v1 = loadReview({ dir.filePath(QStringLiteral("v1")) });
    const Review v2 = loadReview({ dir.filePath(QStringLiteral("v2")) });
    QVERIFY(!hasErrors(v1.package.diagnostics) && !hasErrors(v2.package.diagnostics));
    const ReleaseComparison c = compareReleases(v1, v2);
    QCOMPARE(c.subjects.size(), size_t(1));
    const SubjectComparison& s = c.subjects.front();
    QCOMPARE(s.boundaryBefore, std::string("arn:aws:iam::aws:policy/ReadOnlyAccess"));
    QVERIFY(s.boundaryAfter.empty());
    QCOMPARE(s.status, SubjectStatus::Changed);
    // What the role could do under ReadOnlyAccess it still can; the rest of s3 is new.
    QVERIFY(s.added.test(Catalog::bundled().findAction("s3:DeleteBucket")));
    QVERIFY(s.added.test(Catalog::bundled().findAction("s3:PutObject")));
    QVERIFY(!s.added.test(Catalog::bundled().findAction("s3:GetObject")));
    QVERIFY(s.removed.none());
    QVERIFY(widensAccess(s));
    QVERIFY(
        subjectChangeLines(Catalog::bundled(), s)
            .contains(QStringLiteral("Permissions boundary removed (was arn:aws:iam::aws:policy/ReadOnlyAccess).")));
}

QTEST_GUILESS_MAIN(TestReleaseComparison)
#include "tst_releasecomparison.moc"
