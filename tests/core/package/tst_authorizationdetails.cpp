// SPDX-License-Identifier: GPL-3.0-or-later
// The output of `aws iam get-account-authorization-details` read as a package: both encodings of the policy
// documents, pages merged, default versions of customer managed policies, group policies given to users, and
// located errors.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/AuthorizationDetails.h"
#include "package/PackageLoader.h"
#include "policy/PolicyWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>

using namespace grantscope;
using Json = nlohmann::ordered_json;

class TestAuthorizationDetails : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsRolesUsersAndGroups();
    void bothEncodingsGiveIdenticalSubjects();
    void defaultVersionIsChosen();
    void usersGetTheirGroupsPolicies();
    void pagesMerge();
    void missingPageIsNotReviewedLoudly();
    void unknownCustomerManagedArnIsReported();
    void badJsonIsLocated();
    void badUrlEncodedDocumentIsLocatedAtItsString();
    void recognisedByContent_data();
    void recognisedByContent();
    void malformedExportIsALocatedError_data();
    void malformedExportIsALocatedError();

private:
    QTemporaryDir m_dir;
    Json m_sample;
    QString write(const QString& name, const std::string& text);
};

namespace {

const QString kSample = QStringLiteral(GRANTSCOPE_SOURCE_DIR "/resources/sample/account-authorization-details.json");

const RoleRecord* named(const ReviewSubject& s, std::string_view name, std::string_view kind = "role")
{
    for (const RoleRecord& r : s.roles)
        if (r.name == name && r.kind == kind)
            return &r;
    return nullptr;
}

const PolicyRecord* policyNamed(const RoleRecord& r, std::string_view name)
{
    for (const PolicyRecord& p : r.policies)
        if (p.name == name)
            return &p;
    return nullptr;
}

// The raw API's encoding: each document a URL-encoded JSON string.
void urlEncodeDocuments(Json& node)
{
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string& key = it.key();
            if ((key == "AssumeRolePolicyDocument" || key == "PolicyDocument" || key == "Document")
                && it.value().is_object())
                it.value() = QByteArray::fromStdString(it.value().dump()).toPercentEncoding().toStdString();
            else
                urlEncodeDocuments(it.value());
        }
    } else if (node.is_array()) {
        for (Json& item : node)
            urlEncodeDocuments(item);
    }
}

// What a subject is, without where it was written.
std::string shape(const ReviewSubject& s)
{
    std::string out;
    for (const RoleRecord& r : s.roles) {
        out += r.kind + " " + r.name + " " + (r.account ? r.account->arn + " " + r.account->lastUsedDate : "") + "\n";
        out += "  trust " + (r.hasTrustPolicy ? writePolicyJson(r.trustPolicy) : std::string("-")) + "\n";
        for (const PolicyRecord& p : r.policies)
            out += "  " + std::string(policyOriginKey(p.origin)) + " " + p.name + " " + p.arn + " "
                + (p.resolved ? writePolicyJson(p.policy) : std::string("unresolved")) + "\n";
        if (r.hasBoundary)
            out += "  boundary " + r.boundary.arn + "\n";
    }
    return out;
}

std::vector<std::string> noteKinds(const ReviewSubject& s)
{
    std::vector<std::string> out;
    for (const PackageNote& n : s.notes)
        out.push_back(n.kind);
    return out;
}

} // namespace

QString TestAuthorizationDetails::write(const QString& name, const std::string& text)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.data(), static_cast<qint64>(text.size()));
    return path;
}

void TestAuthorizationDetails::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile f(kSample);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_sample = Json::parse(f.readAll().toStdString());
}

