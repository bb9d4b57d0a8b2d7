// SPDX-License-Identifier: GPL-3.0-or-later
// Trail files written as CloudTrail delivers them (generated, with noise), read back.
#include "../../gen/TrailGenerator.h"
#include "activity/EventMapping.h"
#include "activity/TrailReader.h"
#include "activity/TrailTime.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <set>

using namespace grantscope;
using grantscope::test::TrailEventSpec;
using grantscope::test::TrailGenerator;

namespace {

const std::string kVendorRole = "arn:aws:iam::123456789012:role/AcmeObservabilityIntegration";
const std::int64_t kStart = *parseTrailTime("2026-11-02T08:00:00Z");

TrailEventSpec vendorCall(std::int64_t time, const char* source, const char* name)
{
    TrailEventSpec e;
    e.time = time;
    e.source = source;
    e.name = name;
    e.roleArn = kVendorRole;
    e.recipient = "123456789012";
    return e;
}

QString at(const QTemporaryDir& dir, const std::string& relative)
{
    return dir.filePath(QString::fromStdString(relative));
}

int countCall(const ActivityLog& log, const char* name)
{
    return static_cast<int>(std::count_if(log.events.begin(), log.events.end(),
        [&](const ActivityEvent& e) { return log.calls[static_cast<size_t>(e.call)].name == name; }));
}

} // namespace

class TestTrailReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void times_data();
    void times();
    void readsAwsLogsFolderRecursively();
    void organizationTrailWithSeveralAccounts();
    void lookupEventsAndDuplicates();
    void damagedFilesAreSkippedWithTheirPath();
    void malformedRecordsAreCounted();
    void concatenatedGzipMembers();
    void oneWorkerAndTwoAgree();
    void digestFilesAreIgnored();
    void athenaCsv();
    void cloudTrailLakeCsv();
    void brokenCsv();
    void inflatedSizeIsCapped();
    void deepNestingIsLocatedWithoutRecursion();
};

void TestTrailReader::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("CloudTrail eventTime")
        << QStringLiteral("2026-11-02T14:03:11Z") << QStringLiteral("2026-11-02T14:03:11Z");
    QTest::newRow("date only") << QStringLiteral("2026-11-02") << QStringLiteral("2026-11-02T00:00:00Z");
    QTest::newRow("fraction") << QStringLiteral("2024-02-29T23:59:59.123Z") << QStringLiteral("2024-02-29T23:59:59Z");
    QTest::newRow("offset") << QStringLiteral("2026-11-02T16:03:11+02:00") << QStringLiteral("2026-11-02T14:03:11Z");
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("month 13") << QStringLiteral("2026-13-02T14:03:11Z") << QString();
    QTest::newRow("words") << QStringLiteral("yesterday") << QString();
    QTest::newRow("trailing text") << QStringLiteral("2026-11-02T14:03:11Zx") << QString();
}

void TestTrailReader::times()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    const std::optional<std::int64_t> t = parseTrailTime(text.toStdString());
    QCOMPARE(t.has_value(), !formatted.isEmpty());
    if (t)
        QCOMPARE(QString::fromStdString(formatTrailTime(*t)), formatted);
}

void TestTrailReader::readsAwsLogsFolderRecursively()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    int vendorEvents = 0;
    const char* regions[] = { "us-east-1", "eu-west-1", "ap-southeast-2" };
    for (int file = 0; file < 6; ++file) {
        std::vector<std::string> records;
        const std::int64_t t = kStart + file * 3600;
        for (int i = 0; i < 40; ++i)
            records.push_back(gen.record(gen.noise(t + i, "123456789012")));
        for (int i = 0; i < 5; ++i, ++vendorEvents)
            records.push_back(gen.record(vendorCall(t + 100 + i, "monitoring.amazonaws.com", "GetMetricData")));
        QVERIFY(gen.writeFile(at(dir, gen.deliveryPath("123456789012", regions[file % 3], t)),
            TrailGenerator::gzip(TrailGenerator::delivery(records))));
    }
    // A plain .json delivery and a file that is no trail file by name are side by side.
    QVERIFY(
        gen.writeFile(dir.filePath(QStringLiteral("AWSLogs/123456789012/CloudTrail/us-east-1/2026/11/03/plain.json")),
            QByteArray::fromStdString(TrailGenerator::delivery(
                { gen.record(vendorCall(kStart + 86400, "s3.amazonaws.com", "ListObjectsV2")) }))));
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("AWSLogs/README.txt")), "not a trail"));

    const ActivityLog log = readTrails({ dir.filePath(QStringLiteral("AWSLogs")) }, EventMapping::bundled());
    QVERIFY(log.diagnostics.empty());
    QCOMPARE(log.filesRead, 7);
    QCOMPARE(log.filesSkipped, 0);
    QCOMPARE(log.events.size(), size_t(6 * 45 + 1));
    QCOMPARE(countCall(log, "ListObjectsV2"), 1);
    const auto vendor = std::find_if(
        log.principals.begin(), log.principals.end(), [](const EventPrincipal& p) { return p.arn == kVendorRole; });
    QVERIFY(vendor != log.principals.end());
    QVERIFY(vendor->role);
    QCOMPARE(vendor->account, std::string("123456789012"));
    const int vendorIndex = static_cast<int>(vendor - log.principals.begin());
    QCOMPARE(std::count_if(log.events.begin(), log.events.end(),
                 [&](const ActivityEvent& e) { return e.principal == vendorIndex; }),
        vendorEvents + 1);
}

