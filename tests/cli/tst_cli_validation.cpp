// SPDX-License-Identifier: GPL-3.0-or-later
// What grantscope-cli refuses before it reviews, and what it leaves out: --param names and values checked
// against the package, files of a folder that are not reviewed or are excluded, disabled rules, a baseline
// of known findings for the CI gate, and expand's keys for files named alike.
#include "CliRunner.h"

#include "review/Review.h"
#include "review/ReviewSession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope;
using namespace grantscope::test;

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");
const QString kNorthwind = QStringLiteral("tests/fixtures/params/northwind-backup-access.yaml");
const QString kTerraform = QStringLiteral("tests/fixtures/terraform-hcl/acme-guard");

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

QByteArray source(const QString& relative)
{
    QFile f(QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::vector<std::string> rules(const nlohmann::json& j)
{
    std::vector<std::string> out;
    for (const nlohmann::json& f : j["findings"])
        out.push_back(f["rule"].get<std::string>());
    return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

class TestCliValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unknownParameterNameIsRefused();
    void unknownTerraformVariableIsRefused();
    void parameterValuesAreChecked_data();
    void parameterValuesAreChecked();
    void missingPathIsBadInput();
    void unrelatedFilesAreNotedNotFindings();
    void excludeLeavesFilesOut();
    void disabledRulesAreLeftOut();
    void unknownRuleIsRefused();
    void baselineMarksKnownFindings();
    void reviewAsBaseline();
    void movedFindingsStayKnown();
    void malformedBaselineIsBadInput();
    void expandKeepsFilesNamedAlikeApart();
};

void TestCliValidation::unknownParameterNameIsRefused()
{
    // A misspelt name would leave the default in place: the review would silently be of another deployment.
    const CliRun r = runCli(
        { QStringLiteral("analyze"), QStringLiteral("--param"), QStringLiteral("EnableRemediaton=false"), kSample });
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("EnableRemediaton is no parameter")), r.err.constData());
    QVERIFY(err.contains(QStringLiteral("did you mean EnableRemediation?")));
    QVERIFY(err.contains(QStringLiteral("known: AcmeAccountId, EnableRemediation, ExternalId, RoleName")));
    QVERIFY(err.contains(QStringLiteral("[param-unknown]")));
    // Not a finding about the package: the output says nothing of a part that could not be read.
    QVERIFY(!r.out.contains("package-unreadable"));
    // The same check for the other package commands.
    const CliRun boundary
        = runCli({ QStringLiteral("boundary"), QStringLiteral("--param"), QStringLiteral("RoleNme=x"), kSample });
    QCOMPARE(boundary.exitCode, 2);
    QVERIFY2(boundary.err.contains("did you mean RoleName?"), boundary.err.constData());
    // The right name is accepted.
    const CliRun good = runCli(
        { QStringLiteral("analyze"), QStringLiteral("--param"), QStringLiteral("EnableRemediation=false"), kSample });
    QCOMPARE(good.exitCode, 0);
}

void TestCliValidation::unknownTerraformVariableIsRefused()
{
    const CliRun r = runCli(
        { QStringLiteral("analyze"), QStringLiteral("--param"), QStringLiteral("var.extrnal_id=x"), kTerraform });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("var.extrnal_id is no parameter"), r.err.constData());
    QVERIFY(r.err.contains("did you mean external_id?"));
    // Both spellings of a variable Terraform knows are accepted.
    for (const QString& given :
        { QStringLiteral("external_id=acme-guard-9f2c"), QStringLiteral("var.external_id=acme-guard-9f2c") }) {
        const CliRun good = runCli({ QStringLiteral("analyze"), QStringLiteral("--param"), given, kTerraform });
        QVERIFY2(!good.err.contains("param-unknown"), good.err.constData());
        QVERIFY(good.exitCode != 2);
    }
}

