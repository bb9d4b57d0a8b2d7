// SPDX-License-Identifier: GPL-3.0-or-later
// What `grantscope-cli analyze` writes for people and for code-scanning services: SARIF that is valid
// against the SARIF 2.1.0 schema (python3-jsonschema), places archive members and AWS managed policies in
// files a UI can open, carries the evidence and fingerprints that survive a re-run and a line shift, and
// describes every rule; and a text listing grouped by subject and severity, or one line per finding.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace grantscope::test;
using Json = nlohmann::json;

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");
const QString kPowerUser = QStringLiteral("tests/fixtures/sarif/poweruser-deployer.yaml");
const QString kSchema = QStringLiteral(GRANTSCOPE_FIXTURES "/sarif/sarif-schema-2.1.0-rtm.5.json");
const QString kValidator = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/tests/cli/validate_sarif.py");
constexpr const char* kPowerUserArn = "arn:aws:iam::aws:policy/PowerUserAccess";

bool runs(const QString& python, const QString& code)
{
    QProcess p;
    p.start(python, { QStringLiteral("-c"), code });
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The first Python that has jsonschema: the one on PATH, or Debian's, where python3-jsonschema installs.
QString pythonWithJsonSchema()
{
    for (const QString& python : { QStringLiteral("python3"), QStringLiteral("/usr/bin/python3") })
        if (runs(python, QStringLiteral("import jsonschema")))
            return python;
    return {};
}

Json sarifOf(const QStringList& paths)
{
    const CliRun r = runCli(QStringList { QStringLiteral("analyze"), QStringLiteral("--sarif") } + paths);
    if (r.exitCode != 0)
        qWarning().noquote() << r.err;
    return r.exitCode == 0 ? parseJson(r.out) : Json();
}

const Json& resultsOf(const Json& sarif)
{
    return sarif.at("runs").at(0).at("results");
}

std::map<std::string, const Json*> rulesById(const Json& sarif)
{
    std::map<std::string, const Json*> out;
    for (const Json& r : sarif.at("runs").at(0).at("tool").at("driver").at("rules"))
        out[r.at("id").get<std::string>()] = &r;
    return out;
}

std::string fingerprint(const Json& result)
{
    return result.at("partialFingerprints").at("grantscopeFinding/v1").get<std::string>();
}

const Json* resultOf(const Json& sarif, const std::string& rule)
{
    for (const Json& r : resultsOf(sarif))
        if (r.at("ruleId") == rule)
            return &r;
    return nullptr;
}

bool namesArn(const Json& location, const std::string& arn)
{
    if (!location.contains("logicalLocations"))
        return false;
    for (const Json& l : location.at("logicalLocations"))
        if (l.value("fullyQualifiedName", std::string()) == arn)
            return true;
    return false;
}

// Every URI of the log: none may be an "archive.zip!member" or "aws-managed:" string no UI can open.
void collectUris(const Json& j, std::vector<std::string>& out)
{
    if (j.is_object()) {
        for (const auto& [key, value] : j.items()) {
            if (key == "uri" && value.is_string())
                out.push_back(value.get<std::string>());
            else
                collectUris(value, out);
        }
    } else if (j.is_array()) {
        for (const Json& v : j)
            collectUris(v, out);
    }
}

} // namespace

class TestAnalyzeOutput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sarifOfTheSamplePackage();
    void sarifOfAZipPackage();
    void sarifOfAnAttachedManagedPolicy();
    void sarifDescribesEveryRule();
    void fingerprintsSurviveALineShift();
    void textGroupsBySubjectThenSeverity();
    void briefIsOneLinePerFinding();

private:
    // Validates `sarif` against the schema; skips (only) when python3-jsonschema is missing.
    void validate(const Json& sarif, const QString& what);

    QTemporaryDir m_dir;
    bool m_python = false;
    QString m_validator; // the Python that runs validate_sarif.py; empty: python3-jsonschema is missing
};

void TestAnalyzeOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = runs(QStringLiteral("python3"), QStringLiteral("import zipfile"));
    m_validator = pythonWithJsonSchema();
}

