// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli on packages it cannot fully read: what is not reviewed fails --fail-on high, a path with
// nothing to review is exit 2, expand given a template points to analyze.
#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

class TestAnalyzeGaps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unreviewedFailsHigh_data();
    void unreviewedFailsHigh();
    void nothingToReviewIsExit2_data();
    void nothingToReviewIsExit2();
    void emptyFolderIsExit2();
    void expandSaysAnalyze_data();
    void expandSaysAnalyze();
    void conditionalBranchIsMarked();
    void lambdaPermissionToAnotherAccount();
    void terraformKeySecretInOutput();
    void wholePackageHasNoSilentGap();
    void conditionalAccessKeyIsMarked();
};

namespace {

using grantscope::test::CliRun;
using grantscope::test::parseJson;
using grantscope::test::runCli;

int countRule(const nlohmann::json& report, const std::string& rule)
{
    int n = 0;
    for (const auto& f : report["findings"])
        n += f["rule"] == rule ? 1 : 0;
    return n;
}

} // namespace

void TestAnalyzeGaps::unreviewedFailsHigh_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("unreviewed");
    QTest::newRow("Terraform HCL service-linked role") << "tests/fixtures/unreviewed/cspm-hcl" << 1;
    QTest::newRow("SSO, SCP, service-linked role, log policy") << "tests/fixtures/unreviewed/identity-center.yaml" << 4;
    QTest::newRow("Terraform JSON bucket policy from elsewhere") << "tests/fixtures/unreviewed/users.tf.json" << 1;
    QTest::newRow("StackSet body that does not parse") << "tests/fixtures/stacksets/broken-body.yaml" << 1;
}

void TestAnalyzeGaps::unreviewedFailsHigh()
{
    QFETCH(QString, path);
    QFETCH(int, unreviewed);
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--fail-on"),
        QStringLiteral("high"), path });
    QCOMPARE(r.exitCode, 1);
    const nlohmann::json report = parseJson(r.out);
    QVERIFY(!report.is_discarded());
    QCOMPARE(countRule(report, "package-unreviewed"), unreviewed);
    for (const auto& f : report["findings"])
        if (f["rule"] == "package-unreviewed") {
            QCOMPARE(f["severity"].get<std::string>(), std::string("high"));
            QVERIFY(f["line"].get<int>() > 0);
        }
}

void TestAnalyzeGaps::nothingToReviewIsExit2_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("template that creates no access") << "tests/fixtures/unreviewed/nothing-to-review.yaml";
    QTest::newRow("HCL variables only") << "tests/fixtures/unreviewed/cspm-hcl/variables.tf";
}

void TestAnalyzeGaps::nothingToReviewIsExit2()
{
    QFETCH(QString, path);
    const CliRun r = runCli({ QStringLiteral("analyze"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("nothing to review"), r.err.constData());
    QVERIFY(!r.out.contains("0 findings"));
}

void TestAnalyzeGaps::emptyFolderIsExit2()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile notes(dir.filePath(QStringLiteral("INSTALL.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Open the vendor console and follow the steps.\n");
    notes.close();
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), dir.path() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("nothing to review in this folder"), r.err.constData());
}

void TestAnalyzeGaps::expandSaysAnalyze_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("YAML template") << "resources/sample/acme-observability-onboarding.yaml";
    QTest::newRow("JSON template") << "tests/fixtures/cloudformation/longform-intrinsics.json";
    QTest::newRow("Terraform JSON") << "tests/fixtures/unreviewed/users.tf.json";
}

void TestAnalyzeGaps::expandSaysAnalyze()
{
    QFETCH(QString, path);
    const CliRun r = runCli({ QStringLiteral("expand"), QStringLiteral("--json"), path });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("grantscope-cli analyze"), r.err.constData());
    QVERIFY(!r.err.contains("syntax"));
}

void TestAnalyzeGaps::conditionalBranchIsMarked()
{
    // AdministratorAccess chosen by Fn::If, off with the defaults: found, critical, and marked.
    const QString path = QStringLiteral("tests/fixtures/branches/costlens-onboarding.yaml");
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--fail-on"),
        QStringLiteral("critical"), path });
    QCOMPARE(r.exitCode, 1);
    const nlohmann::json report = parseJson(r.out);
    QVERIFY(!report.is_discarded());
    bool admin = false;
    for (const auto& f : report["findings"])
        if (f.contains("condition") && f["severity"] == "critical"
            && f["condition"].get<std::string>() == "only when GrantAdmin=true (off with the default values)")
            admin = true;
    QVERIFY(admin);
    // Reading secrets comes from two branches (the secrets statement and AdministratorAccess): both are named.
    bool secrets = false;
    for (const auto& f : report["findings"])
        if (f["rule"] == "data-read-secrets") {
            const std::string condition = f.value("condition", std::string());
            QVERIFY2(condition.find("ReadDatabaseSecrets=yes") != std::string::npos, condition.c_str());
            QVERIFY2(condition.find("GrantAdmin=true") != std::string::npos, condition.c_str());
            secrets = true;
        }
    QVERIFY(secrets);

    // The reviewer's value chooses the branch: no administrator access, nothing critical.
    const CliRun chosen = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--param"),
        QStringLiteral("GrantAdmin=false"), path });
    const nlohmann::json scoped = parseJson(chosen.out);
    QVERIFY(!scoped.is_discarded());
    for (const auto& f : scoped["findings"])
        QVERIFY(!f.contains("condition") || f["condition"].get<std::string>().find("GrantAdmin") == std::string::npos);
}