void TestCliValidation::parameterValuesAreChecked_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("expected"); // empty: accepted
    const QString at = kNorthwind + QStringLiteral(":%1: error: --param ");
    QTest::newRow("allowed value") << QStringLiteral("Environment=staging") << QString();
    QTest::newRow("not an allowed value") << QStringLiteral("Environment=dev")
                                          << at.arg(QStringLiteral("6:3"))
            + QStringLiteral("Environment: \"dev\" is not one of the AllowedValues (prod, staging)");
    QTest::newRow("pattern matches a part only") << QStringLiteral("ExternalId=nw-7f3a9c DEF")
                                                 << at.arg(QStringLiteral("11:3"))
            + QStringLiteral("ExternalId: \"nw-7f3a9c DEF\" does not match the AllowedPattern");
    QTest::newRow("shorter than MinLength")
        << QStringLiteral("ExternalId=nw-1")
        << at.arg(QStringLiteral("11:3")) + QStringLiteral("ExternalId: \"nw-1\" is shorter than the MinLength 6");
    QTest::newRow("longer than MaxLength") << QStringLiteral("ExternalId=nw-0123456789-0123456789-0123456789")
                                           << QStringLiteral("is longer than the MaxLength 32");
    QTest::newRow("number in range") << QStringLiteral("SessionHours=12") << QString();
    QTest::newRow("above MaxValue") << QStringLiteral("SessionHours=13")
                                    << at.arg(QStringLiteral("18:3"))
            + QStringLiteral("SessionHours: 13 is above the MaxValue 12");
    QTest::newRow("below MinValue") << QStringLiteral("SessionHours=0") << QStringLiteral("0 is below the MinValue 1");
    QTest::newRow("not a number") << QStringLiteral("SessionHours=two") << QStringLiteral("\"two\" is not a number");
    QTest::newRow("list items all match") << QStringLiteral("VaultAccounts=444455556666,777788889999") << QString();
    QTest::newRow("one list item does not match")
        << QStringLiteral("VaultAccounts=444455556666,12345")
        << QStringLiteral("VaultAccounts: \"12345\" does not match the AllowedPattern \\d{12}");
}

void TestCliValidation::parameterValuesAreChecked()
{
    QFETCH(QString, param);
    QFETCH(QString, expected);
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--param"), param, kNorthwind });
    if (expected.isEmpty()) {
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("param-"), r.err.constData());
    } else {
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        QVERIFY(r.err.contains("[param-invalid]"));
    }
}

void TestCliValidation::missingPathIsBadInput()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("tests/fixtures/no-such-package") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("tests/fixtures/no-such-package: error: no such file or folder"), r.err.constData());
}

void TestCliValidation::unrelatedFilesAreNotedNotFindings()
{
    // A vendor repository as it is cloned: the template among its README, licence, npm manifests, scripts,
    // a diagram and version control.
    QTemporaryDir dir;
    const QDir d(dir.path());
    writeFile(d.filePath(QStringLiteral("cloudformation/northwind.yaml")), source(kNorthwind));
    writeFile(d.filePath(QStringLiteral("README.md")), "# Northwind Backup onboarding\n\nDeploy the stack.\n");
    writeFile(d.filePath(QStringLiteral("LICENSE")), "Apache License\nVersion 2.0, January 2004\n");
    writeFile(d.filePath(QStringLiteral("package.json")),
        "{\n  \"name\": \"northwind-onboarding\",\n  \"version\": \"2.3.0\",\n  \"scripts\": {\"deploy\": "
        "\"sh scripts/deploy.sh\"}\n}\n");
    writeFile(d.filePath(QStringLiteral("package-lock.json")), "{\n  \"lockfileVersion\": 3,\n  \"packages\": {}\n}\n");
    writeFile(d.filePath(QStringLiteral("scripts/deploy.sh")),
        "#!/bin/sh\naws cloudformation deploy --template-file cloudformation/northwind.yaml\n");
    writeFile(d.filePath(QStringLiteral("scripts/check.py")), "import boto3\n");
    writeFile(d.filePath(QStringLiteral("docs/architecture.png")), QByteArray("\x89PNG\r\n\x1a\n", 8));
    writeFile(d.filePath(QStringLiteral(".gitignore")), "node_modules/\n");
    writeFile(d.filePath(QStringLiteral(".git/HEAD")), "ref: refs/heads/main\n");
    writeFile(d.filePath(QStringLiteral(".git/config")), "[core]\n");
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), dir.path() });
    QCOMPARE(r.exitCode, 0);
    const QString err = QString::fromUtf8(r.err);
    const auto noted = [&](const QString& file, const QString& why) {
        return err.contains(d.filePath(file) + QStringLiteral(": note: not reviewed: ") + why);
    };
    QVERIFY2(noted(QStringLiteral("README.md"), QStringLiteral("documentation")), r.err.constData());
    QVERIFY(noted(QStringLiteral("LICENSE"), QStringLiteral("a licence or notice text")));
    QVERIFY(noted(QStringLiteral("package.json"), QStringLiteral("a build, dependency or CI file")));
    QVERIFY(noted(QStringLiteral("package-lock.json"), QStringLiteral("a build, dependency or CI file")));
    QVERIFY(noted(QStringLiteral("scripts/deploy.sh"), QStringLiteral("a script or program")));
    QVERIFY(noted(QStringLiteral("scripts/check.py"), QStringLiteral("a script or program")));
    QVERIFY(noted(QStringLiteral("docs/architecture.png"), QStringLiteral("an image")));
    QVERIFY(noted(QStringLiteral(".gitignore"), QStringLiteral("a hidden file")));
    QVERIFY(noted(QStringLiteral(".git"), QStringLiteral("a hidden folder (2 file")));
    // Informational only: the template is reviewed, and none of these files is a finding.
    const nlohmann::json j = parseJson(r.out);
    QVERIFY(!j.is_discarded());
    QVERIFY(contains(rules(j), "trust-long-session") || !j["findings"].empty());
    for (const nlohmann::json& f : j["findings"]) {
        const std::string file = f["file"].get<std::string>();
        QVERIFY2(file.find("northwind.yaml") != std::string::npos, file.c_str());
        QVERIFY(f["rule"] != "package-unreadable" && f["rule"] != "package-unreviewed");
    }
}

