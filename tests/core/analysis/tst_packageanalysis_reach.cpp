// SPDX-License-Identifier: GPL-3.0-or-later
// Who can use a grant: roles the vendor can assume, directly or one hop away, keep their severity; roles
// only AWS services of the customer's account use are rated one step lower, and the reason says so.
#include "analysis/PackageAnalysis.h"
#include "analysis/RoleReach.h"
#include "analysis/RuleSet.h"
#include "analysis/SeverityReason.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTest>

using namespace grantscope;

namespace {

PackageAnalysis analyzeFixture(const char* name)
{
    const ReviewSubject package = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/trust/") + QLatin1String(name) });
    return analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), {});
}

// The risk finding on a role's iam:PutRolePolicy grant (the remediation role's by default).
const Finding* putRolePolicy(const PackageAnalysis& analysis, const std::string& subject = "NorthwindRemediation")
{
    for (const Finding& f : analysis.findings)
        if (f.subject == subject && f.category != "trust"
            && std::find(f.actions.begin(), f.actions.end(), "iam:putrolepolicy") != f.actions.end())
            return &f;
    return nullptr;
}

} // namespace

class TestPackageAnalysisReach : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void executionRoleIsOneStepLower();
    void vendorReachesThroughAFunctionOrAPassedRole_data();
    void vendorReachesThroughAFunctionOrAPassedRole();
    void vendorRoleIsRankedAsItIs();
    void stackSetRolesAreOneStepLower();
    void reachOfEachRole();
    void stepAppendsToTheReason();
};

void TestPackageAnalysisReach::executionRoleIsOneStepLower()
{
    const PackageAnalysis lowered = analyzeFixture("reach-execution-role.yaml");
    const PackageAnalysis kept = analyzeFixture("reach-vendor-invokes.yaml");
    const Finding* low = putRolePolicy(lowered);
    const Finding* high = putRolePolicy(kept);
    QVERIFY(low && high);
    QVERIFY(high->severity > Severity::Info);
    QCOMPARE(static_cast<int>(low->severity), static_cast<int>(high->severity) - 1);
    QVERIFY2(low->severityReason.contains(QStringLiteral("used only by AWS Lambda in the customer's account")),
        qPrintable(low->severityReason));
    QVERIFY2(low->severityReason.contains(QStringLiteral("lowered to ")), qPrintable(low->severityReason));
}

void TestPackageAnalysisReach::vendorReachesThroughAFunctionOrAPassedRole_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::newRow("invokes the function") << "reach-vendor-invokes.yaml"
                                          << "NorthwindRead → lambda:InvokeFunction → a function running as "
                                             "NorthwindRemediation";
    QTest::newRow("passes the role") << "reach-vendor-passes.yaml"
                                     << "NorthwindRead → iam:PassRole → NorthwindRemediation";
    QTest::newRow("assumes the role that names it") << "reach-vendor-assumes.yaml"
                                                    << "NorthwindRead → sts:AssumeRole → NorthwindRemediation";
}

void TestPackageAnalysisReach::vendorReachesThroughAFunctionOrAPassedRole()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const PackageAnalysis analysis = analyzeFixture(file.toUtf8().constData());
    const Finding* f = putRolePolicy(analysis);
    QVERIFY(f);
    QVERIFY2(f->severityReason.contains(QStringLiteral("kept at ")), qPrintable(f->severityReason));
    QVERIFY2(f->severityReason.contains(path), qPrintable(f->severityReason));
    // The same grant when only Lambda uses the role: one step lower.
    const PackageAnalysis executionRole = analyzeFixture("reach-execution-role.yaml");
    const Finding* lowered = putRolePolicy(executionRole);
    QVERIFY(lowered);
    QVERIFY(f->severity > lowered->severity);
}

void TestPackageAnalysisReach::vendorRoleIsRankedAsItIs()
{
    // The vendor's own role gets no reachability step on any of its findings.
    const PackageAnalysis analysis = analyzeFixture("reach-vendor-invokes.yaml");
    bool any = false;
    for (const Finding& f : analysis.findings) {
        if (f.subject != "NorthwindRead" || f.category == "trust")
            continue;
        any = true;
        QVERIFY2(!f.severityReason.contains(QStringLiteral("used only by")), qPrintable(f.severityReason));
        QVERIFY2(!f.severityReason.contains(QStringLiteral("one hop")), qPrintable(f.severityReason));
    }
    QVERIFY(any);
}

