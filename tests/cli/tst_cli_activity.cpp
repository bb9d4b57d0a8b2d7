// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli activity on the sample package and a generated trail: every field of the JSON.
#include "../gen/TrailGenerator.h"
#include "CliRunner.h"
#include "activity/TrailTime.h"

#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::test;
using Json = nlohmann::json;

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");
const std::string kRole = "arn:aws:iam::123456789012:role/AcmeObservabilityIntegration";
const std::string kAccount = "123456789012";
std::int64_t t(const char* text)
{
    return *parseTrailTime(text);
}

} // namespace

class TestCliActivity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyField();
    void timeWindowAndIdleRole();
    void roleArnGivenByTheReviewer();
    void neverUsedRole();
    void exitCodes();
    void textOutput();
    void credentialReport();
    void lastAccessedReport();
    void sampleTrail();

private:
    TrailEventSpec call(const char* time, const char* source, const char* name, const char* error = "")
    {
        TrailEventSpec e;
        e.time = t(time);
        e.source = source;
        e.name = name;
        e.roleArn = kRole;
        e.sessionName = "acme-poller-7f3a";
        e.recipient = kAccount;
        e.errorCode = error;
        e.region = m_regions[m_next++ % 3];
        return e;
    }

    QTemporaryDir m_dir;
    TrailGenerator m_gen;
    const char* m_regions[3] = { "us-east-1", "eu-west-1", "ap-southeast-2" };
    int m_next = 0;
    QString m_trail;
    int m_files = 0;
    int m_events = 0;
};

void TestCliActivity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_trail = m_dir.filePath(QStringLiteral("AWSLogs"));
    std::vector<TrailEventSpec> role = {
        call("2026-10-01T09:00:00Z", "monitoring.amazonaws.com", "GetMetricData"),
        call("2026-10-20T09:00:00Z", "monitoring.amazonaws.com", "GetMetricData"),
        call("2026-10-05T10:00:00Z", "logs.amazonaws.com", "FilterLogEvents"),
        call("2026-10-06T11:00:00Z", "ec2.amazonaws.com", "DescribeInstances"),
        call("2026-10-07T12:00:00Z", "ec2.amazonaws.com", "StopInstances", "Client.UnauthorizedOperation"),
        call("2026-10-08T12:00:00Z", "ec2.amazonaws.com", "StopInstances"),
        call("2026-10-09T13:00:00Z", "kms.amazonaws.com", "Decrypt", "AccessDeniedException"),
        call("2026-10-10T14:00:00Z", "monitoring.amazonaws.com", "DescribeAlarms", "ThrottlingException"),
        call("2026-10-11T15:00:00Z", "s3.amazonaws.com", "ListObjectsV2"),
        call("2026-10-12T16:00:00Z", "s3.amazonaws.com", "HeadObject"),
        call("2026-10-31T23:59:59Z", "tagging.amazonaws.com", "GetResources"),
    };
    role[8].dataEvent = role[9].dataEvent = true;
    // Look-alikes that are not the role: the same role name in the vendor's own account, a session named
    // like the role, a user named like it, and the role's own call recorded in another account's trail.
    std::vector<TrailEventSpec> others;
    TrailEventSpec sameName = call("2026-10-15T08:00:00Z", "iam.amazonaws.com", "ListRoles");
    sameName.roleArn = "arn:aws:iam::210987654321:role/AcmeObservabilityIntegration";
    sameName.recipient = "210987654321";
    others.push_back(sameName);
    TrailEventSpec session = call("2026-10-15T08:01:00Z", "iam.amazonaws.com", "CreateUser");
    session.roleArn = "arn:aws:iam::123456789012:role/InternalAutomation";
    session.sessionName = "AcmeObservabilityIntegration";
    others.push_back(session);
    TrailEventSpec user = call("2026-10-15T08:02:00Z", "iam.amazonaws.com", "DeleteRole");
    user.roleArn.clear();
    user.userArn = "arn:aws:iam::123456789012:user/AcmeObservabilityIntegration";
    others.push_back(user);
    TrailEventSpec elsewhere = call("2026-10-15T08:03:00Z", "s3.amazonaws.com", "GetObject");
    elsewhere.recipient = "111122223333";
    elsewhere.dataEvent = true;
    others.push_back(elsewhere);

    // Deliveries per day and region, gzipped, with noise; the role's events spread over them.
    std::map<std::string, std::vector<std::string>> files;
    for (const TrailEventSpec& e : role)
        files[m_gen.deliveryPath(e.recipient, e.region, e.time - e.time % 86400)].push_back(m_gen.record(e));
    for (const TrailEventSpec& e : others)
        files[m_gen.deliveryPath(e.recipient, e.region, e.time - e.time % 86400)].push_back(m_gen.record(e));
    for (int i = 0; i < 300; ++i) {
        const std::string account = i % 4 == 0 ? "111122223333" : kAccount;
        const TrailEventSpec n = m_gen.noise(t("2026-10-01T00:00:00Z") + i * 8000, account);
        files[m_gen.deliveryPath(account, n.region, n.time - n.time % 86400)].push_back(m_gen.record(n));
    }
    for (const auto& [path, records] : files)
        QVERIFY(m_gen.writeFile(
            m_dir.filePath(QString::fromStdString(path)), TrailGenerator::gzip(TrailGenerator::delivery(records))));
    // The first two role events again, in a lookup-events export: counted once.
    const std::vector<std::string> again = { files.begin()->second.front(), std::next(files.begin())->second.front() };
    QVERIFY(m_gen.writeFile(
        m_dir.filePath(QStringLiteral("lookup.json")), QByteArray::fromStdString(TrailGenerator::lookupEvents(again))));
    m_files = static_cast<int>(files.size());
    m_events = static_cast<int>(role.size() + others.size() + 300);
}