void TestTrailReader::organizationTrailWithSeveralAccounts()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    for (const char* account : { "123456789012", "111122223333", "444455556666" }) {
        std::vector<std::string> records;
        for (int i = 0; i < 10; ++i)
            records.push_back(gen.record(gen.noise(kStart + i, account)));
        QVERIFY(gen.writeFile(at(dir, gen.deliveryPath(account, "eu-west-1", kStart, "o-exampleorgid")),
            TrailGenerator::gzip(TrailGenerator::delivery(records))));
    }
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled());
    QCOMPARE(log.filesRead, 3);
    QCOMPARE(log.events.size(), size_t(30));
    std::vector<std::string> accounts = log.accounts;
    std::sort(accounts.begin(), accounts.end());
    QCOMPARE(accounts, (std::vector<std::string> { "111122223333", "123456789012", "444455556666" }));
}

void TestTrailReader::lookupEventsAndDuplicates()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    std::vector<std::string> records;
    for (int i = 0; i < 8; ++i) {
        TrailEventSpec e = vendorCall(kStart + i, "ec2.amazonaws.com", "DescribeInstances");
        e.eventId = "0a1b2c3d-0000-4000-8000-00000000000" + std::to_string(i);
        records.push_back(gen.record(e));
    }
    QVERIFY(gen.writeFile(
        dir.filePath(QStringLiteral("delivery.json.gz")), TrailGenerator::gzip(TrailGenerator::delivery(records))));
    // The same first three events exported with lookup-events, plus two that only the export has.
    std::vector<std::string> exported(records.begin(), records.begin() + 3);
    exported.push_back(gen.record(vendorCall(kStart + 50, "sts.amazonaws.com", "GetCallerIdentity")));
    exported.push_back(gen.record(vendorCall(kStart + 51, "sts.amazonaws.com", "GetCallerIdentity")));
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("lookup-events.txt")),
        QByteArray::fromStdString(TrailGenerator::lookupEvents(exported))));

    const ActivityLog log = readTrails(
        { dir.filePath(QStringLiteral("delivery.json.gz")), dir.filePath(QStringLiteral("lookup-events.txt")) },
        EventMapping::bundled());
    QCOMPARE(log.filesRead, 2);
    QCOMPARE(log.events.size(), size_t(10));
    QCOMPARE(log.duplicates, std::int64_t(3));
    QCOMPARE(countCall(log, "DescribeInstances"), 8);
    QCOMPARE(countCall(log, "GetCallerIdentity"), 2);
}

