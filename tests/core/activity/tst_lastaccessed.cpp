// SPDX-License-Identifier: GPL-3.0-or-later
// `aws iam get-service-last-accessed-details` output, shaped as AWS's CLI reference shows it.
#include "activity/LastAccessed.h"
#include "activity/TrailTime.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;

namespace {

QString write(const QTemporaryDir& dir, const char* text)
{
    const QString path = dir.filePath(QStringLiteral("last-accessed.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

} // namespace

class TestLastAccessed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void actionLevelReport();
    void rejectsOtherFiles_data();
    void rejectsOtherFiles();
};

void TestLastAccessed::actionLevelReport()
{
    QTemporaryDir dir;
    Diagnostics diagnostics;
    const std::vector<LastAccessedEntry> entries = readLastAccessed(write(dir, R"({
    "JobStatus": "COMPLETED",
    "JobType": "ACTION_LEVEL",
    "JobCreationDate": "2026-11-01T10:00:00.000Z",
    "ServicesLastAccessed": [
        {
            "ServiceName": "Amazon S3",
            "LastAuthenticated": "2026-10-30T12:00:00+00:00",
            "ServiceNamespace": "s3",
            "LastAuthenticatedEntity": "arn:aws:iam::123456789012:role/AcmeObservabilityIntegration",
            "LastAuthenticatedRegion": "eu-west-1",
            "TotalAuthenticatedEntities": 1,
            "TrackedActionsLastAccessed": [
                {"ActionName": "GetObject", "LastAccessedEntity": "arn:aws:iam::123456789012:role/AcmeObservabilityIntegration",
                 "LastAccessedTime": "2026-10-30T12:00:00+00:00", "LastAccessedRegion": "eu-west-1"},
                {"ActionName": "PutObject"}
            ]
        },
        {"ServiceName": "AWS Key Management Service", "ServiceNamespace": "kms", "TotalAuthenticatedEntities": 0}
    ],
    "JobCompletionDate": "2026-11-01T10:00:05.000Z",
    "IsTruncated": false
})"),
        diagnostics);
    QVERIFY(diagnostics.empty());
    const std::string role = "arn:aws:iam::123456789012:role/AcmeObservabilityIntegration";
    const std::int64_t when = *parseTrailTime("2026-10-30T12:00:00Z");
    QCOMPARE(
        entries, (std::vector<LastAccessedEntry> { { role, "s3", "", when }, { role, "s3", "s3:getobject", when } }));
}

void TestLastAccessed::rejectsOtherFiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("a policy") << QStringLiteral(R"({"Version": "2012-10-17", "Statement": []})")
                              << QStringLiteral("ServicesLastAccessed");
    QTest::newRow("job still running") << QStringLiteral(R"({"JobStatus": "IN_PROGRESS", "ServicesLastAccessed": []})")
                                       << QStringLiteral("IN_PROGRESS");
    QTest::newRow("broken JSON") << QStringLiteral("{\n  \"JobStatus\": COMPLETED\n}")
                                 << QStringLiteral(":2:16: error:");
}

void TestLastAccessed::rejectsOtherFiles()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QTemporaryDir dir;
    Diagnostics diagnostics;
    QVERIFY(readLastAccessed(write(dir, text.toUtf8().constData()), diagnostics).empty());
    QCOMPARE(diagnostics.size(), size_t(1));
    QVERIFY2(diagnostics[0].toString().contains(message), qPrintable(diagnostics[0].toString()));
}

QTEST_GUILESS_MAIN(TestLastAccessed)
#include "tst_lastaccessed.moc"
