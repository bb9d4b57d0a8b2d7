// SPDX-License-Identifier: GPL-3.0-or-later
// CloudFormation templates (YAML short forms, JSON long forms) into roles and policies, with locations.
#include "package/PackageLoader.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/cloudformation/") + QLatin1String(name);
}

const PolicyRecord* policyNamed(const RoleRecord& role, std::string_view name)
{
    for (const PolicyRecord& p : role.policies)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool hasNote(const ReviewSubject& s, std::string_view kind, std::string_view subject)
{
    return std::any_of(
        s.notes.begin(), s.notes.end(), [&](const PackageNote& n) { return n.kind == kind && n.subject == subject; });
}

std::vector<std::string> actionsOf(const Statement& st)
{
    std::vector<std::string> out;
    for (const LocatedString& a : st.actions)
        out.push_back(a.value);
    return out;
}

} // namespace

class TestCloudFormationLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void samplePackageYaml();
    void longFormIntrinsics();
    void reviewerParameters();
    void hiddenContent();
    void malformedTemplateIsLocated();
    void managedPolicyLinksThroughIntrinsics();
};

void TestCloudFormationLoader::samplePackageYaml()
{
    const QString path = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
    const ReviewSubject s = loadPackage({ path });
    QVERIFY2(
        !hasErrors(s.diagnostics), qPrintable(s.diagnostics.empty() ? QString() : s.diagnostics.front().toString()));
    QCOMPARE(s.roles.size(), size_t(1));
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.name, std::string("AcmeObservabilityIntegration"));
    QCOMPARE(role.logicalId, std::string("AcmeIntegrationRole"));
    QVERIFY(role.hasTrustPolicy);
    const Statement& trust = role.trustPolicy.statements.front();
    QCOMPARE(trust.principals.front().value, std::string("arn:aws:iam::210987654321:root"));
    QCOMPARE(trust.conditions.front().key, std::string("sts:ExternalId"));
    QCOMPARE(trust.conditions.front().values, std::vector<std::string> { "acme-1234" });
    QCOMPARE(trust.conditions.front().location.line, 46);

    const PolicyRecord* audit = policyNamed(role, "SecurityAudit");
    QVERIFY(audit);
    QCOMPARE(audit->origin, PolicyOrigin::AwsManaged);
    QVERIFY(audit->resolved);
    QVERIFY(!audit->policy.statements.empty());
    QCOMPARE(audit->location.line, 48);

    const PolicyRecord* telemetry = policyNamed(role, "AcmeTelemetryRead");
    QVERIFY(telemetry);
    QCOMPARE(telemetry->policy.statements.size(), size_t(3));
    const Statement& kms = telemetry->policy.statements[1];
    QCOMPARE(kms.sid, std::string("EncryptedLogArchive"));
    QCOMPARE(kms.actions.front().value, std::string("kms:Decrypt"));
    QCOMPARE(kms.actions.front().location.line, 70);
    QCOMPARE(kms.actions.front().location.column, 21);
    const Statement& bucket = telemetry->policy.statements[2];
    QCOMPARE(bucket.resources.front().value, std::string("arn:aws:s3:::acme-archive-123456789012"));

    const PolicyRecord* remediation = policyNamed(role, "AcmeAutoRemediation");
    QVERIFY2(remediation, "the managed policy attaches through Roles: !Ref");
    QCOMPARE(remediation->origin, PolicyOrigin::CustomerManaged);
    QCOMPARE(remediation->policy.statements.front().resources.front().value, std::string("*"));

    QVERIFY(s.parameters.at("ExternalId").fromDefault);
    QCOMPARE(s.parameters.at("ExternalId").value, std::string("acme-1234"));
}

void TestCloudFormationLoader::longFormIntrinsics()
{
    const ReviewSubject s = loadPackage({ fixture("longform-intrinsics.json") });
    QCOMPARE(s.roles.size(), size_t(1));
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.name, std::string("northwind-backup"));
    const Statement& trust = role.trustPolicy.statements.front();
    QCOMPARE(trust.principals.size(), size_t(2));
    QCOMPARE(trust.principals[0].value, std::string("arn:aws:iam::345678901234:root"));
    QCOMPARE(trust.principals[1].value, std::string("arn:aws:iam::345678901234:role/northwind-collector"));
    // No default and no --param: the value stays visible as a placeholder, and the package says so.
    QCOMPARE(trust.conditions.front().values, std::vector<std::string> { "${ExternalId}" });
    QVERIFY(hasNote(s, "unresolved-parameter", "ExternalId"));

    const PolicyRecord* inlinePolicy = policyNamed(role, "snapshots");
    QVERIFY(inlinePolicy);
    // Fn::If inside the policy: what every branch has stays under its name; the statements that differ are
    // reviewed in each branch's form, marked with the value that gives it (AWS::NoValue removes an element).
    QCOMPARE(inlinePolicy->policy.statements.size(), size_t(1));
    QVERIFY(inlinePolicy->condition.empty());
    QCOMPARE(inlinePolicy->policy.statements[0].resources.front().value, std::string("arn:aws:s3:::nw-backups-a/*"));
    const PolicyRecord* restoring = policyNamed(role, "snapshots (when EnableRestore=yes)");
    QVERIFY(restoring);
    QCOMPARE(restoring->condition, std::string("only when EnableRestore=yes (off with the default values)"));
    QCOMPARE(restoring->policy.statements.size(), size_t(2));
    QCOMPARE(actionsOf(restoring->policy.statements[0]),
        (std::vector<std::string> { "ec2:CreateSnapshot", "ec2:CopySnapshot", "ec2:CreateVolume" }));
    QCOMPARE(restoring->policy.statements[1].sid, std::string("Restore"));
    const PolicyRecord* plain = policyNamed(role, "snapshots (when EnableRestore=no)");
    QVERIFY(plain);
    QCOMPARE(plain->condition, std::string("only when EnableRestore=no (on with the default values)"));
    QCOMPARE(actionsOf(plain->policy.statements[0]),
        (std::vector<std::string> { "ec2:CreateSnapshot", "ec2:CopySnapshot" }));

    const PolicyRecord* readOnly = policyNamed(role, "ReadOnlyAccess");
    QVERIFY(readOnly && readOnly->resolved && readOnly->origin == PolicyOrigin::AwsManaged);
    const PolicyRecord* backup = policyNamed(role, "northwind-backup-read");
    QVERIFY2(backup, "ManagedPolicyArns: Ref to a template managed policy");
    QCOMPARE(actionsOf(backup->policy.statements.front()), std::vector<std::string> { "backup:List*" });
    // Its Condition is false with the defaults: reviewed all the same, and marked.
    const PolicyRecord* restore = policyNamed(role, "restore");
    QVERIFY(restore);
    QCOMPARE(restore->condition, std::string("only when EnableRestore=yes (off with the default values)"));
    QVERIFY(role.hasBoundary);
    QCOMPARE(role.boundary.name, std::string("PowerUserAccess"));
    QVERIFY(role.boundary.resolved);
    QVERIFY(hasNote(s, "custom-resource", "Registration"));
}