void TestTrailReader::damagedFilesAreSkippedWithTheirPath()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    std::vector<std::string> records;
    for (int i = 0; i < 200; ++i)
        records.push_back(gen.record(gen.noise(kStart + i, "123456789012")));
    const QByteArray whole = TrailGenerator::gzip(TrailGenerator::delivery(records));
    const QString good = dir.filePath(QStringLiteral("good.json.gz"));
    const QString truncated = dir.filePath(QStringLiteral("truncated.json.gz"));
    const QString badJson = dir.filePath(QStringLiteral("bad.json"));
    const QString notTrail = dir.filePath(QStringLiteral("policy.json"));
    QVERIFY(gen.writeFile(good, whole));
    QVERIFY(gen.writeFile(truncated, whole.left(whole.size() / 2)));
    QVERIFY(gen.writeFile(badJson, "{\"Records\": [\n  {\"eventName\": \"GetObject\",\n   \"eventTime\": }\n]}"));
    QVERIFY(gen.writeFile(notTrail, R"({"Version": "2012-10-17", "Statement": []})"));

    const ActivityLog log = readTrails(
        { good, truncated, badJson, notTrail, dir.filePath(QStringLiteral("gone")) }, EventMapping::bundled());
    QCOMPARE(log.filesRead, 1);
    QCOMPARE(log.filesSkipped, 4);
    QCOMPARE(log.events.size(), size_t(200));
    QCOMPARE(log.diagnostics.size(), size_t(4));
    const auto find = [&](const QString& path) {
        return std::find_if(
            log.diagnostics.begin(), log.diagnostics.end(), [&](const Diagnostic& d) { return d.file == path; });
    };
    QVERIFY(find(truncated) != log.diagnostics.end());
    QVERIFY(find(truncated)->message.contains(QStringLiteral("gzip")));
    QVERIFY(find(badJson) != log.diagnostics.end());
    QCOMPARE(find(badJson)->location.line, 3);
    QCOMPARE(find(badJson)->location.column, 17); // the "}" where a value belongs
    QVERIFY(find(badJson)->toString().startsWith(badJson + QStringLiteral(":3:17: error:")));
    QVERIFY(find(notTrail)->message.contains(QStringLiteral("not a CloudTrail file")));
    QVERIFY(find(dir.filePath(QStringLiteral("gone"))) != log.diagnostics.end());
}

void TestTrailReader::malformedRecordsAreCounted()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    const std::string good = gen.record(vendorCall(kStart, "kms.amazonaws.com", "Decrypt"));
    const std::string text = "{\"Records\":[" + good + R"(,{"eventSource":"kms.amazonaws.com","eventName":"Decrypt"},)"
        + R"({"eventSource":"kms.amazonaws.com","eventName":"Decrypt","eventTime":"last tuesday"},42]})";
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("m.json")), QByteArray::fromStdString(text)));
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled());
    QCOMPARE(log.filesRead, 1);
    QCOMPARE(log.events.size(), size_t(1));
    QCOMPARE(log.malformed, std::int64_t(3));
}

void TestTrailReader::concatenatedGzipMembers()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    const std::string text = TrailGenerator::delivery({ gen.record(vendorCall(kStart, "kms.amazonaws.com", "Decrypt")),
        gen.record(vendorCall(kStart + 1, "kms.amazonaws.com", "Decrypt")) });
    const size_t half = text.size() / 2;
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("two.json.gz")),
        TrailGenerator::gzip(text.substr(0, half)) + TrailGenerator::gzip(text.substr(half))));
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled());
    QVERIFY(log.diagnostics.empty());
    QCOMPARE(log.events.size(), size_t(2));
}

void TestTrailReader::oneWorkerAndTwoAgree()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    for (int file = 0; file < 20; ++file) {
        std::vector<std::string> records;
        for (int i = 0; i < 30; ++i)
            records.push_back(
                gen.record(gen.noise(kStart + file * 60 + i, file % 2 ? "123456789012" : "111122223333")));
        QVERIFY(gen.writeFile(at(dir, gen.deliveryPath("123456789012", "us-east-1", kStart + file * 300)),
            TrailGenerator::gzip(TrailGenerator::delivery(records))));
    }
    TrailReadOptions one;
    one.workers = 1;
    const ActivityLog a = readTrails({ dir.path() }, EventMapping::bundled(), one);
    int calls = 0;
    TrailReadOptions two;
    two.progress = [&](int done, int total) {
        ++calls;
        return done <= total;
    };
    const ActivityLog b = readTrails({ dir.path() }, EventMapping::bundled(), two);
    QCOMPARE(calls, 20);
    QCOMPARE(a.events.size(), b.events.size());
    const auto key = [](const ActivityLog& log) {
        std::vector<std::string> out;
        for (const ActivityEvent& e : log.events)
            out.push_back(std::to_string(e.time) + log.calls[static_cast<size_t>(e.call)].name
                + (e.principal >= 0 ? log.principals[static_cast<size_t>(e.principal)].arn : std::string())
                + std::to_string(static_cast<int>(e.outcome)));
        std::sort(out.begin(), out.end());
        return out;
    };
    QCOMPARE(key(a), key(b));

    // Cancelling after the first file stops the read.
    TrailReadOptions cancel;
    cancel.workers = 1;
    cancel.progress = [](int, int) { return false; };
    QCOMPARE(readTrails({ dir.path() }, EventMapping::bundled(), cancel).filesRead, 1);
}

