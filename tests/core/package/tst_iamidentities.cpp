// SPDX-License-Identifier: GPL-3.0-or-later
// IAM users and groups are subjects like roles; access keys, console passwords and a key's secret
// leaving the stack are findings.
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
    return QStringLiteral(GRANTSCOPE_FIXTURES "/identities/sync-user.yaml");
}

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

std::vector<int> linesOf(const ReviewSubject& s, std::string_view kind)
{
    std::vector<int> out;
    for (const PackageNote& n : s.notes)
        if (n.kind == kind)
            out.push_back(n.location.line);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestIamIdentities : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usersAndGroupsAreSubjects();
    void keysPasswordsAndSecrets();
    void findings();
};

void TestIamIdentities::usersAndGroupsAreSubjects()
{
    const ReviewSubject s = loadPackage({ fixture() });
    QVERIFY(!hasErrors(s.diagnostics));
    QVERIFY(s.unreviewed().empty());
    const RoleRecord* user = named(s, "ledgerly-sync");
    const RoleRecord* group = named(s, "LedgerlySyncAgents");
    QVERIFY(user && group);
    QCOMPARE(user->kind, std::string("user"));
    QCOMPARE(group->kind, std::string("group"));
    QCOMPARE(user->location.line, 22);
    QVERIFY(!user->hasTrustPolicy);
    QVERIFY(hasPolicy(*user, "IAMFullAccess"));
    QVERIFY(hasPolicy(*user, "ReadSecrets"));
    QVERIFY(hasPolicy(*user, "ExportsReadWrite")); // through UserToGroupAddition
    QVERIFY(hasPolicy(*group, "ExportsReadWrite"));
}

void TestIamIdentities::keysPasswordsAndSecrets()
{
    const ReviewSubject s = loadPackage({ fixture() });
    QCOMPARE(linesOf(s, "access-key"), std::vector<int> { 45 });
    QCOMPARE(linesOf(s, "login-profile"), std::vector<int> { 22 });
    QCOMPARE(linesOf(s, "access-key-secret-exposed"), (std::vector<int> { 54, 59 }));
    const auto ssm = std::find_if(s.notes.begin(), s.notes.end(),
        [](const PackageNote& n) { return n.kind == "access-key-secret-exposed" && n.location.line == 54; });
    QVERIFY(ssm->message.contains(QLatin1String("SSM parameter SyncKeyCopy")));
}

void TestIamIdentities::findings()
{
    const ReviewSubject s = loadPackage({ fixture() });
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    auto count = [&](std::string_view rule, Severity severity) {
        return std::count_if(a.findings.begin(), a.findings.end(),
            [&](const Finding& f) { return f.rule == rule && f.severity == severity; });
    };
    QCOMPARE(count("package-access-key-secret-exposed", Severity::High), 2);
    QCOMPARE(count("package-access-key", Severity::Medium), 1);
    QCOMPARE(count("package-login-profile", Severity::Medium), 1);
    // The existing rules apply to the user: IAMFullAccess lets it escalate.
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.subject == "ledgerly-sync" && f.category == "privilege-escalation"; }));
    const auto user = std::find_if(
        a.subjects.begin(), a.subjects.end(), [](const SubjectSummary& x) { return x.name == "ledgerly-sync"; });
    QVERIFY(user != a.subjects.end());
    QCOMPARE(user->kind, std::string("user"));
}

QTEST_GUILESS_MAIN(TestIamIdentities)
#include "tst_iamidentities.moc"
