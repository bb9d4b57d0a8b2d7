// SPDX-License-Identifier: GPL-3.0-or-later
// Resource policies that let principals outside the customer's account in are subjects, with the risk
// rules applied to what the outsiders get.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

QString fixture()
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/resourcepolicies/shared-archive.yaml");
}

const RoleRecord* named(const ReviewSubject& s, std::string_view name)
{
    for (const RoleRecord& r : s.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace

class TestResourcePolicies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void outsidersAreSubjects();
    void customerOnlyPoliciesAreNotSubjects();
    void rulesApplyToWhatOutsidersGet();
    void terraformJson();
    void lambdaPermissions();
    void eventBusPolicies();
    void terraformPermissions();
};

void TestResourcePolicies::outsidersAreSubjects()
{
    const ReviewSubject s = loadPackage({ fixture() });
    QVERIFY(!hasErrors(s.diagnostics));
    QVERIFY(s.unreviewed().empty());
    const RoleRecord* key = named(s, "ArchiveKey");
    QVERIFY(key);
    QCOMPARE(key->kind, std::string("resource-policy"));
    QCOMPARE(key->location.line, 10);
    // Only the vendor's statement: the account's own admin statement lets no one outside in.
    QCOMPARE(key->trustPolicy.statements.size(), size_t(1));
    QCOMPARE(key->trustPolicy.statements.front().sid, std::string("VendorDecrypt"));
    QCOMPARE(
        key->trustPolicy.statements.front().principals.front().value, std::string("arn:aws:iam::135791357913:root"));
    // "*" in a key policy is the key itself.
    QCOMPARE(key->policies.front().policy.statements.front().resources.front().value,
        std::string("arn:aws:kms:us-east-1:123456789012:key/${ArchiveKey}"));
    const RoleRecord* bucket = named(s, "ArchiveBucketPolicy");
    QVERIFY(bucket);
    QCOMPARE(bucket->policies.front().name, std::string("ArchiveBucketPolicy (bucket policy)"));
}

void TestResourcePolicies::customerOnlyPoliciesAreNotSubjects()
{
    const ReviewSubject s = loadPackage({ fixture() });
    QVERIFY(!named(s, "InternalQueuePolicy")); // a service principal acting for the customer
    QCOMPARE(s.roles.size(), size_t(2));
}

void TestResourcePolicies::rulesApplyToWhatOutsidersGet()
{
    const ReviewSubject s = loadPackage({ fixture() });
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    const auto read = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "ArchiveBucketPolicy" && f.rule == "data-read-objects"; });
    QVERIFY(read != a.findings.end());
    QCOMPARE(read->location.line, 41);
    const auto subject = std::find_if(
        a.subjects.begin(), a.subjects.end(), [](const SubjectSummary& x) { return x.name == "ArchiveKey"; });
    QVERIFY(subject != a.subjects.end());
    QCOMPARE(subject->kind, std::string("resource-policy"));
    QCOMPARE(subject->trustedPrincipals, std::vector<std::string> { "AWS:arn:aws:iam::135791357913:root" });
    // No trust-policy rules on a resource policy (external IDs are for AssumeRole only).
    QVERIFY(std::none_of(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "ArchiveKey" && f.category == "trust"; }));
}

void TestResourcePolicies::terraformJson()
{
    const ReviewSubject s = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/resourcepolicies/archive.tf.json") });
    QVERIFY(!hasErrors(s.diagnostics));
    QVERIFY(s.unreviewed().empty());
    const RoleRecord* key = named(s, "aws_kms_key.archive");
    QVERIFY(key);
    QCOMPARE(key->kind, std::string("resource-policy"));
    QCOMPARE(key->policies.front().policy.statements.front().resources.front().value,
        std::string("arn:aws:kms:us-east-1:123456789012:key/${aws_kms_key.archive}"));
    const RoleRecord* bucket = named(s, "aws_s3_bucket_policy.archive");
    QVERIFY(bucket); // the document comes from a data source of the file, the account from a variable
    QCOMPARE(
        bucket->trustPolicy.statements.front().principals.front().value, std::string("arn:aws:iam::135791357913:root"));
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "aws_kms_key.archive" && f.rule == "kms-decrypt-any-key"; }));
}

