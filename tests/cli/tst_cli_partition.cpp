// SPDX-License-Identifier: GPL-3.0-or-later
// The account a package is reviewed for, end to end: --account and --partition are validated, and the
// partition decides which ARNs a grant or a boundary's deny can reach (GovCloud templates name theirs).
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope::test;

namespace {

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

const nlohmann::json* actionIn(const nlohmann::json& diff, const std::string& name)
{
    for (const nlohmann::json& a : diff["actions"])
        if (a["action"] == name)
            return &a;
    return nullptr;
}

} // namespace

class TestCliPartition : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void malformedAccountIsRefused();
    void unknownPartitionIsRefused();
    void govCloudPolicyIsJudgedInItsPartition();
    void denyInAnotherPartitionRemovesNothing();
};

void TestCliPartition::malformedAccountIsRefused()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--account"), QStringLiteral("12345"),
        QStringLiteral("resources/sample/acme-observability-onboarding.yaml") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("12-digit"), r.err.constData());
}

void TestCliPartition::unknownPartitionIsRefused()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--partition=aws-moon"),
        QStringLiteral("resources/sample/acme-observability-onboarding.yaml") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("aws-us-gov"), r.err.constData());
}

void TestCliPartition::govCloudPolicyIsJudgedInItsPartition()
{
    QTemporaryDir dir;
    const QString policy = write(dir, QStringLiteral("gov-reader.json"), R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["kms:Decrypt","s3:GetObject"],
         "Resource":["arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/*","arn:aws-us-gov:s3:::example-logs/*"]}]})");
    const QString boundary = write(dir, QStringLiteral("b.json"), R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"kms:Decrypt","Resource":"arn:aws-us-gov:kms:*:*:key/*"}]})");
    // The package names only GovCloud ARNs: the review follows it without being told.
    const CliRun r
        = runCli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), boundary, policy });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json d = parseJson(r.out);
    QVERIFY(!d.is_discarded());
    const nlohmann::json* decrypt = actionIn(d, "kms:decrypt");
    const nlohmann::json* get = actionIn(d, "s3:getobject");
    QVERIFY(decrypt && get);
    QCOMPARE((*decrypt)["before"].get<bool>(), true);
    QCOMPARE((*decrypt)["after"].get<bool>(), false);
    QCOMPARE((*get)["after"].get<bool>(), true);
    // Told the partition is the commercial one, the GovCloud grants reach nothing there.
    const CliRun commercial = runCli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--partition"),
        QStringLiteral("aws"), QStringLiteral("--boundary"), boundary, policy });
    QCOMPARE(commercial.exitCode, 0);
    const nlohmann::json c = parseJson(commercial.out);
    QCOMPARE((*actionIn(c, "s3:getobject"))["before"].get<bool>(), false);
}

void TestCliPartition::denyInAnotherPartitionRemovesNothing()
{
    QTemporaryDir dir;
    const QString policy = write(dir, QStringLiteral("ops.json"), R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["ec2:StopInstances","ec2:TerminateInstances"],"Resource":"*"}]})");
    const QString boundary = write(dir, QStringLiteral("b.json"), R"({"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":"*","Resource":"*"},
        {"Effect":"Deny","Action":"ec2:TerminateInstances","Resource":"arn:aws-cn:ec2:*:*:instance/*"},
        {"Effect":"Deny","Action":"ec2:StopInstances","Resource":"arn:aws:ec2:*:*:instance/*"}]})");
    const CliRun r
        = runCli({ QStringLiteral("diff"), QStringLiteral("--json"), QStringLiteral("--boundary"), boundary, policy });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json d = parseJson(r.out);
    QCOMPARE((*actionIn(d, "ec2:terminateinstances"))["after"].get<bool>(), true);
    QCOMPARE((*actionIn(d, "ec2:stopinstances"))["after"].get<bool>(), false);
}

QTEST_GUILESS_MAIN(TestCliPartition)
#include "tst_cli_partition.moc"
