// SPDX-License-Identifier: GPL-3.0-or-later
// Fn::If inside a resource: without --param every branch that grants access is reviewed and marked with the
// parameter values that turn it on; a branch that grants more is never hidden by the defaults.
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
    return QStringLiteral(GRANTSCOPE_FIXTURES "/branches/costlens-onboarding.yaml");
}

const RoleRecord* roleNamed(const ReviewSubject& s, std::string_view name)
{
    for (const RoleRecord& r : s.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

const PolicyRecord* policyNamed(const RoleRecord& role, std::string_view name)
{
    for (const PolicyRecord& p : role.policies)
        if (p.name == name)
            return &p;
    return nullptr;
}

// The record of `role` holding the statement with this Sid.
const PolicyRecord* policyWithSid(const RoleRecord& role, std::string_view sid)
{
    for (const PolicyRecord& p : role.policies)
        for (const Statement& st : p.policy.statements)
            if (st.sid == sid)
                return &p;
    return nullptr;
}

// The record of `role` granting `action` on exactly `resource`.
const PolicyRecord* policyGranting(const RoleRecord& role, std::string_view action, std::string_view resource)
{
    for (const PolicyRecord& p : role.policies)
        for (const Statement& st : p.policy.statements)
            for (const LocatedString& a : st.actions)
                for (const LocatedString& r : st.resources)
                    if (a.value == action && r.value == resource)
                        return &p;
    return nullptr;
}

} // namespace

class TestConditionalBranches : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void managedPolicyBranchIsReviewedAndMarked();
    void policiesEntryBranch();
    void statementAndResourceBranches();
    void branchesThatGrantNothingMarkNothing();
    void findingsSayWhichValueTurnsThemOn();
    void reviewerValuesChooseOneBranch();
    void templatePolicyAttachedThroughBranch();
};

void TestConditionalBranches::managedPolicyBranchIsReviewedAndMarked()
{
    const ReviewSubject s = loadPackage({ fixture() });
    QVERIFY(!hasErrors(s.diagnostics));
    const RoleRecord* role = roleNamed(s, "CostLensAnalysis");
    QVERIFY(role);
    QVERIFY(role->condition.empty());
    const PolicyRecord* admin = policyNamed(*role, "AdministratorAccess");
    QVERIFY2(admin, "the branch the defaults do not pick is reviewed");
    QCOMPARE(admin->condition, std::string("only when GrantAdmin=true (off with the default values)"));
    QCOMPARE(admin->location.line, 54);
    const PolicyRecord* viewOnly = policyNamed(*role, "ViewOnlyAccess");
    QVERIFY(viewOnly);
    QVERIFY(viewOnly->condition.empty());
}

void TestConditionalBranches::policiesEntryBranch()
{
    const ReviewSubject s = loadPackage({ fixture() });
    const RoleRecord* role = roleNamed(s, "CostLensAnalysis");
    QVERIFY(role);
    const PolicyRecord* rightsizing = policyNamed(*role, "CostLensRightsizing");
    QVERIFY(rightsizing);
    QCOMPARE(rightsizing->condition, std::string("only when EnableRightsizing=Enabled (off with the default values)"));
    QCOMPARE(rightsizing->policy.statements.size(), size_t(1));
    QCOMPARE(rightsizing->policy.statements.front().location.line, 86);
}

void TestConditionalBranches::statementAndResourceBranches()
{
    const ReviewSubject s = loadPackage({ fixture() });
    const RoleRecord* role = roleNamed(s, "CostLensAnalysis");
    QVERIFY(role);
    // The statements every branch has stay in the policy under its own name, unmarked.
    const PolicyRecord* reports = policyWithSid(*role, "ReadCostAndUsage");
    QVERIFY(reports);
    QCOMPARE(reports->name, std::string("CostLensReports"));
    QVERIFY(reports->condition.empty());
    // A statement chosen by Fn::If.
    const PolicyRecord* secrets = policyWithSid(*role, "ReadDatabaseSecrets");
    QVERIFY(secrets);
    QCOMPARE(secrets->condition, std::string("only when ReadDatabaseSecrets=yes (off with the default values)"));
    QCOMPARE(secrets->name, std::string("CostLensReports (when ReadDatabaseSecrets=yes)"));
    QCOMPARE(secrets->policy.statements.front().location.line, 75);
    // A Resource chosen by Fn::If: the wider one is reviewed although the defaults scope it to the bucket.
    const PolicyRecord* everywhere = policyGranting(*role, "s3:GetObject", "*");
    QVERIFY(everywhere);
    QCOMPARE(everywhere->condition, std::string("only when ScopeToReportBucket=false (off with the default values)"));
    const PolicyRecord* scoped = policyGranting(*role, "s3:GetObject", "arn:aws:s3:::costlens-cur-123456789012/*");
    QVERIFY(scoped);
    QCOMPARE(scoped->condition, std::string("only when ScopeToReportBucket=true (on with the default values)"));
}