void TestCliValidation::excludeLeavesFilesOut()
{
    // An examples folder with an administrator policy the vendor does not deploy.
    QTemporaryDir dir;
    const QDir d(dir.path());
    writeFile(d.filePath(QStringLiteral("northwind.yaml")), source(kNorthwind));
    writeFile(d.filePath(QStringLiteral("examples/full-admin/policy.json")),
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\", \"Action\": \"*\", "
        "\"Resource\": \"*\"}\n  ]\n}\n");
    writeFile(d.filePath(QStringLiteral("notes.md")), "to do\n");
    const CliRun all = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), dir.path() });
    QCOMPARE(all.exitCode, 0);
    bool admin = false;
    const nlohmann::json allJson = parseJson(all.out); // kept: the loop reads into it
    for (const nlohmann::json& f : allJson["findings"])
        admin = admin || f["file"].get<std::string>().find("examples") != std::string::npos;
    QVERIFY(admin);
    // A folder name leaves out everything under it; a file-name glob matches at any depth.
    for (const QString& glob :
        { QStringLiteral("examples"), QStringLiteral("examples/*/*.json"), QStringLiteral("policy.json") }) {
        const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--exclude"),
            glob, QStringLiteral("--exclude"), QStringLiteral("*.md"), dir.path() });
        QCOMPARE(r.exitCode, 0);
        const nlohmann::json rJson = parseJson(r.out); // kept: the loop reads into it
        for (const nlohmann::json& f : rJson["findings"])
            QVERIFY2(f["file"].get<std::string>().find("examples") == std::string::npos, qPrintable(glob));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(d.filePath(QStringLiteral("examples/full-admin/policy.json"))
                     + QStringLiteral(": note: excluded from the package (--exclude %1)").arg(glob)),
            r.err.constData());
        QVERIFY(err.contains(d.filePath(QStringLiteral("notes.md"))
            + QStringLiteral(": note: excluded from the package (--exclude *.md)")));
    }
}

void TestCliValidation::disabledRulesAreLeftOut()
{
    const CliRun all = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), kSample });
    QVERIFY(contains(rules(parseJson(all.out)), "disruption-compute"));
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--disable-rule"),
        QStringLiteral("disruption-compute"), QStringLiteral("--disable-rule"), QStringLiteral("trust-long-session"),
        kSample });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json j = parseJson(r.out);
    QVERIFY(!contains(rules(j), "disruption-compute"));
    QVERIFY(!contains(rules(j), "trust-long-session"));
    QVERIFY(j["disabledRules"] == nlohmann::json({ "disruption-compute", "trust-long-session" }));
    // The gate does not see them either: with the two critical KMS rules disabled, nothing is critical.
    const CliRun gate = runCli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), QStringLiteral("critical"),
        QStringLiteral("--disable-rule"), QStringLiteral("kms-decrypt-any-key"), QStringLiteral("--disable-rule"),
        QStringLiteral("kms-key-control"), kSample });
    QCOMPARE(gate.exitCode, 0);
    QVERIFY(gate.out.contains("Rules disabled (--disable-rule), their findings left out: kms-decrypt-any-key, "
                              "kms-key-control"));
    QVERIFY(!gate.out.contains("[kms-decrypt-any-key]"));
}

