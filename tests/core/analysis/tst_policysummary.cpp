// SPDX-License-Identifier: GPL-3.0-or-later
// The IAM console's policy summary on real AWS managed policies and on small hand-written ones.
#include "analysis/PolicySummary.h"
#include "catalog/Catalog.h"
#include "catalog/ManagedPolicyStore.h"
#include "policy/PolicyParser.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <string>
#include <vector>

using namespace grantscope;

class TestPolicySummary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invariantsOnManagedPolicies_data();
    void invariantsOnManagedPolicies();
    void s3FullAccessIsFull();
    void securityAuditIsReadOnlyWhereItMatters();
    void readOnlyAccessLeavesSecretsAlone();
    void levelsOfHandWrittenPolicy();
    void denies_data();
    void denies();
    void resourcesAndConditions();
    void notActionAndNotResource();
    void fixtureWithDenies();
    void emptyAndNull();
    void mergeKeepsEachSubjectsDenies();
};

namespace {

Policy parse(const QByteArray& json, const char* name = "vendor")
{
    Diagnostics d;
    auto result = PolicyParser::parseJson(std::string_view(json.constData(), static_cast<size_t>(json.size())),
        PolicyKind::Identity, QStringLiteral("vendor.json"), name, d);
    return result.policy;
}

Policy managed(const char* name)
{
    const ManagedPolicyEntry* entry = ManagedPolicyStore::bundled().find(name);
    if (!entry)
        return {};
    Diagnostics d;
    return PolicyParser::parseJson(
        entry->document, PolicyKind::Identity, QStringLiteral("aws-managed:") + QLatin1String(name), name, d)
        .policy;
}

std::vector<ServiceSummary> summarize(const std::vector<Policy>& policies)
{
    std::vector<const Policy*> pointers;
    for (const Policy& p : policies)
        pointers.push_back(&p);
    return summarizePolicies(Catalog::bundled(), pointers);
}

const ServiceSummary* service(const std::vector<ServiceSummary>& all, const char* prefix)
{
    for (const ServiceSummary& s : all)
        if (s.prefix == prefix)
            return &s;
    return nullptr;
}

const AccessLevelSummary* level(const ServiceSummary& s, AccessLevel l)
{
    for (const AccessLevelSummary& a : s.levels)
        if (a.level == l)
            return &a;
    return nullptr;
}

bool grants(const ServiceSummary& s, const char* action)
{
    const int index = Catalog::bundled().findAction(action);
    for (const AccessLevelSummary& a : s.levels)
        if (std::find(a.actions.begin(), a.actions.end(), index) != a.actions.end())
            return true;
    return false;
}

// Levels as "List 1/18, Read 2/66" for readable comparisons.
QString levelsText(const ServiceSummary& s)
{
    QStringList parts;
    for (const AccessLevelSummary& a : s.levels)
        parts << QStringLiteral("%1 %2/%3").arg(QLatin1String(accessLevelKey(a.level))).arg(a.granted).arg(a.total);
    return parts.join(QStringLiteral(", "));
}

std::vector<std::string> strings(std::initializer_list<const char*> values)
{
    return { values.begin(), values.end() };
}

} // namespace

void TestPolicySummary::invariantsOnManagedPolicies_data()
{
    QTest::addColumn<QString>("policy");
    QTest::newRow("ReadOnlyAccess") << QStringLiteral("ReadOnlyAccess");
    QTest::newRow("SecurityAudit") << QStringLiteral("SecurityAudit");
    QTest::newRow("AmazonS3FullAccess") << QStringLiteral("AmazonS3FullAccess");
    QTest::newRow("PowerUserAccess (NotAction)") << QStringLiteral("PowerUserAccess");
}

