// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli analyze end to end: golden JSON, SARIF shape, Markdown, --fail-on, bad input.
#include "CliRunner.h"
#include <QDir>
#include <QFile>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

class TestAnalyze : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void samplePackageFindings();
    void benignVendorIsNotFlaggedHigh();
    void sarifIsValid();
    void markdownReport();
    void failOn_data();
    void failOn();
    void badInput_data();
    void badInput();
    void outputFileIsWritten();
};

namespace {

using Run = grantscope::test::CliRun;

Run cli(const QStringList& args)
{
    return grantscope::test::runCli(args);
}

nlohmann::json parse(const QByteArray& bytes)
{
    return grantscope::test::parseJson(bytes);
}

std::set<std::string> rulesOf(const nlohmann::json& report, const char* minimum = nullptr)
{
    static const std::vector<std::string> order { "info", "low", "medium", "high", "critical" };
    auto rank = [](const std::string& s) { return std::find(order.begin(), order.end(), s) - order.begin(); };
    std::set<std::string> out;
    for (const auto& f : report["findings"])
        if (!minimum || rank(f["severity"].get<std::string>()) >= rank(minimum))
            out.insert(f["rule"].get<std::string>());
    return out;
}

} // namespace

void TestAnalyze::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("golden");
    QTest::newRow("sample package (CloudFormation YAML)") << "resources/sample/acme-observability-onboarding.yaml"
                                                          << "tests/fixtures/golden/analyze-sample.json";
    QTest::newRow("long-form JSON template") << "tests/fixtures/cloudformation/longform-intrinsics.json"
                                             << "tests/fixtures/golden/analyze-longform.json";
    QTest::newRow("trust policies") << "tests/fixtures/packages/trust-root-no-external-id.json"
                                    << "tests/fixtures/golden/analyze-trust-root.json";
}

void TestAnalyze::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, golden);
    const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("--json"), input });
    QCOMPARE(r.exitCode, 0);
    const QString goldenPath = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + golden;
    QFile file(goldenPath);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    const nlohmann::json expected = parse(file.readAll());
    const nlohmann::json actual = parse(r.out);
    QVERIFY(!actual.is_discarded());
    if (expected != actual) {
        QFile out(goldenPath + QStringLiteral(".actual"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(r.out);
        out.close();
        QProcess diff;
        diff.start(QStringLiteral("diff"), { QStringLiteral("-u"), goldenPath, out.fileName() });
        diff.waitForFinished();
        qWarning().noquote() << diff.readAllStandardOutput();
        QFAIL("analyze --json differs from the golden file; see the diff above and the .actual file");
    }
}

void TestAnalyze::samplePackageFindings()
{
    const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("resources/sample/acme-observability-onboarding.yaml") });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json report = parse(r.out);
    const std::set<std::string> high = rulesOf(report, "high");
    for (const char* rule : { "kms-decrypt-any-key", "kms-key-control", "disruption-compute" })
        QVERIFY2(high.count(rule), rule);
    const std::set<std::string> all = rulesOf(report);
    QVERIFY(all.count("trust-root-principal"));
    QVERIFY(all.count("trust-weak-external-id"));
    for (const auto& f : report["findings"]) {
        QVERIFY(f["line"].get<int>() > 0);
        QVERIFY(!f["title"].get<std::string>().empty());
        QVERIFY(!f["mitigation"].get<std::string>().empty());
        for (const auto& a : f["actions"]) {
            const std::string s = a.get<std::string>();
            QVERIFY2(std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }), s.c_str());
        }
        if (f["rule"] == "kms-decrypt-any-key") {
            QCOMPARE(f["line"].get<int>(), 70);
            QVERIFY(f["actions"] == nlohmann::json::array({ "kms:decrypt" }));
        }
    }
    QCOMPARE(report["subjects"].size(), size_t(1));
    QCOMPARE(report["subjects"][0]["name"].get<std::string>(), std::string("AcmeObservabilityIntegration"));
}

void TestAnalyze::benignVendorIsNotFlaggedHigh()
{
    for (const char* input :
        { "tests/fixtures/packages/benign-readonly.yaml", "tests/fixtures/packages/trust-vendor-role-uuid.json" }) {
        const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("--json"), QLatin1String(input) });
        QCOMPARE(r.exitCode, 0);
        const std::set<std::string> high = rulesOf(parse(r.out), "high");
        QVERIFY2(high.empty(), (std::string(input) + ": " + (high.empty() ? std::string() : *high.begin())).c_str());
    }
    const Run gate = cli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), QStringLiteral("high"),
        QStringLiteral("tests/fixtures/packages/benign-readonly.yaml") });
    QCOMPARE(gate.exitCode, 0);
}

