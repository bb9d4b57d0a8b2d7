// SPDX-License-Identifier: GPL-3.0-or-later
// IAM users and groups of a Terraform package (JSON and HCL) are subjects like roles; their long-lived keys
// and console passwords are findings, and a key's secret reaching an output, an SSM parameter or a secret
// is a finding of its own.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

const RoleRecord* named(const ReviewSubject& s, std::string_view name)
{
    for (const RoleRecord& r : s.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

bool hasPolicy(const RoleRecord& r, std::string_view name)
{
    return std::any_of(r.policies.begin(), r.policies.end(), [&](const PolicyRecord& p) { return p.name == name; });
}

std::vector<const PackageNote*> notes(const ReviewSubject& s, std::string_view kind)
{
    std::vector<const PackageNote*> out;
    for (const PackageNote& n : s.notes)
        if (n.kind == kind)
            out.push_back(&n);
    return out;
}

} // namespace

class TestTerraformIdentities : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hclUserGetsGroupAndAttachedPolicies();
    void hclKeySecretInOutputAndParameter();
    void jsonUsersGroupsAndInlinePolicies();
    void encryptedSecretIsNotExposed();
    void findingsOfUsers();
};

void TestTerraformIdentities::hclUserGetsGroupAndAttachedPolicies()
{
    const ReviewSubject s = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/identities/ledgerly-hcl") });
    QVERIFY(!hasErrors(s.diagnostics));
    QVERIFY(s.unreviewed().empty());
    const RoleRecord* group = nullptr;
    const RoleRecord* user = nullptr;
    for (const RoleRecord& r : s.roles) {
        if (r.kind == "group")
            group = &r;
        if (r.kind == "user")
            user = &r;
    }
    QVERIFY(group && user);
    QCOMPARE(user->name, std::string("ledgerly-sync"));
    QCOMPARE(user->logicalId, std::string("aws_iam_user.sync"));
    QCOMPARE(user->location.line, 21);
    QVERIFY(!user->hasTrustPolicy);
    QVERIFY(hasPolicy(*group, "ledgerly-exports"));
    QVERIFY(hasPolicy(*user, "ledgerly-exports")); // through aws_iam_group_membership
    QVERIFY(hasPolicy(*user, "AdministratorAccess"));
    QCOMPARE(notes(s, "login-profile").size(), size_t(1));
    QCOMPARE(notes(s, "access-key").size(), size_t(1));
    QCOMPARE(notes(s, "access-key").front()->location.line, 42);
}

void TestTerraformIdentities::hclKeySecretInOutputAndParameter()
{
    const ReviewSubject s = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/identities/ledgerly-hcl") });
    const std::vector<const PackageNote*> exposed = notes(s, "access-key-secret-exposed");
    QCOMPARE(exposed.size(), size_t(2)); // the SSM parameter and the output; not the key id output
    std::vector<int> lines;
    for (const PackageNote* n : exposed)
        lines.push_back(n->location.line);
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines, (std::vector<int> { 49, 57 }));
    QVERIFY(std::any_of(exposed.begin(), exposed.end(),
        [](const PackageNote* n) { return n->message.contains(QLatin1String("SSM parameter")); }));
}

void TestTerraformIdentities::jsonUsersGroupsAndInlinePolicies()
{
    const ReviewSubject s = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/identities/ledgerly.tf.json") });
    QVERIFY(!hasErrors(s.diagnostics));
    QVERIFY(s.unreviewed().empty());
    const RoleRecord* reporting = named(s, "ledgerly-reporting");
    QVERIFY(reporting);
    QCOMPARE(reporting->kind, std::string("user"));
    QVERIFY(hasPolicy(*reporting, "ledgerly-reporting-secrets"));
    QVERIFY(hasPolicy(*reporting, "ReadOnlyAccess")); // from its group
    const RoleRecord* readers = named(s, "ledgerly-readers");
    QVERIFY(readers);
    QCOMPARE(readers->kind, std::string("group"));
    const RoleRecord* archive = named(s, "ledgerly-archive");
    QVERIFY(archive);
    QVERIFY(archive->policies.empty()); // the twin: a user without groups or policies gets nothing
    const std::vector<const PackageNote*> exposed = notes(s, "access-key-secret-exposed");
    QCOMPARE(exposed.size(), size_t(1));
    QCOMPARE(exposed.front()->subject, std::string("aws_iam_access_key.reporting"));
    QVERIFY(exposed.front()->message.contains(QLatin1String("aws_secretsmanager_secret_version.reporting")));
    QCOMPARE(notes(s, "access-key").size(), size_t(2));
}

void TestTerraformIdentities::encryptedSecretIsNotExposed()
{
    // The archive key is encrypted with a PGP key: its encrypted_secret in an output is not the secret.
    const ReviewSubject s = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/identities/ledgerly.tf.json") });
    for (const PackageNote& n : s.notes)
        if (n.kind == "access-key-secret-exposed")
            QVERIFY(n.subject != "aws_iam_access_key.archive");
}

void TestTerraformIdentities::findingsOfUsers()
{
    const ReviewSubject s = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/identities/ledgerly-hcl") });
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "ledgerly-sync" && f.severity == Severity::Critical; }));
    const auto exposed = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.rule == "package-access-key-secret-exposed"; });
    QVERIFY(exposed != a.findings.end());
    QCOMPARE(exposed->severity, Severity::High);
    const auto subject = std::find_if(
        a.subjects.begin(), a.subjects.end(), [](const SubjectSummary& x) { return x.name == "ledgerly-sync"; });
    QVERIFY(subject != a.subjects.end());
}

QTEST_GUILESS_MAIN(TestTerraformIdentities)
#include "tst_terraformidentities.moc"
