// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "doc/HclReader.h"
#include "package/PackageLoader.h"
#include "package/TerraformHcl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <utility>
#include <vector>

using namespace grantscope;

// Terraform modules in HCL (.tf) through loadPackage(): the same review as the same module in .tf.json.
class TestTerraformHcl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameReviewAsJsonSyntax_data();
    void sameReviewAsJsonSyntax();
    void vendorModule();
    void variableFilesInHcl();
    void syntaxErrorIsLocated();
    void fileOutsideTheModule();
    void templateKeepsControlCharacters();
    void moduleInAZip();
    void dynamicBlocksAreNoted();
    void evaluatesLocalsAndFunctions_data();
    void evaluatesLocalsAndFunctions();
    void localsCannotExplode();
};

namespace {

QString fixture(const QString& relative)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/") + relative;
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QString statements(const Policy& policy)
{
    QStringList out;
    for (const Statement& st : policy.statements) {
        QStringList parts { text(st.sid),
            st.effect == Effect::Allow ? QStringLiteral("Allow") : QStringLiteral("Deny") };
        for (const LocatedString& a : st.actions)
            parts << text(a.value);
        for (const LocatedString& r : st.resources)
            parts << text(r.value);
        for (const PrincipalEntry& p : st.principals)
            parts << text(p.type + "=" + p.value);
        for (const ConditionClause& c : st.conditions)
            parts << text(c.operatorText + " " + c.key) + QLatin1Char('=')
                    + QStringList([&] {
                          QStringList v;
                          for (const std::string& s : c.values)
                              v << text(s);
                          return v;
                      }())
                          .join(QLatin1Char(','));
        out << parts.join(QLatin1Char(' '));
    }
    return out.join(QStringLiteral(" | "));
}

// Everything a review shows, without file names and locations (the two syntaxes place text differently).
QStringList review(const QStringList& paths, const LoadOptions& options = {})
{
    const ReviewSubject s = loadPackage(paths, options);
    QStringList out;
    for (const RoleRecord& r : s.roles) {
        out << QStringLiteral("role %1 %2 trust[%3] max=%4 boundary=%5")
                   .arg(text(r.logicalId), text(r.name), statements(r.trustPolicy), text(r.maxSessionDuration),
                       r.hasBoundary ? text(r.boundary.name) : QString());
        for (const PolicyRecord& p : r.policies)
            out << QStringLiteral("  policy %1 %2 resolved=%3 [%4]")
                       .arg(QLatin1String(policyOriginKey(p.origin)), text(p.name), QString::number(p.resolved),
                           statements(p.policy));
    }
    for (const PolicyRecord& p : s.standalonePolicies)
        out << QStringLiteral("standalone %1 [%2]").arg(text(p.name), statements(p.policy));
    for (const PackageNote& n : s.notes)
        out << QStringLiteral("note %1 %2").arg(text(n.kind), text(n.subject));
    for (const Diagnostic& d : s.diagnostics)
        if (d.severity != DiagnosticSeverity::Info) // notes of files not reviewed (the JSON folder has a README)
            out << QStringLiteral("diagnostic %1").arg(text(d.code));
    PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled(), options);
    QStringList findings;
    for (const Finding& f : a.findings) {
        std::vector<std::string> actions = f.actions;
        std::sort(actions.begin(), actions.end());
        QStringList list;
        for (const std::string& action : actions)
            list << text(action);
        findings << QStringLiteral("finding %1 %2 %3 [%4]")
                        .arg(text(f.rule), text(f.subject), f.title, list.join(QLatin1Char(',')));
    }
    findings.sort();
    return out + findings;
}

QString notesMessage(const ReviewSubject& s)
{
    QStringList out;
    for (const PackageNote& n : s.notes)
        out << n.message;
    return out.join(QLatin1Char('\n'));
}

const SourceLocation* findingAt(const PackageAnalysis& a, const std::string& rule, QString* file)
{
    for (const Finding& f : a.findings)
        if (f.rule == rule) {
            *file = f.file;
            return &f.location;
        }
    return nullptr;
}

} // namespace

