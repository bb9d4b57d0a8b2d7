// SPDX-License-Identifier: GPL-3.0-or-later
// Boundary snippets: the CloudFormation template is read back by the package loader and gives the same
// policy; the Terraform heredoc gives the same policy once HCL's escapes are undone; text from the
// package never leaves a comment.
#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryDraft.h"
#include "boundary/BoundarySnippets.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "policy/PolicyParser.h"
#include "policy/PolicyWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

class TestBoundarySnippets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cloudFormationReadsBackAsTheSamePolicy();
    void cloudFormationNamesTheVendorRole();
    void terraformHeredocKeepsTemplateSequencesLiteral();
    void terraformNamesTheVendorRole();
    void hostileRoleNamesStayInComments();
    void policyNames();
    void formatsByName();
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/acme-observability-onboarding.yaml");
const QString kTerraform = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/tests/fixtures/terraform/vendor-module.tf.json");

// A boundary with every kind of statement, and text that HCL or YAML would read specially.
CompactedBoundary sampleBoundary()
{
    BoundaryDraft draft;
    draft.deniedActions = { "kms:Decrypt", "kms:CreateGrant", "iam:Create*" };
    draft.arnDenies = { { "ec2:*", "arn:aws:ec2:us-east-1:123456789012:instance/i-0abc1234def567890" },
        { "s3:GetObject", "arn:aws:s3:::home/${aws:username}/%{secret}/*" } };
    ConditionClause tag = *PolicyParser::parseOperator("StringEquals");
    tag.key = "aws:ResourceTag/env";
    tag.values = { "production", "true", "2012-10-17", "yes" };
    draft.conditionalDenies = { { { "ec2:StopInstances", "ec2:TerminateInstances" }, tag } };
    draft.exceptDenies
        = { { { "kms:ReEncrypt*" }, { "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef" } } };
    const CompactedBoundary b = BoundaryCompactor::compact(Catalog::bundled(), draft.toPolicy(Catalog::bundled()));
    return b;
}

QString writeTemp(const QTemporaryDir& dir, const QString& name, const std::string& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.data(), static_cast<qint64>(text.size()));
    return path;
}

// The heredoc's body with its indentation and HCL's "$${" / "%%{" escapes undone.
std::string heredocBody(const std::string& hcl)
{
    const size_t start = hcl.find("<<-EOT\n");
    const size_t end = hcl.find("\n  EOT\n");
    if (start == std::string::npos || end == std::string::npos)
        return {};
    QString body = QString::fromStdString(hcl.substr(start + 7, end - start - 7));
    QStringList lines = body.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.mid(4);
    body = lines.join(QLatin1Char('\n'));
    body.replace(QStringLiteral("$${"), QStringLiteral("${")).replace(QStringLiteral("%%{"), QStringLiteral("%{"));
    return body.toStdString();
}

} // namespace

void TestBoundarySnippets::cloudFormationReadsBackAsTheSamePolicy()
{
    const CompactedBoundary b = sampleBoundary();
    QVERIFY(b.fits);
    const std::string yaml = writeBoundary(b, BoundaryFormat::CloudFormation, "VendorBoundary", {});
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("boundary.yaml"), yaml);

    const ReviewSubject read = loadPackage({ path });
    QVERIFY2(!hasErrors(read.diagnostics),
        qPrintable(read.diagnostics.empty() ? QString() : read.diagnostics.front().message));
    QVERIFY(read.roles.empty());
    QCOMPARE(read.standalonePolicies.size(), size_t(1));
    const PolicyRecord& record = read.standalonePolicies.front();
    QCOMPARE(record.origin, PolicyOrigin::CustomerManaged);
    QCOMPARE(record.name, std::string("VendorBoundary"));
    // The same statements, conditions and resources, string for string (`true`, `yes` and a date stay strings).
    QCOMPARE(writePolicyJson(record.policy), writePolicyJson(b.policy));
    QVERIFY(yaml.find("Value: !Ref VendorBoundary") != std::string::npos);
    QVERIFY(yaml.find("ManagedPolicyName: \"VendorBoundary\"") != std::string::npos);
}

void TestBoundarySnippets::cloudFormationNamesTheVendorRole()
{
    const ReviewSubject sample = loadPackage({ kSample });
    const std::vector<BoundaryTarget> targets = boundaryTargets(sample);
    QVERIFY(!targets.empty());
    QCOMPARE(targets.front().kind, BoundaryTarget::Kind::CloudFormation);
    const std::string yaml
        = writeBoundary(sampleBoundary(), BoundaryFormat::CloudFormation, "GrantScopeBoundary", targets);
    const std::string role = "# Role " + targets.front().logicalId + " (acme-observability-onboarding.yaml, line "
        + std::to_string(targets.front().line) + "): under Properties, add";
    QVERIFY2(yaml.find(role) != std::string::npos, yaml.c_str());
    QVERIFY(yaml.find("#     PermissionsBoundary: !Ref GrantScopeBoundary ") != std::string::npos);
    QVERIFY(yaml.find("put-role-permissions-boundary") == std::string::npos); // every role is in the template
}

