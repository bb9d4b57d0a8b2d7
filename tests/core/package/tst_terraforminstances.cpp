// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "package/TerraformHcl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

// count, for_each, conditionals and local modules of Terraform modules written in HCL.
class TestTerraformInstances : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void watchtowerModule();
    void reviewerDecidesTheOptionalRole_data();
    void reviewerDecidesTheOptionalRole();
    void instances_data();
    void instances();
    void unknownKeysAreOneSubject();
    void conditionalDecidedByReviewer();
    void conditionalInDataSourceReviewsBothBranches();
    void onlyReadFilesAreConsumed();
    void moduleCycleIsLocated();
    void moduleOutputNamesRole();
    void moduleFanOutIsBounded();
    void countedModuleIsConditional();
    void deepConditionalIsBounded();
    void findingsCarryConditions();
};

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString fixture(const char* relative)
{
    return QStringLiteral(GRANTSCOPE_FIXTURES "/terraform-modules/") + QLatin1String(relative);
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const char* const kTrust = R"(jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::345678901234:root" } }]
  }))";

QStringList describe(const ReviewSubject& s)
{
    QStringList out;
    for (const RoleRecord& r : s.roles) {
        out << QStringLiteral("%1 %2 %3 [%4]").arg(qs(r.kind), qs(r.logicalId), qs(r.name), qs(r.condition));
        for (const Statement& st : r.trustPolicy.statements)
            for (const PrincipalEntry& p : st.principals)
                out << QStringLiteral("  trust %1").arg(qs(p.value));
        for (const PolicyRecord& p : r.policies) {
            QStringList actions;
            for (const Statement& st : p.policy.statements)
                for (const LocatedString& a : st.actions)
                    actions << qs(a.value);
            out << QStringLiteral("  %1 %2 {%3} [%4]")
                       .arg(QLatin1String(policyOriginKey(p.origin)), qs(p.name), actions.join(QLatin1Char(',')),
                           qs(p.condition));
        }
    }
    for (const PolicyRecord& p : s.standalonePolicies)
        out << QStringLiteral("standalone %1 %2 [%3]").arg(qs(p.name), p.file, qs(p.condition));
    for (const PackageNote& n : s.notes)
        out << QStringLiteral("note %1 %2 %3:%4")
                   .arg(qs(n.kind), qs(n.subject))
                   .arg(n.location.line)
                   .arg(n.location.column);
    for (const Diagnostic& d : s.diagnostics)
        out << d.toString();
    return out;
}

} // namespace

void TestTerraformInstances::watchtowerModule()
{
    const QString folder = fixture("watchtower");
    const ReviewSubject s = loadPackage({ folder });
    const QString main = folder + QStringLiteral("/main.tf");
    QCOMPARE(describe(s),
        (QStringList {
            QStringLiteral("role module.remediation.aws_iam_role.remediation WatchtowerRemediation "
                           "[only when enabled=true (off with the default values)]"),
            QStringLiteral("  trust arn:aws:iam::345678901234:root"),
            QStringLiteral("  inline watchtower-remediation {ec2:StopInstances,ec2:RebootInstances} "
                           "[only when enabled=true (off with the default values)]"),
            QStringLiteral("role aws_iam_role.collector WatchtowerCollector []"),
            QStringLiteral("  trust arn:aws:iam::345678901234:root"),
            QStringLiteral(
                "  customer-managed watchtower-metrics {cloudwatch:GetMetricData,cloudwatch:ListMetrics} []"),
            QStringLiteral("  customer-managed watchtower-logs "
                           "{logs:DescribeLogGroups,logs:FilterLogEvents,logs:GetLogEvents} []"),
            QStringLiteral("  aws-managed AWSCloudTrail_ReadOnlyAccess "
                           "{cloudtrail:Get*,cloudtrail:Describe*,cloudtrail:List*,cloudtrail:LookupEvents} "
                           "[only when enable_security=true (on with the default values)]"),
            QStringLiteral("  inline watchtower-tagging {tag:GetResources,tag:GetTagKeys} []"),
            QStringLiteral("  inline watchtower-tagging (when manage_alarms=true) "
                           "{cloudwatch:PutMetricAlarm,cloudwatch:DeleteAlarms} "
                           "[only when manage_alarms=true (off with the default values)]"),
            QStringLiteral("  inline watchtower-tagging (when manage_alarms=false) {cloudwatch:DescribeAlarms} "
                           "[only when manage_alarms=false (on with the default values)]"),
            QStringLiteral("note unresolved-parameter var.external_id 24:19"),
            QStringLiteral("note unreviewed module.dashboards (watchtower/dashboards/aws) 83:8"),
        }));
    // The policy files main.tf reads and the submodule's files are reviewed there, not a second time alone.
    QCOMPARE(s.files.size(), size_t(7));
    QVERIFY(s.standalonePolicies.empty());
    // Branch pieces of one document belong together; the common statements carry no branch.
    const RoleRecord& collector = s.roles[1];
    QCOMPARE(collector.policies[3].branchGroup, std::string());
    QVERIFY(!collector.policies[4].branchGroup.empty());
    QCOMPARE(collector.policies[4].branchGroup, collector.policies[5].branchGroup);
    QCOMPARE(collector.policies[4].branchVariants, (std::vector<bool> { true, false }));
    QCOMPARE(collector.policies[5].branchVariants, (std::vector<bool> { false, true }));
    QCOMPARE(collector.policies[1].file, main);
}