void TestConditionalBranches::branchesThatGrantNothingMarkNothing()
{
    // The twin: an Fn::If on the description of a policy changes nothing it grants.
    const ReviewSubject s = loadPackage({ fixture() });
    const RoleRecord* role = roleNamed(s, "CostLensAnalysis");
    QVERIFY(role);
    const PolicyRecord* tags = policyNamed(*role, "CostLensTagReader");
    QVERIFY(tags);
    QVERIFY2(tags->condition.empty(), tags->condition.c_str());
    QCOMPARE(std::count_if(role->policies.begin(), role->policies.end(),
                 [](const PolicyRecord& p) { return p.name.starts_with("CostLensTagReader"); }),
        1);
    QVERIFY(std::none_of(
        s.notes.begin(), s.notes.end(), [](const PackageNote& n) { return n.kind == "condition-assumed"; }));
}

void TestConditionalBranches::findingsSayWhichValueTurnsThemOn()
{
    const ReviewSubject s = loadPackage({ fixture() });
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    const auto admin = std::find_if(a.findings.begin(), a.findings.end(), [](const Finding& f) {
        return f.subject == "CostLensAnalysis"
            && f.condition == "only when GrantAdmin=true (off with the default values)";
    });
    QVERIFY2(admin != a.findings.end(), "AdministratorAccess is found although off by default");
    QCOMPARE(admin->severity, Severity::Critical);
    QVERIFY(admin->rationale.endsWith(QLatin1String("Only when GrantAdmin=true (off with the default values).")));
    // Grants that exist in every branch are not marked.
    QVERIFY(std::any_of(a.findings.begin(), a.findings.end(), [](const Finding& f) {
        return f.subject == "CostLensAnalysis" && f.condition.empty() && f.category != "trust";
    }));

    // With the administrator branch chosen off, the secrets statement is what reads secrets: marked with its value.
    LoadOptions noAdmin;
    noAdmin.parameters["GrantAdmin"] = "false";
    const PackageAnalysis b
        = analyzePackage(loadPackage({ fixture() }, noAdmin), Catalog::bundled(), RuleSet::bundled());
    const auto secrets = std::find_if(b.findings.begin(), b.findings.end(),
        [](const Finding& f) { return f.subject == "CostLensAnalysis" && f.rule == "data-read-secrets"; });
    QVERIFY(secrets != b.findings.end());
    QCOMPARE(secrets->condition, std::string("only when ReadDatabaseSecrets=yes (off with the default values)"));
    QVERIFY(secrets->severity >= Severity::High);
    QCOMPARE(secrets->location.line, 77); // its Action
}

void TestConditionalBranches::reviewerValuesChooseOneBranch()
{
    LoadOptions off;
    off.parameters["GrantAdmin"] = "false";
    off.parameters["ScopeToReportBucket"] = "true";
    const ReviewSubject without = loadPackage({ fixture() }, off);
    const RoleRecord* scoped = roleNamed(without, "CostLensAnalysis");
    QVERIFY(scoped);
    QVERIFY(!policyNamed(*scoped, "AdministratorAccess"));
    QVERIFY(!policyGranting(*scoped, "s3:GetObject", "*"));
    const PolicyRecord* bucket = policyGranting(*scoped, "s3:GetObject", "arn:aws:s3:::costlens-cur-123456789012/*");
    QVERIFY(bucket);
    QVERIFY(bucket->condition.empty());

    LoadOptions on;
    on.parameters["GrantAdmin"] = "true";
    const ReviewSubject with = loadPackage({ fixture() }, on);
    const RoleRecord* admin = roleNamed(with, "CostLensAnalysis");
    QVERIFY(admin);
    const PolicyRecord* record = policyNamed(*admin, "AdministratorAccess");
    QVERIFY(record);
    QVERIFY(record->condition.empty()); // chosen by the reviewer: no longer "only when"
}

void TestConditionalBranches::templatePolicyAttachedThroughBranch()
{
    const QString driftwatch = QStringLiteral(GRANTSCOPE_FIXTURES "/branches/driftwatch-autofix.yaml");
    const ReviewSubject s = loadPackage({ driftwatch });
    QVERIFY(!hasErrors(s.diagnostics));
    const RoleRecord* role = roleNamed(s, "DriftwatchAuditor");
    QVERIFY(role);
    const PolicyRecord* autoFix = policyNamed(*role, "DriftwatchAutoFix");
    QVERIFY2(autoFix, "a Ref to a template policy chosen by Fn::If attaches it");
    QCOMPARE(autoFix->condition, std::string("only when AutoFix=on (off with the default values)"));
    // The twin: attached through its own Roles, always.
    const PolicyRecord* reports = policyNamed(*role, "DriftwatchReports");
    QVERIFY(reports);
    QVERIFY(reports->condition.empty());
    QVERIFY(s.standalonePolicies.empty());

    LoadOptions off;
    off.parameters["AutoFix"] = "off";
    const ReviewSubject chosen = loadPackage({ driftwatch }, off);
    const RoleRecord* auditor = roleNamed(chosen, "DriftwatchAuditor");
    QVERIFY(auditor);
    QVERIFY(!policyNamed(*auditor, "DriftwatchAutoFix"));
    QCOMPARE(chosen.standalonePolicies.size(), size_t(1)); // still reviewed, as a policy of its own
}

QTEST_GUILESS_MAIN(TestConditionalBranches)
#include "tst_conditionalbranches.moc"
