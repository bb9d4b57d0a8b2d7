// SPDX-License-Identifier: GPL-3.0-or-later
// Trust-policy rules on realistic trust documents.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "analysis/TrustAnalyzer.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"
#include "policy/PolicyParser.h"

#include <QTest>

using namespace grantscope;

namespace {

QByteArray trust(const char* principal, const char* condition = nullptr, const char* action = "\"sts:AssumeRole\"")
{
    QByteArray s = QByteArrayLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)")
        + principal + QByteArrayLiteral(R"(,"Action":)") + action;
    if (condition)
        s += QByteArrayLiteral(R"(,"Condition":)") + condition;
    return s + "}]}";
}

} // namespace

class TestTrustAnalyzer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void externalIdFromTemplateDefault();
    void externalIdWeakness_data();
    void externalIdWeakness();
    void longSessions_data();
    void longSessions();
};

void TestTrustAnalyzer::rules_data()
{
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<QStringList>("expected"); // "rule:severity", sorted

    const char* uuid = R"({"StringEquals":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d"}})";
    QTest::newRow("vendor root with a UUID External ID") << trust(R"({"AWS":"arn:aws:iam::210987654321:root"})",
        uuid) << QStringList { QStringLiteral("trust-root-principal:medium") };
    QTest::newRow("vendor root without External ID")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:root"})")
        << QStringList { QStringLiteral("trust-no-external-id:high"), QStringLiteral("trust-root-principal:medium") };
    QTest::newRow("bare account id is the account root")
        << trust(R"({"AWS":"210987654321"})", uuid) << QStringList { QStringLiteral("trust-root-principal:medium") };
    QTest::newRow("vendor role ARN with a UUID External ID: clean")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/acme-collector"})", uuid) << QStringList {};
    QTest::newRow("vendor role without External ID")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/acme-collector"})")
        << QStringList { QStringLiteral("trust-no-external-id:high") };
    QTest::newRow("own account root is not cross-account")
        << trust(R"({"AWS":"arn:aws:iam::123456789012:root"})") << QStringList {};
    QTest::newRow("short External ID") << trust(
        R"({"AWS":"arn:aws:iam::210987654321:role/c"})", R"({"StringEquals":{"sts:ExternalId":"acme-1234"}})")
                                       << QStringList { QStringLiteral("trust-weak-external-id:medium") };
    QTest::newRow("wildcard External ID with StringLike")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/c"})", R"({"StringLike":{"sts:ExternalId":"acme-*"}})")
        << QStringList { QStringLiteral("trust-weak-external-id:medium") };
    QTest::newRow("negated External ID condition does not count")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/c"})", R"({"StringNotEquals":{"sts:ExternalId":"x"}})")
        << QStringList { QStringLiteral("trust-no-external-id:high") };
    QTest::newRow("IfExists External ID lets requests without one through")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/c"})",
               R"({"StringEqualsIfExists":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d"}})")
        << QStringList { QStringLiteral("trust-weak-external-id:medium") };
    QTest::newRow("Principal * without conditions")
        << trust(R"("*")") << QStringList { QStringLiteral("trust-any-principal:critical") };
    QTest::newRow("AWS * with an org condition")
        << trust(R"({"AWS":"*"})", R"({"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}})")
        << QStringList { QStringLiteral("trust-any-principal:medium") };
    QTest::newRow("every account's root with an unrelated condition") << trust(R"({"AWS":"arn:aws:iam::*:root"})",
        R"({"Bool":{"aws:SecureTransport":"true"}})") << QStringList { QStringLiteral("trust-any-principal:high") };
    QTest::newRow("service principal without source condition") << trust(
        R"({"Service":"lambda.amazonaws.com"})") << QStringList { QStringLiteral("trust-service-no-source:low") };
    QTest::newRow("service principal with aws:SourceAccount")
        << trust(R"({"Service":"config.amazonaws.com"})", R"({"StringEquals":{"aws:SourceAccount":"123456789012"}})")
        << QStringList {};
    QTest::newRow("GitHub OIDC without sub") << trust(
        R"({"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"})",
        R"({"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}})",
        "\"sts:AssumeRoleWithWebIdentity\"") << QStringList { QStringLiteral("trust-federated-unrestricted:high") };
    QTest::newRow("GitHub OIDC with sub")
        << trust(R"({"Federated":"arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"})",
               R"({"StringLike":{"token.actions.githubusercontent.com:sub":"repo:acme/agent:*"}})",
               "\"sts:AssumeRoleWithWebIdentity\"")
        << QStringList {};
    QTest::newRow("numeric External ID (an account number)")
        << trust(R"({"AWS":"754728514883"})", R"({"StringEquals":{"sts:ExternalId":"1234567"}})")
        << QStringList { QStringLiteral("trust-root-principal:medium"),
               QStringLiteral("trust-weak-external-id:medium") };
}