void TestCliValidation::unknownRuleIsRefused()
{
    const CliRun r = runCli(
        { QStringLiteral("analyze"), QStringLiteral("--disable-rule"), QStringLiteral("disruption-compte"), kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--disable-rule: no rule disruption-compte; did you mean disruption-compute?"),
        r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliValidation::baselineMarksKnownFindings()
{
    QTemporaryDir dir;
    const CliRun first = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), kSample });
    QCOMPARE(first.exitCode, 0);
    // The earlier review did not have the two critical KMS findings (the vendor added them since).
    nlohmann::json earlier = parseJson(first.out);
    auto& findings = earlier["findings"];
    const size_t total = findings.size();
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                       [](const nlohmann::json& f) { return f["severity"] == "critical"; }),
        findings.end());
    QCOMPARE(findings.size(), total - 2);
    const QString baseline = dir.filePath(QStringLiteral("baseline.json"));
    writeFile(baseline, QByteArray::fromStdString(earlier.dump(2)));

    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--baseline"),
        baseline, QStringLiteral("--fail-on"), QStringLiteral("high"), kSample });
    QCOMPARE(r.exitCode, 1); // the two new critical findings
    const nlohmann::json j = parseJson(r.out);
    int fresh = 0;
    for (const nlohmann::json& f : j["findings"]) {
        QCOMPARE(f["new"].get<bool>(), f["severity"] == "critical");
        fresh += f["new"].get<bool>() ? 1 : 0;
    }
    QCOMPARE(fresh, 2);
    QCOMPARE(j["baseline"]["new"].get<int>(), 2);
    QCOMPARE(j["baseline"]["known"].get<int>(), static_cast<int>(total - 2));
    QVERIFY2(r.err.contains("2 findings at or above high (--fail-on)"), r.err.constData());
    QVERIFY(r.err.contains("1 finding(s) at or above high already in the baseline"));

    // Against the whole earlier output nothing is new: the gate passes although high findings remain.
    const QString full = dir.filePath(QStringLiteral("full.json"));
    writeFile(full, first.out);
    const CliRun same = runCli({ QStringLiteral("analyze"), QStringLiteral("--baseline"), full,
        QStringLiteral("--fail-on"), QStringLiteral("high"), kSample });
    QCOMPARE(same.exitCode, 0);
    QVERIFY(same.out.contains("0 new finding(s) marked [new]"));
    QVERIFY(!same.out.contains("[new] "));
    // The text output marks new findings.
    const CliRun text = runCli({ QStringLiteral("analyze"), QStringLiteral("--baseline"), baseline, kSample });
    QVERIFY2(text.out.contains("critical: [new] "), text.out.constData());
    // SARIF says it in its own terms.
    const CliRun sarif = runCli(
        { QStringLiteral("analyze"), QStringLiteral("--sarif"), QStringLiteral("--baseline"), baseline, kSample });
    int unchanged = 0;
    const nlohmann::json sarifJson = parseJson(sarif.out); // kept: the loop reads into it
    for (const nlohmann::json& res : sarifJson["runs"][0]["results"])
        unchanged += res["baselineState"] == "unchanged" ? 1 : 0;
    QCOMPARE(unchanged, static_cast<int>(total - 2));
}

void TestCliValidation::movedFindingsStayKnown()
{
    // The vendor's next template only gained a comment block at the top: every statement moved down three
    // lines. What was accepted stays accepted; nothing is "new" and the gate passes, as `compare` would say.
    QTemporaryDir dir;
    const QString role = dir.filePath(QStringLiteral("vendor-role.yaml"));
    QFile sample(QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(kSample));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray original = sample.readAll();
    writeFile(role, original);
    const CliRun first = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), role });
    QCOMPARE(first.exitCode, 0);
    const QString baseline = dir.filePath(QStringLiteral("baseline.json"));
    writeFile(baseline, first.out);
    const size_t total = parseJson(first.out)["findings"].size();
    QVERIFY(total > 3);

    writeFile(role, "# Release 2.1: no change of access.\n# Support: see the vendor's portal.\n#\n" + original);
    const CliRun moved = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--baseline"),
        baseline, QStringLiteral("--fail-on"), QStringLiteral("high"), role });
    QVERIFY2(moved.exitCode == 0, moved.err.constData());
    const nlohmann::json j = parseJson(moved.out);
    QCOMPARE(j["baseline"]["new"].get<int>(), 0);
    QCOMPARE(j["baseline"]["known"].get<int>(), static_cast<int>(total));
    for (const nlohmann::json& f : j["findings"])
        QVERIFY(!f["new"].get<bool>());

    // A really new grant is still new: one more statement gives at least one finding that pairs with nothing.
    QByteArray wider = original;
    const QByteArray anchor = "              - Sid: MetricsAndLogs\n";
    QVERIFY(wider.contains(anchor));
    const QByteArray passRole = "              - Effect: Allow\n"
                                "                Action: iam:PassRole\n"
                                "                Resource: '*'\n";
    wider.replace(anchor, QByteArray(passRole + anchor));
    writeFile(role, wider);
    const CliRun added
        = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--baseline"), baseline, role });
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(parseJson(added.out)["baseline"]["new"].get<int>() >= 1);
}