void TestCloudFormationLoader::reviewerParameters()
{
    LoadOptions options;
    options.parameters["EnableRestore"] = "yes";
    options.parameters["ExternalId"] = "4f8a0c1e-9b7d-4c2a-8e3f-1a2b3c4d5e6f";
    options.accountId = "111122223333";
    const ReviewSubject s = loadPackage({ fixture("longform-intrinsics.json") }, options);
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.trustPolicy.statements.front().conditions.front().values.front(),
        std::string("4f8a0c1e-9b7d-4c2a-8e3f-1a2b3c4d5e6f"));
    QVERIFY(s.parameters.at("ExternalId").fromReviewer);
    const PolicyRecord* inlinePolicy = policyNamed(role, "snapshots");
    QCOMPARE(inlinePolicy->policy.statements.size(), size_t(3));
    QCOMPARE(inlinePolicy->policy.statements[0].actions.size(), size_t(3));
    QVERIFY(policyNamed(role, "restore"));
    QVERIFY(!hasNote(s, "unresolved-parameter", "ExternalId"));
}

void TestCloudFormationLoader::hiddenContent()
{
    const ReviewSubject s = loadPackage({ fixture("transform-and-nested.yaml") });
    QVERIFY(hasNote(s, "macro", "VendorPolicyMacro"));
    QVERIFY(hasNote(s, "macro", "VendorStatements"));
    QVERIFY(hasNote(s, "remote-document", "https://vendor-templates.example.com/extra.yaml"));
    QVERIFY(hasNote(s, "unresolved-arn", "arn:aws:iam::aws:policy/NoSuchPolicyForReal"));
    QVERIFY(hasNote(s, "unresolved-import", "shared-audit-policy"));
    QCOMPARE(s.roles.size(), size_t(1));
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.name, std::string("Role"));
    QCOMPARE(role.trustPolicy.statements.front().principals.front().value, std::string("456789012345"));
    const PolicyRecord* generated = policyNamed(role, "generated");
    QVERIFY(generated);
    QCOMPARE(generated->policy.statements.size(), size_t(1));
    QCOMPARE(actionsOf(generated->policy.statements.front()),
        (std::vector<std::string> { "cloudwatch:GetMetricData", "cloudwatch:ListMetrics" }));
}

void TestCloudFormationLoader::malformedTemplateIsLocated()
{
    const ReviewSubject s = loadPackage({ fixture("../malformed-template.yaml") });
    QVERIFY(hasErrors(s.diagnostics));
    const Diagnostic& d = s.diagnostics.front();
    QCOMPARE(d.code, std::string("yaml-syntax"));
    QCOMPARE(d.location.line, 7); // where the unclosed flow mapping breaks off
}

void TestCloudFormationLoader::managedPolicyLinksThroughIntrinsics()
{
    const ReviewSubject s = loadPackage({ fixture("managed-policy-links.yaml") });
    QVERIFY(!hasErrors(s.diagnostics));
    QCOMPARE(s.roles.size(), size_t(1));
    const RoleRecord& role = s.roles.front();
    for (const char* name : { "BrightlaneTraces", "MetricsPolicy", "ProfilerPolicy", "LogsPolicy", "SelfRead" }) {
        const PolicyRecord* p = policyNamed(role, name);
        QVERIFY2(p, name);
        QCOMPARE(p->origin, PolicyOrigin::CustomerManaged);
        QVERIFY(!p->policy.statements.empty());
    }
    QVERIFY(s.standalonePolicies.empty());
    QVERIFY(!hasNote(s, "unresolved-arn", "arn:aws:iam::123456789012:policy/${MetricsPolicy}"));
    // Fn::GetAtt AgentRole.Arn shows the RoleName expression, not the logical id.
    const PolicyRecord* self = policyNamed(role, "SelfRead");
    QCOMPARE(self->policy.statements.front().resources.front().value,
        std::string("arn:aws:iam::123456789012:role/brightlane-agent-${Environment}"));
}

QTEST_GUILESS_MAIN(TestCloudFormationLoader)
#include "tst_cloudformationloader.moc"
