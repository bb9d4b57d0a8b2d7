// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/JsonReader.h"
#include "package/TerraformLoader.h"

#include <QFile>
#include <QTest>
#include <random>
#include <string>

using namespace grantscope;

// Declared before the test data: moc does not understand raw string literals.
class TestTerraformLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void looksLikeTerraform_data();
    void looksLikeTerraform();
    void vendorModule();
    void vendorModuleWithReviewerValue();
    void planWithChildModules();
    void policyDocuments_data();
    void policyDocuments();
    void attachments_data();
    void attachments();
    void malformed_data();
    void malformed();
    void remoteDocument();
    void unresolvedParameterNotedOnce();
    void neverCrashesOnEdits();
};

namespace {

QString fixturePath(const QString& relative)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/terraform/") + relative;
}
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QByteArray readFixture(const QString& relative)
{
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(relative));
    return file.readAll();
}

ReviewSubject loadText(
    const QByteArray& json, const LoadOptions& options = {}, const QString& file = QStringLiteral("main.tf.json"))
{
    ReviewSubject subject;
    const std::optional<SourceNode> root
        = readJson(std::string_view(json.constData(), size_t(json.size())), file, subject.diagnostics);
    if (root && looksLikeTerraform(*root))
        loadTerraform(*root, file, options, subject);
    else
        subject.diagnostics.push_back({ DiagnosticSeverity::Error, "test-not-terraform", file, {}, QString() });
    return subject;
}

ReviewSubject loadFixture(const QString& relative, const LoadOptions& options = {})
{
    return loadText(readFixture(relative), options, relative);
}

QString recordText(const PolicyRecord& p)
{
    return QLatin1String(policyOriginKey(p.origin)) + QLatin1Char(':') + qs(p.name)
        + (p.resolved ? QString() : QStringLiteral("?"));
}

// One line per role and one for the stand-alone policies: what a reviewer would see listed.
QString summary(const ReviewSubject& s)
{
    QStringList parts;
    for (const RoleRecord& role : s.roles) {
        QStringList policies;
        for (const PolicyRecord& p : role.policies)
            policies << recordText(p);
        QString line = qs(role.name) + QLatin1Char('[') + qs(role.logicalId) + QStringLiteral("] trust=")
            + (role.hasTrustPolicy ? QString::number(role.trustPolicy.statements.size()) : QStringLiteral("none"))
            + QStringLiteral(" policies=") + policies.join(QLatin1Char(','));
        if (role.hasBoundary)
            line += QStringLiteral(" boundary=") + recordText(role.boundary);
        parts << line;
    }
    QStringList standalone;
    for (const PolicyRecord& p : s.standalonePolicies)
        standalone << recordText(p);
    parts << QStringLiteral("standalone=") + standalone.join(QLatin1Char(','));
    return parts.join(QStringLiteral("; "));
}

QStringList notes(const ReviewSubject& s)
{
    QStringList out;
    for (const PackageNote& n : s.notes)
        out << qs(n.kind) + QLatin1Char('|') + qs(n.subject);
    return out;
}

QStringList noteKinds(const ReviewSubject& s)
{
    QStringList out;
    for (const PackageNote& n : s.notes)
        out << qs(n.kind);
    return out;
}

QStringList codes(const Diagnostics& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << qs(d.code);
    return out;
}

QString dump(const Diagnostics& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << d.toString();
    return out.join(QLatin1Char('\n'));
}

QStringList values(const std::vector<LocatedString>& list)
{
    QStringList out;
    for (const LocatedString& s : list)
        out << qs(s.value);
    return out;
}

SourceLocation at(int line, int column)
{
    return SourceLocation { line, column };
}

} // namespace

namespace grantscope {
// Found by argument-dependent lookup, so that a failed QCOMPARE prints "line:column".
char* toString(const SourceLocation& location)
{
    return QTest::toString(QString::number(location.line) + QLatin1Char(':') + QString::number(location.column));
}
} // namespace grantscope

namespace {

const char* const kTrust
    = R"tf("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::210987654321:root\"}, \"Action\": \"sts:AssumeRole\"}]}")tf";

// A role "R" (aws_iam_role.r) plus whatever `resources` adds, as configuration JSON.
QByteArray withRole(const char* resources, const char* extraTop = "")
{
    return QByteArray(R"tf({"resource": {"aws_iam_role": {"r": {"name": "R", "assume_role_policy": )tf") + kTrust + "}}"
        + (resources[0] ? "," : "") + resources + "}" + (extraTop[0] ? "," : "") + extraTop + "}";
}

