// SPDX-License-Identifier: GPL-3.0-or-later
// Risk rules on real policies and the bundled catalogue: what fires, at which severity, and why.
#include "analysis/RiskAnalyzer.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "policy/PolicyParser.h"

#include <QTest>

using namespace grantscope;

namespace {

PolicyRecord record(const QByteArray& json, const char* name = "vendor")
{
    Diagnostics d;
    PolicyRecord r;
    r.name = name;
    r.policy = PolicyParser::parseJson(std::string_view(json.constData(), static_cast<size_t>(json.size())),
        PolicyKind::Identity, QStringLiteral("vendor.json"), name, d)
                   .policy;
    r.file = QStringLiteral("vendor.json");
    return r;
}

QByteArray allow(const char* actions, const char* resource = "\"*\"", const char* condition = nullptr)
{
    QByteArray s = QByteArrayLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":)") + actions
        + QByteArrayLiteral(R"(,"Resource":)") + resource;
    if (condition)
        s += QByteArrayLiteral(R"(,"Condition":)") + condition;
    return s + "}]}";
}

std::vector<Finding> run(const std::vector<PolicyRecord>& policies, const PolicyRecord* boundary = nullptr)
{
    PermissionSubject subject { "VendorRole", QStringLiteral("vendor.json"), { 1, 1 }, {}, boundary };
    for (const PolicyRecord& p : policies)
        subject.policies.push_back(&p);
    return analyzeRisks(Catalog::bundled(), RuleSet::bundled(), subject);
}

const Finding* findRule(const std::vector<Finding>& findings, const QString& rule)
{
    for (const Finding& f : findings)
        if (QString::fromStdString(f.rule) == rule)
            return &f;
    return nullptr;
}

} // namespace

class TestRiskAnalyzer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bundledRulesLoad();
    void rules_data();
    void rules();
    void evidencePointsAtTheAction();
    void denyAndBoundaryRemove();
    void benignReadOnlyVendorHasNothingHigh();
    void broadPatterns_data();
    void broadPatterns();
    void scopeInWords_data();
    void scopeInWords();
    void powerUserWithPassRoleIsCritical();
    void iamFullAccessIsOneFindingPerPath();
    void administratorSaysItOnce();
};

void TestRiskAnalyzer::bundledRulesLoad()
{
    const RuleSet& rules = RuleSet::bundled();
    QVERIFY(rules.rules().size() >= 50);
    for (const char* id : { "kms-decrypt-any-key", "kms-key-control", "disruption-compute", "trust-no-external-id",
             "trust-weak-external-id", "trust-root-principal", "trust-any-principal", "package-macro",
             "package-custom-resource", "notaction-allow", "privesc-passrole-ec2" })
        QVERIFY2(rules.find(id), id);
    for (const Rule& r : rules.rules()) {
        QVERIFY2(!r.title.isEmpty() && !r.rationale.isEmpty() && !r.mitigation.isEmpty(), r.id.c_str());
        QVERIFY2(!r.category.empty(), r.id.c_str());
    }
}

