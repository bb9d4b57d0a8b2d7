// SPDX-License-Identifier: GPL-3.0-or-later
// Event names as AWS's CloudTrail documentation shows them, mapped to the IAM actions the service
// authorization reference says the call needs.
#include "activity/EventMapping.h"
#include "catalog/Catalog.h"

#include <QTest>

using namespace grantscope;

class TestEventMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mapsEvents_data();
    void mapsEvents();
    void copyNeedsBothActions();
    void servicePrefixes_data();
    void servicePrefixes();
    void everyTargetIsACatalogueAction();
    void authorizationErrors_data();
    void authorizationErrors();
    void rejectsMalformedMapping();
};

void TestEventMapping::mapsEvents_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("action");
    const auto row = [](const char* scenario, const char* s, const char* n, const char* a) {
        QTest::newRow(scenario) << QString::fromLatin1(s) << QString::fromLatin1(n) << QString::fromLatin1(a);
    };
    row("S3 ListObjects needs ListBucket", "s3.amazonaws.com", "ListObjects", "s3:listbucket");
    row("S3 ListObjectsV2 needs ListBucket", "s3.amazonaws.com", "ListObjectsV2", "s3:listbucket");
    row("S3 HeadBucket needs ListBucket", "s3.amazonaws.com", "HeadBucket", "s3:listbucket");
    row("S3 HeadObject needs GetObject", "s3.amazonaws.com", "HeadObject", "s3:getobject");
    row("S3 ListBuckets is ListAllMyBuckets", "s3.amazonaws.com", "ListBuckets", "s3:listallmybuckets");
    row("S3 ListObjectVersions needs ListBucketVersions", "s3.amazonaws.com", "ListObjectVersions",
        "s3:listbucketversions");
    row("S3 UploadPart needs PutObject", "s3.amazonaws.com", "UploadPart", "s3:putobject");
    row("S3 DeleteObjects needs DeleteObject", "s3.amazonaws.com", "DeleteObjects", "s3:deleteobject");
    row("S3 GetBucketLifecycle", "s3.amazonaws.com", "GetBucketLifecycle", "s3:getlifecycleconfiguration");
    row("S3 GetBucketEncryption", "s3.amazonaws.com", "GetBucketEncryption", "s3:getencryptionconfiguration");
    row("S3 GetObject unchanged", "s3.amazonaws.com", "GetObject", "s3:getobject");
    row("Lambda ListFunctions20150331", "lambda.amazonaws.com", "ListFunctions20150331", "lambda:listfunctions");
    row("Lambda GetFunction20150331v2", "lambda.amazonaws.com", "GetFunction20150331v2", "lambda:getfunction");
    row("Lambda UpdateFunctionCode20150331v2", "lambda.amazonaws.com", "UpdateFunctionCode20150331v2",
        "lambda:updatefunctioncode");
    row("Lambda Invoke is InvokeFunction", "lambda.amazonaws.com", "Invoke", "lambda:invokefunction");
    row("CloudWatch from monitoring", "monitoring.amazonaws.com", "GetMetricData", "cloudwatch:getmetricdata");
    row("CloudWatch alarms", "monitoring.amazonaws.com", "DescribeAlarms", "cloudwatch:describealarms");
    row("SES from email", "email.amazonaws.com", "SendEmail", "ses:sendemail");
    row("Tagging API is tag", "tagging.amazonaws.com", "GetResources", "tag:getresources");
    row("CloudFront dated name", "cloudfront.amazonaws.com", "GetDistribution2020_05_31", "cloudfront:getdistribution");
    row("EC2 unchanged", "ec2.amazonaws.com", "DescribeInstances", "ec2:describeinstances");
    row("KMS unchanged", "kms.amazonaws.com", "Decrypt", "kms:decrypt");
    row("STS unchanged", "sts.amazonaws.com", "AssumeRole", "sts:assumerole");
}

void TestEventMapping::mapsEvents()
{
    QFETCH(QString, source);
    QFETCH(QString, name);
    QFETCH(QString, action);
    const std::vector<std::string> actions
        = EventMapping::bundled().actionsFor(source.toStdString(), name.toStdString());
    QCOMPARE(actions.size(), size_t(1));
    QCOMPARE(QString::fromStdString(actions.front()), action);
    QVERIFY2(Catalog::bundled().findAction(actions.front()) >= 0, actions.front().c_str());
}