void TestTerraformInstances::reviewerDecidesTheOptionalRole_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("remediation turned on")
        << QStringLiteral("true")
        << QStringList { QStringLiteral("module.remediation.aws_iam_role.remediation[0] []"),
               QStringLiteral("aws_iam_role.collector []") };
    QTest::newRow("remediation turned off")
        << QStringLiteral("false") << QStringList { QStringLiteral("aws_iam_role.collector []") };
}

void TestTerraformInstances::reviewerDecidesTheOptionalRole()
{
    QFETCH(QString, value);
    QFETCH(QStringList, roles);
    LoadOptions options;
    options.parameters["enable_remediation"] = value.toStdString();
    const ReviewSubject s = loadPackage({ fixture("watchtower") }, options);
    QStringList actual;
    for (const RoleRecord& r : s.roles)
        actual << QStringLiteral("%1 [%2]").arg(qs(r.logicalId), qs(r.condition));
    QCOMPARE(actual, roles);
    for (const RoleRecord& r : s.roles)
        for (const PolicyRecord& p : r.policies)
            QVERIFY2(p.condition.find("enabled") == std::string::npos, p.condition.c_str());
}

namespace {

// The roles, their policies' names and conditions, and the notes of a module written into a fresh folder.
QStringList reviewModule(const std::map<QString, QByteArray>& files, const LoadOptions& options = {})
{
    QTemporaryDir dir;
    for (const auto& [name, bytes] : files)
        if (!write(dir.filePath(name), bytes))
            return { QStringLiteral("cannot write %1").arg(name) };
    const ReviewSubject s = loadPackage({ dir.path() }, options);
    QStringList out;
    for (const RoleRecord& r : s.roles) {
        out << QStringLiteral("%1 %2 [%3]").arg(qs(r.logicalId), qs(r.name), qs(r.condition));
        for (const PolicyRecord& p : r.policies)
            out << QStringLiteral("  %1 [%2]").arg(qs(p.name), qs(p.condition));
    }
    for (const PolicyRecord& p : s.standalonePolicies)
        out << QStringLiteral("standalone %1 %2 [%3]").arg(qs(p.name), QFileInfo(p.file).fileName(), qs(p.condition));
    for (const PackageNote& n : s.notes)
        out << QStringLiteral("note %1 %2 %3:%4")
                   .arg(qs(n.kind), qs(n.subject))
                   .arg(n.location.line)
                   .arg(n.location.column);
    for (const Diagnostic& d : s.diagnostics)
        out << QStringLiteral("%1 %2:%3 %4")
                   .arg(qs(d.code))
                   .arg(d.location.line)
                   .arg(d.location.column)
                   .arg(QFileInfo(d.file).fileName());
    return out;
}

QByteArray role(const char* name, const char* meta)
{
    return QByteArray("resource \"aws_iam_role\" \"") + name + "\" {\n  " + meta + "\n  name = " + "\"" + name + "-${"
        + (QByteArray(meta).startsWith("count") ? "count.index" : "each.key") + "}\"\n"
        + "  assume_role_policy = " + kTrust + "\n}\n";
}

} // namespace