void TestPackageAnalysisReach::stackSetRolesAreOneStepLower()
{
    const PackageAnalysis stackSet = analyzeFixture("stackset-roles.yaml");
    const Finding* execution = putRolePolicy(stackSet, "AWSCloudFormationStackSetExecutionRole");
    const PackageAnalysis vendorAssumes = analyzeFixture("reach-vendor-assumes.yaml");
    const Finding* vendor = putRolePolicy(vendorAssumes);
    QVERIFY(execution && vendor);
    QCOMPARE(static_cast<int>(execution->severity), static_cast<int>(vendor->severity) - 1);
    QVERIFY2(
        execution->severityReason.contains(QStringLiteral("used only by principals of the customer's own account")),
        qPrintable(execution->severityReason));
    bool administration = false;
    for (const Finding& f : stackSet.findings)
        if (f.subject == "AWSCloudFormationStackSetAdministrationRole" && f.category != "trust") {
            administration = true;
            QVERIFY2(
                f.severityReason.contains(QStringLiteral("used only by AWS CloudFormation in the customer's account")),
                qPrintable(f.severityReason));
        }
    QVERIFY(administration);
}

void TestPackageAnalysisReach::reachOfEachRole()
{
    LoadOptions options;
    const ReviewSubject package
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/trust/reach-execution-role.yaml") }, options);
    const std::vector<RoleReach> reach = reachOfRoles(package, options);
    QCOMPARE(reach.size(), package.roles.size());
    for (size_t i = 0; i < reach.size(); ++i) {
        if (package.roles[i].name == "NorthwindRead")
            QCOMPARE(reach[i].kind, RoleReach::Kind::Outside);
        else if (package.roles[i].name == "NorthwindRemediation")
            QCOMPARE(reach[i].kind, RoleReach::Kind::CustomerOnly);
        else
            QFAIL(package.roles[i].name.c_str());
    }
    // An account of the customer's organization is not outside.
    const ReviewSubject org = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/trust/org-account.yaml") });
    QCOMPARE(org.roles.size(), size_t(1));
    QVERIFY(assumableFromOutside(org.roles.front().trustPolicy, "123456789012"));
    QVERIFY(!assumableFromOutside(org.roles.front().trustPolicy, "123456789012", { "111122223333" }));
    LoadOptions inOrganization;
    inOrganization.orgAccounts = { "111122223333" };
    QCOMPARE(reachOfRoles(org, {}).front().kind, RoleReach::Kind::Outside);
    const RoleReach scanner = reachOfRoles(org, inOrganization).front();
    QCOMPARE(scanner.kind, RoleReach::Kind::CustomerOnly);
    QVERIFY2(scanner.stepReason().contains(QStringLiteral("principals of the customer's own organization")),
        qPrintable(scanner.stepReason()));
}

void TestPackageAnalysisReach::stepAppendsToTheReason()
{
    Finding f;
    f.severity = Severity::High;
    SeverityAssessment { Severity::Critical, QStringLiteral("writes any role's policies"), {} }
        .step(-1, QStringLiteral("on 1 role"))
        .applyTo(f);
    applySeverityStep(f, -1, QStringLiteral("used only by AWS Lambda in the customer's account"));
    QCOMPARE(f.severity, Severity::Medium);
    QCOMPARE(f.severityReason,
        QStringLiteral("critical (base: writes any role's policies); lowered to high: on 1 role; lowered to medium: "
                       "used only by AWS Lambda in the customer's account"));
    Finding info;
    info.severity = Severity::Info;
    applySeverityStep(info, -1, QStringLiteral("used only by Amazon EC2 in the customer's account"));
    QCOMPARE(info.severity, Severity::Info);
    QCOMPARE(info.severityReason,
        QStringLiteral("info (the rule's base); kept at info: used only by Amazon EC2 in the customer's account"));
}

QTEST_GUILESS_MAIN(TestPackageAnalysisReach)
#include "tst_packageanalysis_reach.moc"