namespace {

Json runJson(const QStringList& args, int expectedExit = 0)
{
    const CliRun r = runCli(QStringList { QStringLiteral("activity"), QStringLiteral("--json") } + args);
    if (r.exitCode != expectedExit)
        qWarning("exit %d: %s", r.exitCode, r.err.constData());
    return r.exitCode == expectedExit ? parseJson(r.out) : Json();
}

QString str(const Json& j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString::fromStdString(j.dump());
}

std::vector<std::string> strings(const Json& array)
{
    return array.get<std::vector<std::string>>();
}

const Json* findingOf(const Json& root, const std::string& rule, const std::string& about = {})
{
    for (const Json& f : root["findings"])
        if (f["rule"] == rule && (about.empty() || f.value("finding", "") == about))
            return &f;
    return nullptr;
}

} // namespace

void TestCliActivity::everyField()
{
    const Json root = runJson({ QStringLiteral("--trail"), m_trail, QStringLiteral("--trail"),
        m_dir.filePath(QStringLiteral("lookup.json")), kSample });
    QVERIFY(root.is_object());
    QCOMPARE(root["files"]["read"].get<int>(), m_files + 1);
    QCOMPARE(root["files"]["skipped"].get<int>(), 0);
    QCOMPARE(root["events"]["read"].get<int>(), m_events);
    QCOMPARE(root["events"]["matched"].get<int>(), 11);
    QCOMPARE(root["events"]["malformed"].get<int>(), 0);
    QCOMPARE(root["events"]["duplicates"].get<int>(), 2);

    QCOMPARE(root["roles"].size(), size_t(1));
    const Json& role = root["roles"][0];
    QCOMPARE(str(role["name"]), str(Json("AcmeObservabilityIntegration")));
    QCOMPARE(str(role["arn"]), str(Json(kRole)));
    QCOMPARE(role["events"].get<int>(), 11);
    QCOMPARE(str(role["firstSeen"]), str(Json("2026-10-01T09:00:00Z")));
    QCOMPARE(str(role["lastSeen"]), str(Json("2026-10-31T23:59:59Z")));
    const std::vector<std::string> used = { "cloudwatch:getmetricdata", "ec2:describeinstances", "ec2:stopinstances",
        "logs:filterlogevents", "s3:getobject", "s3:listbucket", "tag:getresources" };
    QCOMPARE(strings(role["used"]), used);
    QCOMPARE(strings(role["denied"]), std::vector<std::string> { "kms:decrypt" });
    QCOMPARE(role["lastUsed"].size(), used.size());
    QCOMPARE(str(role["lastUsed"]["cloudwatch:getmetricdata"]), str(Json("2026-10-20T09:00:00Z")));
    QCOMPARE(str(role["lastUsed"]["ec2:stopinstances"]), str(Json("2026-10-08T12:00:00Z")));
    QCOMPARE(str(role["lastUsed"]["s3:getobject"]), str(Json("2026-10-12T16:00:00Z")));
    QCOMPARE(str(role["lastUsed"]["tag:getresources"]), str(Json("2026-10-31T23:59:59Z")));

    // unused = granted − used − unobservable, against what analyze says the role is granted.
    const CliRun analyze = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), kSample });
    const Json analysis = parseJson(analyze.out);
    int granted = -1;
    for (const Json& s : analysis["subjects"])
        if (s["name"] == "AcmeObservabilityIntegration")
            granted = s["grantedActions"].get<int>();
    const std::vector<std::string> unused = strings(role["unused"]);
    const std::vector<std::string> hidden = strings(role["unobservable"]);
    QCOMPARE(static_cast<int>(unused.size() + used.size() + hidden.size()), granted);
    QVERIFY(std::is_sorted(unused.begin(), unused.end()));
    for (const std::string& a : used)
        QVERIFY(!std::binary_search(unused.begin(), unused.end(), a));
    for (const char* a : { "kms:decrypt", "kms:creategrant", "ec2:startinstances", "cloudwatch:putmetricalarm" })
        QVERIFY2(std::binary_search(unused.begin(), unused.end(), std::string(a)), a);
    // S3 data events are in the trail, so S3 object actions are observable here.
    for (const std::string& a : hidden)
        QVERIFY2(a.rfind("s3:", 0) != 0, a.c_str());

    // The dangerous grants never used are the first candidates to remove; a used one is not.
    const Json* decrypt = findingOf(root, "activity-unused-dangerous-grant", "kms-decrypt-any-key");
    QVERIFY(decrypt);
    QCOMPARE(str((*decrypt)["severity"]), str(Json("critical")));
    QCOMPARE(str((*decrypt)["role"]), str(Json("AcmeObservabilityIntegration")));
    QCOMPARE(strings((*decrypt)["actions"]), std::vector<std::string> { "kms:decrypt" });
    QVERIFY(findingOf(root, "activity-unused-dangerous-grant", "kms-key-control"));
    QVERIFY(!findingOf(root, "activity-unused-dangerous-grant", "disruption-compute"));
    QVERIFY(!findingOf(root, "activity-role-idle"));
    QVERIFY(!findingOf(root, "activity-role-never-used"));
}