void TestAnalyzeOutput::validate(const Json& sarif, const QString& what)
{
    if (m_validator.isEmpty())
        QSKIP("python3-jsonschema is not installed (apt-get install python3-jsonschema)");
    const QString path = m_dir.filePath(what + QStringLiteral(".sarif"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(sarif.dump(2)));
    f.close();
    QProcess p;
    p.start(m_validator, { kValidator, kSchema, path });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TestAnalyzeOutput::sarifOfTheSamplePackage()
{
    const Json first = sarifOf({ kSample });
    QVERIFY(first.is_object());
    const Json second = sarifOf({ kSample });
    QCOMPARE(resultsOf(first).size(), resultsOf(second).size());
    std::set<std::string> prints;
    for (size_t i = 0; i < resultsOf(first).size(); ++i) {
        const Json& r = resultsOf(first)[i];
        QVERIFY(r.contains("partialFingerprints"));
        QCOMPARE(fingerprint(r), fingerprint(resultsOf(second)[i]));
        QVERIFY2(prints.insert(fingerprint(r)).second, fingerprint(r).c_str());
    }
    // kms:Decrypt on every key: at the action, with the statement (Sid EncryptedLogArchive) as evidence.
    const Json* decrypt = resultOf(first, "kms-decrypt-any-key");
    QVERIFY(decrypt);
    QCOMPARE(decrypt->at("locations")[0]["physicalLocation"]["region"]["startLine"].get<int>(), 70);
    bool statement = false;
    for (const Json& related : decrypt->at("relatedLocations")) {
        const Json& physical = related.at("physicalLocation");
        QCOMPARE(physical["artifactLocation"]["uri"].get<std::string>(), kSample.toStdString());
        QVERIFY(physical["region"]["startColumn"].get<int>() >= 1);
        statement |= physical["region"]["startLine"].get<int>() == 67
            && related["message"]["text"].get<std::string>().find("EncryptedLogArchive") != std::string::npos;
    }
    QVERIFY(statement);
    validate(first, QStringLiteral("sample"));
}

void TestAnalyzeOutput::sarifOfAZipPackage()
{
    if (!m_python)
        QSKIP("python3 is needed to write the zip archive");
    const QString folder = m_dir.filePath(QStringLiteral("zip/onboarding"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + kSample,
        folder + QStringLiteral("/acme-observability-onboarding.yaml")));
    QProcess zip;
    zip.setWorkingDirectory(m_dir.filePath(QStringLiteral("zip")));
    zip.start(QStringLiteral("python3"),
        { QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-c"), QStringLiteral("acme.zip"),
            QStringLiteral("onboarding") });
    QVERIFY(zip.waitForFinished(60000));
    QCOMPARE(zip.exitCode(), 0);
    const QString archive = m_dir.filePath(QStringLiteral("zip/acme.zip"));
    const Json sarif = sarifOf({ archive });
    QVERIFY(sarif.is_object());
    const Json& artifacts = sarif.at("runs").at(0).at("artifacts");
    QVERIFY(!resultsOf(sarif).empty());
    for (const Json& r : resultsOf(sarif)) {
        const Json& location = r.at("locations")[0]["physicalLocation"]["artifactLocation"];
        QCOMPARE(location["uri"].get<std::string>(), std::string("onboarding/acme-observability-onboarding.yaml"));
        const Json& member = artifacts.at(location["index"].get<size_t>());
        QVERIFY(member["location"]["uri"] == location["uri"]);
        const Json& parent = artifacts.at(member["parentIndex"].get<size_t>());
        QVERIFY(parent["location"]["uri"].get<std::string>().ends_with("acme.zip"));
        QVERIFY(!parent.contains("parentIndex"));
    }
    std::vector<std::string> uris;
    collectUris(sarif, uris);
    for (const std::string& uri : uris)
        QVERIFY2(uri.find('!') == std::string::npos, uri.c_str());
    // The same findings as the template on its own: the fingerprint does not depend on the packaging's
    // folders, only on the file and what the finding rests on.
    const Json plain = sarifOf({ kSample });
    QCOMPARE(resultsOf(sarif).size(), resultsOf(plain).size());
    validate(sarif, QStringLiteral("zip"));
}

void TestAnalyzeOutput::sarifOfAnAttachedManagedPolicy()
{
    const Json sarif = sarifOf({ kPowerUser });
    QVERIFY(sarif.is_object());
    // NotAction in PowerUserAccess is a statement of AWS's document: placed on the ARN in ManagedPolicyArns.
    const Json* notAction = resultOf(sarif, "notaction-allow");
    QVERIFY(notAction);
    const Json& location = notAction->at("locations")[0];
    QCOMPARE(location["physicalLocation"]["artifactLocation"]["uri"].get<std::string>(), kPowerUser.toStdString());
    QCOMPARE(location["physicalLocation"]["region"]["startLine"].get<int>(), 26);
    QVERIFY(namesArn(location, kPowerUserArn));
    QCOMPARE(notAction->at("properties")["managedPolicyArn"].get<std::string>(), std::string(kPowerUserArn));
    bool related = false;
    for (const Json& r : notAction->at("relatedLocations"))
        related |= namesArn(r, kPowerUserArn)
            && r["message"]["text"].get<std::string>().find(kPowerUserArn) != std::string::npos;
    QVERIFY(related);
    // The role's own grants through the managed policy: at the package, the policy as related location.
    const Json* decrypt = resultOf(sarif, "kms-decrypt-any-key");
    QVERIFY(decrypt);
    QCOMPARE(decrypt->at("locations")[0]["physicalLocation"]["region"]["startLine"].get<int>(), 26);
    bool managed = false;
    for (const Json& r : decrypt->at("relatedLocations"))
        managed |= namesArn(r, kPowerUserArn) && r["physicalLocation"]["region"]["startLine"].get<int>() == 26;
    QVERIFY(managed);
    // s3:GetObject comes from the inline statement and from PowerUserAccess: both are related locations.
    const Json* objects = resultOf(sarif, "data-read-objects");
    QVERIFY(objects);
    std::set<int> lines;
    for (const Json& r : objects->at("relatedLocations"))
        lines.insert(r["physicalLocation"]["region"]["startLine"].get<int>());
    QVERIFY(lines.count(32));
    QVERIFY(lines.count(26));
    std::vector<std::string> uris;
    collectUris(sarif, uris);
    for (const std::string& uri : uris)
        QVERIFY2(uri.find("aws-managed") == std::string::npos, uri.c_str());
    validate(sarif, QStringLiteral("managed"));
}

void TestAnalyzeOutput::sarifDescribesEveryRule()
{
    // Even the rules without results: a code-scanning service shows their help from the first upload on.
    const Json sarif = sarifOf({ QStringLiteral("tests/fixtures/packages/benign-readonly.yaml") });
    QVERIFY(sarif.is_object());
    const std::map<std::string, const Json*> rules = rulesById(sarif);
    int described = 0;
    for (const QString& name : QDir(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/rules"))
                                   .entryList(QStringList { QStringLiteral("*.json") }, QDir::Files)) {
        QFile file(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/rules/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Json document = parseJson(file.readAll());
        for (const Json& rule : document.at("rules")) {
            const std::string id = rule.at("id").get<std::string>();
            const auto it = rules.find(id);
            QVERIFY2(it != rules.end(), id.c_str());
            const Json& d = *it->second;
            QVERIFY2(d["fullDescription"]["text"] == rule.at("rationale"), id.c_str());
            QVERIFY2(d["shortDescription"]["text"] == rule.at("title"), id.c_str());
            const std::string mitigation = rule.at("mitigation").get<std::string>();
            QVERIFY2(d["help"]["text"].get<std::string>().find(mitigation) != std::string::npos, id.c_str());
            QVERIFY2(d["help"]["markdown"].get<std::string>().find(mitigation) != std::string::npos, id.c_str());
            const std::string uri = d["helpUri"].get<std::string>();
            QVERIFY2(uri.starts_with("https://"), id.c_str());
            if (rule.contains("references") && !rule.at("references").empty()) {
                QCOMPARE(uri, rule.at("references")[0].get<std::string>());
                for (const Json& ref : rule.at("references"))
                    QVERIFY2(d["help"]["markdown"].get<std::string>().find(ref.get<std::string>()) != std::string::npos,
                        id.c_str());
            } else {
                QVERIFY2(uri.find('#') != std::string::npos, id.c_str()); // the README's section on it
            }
            QVERIFY(d["properties"].contains("security-severity"));
            ++described;
        }
    }
    QVERIFY(described > 50);
    QCOMPARE(rules.size(), size_t(described));
}

void TestAnalyzeOutput::fingerprintsSurviveALineShift()
{
    QFile original(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + kPowerUser);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    // Two comment lines at the top and the package moved to another folder: every finding moves two lines down.
    text.insert(text.indexOf('\n') + 1, "# Reviewed by the platform team.\n# Ticket SEC-4411.\n");
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("shifted"))));
    const QString shifted = m_dir.filePath(QStringLiteral("shifted/poweruser-deployer.yaml"));
    QFile copy(shifted);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(text);
    copy.close();
    const Json before = sarifOf({ kPowerUser });
    const Json after = sarifOf({ shifted });
    QVERIFY(before.is_object() && after.is_object());
    QCOMPARE(resultsOf(after).size(), resultsOf(before).size());
    std::map<std::string, int> lineBefore;
    for (const Json& r : resultsOf(before))
        lineBefore[fingerprint(r)] = r["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>();
    for (const Json& r : resultsOf(after)) {
        const auto it = lineBefore.find(fingerprint(r));
        QVERIFY2(it != lineBefore.end(), r.at("ruleId").get<std::string>().c_str());
        QCOMPARE(r["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>(), it->second + 2);
    }
}

void TestAnalyzeOutput::textGroupsBySubjectThenSeverity()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), kPowerUser });
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    const qsizetype role = text.indexOf(QStringLiteral("role norwind-release (IAM role): "));
    QVERIFY2(role >= 0, r.out.constData());
    const qsizetype critical = text.indexOf(QStringLiteral("\n  critical\n"), role);
    const qsizetype high = text.indexOf(QStringLiteral("\n  high\n"), role);
    const qsizetype info = text.indexOf(QStringLiteral("\n  info\n"), role);
    QVERIFY(critical > role && high > critical && info > high);
    // The parameter is about the package, not the role: its own group after the role's.
    const qsizetype package = text.indexOf(QStringLiteral("the package itself: 1 finding (1 info)"));
    QVERIFY2(package > info, r.out.constData());
    QVERIFY(text.indexOf(QStringLiteral("[package-unresolved-parameter] (ExternalId)"), package) > package);
    // The managed policy's own statement, placed where the template attaches it, with what to do about it.
    const qsizetype notAction
        = text.indexOf(kPowerUser + QStringLiteral(":26:11: critical: Allow with NotAction [notaction-allow]"));
    QVERIFY2(notAction > critical && notAction < high, r.out.constData());
    const qsizetype nextFinding = text.indexOf(QRegularExpression(QStringLiteral("\n    \\S")), notAction + 1);
    const QString block = text.mid(notAction, nextFinding - notAction);
    QVERIFY2(block.contains(QStringLiteral("in: the AWS managed policy arn:aws:iam::aws:policy/PowerUserAccess")),
        qPrintable(block));
    QVERIFY(block.contains(QStringLiteral("severity: critical (base: NotAction")));
    QVERIFY(block.contains(QStringLiteral("why: ")));
    QVERIFY(block.contains(QStringLiteral("fix: ")));
    // The inline grant names its statement and its resources.
    QVERIFY(text.contains(QStringLiteral("from: policy norwind-artifacts (ReadArtifacts), AWS managed policy "
                                         "PowerUserAccess")));
    QVERIFY(text.contains(QStringLiteral("resources (3): arn:aws:s3:::norwind-artifacts-318425649021")));
    QVERIFY(text.contains(QStringLiteral("role norwind-release: ")));
    QVERIFY(
        QRegularExpression(QStringLiteral("\n\\d+ findings, \\d+ critical, \\d+ high, \\d+ medium, 1 low, 2 info\n$"))
            .match(text)
            .hasMatch());
}