void TestAuthorizationDetails::readsRolesUsersAndGroups()
{
    const ReviewSubject s = loadPackage({ kSample });
    QVERIFY(!hasErrors(s.diagnostics));
    QCOMPARE(std::count_if(s.roles.begin(), s.roles.end(), [](const RoleRecord& r) { return r.kind == "role"; }), 9);
    QVERIFY(named(s, "deploy-bot", "user"));
    QVERIFY(named(s, "Developers", "group"));
    const RoleRecord* vendor = named(s, "NorthwindMonitoringRole");
    QVERIFY(vendor && vendor->account);
    QCOMPARE(vendor->account->arn, std::string("arn:aws:iam::111122223333:role/vendors/NorthwindMonitoringRole"));
    QCOMPARE(vendor->account->path, std::string("/vendors/"));
    QCOMPARE(vendor->account->id, std::string("AROAEXAMPLENORTHWIND1"));
    QCOMPARE(vendor->account->createDate, std::string("2025-01-20T14:02:33+00:00"));
    QCOMPARE(vendor->account->lastUsedDate, std::string("2026-11-28T06:41:09+00:00"));
    QCOMPARE(vendor->account->lastUsedRegion, std::string("eu-west-1"));
    QCOMPARE(vendor->account->account(), std::string("111122223333"));
    QVERIFY(vendor->hasTrustPolicy);
    QCOMPARE(vendor->trustPolicy.statements.size(), size_t(1));
    // The AWS managed policy resolves from the bundled copy, as a template's ManagedPolicyArns does.
    const PolicyRecord* readOnly = policyNamed(*vendor, "ReadOnlyAccess");
    QVERIFY(readOnly);
    QCOMPARE(readOnly->origin, PolicyOrigin::AwsManaged);
    QVERIFY(readOnly->resolved);
    QVERIFY(!readOnly->policy.statements.empty());
    const RoleRecord* trial = named(s, "TrialVendorAccess");
    QVERIFY(trial && policyNamed(*trial, "TrialSetup"));
    QCOMPARE(policyNamed(*trial, "TrialSetup")->origin, PolicyOrigin::Inline);
    QVERIFY(trial->account->lastUsedDate.empty());
    const RoleRecord* linked = named(s, "AWSServiceRoleForSupport");
    QVERIFY(linked && linked->account->serviceLinked());
    QVERIFY(!vendor->account->serviceLinked());
    QCOMPARE(exportAccount(s), std::string("111122223333"));
    QVERIFY(s.notes.empty());
}

void TestAuthorizationDetails::bothEncodingsGiveIdenticalSubjects()
{
    Json encoded = m_sample;
    urlEncodeDocuments(encoded);
    const std::string text = encoded.dump(2);
    QVERIFY(text.find("%7B%22Version%22%3A%222012-10-17%22") != std::string::npos);
    const ReviewSubject api = loadPackage({ write(QStringLiteral("api.json"), text) });
    const ReviewSubject cli = loadPackage({ kSample });
    QVERIFY(!hasErrors(api.diagnostics));
    QVERIFY(!api.roles.empty());
    QCOMPARE(QString::fromStdString(shape(api)), QString::fromStdString(shape(cli)));
    // And the same findings, apart from where they are.
    auto findings = [](const ReviewSubject& s) {
        LoadOptions options;
        options.accountId = "111122223333";
        std::multiset<std::tuple<std::string, std::string, int>> out;
        for (const Finding& f : analyzePackage(s, Catalog::bundled(), RuleSet::bundled(), options).findings)
            out.insert({ f.rule, f.subject, static_cast<int>(f.severity) });
        return out;
    };
    QVERIFY(findings(api) == findings(cli));
}

void TestAuthorizationDetails::defaultVersionIsChosen()
{
    const ReviewSubject s = loadPackage({ kSample });
    const RoleRecord* role = named(s, "DataExchangeRole");
    QVERIFY(role);
    const PolicyRecord* p = policyNamed(*role, "DataExportAccess");
    QVERIFY(p);
    QCOMPARE(p->origin, PolicyOrigin::CustomerManaged);
    QVERIFY(p->resolved);
    QCOMPARE(p->arn, std::string("arn:aws:iam::111122223333:policy/DataExportAccess"));
    // v2, the default: two S3 reads on one bucket, not v1's s3:* on everything.
    QCOMPARE(p->policy.statements.size(), size_t(1));
    QCOMPARE(p->policy.statements[0].sid, std::string("ReadExports"));
    QCOMPARE(p->policy.statements[0].actions.size(), size_t(2));
    QCOMPARE(p->policy.statements[0].actions[0].value, std::string("s3:GetObject"));
}

void TestAuthorizationDetails::usersGetTheirGroupsPolicies()
{
    const ReviewSubject s = loadPackage({ kSample });
    const RoleRecord* user = named(s, "deploy-bot", "user");
    QVERIFY(user && user->account);
    QCOMPARE(user->account->groups, std::vector<std::string> { "Developers" });
    QVERIFY(policyNamed(*user, "DeployArtifacts"));
    // The group stays a subject of its own.
    QVERIFY(policyNamed(*named(s, "Developers", "group"), "DeployArtifacts"));
}

