// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli analyze --json / --sarif: written as they are produced, byte for byte as the document form
// (nlohmann's dump) would be, and carrying what was not reviewed: unrelated files of a package folder, files
// left out with --exclude and parts that can grant access but were not read.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using grantscope::test::CliRun;
using grantscope::test::runCli;
using Json = nlohmann::ordered_json;

class TestAnalyzeNotReviewed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamedIsTheDocumentForm_data();
    void streamedIsTheDocumentForm();
    void fileOutputIsStandardOutput();
    void jsonListsWhatWasNotReviewed();
    void jsonListsPartsThatCanGrantAccess();
    void sarifNotifiesWhatWasNotReviewed();
    void nothingWhenEverythingWasRead();
    void unwritableOutputFailsCleanly();

private:
    QString m_vendor; // a vendor repository: a template, documentation, a manifest and docs/
    QTemporaryDir m_dir;
};

namespace {

const QString kSample = QStringLiteral("resources/sample/acme-observability-onboarding.yaml");
const QString kSchema = QStringLiteral(GRANTSCOPE_FIXTURES "/sarif/sarif-schema-2.1.0-rtm.5.json");
const QString kValidator = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/tests/cli/validate_sarif.py");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

Json parsed(const QByteArray& bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

const Json* entryFor(const Json& list, const std::string& fileEnd)
{
    for (const Json& e : list)
        if (e.value("file", std::string()).ends_with(fileEnd))
            return &e;
    return nullptr;
}

} // namespace

void TestAnalyzeNotReviewed::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vendor = m_dir.filePath(QStringLiteral("acme-vendor"));
    QFile sample(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + kSample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(m_vendor + QStringLiteral("/cloudformation/onboarding.yaml"), sample.readAll()));
    QVERIFY(writeFile(m_vendor + QStringLiteral("/README.md"), "# Acme onboarding\n\nDeploy the stack.\n"));
    QVERIFY(writeFile(m_vendor + QStringLiteral("/package.json"), "{\"name\": \"acme-onboarding\"}\n"));
    QVERIFY(writeFile(m_vendor + QStringLiteral("/docs/permissions.md"), "Why each permission is needed.\n"));
}

void TestAnalyzeNotReviewed::streamedIsTheDocumentForm_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--json, sample package") << QStringList { QStringLiteral("--json"), kSample };
    QTest::newRow("--sarif, sample package") << QStringList { QStringLiteral("--sarif"), kSample };
    QTest::newRow("--sarif, attached managed policy")
        << QStringList { QStringLiteral("--sarif"), QStringLiteral("tests/fixtures/sarif/poweruser-deployer.yaml") };
    QTest::newRow("--json, parts not reviewed")
        << QStringList { QStringLiteral("--json"), QStringLiteral("tests/fixtures/unreviewed/identity-center.yaml") };
    QTest::newRow("--sarif, parts not reviewed")
        << QStringList { QStringLiteral("--sarif"), QStringLiteral("tests/fixtures/unreviewed/identity-center.yaml") };
}

void TestAnalyzeNotReviewed::streamedIsTheDocumentForm()
{
    QFETCH(QStringList, args);
    const CliRun r = runCli(QStringList { QStringLiteral("analyze") } + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json document = parsed(r.out);
    QVERIFY(!document.is_discarded());
    // The same document built as a tree and dumped: the streamed bytes must be exactly these.
    const std::string dumped = document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    QCOMPARE(r.out, QByteArray::fromStdString(dumped));
}

void TestAnalyzeNotReviewed::fileOutputIsStandardOutput()
{
    for (const QString& format : { QStringLiteral("--json"), QStringLiteral("--sarif") }) {
        const QString path = m_dir.filePath(QStringLiteral("review") + format);
        QVERIFY(writeFile(path, "an older review\n"));
        const CliRun toFile = runCli({ QStringLiteral("analyze"), format, QStringLiteral("-o"), path, m_vendor });
        const CliRun toStdout = runCli({ QStringLiteral("analyze"), format, m_vendor });
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), toStdout.out);
    }
}

