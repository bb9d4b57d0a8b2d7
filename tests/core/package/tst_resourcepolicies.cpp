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

QTEST_GUILESS_MAIN(TestResourcePolicies)
#include "tst_resourcepolicies.moc"
