// SPDX-License-Identifier: GPL-3.0-or-later
// The IAM credential report CSV, in the column layout AWS documents, and the findings drawn from it.
#include "activity/CredentialReport.h"
#include "activity/RoleActivity.h"
#include "activity/TrailTime.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

namespace {

const char* kHeader = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
                      "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
                      "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
                      "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
                      "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
                      "cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n";

QString write(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("credential-report.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

int count(const std::vector<ActivityFinding>& findings, const char* rule, const char* user)
{
    return static_cast<int>(std::count_if(
        findings.begin(), findings.end(), [&](const ActivityFinding& f) { return f.rule == rule && f.user == user; }));
}

} // namespace

class TestCredentialReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsUsersAndKeys();
    void findings();
    void badRowsAreLocated();
};

void TestCredentialReport::readsUsersAndKeys()
{
    QTemporaryDir dir;
    const QString path = write(dir,
        QByteArray(kHeader)
            + "<root_account>,arn:aws:iam::123456789012:root,2019-03-01T10:00:00+00:00,not_supported,"
              "2026-10-01T08:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
              "false,N/A,false,N/A\n"
              "acme-uploader,arn:aws:iam::123456789012:user/acme-uploader,2024-01-10T09:00:00+00:00,false,N/A,N/A,N/A,"
              "false,true,2024-01-10T09:05:00+00:00,2026-10-30T12:00:00+00:00,eu-west-1,s3,true,"
              "2026-09-01T09:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A\r\n");
    Diagnostics diagnostics;
    const std::vector<CredentialUser> users = readCredentialReport(path, diagnostics);
    QVERIFY(diagnostics.empty());
    QCOMPARE(users.size(), size_t(2));
    QCOMPARE(users[0].user, std::string("<root_account>"));
    QVERIFY(!users[0].passwordEnabled);
    const CredentialUser& u = users[1];
    QCOMPARE(u.arn, std::string("arn:aws:iam::123456789012:user/acme-uploader"));
    QCOMPARE(u.keys.size(), size_t(2));
    QVERIFY(u.keys[0].active);
    QCOMPARE(formatTrailTime(*u.keys[0].lastRotated), std::string("2024-01-10T09:05:00Z"));
    QCOMPARE(formatTrailTime(*u.keys[0].lastUsed), std::string("2026-10-30T12:00:00Z"));
    QVERIFY(u.keys[1].active);
    QVERIFY(!u.keys[1].lastUsed);
}

void TestCredentialReport::findings()
{
    QTemporaryDir dir;
    const QString path = write(dir,
        QByteArray(kHeader)
            // An old key still in use, and a fresh key never used.
            + "acme-uploader,arn:aws:iam::123456789012:user/acme-uploader,2024-01-10T09:00:00+00:00,false,N/A,N/A,N/A,"
              "false,true,2024-01-10T09:05:00+00:00,2026-10-30T12:00:00+00:00,eu-west-1,s3,true,"
              "2026-09-01T09:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A\n"
              // Console password and a recent key.
              "jane,arn:aws:iam::123456789012:user/jane,2025-05-01T09:00:00+00:00,true,2026-10-29T08:00:00+00:00,"
              "2026-08-01T09:00:00+00:00,N/A,true,true,2026-10-01T09:00:00+00:00,2026-10-30T10:00:00+00:00,us-east-1,"
              "ec2,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n"
              // An old key that is inactive: nothing to say.
              "retired,arn:aws:iam::123456789012:user/retired,2020-05-01T09:00:00+00:00,false,N/A,N/A,N/A,false,false,"
              "2020-05-01T09:00:00+00:00,2021-01-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,"
              "N/A\n");
    Diagnostics diagnostics;
    const std::vector<CredentialUser> users = readCredentialReport(path, diagnostics);
    const std::vector<ActivityFinding> f = credentialFindings(users, *parseTrailTime("2026-11-01T00:00:00Z"), 90);
    QCOMPARE(count(f, "activity-access-key-old", "acme-uploader"), 1);
    QCOMPARE(count(f, "activity-access-key-never-used", "acme-uploader"), 1);
    QCOMPARE(count(f, "activity-console-and-keys", "acme-uploader"), 0);
    QCOMPARE(count(f, "activity-console-and-keys", "jane"), 1);
    QCOMPARE(count(f, "activity-access-key-old", "jane"), 0);
    QCOMPARE(f.size(), size_t(3));
    const auto old = std::find_if(
        f.begin(), f.end(), [](const ActivityFinding& x) { return x.rule == "activity-access-key-old"; });
    QVERIFY(old->title.contains(QStringLiteral("1025 days")));
    // With a longer limit the old key is within it.
    QCOMPARE(count(credentialFindings(users, *parseTrailTime("2026-11-01T00:00:00Z"), 2000), "activity-access-key-old",
                 "acme-uploader"),
        0);
}

void TestCredentialReport::badRowsAreLocated()
{
    QTemporaryDir dir;
    Diagnostics diagnostics;
    QVERIFY(readCredentialReport(write(dir, "name,value\nx,1\n"), diagnostics).empty());
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics[0].location.line, 1);
    diagnostics.clear();
    const std::vector<CredentialUser> users = readCredentialReport(
        write(dir,
            QByteArray(kHeader) + "short,row\n"
                + "jane,arn:aws:iam::123456789012:user/jane,2025-05-01T09:00:00+00:00,true,N/A,N/A,N/A,true,false,"
                  "N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n"),
        diagnostics);
    QCOMPARE(users.size(), size_t(1));
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics[0].location.line, 2);
    QVERIFY(diagnostics[0].toString().contains(QStringLiteral("credential-report.csv:2:1: error:")));
    diagnostics.clear();
    QVERIFY(readCredentialReport(dir.filePath(QStringLiteral("missing.csv")), diagnostics).empty());
    QCOMPARE(diagnostics.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestCredentialReport)
#include "tst_credentialreport.moc"