void TestRiskAnalyzer::rules_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity"); // empty: the rule must not fire

    QTest::newRow("Allow kms:Decrypt on *") << allow("\"kms:Decrypt\"") << "kms-decrypt-any-key"
                                            << "critical";
    QTest::newRow("kms:Decrypt on one key ARN")
        << allow("\"kms:Decrypt\"", "\"arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\"")
        << "kms-decrypt-any-key"
        << "medium";
    QTest::newRow("kms:Decrypt on * with kms:ViaService")
        << allow("\"kms:Decrypt\"", "\"*\"", R"({"StringEquals":{"kms:ViaService":"ec2.eu-west-1.amazonaws.com"}})")
        << "kms-decrypt-any-key"
        << "high";
    QTest::newRow("kms:* implies CreateGrant") << allow("\"kms:*\"") << "kms-key-control"
                                               << "critical";
    QTest::newRow("kms:Decrypt on every key of a type is broad")
        << allow("\"kms:Decrypt\"", "\"arn:aws:kms:*:*:key/*\"") << "kms-decrypt-any-key"
        << "critical";
    QTest::newRow("ec2:StopInstances on *") << allow("\"ec2:StopInstances\"") << "disruption-compute"
                                            << "high";
    QTest::newRow("ec2:StopInstances on tagged instances")
        << allow("\"ec2:StopInstances\"", "\"*\"", R"({"StringEquals":{"aws:ResourceTag/vendor":"acme"}})")
        << "disruption-compute"
        << "medium";
    QTest::newRow("s3:GetObject on *") << allow("\"s3:GetObject\"") << "data-read-objects"
                                       << "high";
    QTest::newRow("s3:GetObject on the vendor's bucket")
        << allow("\"s3:GetObject\"", "\"arn:aws:s3:::acme-archive-123456789012/*\"") << "data-read-objects"
        << "low";
    QTest::newRow("secrets on *") << allow("\"secretsmanager:GetSecretValue\"") << "data-read-secrets"
                                  << "high";
    QTest::newRow("PassRole plus RunInstances")
        << allow(R"(["iam:PassRole","ec2:RunInstances"])") << "privesc-passrole-ec2"
        << "critical";
    QTest::newRow("RunInstances alone is no PassRole escalation")
        << allow("\"ec2:RunInstances\"") << "privesc-passrole-ec2"
        << "";
    QTest::newRow("iam:PutRolePolicy") << allow("\"iam:PutRolePolicy\"") << "privesc-put-inline-policy"
                                       << "critical";
    QTest::newRow("ssm:SendCommand runs code as the instances' roles")
        << allow("\"ssm:SendCommand\"") << "privesc-ssm-session"
        << "critical";
    QTest::newRow("ssm:SendCommand is one path, not also code execution")
        << allow("\"ssm:SendCommand\"") << "code-execution"
        << "";
    QTest::newRow("ssm:StartAutomationExecution still runs code")
        << allow("\"ssm:StartAutomationExecution\"") << "code-execution"
        << "high";
    QTest::newRow("log retention alone is at most high")
        << allow("\"logs:PutRetentionPolicy\"") << "audit-log-retention"
        << "high";
    QTest::newRow("log retention is not audit tampering") << allow("\"logs:PutRetentionPolicy\"") << "audit-tampering"
                                                          << "";
    QTest::newRow("NotAction allow") << QByteArray(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]})")
                                     << "notaction-allow"
                                     << "critical";
    QTest::newRow("NotAction allow of reads only") << QByteArray(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["*:Create*","*:Delete*","*:Put*","*:Update*","*:Attach*","*:Set*","*:Modify*","*:Start*","*:Stop*","*:Send*","*:Invoke*","*:Run*","*:Get*","*:Batch*","*:Add*","*:Authorize*","*:Associate*","*:Purchase*","*:Subscribe*","*:Terminate*","*:Reboot*","*:Disable*","*:Schedule*","*:Execute*","*:Pass*","*:Replace*","*:Revoke*","*:Tag*","*:Untag*","*:Change*","*:Register*","*:Import*","*:Export*","*:Copy*","*:Restore*","*:Upload*","*:Enable*","*:Reset*","*:Accept*","*:Share*","*:Publish*","*:Request*","*:Assume*","*:Detach*","*:Remove*","*:Apply*","*:Replicate*","*:Rotate*","*:Grant*","*:Connect*","*:Decrypt*","*:Generate*","*:Re*","*:Unlock*","*:Use*","*:Download*","*:Select*","*:Scan*","*:Query*","*:Receive*","*:Filter*","*:Poll*"],"Resource":"*"}]})")
                                                   << "notaction-allow"
                                                   << "high";
    QTest::newRow("Action * is administrator") << allow("\"*\"") << "admin-wildcard"
                                               << "critical";
    QTest::newRow("s3:* is rated by its worst action") << allow("\"s3:*\"") << "service-wildcard"
                                                       << "critical";
    QTest::newRow("health:* has no dangerous action") << allow("\"health:*\"") << "service-wildcard"
                                                      << "medium";
    QTest::newRow("PutBucketPolicy can make public") << allow("\"s3:PutBucketPolicy\"") << "make-public"
                                                     << "critical";
    QTest::newRow("permissions management on *") << allow("\"ecr:SetRepositoryPolicy\"") << "resource-exposure"
                                                 << "high";
    QTest::newRow("CloudTrail stop") << allow("\"cloudtrail:StopLogging\"") << "audit-tampering"
                                     << "critical";
    QTest::newRow("sts:GetSessionToken is no credential risk for a role")
        << allow("\"sts:GetSessionToken\"") << "credentials-exposure"
        << "";
    QTest::newRow("lambda:ListFunctions returns environments")
        << allow("\"lambda:ListFunctions\"") << "read-function-environment"
        << "medium";
    QTest::newRow("unscopable write is not blamed for *")
        << allow("\"xray:PutTraceSegments\"") << "infrastructure-write"
        << "";
    QTest::newRow("read-only describe is not infrastructure write")
        << allow("\"ec2:DescribeInstances\"") << "infrastructure-write"
        << "";
}

