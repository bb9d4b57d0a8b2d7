// SPDX-License-Identifier: GPL-3.0-or-later
// StackSets with inline bodies and nested stacks whose template is a file of the package are reviewed as
// part of it, with the parent's parameter values, located in the parent file.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/stacksets/") + QLatin1String(name);
}

const RoleRecord* roleWithId(const ReviewSubject& s, std::string_view logicalId)
{
    for (const RoleRecord& r : s.roles)
        if (r.logicalId == logicalId)
            return &r;
    return nullptr;
}

bool hasPolicy(const RoleRecord& role, std::string_view name)
{
    return std::any_of(
        role.policies.begin(), role.policies.end(), [&](const PolicyRecord& p) { return p.name == name; });
}

std::string firstPrincipal(const RoleRecord& role)
{
    return role.trustPolicy.statements.empty() || role.trustPolicy.statements.front().principals.empty()
        ? std::string()
        : role.trustPolicy.statements.front().principals.front().value;
}

} // namespace

class TestNestedTemplates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stackSetYamlBody();
    void stackSetSubJsonBody();
    void nestedStackFileOfThePackage();
    void reviewerValuesReachTheBody();
    void findingsPointIntoTheParent();
    void brokenBodyIsNotReviewedLoudly();

private:
    ReviewSubject m_package;
};

void TestNestedTemplates::initTestCase()
{
    m_package = loadPackage({ fixture("org-package") });
    QVERIFY2(!hasErrors(m_package.diagnostics),
        qPrintable(m_package.diagnostics.empty() ? QString() : m_package.diagnostics.front().toString()));
}

void TestNestedTemplates::stackSetYamlBody()
{
    const RoleRecord* role = roleWithId(m_package, "MemberScannerRoles/ScannerRole");
    QVERIFY(role);
    QCOMPARE(role->name, std::string("SkylarkMemberScanner"));
    QVERIFY(role->file.endsWith(QLatin1String("org-onboarding.yaml")));
    QCOMPARE(role->location.line, 40); // body line 32 + line 8 of the body
    QCOMPARE(role->location.column, 11);
    // The parent's parameters pass through ParameterKey / ParameterValue.
    QCOMPARE(firstPrincipal(*role), std::string("arn:aws:iam::918273645501:root"));
    const Statement& trust = role->trustPolicy.statements.front();
    QCOMPARE(
        trust.conditions.front().values, std::vector<std::string> { "skylark-7c1e9d42-5b8a-4f0e-9d13-2a6b4c8e0f17" });
    QVERIFY(hasPolicy(*role, "SkylarkDeepScan"));
    const Statement& scan = role->policies.front().policy.statements.front();
    QCOMPARE(scan.actions[1].value, std::string("kms:Decrypt"));
    QCOMPARE(scan.actions[1].location.line, 63);
    QCOMPARE(scan.actions[1].location.column, 29);
    QVERIFY2(role->deployment.find("every account of the OUs ou-ab12-3456789a") != std::string::npos,
        role->deployment.c_str());
    QVERIFY(role->deployment.find("regions us-east-1, eu-west-1") != std::string::npos);
}

void TestNestedTemplates::stackSetSubJsonBody()
{
    const RoleRecord* role = roleWithId(m_package, "ManagementReaderRoles/OrgReader");
    QVERIFY(role);
    QCOMPARE(role->name, std::string("SkylarkOrgReader"));
    QCOMPARE(role->location.line, 74);
    QCOMPARE(firstPrincipal(*role), std::string("arn:aws:iam::918273645501:root")); // Fn::Sub in the parent
    QVERIFY(hasPolicy(*role, "AWSOrganizationsReadOnlyAccess"));
    QVERIFY(role->deployment.find("the accounts 123456789012") != std::string::npos);
}