void TestAuthorizationDetails::pagesMerge()
{
    // Page 1: the roles, and more to come; page 2: the managed policies and, again, one of the roles.
    Json first = m_sample;
    first.erase("Policies");
    first["IsTruncated"] = true;
    first["Marker"] = "AAEAAWg1example";
    Json second = Json::object();
    second["UserDetailList"] = Json::array();
    second["GroupDetailList"] = Json::array();
    second["RoleDetailList"] = Json::array({ m_sample["RoleDetailList"][3] });
    second["Policies"] = m_sample["Policies"];
    second["IsTruncated"] = false;
    QCOMPARE(second["RoleDetailList"][0]["RoleName"].get<std::string>(), std::string("DataExchangeRole"));
    const ReviewSubject s = loadPackage(
        { write(QStringLiteral("page1.json"), first.dump(2)), write(QStringLiteral("page2.json"), second.dump(2)) });
    QVERIFY(!hasErrors(s.diagnostics));
    QCOMPARE(
        std::count_if(s.roles.begin(), s.roles.end(), [](const RoleRecord& r) { return r.name == "DataExchangeRole"; }),
        1);
    const PolicyRecord* p = policyNamed(*named(s, "DataExchangeRole"), "DataExportAccess");
    QVERIFY(p && p->resolved);
    QCOMPARE(p->policy.statements[0].sid, std::string("ReadExports"));
    QVERIFY(s.notes.empty());
    QCOMPARE(shape(s), shape(loadPackage({ kSample })));
}

void TestAuthorizationDetails::missingPageIsNotReviewedLoudly()
{
    Json first = m_sample;
    first.erase("Policies");
    first["IsTruncated"] = true;
    const ReviewSubject s = loadPackage({ write(QStringLiteral("only-page1.json"), first.dump(2)) });
    const std::vector<std::string> kinds = noteKinds(s);
    QVERIFY(std::find(kinds.begin(), kinds.end(), "unreviewed") != kinds.end());
    QVERIFY(std::find(kinds.begin(), kinds.end(), "unresolved-arn") != kinds.end());
    QVERIFY(!policyNamed(*named(s, "DataExchangeRole"), "DataExportAccess")->resolved);
}

void TestAuthorizationDetails::unknownCustomerManagedArnIsReported()
{
    const std::string text = R"({
  "RoleDetailList": [
    {
      "RoleName": "LegacyVendor",
      "Arn": "arn:aws:iam::111122223333:role/LegacyVendor",
      "Path": "/",
      "AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
        "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"}]},
      "AttachedManagedPolicies": [
        {"PolicyName": "RetiredExportPolicy",
         "PolicyArn": "arn:aws:iam::111122223333:policy/RetiredExportPolicy"}
      ]
    }
  ],
  "Policies": [],
  "IsTruncated": false
})";
    const QString file = write(QStringLiteral("unknown-arn.json"), text);
    const ReviewSubject s = loadPackage({ file });
    const RoleRecord* role = named(s, "LegacyVendor");
    QVERIFY(role);
    const PolicyRecord* p = policyNamed(*role, "RetiredExportPolicy");
    QVERIFY(p);
    QVERIFY(!p->resolved);
    QCOMPARE(s.notes.size(), size_t(1));
    QCOMPARE(s.notes[0].kind, std::string("unresolved-arn"));
    QCOMPARE(s.notes[0].subject, std::string("arn:aws:iam::111122223333:policy/RetiredExportPolicy"));
    QCOMPARE(s.notes[0].file, file);
    QCOMPARE(s.notes[0].location.line, 11);
    QCOMPARE(s.notes[0].location.column, 23);
    // It becomes a finding of the analysis, not a silent gap.
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QVERIFY(std::any_of(
        a.findings.begin(), a.findings.end(), [](const Finding& f) { return f.rule == "package-unresolved-arn"; }));
}

void TestAuthorizationDetails::badJsonIsLocated()
{
    const QString file
        = write(QStringLiteral("broken.json"), "{\n  \"RoleDetailList\": [\n    {\"RoleName\": }\n  ]\n}\n");
    const ReviewSubject s = loadPackage({ file });
    QVERIFY(hasErrors(s.diagnostics));
    const Diagnostic& d = s.diagnostics.front();
    QCOMPARE(d.file, file);
    QCOMPARE(d.location.line, 3);
    QCOMPARE(d.location.column, 18);
}

