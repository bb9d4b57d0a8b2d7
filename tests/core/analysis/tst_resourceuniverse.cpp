// SPDX-License-Identifier: GPL-3.0-or-later
// Effective permissions are exact on resources: an action is granted only where a statement's resources can
// be one of its ARNs, and denied only where a Deny covers all of them, in the account's partition. Cases in
// the style of the IAM User Guide and the Service Authorization Reference, on the real catalogue.
#include "analysis/EffectivePermissions.h"
#include "analysis/RequestContext.h"
#include "analysis/ResourceScope.h"
#include "analysis/ResourceUniverse.h"
#include "catalog/Catalog.h"
#include "policy/PolicyParser.h"

#include <QTest>

using namespace grantscope;

namespace {

Policy parse(const QByteArray& json, PolicyKind kind = PolicyKind::Identity)
{
    Diagnostics d;
    PolicyParser::Result r = PolicyParser::parseJson(
        std::string_view(json.constData(), static_cast<size_t>(json.size())), kind, QStringLiteral("t.json"), "t", d);
    if (!r.ok)
        qFatal("fixture does not parse: %s", qPrintable(d.front().toString()));
    return r.policy;
}

int idx(const QByteArray& name)
{
    const int i = Catalog::bundled().findAction(name.toStdString());
    if (i < 0)
        qFatal("unknown action %s", name.constData());
    return i;
}

} // namespace

class TestResourceUniverse : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allowed_data();
    void allowed();
    void literalStar_data();
    void literalStar();
    void classesShareResourceTypes();
    void partitionFollowsTheAccount();
    void accountPinsDenies();
};