void TestCliActivity::timeWindowAndIdleRole()
{
    const Json window = runJson({ QStringLiteral("--trail"), m_trail, QStringLiteral("--since"),
        QStringLiteral("2026-10-06"), QStringLiteral("--until=2026-10-10T23:59:59Z"), kSample });
    QVERIFY(window.is_object());
    const Json& role = window["roles"][0];
    QCOMPARE(role["events"].get<int>(), 5);
    QCOMPARE(window["events"]["matched"].get<int>(), 5);
    QCOMPARE(str(role["firstSeen"]), str(Json("2026-10-06T11:00:00Z")));
    QCOMPARE(str(role["lastSeen"]), str(Json("2026-10-10T14:00:00Z")));
    QCOMPARE(strings(role["used"]), (std::vector<std::string> { "ec2:describeinstances", "ec2:stopinstances" }));
    QCOMPARE(strings(role["denied"]), std::vector<std::string> { "kms:decrypt" });

    const Json idle = runJson({ QStringLiteral("--trail"), m_trail, QStringLiteral("--until"),
        QStringLiteral("2026-11-30"), QStringLiteral("--idle-days"), QStringLiteral("20"), kSample });
    const Json* finding = findingOf(idle, "activity-role-idle");
    QVERIFY(finding);
    QCOMPARE(str((*finding)["lastSeen"]), str(Json("2026-10-31T23:59:59Z")));
    QVERIFY((*finding)["title"].get<std::string>().find("29 days") != std::string::npos);
    const Json notIdle = runJson(
        { QStringLiteral("--trail"), m_trail, QStringLiteral("--until"), QStringLiteral("2026-11-30"), kSample });
    QVERIFY(!findingOf(notIdle, "activity-role-idle"));
}

void TestCliActivity::roleArnGivenByTheReviewer()
{
    const std::string vendorCopy = "arn:aws:iam::210987654321:role/AcmeObservabilityIntegration";
    const Json root = runJson({ QStringLiteral("--trail"), m_trail, QStringLiteral("--role"),
        QStringLiteral("AcmeObservabilityIntegration=") + QString::fromStdString(vendorCopy), kSample });
    const Json& role = root["roles"][0];
    QCOMPARE(str(role["arn"]), str(Json(vendorCopy)));
    QCOMPARE(role["events"].get<int>(), 1);
    QCOMPARE(strings(role["used"]), std::vector<std::string> { "iam:listroles" });
    // --account moves the role: nothing happened in that account.
    const Json other = runJson(
        { QStringLiteral("--trail"), m_trail, QStringLiteral("--account"), QStringLiteral("444455556666"), kSample });
    QCOMPARE(str(other["roles"][0]["arn"]), str(Json("arn:aws:iam::444455556666:role/AcmeObservabilityIntegration")));
    QCOMPARE(other["roles"][0]["events"].get<int>(), 0);
}