void TestBoundarySnippets::terraformHeredocKeepsTemplateSequencesLiteral()
{
    const CompactedBoundary b = sampleBoundary();
    const std::string hcl = writeBoundary(b, BoundaryFormat::Terraform, "vendor boundary", {});
    // Without the escapes Terraform would interpolate ${aws:username} and fail on %{secret}.
    QVERIFY(hcl.find("$${aws:username}") != std::string::npos);
    QVERIFY(hcl.find("%%{secret}") != std::string::npos);
    QVERIFY(hcl.find("resource \"aws_iam_policy\" \"vendor_boundary\" {") != std::string::npos);
    QVERIFY(hcl.find("  name        = \"vendor-boundary\"\n") != std::string::npos);
    QVERIFY(hcl.find("value       = aws_iam_policy.vendor_boundary.arn") != std::string::npos);

    Diagnostics diagnostics;
    const PolicyParser::Result parsed
        = PolicyParser::parseJson(heredocBody(hcl), PolicyKind::Boundary, QStringLiteral("heredoc"), "b", diagnostics);
    QVERIFY(parsed.ok);
    QCOMPARE(writePolicyJson(parsed.policy), writePolicyJson(b.policy));
}

void TestBoundarySnippets::terraformNamesTheVendorRole()
{
    const ReviewSubject package = loadPackage({ kTerraform });
    const std::vector<BoundaryTarget> targets = boundaryTargets(package);
    QVERIFY(!targets.empty());
    bool found = false;
    for (const BoundaryTarget& t : targets)
        found = found || t.kind == BoundaryTarget::Kind::Terraform;
    QVERIFY(found);
    const std::string hcl = writeBoundary(sampleBoundary(), BoundaryFormat::Terraform, "GrantScopeBoundary", targets);
    for (const BoundaryTarget& t : targets)
        if (t.kind == BoundaryTarget::Kind::Terraform)
            QVERIFY2(
                hcl.find("# Resource " + t.logicalId + " (vendor-module.tf.json") != std::string::npos, hcl.c_str());
    QVERIFY(hcl.find("#     permissions_boundary = aws_iam_policy.grantscopeboundary.arn") != std::string::npos);
}

void TestBoundarySnippets::hostileRoleNamesStayInComments()
{
    BoundaryTarget hostile;
    hostile.kind = BoundaryTarget::Kind::Other;
    hostile.name = "x\nresource \"aws_iam_user\" \"evil\" {}\r\nResources: {Evil: {Type: AWS::IAM::User}}\xe2\x80\xa8y";
    hostile.file = QStringLiteral("/tmp/a\nb.json");
    BoundaryTarget cfn = hostile;
    cfn.kind = BoundaryTarget::Kind::CloudFormation;
    cfn.logicalId = "Role\nEvil: 1";
    const std::vector<BoundaryTarget> targets { hostile, cfn };
    for (BoundaryFormat format : { BoundaryFormat::CloudFormation, BoundaryFormat::Terraform }) {
        const std::string text = writeBoundary(sampleBoundary(), format, "B", targets);
        const QStringList lines = QString::fromStdString(text).split(QLatin1Char('\n'));
        for (const QString& line : lines)
            if (line.contains(QStringLiteral("vil")) || line.contains(QStringLiteral("b.json")))
                QVERIFY2(line.startsWith(QLatin1Char('#')), qPrintable(line));
        QVERIFY(!QString::fromStdString(text).contains(QChar(0x2028)));
        QVERIFY(text.find('\r') == std::string::npos);
    }
    // And the template still holds one managed policy and nothing else.
    QTemporaryDir dir;
    const ReviewSubject read = loadPackage({ writeTemp(dir, QStringLiteral("b.yaml"),
        writeBoundary(sampleBoundary(), BoundaryFormat::CloudFormation, "B", targets)) });
    QVERIFY(!hasErrors(read.diagnostics));
    QVERIFY(read.roles.empty());
    QCOMPARE(read.standalonePolicies.size(), size_t(1));
}

void TestBoundarySnippets::policyNames()
{
    QCOMPARE(iamPolicyName(""), std::string("GrantScopeBoundary"));
    QCOMPARE(iamPolicyName("Vendor+Boundary=1,a.b@c_d-e"), std::string("Vendor+Boundary=1,a.b@c_d-e"));
    QCOMPARE(iamPolicyName("my boundary/\"x\""), std::string("my-boundary--x-"));
    QCOMPARE(iamPolicyName(std::string(300, 'a')).size(), size_t(128));
    // A name that is all punctuation still makes valid resource names.
    const std::string hcl = writeBoundary(sampleBoundary(), BoundaryFormat::Terraform, "---", {});
    QVERIFY(hcl.find("resource \"aws_iam_policy\" \"grantscope_boundary\" {") != std::string::npos);
    const std::string yaml = writeBoundary(sampleBoundary(), BoundaryFormat::CloudFormation, "9lives", {});
    QVERIFY(yaml.find("GrantScopeBoundary9lives:") != std::string::npos);
}

void TestBoundarySnippets::formatsByName()
{
    QCOMPARE(boundaryFormatForFile(QStringLiteral("b.json")), BoundaryFormat::Json);
    QCOMPARE(boundaryFormatForFile(QStringLiteral("b.YAML")), BoundaryFormat::CloudFormation);
    QCOMPARE(boundaryFormatForFile(QStringLiteral("b.yml")), BoundaryFormat::CloudFormation);
    QCOMPARE(boundaryFormatForFile(QStringLiteral("main.tf")), BoundaryFormat::Terraform);
    QCOMPARE(parseBoundaryFormat("terraform"), std::optional<BoundaryFormat>(BoundaryFormat::Terraform));
    QCOMPARE(parseBoundaryFormat("hcl"), std::optional<BoundaryFormat>());
    const CompactedBoundary b = sampleBoundary();
    QCOMPARE(writeBoundary(b, BoundaryFormat::Json, "x", {}), b.json);
}

QTEST_GUILESS_MAIN(TestBoundarySnippets)
#include "tst_boundarysnippets.moc"