void TestResourceUniverse::allowed_data()
{
    QTest::addColumn<QByteArray>("identity");
    QTest::addColumn<QByteArray>("boundary"); // empty: none
    QTest::addColumn<QByteArray>("action");
    QTest::addColumn<bool>("allowed");

    const QByteArray s3All
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]})";
    const QByteArray oneBucket = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*",
        "Resource":["arn:aws:s3:::example-reports","arn:aws:s3:::example-reports/*"]}]})";
    QTest::newRow("Boundary on one bucket keeps object reads")
        << s3All << oneBucket << QByteArray("s3:GetObject") << true;
    QTest::newRow("Boundary on one bucket keeps bucket listing")
        << s3All << oneBucket << QByteArray("s3:ListBucket") << true;
    QTest::newRow("Boundary on one bucket: ListAllMyBuckets needs *")
        << s3All << oneBucket << QByteArray("s3:ListAllMyBuckets") << false;
    QTest::newRow("Boundary on one bucket: Storage Lens is not a bucket")
        << s3All << oneBucket << QByteArray("s3:GetStorageLensConfiguration") << false;
    QTest::newRow("Boundary on one bucket: Access Grants are not a bucket")
        << s3All << oneBucket << QByteArray("s3:CreateAccessGrant") << false;
    QTest::newRow("Boundary on one bucket: batch jobs are not a bucket")
        << s3All << oneBucket << QByteArray("s3:DescribeJob") << false;
    QTest::newRow("Boundary on one bucket: multi-region access points are not a bucket")
        << s3All << oneBucket << QByteArray("s3:GetMultiRegionAccessPoint") << false;

    const QByteArray queues = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*",
        "Resource":"arn:aws:sqs:*:123456789012:vendor-*"}]})";
    QTest::newRow("Queue pattern grants SendMessage")
        << queues << QByteArray() << QByteArray("sqs:SendMessage") << true;
    QTest::newRow("Queue pattern does not grant ListQueues")
        << queues << QByteArray() << QByteArray("sqs:ListQueues") << false;

    const QByteArray ec2All
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]})";
    const QByteArray noStop = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":["ec2:StopInstances","ec2:TerminateInstances"],"Resource":"arn:aws:ec2:*:*:instance/*"}]})";
    QTest::newRow("Deny on every instance removes StopInstances")
        << ec2All << noStop << QByteArray("ec2:StopInstances") << false;
    QTest::newRow("Deny on every instance removes TerminateInstances")
        << ec2All << noStop << QByteArray("ec2:TerminateInstances") << false;
    QTest::newRow("Deny on instances leaves StartInstances")
        << ec2All << noStop << QByteArray("ec2:StartInstances") << true;
    const QByteArray noStopGov = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"ec2:StopInstances","Resource":"arn:aws-us-gov:ec2:*:*:instance/*"}]})";
    QTest::newRow("Deny on GovCloud instances removes nothing in aws")
        << ec2All << noStopGov << QByteArray("ec2:StopInstances") << true;
    const QByteArray oneInstance
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"ec2:StopInstances","Resource":"arn:aws:ec2:us-east-1:123456789012:instance/i-0abc"}]})";
    QTest::newRow("Deny on one instance keeps the others")
        << ec2All << oneInstance << QByteArray("ec2:StopInstances") << true;

    const QByteArray noDelete = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"s3:DeleteObject*","Resource":["arn:aws:s3:::*/*","arn:aws:s3:*:*:accesspoint/*/object/*"]}]})";
    QTest::newRow("Deny on every object removes DeleteObject")
        << s3All << noDelete << QByteArray("s3:DeleteObject") << false;
    QTest::newRow("Deny on every object removes DeleteObjectVersion")
        << s3All << noDelete << QByteArray("s3:DeleteObjectVersion") << false;
    QTest::newRow("Deny on objects leaves DeleteBucket") << s3All << noDelete << QByteArray("s3:DeleteBucket") << true;
    const QByteArray bucketObjectsOnly
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"s3:DeleteObject","Resource":"arn:aws:s3:::*/*"}]})";
    QTest::newRow("Deny on bucket objects leaves access-point objects")
        << s3All << bucketObjectsOnly << QByteArray("s3:DeleteObject") << true;

    const QByteArray kmsAll
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]})";
    const QByteArray noDecrypt = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"kms:Decrypt","Resource":"arn:aws:kms:*:*:key/*"}]})";
    QTest::newRow("Deny on every key removes Decrypt") << kmsAll << noDecrypt << QByteArray("kms:Decrypt") << false;
    const QByteArray aliasesOnly
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"kms:Decrypt","Resource":"arn:aws:kms:*:*:alias/*"}]})";
    QTest::newRow("Deny on aliases does not stop Decrypt on keys")
        << kmsAll << aliasesOnly << QByteArray("kms:Decrypt") << true;
    const QByteArray keyInOtherPartition = R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws-cn:kms:*:*:key/*"}]})";
    QTest::newRow("Allow on China keys grants nothing in aws")
        << keyInOtherPartition << QByteArray() << QByteArray("kms:Decrypt") << false;

    const QByteArray exceptBuckets = R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::*"}]})";
    QTest::newRow("NotResource of every bucket still grants ListAllMyBuckets")
        << exceptBuckets << QByteArray() << QByteArray("s3:ListAllMyBuckets") << true;
    QTest::newRow("NotResource of bucket ARNs excludes bucket actions")
        << exceptBuckets << QByteArray() << QByteArray("s3:DeleteBucket") << false;
    const QByteArray denyExceptStar
        = R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"s3:*","NotResource":"arn:aws:s3:::example-reports*"}]})";
    QTest::newRow("Deny with NotResource of one bucket removes ListAllMyBuckets")
        << s3All << denyExceptStar << QByteArray("s3:ListAllMyBuckets") << false;
    QTest::newRow("Deny with NotResource of one bucket keeps its objects")
        << s3All << denyExceptStar << QByteArray("s3:GetObject") << true;
}

void TestResourceUniverse::allowed()
{
    QFETCH(QByteArray, identity);
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, action);
    QFETCH(bool, allowed);
    const Catalog& c = Catalog::bundled();
    const Policy id = parse(identity);
    const Policy b = boundary.isEmpty() ? Policy {} : parse(boundary, PolicyKind::Boundary);
    const RequestContext noKeys;
    const EffectivePermissions e = computeEffectivePermissions(c, { &id }, boundary.isEmpty() ? nullptr : &b, &noKeys);
    QCOMPARE(e.effective.test(idx(action)), allowed);
}

void TestResourceUniverse::literalStar_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << QStringLiteral("*") << true;
    QTest::newRow("two stars") << QStringLiteral("**") << true;
    QTest::newRow("question mark") << QStringLiteral("?") << true;
    QTest::newRow("escaped star") << QStringLiteral("${*}") << true;
    QTest::newRow("any ARN is not the literal star") << QStringLiteral("arn:*") << false;
    QTest::newRow("bucket") << QStringLiteral("arn:aws:s3:::example") << false;
}

void TestResourceUniverse::literalStar()
{
    QFETCH(QString, pattern);
    QFETCH(bool, matches);
    QCOMPARE(ResourceUniverse::matchesLiteralStar(pattern.toStdString()), matches);
}

void TestResourceUniverse::classesShareResourceTypes()
{
    const Catalog& c = Catalog::bundled();
    const ResourceUniverse u(c, {});
    QCOMPARE(u.classOf(idx("kms:Decrypt")), u.classOf(idx("kms:Encrypt")));
    QVERIFY(u.classOf(idx("ec2:StopInstances")) != u.classOf(idx("ec2:DescribeInstances")));
    QVERIFY(u.isUnscoped(u.classOf(idx("ec2:DescribeInstances"))));
    QVERIFY(!u.isUnscoped(u.classOf(idx("s3:GetObject"))));
    QVERIFY(u.classCount() < c.actionCount() / 4);
    for (const std::string& p : u.patternsOfAction(idx("s3:GetObject")))
        QVERIFY2(p.starts_with("arn:aws:s3:"), p.c_str());
}

void TestResourceUniverse::partitionFollowsTheAccount()
{
    const Catalog& c = Catalog::bundled();
    const Policy id = parse(R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws-us-gov:kms:*:*:key/*"}]})");
    const RequestContext noKeys;
    QVERIFY(
        !computeEffectivePermissions(c, { &id }, nullptr, &noKeys, { "aws", {} }).effective.test(idx("kms:Decrypt")));
    QVERIFY(computeEffectivePermissions(c, { &id }, nullptr, &noKeys, { "aws-us-gov", {} })
                .effective.test(idx("kms:Decrypt")));
}

void TestResourceUniverse::accountPinsDenies()
{
    const Catalog& c = Catalog::bundled();
    const Policy id
        = parse(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:*","Resource":"*"}]})");
    const Policy b = parse(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"ec2:TerminateInstances","Resource":"arn:aws:ec2:*:123456789012:instance/*"}]})",
        PolicyKind::Boundary);
    const RequestContext noKeys;
    // Instances of other accounts stay reachable unless the review is pinned to the customer's account.
    QVERIFY(computeEffectivePermissions(c, { &id }, &b, &noKeys, { "aws", {} })
                .effective.test(idx("ec2:TerminateInstances")));
    QVERIFY(!computeEffectivePermissions(c, { &id }, &b, &noKeys, { "aws", "123456789012" })
                 .effective.test(idx("ec2:TerminateInstances")));
}

QTEST_GUILESS_MAIN(TestResourceUniverse)
#include "tst_resourceuniverse.moc"