void TestAnalyzeOutput::briefIsOneLinePerFinding()
{
    const CliRun full = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), kPowerUser });
    const size_t findings = parseJson(full.out).at("findings").size();
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--brief"), kPowerUser });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // One line per finding and the counts.
    QCOMPARE(size_t(lines.size()), findings + 1);
    QVERIFY(lines.contains(QStringLiteral("critical [notaction-allow] norwind-release: Allow with NotAction (")
        + kPowerUser + QStringLiteral(":26:11)")));
    QVERIFY(lines.contains(QStringLiteral("info [package-unresolved-parameter] ExternalId: Value left for whoever "
                                          "deploys the package (")
        + kPowerUser + QStringLiteral(":24:33)")));
    QVERIFY(!r.out.contains("why: "));
    // Counted in English, singular and plural, as the full listing counts them.
    const CliRun typo = runCli({ QStringLiteral("analyze"), QStringLiteral("--brief"),
        QStringLiteral("tests/fixtures/report/typo-logs-reader.json") });
    QCOMPARE(typo.exitCode, 0);
    QVERIFY2(typo.out.endsWith("\n2 findings, 1 low, 1 info\n"), typo.out.constData());
    QVERIFY(typo.out.startsWith("info [data-read-messages] typo-logs-reader: "));
    QVERIFY(typo.out.contains("\nlow [validation-unknown-service] Service unknown to AWS "
                              "(tests/fixtures/report/typo-logs-reader.json:8:9)\n"));
}

QTEST_GUILESS_MAIN(TestAnalyzeOutput)
#include "tst_analyze_output.moc"