void TestPolicySummary::invariantsOnManagedPolicies()
{
    QFETCH(QString, policy);
    const Policy p = managed(policy.toLatin1().constData());
    QVERIFY(!p.statements.empty());
    const Catalog& catalog = Catalog::bundled();
    const auto all = summarize({ p });
    QVERIFY(!all.empty());
    for (size_t i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].prefix < all[i].prefix);
    for (const ServiceSummary& s : all) {
        QCOMPARE(s.prefix, std::string(catalog.service(s.service).prefix));
        QCOMPARE(s.totalActions, catalog.service(s.service).actionCount);
        QVERIFY(!s.levels.empty());
        int granted = 0;
        int previousSlot = -1;
        for (const AccessLevelSummary& a : s.levels) {
            const int slot = static_cast<int>(
                std::find(std::begin(kAccessLevels), std::end(kAccessLevels), a.level) - std::begin(kAccessLevels));
            QVERIFY2(slot > previousSlot, s.prefix.c_str()); // List, Read, Write, Permissions management, Tagging
            previousSlot = slot;
            QVERIFY(a.granted > 0 && a.granted <= a.total);
            QCOMPARE(static_cast<int>(a.actions.size()), a.granted);
            for (int action : a.actions) {
                QCOMPARE(catalog.action(action).service, s.service);
                QCOMPARE(primaryAccessLevel(catalog.action(action).levels), a.level);
            }
            granted += a.granted;
        }
        QCOMPARE(s.grantedActions, granted);
        QCOMPARE(s.fullAccess, s.grantedActions == s.totalActions);
        QVERIFY(!s.resources.empty());
        if (s.prefix != "apigateway") // SecurityAudit scopes apigateway:GET to configuration paths
            QCOMPARE(s.resources, strings({ "*" }));
    }
}

void TestPolicySummary::s3FullAccessIsFull()
{
    const auto all = summarize({ managed("AmazonS3FullAccess") });
    QCOMPARE(all.size(), size_t(2));
    QCOMPARE(all[0].prefix, std::string("s3"));
    QCOMPARE(all[1].prefix, std::string("s3-object-lambda"));
    for (const ServiceSummary& s : all) {
        QVERIFY(s.fullAccess);
        QCOMPARE(s.levels.size(), std::size(kAccessLevels));
        for (const AccessLevelSummary& a : s.levels)
            QVERIFY(a.full());
        QVERIFY(s.conditions.empty());
    }
    QCOMPARE(all[0].totalActions, Catalog::bundled().service(Catalog::bundled().findService("s3")).actionCount);
    QCOMPARE(all[0].name, std::string(Catalog::bundled().service(Catalog::bundled().findService("s3")).name));
}

void TestPolicySummary::securityAuditIsReadOnlyWhereItMatters()
{
    const auto all = summarize({ managed("SecurityAudit") });
    // Figures checked against an independent expansion of the bundled data (catalog data 0.21).
    const ServiceSummary* kms = service(all, "kms");
    QVERIFY(kms);
    QCOMPARE(levelsText(*kms), QStringLiteral("List 7/7, Read 7/7"));
    QVERIFY(!grants(*kms, "kms:Decrypt"));
    const ServiceSummary* iam = service(all, "iam");
    QVERIFY(iam);
    QVERIFY(level(*iam, AccessLevel::List) && level(*iam, AccessLevel::List)->full());
    QVERIFY(level(*iam, AccessLevel::Read) && !level(*iam, AccessLevel::Read)->full());
    QVERIFY(!level(*iam, AccessLevel::Write) && !level(*iam, AccessLevel::PermissionsManagement));
    const ServiceSummary* s3 = service(all, "s3");
    QVERIFY(s3);
    QVERIFY(!grants(*s3, "s3:GetObject")); // configuration, not data
    QVERIFY(grants(*s3, "s3:GetBucketPolicy"));
    QVERIFY(!s3->fullAccess);
    const ServiceSummary* apigateway = service(all, "apigateway");
    QVERIFY(apigateway);
    QCOMPARE(apigateway->grantedActions, 1);
    QVERIFY(grants(*apigateway, "apigateway:GET"));
    QVERIFY(apigateway->resources.size() > 30);
    QCOMPARE(apigateway->resources.front(), std::string("arn:aws:apigateway:*::/apis"));
    QVERIFY(std::find(apigateway->resources.begin(), apigateway->resources.end(), "*") == apigateway->resources.end());
    int writeLike = 0;
    for (const ServiceSummary& s : all)
        writeLike += level(s, AccessLevel::Write) || level(s, AccessLevel::PermissionsManagement)
            || level(s, AccessLevel::Tagging);
    QVERIFY2(writeLike <= 3, qPrintable(QString::number(writeLike))); // iot and quicksight, from single actions
}

void TestPolicySummary::readOnlyAccessLeavesSecretsAlone()
{
    const auto all = summarize({ managed("ReadOnlyAccess") });
    QVERIFY(all.size() > 250);
    const ServiceSummary* secrets = service(all, "secretsmanager");
    QVERIFY(secrets);
    QVERIFY(grants(*secrets, "secretsmanager:DescribeSecret"));
    QVERIFY(!grants(*secrets, "secretsmanager:GetSecretValue"));
    QVERIFY(!level(*secrets, AccessLevel::Read)->full());
    const ServiceSummary* kms = service(all, "kms");
    QVERIFY(kms);
    QVERIFY(!grants(*kms, "kms:Decrypt"));
    QVERIFY(!level(*kms, AccessLevel::Write));
    QVERIFY(grants(*service(all, "s3"), "s3:GetObject")); // ReadOnlyAccess does read data
}