void TestResourcePolicies::lambdaPermissions()
{
    const ReviewSubject s
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/resourcepolicies/alerting-hooks.yaml") });
    QVERIFY(!hasErrors(s.diagnostics));
    QVERIFY(s.unreviewed().empty());
    // Another account may invoke the function.
    const RoleRecord* vendor = named(s, "VendorInvokePermission");
    QVERIFY(vendor);
    QCOMPARE(vendor->kind, std::string("resource-policy"));
    QCOMPARE(vendor->location.line, 24);
    const Statement& st = vendor->policies.front().policy.statements.front();
    QCOMPARE(st.principals.front().value, std::string("858585858585"));
    QCOMPARE(st.actions.front().value, std::string("lambda:InvokeFunction"));
    QCOMPARE(
        st.resources.front().value, std::string("arn:aws:lambda:us-east-1:123456789012:function:${EnrichFunction}"));
    QCOMPARE(named(s, "UploadNotifyPermission")->policies.front().policy.statements.front().resources.front().value,
        std::string("arn:aws:lambda:us-east-1:123456789012:function:pagerloop-enrich"));
    // A service without SourceAccount / SourceArn: any account's bucket can invoke it.
    const RoleRecord* s3 = named(s, "UploadNotifyPermission");
    QVERIFY(s3);
    QCOMPARE(s3->trustPolicy.statements.front().principals.front().type, std::string("Service"));
    // The twins: a service limited to the customer's topic, and the customer's own account.
    QVERIFY(!named(s, "TopicInvokePermission"));
    QVERIFY(!named(s, "OwnAccountPermission"));
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "VendorInvokePermission" && f.rule == "code-execution"; }));
}

void TestResourcePolicies::eventBusPolicies()
{
    const ReviewSubject s
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/resourcepolicies/alerting-hooks.yaml") });
    const RoleRecord* legacy = named(s, "VendorPutEvents");
    QVERIFY(legacy);
    const Statement& st = legacy->policies.front().policy.statements.front();
    QCOMPARE(st.principals.front().value, std::string("858585858585"));
    QCOMPARE(st.actions.front().value, std::string("events:PutEvents"));
    QCOMPARE(st.resources.front().value, std::string("arn:aws:events:us-east-1:123456789012:event-bus/${IncidentBus}"));
    const RoleRecord* organization = named(s, "OrganizationPutEvents");
    QVERIFY(organization); // "*" limited to an organization is still outside the customer's account
    QCOMPARE(organization->trustPolicy.statements.front().conditions.front().key, std::string("aws:PrincipalOrgID"));
    QVERIFY(!named(s, "OwnAccountPutEvents"));
}

void TestResourcePolicies::terraformPermissions()
{
    const ReviewSubject s
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/resourcepolicies/alerting-hooks.tf.json") });
    QVERIFY(!hasErrors(s.diagnostics));
    QVERIFY(s.unreviewed().empty());
    const RoleRecord* invoke = named(s, "aws_lambda_permission.vendor_invoke");
    QVERIFY(invoke);
    QCOMPARE(invoke->trustPolicy.statements.front().principals.front().value, std::string("858585858585"));
    QVERIFY(!named(s, "aws_lambda_permission.topic_invoke"));
    const RoleRecord* events = named(s, "aws_cloudwatch_event_permission.vendor_put_events");
    QVERIFY(events);
    QCOMPARE(events->policies.front().policy.statements.front().resources.front().value,
        std::string("arn:aws:events:us-east-1:123456789012:event-bus/pagerloop-incidents"));
    QVERIFY(!named(s, "aws_cloudwatch_event_permission.own_account"));
}

QTEST_GUILESS_MAIN(TestResourcePolicies)
#include "tst_resourcepolicies.moc"
