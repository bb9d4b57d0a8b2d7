// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli compare through the real binary: the JSON's shape, the text a reviewer reads, --fail-on-new as a
// gate, a saved review's decisions carried to the new release, and bad input refused with exit 2.
#include "CliRunner.h"
#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using grantscope::test::parseJson;
using grantscope::test::runCli;
using Json = nlohmann::json;

namespace {

const QString kCfnOld = QStringLiteral("tests/fixtures/releases/skyline-cfn/v1");
const QString kCfnNew = QStringLiteral("tests/fixtures/releases/skyline-cfn/v2");
const QString kTfOld = QStringLiteral("tests/fixtures/releases/lumen-terraform/v1");
const QString kTfNew = QStringLiteral("tests/fixtures/releases/lumen-terraform/v2");

const Json* subjectNamed(const Json& root, const std::string& name)
{
    for (const Json& s : root.at("subjects"))
        if (s.at("name") == name)
            return &s;
    return nullptr;
}

bool listsAction(const Json& list, const std::string& action)
{
    for (const Json& a : list)
        if (a.at("action") == action)
            return true;
    return false;
}

} // namespace

class TestCliCompare : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonShape();
    void textNamesEveryChange();
    void externalIdNeverPrinted();
    void failOnNew_data();
    void failOnNew();
    void sessionDecisionsCarried();
    void badInput_data();
    void badInput();
};

void TestCliCompare::jsonShape()
{
    const auto r = runCli({ QStringLiteral("compare"), QStringLiteral("--json"), kTfOld, kTfNew });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json root = parseJson(r.out);
    QVERIFY(!root.is_discarded());
    for (const char* key : { "subjects", "newFindings", "resolvedFindings" })
        QVERIFY2(root.contains(key) && root.at(key).is_array(), key);
    for (const Json& s : root.at("subjects"))
        for (const char* key :
            { "name", "added", "removed", "widened", "narrowed", "conditionsDropped", "conditionsAdded", "trust" })
            QVERIFY2(s.contains(key), key);

    const Json* archiver = subjectNamed(root, "LumenArchiver");
    QVERIFY(archiver);
    QVERIFY(archiver->at("status") == "changed");
    QVERIFY(listsAction(archiver->at("added"), "ec2:describevpcs"));
    QVERIFY(listsAction(archiver->at("removed"), "support:createcase"));
    QCOMPARE(archiver->at("narrowed").size(), size_t(1));
    QVERIFY(archiver->at("narrowed")[0].at("lost") == Json::array({ "*" }));
    QVERIFY(archiver->at("narrowed")[0].at("actions") == Json::array({ "s3:getobject", "s3:getobjecttagging" }));
    QVERIFY(archiver->at("widened").empty());
    QVERIFY(archiver->at("conditionsAdded")[0].at("key") == "aws:SourceIp");
    QVERIFY(archiver->at("trust").at("principalsAdded")
        == Json::array({ "AWS arn:aws:iam::666677778888:role/lumen-scanner" }));
    QVERIFY(archiver->at("trust").at("externalIdChanged") == true);
    QVERIFY(archiver->at("policiesDetached")[0].at("arn") == "arn:aws:iam::aws:policy/AWSSupportAccess");
    const Json* removed = subjectNamed(root, "LumenDashboardReader");
    QVERIFY(removed);
    QVERIFY(removed->at("status") == "removed");

    bool secrets = false;
    for (const Json& f : root.at("newFindings")) {
        QVERIFY(f.contains("rule") && f.contains("severity") && f.contains("file") && f.contains("line"));
        secrets = secrets || f.at("rule") == "data-read-secrets";
    }
    QVERIFY(secrets);
    QVERIFY(root.at("severityChanged")[0].at("severityBefore") == "high");
}

void TestCliCompare::textNamesEveryChange()
{
    const auto r = runCli({ QStringLiteral("compare"), kCfnOld, kCfnNew });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    for (const char* expected :
        { "role SkylineMonitoringRole: changed", "role SkylineRemediationRole: added", "kms, Write (1): Decrypt",
            "Resources widened:", "s3:ListBucket: arn:aws:s3:::skyline-export-123456789012 -> *", "Conditions dropped:",
            "StringEquals aws:ResourceTag/monitored-by [\"skyline\"]: logs:FilterLogEvents, logs:GetLogEvents",
            "External ID no longer required", "+ principal Service lambda.amazonaws.com",
            "Policy attached: arn:aws:iam::aws:policy/AWSSupportAccess", "critical [kms-decrypt-any-key]",
            "Resolved findings (1):", "[trust-weak-external-id]" })
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    // s3:Get* is listed by access level, cut short in the text.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("s3, Read \\(\\d+\\): .* and \\d+ more"))));
}