void TestTrustAnalyzer::rules()
{
    QFETCH(QByteArray, policy);
    QFETCH(QStringList, expected);
    Diagnostics d;
    PolicyParser::Result r
        = PolicyParser::parseJson(std::string_view(policy.constData(), static_cast<size_t>(policy.size())),
            PolicyKind::Trust, QStringLiteral("trust.json"), "trust", d);
    QVERIFY(r.ok);
    ReviewSubject package;
    const std::vector<Finding> found
        = analyzeTrust(r.policy, "VendorRole", package, RuleSet::bundled(), "123456789012");
    QStringList got;
    for (const Finding& f : found) {
        got << QString::fromStdString(f.rule) + QLatin1Char(':') + QLatin1String(severityKey(f.severity));
        QVERIFY(f.location.isValid());
        QVERIFY(!f.title.isEmpty());
        QVERIFY(!f.mitigation.isEmpty());
    }
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestTrustAnalyzer::externalIdFromTemplateDefault()
{
    ReviewSubject package;
    ParameterRecord p;
    p.name = "ExternalId";
    p.value = "f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0";
    p.resolved = p.fromDefault = true;
    package.parameters[p.name] = p;
    // Even a UUID is weak when it is the template's default: every customer who keeps it shares it.
    QVERIFY(grantscope::externalIdWeakness("f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0", package)
                .contains(QStringLiteral("default")));
    QVERIFY(grantscope::externalIdWeakness("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", package).isEmpty());
}

void TestTrustAnalyzer::externalIdWeakness_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("weak");
    QTest::newRow("UUID") << "7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d" << false;
    QTest::newRow("long random") << "Zq4v9XkP2mT7rW1yB8nC3hJ6" << false;
    QTest::newRow("short") << "acme-1234" << true;
    QTest::newRow("digits") << "123456789012345678" << true;
    QTest::newRow("long but repetitive") << "aaaaaaaaaaaaaaaaaaaaaaaa" << true;
    QTest::newRow("unresolved parameter") << "${ExternalId}" << true;
    QTest::newRow("empty") << "" << true;
}

void TestTrustAnalyzer::externalIdWeakness()
{
    QFETCH(QString, value);
    QFETCH(bool, weak);
    ReviewSubject package;
    QCOMPARE(!grantscope::externalIdWeakness(value.toStdString(), package).isEmpty(), weak);
}

void TestTrustAnalyzer::longSessions_data()
{
    QTest::addColumn<QByteArray>("principal");
    QTest::addColumn<QByteArray>("duration");
    QTest::addColumn<bool>("flagged");
    const QByteArray vendor = "\"arn:aws:iam::210987654321:role/acme\"";
    QTest::newRow("vendor role, 12 hours") << vendor << QByteArray("43200") << true;
    QTest::newRow("vendor role, 2 hours as a string") << vendor << QByteArray("\"7200\"") << true;
    QTest::newRow("vendor role, the default hour") << vendor << QByteArray("3600") << false;
    QTest::newRow("vendor role, no MaxSessionDuration") << vendor << QByteArray() << false;
    QTest::newRow("vendor role, unresolved parameter") << vendor << QByteArray("!Ref Duration") << false;
    QTest::newRow("customer's own account, 12 hours")
        << QByteArray("\"arn:aws:iam::123456789012:role/ops\"") << QByteArray("43200") << false;
}

void TestTrustAnalyzer::longSessions()
{
    QFETCH(QByteArray, principal);
    QFETCH(QByteArray, duration);
    QFETCH(bool, flagged);
    QByteArray yaml
        = "Parameters:\n  Duration:\n    Type: Number\nResources:\n  VendorRole:\n    Type: AWS::IAM::Role\n"
          "    Properties:\n";
    if (!duration.isEmpty())
        yaml += "      MaxSessionDuration: " + duration + "\n";
    yaml += "      AssumeRolePolicyDocument:\n        Version: \"2012-10-17\"\n        Statement:\n"
            "          - Effect: Allow\n            Principal:\n              AWS: "
        + principal
        + "\n"
          "            Action: sts:AssumeRole\n            Condition:\n              StringEquals:\n"
          "                sts:ExternalId: 7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d\n";
    ReviewSubject package;
    loadDocument(QStringLiteral("vendor.yaml"), yaml.toStdString(), {}, package);
    QCOMPARE(package.roles.size(), size_t(1));
    const PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), {});
    const auto it = std::find_if(analysis.findings.begin(), analysis.findings.end(),
        [](const Finding& f) { return f.rule == "trust-long-session"; });
    QCOMPARE(it != analysis.findings.end(), flagged);
    if (flagged) {
        QCOMPARE(it->severity, Severity::Low);
        QCOMPARE(it->location.line, 8); // the MaxSessionDuration line
        QVERIFY(it->rationale.contains(QString::fromLatin1(duration).remove(QLatin1Char('"'))));
    }
}

QTEST_GUILESS_MAIN(TestTrustAnalyzer)
#include "tst_trustanalyzer.moc"