void TestCliActivity::neverUsedRole()
{
    const QString package = m_dir.filePath(QStringLiteral("deploy.template.json"));
    QVERIFY(TrailGenerator::writeFile(package, R"({
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "DeployRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "RoleName": "VendorDeployRole",
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": "sts:AssumeRole",
          "Condition": {"StringEquals": {"sts:ExternalId": "vendor-7d1f0c2e9b"}}}]},
        "Policies": [{"PolicyName": "Deploy", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": ["iam:PassRole", "lambda:InvokeFunction", "s3:GetObject"], "Resource": "*"}]}}]
      }
    }
  }
})"));
    const Json root = runJson({ QStringLiteral("--trail"), m_trail, package });
    const Json& role = root["roles"][0];
    QCOMPARE(str(role["name"]), str(Json("VendorDeployRole")));
    QCOMPARE(role["events"].get<int>(), 0);
    QVERIFY(role["firstSeen"].is_null());
    QVERIFY(role["lastSeen"].is_null());
    QVERIFY(role["used"].empty());
    QVERIFY(role["lastUsed"].empty());
    QCOMPARE(strings(role["unobservable"]), (std::vector<std::string> { "iam:passrole", "lambda:invokefunction" }));
    QCOMPARE(strings(role["unused"]), std::vector<std::string> { "s3:getobject" });
    QCOMPARE(root["events"]["matched"].get<int>(), 0);
    const Json* never = findingOf(root, "activity-role-never-used");
    QVERIFY(never);
    QCOMPARE(str((*never)["role"]), str(Json("VendorDeployRole")));
    const Json* noData = findingOf(root, "activity-no-data-events");
    QVERIFY(noData);
    QCOMPARE(strings((*noData)["sources"]), std::vector<std::string> { "lambda.amazonaws.com" });
    for (const Json& f : root["findings"])
        if (f.contains("actions"))
            for (const Json& a : f["actions"])
                QVERIFY(a != "iam:passrole");
}

void TestCliActivity::exitCodes()
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.json.gz"));
    QVERIFY(TrailGenerator::writeFile(damaged, TrailGenerator::gzip(TrailGenerator::delivery({})).left(12)));

    CliRun r = runCli({ QStringLiteral("activity"), kSample });
    QCOMPARE(r.exitCode, 2);
    r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), damaged, kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(damaged.toUtf8()));
    r = runCli({ QStringLiteral("activity"), QStringLiteral("--json"), QStringLiteral("--trail"), damaged,
        QStringLiteral("--trail"), m_trail, kSample });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(damaged.toUtf8()));
    QCOMPARE(parseJson(r.out)["files"]["skipped"].get<int>(), 1);
    r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail, QStringLiteral("--role"),
        QStringLiteral("Nobody=arn:aws:iam::123456789012:role/Nobody"), kSample });
    QCOMPARE(r.exitCode, 2);
    r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail, QStringLiteral("--role"),
        QStringLiteral("AcmeObservabilityIntegration"), kSample });
    QCOMPARE(r.exitCode, 2);
    r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail, QStringLiteral("--since"),
        QStringLiteral("last week"), kSample });
    QCOMPARE(r.exitCode, 2);
    r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail, QStringLiteral("--idle-days"),
        QStringLiteral("-3"), kSample });
    QCOMPARE(r.exitCode, 2);
    r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail, QStringLiteral("--bogus"), kSample });
    QCOMPARE(r.exitCode, 2);
}

void TestCliActivity::textOutput()
{
    const CliRun r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail, kSample });
    QCOMPARE(r.exitCode, 0);
    const QByteArray heading = QByteArray("Role AcmeObservabilityIntegration (") + QByteArray::fromStdString(kRole)
        + QByteArray("): 11 events");
    QVERIFY(r.out.contains(heading));
    QVERIFY(r.out.contains("kms:decrypt"));
    QVERIFY(r.out.contains("activity-unused-dangerous-grant"));
}