void TestAuthorizationDetails::badUrlEncodedDocumentIsLocatedAtItsString()
{
    // The trust document is cut short: "{"Version":"2012-10-17","Statement":[" URL-encoded.
    const std::string text = "{\n  \"RoleDetailList\": [\n    {\n      \"RoleName\": \"Cut\",\n"
                             "      \"AssumeRolePolicyDocument\": "
                             "\"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B\"\n    }\n  ]\n}\n";
    const QString file = write(QStringLiteral("cut.json"), text);
    const ReviewSubject s = loadPackage({ file });
    auto error = std::find_if(s.diagnostics.begin(), s.diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == DiagnosticSeverity::Error; });
    QVERIFY(error != s.diagnostics.end());
    QCOMPARE(error->file, file);
    QCOMPARE(error->location.line, 5);
    QCOMPARE(error->location.column, 35);
    QVERIFY2(error->message.contains(QStringLiteral("policy document string")), qPrintable(error->message));
    QVERIFY(!named(s, "Cut")->hasTrustPolicy);
}

void TestAuthorizationDetails::recognisedByContent_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isExport");
    QTest::newRow("roles only") << QByteArray(R"({"RoleDetailList": []})") << true;
    QTest::newRow("users only") << QByteArray(R"({"UserDetailList": []})") << true;
    QTest::newRow("policies and groups") << QByteArray(R"({"Policies": [], "GroupDetailList": []})") << true;
    QTest::newRow("policies alone") << QByteArray(R"({"Policies": []})") << false;
    QTest::newRow("a policy") << QByteArray(R"({"Version": "2012-10-17", "Statement": []})") << false;
}

void TestAuthorizationDetails::recognisedByContent()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isExport);
    ReviewSubject s;
    loadDocument(QStringLiteral("page.json"), text.toStdString(), {}, s);
    QCOMPARE(s.accountExport.has_value(), isExport);
}

void TestAuthorizationDetails::malformedExportIsALocatedError_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    QTest::newRow("RoleDetailList an object")
        << QByteArray(R"({"RoleDetailList": {"RoleName": "A"}})") << 20 << QStringLiteral("export-shape");
    QTest::newRow("an entry a string") << QByteArray(R"({"RoleDetailList": ["A"]})") << 21
                                       << QStringLiteral("export-shape");
    QTest::newRow("a role without a name")
        << QByteArray(R"({"RoleDetailList": [{"RoleName": 7}]})") << 21 << QStringLiteral("export-shape");
    QTest::newRow("a trust document that is a number")
        << QByteArray(R"({"RoleDetailList": [{"RoleName": "A", "AssumeRolePolicyDocument": 5}]})") << 67
        << QStringLiteral("policy-type");
    QTest::newRow("a policy without a default version")
        << QByteArray(R"({"GroupDetailList": [], "Policies": [{"Arn": "arn:aws:iam::111122223333:policy/P", )"
                      R"("PolicyVersionList": [{"VersionId": "v1", "IsDefaultVersion": false, "Document": {}}]}]})")
        << 38 << QStringLiteral("export-shape");
    QTest::newRow("an attached policy without an ARN")
        << QByteArray(R"({"UserDetailList": [{"UserName": "u", "AttachedManagedPolicies": [{"PolicyArn": 5}]}]})") << 67
        << QStringLiteral("export-shape");
}

void TestAuthorizationDetails::malformedExportIsALocatedError()
{
    QFETCH(QByteArray, text);
    QFETCH(int, column);
    QFETCH(QString, code);
    ReviewSubject s;
    loadDocument(QStringLiteral("odd.json"), text.toStdString(), {}, s);
    finishAuthorizationDetails(s);
    auto error = std::find_if(s.diagnostics.begin(), s.diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == DiagnosticSeverity::Error; });
    QVERIFY(error != s.diagnostics.end());
    QCOMPARE(QString::fromStdString(error->code), code);
    QCOMPARE(error->file, QStringLiteral("odd.json"));
    QCOMPARE(error->location.line, 1);
    QCOMPARE(error->location.column, column);
}

QTEST_GUILESS_MAIN(TestAuthorizationDetails)
#include "tst_authorizationdetails.moc"