void TestNestedTemplates::nestedStackFileOfThePackage()
{
    const RoleRecord* role = roleWithId(m_package, "AuditStack/AuditRole");
    QVERIFY(role);
    QCOMPARE(role->name, std::string("SkylarkAuditFromParent")); // the parent's value, not the default
    QCOMPARE(firstPrincipal(*role), std::string("arn:aws:iam::918273645501:root"));
    QVERIFY(role->file.endsWith(QLatin1String("nested/audit-role.yaml")));
    QCOMPARE(role->location.line, 11);
    QVERIFY(role->deployment.find("nested stack AuditStack") != std::string::npos);
    // Reviewed once, as the parent deploys it; not a second time on its own with its defaults.
    QCOMPARE(std::count_if(m_package.roles.begin(), m_package.roles.end(),
                 [](const RoleRecord& r) { return r.logicalId.ends_with("AuditRole"); }),
        1);
    QCOMPARE(m_package.roles.size(), size_t(3));
    QVERIFY(std::any_of(m_package.files.begin(), m_package.files.end(),
        [](const QString& f) { return f.endsWith(QLatin1String("nested/audit-role.yaml")); }));
    // Only the template that is really elsewhere stays a remote document.
    std::vector<std::string> remote;
    for (const PackageNote& n : m_package.notes)
        if (n.kind == "remote-document")
            remote.push_back(n.subject);
    QCOMPARE(remote,
        std::vector<std::string> { "https://skylark-public-templates.s3.amazonaws.com/v3/nested/collector.yaml" });
}

void TestNestedTemplates::reviewerValuesReachTheBody()
{
    LoadOptions options;
    options.parameters["SkylarkAccountId"] = "444455556666";
    const ReviewSubject s = loadPackage({ fixture("org-package") }, options);
    const RoleRecord* member = roleWithId(s, "MemberScannerRoles/ScannerRole");
    const RoleRecord* audit = roleWithId(s, "AuditStack/AuditRole");
    QVERIFY(member && audit);
    QCOMPARE(firstPrincipal(*member), std::string("arn:aws:iam::444455556666:root"));
    QCOMPARE(firstPrincipal(*audit), std::string("arn:aws:iam::444455556666:root"));
}

void TestNestedTemplates::findingsPointIntoTheParent()
{
    const PackageAnalysis a = analyzePackage(m_package, Catalog::bundled(), RuleSet::bundled());
    const auto decrypt = std::find_if(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.rule == "kms-decrypt-any-key" && f.subject == "SkylarkMemberScanner"; });
    QVERIFY(decrypt != a.findings.end());
    QVERIFY(decrypt->file.endsWith(QLatin1String("org-onboarding.yaml")));
    QVERIFY2(decrypt->location.line >= 58 && decrypt->location.line <= 63,
        qPrintable(QString::number(decrypt->location.line)));
    const auto subject = std::find_if(
        a.subjects.begin(), a.subjects.end(), [](const SubjectSummary& s) { return s.name == "SkylarkMemberScanner"; });
    QVERIFY(subject != a.subjects.end());
    QVERIFY(subject->deployment.find("ou-ab12-3456789a") != std::string::npos);
    QVERIFY(std::none_of(
        a.findings.begin(), a.findings.end(), [](const Finding& f) { return f.rule == "package-unreviewed"; }));
}

void TestNestedTemplates::brokenBodyIsNotReviewedLoudly()
{
    const ReviewSubject s = loadPackage({ fixture("broken-body.yaml") });
    QCOMPARE(s.roles.size(), size_t(1)); // the rest of the template is still reviewed
    const std::vector<PackageNote> gaps = s.unreviewed();
    QCOMPARE(gaps.size(), size_t(1));
    QCOMPARE(gaps.front().subject, std::string("CollectorRoles"));
    QVERIFY(gaps.front().message.contains(QLatin1String("does not parse")));
    // Located inside the body, in the parent file: after the "TemplateBody: |" line 13.
    QVERIFY2(gaps.front().location.line > 13 && gaps.front().location.line <= 19,
        qPrintable(QString::number(gaps.front().location.line)));
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(),
        [](const Finding& f) { return f.rule == "package-unreviewed" && f.severity == Severity::High; }));
}

QTEST_GUILESS_MAIN(TestNestedTemplates)
#include "tst_nestedtemplates.moc"
