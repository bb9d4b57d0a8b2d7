// SPDX-License-Identifier: GPL-3.0-or-later
// grantscope-cli inventory end to end: the JSON a pipeline reads, the ranked table a reviewer reads, the
// --fail-on gate, and exit 2 with a located message for what is not an account export.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace grantscope::test;

namespace {

const QString kSample = QStringLiteral("resources/sample/account-authorization-details.json");

QStringList inventory(QStringList extra)
{
    QStringList args { QStringLiteral("inventory"), QStringLiteral("--as-of"), QStringLiteral("2026-12-01"),
        QStringLiteral("--org-account"), QStringLiteral("999988887777") };
    return args + extra;
}

} // namespace

class TestCliInventory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonShape();
    void findingsAreAnalyzeFindings();
    void textIsARankedTable();
    void failOn();
    void badInput_data();
    void badInput();
    void analyzeReadsTheExport();
    void folderOfPagesOnly();
    void vendorsNamed();
    void reportWritten_data();
    void reportWritten();
    void reportKeepsTheGate();
    void reportRefused_data();
    void reportRefused();
    void reportPdf();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& text);
};

QString TestCliInventory::write(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text);
    return path;
}

void TestCliInventory::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCliInventory::jsonShape()
{
    const CliRun r = runCli(inventory({ QStringLiteral("--json"), kSample }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const nlohmann::json doc = parseJson(r.out);
    QVERIFY(!doc.is_discarded());
    QCOMPARE(doc["account"].get<std::string>(), std::string("111122223333"));
    QVERIFY(doc["notReviewed"].is_array());
    const nlohmann::json& roles = doc["thirdPartyRoles"];
    QCOMPARE(roles.size(), size_t(4));
    for (const nlohmann::json& role : roles)
        for (const char* key : { "name", "arn", "trustedAccounts", "externalId", "lastUsed", "idleDays", "inactive",
                 "worstSeverity", "findings" })
            QVERIFY2(role.contains(key), key);
    auto named = [&](const std::string& name) {
        for (const nlohmann::json& role : roles)
            if (role["name"] == name)
                return role;
        return nlohmann::json();
    };
    const nlohmann::json trial = named("TrialVendorAccess");
    QVERIFY(trial["lastUsed"].is_null());
    QVERIFY(trial["idleDays"].is_number());
    QCOMPARE(trial["idleSince"].get<std::string>(), std::string("created"));
    QCOMPARE(trial["externalId"].get<std::string>(), std::string("none"));
    QCOMPARE(trial["inactive"].get<bool>(), true);
    QVERIFY(trial["trustedAccounts"] == nlohmann::json::array({ "777788889999" }));
    const nlohmann::json vendor = named("NorthwindMonitoringRole");
    QCOMPARE(vendor["lastUsed"].get<std::string>(), std::string("2026-11-28T06:41:09Z"));
    QCOMPARE(vendor["idleDays"].get<int>(), 3);
    QCOMPARE(vendor["externalId"].get<std::string>(), std::string("present"));
    QCOMPARE(vendor["inactive"].get<bool>(), false);
    QCOMPARE(named("PartnerSupportRole")["externalId"].get<std::string>(), std::string("weak"));
    QVERIFY(named("DataExchangeRole")["trustedAccounts"] == nlohmann::json::array({ "anyone" }));
    QCOMPARE(roles[0]["worstSeverity"].get<std::string>(), std::string("critical"));
}

void TestCliInventory::findingsAreAnalyzeFindings()
{
    const CliRun inv = runCli(inventory({ QStringLiteral("--json"), kSample }));
    const CliRun analyzed = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("--account"),
        QStringLiteral("111122223333"), QStringLiteral("--org-account"), QStringLiteral("999988887777"), kSample });
    QVERIFY2(analyzed.exitCode == 0, analyzed.err.constData());
    const nlohmann::json a = parseJson(analyzed.out);
    const nlohmann::json doc = parseJson(inv.out);
    QCOMPARE(doc["thirdPartyRoles"].size(), size_t(4));
    for (const nlohmann::json& role : doc["thirdPartyRoles"]) {
        nlohmann::json expected = nlohmann::json::array();
        for (const nlohmann::json& f : a["findings"])
            if (f["subject"] == role["name"])
                expected.push_back(f);
        QVERIFY(!expected.empty());
        QVERIFY2(role["findings"] == expected, role["name"].get<std::string>().c_str());
    }
}