// A stand-alone aws_iam_policy.p whose policy is `policy` (a JSON value).
QByteArray withPolicy(const char* policy, const char* extraTop = "")
{
    return QByteArray(R"tf({"resource": {"aws_iam_policy": {"p": {"name": "P", "policy": )tf") + policy + "}}}"
        + (extraTop[0] ? "," : "") + extraTop + "}";
}

} // namespace

void TestTerraformLoader::looksLikeTerraform_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("expected");
    QTest::newRow("resource blocks") << QByteArray(R"({"resource": {"aws_iam_role": {"r": {}}}})") << true;
    QTest::newRow("data sources only") << QByteArray(R"({"data": {"aws_iam_policy_document": {"d": {}}}})") << true;
    QTest::newRow("variables file") << QByteArray(R"({"variable": {"external_id": {"type": "string"}}})") << true;
    QTest::newRow("comment and provider") << QByteArray(R"({"//": "x", "provider": {"aws": {}}})") << true;
    QTest::newRow("terraform show -json plan")
        << QByteArray(R"({"format_version": "1.2", "terraform_version": "1.6.6", "planned_values": {}})") << true;
    QTest::newRow("terraform show -json state") << QByteArray(R"({"format_version": "1.0", "values": {}})") << true;
    QTest::newRow("CloudFormation template")
        << QByteArray(R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}})") << false;
    QTest::newRow("IAM policy") << QByteArray(R"({"Version": "2012-10-17", "Statement": []})") << false;
    QTest::newRow("resource beside an unknown key") << QByteArray(R"({"resource": {}, "Statement": []})") << false;
    QTest::newRow("comment only") << QByteArray(R"({"//": "nothing"})") << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("array root") << QByteArray(R"([{"resource": {}}])") << false;
}

void TestTerraformLoader::looksLikeTerraform()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, expected);
    Diagnostics diagnostics;
    const std::optional<SourceNode> root
        = readJson(std::string_view(json.constData(), size_t(json.size())), QStringLiteral("t.json"), diagnostics);
    QVERIFY(root);
    QCOMPARE(grantscope::looksLikeTerraform(*root), expected);
}

void TestTerraformLoader::vendorModule()
{
    const ReviewSubject s = loadFixture(QStringLiteral("vendor-module.tf.json"));
    QVERIFY2(s.diagnostics.empty(), qPrintable(dump(s.diagnostics)));
    QCOMPARE(summary(s),
        QStringLiteral("AcmeObserveIntegration[aws_iam_role.acme] trust=1 policies=inline:acme-metrics,"
                       "customer-managed:AcmeObserveCollector,aws-managed:SecurityAudit,"
                       "customer-managed:AcmeObserveLogs; standalone="));
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.file, QStringLiteral("vendor-module.tf.json"));
    QCOMPARE(role.location, at(63, 7));
    QCOMPARE(role.maxSessionDuration, std::string("3600"));
    QVERIFY(!role.hasBoundary);

    // The trust policy comes from the aws_iam_policy_document data source, located at its own blocks.
    const Policy& trust = role.trustPolicy;
    QCOMPARE(trust.kind, PolicyKind::Trust);
    QCOMPARE(trust.statements.size(), size_t(1));
    const Statement& assume = trust.statements.front();
    QCOMPARE(assume.sid, std::string("AcmeObserveAssume"));
    QCOMPARE(assume.location, at(20, 11));
    QCOMPARE(assume.effect, Effect::Allow);
    QCOMPARE(values(assume.actions), QStringList { QStringLiteral("sts:AssumeRole") });
    QCOMPARE(assume.principals.size(), size_t(1));
    QCOMPARE(assume.principals[0].type, std::string("AWS"));
    QCOMPARE(assume.principals[0].value, std::string("arn:aws:iam::210987654321:root"));
    QCOMPARE(assume.principals[0].location, at(26, 33));
    QCOMPARE(assume.conditions.size(), size_t(1));
    QCOMPARE(assume.conditions[0].op, ConditionOperator::StringEquals);
    QCOMPARE(assume.conditions[0].key, std::string("sts:ExternalId"));
    QCOMPARE(assume.conditions[0].values, std::vector<std::string> { "${var.external_id}" });
    QCOMPARE(assume.conditions[0].location, at(32, 29));

    // Inline policy from jsonencode(): its statements sit where the string is.
    const PolicyRecord& inlinePolicy = role.policies[0];
    QCOMPARE(inlinePolicy.location, at(63, 7));
    QCOMPARE(inlinePolicy.policy.statements.size(), size_t(1));
    QCOMPARE(inlinePolicy.policy.statements[0].location, at(70, 21));
    QCOMPARE(values(inlinePolicy.policy.statements[0].actions),
        (QStringList { QStringLiteral("cloudwatch:GetMetricData"), QStringLiteral("cloudwatch:ListMetrics") }));

    const PolicyRecord& collector = role.policies[1];
    QCOMPARE(collector.location, at(75, 7));
    QCOMPARE(collector.policy.statements.size(), size_t(2));
    QCOMPARE(collector.policy.statements[1].location, at(78, 19));
    QCOMPARE(values(collector.policy.statements[1].resources),
        QStringList { QStringLiteral("arn:aws:sns:*:123456789012:acme-*") });

    const PolicyRecord& audit = role.policies[2];
    QCOMPARE(audit.arn, std::string("arn:aws:iam::aws:policy/SecurityAudit"));
    QCOMPARE(audit.location, at(92, 23));
    QVERIFY(audit.resolved);
    QVERIFY(!audit.policy.statements.empty());
    QCOMPARE(audit.policy.file, QStringLiteral("aws-managed:SecurityAudit"));

    const PolicyRecord& logs = role.policies[3];
    QCOMPARE(logs.location, at(80, 7));
    QCOMPARE(logs.policy.statements.size(), size_t(2));
    QCOMPARE(logs.policy.statements[0].location, at(41, 11));
    QCOMPARE(values(logs.policy.statements[0].resources),
        QStringList { QStringLiteral("arn:aws:logs:*:123456789012:log-group:*") });
    QCOMPARE(logs.policy.statements[1].sid, std::string("ForwardLogs"));
    QCOMPARE(logs.policy.statements[1].conditions.size(), size_t(1));
    QCOMPARE(logs.policy.statements[1].conditions[0].key, std::string("aws:ResourceTag/acme-observe"));

    QCOMPARE(notes(s), QStringList { QStringLiteral("unresolved-parameter|var.external_id") });
    QCOMPARE(s.notes[0].location, at(33, 28));
    QCOMPARE(s.notes[0].file, QStringLiteral("vendor-module.tf.json"));

    QCOMPARE(s.parameters.size(), size_t(2));
    QVERIFY(!s.parameters.at("external_id").resolved);
    QCOMPARE(s.parameters.at("external_id").location, at(4, 5));
    QVERIFY(s.parameters.at("role_name").fromDefault);
    QCOMPARE(s.parameters.at("role_name").value, std::string("AcmeObserveIntegration"));
}