void TestTrailReader::digestFilesAreIgnored()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    QVERIFY(gen.writeFile(
        dir.filePath(QStringLiteral("AWSLogs/123456789012/CloudTrail-Digest/us-east-1/2026/11/02/d.json.gz")),
        TrailGenerator::gzip(R"({"awsAccountId":"123456789012","digestStartTime":"2026-11-02T07:00:00Z"})")));
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("digest.json")),
        R"({"awsAccountId":"123456789012","digestStartTime":"2026-11-02T07:00:00Z"})"));
    const ActivityLog folder = readTrails({ dir.filePath(QStringLiteral("AWSLogs")) }, EventMapping::bundled());
    QCOMPARE(folder.filesRead + folder.filesSkipped, 0);
    const ActivityLog file = readTrails({ dir.filePath(QStringLiteral("digest.json")) }, EventMapping::bundled());
    QCOMPARE(file.filesRead + file.filesSkipped, 0);
    QVERIFY(file.diagnostics.empty());
}

void TestTrailReader::athenaCsv()
{
    // An Athena query over the CloudTrail table, saved from the console: every field quoted, structs as text,
    // request parameters holding commas, quotes and a line break.
    QTemporaryDir dir;
    const QByteArray csv
        = "\"eventversion\",\"useridentity\",\"eventtime\",\"eventsource\",\"eventname\",\"awsregion\","
          "\"errorcode\",\"requestparameters\",\"eventid\",\"recipientaccountid\",\"eventcategory\"\n"
          "\"1.09\",\"{type=AssumedRole, principalid=AROAEXAMPLEID:acme, arn=arn:aws:sts::123456789012:assumed-role/"
          "AcmeObservabilityIntegration/acme, accountid=123456789012, invokedby=null, accesskeyid=ASIAEXAMPLE, "
          "username=null, sessioncontext={attributes={mfaauthenticated=false, creationdate=2026-11-02T08:00:00Z}, "
          "sessionissuer={type=Role, principalid=AROAEXAMPLEID, arn="
        + QByteArray::fromStdString(kVendorRole)
        + ", accountid=123456789012, username=AcmeObservabilityIntegration}}}\",\"2026-11-02T08:05:00Z\","
          "\"s3.amazonaws.com\",\"HeadObject\",\"eu-west-1\",\"\",\"{\"\"bucketName\"\":\"\"acme-archive\"\",\n"
          "\"\"key\"\":\"\"a,b\"\"}\",\"5f1c2a9e-0000-4000-8000-000000000001\",\"123456789012\",\"Data\"\n"
          "\"1.09\",\"{type=IAMUser, principalid=AIDAEXAMPLE, arn=arn:aws:iam::123456789012:user/ops-1, "
          "accountid=123456789012, invokedby=null, accesskeyid=AKIAEXAMPLE, username=ops-1, sessioncontext=null}\","
          "\"2026-11-02T08:06:00Z\",\"iam.amazonaws.com\",\"ListRoles\",\"us-east-1\",\"AccessDenied\",\"null\","
          "\"5f1c2a9e-0000-4000-8000-000000000002\",\"123456789012\",\"Management\"\n";
    QVERIFY(TrailGenerator::writeFile(dir.filePath(QStringLiteral("athena.csv")), csv));
    const ActivityLog log = readTrails({ dir.filePath(QStringLiteral("athena.csv")) }, EventMapping::bundled());
    QVERIFY(log.diagnostics.empty());
    QCOMPARE(log.events.size(), size_t(2));
    QCOMPARE(log.dataEventSources, std::set<std::string> { "s3.amazonaws.com" });
    for (const ActivityEvent& e : log.events) {
        const EventPrincipal& who = log.principals[static_cast<size_t>(e.principal)];
        if (log.calls[static_cast<size_t>(e.call)].name == "HeadObject") {
            QCOMPARE(who.arn, kVendorRole);
            QVERIFY(who.role);
            QCOMPARE(who.account, std::string("123456789012"));
            QCOMPARE(formatTrailTime(e.time), std::string("2026-11-02T08:05:00Z"));
            QCOMPARE(e.outcome, EventOutcome::Success);
        } else {
            QCOMPARE(who.arn, std::string("arn:aws:iam::123456789012:user/ops-1"));
            QVERIFY(!who.role);
            QCOMPARE(e.outcome, EventOutcome::Denied);
        }
    }
}