void TestCliValidation::reviewAsBaseline()
{
    // A saved review: the findings the reviewer decided on are known.
    QTemporaryDir dir;
    const Review review = loadReview({ QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR)).filePath(kSample) }, {});
    ReviewSession session;
    session.packagePaths = review.paths;
    for (const Finding& f : review.analysis.findings)
        if (f.severity >= Severity::High && f.rule != "kms-key-control")
            session.setVerdict(f, { FindingDecision::ToMitigate, QStringLiteral("asked the vendor") });
    const QString file = dir.filePath(QStringLiteral("acme.grantscope"));
    QVERIFY(session.save(file));
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--baseline"), file,
        QStringLiteral("--fail-on"), QStringLiteral("high"), kSample });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("1 finding at or above high (--fail-on):"), r.err.constData());
    QVERIFY(r.err.contains("[kms-key-control]"));
    const nlohmann::json rJson = parseJson(r.out); // kept: the loop reads into it
    for (const nlohmann::json& f : rJson["findings"])
        if (f["rule"] == "kms-decrypt-any-key")
            QCOMPARE(f["new"].get<bool>(), false);
}

void TestCliValidation::malformedBaselineIsBadInput()
{
    QTemporaryDir dir;
    const QString truncated = dir.filePath(QStringLiteral("truncated.json"));
    writeFile(truncated, "{\"findings\": [\n  {\"rule\": \"kms-key-control\",\n");
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--baseline"), truncated, kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(truncated.toUtf8() + ":3:1: error: ")), r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QString wrong = dir.filePath(QStringLiteral("wrong.json"));
    writeFile(wrong, "{\"findings\": [\n  {\"rule\": \"kms-key-control\", \"line\": \"70\"}\n]}\n");
    const CliRun w = runCli({ QStringLiteral("analyze"), QStringLiteral("--baseline"), wrong, kSample });
    QCOMPARE(w.exitCode, 2);
    QVERIFY2(
        w.err.contains(QByteArray(wrong.toUtf8() + ":2:3: error: a finding of the baseline needs")), w.err.constData());
    const QString other = dir.filePath(QStringLiteral("policy.json"));
    writeFile(other, source(QStringLiteral("tests/fixtures/policies/monitoring-readonly.json")));
    const CliRun o = runCli({ QStringLiteral("analyze"), QStringLiteral("--baseline"), other, kSample });
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains("not a baseline"), o.err.constData());
    const CliRun missing = runCli({ QStringLiteral("analyze"), QStringLiteral("--baseline"),
        dir.filePath(QStringLiteral("none.json")), kSample });
    QCOMPARE(missing.exitCode, 2);
}

void TestCliValidation::expandKeepsFilesNamedAlikeApart()
{
    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString a = d.filePath(QStringLiteral("v1/reader.json"));
    const QString b = d.filePath(QStringLiteral("v2/reader.json"));
    writeFile(a,
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
        "\"Resource\": \"*\"}]}\n");
    writeFile(b,
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"sqs:ReceiveMessage\", "
        "\"Resource\": \"*\"}]}\n");
    const CliRun r = runCli({ QStringLiteral("expand"), QStringLiteral("--json"), a, b });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json j = parseJson(r.out);
    QCOMPARE(j.size(), size_t(2));
    QVERIFY2(j["reader"] == nlohmann::json({ "s3:getobject" }), r.out.constData());
    QVERIFY(j[b.toStdString()] == nlohmann::json({ "sqs:receivemessage" }));
    QVERIFY2(r.err.contains(QByteArray("the key \"reader\" is taken by " + a.toUtf8())), r.err.constData());
    QVERIFY(r.err.contains("[expand-duplicate-key]"));
}

QTEST_GUILESS_MAIN(TestCliValidation)
#include "tst_cli_validation.moc"