void TestCliActivity::credentialReport()
{
    const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY(TrailGenerator::writeFile(csv,
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
        "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,"
        "access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,"
        "access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
        "cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n"
        "acme-sync,arn:aws:iam::123456789012:user/acme-sync,2026-01-05T09:00:00+00:00,true,N/A,"
        "2026-01-05T09:00:00+00:00,N/A,false,true,2026-01-05T09:01:00+00:00,2026-10-30T12:00:00+00:00,us-east-1,s3,"
        "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n"));
    const Json root
        = runJson({ QStringLiteral("--trail"), m_trail, QStringLiteral("--credential-report"), csv, kSample });
    const Json* both = findingOf(root, "activity-console-and-keys");
    QVERIFY(both);
    QCOMPARE(str((*both)["user"]), QStringLiteral("acme-sync"));
    // Measured at the end of the trail (2026-10-31), the key is 299 days old: above the default 90.
    const Json* old = findingOf(root, "activity-access-key-old");
    QVERIFY(old);
    QVERIFY((*old)["title"].get<std::string>().find("299 days") != std::string::npos);
    const CliRun r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail,
        QStringLiteral("--credential-report"), m_dir.filePath(QStringLiteral("lookup.json")), kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("not an IAM credential report"));
}

void TestCliActivity::lastAccessedReport()
{
    // IAM saw the role decrypt after its denied attempt in the trail: it is used, not denied, and its
    // dangerous grant is no longer a candidate to remove.
    const QString report = m_dir.filePath(QStringLiteral("kms-last-accessed.json"));
    QByteArray text = R"json({"JobStatus": "COMPLETED", "JobType": "ACTION_LEVEL",
      "ServicesLastAccessed": [{"ServiceName": "AWS Key Management Service", "ServiceNamespace": "kms",
        "LastAuthenticated": "2026-10-25T07:30:00+00:00", "LastAuthenticatedEntity": "ROLE",
        "TrackedActionsLastAccessed": [{"ActionName": "Decrypt", "LastAccessedEntity": "ROLE",
          "LastAccessedTime": "2026-10-25T07:30:00+00:00", "LastAccessedRegion": "eu-west-1"}]}]})json";
    QVERIFY(TrailGenerator::writeFile(report, text.replace("ROLE", QByteArray::fromStdString(kRole))));
    const Json root
        = runJson({ QStringLiteral("--trail"), m_trail, QStringLiteral("--last-accessed"), report, kSample });
    const Json& role = root["roles"][0];
    const std::vector<std::string> used = strings(role["used"]);
    QVERIFY(std::find(used.begin(), used.end(), "kms:decrypt") != used.end());
    QVERIFY(role["denied"].empty());
    QCOMPARE(str(role["lastUsed"]["kms:decrypt"]), QStringLiteral("2026-10-25T07:30:00Z"));
    QCOMPARE(role["events"].get<int>(), 11);
    QVERIFY(!findingOf(root, "activity-unused-dangerous-grant", "kms-decrypt-any-key"));
    QVERIFY(findingOf(root, "activity-unused-dangerous-grant", "kms-key-control"));

    const CliRun r = runCli({ QStringLiteral("activity"), QStringLiteral("--trail"), m_trail,
        QStringLiteral("--last-accessed"), m_dir.filePath(QStringLiteral("lookup.json")), kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("ServicesLastAccessed"));
}

void TestCliActivity::sampleTrail()
{
    // The trail shipped beside the sample package: a week of the vendor role polling, one denied decrypt.
    const Json root = runJson({ QStringLiteral("--trail"), QStringLiteral("resources/sample/trail"), kSample });
    QVERIFY(root.is_object());
    QCOMPARE(root["files"]["read"].get<int>(), 21);
    QCOMPARE(root["files"]["skipped"].get<int>(), 0);
    const Json& role = root["roles"][0];
    QCOMPARE(role["events"].get<int>(), root["events"]["matched"].get<int>());
    QVERIFY(role["events"].get<int>() > 100);
    QCOMPARE(str(role["firstSeen"]), QStringLiteral("2026-11-02T06:00:00Z"));
    const std::vector<std::string> used = strings(role["used"]);
    QVERIFY(std::find(used.begin(), used.end(), "cloudwatch:getmetricdata") != used.end());
    QVERIFY(std::find(used.begin(), used.end(), "tag:getresources") != used.end());
    QCOMPARE(strings(role["denied"]), std::vector<std::string> { "kms:decrypt" });
    QVERIFY(findingOf(root, "activity-unused-dangerous-grant", "disruption-compute"));
}

QTEST_GUILESS_MAIN(TestCliActivity)
#include "tst_cli_activity.moc"