void TestRiskAnalyzer::rules()
{
    QFETCH(QByteArray, policy);
    QFETCH(QString, rule);
    QFETCH(QString, severity);
    const std::vector<PolicyRecord> policies { record(policy) };
    const std::vector<Finding> findings = run(policies);
    const Finding* f = findRule(findings, rule);
    if (severity.isEmpty()) {
        QVERIFY2(!f, qPrintable(rule));
        return;
    }
    QVERIFY2(f, qPrintable(rule));
    QCOMPARE(QLatin1String(severityKey(f->severity)), severity);
    // Every finding says its base and each step that moved it.
    QVERIFY2(
        f->severityReason.startsWith(QLatin1String(severityKey(RuleSet::bundled().find(rule.toStdString())->severity)))
            || rule == QLatin1String("service-wildcard") || rule == QLatin1String("notaction-allow"),
        qPrintable(f->severityReason));
    if (severity != QLatin1String(severityKey(RuleSet::bundled().find(rule.toStdString())->severity))
        && rule != QLatin1String("service-wildcard") && rule != QLatin1String("notaction-allow"))
        QVERIFY2(f->severityReason.contains(QLatin1String("; ")), "a moved severity names the step");
    if (RuleSet::bundled().find(rule.toStdString())->builtin.empty())
        QVERIFY(!f->actions.empty());
    QVERIFY(!f->evidence.empty());
}

void TestRiskAnalyzer::evidencePointsAtTheAction()
{
    const std::vector<PolicyRecord> policies { record(R"({
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Read", "Effect": "Allow", "Action": "cloudwatch:GetMetricData", "Resource": "*"},
    {"Sid": "Keys", "Effect": "Allow",
     "Action": ["kms:DescribeKey",
                "kms:Decrypt"],
     "Resource": "*"}
  ]
})") };
    const std::vector<Finding> findings = run(policies);
    const Finding* f = findRule(findings, QStringLiteral("kms-decrypt-any-key"));
    QVERIFY(f);
    QCOMPARE(f->location.line, 7);
    QCOMPARE(f->location.column, 17);
    QCOMPARE(f->evidence.front().sid, std::string("Keys"));
    QCOMPARE(f->actions, std::vector<std::string> { "kms:decrypt" });
    QCOMPARE(f->resources, std::vector<std::string> { "*" });
}

void TestRiskAnalyzer::denyAndBoundaryRemove()
{
    const QByteArray vendor = R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["kms:Decrypt","ec2:StopInstances"],"Resource":"*"},
        {"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}]})";
    const std::vector<PolicyRecord> policies { record(vendor) };
    std::vector<Finding> findings = run(policies);
    QVERIFY(!findRule(findings, QStringLiteral("kms-decrypt-any-key")));
    QVERIFY(findRule(findings, QStringLiteral("disruption-compute")));

    const PolicyRecord boundary
        = record(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]})");
    findings = run(policies, &boundary);
    QVERIFY(!findRule(findings, QStringLiteral("disruption-compute")));
}

void TestRiskAnalyzer::benignReadOnlyVendorHasNothingHigh()
{
    std::vector<PolicyRecord> policies;
    for (const char* name : { "SecurityAudit", "ViewOnlyAccess" }) {
        const ManagedPolicyEntry* e = ManagedPolicyStore::bundled().find(name);
        QVERIFY(e);
        policies.push_back(record(QByteArray(e->document.data(), static_cast<qsizetype>(e->document.size())), name));
    }
    policies.push_back(record(allow(R"(["cloudwatch:GetMetricData","cloudwatch:ListMetrics","tag:GetResources"])")));
    for (const Finding& f : run(policies))
        QVERIFY2(f.severity < Severity::High,
            qPrintable(QStringLiteral("%1 is %2")
                           .arg(QString::fromStdString(f.rule), QLatin1String(severityKey(f.severity)))));
}

void TestRiskAnalyzer::broadPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("broad");
    QTest::newRow("star") << "*" << true;
    QTest::newRow("all buckets") << "arn:aws:s3:::*" << true;
    QTest::newRow("all objects of all buckets") << "arn:aws:s3:::*/*" << true;
    QTest::newRow("all objects of one bucket") << "arn:aws:s3:::acme-logs/*" << false;
    QTest::newRow("all keys") << "arn:aws:kms:*:*:key/*" << true;
    QTest::newRow("one key") << "arn:aws:kms:eu-west-1:123456789012:key/abc" << false;
    QTest::newRow("all roles") << "arn:aws:iam::123456789012:role/*" << true;
    QTest::newRow("roles with a prefix") << "arn:aws:iam::123456789012:role/acme-*" << false;
    QTest::newRow("all log groups") << "arn:aws:logs:*:*:log-group:*" << true;
}

void TestRiskAnalyzer::broadPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(bool, broad);
    QCOMPARE(isBroadResourcePattern(pattern.toStdString()), broad);
}

