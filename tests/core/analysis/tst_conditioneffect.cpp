// SPDX-License-Identifier: GPL-3.0-or-later
// Conditions judged by what they do: which ones narrow a grant to what the customer chose, and which
// only look like they do (opt-outs, region limits, tags the grantee can set itself).
#include "analysis/ConditionEffect.h"
#include "policy/PolicyParser.h"

#include <QTest>

using namespace grantscope;

Q_DECLARE_METATYPE(ClauseEffect::Kind)

namespace {

Statement statementWith(const QByteArray& condition)
{
    const QByteArray json
        = QByteArrayLiteral(
              R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*","Condition":)")
        + condition + "}]}";
    Diagnostics d;
    const PolicyParser::Result parsed
        = PolicyParser::parseJson(std::string_view(json.constData(), static_cast<size_t>(json.size())),
            PolicyKind::Identity, QStringLiteral("vendor.json"), "vendor", d);
    return parsed.policy.statements.at(0);
}

} // namespace

class TestConditionEffect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clauses_data();
    void clauses();
    void oneNarrowingClauseNarrowsTheStatement();
    void tagConditionDefeatedOnlyForTaggableServices();
    void whyNotNamesEveryClause();
};

void TestConditionEffect::clauses_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<ClauseEffect::Kind>("kind");
    using K = ClauseEffect::Kind;

    QTest::newRow("kms:ViaService") << QByteArray(R"({"StringEquals":{"kms:ViaService":"s3.eu-west-1.amazonaws.com"}})")
                                    << K::Narrows;
    QTest::newRow("kms:ViaService IfExists")
        << QByteArray(R"({"StringEqualsIfExists":{"kms:ViaService":"s3.eu-west-1.amazonaws.com"}})") << K::OptOut;
    QTest::newRow("positive resource tag")
        << QByteArray(R"({"StringEquals":{"aws:ResourceTag/acme-managed":"true"}})") << K::Narrows;
    QTest::newRow("opt-out resource tag")
        << QByteArray(R"({"StringNotEquals":{"aws:ResourceTag/acme-exclude":"true"}})") << K::OptOut;
    QTest::newRow("opt-out StringNotLike on a tag")
        << QByteArray(R"({"StringNotLike":{"aws:ResourceTag/environment":"prod*"}})") << K::OptOut;
    QTest::newRow("resource tag present (Null false)")
        << QByteArray(R"({"Null":{"aws:ResourceTag/acme-managed":"false"}})") << K::Narrows;
    QTest::newRow("resource tag absent (Null true)")
        << QByteArray(R"({"Null":{"aws:ResourceTag/acme-managed":"true"}})") << K::Neutral;
    QTest::newRow("resource tag any value")
        << QByteArray(R"({"StringLike":{"aws:ResourceTag/owner":"*"}})") << K::OptOut;
    QTest::newRow("requested region") << QByteArray(R"({"StringEquals":{"aws:RequestedRegion":["eu-west-1"]}})")
                                      << K::Region;
    QTest::newRow("ec2:Region") << QByteArray(R"({"StringEquals":{"ec2:Region":"us-east-1"}})") << K::Region;
    QTest::newRow("resource account") << QByteArray(R"({"StringEquals":{"aws:ResourceAccount":"123456789012"}})")
                                      << K::Narrows;
    QTest::newRow("source account") << QByteArray(R"({"StringEquals":{"aws:SourceAccount":"123456789012"}})")
                                    << K::Narrows;
    QTest::newRow("source arn") << QByteArray(
        R"({"ArnLike":{"aws:SourceArn":"arn:aws:cloudtrail:eu-west-1:123456789012:trail/org"}})")
                                << K::Narrows;
    QTest::newRow("snapshot shared with one account")
        << QByteArray(R"({"StringEquals":{"ec2:Add/userId":"210987654321"}})") << K::Narrows;
    QTest::newRow("passed to one service")
        << QByteArray(R"({"StringEquals":{"iam:PassedToService":"lambda.amazonaws.com"}})") << K::Narrows;
    QTest::newRow("grant for AWS resource")
        << QByteArray(R"({"Bool":{"kms:GrantIsForAWSResource":"true"}})") << K::Narrows;
    QTest::newRow("grant for AWS resource false")
        << QByteArray(R"({"Bool":{"kms:GrantIsForAWSResource":"false"}})") << K::Neutral;
    QTest::newRow("secure transport") << QByteArray(R"({"Bool":{"aws:SecureTransport":"true"}})") << K::Neutral;
    QTest::newRow("source ip") << QByteArray(R"({"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}})") << K::Neutral;
    QTest::newRow("request tag") << QByteArray(R"({"StringEquals":{"aws:RequestTag/vendor":"acme"}})") << K::Neutral;
    QTest::newRow("ForAllValues tag keys")
        << QByteArray(R"({"ForAllValues:StringEquals":{"aws:TagKeys":["vendor"]}})") << K::OptOut;
    QTest::newRow("encryption context") << QByteArray(
        R"({"StringEquals":{"kms:EncryptionContext:aws:s3:arn":"arn:aws:s3:::acme-export"}})")
                                        << K::Narrows;
    QTest::newRow("kms:CallerAccount names the caller")
        << QByteArray(R"({"StringEquals":{"kms:CallerAccount":"123456789012"}})") << K::Neutral;
    QTest::newRow("service key naming a resource")
        << QByteArray(R"({"StringEquals":{"ssm:DocumentName":"AWS-RunPatchBaseline"}})") << K::Narrows;
}