void TestTerraformInstances::instances_data()
{
    QTest::addColumn<QByteArray>("main");
    QTest::addColumn<QByteArray>("variables");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("count literal") << role("reader", "count = 2") << QByteArray()
                                   << QStringList { QStringLiteral("aws_iam_role.reader[0] reader-0 []"),
                                          QStringLiteral("aws_iam_role.reader[1] reader-1 []") };
    QTest::newRow("for_each toset of a list")
        << role("reader", R"(for_each = toset(["audit", "billing", "audit"]))") << QByteArray()
        << QStringList { QStringLiteral("aws_iam_role.reader[\"audit\"] reader-audit []"),
               QStringLiteral("aws_iam_role.reader[\"billing\"] reader-billing []") };
    QTest::newRow("for_each map default in variables.tf")
        << role("reader", "for_each = var.teams")
        << QByteArray("variable \"teams\" {\n  default = { ops = \"o\", sec = \"s\" }\n}\n")
        << QStringList { QStringLiteral("aws_iam_role.reader[\"ops\"] reader-ops []"),
               QStringLiteral("aws_iam_role.reader[\"sec\"] reader-sec []") };
    QTest::newRow("for_each keys of a local")
        << (QByteArray("locals {\n  teams = { ops = 1 }\n}\n") + role("reader", "for_each = keys(local.teams)"))
        << QByteArray() << QStringList { QStringLiteral("aws_iam_role.reader[\"ops\"] reader-ops []") };
    QTest::newRow("count 0 as written")
        << role("reader", "count = 0") << QByteArray()
        << QStringList {
               QStringLiteral(
                   "aws_iam_role.reader reader-${count.index} [only when the count 0 is above 0 (off with the default "
                   "values)]"),
               QStringLiteral("note unresolved-parameter count.index 3:10")
           };
    QTest::newRow("count off by default")
        << role("reader", "count = var.create ? 1 : 0") << QByteArray("variable \"create\" {\n  default = false\n}\n")
        << QStringList {
               QStringLiteral(
                   "aws_iam_role.reader reader-${count.index} [only when create=true (off with the default values)]"),
               QStringLiteral("note unresolved-parameter count.index 3:10")
           };
    QTest::newRow("nested conditional count")
        << role("reader", "count = var.a ? var.b ? 2 : 1 : 0")
        << QByteArray("variable \"a\" {\n  default = true\n}\nvariable \"b\" {\n  default = true\n}\n")
        << QStringList { QStringLiteral(
                             "aws_iam_role.reader[0] reader-0 [only when a=true (on with the default values)]"),
               QStringLiteral("aws_iam_role.reader[1] reader-1 [only when a=true (on with the default values)]") };
    QTest::newRow("count on by default, negated")
        << role("reader", "count = !var.skip ? 1 : 0") << QByteArray("variable \"skip\" {\n  default = false\n}\n")
        << QStringList { QStringLiteral(
               "aws_iam_role.reader[0] reader-0 [only when skip=false (on with the default values)]") };
}

void TestTerraformInstances::instances()
{
    QFETCH(QByteArray, main);
    QFETCH(QByteArray, variables);
    QFETCH(QStringList, expected);
    std::map<QString, QByteArray> files { { QStringLiteral("main.tf"), main } };
    if (!variables.isEmpty())
        files[QStringLiteral("variables.tf")] = variables;
    const QStringList actual = reviewModule(files);
    QCOMPARE(actual.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
}

void TestTerraformInstances::unknownKeysAreOneSubject()
{
    const QStringList review = reviewModule({ { QStringLiteral("main.tf"),
        role("reader", "for_each = var.teams") + "variable \"teams\" {\n  type = set(string)\n}\n" } });
    QCOMPARE(review,
        (QStringList { QStringLiteral("aws_iam_role.reader reader-${each.key} []"),
            QStringLiteral("note unresolved-parameter aws_iam_role.reader for_each 2:14"),
            QStringLiteral("note unresolved-parameter each.key 3:10") }));
}

void TestTerraformInstances::conditionalDecidedByReviewer()
{
    const QByteArray main = QByteArray(R"(variable "full" {
  default = false
}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = )")
        + kTrust + R"(
}
resource "aws_iam_role_policy" "p" {
  name = "p"
  role = aws_iam_role.r.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.full ? ["s3:*"] : ["s3:GetObject"], Resource = "*" }]
  })
}
)";
    const QStringList open = reviewModule({ { QStringLiteral("main.tf"), main } });
    QCOMPARE(open,
        (QStringList { QStringLiteral("aws_iam_role.r r []"),
            QStringLiteral("  p (when full=true) [only when full=true (off with the default values)]"),
            QStringLiteral("  p (when full=false) [only when full=false (on with the default values)]") }));
    LoadOptions options;
    options.parameters["full"] = "true";
    QCOMPARE(reviewModule({ { QStringLiteral("main.tf"), main } }, options),
        (QStringList { QStringLiteral("aws_iam_role.r r []"), QStringLiteral("  p []") }));
}