void TestTrailReader::cloudTrailLakeCsv()
{
    // A CloudTrail Lake query result with the selected fields named by their record path; the same event
    // also in a delivery counts once.
    QTemporaryDir dir;
    TrailGenerator gen;
    TrailEventSpec e = vendorCall(kStart, "kms.amazonaws.com", "Decrypt");
    e.eventId = "7c0e8a51-1111-4222-8333-944455556666";
    QVERIFY(gen.writeFile(
        dir.filePath(QStringLiteral("d.json.gz")), TrailGenerator::gzip(TrailGenerator::delivery({ gen.record(e) }))));
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("lake.csv")),
        "eventID,eventTime,eventSource,eventName,userIdentity.sessionContext.sessionIssuer.arn,"
        "userIdentity.sessionContext.sessionIssuer.accountId,errorCode,recipientAccountId\r\n"
        "7c0e8a51-1111-4222-8333-944455556666,2026-11-02 08:00:00.000,kms.amazonaws.com,Decrypt,"
            + QByteArray::fromStdString(kVendorRole)
            + ",123456789012,,123456789012\r\n"
              "7c0e8a51-1111-4222-8333-944455556667,2026-11-02 09:30:00.000,monitoring.amazonaws.com,GetMetricData,"
            + QByteArray::fromStdString(kVendorRole)
            + ",123456789012,,123456789012\r\n"
              "7c0e8a51-1111-4222-8333-944455556668,not a "
              "time,monitoring.amazonaws.com,GetMetricData,,,,123456789012\r\n"));
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled());
    QVERIFY(log.diagnostics.empty());
    QCOMPARE(log.filesRead, 2);
    QCOMPARE(log.events.size(), size_t(2));
    QCOMPARE(log.duplicates, std::int64_t(1));
    QCOMPARE(log.malformed, std::int64_t(1));
    QCOMPARE(log.principals.size(), size_t(1));
    QVERIFY(log.principals[0].role);
    QCOMPARE(countCall(log, "GetMetricData"), 1);
}

void TestTrailReader::brokenCsv()
{
    QTemporaryDir dir;
    TrailGenerator gen;
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("open.csv")),
        "eventSource,eventName,eventTime\ns3.amazonaws.com,GetObject,2026-11-02T08:00:00Z\n"
        "s3.amazonaws.com,\"GetObject,2026-11-02T08:00:00Z\n"));
    QVERIFY(gen.writeFile(dir.filePath(QStringLiteral("notes.csv")), "name,value\nx,1\n"));
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled());
    QCOMPARE(log.filesRead, 0);
    QCOMPARE(log.filesSkipped, 2);
    QCOMPARE(log.diagnostics[0].file, dir.filePath(QStringLiteral("notes.csv")));
    QVERIFY(log.diagnostics[0].message.contains(QStringLiteral("not a CloudTrail file")));
    QCOMPARE(log.diagnostics[1].location.line, 3);
    QVERIFY(log.diagnostics[1].message.contains(QStringLiteral("never closed")));
}

void TestTrailReader::inflatedSizeIsCapped()
{
    // A small file that inflates far beyond the limit is skipped, not held in memory.
    QTemporaryDir dir;
    const std::string zeros = "{\"Records\":[" + std::string(8u << 20, ' ') + "]}";
    QVERIFY(TrailGenerator::writeFile(dir.filePath(QStringLiteral("bomb.json.gz")), TrailGenerator::gzip(zeros, 9)));
    TrailReadOptions options;
    options.maxFileBytes = 1u << 20;
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled(), options);
    QCOMPARE(log.filesSkipped, 1);
    QVERIFY2(log.diagnostics[0].message.contains(QStringLiteral("inflates to more than 1 MB")),
        qPrintable(log.diagnostics[0].message));
    options.maxFileBytes = 16u << 20;
    QCOMPARE(readTrails({ dir.path() }, EventMapping::bundled(), options).filesRead, 1);
}

void TestTrailReader::deepNestingIsLocatedWithoutRecursion()
{
    QTemporaryDir dir;
    const QByteArray deep = "{\"Records\":" + QByteArray(200000, '[') + "x";
    QVERIFY(TrailGenerator::writeFile(dir.filePath(QStringLiteral("deep.json")), deep));
    const ActivityLog log = readTrails({ dir.path() }, EventMapping::bundled());
    QCOMPARE(log.filesSkipped, 1);
    QCOMPARE(log.diagnostics[0].location.line, 1);
    QCOMPARE(log.diagnostics[0].location.column, 200012); // the "x" after 11 characters and 200,000 "["
}

QTEST_GUILESS_MAIN(TestTrailReader)
#include "tst_trailreader.moc"