void TestEventMapping::copyNeedsBothActions()
{
    const std::vector<std::string> copy = EventMapping::bundled().actionsFor("s3.amazonaws.com", "CopyObject");
    QCOMPARE(copy, (std::vector<std::string> { "s3:putobject", "s3:getobject" }));
    const std::vector<std::string> reencrypt = EventMapping::bundled().actionsFor("kms.amazonaws.com", "ReEncrypt");
    QCOMPARE(reencrypt, (std::vector<std::string> { "kms:reencryptfrom", "kms:reencryptto" }));
}

void TestEventMapping::servicePrefixes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("monitoring is cloudwatch")
        << QStringLiteral("monitoring.amazonaws.com") << QStringLiteral("cloudwatch");
    QTest::newRow("first label otherwise")
        << QStringLiteral("secretsmanager.amazonaws.com") << QStringLiteral("secretsmanager");
    QTest::newRow("SageMaker runtime") << QStringLiteral("runtime.sagemaker.amazonaws.com")
                                       << QStringLiteral("sagemaker");
    QTest::newRow("any case") << QStringLiteral("Monitoring.AmazonAWS.com") << QStringLiteral("cloudwatch");
}

void TestEventMapping::servicePrefixes()
{
    QFETCH(QString, source);
    QFETCH(QString, prefix);
    QCOMPARE(QString::fromStdString(EventMapping::bundled().servicePrefix(source.toStdString())), prefix);
}

void TestEventMapping::everyTargetIsACatalogueAction()
{
    // Every action the bundled data names must exist, or a mapping would silently count nothing.
    const Catalog& catalog = Catalog::bundled();
    const EventMapping& m = EventMapping::bundled();
    for (const UnobservableAction& u : m.unobservable())
        QVERIFY2(catalog.findAction(u.action) >= 0, u.action.c_str());
    for (const auto& [source, patterns] : m.dataEventActions())
        for (const std::string& p : patterns)
            QVERIFY2(catalog.match(p).actions.any(), p.c_str());
    for (const char* event : { "ListObjects", "HeadBucket", "ListMultipartUploads", "ListParts", "GetBucketReplication",
             "DeleteBucketCors", "GetObjectLockConfiguration", "GetBucketAccelerateConfiguration",
             "GetBucketAnalyticsConfiguration", "GetBucketInventoryConfiguration", "GetBucketMetricsConfiguration",
             "GetBucketIntelligentTieringConfiguration", "PutBucketLifecycle", "PutBucketEncryption",
             "PutObjectLockConfiguration" })
        for (const std::string& a : m.actionsFor("s3.amazonaws.com", event))
            QVERIFY2(catalog.findAction(a) >= 0, a.c_str());
}

void TestEventMapping::authorizationErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("denied");
    QTest::newRow("S3 AccessDenied") << QStringLiteral("AccessDenied") << true;
    QTest::newRow("JSON APIs AccessDeniedException") << QStringLiteral("AccessDeniedException") << true;
    QTest::newRow("EC2 Client.UnauthorizedOperation") << QStringLiteral("Client.UnauthorizedOperation") << true;
    QTest::newRow("throttling is no denial") << QStringLiteral("ThrottlingException") << false;
    QTest::newRow("missing key is no denial") << QStringLiteral("NoSuchKey") << false;
}

void TestEventMapping::authorizationErrors()
{
    QFETCH(QString, code);
    QFETCH(bool, denied);
    QCOMPARE(EventMapping::bundled().isAuthorizationError(code.toStdString()), denied);
}

void TestEventMapping::rejectsMalformedMapping()
{
    QString error;
    QVERIFY(!EventMapping::fromJson("[1, 2]", &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!EventMapping::fromJson(R"({"events": {"s3:X": 5}})", &error));
    QVERIFY(error.contains(QStringLiteral("event mapping")));
    const auto ok = EventMapping::fromJson(R"({"sources": {"a.amazonaws.com": "b"}})", &error);
    QVERIFY(ok);
    QCOMPARE(ok->actionsFor("a.amazonaws.com", "Get"), std::vector<std::string> { "b:get" });
}

QTEST_GUILESS_MAIN(TestEventMapping)
#include "tst_eventmapping.moc"