void TestCliInventory::textIsARankedTable()
{
    const CliRun r = runCli(inventory({ kSample }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("account 111122223333 (as of 2026-12-01): 4 role(s)")), r.out.constData());
    QVERIFY(out.contains(QStringLiteral("EXTERNAL ID")));
    QVERIFY(out.contains(QStringLiteral("(never used)")));
    QVERIFY(out.contains(QStringLiteral("inactive")));
    // Most severe and most idle first: the table's rows in that order.
    const qsizetype trial = out.indexOf(QStringLiteral("TrialVendorAccess"));
    const qsizetype vendor = out.indexOf(QStringLiteral("NorthwindMonitoringRole"));
    QVERIFY(trial >= 0 && vendor > trial);
    QVERIFY(!out.contains(QStringLiteral("ThumbnailFunctionRole")));
    QVERIFY(!out.contains(QStringLiteral("AWSServiceRoleForSupport")));
}

void TestCliInventory::failOn()
{
    const CliRun critical = runCli(inventory({ QStringLiteral("--fail-on"), QStringLiteral("critical"), kSample }));
    QCOMPARE(critical.exitCode, 1);
    QVERIFY(critical.err.contains("--fail-on critical"));
    // One vendor tied by a strong External ID with a narrow grant: nothing critical.
    const QString calm = write(QStringLiteral("calm.json"), R"({"RoleDetailList": [{"RoleName": "VendorRead",
        "Path": "/", "Arn": "arn:aws:iam::111122223333:role/VendorRead", "CreateDate": "2026-11-01T00:00:00Z",
        "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
          "Principal": {"AWS": "arn:aws:iam::444455556666:role/collector"}, "Action": "sts:AssumeRole",
          "Condition": {"StringEquals": {"sts:ExternalId": "c7f3a9e2-5b1d-4e8a-9f60-2d4b8a1e7c35"}}}]},
        "RolePolicyList": [{"PolicyName": "Logs", "PolicyDocument": {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "logs:GetLogEvents",
           "Resource": "arn:aws:logs:us-east-1:111122223333:log-group:/vendor/*"}]}}]}], "IsTruncated": false})");
    const CliRun ok = runCli(inventory({ QStringLiteral("--fail-on"), QStringLiteral("critical"), calm }));
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(ok.out.contains("VendorRead"));
}

void TestCliInventory::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList { QStringLiteral("no/such/export.json") }
                                  << QStringLiteral("no/such/export.json");
    QTest::newRow("not an export") << QStringList {
        QStringLiteral("tests/fixtures/policies/inventory-wildcard-service.json")
    } << QStringLiteral("inventory-wildcard-service.json:1:1: error: not an account export");
    QTest::newRow("bad --as-of") << QStringList { QStringLiteral("--as-of"), QStringLiteral("yesterday"), kSample }
                                 << QStringLiteral("--as-of");
    QTest::newRow("bad --account") << QStringList { QStringLiteral("--account"), QStringLiteral("1234"), kSample }
                                   << QStringLiteral("--account");
    QTest::newRow("bad --org-account") << QStringList { QStringLiteral("--org-account"), QStringLiteral("o-a1b2c3d4e5"),
        kSample } << QStringLiteral("--org-account");
    QTest::newRow("bad --fail-on") << QStringList { QStringLiteral("--fail-on"), QStringLiteral("severe"), kSample }
                                   << QStringLiteral("--fail-on");
    QTest::newRow("no export") << QStringList {} << QStringLiteral("EXPORT.json");
    QTest::newRow("bad --vendor") << QStringList { QStringLiteral("--vendor"), QStringLiteral("Northwind"), kSample }
                                  << QStringLiteral("--vendor: a vendor is named as ID=Name");
}

