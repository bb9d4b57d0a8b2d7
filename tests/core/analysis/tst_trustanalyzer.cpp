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
    void fixturePairs_data();
    void fixturePairs();
    void parameterDescriptionIsQuoted();
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
    QTest::newRow("cross-account service principal without source condition") << trust(
        R"({"Service":"config.amazonaws.com"})") << QStringList { QStringLiteral("trust-service-no-source:low") };
    QTest::newRow("function execution role needs no source condition")
        << trust(R"({"Service":"lambda.amazonaws.com"})") << QStringList {};
    QTest::newRow("instance and build service roles need no source condition")
        << trust(R"({"Service":["ec2.amazonaws.com","codebuild.amazonaws.com","ecs-tasks.amazonaws.com"]})")
        << QStringList {};
    QTest::newRow("root narrowed to one role by aws:PrincipalArn")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:root"})",
               R"({"StringEquals":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d"},)"
               R"("ArnEquals":{"aws:PrincipalArn":"arn:aws:iam::210987654321:role/acme-collector"}})")
        << QStringList { QStringLiteral("trust-root-principal:info") };
    QTest::newRow("root narrowed by a role name pattern") << trust(R"({"AWS":"arn:aws:iam::210987654321:root"})",
        R"({"StringEquals":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d"},)"
        R"("ArnLike":{"aws:PrincipalArn":"arn:aws:iam::210987654321:role/acme-*"}})")
                                                          << QStringList { QStringLiteral("trust-root-principal:low") };
    QTest::newRow("root narrowed by a principal tag") << trust(R"({"AWS":"arn:aws:iam::210987654321:root"})",
        R"({"StringEquals":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d","aws:PrincipalTag/team":"integrations"}})")
                                                      << QStringList { QStringLiteral("trust-root-principal:low") };
    QTest::newRow("root narrowed by source identity") << trust(R"({"AWS":"arn:aws:iam::210987654321:root"})",
        R"({"StringEquals":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d","aws:SourceIdentity":"acme-sync"}})")
                                                      << QStringList { QStringLiteral("trust-root-principal:low") };
    QTest::newRow("root excluding one role is still the whole account")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:root"})",
               R"({"StringEquals":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d"},)"
               R"("ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::210987654321:role/intern"}})")
        << QStringList { QStringLiteral("trust-root-principal:medium") };
    QTest::newRow("organization condition: no External ID needed")
        << trust(R"({"AWS":"arn:aws:iam::111122223333:role/scanner"})",
               R"({"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3d4e5"}})")
        << QStringList {};
    QTest::newRow("External ID parameter typed at deployment")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/c"})",
               R"({"StringEquals":{"sts:ExternalId":"${ExternalId}"}})")
        << QStringList { QStringLiteral("trust-external-id-at-deployment:info") };
    QTest::newRow("External ID built from the stack name")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/c"})",
               R"({"StringEquals":{"sts:ExternalId":"acme-${AWS::StackName}"}})")
        << QStringList { QStringLiteral("trust-weak-external-id:medium") };
    QTest::newRow("External ID containing the customer's account id")
        << trust(R"({"AWS":"arn:aws:iam::210987654321:role/c"})",
               R"({"StringEquals":{"sts:ExternalId":"acme-integration-123456789012"}})")
        << QStringList { QStringLiteral("trust-weak-external-id:medium") };
    QTest::newRow("unresolved principal") << trust(R"({"AWS":"arn:aws:iam::${VendorAccount}:root"})",
        R"({"StringEquals":{"sts:ExternalId":"7d9f1c2a-4b3e-4f6a-9c8d-2e1f0a9b8c7d"}})")
                                          << QStringList { QStringLiteral("trust-unresolved-principal:medium") };
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
        // The reason names the rule's base first, then each step.
        QVERIFY2(f.severityReason.contains(QStringLiteral("(base: ")), qPrintable(f.severityReason));
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
    QTest::newRow("parameter typed at deployment") << "${ExternalId}" << false;
    QTest::newRow("built from the stack name") << "vendor-${AWS::StackName}" << true;
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

