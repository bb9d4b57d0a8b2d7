// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a boundary back into the composer: every draft the composer writes (as written, compacted, or
// read from CloudFormation and Terraform) comes back as the same draft; hand-written boundaries in the
// forms AWS documents become the deny lists they mean; what the composer cannot hold is refused with the
// statement's place, never bent; and the edits that replace one draft with another undo as one step.
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundaryEdit.h"
#include "boundary/BoundaryFile.h"
#include "boundary/BoundaryImport.h"
#include "catalog/Catalog.h"
#include "policy/PolicyParser.h"
#include "policy/PolicyWriter.h"

#include <QTest>

using namespace grantscope;

class TestBoundaryImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void compactedRoundTrip();
    void handwrittenJson();
    void cloudFormationAndTerraform();
    void refused_data();
    void refused();
    void replaceAsOneStep();
};

namespace {

const Catalog& catalog()
{
    return Catalog::bundled();
}

const std::vector<std::string> kVendor
    = { "kms:Decrypt", "logs:Describe*", "logs:GetLogEvents", "s3:GetObject", "s3:ListBucket", "ec2:Describe*" };

ConditionClause productionTag()
{
    ConditionClause c;
    c.operatorText = "StringEquals";
    c.key = "aws:ResourceTag/env";
    c.values = { "production" };
    return c;
}

Policy parse(const std::string& json, const QString& name = QStringLiteral("boundary.json"))
{
    Diagnostics diagnostics;
    PolicyParser::Result r = PolicyParser::parseJson(json, PolicyKind::Boundary, name, "b", diagnostics);
    if (!r.ok)
        qFatal("boundary does not parse: %s", qPrintable(diagnostics.front().toString()));
    return r.policy;
}

// The draft as the composer holds it after an import, for comparison (the vendor list only matters when used).
BoundaryDraft normalised(BoundaryDraft d)
{
    d.name = "GrantScopeBoundary";
    if (d.base == BoundaryBase::AllowAll)
        d.vendorActions.clear();
    return d;
}

BoundaryDraft imported(const Policy& policy)
{
    Diagnostics diagnostics;
    const std::optional<BoundaryDraft> d = draftFromBoundary(policy, catalog(), kVendor, diagnostics);
    if (!d)
        qWarning("%s", qPrintable(diagnostics.empty() ? QStringLiteral("no draft") : diagnostics.front().toString()));
    if (d)
        return normalised(*d);
    BoundaryDraft refused;
    refused.name = "refused";
    return refused;
}

} // namespace

void TestBoundaryImport::roundTrip_data()
{
    QTest::addColumn<BoundaryDraft>("draft");

    BoundaryDraft allowAll;
    allowAll.deniedActions = { "kms:Decrypt", "iam:PassRole", "ec2:ModifySnapshotAttribute" };
    allowAll.arnDenies = { { "s3:*", "arn:aws:s3:::payroll-exports" }, { "s3:*", "arn:aws:s3:::payroll-exports/*" },
        { "kms:*", "arn:aws:kms:*:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab" } };
    allowAll.conditionalDenies = { { { "ec2:StopInstances", "ec2:TerminateInstances" }, productionTag() } };
    allowAll.exceptDenies = { { { "kms:CreateGrant" }, { "arn:aws:kms:eu-west-1:123456789012:key/vendor-key" } } };
    QTest::newRow("allow all with every kind of deny") << allowAll;

    BoundaryDraft services;
    services.allowedServices = { "cloudwatch", "ec2", "logs", "s3" };
    services.deniedActions = { "s3:PutBucketPolicy" };
    QTest::newRow("some services") << services;

    BoundaryDraft levels;
    levels.allowedLevels = static_cast<AccessLevels>(AccessLevel::List) | static_cast<AccessLevels>(AccessLevel::Read);
    QTest::newRow("read and list only") << levels;

    BoundaryDraft vendor;
    vendor.base = BoundaryBase::VendorGrants;
    vendor.vendorActions = kVendor;
    vendor.deniedActions = { "kms:Decrypt" };
    QTest::newRow("the vendor's grants") << vendor;

    BoundaryDraft vendorNarrowed = vendor;
    vendorNarrowed.allowedServices = { "ec2", "logs" };
    vendorNarrowed.allowedLevels = static_cast<AccessLevels>(AccessLevel::List);
    QTest::newRow("the vendor's grants, narrowed") << vendorNarrowed;

    BoundaryDraft both;
    both.allowedServices = { "ec2", "s3" };
    both.allowedLevels = static_cast<AccessLevels>(AccessLevel::Read);
    QTest::newRow("services and levels") << both;
}

void TestBoundaryImport::roundTrip()
{
    QFETCH(BoundaryDraft, draft);
    QVERIFY(draft.check(catalog()).empty());
    const Policy written = parse(writePolicyJson(draft.toPolicy(catalog()), 2));
    const BoundaryDraft back = imported(written);
    QCOMPARE(back.name, std::string("GrantScopeBoundary"));
    QCOMPARE(back.allowedActions(catalog()), draft.allowedActions(catalog()));
    // The same draft, not only the same policy: the reviewer sees the lists they made.
    QVERIFY(back == normalised(draft));
}

