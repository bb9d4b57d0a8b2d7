// SPDX-License-Identifier: GPL-3.0-or-later
// Effective permissions = identity ∩ boundary − explicit denies, on the real catalogue.
#include "analysis/EffectivePermissions.h"
#include "analysis/RequestContext.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "policy/PolicyParser.h"

#include <QTest>

using namespace grantscope;

namespace {

Policy parse(std::string_view json, PolicyKind kind = PolicyKind::Identity)
{
    Diagnostics d;
    PolicyParser::Result r = PolicyParser::parseJson(json, kind, QStringLiteral("t.json"), "t", d);
    if (!r.ok)
        qFatal("fixture does not parse: %s", qPrintable(d.front().toString()));
    return r.policy;
}

int idx(const char* name)
{
    const int i = Catalog::bundled().findAction(name);
    if (i < 0)
        qFatal("unknown action %s", name);
    return i;
}

constexpr std::string_view kVendor = R"({"Version":"2012-10-17","Statement":[
  {"Sid":"Kms","Effect":"Allow","Action":["kms:Decrypt","kms:CreateGrant","kms:DescribeKey"],"Resource":"*"},
  {"Sid":"Ec2","Effect":"Allow","Action":["ec2:StopInstances","ec2:DescribeInstances"],"Resource":"*"},
  {"Sid":"Tagged","Effect":"Allow","Action":"s3:GetObject","Resource":"*",
   "Condition":{"StringEquals":{"aws:ResourceTag/vendor":"acme"}}}]})";

} // namespace

class TestEffectivePermissions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void noBoundaryKeepsEverything();
    void boundaryIntersects();
    void denyOnEverythingRemoves();
    void denyOnOneArnKeepsTheAction();
    void conditionalDenyNeverRemovesStatically();
    void conditionsAgainstEmptyContext();
    void administratorUnderReadOnlyBoundary();
    void expandedOnceAnswersTheSame();
};

void TestEffectivePermissions::noBoundaryKeepsEverything()
{
    const Catalog& c = Catalog::bundled();
    const Policy vendor = parse(kVendor);
    const EffectivePermissions e = computeEffectivePermissions(c, { &vendor }, nullptr);
    QCOMPARE(e.requested.count(), 6);
    QVERIFY(e.effective.test(idx("kms:Decrypt")));
    QVERIFY(!e.effective.test(idx("s3:GetObject")));
    QVERIFY(e.conditional.test(idx("s3:GetObject")));
    QVERIFY(e.removedByBoundary.none());
    QVERIFY(e.removedByDeny.none());
}

void TestEffectivePermissions::boundaryIntersects()
{
    const Catalog& c = Catalog::bundled();
    const Policy vendor = parse(kVendor);
    const Policy boundary = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["ec2:Describe*","kms:Describe*","s3:*"],"Resource":"*"}]})",
        PolicyKind::Boundary);
    const EffectivePermissions e = computeEffectivePermissions(c, { &vendor }, &boundary);
    QVERIFY(e.effective.test(idx("ec2:DescribeInstances")));
    QVERIFY(e.effective.test(idx("kms:DescribeKey")));
    QVERIFY(!e.effective.test(idx("kms:Decrypt")));
    QVERIFY(e.removedByBoundary.test(idx("kms:Decrypt")));
    QVERIFY(e.removedByBoundary.test(idx("kms:CreateGrant")));
    QVERIFY(e.removedByBoundary.test(idx("ec2:StopInstances")));
    QCOMPARE(e.removedByBoundary.count(), 3);
    QVERIFY(e.conditional.test(idx("s3:GetObject")));
}

void TestEffectivePermissions::denyOnEverythingRemoves()
{
    const Catalog& c = Catalog::bundled();
    const Policy vendor = parse(kVendor);
    const Policy boundary = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":["kms:Decrypt","kms:CreateGrant"],"Resource":"*"}]})",
        PolicyKind::Boundary);
    const EffectivePermissions e = computeEffectivePermissions(c, { &vendor }, &boundary);
    QVERIFY(!e.effective.test(idx("kms:Decrypt")));
    QVERIFY(e.removedByDeny.test(idx("kms:Decrypt")));
    QVERIFY(e.removedByDeny.test(idx("kms:CreateGrant")));
    QVERIFY(e.effective.test(idx("kms:DescribeKey")));
    QVERIFY(e.removedByBoundary.none());
}

void TestEffectivePermissions::denyOnOneArnKeepsTheAction()
{
    const Catalog& c = Catalog::bundled();
    const Policy vendor = parse(kVendor);
    const Policy boundary = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"ec2:*","Resource":"arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod42"}]})",
        PolicyKind::Boundary);
    const EffectivePermissions e = computeEffectivePermissions(c, { &vendor }, &boundary);
    // Still allowed on every other instance; the grant records that it is denied on part of its scope.
    QVERIFY(e.effective.test(idx("ec2:StopInstances")));
    QVERIFY(!e.removedByDeny.test(idx("ec2:StopInstances")));
    bool partly = false;
    for (const EffectiveGrant& g : e.grants)
        partly = partly || g.partlyDenied.test(idx("ec2:StopInstances"));
    QVERIFY(partly);
}