void TestTerraformInstances::conditionalInDataSourceReviewsBothBranches()
{
    const QByteArray main = QByteArray(R"(data "aws_iam_policy_document" "read" {
  statement {
    actions   = var.write ? ["s3:PutObject"] : ["s3:GetObject"]
    resources = ["*"]
  }
}
resource "aws_iam_policy" "read" {
  name   = "read"
  policy = data.aws_iam_policy_document.read.json
}
)");
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(QStringLiteral("main.tf")), main));
    const ReviewSubject s = loadPackage({ dir.path() });
    QCOMPARE(s.standalonePolicies.size(), size_t(1));
    QStringList actions;
    for (const Statement& st : s.standalonePolicies.front().policy.statements)
        for (const LocatedString& a : st.actions)
            actions << qs(a.value);
    QCOMPARE(actions, (QStringList { QStringLiteral("s3:PutObject"), QStringLiteral("s3:GetObject") }));
    QCOMPARE(s.notes.size(), size_t(1));
    QCOMPARE(s.notes.front().kind, std::string("condition-assumed"));
    QCOMPARE(s.notes.front().location.line, 3);
    QCOMPARE(s.notes.front().location.column, 17);
}

void TestTerraformInstances::onlyReadFilesAreConsumed()
{
    const QByteArray policy
        = R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})";
    const QStringList review = reviewModule({ { QStringLiteral("main.tf"),
                                                  R"(resource "aws_iam_policy" "read" {
  name   = "read"
  policy = file("${path.module}/policies/read.json")
}
)" },
        { QStringLiteral("policies/read.json"), policy }, { QStringLiteral("policies/extra.json"), policy } });
    QCOMPARE(review,
        (QStringList {
            QStringLiteral("standalone read main.tf []"), QStringLiteral("standalone extra extra.json []") }));
}

