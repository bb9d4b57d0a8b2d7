// SPDX-License-Identifier: GPL-3.0-or-later
// Usage per role on activity logs built value by value, with a package written as a vendor would.
#include "activity/ActivityLog.h"
#include "activity/EventMapping.h"
#include "activity/RoleActivity.h"
#include "activity/TrailTime.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

namespace {

const char* kTemplate = R"({
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "ReaderRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "RoleName": "NimbusReader",
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::777788889999:root"}, "Action": "sts:AssumeRole",
          "Condition": {"StringEquals": {"sts:ExternalId": "nimbus-4f9e2c"}}}]},
        "Policies": [{"PolicyName": "Read", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": ["ec2:DescribeInstances", "ec2:DescribeVolumes", "s3:GetObject",
                                         "iam:PassRole"], "Resource": "*"}]}}]
      }
    }
  }
})";

std::int64_t at(const char* time)
{
    return *parseTrailTime(time);
}

} // namespace

class TestRoleActivity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageOfOneRole();
    void dataEventsMakeObjectActionsObservable();
    void rolesAndArns();

private:
    ActivityLog log() const;
    QTemporaryDir m_dir;
    ReviewSubject m_package;
    std::vector<ActivityRole> m_roles;
};

void TestRoleActivity::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("nimbus.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kTemplate);
    f.close();
    m_package = loadPackage({ path }, LoadOptions {});
    QVERIFY(!hasErrors(m_package.diagnostics));
    m_roles = activityRoles(m_package, Catalog::bundled(), "aws", "123456789012", {}, nullptr);
    QCOMPARE(m_roles.size(), size_t(1));
    QCOMPARE(m_roles[0].arn, std::string("arn:aws:iam::123456789012:role/NimbusReader"));
    QCOMPARE(m_roles[0].account, std::string("123456789012"));
    QCOMPARE(m_roles[0].granted.count(), 4);
}

ActivityLog TestRoleActivity::log() const
{
    ActivityLog l;
    l.calls = { { "ec2.amazonaws.com", "DescribeInstances" }, { "ec2.amazonaws.com", "DescribeVolumes" },
        { "s3.amazonaws.com", "HeadObject" } };
    l.principals = { { "arn:aws:iam::123456789012:role/NimbusReader", "123456789012", true },
        { "arn:aws:iam::123456789012:role/NimbusReader", "123456789012", false }, // not a session
        { "arn:aws:iam::999900001111:role/NimbusReader", "999900001111", true } };
    l.accounts = { "123456789012", "999900001111" };
    l.events = {
        { at("2026-06-01T10:00:00Z"), 0, 0, 0, EventOutcome::Success },
        { at("2026-06-03T10:00:00Z"), 0, 0, 0, EventOutcome::Success },
        { at("2026-06-02T10:00:00Z"), 1, 0, 0, EventOutcome::Denied },
        { at("2026-06-04T10:00:00Z"), 1, 0, 0, EventOutcome::Success },
        { at("2026-06-05T10:00:00Z"), 2, 0, 0, EventOutcome::Failed }, // NoSuchKey: not a use
        { at("2026-06-06T10:00:00Z"), 2, 0, 1, EventOutcome::Success }, // recorded in another account
        { at("2026-06-07T10:00:00Z"), 2, 1, 0, EventOutcome::Success }, // same ARN, not a role session
        { at("2026-06-08T10:00:00Z"), 2, 2, 1, EventOutcome::Success }, // same name, other account
        { at("2026-12-01T00:00:00Z"), 0, -1, 0, EventOutcome::Success }, // someone else, later
    };
    return l;
}