void TestEffectivePermissions::conditionalDenyNeverRemovesStatically()
{
    const Catalog& c = Catalog::bundled();
    const Policy vendor = parse(kVendor);
    const Policy denies = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Deny","Action":"kms:*","Resource":"*","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}]})");
    const EffectivePermissions e = computeEffectivePermissions(c, { &vendor, &denies }, nullptr);
    QVERIFY(e.effective.test(idx("kms:Decrypt")));
    QVERIFY(e.removedByDeny.none());
}

void TestEffectivePermissions::conditionsAgainstEmptyContext()
{
    const Catalog& c = Catalog::bundled();
    const Policy vendor = parse(kVendor);
    const Policy denies = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Deny","Action":"kms:*","Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}}]})");
    const RequestContext empty;
    const EffectivePermissions e = computeEffectivePermissions(c, { &vendor, &denies }, nullptr, &empty);
    // With no keys, the StringEquals allow fails and the StringNotEquals deny holds.
    QVERIFY(!e.effective.test(idx("s3:GetObject")));
    QVERIFY(!e.conditional.test(idx("s3:GetObject")));
    QVERIFY(!e.effective.test(idx("kms:Decrypt")));
    QVERIFY(e.removedByDeny.test(idx("kms:Decrypt")));
}

void TestEffectivePermissions::administratorUnderReadOnlyBoundary()
{
    const Catalog& c = Catalog::bundled();
    const ManagedPolicyEntry* admin = ManagedPolicyStore::bundled().find("AdministratorAccess");
    const ManagedPolicyEntry* view = ManagedPolicyStore::bundled().find("ViewOnlyAccess");
    QVERIFY(admin && view);
    const Policy identity = parse(admin->document);
    const Policy boundary = parse(view->document, PolicyKind::Boundary);
    const EffectivePermissions e = computeEffectivePermissions(c, { &identity }, &boundary);
    QCOMPARE(e.requested.count(), c.actionCount());
    QVERIFY(e.effective.any());
    QVERIFY(e.effective.count() < c.actionCount() / 5);
    QCOMPARE(e.effective.count() + e.removedByBoundary.count() + e.conditional.count(), c.actionCount());
    QVERIFY(!e.effective.test(idx("s3:GetObject")));
}

void TestEffectivePermissions::expandedOnceAnswersTheSame()
{
    // A review expands each policy once and compares it under several boundaries and contexts: every field
    // must be what expanding it for each call gives, with denies, conditions and ARN scopes on both sides.
    const Catalog& c = Catalog::bundled();
    const Policy vendor = parse(kVendor);
    const Policy extra = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["s3:Get*","s3:PutObject"],"Resource":"arn:aws:s3:::acme-exports/*"},
        {"Effect":"Deny","Action":"kms:CreateGrant","Resource":"*",
         "Condition":{"Bool":{"kms:GrantIsForAWSResource":"false"}}}]})");
    const Policy boundary = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["ec2:*","kms:*","s3:*"],"Resource":"*"},
        {"Effect":"Deny","Action":"ec2:StopInstances","Resource":"arn:aws:ec2:*:*:instance/i-0prod*"},
        {"Effect":"Deny","Action":"s3:*","Resource":"arn:aws:s3:::acme-exports/private/*",
         "Condition":{"StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}}]})",
        PolicyKind::Boundary);
    const std::vector<ExpandedStatement> vendorExpanded = expandStatements(c, vendor);
    const std::vector<ExpandedStatement> extraExpanded = expandStatements(c, extra);
    const std::vector<ExpandedStatement> boundaryExpanded = expandStatements(c, boundary);
    QCOMPARE(vendorExpanded.size(), vendor.statements.size());
    const RequestContext noKeys;
    for (const RequestContext* context : { static_cast<const RequestContext*>(nullptr), &noKeys })
        for (const bool bounded : { false, true }) {
            const EffectivePermissions once = computeEffectivePermissions(c, { &vendorExpanded, &extraExpanded },
                bounded ? &boundaryExpanded : nullptr, context, AccountScope {});
            const EffectivePermissions each
                = computeEffectivePermissions(c, { &vendor, &extra }, bounded ? &boundary : nullptr, context);
            QVERIFY(once.requested == each.requested);
            QVERIFY(once.effective == each.effective);
            QVERIFY(once.conditional == each.conditional);
            QVERIFY(once.removedByBoundary == each.removedByBoundary);
            QVERIFY(once.removedByDeny == each.removedByDeny);
            QCOMPARE(once.grants.size(), each.grants.size());
            QVERIFY(!once.grants.empty());
            for (size_t i = 0; i < once.grants.size(); ++i) {
                QVERIFY(once.grants[i].actions == each.grants[i].actions);
                QVERIFY(once.grants[i].partlyDenied == each.grants[i].partlyDenied);
                QVERIFY(once.grants[i].scope == each.grants[i].scope);
                QVERIFY(once.grants[i].identity == each.grants[i].identity);
                QVERIFY(once.grants[i].boundary == each.grants[i].boundary);
                QCOMPARE(once.grants[i].conditions.size(), each.grants[i].conditions.size());
            }
            if (bounded)
                QVERIFY(once.effective.test(idx("ec2:StopInstances"))); // denied on production instances only
        }
}

QTEST_GUILESS_MAIN(TestEffectivePermissions)
#include "tst_effectivepermissions.moc"