void TestCliInventory::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(QStringList { QStringLiteral("inventory") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    // Bad JSON: located.
    const QString broken = write(QStringLiteral("broken.json"), "{\n  \"RoleDetailList\": [\n    {\"RoleName\": }\n");
    const CliRun b = runCli({ QStringLiteral("inventory"), broken });
    QCOMPARE(b.exitCode, 2);
    QVERIFY2(b.err.contains("broken.json:3:18: error:"), b.err.constData());
}

// Third parties are listed once each with their roles, under the name the reviewer gave their account.
void TestCliInventory::vendorsNamed()
{
    const QStringList named { QStringLiteral("--vendor"), QStringLiteral("444455556666=Northwind"), kSample };
    const CliRun json = runCli(inventory(QStringList { QStringLiteral("--json") } + named));
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const nlohmann::json doc = parseJson(json.out);
    const nlohmann::json& parties = doc["thirdParties"];
    QVERIFY(parties.is_array() && !parties.empty());
    size_t pairs = 0;
    for (const nlohmann::json& role : doc["thirdPartyRoles"]) {
        QCOMPARE(role["trustedVendors"].size(), role["trustedAccounts"].size());
        pairs += role["trustedAccounts"].size();
    }
    size_t listed = 0;
    nlohmann::json northwind;
    for (const nlohmann::json& p : parties) {
        listed += p["roles"].size();
        if (p["account"] == "444455556666")
            northwind = p;
    }
    QCOMPARE(listed, pairs);
    QCOMPARE(northwind["name"].get<std::string>(), std::string("Northwind"));
    QVERIFY(northwind["roles"] == nlohmann::json::array({ "NorthwindMonitoringRole" }));
    for (const nlohmann::json& p : parties)
        if (p["account"] != "444455556666")
            QVERIFY(p["name"].is_null()); // the sample's other accounts are no published vendor's

    const CliRun text = runCli(inventory(named));
    QVERIFY2(text.out.contains("Northwind (444455556666): 1 role(s)"), text.out.constData());
}

void TestCliInventory::analyzeReadsTheExport()
{
    const CliRun r = runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), kSample });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const nlohmann::json doc = parseJson(r.out);
    bool user = false;
    bool role = false;
    for (const nlohmann::json& s : doc["subjects"]) {
        user = user || (s["kind"] == "user" && s["name"] == "deploy-bot");
        role = role || (s["kind"] == "role" && s["name"] == "TrialVendorAccess");
    }
    QVERIFY(user && role);
    // The export's own account is the customer's: a role trusting it is not trusting an outsider.
    const QString own = write(QStringLiteral("own.json"), R"({"RoleDetailList": [{"RoleName": "Admins", "Path": "/",
        "Arn": "arn:aws:iam::111122223333:role/Admins", "AssumeRolePolicyDocument": {"Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
        "Action": "sts:AssumeRole"}]}}], "IsTruncated": false})");
    auto rules = [](const CliRun& run) {
        std::vector<std::string> out;
        const nlohmann::json findings = parseJson(run.out);
        for (const nlohmann::json& f : findings["findings"])
            out.push_back(f["rule"].get<std::string>());
        return out;
    };
    const std::vector<std::string> fromExport
        = rules(runCli({ QStringLiteral("analyze"), QStringLiteral("--json"), own }));
    QVERIFY(std::find(fromExport.begin(), fromExport.end(), "trust-root-principal") == fromExport.end());
    const std::vector<std::string> named = rules(runCli({ QStringLiteral("analyze"), QStringLiteral("--json"),
        QStringLiteral("--account"), QStringLiteral("123456789012"), own }));
    QVERIFY(std::find(named.begin(), named.end(), "trust-root-principal") != named.end());
}

void TestCliInventory::folderOfPagesOnly()
{
    QFile sample(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + kSample);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray text = sample.readAll();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("pages")));
    write(QStringLiteral("pages/authz.json"), text);
    const CliRun ok = runCli(inventory({ QStringLiteral("--json"), m_dir.filePath(QStringLiteral("pages")) }));
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(parseJson(ok.out)["thirdPartyRoles"].size(), size_t(4));
    // A vendor's policy among the pages is not the account's: refused, named.
    write(QStringLiteral("pages/vendor-policy.json"),
        R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})");
    const CliRun mixed = runCli(inventory({ m_dir.filePath(QStringLiteral("pages")) }));
    QCOMPARE(mixed.exitCode, 2);
    QVERIFY2(mixed.err.contains("vendor-policy.json:1:1: error: not an account export"), mixed.err.constData());
}