void TestPolicySummary::levelsOfHandWrittenPolicy()
{
    const auto all = summarize({ parse(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",
        "Action":["kms:Decrypt","kms:CreateGrant","kms:DescribeKey"],"Resource":"*"}]})") });
    QCOMPARE(all.size(), size_t(1));
    const ServiceSummary& kms = all[0];
    QCOMPARE(kms.prefix, std::string("kms"));
    QCOMPARE(kms.grantedActions, 3);
    QVERIFY(!kms.fullAccess);
    QCOMPARE(kms.levels.size(), size_t(3));
    // CreateGrant is "Permissions management, Write" in AWS's data: it counts under Permissions management.
    QCOMPARE(kms.levels[0].level, AccessLevel::Read);
    QCOMPARE(kms.levels[1].level, AccessLevel::Write);
    QCOMPARE(kms.levels[2].level, AccessLevel::PermissionsManagement);
    for (const AccessLevelSummary& a : kms.levels) {
        QCOMPARE(a.granted, 1);
        QVERIFY(!a.full());
    }
    QCOMPARE(kms.levels[1].actions, std::vector<int> { Catalog::bundled().findAction("kms:Decrypt") });
    QCOMPARE(kms.resources, strings({ "*" }));
    QVERIFY(kms.conditions.empty());
}