void TestTerraformLoader::vendorModuleWithReviewerValue()
{
    LoadOptions options;
    options.parameters["external_id"] = "acme-7f3c9e21";
    options.accountId = "111122223333";
    const ReviewSubject s = loadFixture(QStringLiteral("vendor-module.tf.json"), options);
    QVERIFY(s.notes.empty());
    QCOMPARE(
        s.roles.front().trustPolicy.statements[0].conditions[0].values, std::vector<std::string> { "acme-7f3c9e21" });
    QVERIFY(s.parameters.at("external_id").fromReviewer);
    QCOMPARE(values(s.roles.front().policies[3].policy.statements[0].resources),
        QStringList { QStringLiteral("arn:aws:logs:*:111122223333:log-group:*") });
}

void TestTerraformLoader::planWithChildModules()
{
    const ReviewSubject s = loadFixture(QStringLiteral("vendor-plan.json"));
    QVERIFY2(s.diagnostics.empty(), qPrintable(dump(s.diagnostics)));
    QVERIFY(s.notes.empty());
    // The collector's ARN is only known after apply: the plan's configuration section links it.
    QCOMPARE(summary(s),
        QStringLiteral("AcmeObserveIntegration[module.acme.aws_iam_role.acme] trust=1 policies="
                       "inline:acme-metrics,customer-managed:AcmeObserveCollector,"
                       "aws-managed:SecurityAudit; standalone="));
    const RoleRecord& role = s.roles.front();
    QCOMPARE(role.location, at(47, 13));
    QCOMPARE(role.maxSessionDuration, std::string("3600"));
    const Statement& assume = role.trustPolicy.statements.front();
    QCOMPARE(assume.location, at(55, 39));
    QCOMPARE(assume.conditions[0].values, std::vector<std::string> { "acme-7f3c9e21" });
    QCOMPARE(assume.principals[0].value, std::string("arn:aws:iam::210987654321:root"));
    QCOMPARE(role.policies[0].location, at(47, 13));
    QCOMPARE(role.policies[0].policy.statements[0].location, at(61, 31));
    QCOMPARE(role.policies[1].location, at(29, 13));
    QCOMPARE(role.policies[1].policy.statements.size(), size_t(2));
    QCOMPARE(role.policies[2].location, at(104, 35));
}