void TestTerraformHcl::sameReviewAsJsonSyntax_data()
{
    QTest::addColumn<QStringList>("json");
    QTest::addColumn<QStringList>("hcl");
    QTest::newRow("vendor module") << QStringList {
        fixture(QStringLiteral("terraform/vendor-module.tf.json"))
    } << QStringList { fixture(QStringLiteral("terraform-hcl/translated/vendor-module.tf")) };
    QTest::newRow("remote policy") << QStringList {
        fixture(QStringLiteral("terraform/remote-policy.tf.json"))
    } << QStringList { fixture(QStringLiteral("terraform-hcl/translated/remote-policy.tf")) };
    QTest::newRow("document cycle") << QStringList {
        fixture(QStringLiteral("terraform/malformed/document-cycle.tf.json"))
    } << QStringList { fixture(QStringLiteral("terraform-hcl/translated/document-cycle.tf")) };
    QTest::newRow("policy not JSON") << QStringList {
        fixture(QStringLiteral("terraform/malformed/policy-not-json.tf.json"))
    } << QStringList { fixture(QStringLiteral("terraform-hcl/translated/policy-not-json.tf")) };
    QTest::newRow("mixed folder") << QStringList { fixture(QStringLiteral("terraform/mixed")) }
                                  << QStringList { fixture(QStringLiteral("terraform-hcl/mixed")) };
}

void TestTerraformHcl::sameReviewAsJsonSyntax()
{
    QFETCH(QStringList, json);
    QFETCH(QStringList, hcl);
    const QStringList expected = review(json);
    const QStringList actual = review(hcl);
    QVERIFY(expected.size() > 1);
    QCOMPARE(actual, expected);
}

void TestTerraformHcl::vendorModule()
{
    const QString folder = fixture(QStringLiteral("terraform-hcl/acme-guard"));
    const ReviewSubject s = loadPackage({ folder });
    for (const char* name : { "/main.tf", "/variables.tf", "/terraform.tfvars" })
        QVERIFY(std::find(s.files.begin(), s.files.end(), folder + QLatin1String(name)) != s.files.end());
    QCOMPARE(s.roles.size(), size_t(1));
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.logicalId, std::string("aws_iam_role.guard"));
    QCOMPARE(role.name, std::string("AcmeGuardIntegration")); // var.role_name from terraform.tfvars
    QCOMPARE(role.file, folder + QStringLiteral("/main.tf"));
    QCOMPARE(role.location, (SourceLocation { 42, 25 }));
    QCOMPARE(role.maxSessionDuration, std::string("43200"));
    // Trust from the data source: partition and the vendor account (terraform.tfvars) substituted.
    QCOMPARE(statements(role.trustPolicy),
        QStringLiteral("AcmeGuardAssume Allow sts:AssumeRole AWS=arn:aws:iam::210987654321:root StringEquals "
                       "sts:ExternalId=${var.external_id}"));
    QVERIFY(role.hasBoundary);
    QCOMPARE(role.boundary.name, std::string("AcmeGuardIntegration-boundary"));

    QStringList policies;
    for (const PolicyRecord& p : role.policies)
        policies << QStringLiteral("%1 %2 [%3]")
                        .arg(QLatin1String(policyOriginKey(p.origin)), text(p.name), statements(p.policy));
    // jsonencode() of an HCL object, file() and templatefile() of the module's files, a policy document.
    QVERIFY2(policies.contains(QStringLiteral("inline acme-guard-snapshots [ReadSnapshots Allow ebs:ListSnapshotBlocks "
                                              "ebs:GetSnapshotBlock ec2:CreateSnapshot *]")),
        qPrintable(policies.join(QLatin1Char('\n'))));
    QVERIFY2(
        policies.contains(QStringLiteral("customer-managed AcmeGuardIntegration-read [ReadConfiguration Allow "
                                         "s3:GetBucketPolicy s3:GetObject s3:ListAllMyBuckets config:Describe* *]")),
        qPrintable(policies.join(QLatin1Char('\n'))));
    QVERIFY2(policies.contains(QStringLiteral("customer-managed AcmeGuardIntegration-decrypt [DecryptSnapshots Allow "
                                              "kms:Decrypt kms:CreateGrant arn:aws:kms:*:123456789012:key/*]")),
        qPrintable(policies.join(QLatin1Char('\n'))));
    QVERIFY2(
        policies.contains(QStringLiteral("inline acme-guard-quarantine [Quarantine Allow ec2:ModifyInstanceAttribute "
                                         "ec2:CreateSecurityGroup ec2:AuthorizeSecurityGroupIngress * | "
                                         "PassScannerRole Allow iam:PassRole arn:aws:iam::123456789012:role/*]")),
        qPrintable(policies.join(QLatin1Char('\n'))));
    QVERIFY(std::any_of(role.policies.begin(), role.policies.end(), [](const PolicyRecord& p) {
        return p.origin == PolicyOrigin::AwsManaged && p.arn == "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess";
    }));
    // The inline statement of jsonencode() is located where it is written in main.tf.
    const auto snapshots = std::find_if(role.policies.begin(), role.policies.end(),
        [](const PolicyRecord& p) { return p.name == "acme-guard-snapshots"; });
    QCOMPARE(snapshots->policy.statements.front().location, (SourceLocation { 54, 9 }));

    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QStringList rules;
    for (const Finding& f : a.findings)
        rules << text(f.rule);
    QString file;
    // iam:PassRole on every role of the account, from the policy document's second statement.
    const SourceLocation* passRole = nullptr;
    for (const Finding& f : a.findings)
        if (std::find(f.actions.begin(), f.actions.end(), "iam:passrole") != f.actions.end()) {
            passRole = &f.location;
            file = f.file;
            break;
        }
    QVERIFY2(passRole, qPrintable(rules.join(QLatin1Char(' '))));
    QCOMPARE(file, folder + QStringLiteral("/main.tf"));
    QCOMPARE(passRole->line, 37); // the resources of the PassScannerRole statement
    // Unknown parts are located findings: the registry module and the customer's External ID.
    QVERIFY(std::any_of(s.notes.begin(), s.notes.end(),
        [](const PackageNote& n) { return n.kind == "unresolved-parameter" && n.subject == "var.external_id"; }));
    const auto module = std::find_if(s.notes.begin(), s.notes.end(), [](const PackageNote& n) {
        return n.kind == "unreviewed" && n.subject == "module.acme_events (acme-guard/events/aws)";
    });
    QVERIFY(module != s.notes.end());
    QCOMPARE(module->location, (SourceLocation { 113, 8 }));
    const SourceLocation* trust = findingAt(a, "package-unresolved-parameter", &file);
    QVERIFY2(trust, qPrintable(rules.join(QLatin1Char(' '))));
    QCOMPARE(file, folder + QStringLiteral("/main.tf"));
}