void TestRiskAnalyzer::scopeInWords_data()
{
    QTest::addColumn<QStringList>("resources");
    QTest::addColumn<QString>("words");
    QTest::newRow("one key") << QStringList { QStringLiteral("arn:aws:kms:eu-west-1:123456789012:key/abc") }
                             << "1 KMS key";
    QTest::newRow("two keys") << QStringList { QStringLiteral("arn:aws:kms:eu-west-1:123456789012:key/abc"),
        QStringLiteral("arn:aws:kms:eu-west-1:123456789012:key/def") }
                              << "2 KMS keys";
    QTest::newRow("buckets by prefix") << QStringList { QStringLiteral("arn:aws:s3:::prod-*") }
                                       << "buckets named prod-*";
    QTest::newRow("objects of one bucket")
        << QStringList { QStringLiteral("arn:aws:s3:::acme-logs/*") } << "objects in bucket acme-logs";
    QTest::newRow("a bucket and its objects")
        << QStringList { QStringLiteral("arn:aws:s3:::acme-logs"), QStringLiteral("arn:aws:s3:::acme-logs/*") }
        << "bucket acme-logs and its objects";
    QTest::newRow("roles by prefix") << QStringList { QStringLiteral("arn:aws:iam::123456789012:role/acme-*") }
                                     << "iam roles named acme-*";
    QTest::newRow("one function") << QStringList {
        QStringLiteral("arn:aws:lambda:eu-west-1:123456789012:function:acme-collector")
    } << "lambda function acme-collector";
}

void TestRiskAnalyzer::scopeInWords()
{
    QFETCH(QStringList, resources);
    QFETCH(QString, words);
    std::vector<std::string> list;
    for (const QString& r : resources)
        list.push_back(r.toStdString());
    QCOMPARE(describeScope(list), words);
}

void TestRiskAnalyzer::powerUserWithPassRoleIsCritical()
{
    const ManagedPolicyEntry* e = ManagedPolicyStore::bundled().find("PowerUserAccess");
    QVERIFY(e);
    std::vector<PolicyRecord> policies { record(
        QByteArray(e->document.data(), static_cast<qsizetype>(e->document.size())), "PowerUserAccess") };
    for (const Finding& f : run(policies))
        QVERIFY2(!(f.category == "privilege-escalation" && f.severity == Severity::Critical && f.actions.size() > 1
                     && std::find(f.actions.begin(), f.actions.end(), "iam:passrole") != f.actions.end()),
            f.rule.c_str());
    policies.push_back(record(allow("\"iam:PassRole\"")));
    const auto withPassRole = run(policies); // the findings must outlive the pointer into them
    const Finding* f = findRule(withPassRole, QStringLiteral("privesc-passrole-lambda"));
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Critical);
    QVERIFY2(f->title.startsWith(QLatin1String("iam:PassRole + lambda:CreateFunction + ")), qPrintable(f->title));
}

void TestRiskAnalyzer::iamFullAccessIsOneFindingPerPath()
{
    const ManagedPolicyEntry* e = ManagedPolicyStore::bundled().find("IAMFullAccess");
    QVERIFY(e);
    const std::vector<PolicyRecord> policies { record(
        QByteArray(e->document.data(), static_cast<qsizetype>(e->document.size())), "IAMFullAccess") };
    const std::vector<Finding> findings = run(policies);
    const Finding* put = findRule(findings, QStringLiteral("privesc-put-inline-policy"));
    QVERIFY(put);
    QCOMPARE(put->severity, Severity::Critical);
    // The paths carry the actions; PassRole alone is part of no path here, so it stays its own finding.
    QVERIFY(findRule(findings, QStringLiteral("passrole-broad")));
    QStringList rules;
    for (const Finding& f : findings)
        rules << QString::fromStdString(f.rule);
    QCOMPARE(rules.count(QStringLiteral("privesc-put-inline-policy")), 1);
}

void TestRiskAnalyzer::administratorSaysItOnce()
{
    std::vector<PolicyRecord> policies { record(allow("\"*\""), "AdministratorAccess") };
    std::vector<Finding> findings = run(policies);
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings.front().rule, std::string("admin-wildcard"));
    QCOMPARE(findings.front().severity, Severity::Critical);

    // A statement of its own still counts: removing the administrator grant would leave it.
    policies.push_back(record(allow(R"(["kms:Decrypt","kms:DescribeKey"])"), "ArchiveKeys"));
    findings = run(policies);
    const Finding* decrypt = findRule(findings, QStringLiteral("kms-decrypt-any-key"));
    QVERIFY(decrypt);
    QCOMPARE(decrypt->severity, Severity::Critical);

    // An administrator grant narrowed to one region is still an administrator: nothing is said twice.
    const std::vector<PolicyRecord> regional { record(
        allow("\"*\"", "\"*\"", R"({"StringEquals":{"aws:RequestedRegion":"eu-west-1"}})")) };
    findings = run(regional);
    QCOMPARE(findings.size(), size_t(1));
    QVERIFY(findings.front().severityReason.contains(QLatin1String("limits regions")));
}

QTEST_GUILESS_MAIN(TestRiskAnalyzer)
#include "tst_riskanalyzer.moc"