void TestPolicySummary::denies_data()
{
    QTest::addColumn<QByteArray>("deny");
    QTest::addColumn<bool>("removed");
    QTest::newRow("unconditional Deny on * removes")
        << QByteArray(R"({"Effect":"Deny","Action":"s3:GetObject","Resource":"*"})") << true;
    QTest::newRow("Deny with a wildcard action removes")
        << QByteArray(R"({"Effect":"Deny","Action":"s3:GetObj*","Resource":["arn:aws:s3:::x","*"]})") << true;
    QTest::newRow("conditional Deny does not remove") << QByteArray(
        R"({"Effect":"Deny","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}})")
                                                      << false;
    QTest::newRow("Deny on one bucket does not remove")
        << QByteArray(R"({"Effect":"Deny","Action":"s3:GetObject","Resource":"arn:aws:s3:::secret/*"})") << false;
    QTest::newRow("Deny with NotResource does not remove")
        << QByteArray(R"({"Effect":"Deny","Action":"s3:GetObject","NotResource":"arn:aws:s3:::public/*"})") << false;
    QTest::newRow("Deny NotAction on * removes the rest")
        << QByteArray(R"({"Effect":"Deny","NotAction":"s3:ListBucket","Resource":"*"})") << true;
}

void TestPolicySummary::denies()
{
    QFETCH(QByteArray, deny);
    QFETCH(bool, removed);
    const QByteArray allow = R"({"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"})";
    // The deny works from another policy of the same subject too: an explicit deny always wins.
    const auto all = summarize({ parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + allow + "]}"),
        parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + deny + "]}", "guardrail") });
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(grants(all[0], "s3:GetObject"), !removed);
    QVERIFY(grants(all[0], "s3:ListBucket"));
    QCOMPARE(all[0].grantedActions, removed ? 1 : 2);
    QCOMPARE(levelsText(all[0]), removed ? QStringLiteral("List 1/18") : QStringLiteral("List 1/18, Read 1/66"));
}

void TestPolicySummary::resourcesAndConditions()
{
    const auto all = summarize({ parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["ec2:StopInstances","ec2:StartInstances"],"Resource":"*",
         "Condition":{"StringEquals":{"aws:ResourceTag/vendor":"acme"},"ForAnyValue:StringLike":{"ec2:Region":["eu-*"]}}},
        {"Effect":"Allow","Action":"s3:GetObject","Resource":["arn:aws:s3:::a/*","arn:aws:s3:::b/*"]},
        {"Effect":"Allow","Action":"s3:ListBucket","Resource":["arn:aws:s3:::a","arn:aws:s3:::a/*"]},
        {"Effect":"Allow","Action":"ec2:DescribeInstances","Resource":"*"}]})") });
    QCOMPARE(all.size(), size_t(2));
    const ServiceSummary* ec2 = service(all, "ec2");
    QVERIFY(ec2);
    QCOMPARE(ec2->resources, strings({ "*" }));
    QCOMPARE(ec2->conditions, strings({ "StringEquals aws:ResourceTag/vendor", "ForAnyValue:StringLike ec2:Region" }));
    const ServiceSummary* s3 = service(all, "s3");
    QVERIFY(s3);
    QCOMPARE(s3->resources, strings({ "arn:aws:s3:::a/*", "arn:aws:s3:::b/*", "arn:aws:s3:::a" }));
    QVERIFY(s3->conditions.empty());
}

void TestPolicySummary::notActionAndNotResource()
{
    const auto all = summarize({ parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","NotAction":["iam:*","organizations:*"],"NotResource":"arn:aws:s3:::audit-logs/*"}]})") });
    QVERIFY(!service(all, "iam"));
    QVERIFY(!service(all, "organizations"));
    const ServiceSummary* ec2 = service(all, "ec2");
    QVERIFY(ec2);
    QVERIFY(ec2->fullAccess);
    QCOMPARE(ec2->resources, strings({ "NOT arn:aws:s3:::audit-logs/*" }));
    QCOMPARE(static_cast<int>(all.size()), Catalog::bundled().serviceCount() - 2);
}

void TestPolicySummary::fixtureWithDenies()
{
    QFile file(QStringLiteral(GRANTSCOPE_FIXTURES "/policies/backup-vendor-with-denies.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto all = summarize({ parse(file.readAll(), "backup-vendor") });
    QCOMPARE(all.size(), size_t(2));
    const ServiceSummary& ec2 = all[0];
    QCOMPARE(ec2.prefix, std::string("ec2"));
    QVERIFY(grants(ec2, "ec2:CreateSnapshot") && grants(ec2, "ec2:DescribeSnapshots"));
    QCOMPARE(ec2.grantedActions, 2);
    const ServiceSummary& s3 = all[1];
    QCOMPARE(s3.prefix, std::string("s3"));
    // "NeverDeleteBackups" denies s3:DeleteObject on every resource, unconditionally.
    QVERIFY(!grants(s3, "s3:DeleteObject"));
    QCOMPARE(levelsText(s3), QStringLiteral("List 1/18, Read 1/66"));
    QCOMPARE(s3.resources, strings({ "arn:aws:s3:::example-backups", "arn:aws:s3:::example-backups/*" }));
}

void TestPolicySummary::emptyAndNull()
{
    QVERIFY(summarizePolicies(Catalog::bundled(), {}).empty());
    QVERIFY(summarizePolicies(Catalog::bundled(), { nullptr }).empty());
    const Policy denyOnly
        = parse(R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]})");
    QVERIFY(summarizePolicies(Catalog::bundled(), { &denyOnly }).empty());
}

void TestPolicySummary::mergeKeepsEachSubjectsDenies()
{
    const Policy admin
        = parse(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]})");
    const Policy guarded = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["kms:Decrypt","kms:ScheduleKeyDeletion"],"Resource":"arn:aws:kms:*:123456789012:key/*"},
        {"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}},
        {"Effect":"Deny","Action":"kms:ScheduleKeyDeletion","Resource":"*"}]})");
    const Catalog& catalog = Catalog::bundled();
    const auto first = summarizePolicies(catalog, { &guarded });
    QVERIFY(!grants(*service(first, "kms"), "kms:ScheduleKeyDeletion"));
    // The guarded subject's Deny does not reach the other subject's kms:*.
    const auto merged = mergeSummaries({ first, summarizePolicies(catalog, { &admin }) });
    QCOMPARE(merged.size(), size_t(2));
    const ServiceSummary* kms = service(merged, "kms");
    QVERIFY(kms);
    QVERIFY(kms->fullAccess);
    QCOMPARE(kms->grantedActions, kms->totalActions);
    QCOMPARE(kms->levels.size(), size_t(5));
    QCOMPARE(kms->levels.front().level, AccessLevel::List);
    QCOMPARE(kms->resources, strings({ "arn:aws:kms:*:123456789012:key/*", "*" }));
    const ServiceSummary* s3 = service(merged, "s3");
    QCOMPARE(s3->conditions, strings({ "Bool aws:SecureTransport" }));
    QCOMPARE(s3->grantedActions, 1);
    // Merging one subject changes nothing; merging a subject with itself neither.
    QCOMPARE(mergeSummaries({ first }), first);
    QCOMPARE(mergeSummaries({ first, first }), first);
    QVERIFY(mergeSummaries({}).empty());
}

QTEST_GUILESS_MAIN(TestPolicySummary)
#include "tst_policysummary.moc"