void TestTrustAnalyzer::fixturePairs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("orgAccounts");
    QTest::addColumn<QStringList>("expected"); // trust findings, "rule:severity", sorted
    QTest::addColumn<QString>("says"); // a phrase the trust findings' rationale or severityReason must contain

    const QStringList none;
    QTest::newRow("External ID pasted from the vendor's console")
        << "external-id-vendor-generated.yaml" << none
        << QStringList { QStringLiteral("trust-external-id-at-deployment:info") }
        << "use the value the vendor generated for you";
    QTest::newRow("External ID as a template default")
        << "external-id-template-default.yaml" << none
        << QStringList { QStringLiteral("trust-weak-external-id:medium") }
        << "the template's default for parameter ExternalId";
    QTest::newRow("External ID from the vendor's custom resource")
        << "external-id-custom-resource.yaml" << none
        << QStringList { QStringLiteral("trust-external-id-at-deployment:info") }
        << "custom resource Registration returns";
    QTest::newRow("External ID built from the account id and a default")
        << "external-id-guessable.yaml" << none << QStringList { QStringLiteral("trust-weak-external-id:medium") }
        << "built from the account id 123456789012";
    QTest::newRow("root narrowed by aws:PrincipalArn")
        << "root-narrowed-principalarn.yaml" << none
        << QStringList { QStringLiteral("trust-external-id-at-deployment:info"),
               QStringLiteral("trust-root-principal:info") }
        << "by aws:PrincipalArn to arn:aws:iam::210987654321:role/northwind-collector";
    QTest::newRow("root excluding a role is the whole account")
        << "root-whole-account.yaml" << none
        << QStringList { QStringLiteral("trust-external-id-at-deployment:info"),
               QStringLiteral("trust-root-principal:medium") }
        << "trusts the whole account 210987654321";
    QTest::newRow("principal typed at deployment")
        << "unresolved-principal.yaml" << none
        << QStringList { QStringLiteral("trust-external-id-at-deployment:info"),
               QStringLiteral("trust-unresolved-principal:medium") }
        << "The AWS account of your Northwind region";
    QTest::newRow("Terraform variables set at apply time")
        << "unresolved-principal.tf" << none
        << QStringList { QStringLiteral("trust-external-id-at-deployment:info"),
               QStringLiteral("trust-unresolved-principal:medium") }
        << "the variable vendor_account (\"Northwind's AWS account for your region\")";
    QTest::newRow("Terraform External ID default")
        << "external-id-default.tf" << none << QStringList { QStringLiteral("trust-weak-external-id:medium") }
        << "the template's default for parameter external_id";
    QTest::newRow("principals of the same template and account")
        << "same-template-principal.yaml" << none << QStringList {} << "";
    QTest::newRow("another account, not said to be the customer's")
        << "org-account.yaml" << none << QStringList { QStringLiteral("trust-no-external-id:high") }
        << "confused-deputy";
    QTest::newRow("an account of the customer's organization")
        << "org-account.yaml" << QStringList { QStringLiteral("444455556666"), QStringLiteral("111122223333") }
        << QStringList {} << "";
    QTest::newRow("trusted through aws:PrincipalOrgID") << "org-principalorgid.yaml" << none << QStringList {} << "";
    QTest::newRow("function and build service role") << "service-role-lambda.yaml" << none << QStringList {} << "";
    QTest::newRow("AWS Config without a source condition")
        << "service-config-no-source.yaml" << none << QStringList { QStringLiteral("trust-service-no-source:low") }
        << "confused deputy";
    QTest::newRow("AWS Config tied to the account")
        << "service-config-with-source.yaml" << none << QStringList {} << "";
}

void TestTrustAnalyzer::fixturePairs()
{
    QFETCH(QString, file);
    QFETCH(QStringList, orgAccounts);
    QFETCH(QStringList, expected);
    QFETCH(QString, says);
    LoadOptions options;
    for (const QString& account : orgAccounts)
        options.orgAccounts.push_back(account.toStdString());
    const ReviewSubject package = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/trust/") + file }, options);
    QVERIFY(!package.roles.empty());
    const PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), options);
    QStringList got;
    QString text;
    for (const Finding& f : analysis.findings) {
        if (f.category != "trust")
            continue;
        got << QString::fromStdString(f.rule) + QLatin1Char(':') + QLatin1String(severityKey(f.severity));
        text += f.title + QLatin1Char('\n') + f.rationale + QLatin1Char('\n') + f.severityReason + QLatin1Char('\n');
        QVERIFY2(!f.severityReason.isEmpty(), f.rule.c_str());
    }
    got.sort();
    QCOMPARE(got, expected);
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("whole account ${")), qPrintable(text));
}

void TestTrustAnalyzer::parameterDescriptionIsQuoted()
{
    const ReviewSubject package
        = loadPackage({ QStringLiteral(GRANTSCOPE_FIXTURES "/trust/unresolved-principal.yaml") }, {});
    const PackageAnalysis analysis = analyzePackage(package, Catalog::bundled(), RuleSet::bundled(), {});
    const auto it = std::find_if(analysis.findings.begin(), analysis.findings.end(),
        [](const Finding& f) { return f.rule == "trust-unresolved-principal"; });
    QVERIFY(it != analysis.findings.end());
    QVERIFY2(it->rationale.contains(
                 QStringLiteral("the parameter TrustedAccount (\"The AWS account of your Northwind region (see the "
                                "setup guide).\")")),
        qPrintable(it->rationale));
    QCOMPARE(it->location.line, 19); // the principal's line
    QCOMPARE(it->resources, std::vector<std::string> { "arn:aws:iam::${TrustedAccount}:root" });
}

QTEST_GUILESS_MAIN(TestTrustAnalyzer)
#include "tst_trustanalyzer.moc"