void TestAnalyze::sarifIsValid()
{
    const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("--sarif"),
        QStringLiteral("resources/sample/acme-observability-onboarding.yaml") });
    QCOMPARE(r.exitCode, 0);
    const nlohmann::json sarif = parse(r.out);
    QCOMPARE(sarif["version"].get<std::string>(), std::string("2.1.0"));
    const auto& run = sarif["runs"][0];
    QCOMPARE(run["tool"]["driver"]["name"].get<std::string>(), std::string("GrantScope"));
    const auto& rules = run["tool"]["driver"]["rules"];
    QVERIFY(!run["results"].empty());
    for (const auto& result : run["results"]) {
        const size_t index = result["ruleIndex"].get<size_t>();
        QVERIFY(index < rules.size());
        QVERIFY(rules[index]["id"] == result["ruleId"]);
        const std::string level = result["level"].get<std::string>();
        QVERIFY(level == "error" || level == "warning" || level == "note");
        const auto& loc = result["locations"][0]["physicalLocation"];
        QCOMPARE(loc["artifactLocation"]["uri"].get<std::string>(),
            std::string("resources/sample/acme-observability-onboarding.yaml"));
        QVERIFY(loc["region"]["startLine"].get<int>() >= 1);
        QVERIFY(!result["message"]["text"].get<std::string>().empty());
    }
    for (const auto& rule : rules)
        QVERIFY(rule["properties"].contains("security-severity"));
}

void TestAnalyze::markdownReport()
{
    const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("--markdown"),
        QStringLiteral("resources/sample/acme-observability-onboarding.yaml") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("# GrantScope review"));
    QVERIFY(r.out.contains("kms-decrypt-any-key"));
    QVERIFY(r.out.contains("**Mitigation:**"));
}

void TestAnalyze::failOn_data()
{
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("critical reached (kms:Decrypt and kms:CreateGrant on every key)") << "critical" << 1;
    QTest::newRow("high reached") << "high" << 1;
    QTest::newRow("info reached") << "info" << 1;
}

void TestAnalyze::failOn()
{
    QFETCH(QString, threshold);
    QFETCH(int, exitCode);
    const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("--fail-on"), threshold,
        QStringLiteral("resources/sample/acme-observability-onboarding.yaml") });
    QCOMPARE(r.exitCode, exitCode);
}

void TestAnalyze::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no path") << QStringList { QStringLiteral("analyze") } << "Usage";
    QTest::newRow("bad --fail-on") << QStringList { QStringLiteral("analyze"), QStringLiteral("--fail-on"),
        QStringLiteral("severe"), QStringLiteral("x") }
                                   << "--fail-on";
    QTest::newRow("bad --param") << QStringList { QStringLiteral("analyze"), QStringLiteral("--param"),
        QStringLiteral("novalue"), QStringLiteral("x") }
                                 << "Name=Value";
    QTest::newRow("missing file") << QStringList { QStringLiteral("analyze"), QStringLiteral("no/such/file.yaml") }
                                  << "no/such/file.yaml";
    QTest::newRow("malformed YAML is located")
        << QStringList { QStringLiteral("analyze"), QStringLiteral("tests/fixtures/malformed-template.yaml") }
        << "tests/fixtures/malformed-template.yaml:7:";
    QTest::newRow("truncated JSON is located")
        << QStringList { QStringLiteral("analyze"), QStringLiteral("tests/fixtures/malformed/truncated.json") }
        << "tests/fixtures/malformed/truncated.json:";
}

void TestAnalyze::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderrContains);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.err.constData());
}

void TestAnalyze::outputFileIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.sarif"));
    const Run r = cli({ QStringLiteral("analyze"), QStringLiteral("--sarif"), QStringLiteral("-o"), path,
        QStringLiteral("resources/sample/acme-observability-onboarding.yaml") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(parse(f.readAll())["version"].get<std::string>(), std::string("2.1.0"));
}

QTEST_GUILESS_MAIN(TestAnalyze)
#include "tst_analyze.moc"