void TestBoundaryImport::compactedRoundTrip()
{
    // A long deny list compacted to wildcards comes back as those wildcards, denying the same actions.
    BoundaryDraft draft;
    for (int si : catalog().servicesInNameOrder()) {
        const ServiceInfo& s = catalog().service(si);
        if (s.prefix == "iam" || s.prefix == "kms" || s.prefix == "sts")
            catalog().serviceActions(si).forEach(
                [&](int a) { draft.deniedActions.push_back(catalog().actionName(a)); });
    }
    draft.allowedServices = { "ec2", "logs", "s3" };
    draft.allowedLevels = static_cast<AccessLevels>(AccessLevel::List) | static_cast<AccessLevels>(AccessLevel::Read);
    const CompactedBoundary compacted = BoundaryCompactor::compact(catalog(), draft.toPolicy(catalog()));
    QVERIFY(compacted.fits);
    const BoundaryDraft back = imported(parse(compacted.json));
    QCOMPARE(back.allowedLevels, draft.allowedLevels);
    QCOMPARE(back.allowedServices, draft.allowedServices);
    QCOMPARE(back.allowedActions(catalog()), draft.allowedActions(catalog()));
    QVERIFY(back.deniedActions.size() < draft.deniedActions.size());
    ActionSet before = catalog().emptySet();
    ActionSet after = catalog().emptySet();
    for (const std::string& p : draft.deniedActions)
        catalog().matchInto(p, before);
    for (const std::string& p : back.deniedActions)
        catalog().matchInto(p, after);
    QCOMPARE(after, before);

    // A NotAction Allow (the compactor's last resort) is the complement it stands for.
    const BoundaryDraft notAction = imported(parse(R"({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}]})"));
    QVERIFY(notAction.name != "refused");
    ActionSet expected = catalog().allActions();
    expected -= catalog().serviceActions(catalog().findService("iam"));
    expected -= catalog().serviceActions(catalog().findService("organizations"));
    QCOMPARE(notAction.allowedActions(catalog()), expected);
}

void TestBoundaryImport::handwrittenJson()
{
    // In the shape AWS's boundary examples take: allow the services, deny the dangerous parts.
    const Policy p = parse(R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "AllowedServices", "Effect": "Allow", "Action": ["s3:*", "cloudwatch:*", "ec2:*"], "Resource": "*"},
    {"Sid": "NoBoundaryChanges", "Effect": "Deny",
     "Action": ["iam:DeleteRolePermissionsBoundary", "iam:PutRolePermissionsBoundary"], "Resource": "*"},
    {"Sid": "NoProductionStops", "Effect": "Deny", "Action": "ec2:StopInstances", "Resource": "*",
     "Condition": {"StringEquals": {"aws:ResourceTag/env": "production"}}},
    {"Sid": "OnlyTheVendorBucket", "Effect": "Deny", "Action": "s3:*",
     "NotResource": ["arn:aws:s3:::vendor-drop", "arn:aws:s3:::vendor-drop/*"]},
    {"Sid": "NotTheAuditTrail", "Effect": "Deny", "Action": ["s3:DeleteObject", "s3:PutObject"],
     "Resource": ["arn:aws:s3:::org-cloudtrail", "arn:aws:s3:::org-cloudtrail/*"]}
  ]
})");
    const BoundaryDraft d = imported(p);
    QCOMPARE(d.base, BoundaryBase::AllowAll);
    QCOMPARE(d.allowedServices, (std::vector<std::string> { "cloudwatch", "ec2", "s3" }));
    QCOMPARE(d.allowedLevels, AccessLevels(0));
    QCOMPARE(d.deniedActions,
        (std::vector<std::string> { "iam:DeleteRolePermissionsBoundary", "iam:PutRolePermissionsBoundary" }));
    QCOMPARE(d.conditionalDenies.size(), size_t(1));
    QCOMPARE(d.conditionalDenies[0].condition.key, std::string("aws:ResourceTag/env"));
    QCOMPARE(d.exceptDenies.size(), size_t(1));
    QCOMPARE(d.exceptDenies[0].exceptResources.size(), size_t(2));
    QCOMPARE(d.arnDenies.size(), size_t(4));
    QCOMPARE(d.arnDenies[1], (ArnDeny { "s3:PutObject", "arn:aws:s3:::org-cloudtrail" }));
}