void TestTerraformHcl::variableFilesInHcl()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& content) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(QStringLiteral("main.tf"),
        "variable \"external_id\" {}\nvariable \"vendor_account\" {}\n"
        "resource \"aws_iam_role\" \"vendor\" {\n  name = \"Vendor\"\n  assume_role_policy = jsonencode({\n"
        "    Version = \"2012-10-17\"\n    Statement = [{ Effect = \"Allow\", Action = \"sts:AssumeRole\",\n"
        "      Principal = { AWS = \"arn:aws:iam::${var.vendor_account}:root\" },\n"
        "      Condition = { StringEquals = { \"sts:ExternalId\" = var.external_id } } }]\n  })\n}\n");
    // Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) by name.
    write(QStringLiteral("terraform.tfvars"), "vendor_account = \"210987654321\"\nexternal_id = \"from-tfvars\"\n");
    write(QStringLiteral("terraform.tfvars.json"), R"({"external_id": "from-tfvars-json"})");
    write(QStringLiteral("a.auto.tfvars"), "external_id = \"from-a-auto\" # HCL\n");
    write(QStringLiteral("b.auto.tfvars.json"), R"({"vendor_account": "109876543210"})");
    write(QStringLiteral("prod.tfvars"), "external_id = \"not-applied\"\n");
    const ReviewSubject s = loadPackage({ dir.path() });
    QCOMPARE(s.roles.size(), size_t(1));
    QCOMPARE(statements(s.roles.front().trustPolicy),
        QStringLiteral(" Allow sts:AssumeRole AWS=arn:aws:iam::109876543210:root StringEquals "
                       "sts:ExternalId=from-a-auto"));
    QCOMPARE(s.parameters.at("external_id").value, std::string("from-a-auto"));
    // A variable file given as a path applies last.
    const ReviewSubject named
        = loadPackage({ dir.filePath(QStringLiteral("main.tf")), dir.filePath(QStringLiteral("prod.tfvars")) });
    QCOMPARE(named.parameters.at("external_id").value, std::string("not-applied"));
}