void TestAnalyzeGaps::lambdaPermissionToAnotherAccount()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("tests/fixtures/resourcepolicies/alerting-hooks.yaml") });
    const nlohmann::json report = parseJson(r.out);
    QVERIFY(!report.is_discarded());
    QCOMPARE(countRule(report, "package-unreviewed"), 0);
    bool invoke = false;
    for (const auto& f : report["findings"])
        if (f["subject"] == "VendorInvokePermission" && f["rule"] == "code-execution")
            invoke = true;
    QVERIFY(invoke);
    bool subject = false;
    for (const auto& s : report["subjects"])
        if (s["name"] == "VendorPutEvents" && s["kind"] == "resource-policy")
            subject = true;
    QVERIFY(subject);
}

void TestAnalyzeGaps::terraformKeySecretInOutput()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--fail-on"),
        QStringLiteral("high"), QStringLiteral("tests/fixtures/identities/ledgerly-hcl") });
    QCOMPARE(r.exitCode, 1);
    const nlohmann::json report = parseJson(r.out);
    QVERIFY(!report.is_discarded());
    QCOMPARE(countRule(report, "package-unreviewed"), 0);
    QCOMPARE(countRule(report, "package-access-key-secret-exposed"), 2);
    bool output = false;
    for (const auto& f : report["findings"])
        if (f["rule"] == "package-access-key-secret-exposed" && f["line"] == 57) {
            output = true;
            QCOMPARE(f["severity"].get<std::string>(), std::string("high"));
        }
    QVERIFY(output);
}

void TestAnalyzeGaps::wholePackageHasNoSilentGap()
{
    // A vendor folder: a template with Fn::If branches and a nested stack given by URL, the nested template,
    // a Terraform module with a user and its key, and install notes.
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("tests/fixtures/branches/pagerloop-package") });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json report = parseJson(r.out);
    QVERIFY(!report.is_discarded());
    QCOMPARE(countRule(report, "package-unreviewed"), 0);
    QCOMPARE(countRule(report, "package-remote-document"), 0); // hooks.yaml is in the folder
    std::map<std::string, std::string> subjects; // name -> condition
    for (const auto& s : report["subjects"])
        subjects[s["name"].get<std::string>()] = s.contains("condition") ? s["condition"].get<std::string>() : "";
    QVERIFY(subjects.count("PagerLoopResponder"));
    QVERIFY(subjects.count("VendorInvokePermission"));
    QVERIFY(subjects.count("VendorPutEvents"));
    QVERIFY(subjects.count("pagerloop-status-page"));
    // The key policy lets the vendor decrypt only in the branch the defaults leave off: reviewed and marked.
    QCOMPARE(
        subjects["ArchiveKey"], std::string("only when ShareArchiveWithVendor=true (off with the default values)"));
    // ManagedPolicyArns is PowerUserAccess or ReadOnlyAccess by Fn::If: what only PowerUserAccess grants is
    // marked with its branch; reading secrets, which both lists grant, is there whatever the choice: unmarked.
    bool powerUser = false;
    bool secretsUnmarked = false;
    for (const auto& f : report["findings"]) {
        if (f["subject"] != "PagerLoopResponder")
            continue;
        const std::string condition = f.value("condition", std::string());
        powerUser = powerUser || condition == "only when ResponderMode=Remediate (off with the default values)";
        if (f["rule"] == "data-read-secrets")
            secretsUnmarked = condition.empty();
    }
    QVERIFY(powerUser);
    QVERIFY(secretsUnmarked);
    QCOMPARE(countRule(report, "package-access-key-secret-exposed"), 1);
}

void TestAnalyzeGaps::conditionalAccessKeyIsMarked()
{
    // The legacy agent's user and its access key exist only when UseLegacyAgent=true: the key's finding says so,
    // and the role created unconditionally in the same template has no mark.
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("tests/fixtures/gui/quillstack-archive.yaml") });
    const nlohmann::json report = parseJson(r.out);
    QVERIFY(!report.is_discarded());
    int keys = 0;
    for (const auto& f : report["findings"])
        if (f["rule"] == "package-access-key") {
            ++keys;
            QCOMPARE(f.value("condition", std::string()),
                std::string("only when UseLegacyAgent=true (off with the default values)"));
        }
    QCOMPARE(keys, 1);
    for (const auto& s : report["subjects"])
        if (s["kind"] == "role")
            QVERIFY(!s.contains("condition"));
}

QTEST_GUILESS_MAIN(TestAnalyzeGaps)
#include "tst_analyzegaps.moc"