void TestConditionEffect::clauses()
{
    QFETCH(QByteArray, condition);
    QFETCH(ClauseEffect::Kind, kind);
    const Statement st = statementWith(condition);
    const ConditionEffect e = classifyConditions(st, { "kms" });
    QCOMPARE(e.clauses.size(), size_t(1));
    QCOMPARE(e.clauses.front().kind, kind);
    QVERIFY(!e.clauses.front().why.isEmpty());
    QCOMPARE(e.narrows(), kind == ClauseEffect::Kind::Narrows);
    QCOMPARE(e.whyNot().isEmpty(), kind == ClauseEffect::Kind::Narrows);
}

void TestConditionEffect::oneNarrowingClauseNarrowsTheStatement()
{
    const Statement st = statementWith(R"({"StringEquals":{"aws:RequestedRegion":"eu-west-1",
        "kms:ViaService":"rds.eu-west-1.amazonaws.com"}})");
    const ConditionEffect e = classifyConditions(st, { "kms" });
    QCOMPARE(e.clauses.size(), size_t(2));
    QVERIFY(e.narrows());
    QCOMPARE(e.narrowing()->clause->key, std::string("kms:ViaService"));
    QVERIFY(e.narrowing()->why.contains(QStringLiteral("rds.eu-west-1.amazonaws.com")));

    const Statement regionOnly = statementWith(R"({"StringEquals":{"aws:RequestedRegion":"eu-west-1"}})");
    QVERIFY(!classifyConditions(regionOnly, { "kms" }).narrows());
}

void TestConditionEffect::tagConditionDefeatedOnlyForTaggableServices()
{
    const Statement st = statementWith(R"({"StringEquals":{"aws:ResourceTag/acme-managed":"true"}})");
    TagControl ec2;
    ec2.services["ec2"] = "ec2:CreateTags";

    const ConditionEffect onInstances = classifyConditions(st, { "ec2" }, ec2);
    QCOMPARE(onInstances.clauses.front().kind, ClauseEffect::Kind::GranteeControlled);
    QVERIFY(onInstances.clauses.front().why.contains(QStringLiteral("ec2:CreateTags")));
    QVERIFY(!onInstances.narrows());

    // The benign twin: the grantee can tag instances, but the condition guards KMS keys it cannot tag.
    QVERIFY(classifyConditions(st, { "kms" }, ec2).narrows());

    // A service-specific tag key names its service.
    const Statement ec2Tag = statementWith(R"({"StringEquals":{"ec2:ResourceTag/acme-managed":"true"}})");
    QCOMPARE(classifyConditions(ec2Tag, { "kms" }, ec2).clauses.front().kind, ClauseEffect::Kind::GranteeControlled);
    QVERIFY(classifyConditions(ec2Tag, { "ec2" }, {}).narrows());
}

void TestConditionEffect::whyNotNamesEveryClause()
{
    const Statement st = statementWith(R"({"StringNotEquals":{"aws:ResourceTag/acme-exclude":"true"},
        "StringEquals":{"aws:RequestedRegion":"eu-west-1"}})");
    const QString why = classifyConditions(st, { "kms" }).whyNot();
    QVERIFY2(why.contains(QStringLiteral("aws:ResourceTag/acme-exclude")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("aws:RequestedRegion")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestConditionEffect)
#include "tst_conditioneffect.moc"