void TestRoleActivity::usageOfOneRole()
{
    const Catalog& catalog = Catalog::bundled();
    ActivityOptions options;
    const ActivityReport r = analyzeActivity(log(), m_roles, catalog, EventMapping::bundled(), {}, options);
    QCOMPARE(r.matched, std::int64_t(5));
    const RoleUsage& u = r.roles[0];
    QCOMPARE(u.events, std::int64_t(5));
    QCOMPARE(formatTrailTime(*u.firstSeen), std::string("2026-06-01T10:00:00Z"));
    QCOMPARE(formatTrailTime(*u.lastSeen), std::string("2026-06-05T10:00:00Z"));
    QCOMPARE(u.used, (std::vector<std::string> { "ec2:describeinstances", "ec2:describevolumes" }));
    QVERIFY(u.denied.empty()); // denied once, then allowed
    QCOMPARE(formatTrailTime(u.lastUsed.at("ec2:describeinstances")), std::string("2026-06-03T10:00:00Z"));
    // No S3 data event anywhere: s3:GetObject cannot be judged; iam:PassRole never can.
    QCOMPARE(u.unobservable, (std::vector<std::string> { "iam:passrole", "s3:getobject" }));
    QVERIFY(u.unused.empty());
    // Idle measured from the last event read (2026-12-01): 178 days after its last event.
    QCOMPARE(r.reference, at("2026-12-01T00:00:00Z"));
    QCOMPARE(r.findings.size(), size_t(2));
    QCOMPARE(r.findings[0].rule, std::string("activity-role-idle"));
    QVERIFY(r.findings[0].title.contains(QStringLiteral("178 days")));
    QCOMPARE(r.findings[1].rule, std::string("activity-no-data-events"));
    QCOMPARE(r.findings[1].sources, std::vector<std::string> { "s3.amazonaws.com" });

    // A window that ends before the role's activity: never used in it.
    options.until = at("2026-05-31T00:00:00Z");
    const ActivityReport before = analyzeActivity(log(), m_roles, catalog, EventMapping::bundled(), {}, options);
    QCOMPARE(before.roles[0].events, std::int64_t(0));
    QCOMPARE(before.findings[0].rule, std::string("activity-role-never-used"));
    options.until.reset();
    options.since = at("2026-06-03T00:00:00Z");
    options.idleDays = 365;
    const ActivityReport after = analyzeActivity(log(), m_roles, catalog, EventMapping::bundled(), {}, options);
    QCOMPARE(after.roles[0].events, std::int64_t(3));
    QCOMPARE(after.findings.size(), size_t(1)); // only the data-event note
}

void TestRoleActivity::dataEventsMakeObjectActionsObservable()
{
    ActivityLog l = log();
    l.dataEventSources.insert("s3.amazonaws.com");
    l.events[4].outcome = EventOutcome::Success;
    const ActivityReport r = analyzeActivity(l, m_roles, Catalog::bundled(), EventMapping::bundled(), {}, {});
    const RoleUsage& u = r.roles[0];
    QCOMPARE(u.used, (std::vector<std::string> { "ec2:describeinstances", "ec2:describevolumes", "s3:getobject" }));
    QCOMPARE(u.unobservable, std::vector<std::string> { "iam:passrole" });
    for (const ActivityFinding& f : r.findings)
        QVERIFY(f.rule != "activity-no-data-events");
}

void TestRoleActivity::rolesAndArns()
{
    std::vector<std::string> unknown;
    const std::vector<ActivityRole> roles = activityRoles(m_package, Catalog::bundled(), "aws-us-gov", "123456789012",
        { { "NimbusReader", "arn:aws:iam::555566667777:role/integrations/NimbusReader" }, { "Ghost", "arn:x" } },
        &unknown);
    QCOMPARE(roles[0].arn, std::string("arn:aws:iam::555566667777:role/integrations/NimbusReader"));
    QCOMPARE(roles[0].account, std::string("555566667777"));
    QCOMPARE(unknown, std::vector<std::string> { "Ghost" });
    const std::vector<ActivityRole> gov
        = activityRoles(m_package, Catalog::bundled(), "aws-us-gov", "123456789012", {}, nullptr);
    QCOMPARE(gov[0].arn, std::string("arn:aws-us-gov:iam::123456789012:role/NimbusReader"));
}

QTEST_GUILESS_MAIN(TestRoleActivity)
#include "tst_roleactivity.moc"