void TestTerraformInstances::moduleCycleIsLocated()
{
    const QStringList review = reviewModule({ { QStringLiteral("main.tf"), R"(module "self" {
  source = "./"
}
)" } });
    QVERIFY2(review.contains(QStringLiteral("terraform-module-cycle 2:12 main.tf")),
        qPrintable(review.join(QLatin1Char('\n'))));
}

void TestTerraformInstances::moduleOutputNamesRole()
{
    const QStringList review = reviewModule({ { QStringLiteral("main.tf"), R"(module "base" {
  source = "./modules/base"
  prefix = "acme"
}
resource "aws_iam_role_policy_attachment" "read" {
  role       = module.base.role_name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
)" },
        { QStringLiteral("modules/base/main.tf"),
            QByteArray(R"(variable "prefix" {}
resource "aws_iam_role" "base" {
  name               = "${var.prefix}-base"
  assume_role_policy = )")
                + kTrust + R"(
}
output "role_name" {
  value = aws_iam_role.base.name
}
)" } });
    QVERIFY2(review.contains(QStringLiteral("module.base.aws_iam_role.base acme-base []")),
        qPrintable(review.join(QLatin1Char('\n'))));
}

void TestTerraformInstances::moduleFanOutIsBounded()
{
    // Each level calls the next one 12 times: 12^3 module loads if nothing bounded them.
    std::map<QString, QByteArray> files;
    QString folder;
    for (int level = 0; level < 4; ++level) {
        QByteArray main = QByteArray("resource \"aws_iam_role\" \"r\" {\n  name = \"level") + QByteArray::number(level)
            + "\"\n  assume_role_policy = " + kTrust + "\n}\n";
        for (int call = 0; call < 12 && level < 3; ++call)
            main += "module \"m" + QByteArray::number(call) + "\" {\n  source = \"./next\"\n}\n";
        files[folder + QStringLiteral("main.tf")] = main;
        folder += QStringLiteral("next/");
    }
    const QStringList review = reviewModule(files);
    const qsizetype roles = std::count_if(review.begin(), review.end(),
        [](const QString& line) { return line.contains(QLatin1String("aws_iam_role.r ")); });
    QVERIFY2(roles > 12 && roles <= 1 + 256, qPrintable(QString::number(roles)));
    QVERIFY(std::any_of(review.begin(), review.end(),
        [](const QString& line) { return line.startsWith(QLatin1String("note unreviewed module.m")); }));
}

void TestTerraformInstances::countedModuleIsConditional()
{
    const std::map<QString, QByteArray> files { { QStringLiteral("main.tf"), R"(variable "extra" {
  default = false
}
module "extra" {
  source = "./modules/extra"
  count  = var.extra ? 1 : 0
}
)" },
        { QStringLiteral("modules/extra/main.tf"),
            QByteArray(R"(resource "aws_iam_role" "extra" {
  name               = "extra"
  assume_role_policy = )")
                + kTrust + R"(
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
)" } };
    QCOMPARE(reviewModule(files),
        (QStringList {
            QStringLiteral(
                "module.extra.aws_iam_role.extra extra [only when extra=true (off with the default values)]"),
            QStringLiteral("  ReadOnlyAccess [only when extra=true (off with the default values)]") }));
    LoadOptions options;
    options.parameters["extra"] = "false";
    const QStringList off = reviewModule(files, options);
    // Nothing is created: the review says there is nothing to review rather than reviewing the module's role.
    QCOMPARE(off.size(), qsizetype(1));
    QVERIFY2(off.front().startsWith(QLatin1String("package-empty ")), qPrintable(off.front()));
}

void TestTerraformInstances::deepConditionalIsBounded()
{
    // Nested deeper than the evaluator follows (its value would be 1): one role whose instances are unknown.
    QByteArray count = "count = ";
    for (int i = 0; i < 40; ++i)
        count += "var.a ? ";
    count += "1";
    for (int i = 0; i < 40; ++i)
        count += " : 0";
    const QStringList review = reviewModule({ { QStringLiteral("main.tf"),
        role("reader", count.constData()) + "variable \"a\" {\n  default = true\n}\n" } });
    QVERIFY2(review.contains(QStringLiteral("note unresolved-parameter aws_iam_role.reader count 2:11")),
        qPrintable(review.join(QLatin1Char('\n'))));
}

void TestTerraformInstances::findingsCarryConditions()
{
    const ReviewSubject s = loadPackage({ fixture("watchtower") });
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QStringList findings;
    for (const Finding& f : a.findings)
        findings << QStringLiteral("%1 %2 [%3]").arg(qs(f.rule), qs(f.subject), qs(f.condition));
    findings.sort();
    const QString remediation
        = QStringLiteral(" WatchtowerRemediation [only when enabled=true (off with the default values)]");
    QCOMPARE(findings,
        (QStringList { QStringLiteral("data-read-messages WatchtowerCollector []"),
            QStringLiteral("disruption-compute") + remediation,
            QStringLiteral(
                "infrastructure-write WatchtowerCollector [only when manage_alarms=true (off with the default "
                "values)]"),
            QStringLiteral("infrastructure-write") + remediation,
            QStringLiteral("package-unresolved-parameter var.external_id []"),
            QStringLiteral("package-unreviewed module.dashboards (watchtower/dashboards/aws) []"),
            QStringLiteral("trust-external-id-at-deployment WatchtowerCollector []"),
            QStringLiteral("trust-no-external-id") + remediation,
            QStringLiteral("trust-root-principal WatchtowerCollector []"),
            QStringLiteral("trust-root-principal") + remediation }));
}

QTEST_GUILESS_MAIN(TestTerraformInstances)
#include "tst_terraforminstances.moc"