void TestAnalyzeNotReviewed::jsonListsWhatWasNotReviewed()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--exclude"),
        QStringLiteral("docs"), m_vendor });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json report = parsed(r.out);
    QVERIFY(report.contains("notReviewed"));
    const Json& list = report["notReviewed"];
    QCOMPARE(list.size(), size_t(3));
    const Json* readme = entryFor(list, "acme-vendor/README.md");
    QVERIFY(readme);
    QCOMPARE((*readme)["reason"].get<std::string>(), std::string("not reviewed: documentation"));
    QVERIFY(!readme->contains("line")); // a whole file
    const Json* manifest = entryFor(list, "acme-vendor/package.json");
    QVERIFY(manifest);
    QVERIFY((*manifest)["reason"].get<std::string>().find("dependency") != std::string::npos);
    const Json* excluded = entryFor(list, "acme-vendor/docs/permissions.md");
    QVERIFY(excluded);
    QCOMPARE((*excluded)["reason"].get<std::string>(), std::string("excluded from the package (--exclude docs)"));
    // The same notes as standard error, which the text output relies on.
    QVERIFY(r.err.contains("README.md: note: not reviewed: documentation"));
    // Members in a fixed order, after the findings.
    std::vector<std::string> keys;
    for (const auto& [key, value] : report.items())
        keys.push_back(key);
    QCOMPARE(keys, (std::vector<std::string> { "subjects", "findings", "notReviewed" }));
}

void TestAnalyzeNotReviewed::jsonListsPartsThatCanGrantAccess()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("tests/fixtures/unreviewed/identity-center.yaml") });
    QCOMPARE(r.exitCode, 0);
    const Json report = parsed(r.out);
    int unreviewed = 0;
    for (const Json& f : report["findings"])
        unreviewed += f["rule"] == "package-unreviewed" ? 1 : 0;
    QCOMPARE(unreviewed, 4);
    QCOMPARE(report["notReviewed"].size(), size_t(4));
    for (const Json& part : report["notReviewed"]) {
        QVERIFY(part["file"].get<std::string>().ends_with("identity-center.yaml"));
        QVERIFY(part["line"].get<int>() > 0);
        QVERIFY(!part["reason"].get<std::string>().empty());
    }
}

void TestAnalyzeNotReviewed::sarifNotifiesWhatWasNotReviewed()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--sarif"), QStringLiteral("--exclude"),
        QStringLiteral("docs"), m_vendor });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const Json sarif = parsed(r.out);
    const Json& run = sarif["runs"][0];
    QVERIFY(run.contains("invocations"));
    const Json& invocation = run["invocations"][0];
    QCOMPARE(invocation["executionSuccessful"].get<bool>(), true);
    const Json& notes = invocation["toolExecutionNotifications"];
    QCOMPARE(notes.size(), size_t(3));
    bool readme = false;
    for (const Json& n : notes) {
        QCOMPARE(n["level"].get<std::string>(), std::string("warning"));
        QVERIFY(!n["message"]["text"].get<std::string>().empty());
        const std::string uri = n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
        QVERIFY2(uri.find("acme-vendor/") != std::string::npos && uri.find('\\') == std::string::npos, uri.c_str());
        readme = readme || uri.ends_with("README.md");
    }
    QVERIFY(readme);
    QVERIFY(!run["results"].empty());
    // Valid SARIF 2.1.0, when python3-jsonschema is there to say so.
    if (QProcess::execute(QStringLiteral("python3"), { QStringLiteral("-c"), QStringLiteral("import jsonschema") })
        != 0)
        QSKIP("python3-jsonschema is not installed (apt-get install python3-jsonschema)");
    const QString path = m_dir.filePath(QStringLiteral("not-reviewed.sarif"));
    QVERIFY(writeFile(path, r.out));
    QProcess p;
    p.start(QStringLiteral("python3"), { kValidator, kSchema, path });
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TestAnalyzeNotReviewed::nothingWhenEverythingWasRead()
{
    const CliRun json = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), kSample });
    QVERIFY(!parsed(json.out).contains("notReviewed"));
    const CliRun sarif = runCli({ QStringLiteral("analyze"), QStringLiteral("--sarif"), kSample });
    QVERIFY(!parsed(sarif.out)["runs"][0].contains("invocations"));
}

void TestAnalyzeNotReviewed::unwritableOutputFailsCleanly()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/review.json"));
    const CliRun r
        = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("-o"), path, kSample });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write") && r.err.contains("review.json"), r.err.constData());
    QVERIFY(!QFile::exists(path));
    // Writing over an input is still refused before anything is written.
    const QString input = m_vendor + QStringLiteral("/cloudformation/onboarding.yaml");
    const CliRun over
        = runCli({ QStringLiteral("analyze"), QStringLiteral("--sarif"), QStringLiteral("-o"), input, input });
    QCOMPARE(over.exitCode, 2);
    QVERIFY2(over.err.contains("refusing to write"), over.err.constData());
}

QTEST_GUILESS_MAIN(TestAnalyzeNotReviewed)
#include "tst_analyze_notreviewed.moc"