// --report writes the whole inventory to a file beside the usual output, in the format its name or
// --report-format gives.
void TestCliInventory::reportWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("html from .html") << QStringLiteral("inventory.html") << QStringList {}
                                     << QByteArray("<!DOCTYPE html>");
    QTest::newRow("html from .htm") << QStringLiteral("inventory.htm") << QStringList {}
                                    << QByteArray("<!DOCTYPE html>");
    QTest::newRow("md from .md") << QStringLiteral("inventory.md") << QStringList {}
                                 << QByteArray("# Third parties with access to AWS account 111122223333\n");
    QTest::newRow("md from .markdown") << QStringLiteral("inventory.markdown") << QStringList {}
                                       << QByteArray("# Third parties with access to AWS account 111122223333\n");
    QTest::newRow("--report-format md over .txt")
        << QStringLiteral("inventory.txt") << QStringList { QStringLiteral("--report-format"), QStringLiteral("md") }
        << QByteArray("# Third parties");
    QTest::newRow("--report-format HTML")
        << QStringLiteral("inventory.out") << QStringList { QStringLiteral("--report-format"), QStringLiteral("HTML") }
        << QByteArray("<!DOCTYPE html>");
}

void TestCliInventory::reportWritten()
{
    QFETCH(QString, name);
    QFETCH(QStringList, format);
    QFETCH(QByteArray, start);
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const CliRun r
        = runCli(inventory(QStringList { QStringLiteral("--report"), path } + format + QStringList { kSample }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const CliRun plain = runCli(inventory({ kSample }));
    QCOMPARE(r.out, plain.out); // standard output as without --report
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray report = f.readAll();
    QVERIFY2(report.startsWith(start), report.left(80).constData());
    // Every third-party role, in the table's order.
    const CliRun json = runCli(inventory({ QStringLiteral("--json"), kSample }));
    const nlohmann::json doc = parseJson(json.out); // kept: the loop must not walk a destroyed temporary
    qsizetype at = 0;
    for (const nlohmann::json& role : doc["thirdPartyRoles"]) {
        const qsizetype found = report.indexOf(role["name"].get<std::string>(), at);
        QVERIFY2(found > at, role["name"].get<std::string>().c_str());
        at = found;
    }
    // Nothing left behind by the atomic write.
    QCOMPARE(QDir(m_dir.path()).entryList({ name + QStringLiteral(".*") }, QDir::Files | QDir::Hidden), QStringList {});
}

void TestCliInventory::reportKeepsTheGate()
{
    const QString path = m_dir.filePath(QStringLiteral("gate.html"));
    const CliRun r = runCli(inventory(
        { QStringLiteral("--fail-on"), QStringLiteral("critical"), QStringLiteral("--report"), path, kSample }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QFileInfo(path).size() > 1000); // written all the same: the reviewer reads why the gate failed
}

void TestCliInventory::reportRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString html = m_dir.filePath(QStringLiteral("refused.html"));
    QTest::newRow("unknown --report-format")
        << QStringList { QStringLiteral("--report"), html, QStringLiteral("--report-format"), QStringLiteral("docx") }
        << QStringLiteral("unknown format \"docx\": --report-format takes html, pdf or md");
    QTest::newRow("extension tells nothing")
        << QStringList { QStringLiteral("--report"), m_dir.filePath(QStringLiteral("refused.txt")) }
        << QStringLiteral("cannot tell the report format");
    QTest::newRow("--report-format alone") << QStringList { QStringLiteral("--report-format"), QStringLiteral("html") }
                                           << QStringLiteral("--report-format needs --report FILE");
    QTest::newRow("standard output") << QStringList { QStringLiteral("--report"), QStringLiteral("-"),
        QStringLiteral("--report-format"), QStringLiteral("md") }
                                     << QStringLiteral("--report takes a file name");
}

void TestCliInventory::reportRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = runCli(inventory(args + QStringList { kSample }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.html"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.txt"))));

    // The export itself is never overwritten by the report.
    const QString copy = m_dir.filePath(QStringLiteral("export.md"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(QStringLiteral(GRANTSCOPE_SOURCE_DIR "/") + kSample, copy));
    const QByteArray before = [&] {
        QFile f(copy);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const CliRun over = runCli(inventory({ QStringLiteral("--report"), copy, copy }));
    QCOMPARE(over.exitCode, 2);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCliInventory::reportPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("inventory.pdf"));
    const CliRun r = runCli(inventory({ QStringLiteral("--report"), path, kSample }));
    if (r.exitCode == 2 && r.err.contains("GRANTSCOPE_GUI=ON")) {
        QVERIFY(!QFile::exists(path));
        QSKIP("core-only build: PDF output is not available");
    }
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("TrialVendorAccess")); // the inventory on standard output as well
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.size() > 5000);
}

QTEST_GUILESS_MAIN(TestCliInventory)
#include "tst_cli_inventory.moc"