void TestCliCompare::externalIdNeverPrinted()
{
    for (const QStringList& pair : { QStringList { kCfnOld, kCfnNew }, QStringList { kTfOld, kTfNew } }) {
        for (const bool json : { false, true }) {
            QStringList args { QStringLiteral("compare") };
            if (json)
                args << QStringLiteral("--json");
            const auto r = runCli(args + pair);
            QCOMPARE(r.exitCode, 0);
            for (const char* secret : { "4d2e9a7b1c60", "8c41f0d2e7b5", "31f9a6c0d85e" })
                QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), secret);
        }
    }
}

void TestCliCompare::failOnNew_data()
{
    QTest::addColumn<QString>("oldPath");
    QTest::addColumn<QString>("newPath");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("kms:Decrypt on * is a new critical") << kCfnOld << kCfnNew << QStringLiteral("critical") << 1;
    QTest::newRow("Terraform: no new critical") << kTfOld << kTfNew << QStringLiteral("critical") << 0;
    QTest::newRow("Terraform: secrets read is a new high") << kTfOld << kTfNew << QStringLiteral("high") << 1;
    QTest::newRow("the same release: nothing new") << kTfOld << kTfOld << QStringLiteral("info") << 0;
}

void TestCliCompare::failOnNew()
{
    QFETCH(QString, oldPath);
    QFETCH(QString, newPath);
    QFETCH(QString, severity);
    QFETCH(int, exitCode);
    const auto r = runCli({ QStringLiteral("compare"), QStringLiteral("--fail-on-new"), severity, oldPath, newPath });
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!r.out.isEmpty());
    if (exitCode == 1)
        QVERIFY2(r.err.contains("--fail-on-new"), r.err.constData());
}

void TestCliCompare::sessionDecisionsCarried()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = QStringLiteral(GRANTSCOPE_SOURCE_DIR) + QLatin1Char('/');
    const Review old = loadReview({ source + kCfnOld });
    ReviewSession session;
    session.packagePaths = old.paths;
    for (const Finding& f : old.analysis.findings)
        if (f.rule == "trust-root-principal")
            session.setVerdict(f, { FindingDecision::AcceptedRisk, QStringLiteral("vendor account on contract") });
    const QString file = dir.filePath(QStringLiteral("skyline-1.4.grantscope"));
    QVERIFY(session.save(file));

    // With one PATH the session's package is the old release.
    const auto r
        = runCli({ QStringLiteral("compare"), QStringLiteral("--json"), QStringLiteral("--session"), file, kCfnNew });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json root = parseJson(r.out);
    QVERIFY(!root.is_discarded());
    const Json& decisions = root.at("decisions");
    QVERIFY(decisions.at("carried").size() == size_t(1));
    QVERIFY(decisions.at("carried")[0].at("rule") == "trust-root-principal");
    QVERIFY(decisions.at("carried")[0].at("decision") == "accepted-risk");
    QVERIFY(decisions.at("leftBehind").empty());
    bool kmsOpen = false;
    for (const Json& f : decisions.at("open"))
        kmsOpen = kmsOpen || f.at("rule") == "kms-decrypt-any-key";
    QVERIFY(kmsOpen);

    const auto text = runCli({ QStringLiteral("compare"), QStringLiteral("--session"), file, kCfnOld, kCfnNew });
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("1 carried over"), text.out.constData());
}

void TestCliCompare::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("one release only") << QStringList { kCfnOld } << QStringLiteral("give the OLD and the NEW release");
    QTest::newRow("three paths") << QStringList { kCfnOld, kCfnNew, kTfNew }
                                 << QStringLiteral("give one OLD and one NEW release");
    QTest::newRow("unknown severity") << QStringList { QStringLiteral("--fail-on-new"), QStringLiteral("severe"),
        kCfnOld, kCfnNew } << QStringLiteral("--fail-on-new takes critical");
    QTest::newRow("malformed new release located")
        << QStringList { kCfnOld, QStringLiteral("tests/fixtures/malformed-template.yaml") }
        << QStringLiteral("tests/fixtures/malformed-template.yaml:");
    QTest::newRow("missing old release") << QStringList { QStringLiteral("tests/fixtures/releases/none"), kCfnNew }
                                         << QStringLiteral("tests/fixtures/releases/none");
    QTest::newRow("standard input refused")
        << QStringList { QStringLiteral("-"), kCfnNew } << QStringLiteral("standard input");
}

void TestCliCompare::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = runCli(QStringList { QStringLiteral("compare") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