void TestBoundaryImport::cloudFormationAndTerraform()
{
    BoundaryDraft draft;
    draft.allowedServices = { "logs", "s3" };
    draft.deniedActions = { "s3:PutBucketPolicy", "s3:DeleteBucket" };
    const std::string json = writePolicyJson(draft.toPolicy(catalog()), 2);
    QString indented = QString::fromStdString(json);
    indented.replace(QLatin1Char('\n'), QStringLiteral("\n        "));
    const QByteArray cfn = QByteArrayLiteral("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
                                             "  VendorBoundary:\n    Type: AWS::IAM::ManagedPolicy\n"
                                             "    Properties:\n      PolicyDocument:\n        ")
        + indented.toUtf8() + '\n';
    const QByteArray tf = QByteArrayLiteral("resource \"aws_iam_policy\" \"vendor_boundary\" {\n"
                                            "  name   = \"VendorBoundary\"\n  policy = <<EOT\n")
        + QByteArray::fromStdString(json) + QByteArrayLiteral("\nEOT\n}\n");
    for (const auto& [name, bytes] :
        { std::pair { QStringLiteral("boundary.yaml"), cfn }, std::pair { QStringLiteral("boundary.tf"), tf } }) {
        Diagnostics diagnostics;
        const std::optional<Policy> p = readBoundaryText(name, bytes.toStdString(), diagnostics);
        QVERIFY2(p, diagnostics.empty() ? qPrintable(name) : qPrintable(diagnostics.front().toString()));
        const BoundaryDraft back = imported(*p);
        QCOMPARE(back.allowedServices, draft.allowedServices);
        QCOMPARE(back.deniedActions, draft.deniedActions);
    }
}

void TestBoundaryImport::refused_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    QTest::newRow("allow under a condition") << R"({"Version": "2012-10-17", "Statement": [
  {"Sid": "RegionOnly", "Effect": "Allow", "Action": "*", "Resource": "*",
   "Condition": {"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}}]})"
                                             << 2 << "RegionOnly";
    QTest::newRow("allow on some resources") << R"({"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::vendor-drop/*"}]})"
                                             << 2 << "statement 1";
    QTest::newRow("deny under two conditions") << R"({"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Action": "*", "Resource": "*"},
  {"Sid": "TwoKeys", "Effect": "Deny", "Action": "ec2:TerminateInstances", "Resource": "*",
   "Condition": {"StringEquals": {"aws:ResourceTag/env": "production"}, "Bool": {"aws:MultiFactorAuthPresent": "false"}}}]})"
                                               << 3 << "2 conditions";
    QTest::newRow("a hand-picked allow list") << R"({"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Action": ["s3:GetObject", "logs:PutLogEvents"], "Resource": "*"}]})"
                                              << 2 << "neither every action";
    QTest::newRow("unknown action") << R"({"Version": "2012-10-17", "Statement": [
  {"Effect": "Allow", "Action": "*", "Resource": "*"},
  {"Effect": "Deny", "Action": "kms:Decryptt", "Resource": "*"}]})"
                                    << 3 << "kms:Decryptt";
    QTest::newRow("allows nothing") << R"({"Version": "2012-10-17", "Statement": [
  {"Effect": "Deny", "Action": "*", "Resource": "*"}]})"
                                    << 0 << "allows nothing";
}

void TestBoundaryImport::refused()
{
    QFETCH(QString, json);
    QFETCH(int, line);
    QFETCH(QString, says);
    Diagnostics diagnostics;
    const std::optional<BoundaryDraft> d
        = draftFromBoundary(parse(json.toStdString()), catalog(), kVendor, diagnostics);
    QVERIFY(!d);
    QVERIFY(!diagnostics.empty());
    const Diagnostic& first = diagnostics.front();
    QCOMPARE(first.severity, DiagnosticSeverity::Error);
    QCOMPARE(first.file, QStringLiteral("boundary.json"));
    if (line > 0)
        QCOMPARE(first.location.line, line);
    QVERIFY2(first.message.contains(says), qPrintable(first.message));
}

void TestBoundaryImport::replaceAsOneStep()
{
    BoundaryDraft from;
    from.deniedActions = { "kms:Decrypt" };
    from.arnDenies = { { "s3:*", "arn:aws:s3:::a" } };
    from.exceptDenies = { { { "kms:CreateGrant" }, { "arn:aws:kms:*:123456789012:key/k" } } };
    BoundaryDraft to;
    to.base = BoundaryBase::VendorGrants;
    to.vendorActions = kVendor;
    to.allowedLevels = static_cast<AccessLevels>(AccessLevel::Read);
    to.deniedActions = { "iam:PassRole", "kms:Decrypt" };
    to.conditionalDenies = { { { "ec2:StopInstances" }, productionTag() } };

    std::vector<BoundaryEdit> edits = editsReplacingDraft(from, to);
    BoundaryDraft d = from;
    for (BoundaryEdit& e : edits)
        e.apply(d);
    QVERIFY(d == to);
    for (auto it = edits.rbegin(); it != edits.rend(); ++it)
        it->revert(d);
    QVERIFY(d == from);
    QVERIFY(editsReplacingDraft(to, to).empty());
}

QTEST_GUILESS_MAIN(TestBoundaryImport)
#include "tst_boundaryimport.moc"