void TestTerraformHcl::syntaxErrorIsLocated()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("main.tf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("resource \"aws_iam_role\" \"r\" {\n  name = \"x\n}\n");
    f.close();
    const ReviewSubject s = loadPackage({ dir.path() });
    QVERIFY(s.roles.empty());
    const auto error = std::find_if(s.diagnostics.begin(), s.diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == DiagnosticSeverity::Error; });
    QVERIFY(error != s.diagnostics.end());
    QCOMPARE(error->code, std::string("hcl-syntax"));
    QCOMPARE(error->file, f.fileName());
    QCOMPARE(error->location, (SourceLocation { 2, 12 }));
    // The file is reviewed (an error), not reported as an unreviewed part of the package.
    QVERIFY(std::none_of(s.notes.begin(), s.notes.end(), [](const PackageNote& n) { return n.kind == "unreviewed"; }));
}

void TestTerraformHcl::fileOutsideTheModule()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("module")));
    QFile f(dir.filePath(QStringLiteral("module/main.tf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "resource \"aws_iam_policy\" \"p\" {\n  name = \"P\"\n  policy = file(\"../secret.json\")\n}\n"
        "resource \"aws_iam_policy\" \"q\" {\n  name = \"Q\"\n  policy = file(\"${path.module}/missing.json\")\n}\n");
    f.close();
    const ReviewSubject s = loadPackage({ f.fileName() });
    QStringList warnings;
    for (const Diagnostic& d : s.diagnostics)
        if (d.code == "terraform-file")
            warnings << QStringLiteral("%1:%2").arg(d.location.line).arg(d.location.column);
    QCOMPARE(warnings, (QStringList { QStringLiteral("3:12"), QStringLiteral("7:12") }));
    QCOMPARE(s.standalonePolicies.size(), size_t(2));
    QVERIFY(!s.standalonePolicies[0].resolved);
}

void TestTerraformHcl::templateKeepsControlCharacters()
{
    // A value passed through jsonencode() into a template keeps every character: a tab is escaped, not dropped.
    QTemporaryDir dir;
    QFile tpl(dir.filePath(QStringLiteral("p.json.tpl")));
    QVERIFY(tpl.open(QIODevice::WriteOnly));
    tpl.write(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject",)"
              R"("Resource":${jsonencode(bucket)}}]})");
    tpl.close();
    QFile f(dir.filePath(QStringLiteral("main.tf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "resource \"aws_iam_policy\" \"p\" {\n  name = \"P\"\n"
        "  policy = templatefile(\"${path.module}/p.json.tpl\", { bucket = \"arn:aws:s3:::logs\\tarchive/*\" })\n}\n");
    f.close();
    const ReviewSubject s = loadPackage({ f.fileName() });
    QCOMPARE(s.standalonePolicies.size(), size_t(1));
    const PolicyRecord& p = s.standalonePolicies.front();
    QVERIFY(p.resolved);
    QCOMPARE(p.policy.statements.size(), size_t(1));
    QCOMPARE(p.policy.statements[0].resources.size(), size_t(1));
    QCOMPARE(p.policy.statements[0].resources[0].value, std::string("arn:aws:s3:::logs\tarchive/*"));
}

namespace {
void dumpInto(std::string& out, const SourceNode& node)
{
    switch (node.kind) {
    case SourceNode::Kind::Null:
        out += "null";
        return;
    case SourceNode::Kind::Bool:
    case SourceNode::Kind::Number:
        out += node.text;
        return;
    case SourceNode::Kind::String:
        out += '"' + node.text + '"';
        return;
    case SourceNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i)
            dumpInto(out += i ? "," : "", node.items[i]);
        out += ']';
        return;
    case SourceNode::Kind::Object:
        out += '{';
        for (size_t i = 0; i < node.members.size(); ++i)
            dumpInto(out += (i ? "," : "") + node.members[i].key + ":", node.members[i].value);
        out += '}';
        return;
    }
}
} // namespace

void TestTerraformHcl::moduleInAZip()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("acme.zip"));
    const std::vector<std::pair<QByteArray, QByteArray>> entries = {
        { "acme/main.tf",
            "variable \"name\" {}\n"
            "resource \"aws_iam_role\" \"r\" {\n  name = var.name\n"
            "  assume_role_policy = file(\"${path.module}/policies/trust.json\")\n}\n"
            "resource \"aws_iam_role_policy\" \"p\" {\n  role = aws_iam_role.r.id\n"
            "  policy = templatefile(\"${path.module}/policies/read.json.tpl\", { bucket = \"acme-${var.name}\" "
            "})\n}\n" },
        { "acme/policies/trust.json",
            R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", )"
            R"("Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": "sts:AssumeRole"}]})" },
        { "acme/policies/read.json.tpl",
            R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", )"
            R"("Action": "s3:GetObject", "Resource": "arn:aws:s3:::${bucket}/*"}]})" },
        { "acme/terraform.tfvars", "name = \"AcmeZipped\"\n" },
    };
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    QCOMPARE(archive_write_open_filename(a, QFile::encodeName(zip).constData()), ARCHIVE_OK);
    for (const auto& [name, data] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.constData());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, data.size());
        QCOMPARE(archive_write_header(a, e), ARCHIVE_OK);
        QCOMPARE(archive_write_data(a, data.constData(), size_t(data.size())), la_ssize_t(data.size()));
        archive_entry_free(e);
    }
    QCOMPARE(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);

    const ReviewSubject s = loadPackage({ zip });
    QCOMPARE(s.roles.size(), size_t(1));
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.name, std::string("AcmeZipped"));
    QCOMPARE(role.file, zip + QStringLiteral("!acme/main.tf"));
    QCOMPARE(statements(role.trustPolicy), QStringLiteral(" Allow sts:AssumeRole AWS=arn:aws:iam::210987654321:root"));
    QCOMPARE(role.policies.size(), size_t(1));
    QCOMPARE(
        statements(role.policies.front().policy), QStringLiteral(" Allow s3:GetObject arn:aws:s3:::acme-AcmeZipped/*"));
}

void TestTerraformHcl::dynamicBlocksAreNoted()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("main.tf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("data \"aws_iam_policy_document\" \"extra\" {\n"
            "  statement {\n    actions   = [\"s3:GetObject\"]\n    resources = [\"*\"]\n  }\n"
            "  dynamic \"statement\" {\n    for_each = var.extra_statements\n    content {\n"
            "      actions = statement.value.actions\n    }\n  }\n}\n"
            "resource \"aws_iam_policy\" \"extra\" {\n  name   = \"Extra\"\n"
            "  policy = data.aws_iam_policy_document.extra.json\n}\n"
            "resource \"aws_s3_bucket\" \"b\" {\n  dynamic \"lifecycle_rule\" {\n    for_each = var.rules\n    content "
            "{}\n  }\n}\n");
    f.close();
    const ReviewSubject s = loadPackage({ f.fileName() });
    QStringList notes;
    for (const PackageNote& n : s.notes)
        if (n.kind == "unresolved-document")
            notes << QStringLiteral("%1 %2:%3").arg(text(n.subject)).arg(n.location.line).arg(n.location.column);
    // Only IAM blocks: the bucket's lifecycle rules grant nothing.
    QCOMPARE(notes, QStringList { QStringLiteral("data.aws_iam_policy_document.extra dynamic statement 6:11") });
    QVERIFY(notesMessage(s).contains(QLatin1String("${var.extra_statements}")));
    // The statement written out is still reviewed.
    QCOMPARE(s.standalonePolicies.size(), size_t(1));
    QCOMPARE(statements(s.standalonePolicies.front().policy), QStringLiteral(" Allow s3:GetObject *"));
}

void TestTerraformHcl::evaluatesLocalsAndFunctions_data()
{
    QTest::addColumn<QByteArray>("hcl"); // sets the attribute "v"
    QTest::addColumn<QString>("value");
    const QByteArray locals = "locals {\n  prefix = \"acme\"\n  role = \"${local.prefix}-${var.env}\"\n"
                              "  arns = [\"arn:aws:s3:::a\", \"arn:aws:s3:::b\"]\n  tags = { Team = \"sec\" }\n}\n";
    QTest::newRow("local") << locals + "v = local.role\n"
                           << "\"acme-${var.env}\"";
    QTest::newRow("local in a template") << locals + "v = \"${local.prefix}/${local.arns}\"\n"
                                         << "\"acme/${local.arns}\"";
    QTest::newRow("local list") << locals + "v = local.arns\n"
                                << "[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\"]";
    QTest::newRow("unknown local stays") << locals + "v = local.missing\n"
                                         << "\"${local.missing}\"";
    QTest::newRow("format") << locals + "v = format(\"arn:aws:iam::%s:role/%s-%d%%\", var.account, local.prefix, 7)\n"
                            << "\"arn:aws:iam::${var.account}:role/acme-7%\"";
    QTest::newRow("format of an unknown list")
        << QByteArray("v = format(\"%s\", var.list...)\n") << "\"${format(\"%s\", var.list...)}\"";
    QTest::newRow("join") << locals + "v = join(\",\", local.arns)\n"
                          << "\"arn:aws:s3:::a,arn:aws:s3:::b\"";
    QTest::newRow("join of a variable") << QByteArray("v = join(\",\", var.arns)\n") << "\"${join(\",\", var.arns)}\"";
    QTest::newRow("concat") << locals + "v = concat(local.arns, [\"arn:aws:s3:::c\"])\n"
                            << "[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\",\"arn:aws:s3:::c\"]";
    QTest::newRow("merge") << locals + "v = merge(local.tags, { Team = \"ops\", Env = var.env })\n"
                           << "{Team:\"ops\",Env:\"${var.env}\"}";
    QTest::newRow("coalesce") << QByteArray("v = coalesce(\"\", \"Acme\", var.name)\n") << "\"Acme\"";
    QTest::newRow("coalesce after a variable")
        << QByteArray("v = coalesce(var.name, \"Acme\")\n") << "\"${coalesce(var.name, \"Acme\")}\"";
    QTest::newRow("lookup") << QByteArray("v = lookup({ a = \"x\", b = \"y\" }, \"b\", \"z\")\n") << "\"y\"";
    QTest::newRow("lookup default") << QByteArray("v = lookup({ a = \"x\" }, \"q\", \"z\")\n") << "\"z\"";
    QTest::newRow("length") << locals + "v = length(local.arns)\n"
                            << "2";
    QTest::newRow("toset") << QByteArray("v = toset([\"a\", \"b\", \"a\"])\n") << "[\"a\",\"b\"]";
    QTest::newRow("try") << QByteArray("v = try(\"fixed\", var.x)\n") << "\"fixed\"";
    QTest::newRow("nested") << locals + "v = join(\"/\", concat([format(\"%s-x\", local.prefix)], [\"y\"]))\n"
                            << "\"acme-x/y\"";
    QTest::newRow("jsonencode of a local") << QByteArray(
        "locals {\n  p = { Version = \"2012-10-17\", Statement = [{ Effect = \"Allow\" }] }\n}\n"
        "v = jsonencode(local.p)\n") << "{Version:\"2012-10-17\",Statement:[{Effect:\"Allow\"}]}";
}

void TestTerraformHcl::evaluatesLocalsAndFunctions()
{
    QFETCH(QByteArray, hcl);
    QFETCH(QString, value);
    Diagnostics diagnostics;
    std::optional<SourceNode> root
        = readHcl(std::string_view(hcl.constData(), size_t(hcl.size())), QStringLiteral("main.tf"), diagnostics);
    QVERIFY(root);
    ReviewSubject subject;
    evaluateTerraformHcl(*root, QStringLiteral("main.tf"), {}, subject);
    std::string out;
    dumpInto(out, *root->find("v"));
    QCOMPARE(QString::fromStdString(out), value);
}

void TestTerraformHcl::localsCannotExplode()
{
    // Each local doubles the one before: 2^40 copies unless the copies are bounded.
    QByteArray hcl = "locals {\n  l0 = [\"x\"]\n";
    for (int i = 1; i <= 40; ++i)
        hcl += "  l" + QByteArray::number(i) + " = concat(local.l" + QByteArray::number(i - 1) + ", local.l"
            + QByteArray::number(i - 1) + ")\n";
    hcl += "}\nv = local.l40\n";
    Diagnostics diagnostics;
    std::optional<SourceNode> root
        = readHcl(std::string_view(hcl.constData(), size_t(hcl.size())), QStringLiteral("main.tf"), diagnostics);
    QVERIFY(root);
    ReviewSubject subject;
    QElapsedTimer timer;
    timer.start();
    evaluateTerraformHcl(*root, QStringLiteral("main.tf"), {}, subject);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(root->find("v")->isString()); // left as written once the budget is spent
}

QTEST_GUILESS_MAIN(TestTerraformHcl)
#include "tst_terraformhcl.moc"