void TestTerraformLoader::policyDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("statements"); // of the stand-alone policy P; -1 when unresolved
    QTest::addColumn<QString>("firstResource");
    QTest::addColumn<QStringList>("expectedNotes");
    QTest::addColumn<QStringList>("expectedCodes");

    QTest::newRow("JSON string with $${aws:username} escaped") << withPolicy(
        R"tf("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme/$${aws:username}/*\"}]}")tf")
                                                               << 1
                                                               << QStringLiteral("arn:aws:s3:::acme/${aws:username}/*")
                                                               << QStringList() << QStringList();
    QTest::newRow("JSON string with an unescaped IAM variable") << withPolicy(
        R"tf("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::acme/${aws:PrincipalTag/team}/*\"}]}")tf")
                                                                << 1
                                                                << QStringLiteral(
                                                                       "arn:aws:s3:::acme/${aws:PrincipalTag/team}/*")
                                                                << QStringList() << QStringList();
    QTest::newRow("policy given as an object") << withPolicy(
        R"tf({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-${data.aws_caller_identity.me.account_id}/*"}]})tf")
                                               << 1 << QStringLiteral("arn:aws:s3:::acme-123456789012/*")
                                               << QStringList() << QStringList();
    QTest::newRow("jsonencode of JSON text") << withPolicy(
        R"tf("${jsonencode({\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:${data.aws_partition.current.partition}:s3:::acme/*\"}]})}")tf")
                                             << 1 << QStringLiteral("arn:aws:s3:::acme/*") << QStringList()
                                             << QStringList();
    QTest::newRow("jsonencode of an HCL object")
        << withPolicy(R"tf("${jsonencode({Version = \"2012-10-17\", Statement = []})}")tf") << -1 << QString()
        << QStringList { QStringLiteral("unresolved-document|jsonencode({Version = \"2012-10-17\", Statement = []})") }
        << QStringList();
    QTest::newRow("variable holding the whole policy")
        << withPolicy(R"tf("${var.vendor_policy}")tf") << -1 << QString()
        << QStringList { QStringLiteral("unresolved-parameter|var.vendor_policy") } << QStringList();
    QTest::newRow("local value in a resource") << withPolicy(
        R"tf("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"${local.bucket_arn}/*\"}]}")tf")
                                               << 1 << QStringLiteral("${local.bucket_arn}/*")
                                               << QStringList { QStringLiteral(
                                                      "unresolved-parameter|local.bucket_arn") }
                                               << QStringList();
    QTest::newRow("template directive") << withPolicy(
        R"tf("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"%{ if var.all }*%{ endif }\"}]}")tf")
                                        << 1 << QStringLiteral("%{ if var.all }*%{ endif }")
                                        << QStringList { QStringLiteral("unresolved-parameter|%{if var.all}"),
                                               QStringLiteral("unresolved-parameter|%{endif}") }
                                        << QStringList();
    QTest::newRow("interpolation outside a JSON string") << withPolicy(
        R"tf("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": ${jsonencode(var.bucket_arns)}}]}")tf")
                                                         << -1 << QString()
                                                         << QStringList { QStringLiteral(
                                                                "unresolved-parameter|jsonencode(var.bucket_arns)") }
                                                         << QStringList { QStringLiteral("terraform-policy-json") };
    QTest::newRow("policy document with &{aws:username}") << withPolicy(
        R"tf("${data.aws_iam_policy_document.d.json}")tf",
        R"tf("data": {"aws_iam_policy_document": {"d": {"statement": {"actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::acme/&{aws:username}/*"]}}}})tf")
                                                          << 1 << QStringLiteral("arn:aws:s3:::acme/${aws:username}/*")
                                                          << QStringList() << QStringList();
    QTest::newRow("policy document merging source and override by Sid")
        << withPolicy(R"tf("${data.aws_iam_policy_document.d.json}")tf",
               R"tf("data": {"aws_iam_policy_document": {
                             "base": {"statement": [{"sid": "A", "actions": ["s3:GetObject"], "resources": ["arn:aws:s3:::base/*"]},
                                                    {"sid": "Keep", "actions": ["s3:ListBucket"], "resources": ["arn:aws:s3:::base"]}]},
                             "d": {"source_policy_documents": ["${data.aws_iam_policy_document.base.json}"],
                                   "override_policy_documents": ["{\"Statement\": [{\"Sid\": \"B\", \"Effect\": \"Deny\", \"Action\": \"s3:DeleteObject\", \"Resource\": \"*\"}]}"],
                                   "statement": {"sid": "A", "actions": ["s3:PutObject"], "resources": ["arn:aws:s3:::own/*"]}}}})tf")
        << 3 << QStringLiteral("arn:aws:s3:::own/*") << QStringList() << QStringList();
    QTest::newRow("policy document with not_actions and not_resources") << withPolicy(
        R"tf("${data.aws_iam_policy_document.d.json}")tf",
        R"tf("data": {"aws_iam_policy_document": {"d": {"statement": [{"effect": "Deny", "not_actions": ["iam:Get*"], "not_resources": ["arn:aws:iam::*:role/acme-*"]}]}}})tf")
                                                                        << 1
                                                                        << QStringLiteral("arn:aws:iam::*:role/acme-*")
                                                                        << QStringList() << QStringList();
    QTest::newRow("reference to a policy document that is not in the file")
        << withPolicy(R"tf("${data.aws_iam_policy_document.elsewhere.json}")tf") << -1 << QString()
        << QStringList { QStringLiteral("unresolved-document|data.aws_iam_policy_document.elsewhere.json") }
        << QStringList();
    QTest::newRow("policy that is its own policy")
        << withPolicy(R"tf("${aws_iam_policy.p.policy}")tf") << -1 << QString() << QStringList()
        << QStringList { QStringLiteral("terraform-reference-cycle") };
    QTest::newRow("policy string that is not JSON")
        << withPolicy(R"tf("Allow everything")tf") << -1 << QString() << QStringList()
        << QStringList { QStringLiteral("terraform-policy-json") };
    QTest::newRow("policy that is a number")
        << withPolicy("7") << -1 << QString() << QStringList() << QStringList { QStringLiteral("terraform-structure") };
}

void TestTerraformLoader::policyDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(int, statements);
    QFETCH(QString, firstResource);
    QFETCH(QStringList, expectedNotes);
    QFETCH(QStringList, expectedCodes);
    const ReviewSubject s = loadText(json);
    QCOMPARE(codes(s.diagnostics), expectedCodes);
    QCOMPARE(notes(s), expectedNotes);
    QCOMPARE(s.standalonePolicies.size(), size_t(1));
    const PolicyRecord& p = s.standalonePolicies.front();
    QCOMPARE(p.name, std::string("P"));
    QCOMPARE(p.origin, PolicyOrigin::CustomerManaged);
    QCOMPARE(p.location, at(1, 34));
    QCOMPARE(p.resolved, statements >= 0);
    QCOMPARE(int(p.policy.statements.size()), std::max(statements, 0));
    if (statements > 0) {
        const Statement& first = p.policy.statements.front();
        QCOMPARE(values(first.resources).value(0), firstResource);
    }
}

void TestTerraformLoader::attachments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("expectedNotes");

    const char* policyP
        = R"tf("aws_iam_policy": {"p": {"name": "P", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}"}})tf";
    auto with = [&](const char* more) {
        const QByteArray resources = QByteArray(policyP) + (more[0] ? "," : "") + more;
        return withRole(resources.constData());
    };

    QTest::newRow("unattached customer policy stays stand-alone")
        << with("") << QStringLiteral("R[aws_iam_role.r] trust=1 policies=; standalone=customer-managed:P")
        << QStringList();
    QTest::newRow("attachment naming the role literally")
        << with(
               R"tf("aws_iam_role_policy_attachment": {"a": {"role": "R", "policy_arn": "${aws_iam_policy.p.arn}"}})tf")
        << QStringLiteral("R[aws_iam_role.r] trust=1 policies=customer-managed:P; standalone=") << QStringList();
    QTest::newRow("attachment by the package policy's literal ARN") << with(
        R"tf("aws_iam_role_policy_attachment": {"a": {"role": "${aws_iam_role.r.id}", "policy_arn": "arn:aws:iam::123456789012:policy/P"}})tf")
                                                                    << QStringLiteral(
                                                                           "R[aws_iam_role.r] trust=1 "
                                                                           "policies=customer-managed:P; standalone=")
                                                                    << QStringList();
    QTest::newRow("aws_iam_policy_attachment with a role ARN") << with(
        R"tf("aws_iam_policy_attachment": {"a": {"name": "a", "roles": ["arn:aws:iam::123456789012:role/R"], "users": ["someone"], "policy_arn": "${aws_iam_policy.p.arn}"}})tf")
                                                               << QStringLiteral(
                                                                      "R[aws_iam_role.r] trust=1 "
                                                                      "policies=customer-managed:P; standalone=")
                                                               << QStringList();
    QTest::newRow("aws_iam_role_policy on a role reference") << withRole(
        R"tf("aws_iam_role_policy": {"i": {"name": "inline-i", "role": "${aws_iam_role.r.id}", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sqs:SendMessage\", \"Resource\": \"*\"}]}"}})tf")
                                                             << QStringLiteral("R[aws_iam_role.r] trust=1 "
                                                                               "policies=inline:inline-i; standalone=")
                                                             << QStringList();
    QTest::newRow("aws_iam_role_policy on a role outside the package") << withRole(
        R"tf("aws_iam_role_policy": {"i": {"name": "inline-i", "role": "CustomerRole", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sqs:SendMessage\", \"Resource\": \"*\"}]}"}})tf")
                                                                       << QStringLiteral(
                                                                              "R[aws_iam_role.r] trust=1 policies=; "
                                                                              "standalone=inline:inline-i")
                                                                       << QStringList();
    QTest::newRow("AWS managed policy on a role the customer names") << withRole(
        R"tf("aws_iam_role_policy_attachment": {"a": {"role": "${var.role_name}", "policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess"}})tf")
                                                                     << QStringLiteral(
                                                                            "R[aws_iam_role.r] trust=1 policies=; "
                                                                            "standalone=aws-managed:"
                                                                            "AdministratorAccess")
                                                                     << QStringList { QStringLiteral(
                                                                            "unresolved-parameter|var.role_name") };
    QTest::newRow("customer-managed ARN not in the package") << withRole(
        R"tf("aws_iam_role_policy_attachment": {"a": {"role": "R", "policy_arn": "arn:aws:iam::210987654321:policy/AcmeShared"}})tf")
                                                             << QStringLiteral(
                                                                    "R[aws_iam_role.r] trust=1 "
                                                                    "policies=customer-managed:arn:aws:iam::"
                                                                    "210987654321:policy/AcmeShared?; standalone=")
                                                             << QStringList { QStringLiteral(
                                                                    "unresolved-arn|arn:aws:iam::210987654321:policy/"
                                                                    "AcmeShared") };
    QTest::newRow("managed_policy_arns with a reference, an AWS ARN and data.aws_iam_policy")
        << QByteArray(R"tf({"data": {"aws_iam_policy": {"view": {"name": "ViewOnlyAccess"}}},
             "resource": {"aws_iam_role": {"r": {"name": "R", "assume_role_policy": )tf")
            + kTrust + R"tf(,
               "managed_policy_arns": ["${aws_iam_policy.p.arn}", "arn:aws:iam::aws:policy/SecurityAudit", "${data.aws_iam_policy.view.arn}"]}},
             )tf"
            + policyP + "}}"
        << QStringLiteral(
               "R[aws_iam_role.r] trust=1 "
               "policies=customer-managed:P,aws-managed:SecurityAudit,aws-managed:ViewOnlyAccess; standalone=")
        << QStringList();
    QTest::newRow("permissions boundary defined in the package")
        << QByteArray(
               R"tf({"resource": {"aws_iam_role": {"r": {"name": "R", "permissions_boundary": "${aws_iam_policy.p.arn}", "assume_role_policy": )tf")
            + kTrust + "}}," + policyP + "}}"
        << QStringLiteral("R[aws_iam_role.r] trust=1 policies= boundary=customer-managed:P; standalone=")
        << QStringList();
    QTest::newRow("AWS managed permissions boundary")
        << QByteArray(
               R"tf({"resource": {"aws_iam_role": {"r": {"name": "R", "permissions_boundary": "arn:aws:iam::aws:policy/ReadOnlyAccess", "assume_role_policy": )tf")
            + kTrust + "}}}}"
        << QStringLiteral("R[aws_iam_role.r] trust=1 policies= boundary=aws-managed:ReadOnlyAccess; standalone=")
        << QStringList();
    QTest::newRow("HCL JSON arrays at every label level")
        << QByteArray(R"tf({"resource": [{"aws_iam_role": [{"r": [{"name": "R", "assume_role_policy": )tf") + kTrust
            + R"tf(}]}]}, {"aws_iam_role_policy_attachment": {"a": {"role": "R", "policy_arn": "arn:aws:iam::aws:policy/SecurityAudit"}}}]})tf"
        << QStringLiteral("R[aws_iam_role.r] trust=1 policies=aws-managed:SecurityAudit; standalone=") << QStringList();
    QTest::newRow("role without a name is named by its label")
        << QByteArray(R"tf({"resource": {"aws_iam_role": {"vendor": {"name_prefix": "acme-", "assume_role_policy": )tf")
            + kTrust
            + R"tf(, "inline_policy": [{}, {"name": "x", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\", \"Resource\": \"*\"}}"}]}}}})tf"
        << QStringLiteral("vendor[aws_iam_role.vendor] trust=1 policies=inline:x; standalone=") << QStringList();
    QTest::newRow("state output lists an attachment twice")
        << QByteArray(
               R"tf({"format_version": "1.0", "terraform_version": "1.6.6", "values": {"root_module": {"resources": [
             {"address": "aws_iam_role.r", "mode": "managed", "type": "aws_iam_role", "name": "r", "values": {"name": "R", "assume_role_policy": )tf")
            + kTrust
            + R"tf(, "managed_policy_arns": ["arn:aws:iam::123456789012:policy/P", "arn:aws:iam::aws:policy/SecurityAudit"],
               "inline_policy": [{"name": "i", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sqs:SendMessage\", \"Resource\": \"*\"}]}"}]}},
             {"address": "aws_iam_policy.p", "mode": "managed", "type": "aws_iam_policy", "name": "p", "values": {"name": "P", "arn": "arn:aws:iam::123456789012:policy/P", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}"}},
             {"address": "aws_iam_role_policy.i", "mode": "managed", "type": "aws_iam_role_policy", "name": "i", "values": {"name": "i", "role": "R", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sqs:SendMessage\", \"Resource\": \"*\"}]}"}},
             {"address": "aws_iam_role_policy_attachment.a", "mode": "managed", "type": "aws_iam_role_policy_attachment", "name": "a", "values": {"role": "R", "policy_arn": "arn:aws:iam::123456789012:policy/P"}},
             {"address": "aws_iam_role_policy_attachment.b", "mode": "managed", "type": "aws_iam_role_policy_attachment", "name": "b", "values": {"role": "R", "policy_arn": "arn:aws:iam::aws:policy/SecurityAudit"}}]}}})tf"
        << QStringLiteral(
               "R[aws_iam_role.r] trust=1 policies=inline:i,customer-managed:P,aws-managed:SecurityAudit; standalone=")
        << QStringList();
    QTest::newRow("plan with resource_changes only")
        << QByteArray(R"tf({"format_version": "1.2", "resource_changes": [
             {"address": "aws_iam_role.r", "mode": "managed", "type": "aws_iam_role", "name": "r", "change": {"actions": ["create"], "after": {"name": "R", "assume_role_policy": )tf")
            + kTrust + R"tf(}}},
             {"address": "aws_iam_role.gone", "mode": "managed", "type": "aws_iam_role", "name": "gone", "change": {"actions": ["delete"], "after": null}}]})tf"
        << QStringLiteral("R[aws_iam_role.r] trust=1 policies=; standalone=") << QStringList();
}

void TestTerraformLoader::attachments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(QStringList, expectedNotes);
    const ReviewSubject s = loadText(json);
    QVERIFY2(s.diagnostics.empty(), qPrintable(dump(s.diagnostics)));
    QCOMPARE(summary(s), expected);
    QCOMPARE(notes(s), expectedNotes);
}

void TestTerraformLoader::malformed_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("expectedDiagnostics"); // code@line:column
    QTest::addColumn<QStringList>("expectedNoteKinds");

    QTest::newRow("resource that is not an object")
        << QStringLiteral("malformed/resource-not-object.tf.json")
        << QStringLiteral("AcmeReader[aws_iam_role.reader] trust=1 policies=; standalone=")
        << QStringList { QStringLiteral("terraform-structure@4:17"), QStringLiteral("terraform-structure@11:7") }
        << QStringList();
    QTest::newRow("policy that is not JSON")
        << QStringLiteral("malformed/policy-not-json.tf.json")
        << QStringLiteral("standalone=customer-managed:AcmeTruncated?,customer-managed:AcmeNumber?")
        << QStringList { QStringLiteral("terraform-policy-json@6:19"), QStringLiteral("terraform-structure@10:19") }
        << QStringList();
    QTest::newRow("jsonencode of HCL, local and file()")
        << QStringLiteral("malformed/jsonencode-hcl.tf.json")
        << QStringLiteral(
               "AcmeHcl[aws_iam_role.acme] trust=none policies=inline:from-local?,inline:from-file?; standalone=")
        << QStringList()
        << QStringList { QStringLiteral("unresolved-document"), QStringLiteral("unresolved-parameter"),
               QStringLiteral("unresolved-document") };
    QTest::newRow("statement blocks of the wrong shape")
        << QStringLiteral("malformed/statement-blocks.tf.json")
        << QStringLiteral("AcmeBroken[aws_iam_role.acme] trust=0 policies=inline:permissions; standalone=")
        << QStringList { QStringLiteral("terraform-structure@5:22"), QStringLiteral("policy-empty@5:22"),
               QStringLiteral("terraform-structure@12:26"), QStringLiteral("terraform-structure@20:27") }
        << QStringList();
    QTest::newRow("policy documents that include each other")
        << QStringLiteral("malformed/document-cycle.tf.json")
        << QStringLiteral("standalone=customer-managed:AcmeLooping")
        << QStringList { QStringLiteral("terraform-reference-cycle@4:7") } << QStringList();
}

void TestTerraformLoader::malformed()
{
    QFETCH(QString, fixture);
    QFETCH(QString, expected);
    QFETCH(QStringList, expectedDiagnostics);
    QFETCH(QStringList, expectedNoteKinds);
    const ReviewSubject s = loadFixture(fixture);
    QStringList located;
    for (const Diagnostic& d : s.diagnostics) {
        QCOMPARE(d.file, fixture);
        located << qs(d.code) + QLatin1Char('@') + QString::number(d.location.line) + QLatin1Char(':')
                + QString::number(d.location.column);
    }
    QCOMPARE(located, expectedDiagnostics);
    QCOMPARE(summary(s), expected);
    QCOMPARE(noteKinds(s), expectedNoteKinds);
}

void TestTerraformLoader::remoteDocument()
{
    const ReviewSubject s = loadFixture(QStringLiteral("remote-policy.tf.json"));
    QVERIFY2(s.diagnostics.empty(), qPrintable(dump(s.diagnostics)));
    QCOMPARE(summary(s),
        QStringLiteral("scanner[aws_iam_role.scanner] trust=1 policies=aws-managed:ViewOnlyAccess,"
                       "customer-managed:AcmeScannerPolicy?; standalone="));
    QCOMPARE(notes(s),
        (QStringList { QStringLiteral("unresolved-parameter|var.external_id"),
            QStringLiteral("remote-document|https://downloads.example.com/acme-scanner/aws/"
                           "policy-v2.json") }));
    const PackageNote& remote = s.notes[1];
    QCOMPARE(remote.location, at(27, 19));
    QVERIFY(remote.message.contains(QStringLiteral("https://downloads.example.com/acme-scanner/aws/policy-v2.json")));
    QCOMPARE(s.roles[0].policies[0].location, at(19, 11));
}

void TestTerraformLoader::unresolvedParameterNotedOnce()
{
    const ReviewSubject s = loadText(withRole(
        R"tf("aws_iam_policy": {"p": {"name": "${var.prefix}-read", "policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": [\"arn:aws:s3:::${var.prefix}-a/*\", \"arn:aws:s3:::${var.prefix}-b/*\"]}]}"}})tf"));
    QCOMPARE(notes(s), QStringList { QStringLiteral("unresolved-parameter|var.prefix") });
    QCOMPARE(s.standalonePolicies.front().name, std::string("${var.prefix}-read"));
    QCOMPARE(values(s.standalonePolicies.front().policy.statements[0].resources),
        (QStringList {
            QStringLiteral("arn:aws:s3:::${var.prefix}-a/*"), QStringLiteral("arn:aws:s3:::${var.prefix}-b/*") }));
}

void TestTerraformLoader::neverCrashesOnEdits()
{
    // Random edits of the fixtures that still parse as JSON must load without crashing or looping.
    std::mt19937 random(20240611);
    const char* const pieces[] = { "${", "}", "$${", "&{", "%{", "\\\"", "[", "]", "{}", "null", "\"${var.x}\"",
        "${jsonencode({})}", "${data.aws_iam_policy_document.trust.json}" };
    int loaded = 0;
    for (const QString& name : { QStringLiteral("vendor-module.tf.json"), QStringLiteral("vendor-plan.json"),
             QStringLiteral("remote-policy.tf.json"), QStringLiteral("malformed/document-cycle.tf.json") }) {
        const QByteArray original = readFixture(name);
        for (int round = 0; round < 400; ++round) {
            QByteArray text = original;
            for (int edit = 0; edit < 3; ++edit) {
                const qsizetype at = qsizetype(random() % size_t(text.size()));
                switch (random() % 3) {
                case 0:
                    text.remove(at, qsizetype(random() % 8));
                    break;
                case 1:
                    text.insert(at, pieces[random() % std::size(pieces)]);
                    break;
                default:
                    text[at] = char(random() % 128);
                }
            }
            const ReviewSubject s = loadText(text, {}, name);
            loaded += s.roles.empty() ? 0 : 1;
        }
    }
    QVERIFY(loaded > 0);
}

QTEST_GUILESS_MAIN(TestTerraformLoader)
#include "tst_terraformloader.moc"
