// SPDX-License-Identifier: GPL-3.0-or-later
// The request evaluator against AWS's documented evaluation logic for identity policies plus a
// permissions boundary (IAM User Guide: "Policy evaluation logic", "Permissions boundaries").
#include "analysis/RequestEvaluator.h"
#include "policy/PolicyParser.h"

#include <QTest>

using namespace grantscope;

Q_DECLARE_METATYPE(grantscope::Decision)

namespace {

Policy parse(const QByteArray& json, PolicyKind kind)
{
    Diagnostics diagnostics;
    PolicyParser::Result r
        = PolicyParser::parseJson(std::string_view(json.constData(), static_cast<size_t>(json.size())), kind,
            QStringLiteral("test.json"), "test", diagnostics);
    if (!r.ok) {
        for (const Diagnostic& d : diagnostics)
            qWarning("%s", qPrintable(d.toString()));
        qFatal("test policy does not parse");
    }
    return r.policy;
}

QByteArray allow(const char* action, const char* resource, const char* condition = nullptr)
{
    QByteArray s = QByteArrayLiteral(R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":)") + action
        + QByteArrayLiteral(R"(,"Resource":)") + resource;
    if (condition)
        s += QByteArrayLiteral(R"(,"Condition":)") + condition;
    return s + "}]}";
}

QByteArray deny(const char* action, const char* resource, const char* condition = nullptr)
{
    QByteArray s = allow(action, resource, condition);
    s.replace("\"Allow\"", "\"Deny\"");
    return s;
}

} // namespace

class TestRequestEvaluator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void traceNamesStatements();
    void policyVariablesNeedVersion2012();
    void callerIdentityNeedsNoPermission();
};

void TestRequestEvaluator::decisions_data()
{
    QTest::addColumn<QList<QByteArray>>("identity");
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QVariantMap>("context");
    QTest::addColumn<Decision>("expected");

    const char* bucket = "\"arn:aws:s3:::reports\"";
    const QString object = QStringLiteral("arn:aws:s3:::reports/2026/q3.csv");
    const QVariantMap none;

    QTest::newRow("no policy: implicit deny") << QList<QByteArray> {} << QByteArray() << QStringLiteral("s3:GetObject")
                                              << object << none << Decision::ImplicitlyDenied;
    QTest::newRow("Allow exact action on *") << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"") } << QByteArray()
                                             << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("action match is case-insensitive")
        << QList<QByteArray> { allow("\"S3:getobject\"", "\"*\"") } << QByteArray() << QStringLiteral("s3:GetObject")
        << object << none << Decision::Allowed;
    QTest::newRow("wildcard action s3:Get*") << QList<QByteArray> { allow("\"s3:Get*\"", "\"*\"") } << QByteArray()
                                             << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("? matches exactly one character")
        << QList<QByteArray> { allow("\"s3:?etObject\"", "\"*\"") } << QByteArray() << QStringLiteral("s3:GetObject")
        << object << none << Decision::Allowed;
    QTest::newRow("s3:* does not reach s3express")
        << QList<QByteArray> { allow("\"s3:*\"", "\"*\"") } << QByteArray() << QStringLiteral("s3express:CreateSession")
        << QStringLiteral("*") << none << Decision::ImplicitlyDenied;
    QTest::newRow("other action: implicit deny")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"") } << QByteArray() << QStringLiteral("s3:PutObject")
        << object << none << Decision::ImplicitlyDenied;
    QTest::newRow("resource must match") << QList<QByteArray> { allow("\"s3:GetObject\"", bucket) } << QByteArray()
                                         << QStringLiteral("s3:GetObject") << object << none
                                         << Decision::ImplicitlyDenied;
    QTest::newRow("resource wildcard in the resource part")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"arn:aws:s3:::reports/*\"") } << QByteArray()
        << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("resource match is case-sensitive")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"arn:aws:s3:::Reports/*\"") } << QByteArray()
        << QStringLiteral("s3:GetObject") << object << none << Decision::ImplicitlyDenied;
    QTest::newRow("explicit deny wins over allow")
        << QList<QByteArray> { allow("\"s3:*\"", "\"*\""), deny("\"s3:GetObject\"", "\"*\"") } << QByteArray()
        << QStringLiteral("s3:GetObject") << object << none << Decision::ExplicitlyDenied;
    QTest::newRow("deny without any allow is still explicit")
        << QList<QByteArray> { deny("\"s3:GetObject\"", "\"*\"") } << QByteArray() << QStringLiteral("s3:GetObject")
        << object << none << Decision::ExplicitlyDenied;
    QTest::newRow("deny on another resource does not apply")
        << QList<QByteArray> { allow("\"s3:*\"", "\"*\""), deny("\"s3:*\"", "\"arn:aws:s3:::payroll/*\"") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("NotAction allows every other action")
        << QList<QByteArray> { QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]})") }
        << QByteArray() << QStringLiteral("ec2:StopInstances")
        << QStringLiteral("arn:aws:ec2:eu-west-1:123456789012:instance/i-0abc") << none << Decision::Allowed;
    QTest::newRow("NotAction does not allow the listed action")
        << QList<QByteArray> { QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}]})") }
        << QByteArray() << QStringLiteral("iam:CreateUser") << QStringLiteral("arn:aws:iam::123456789012:user/x")
        << none << Decision::ImplicitlyDenied;
    QTest::newRow("Deny with NotAction denies every other action") << QList<QByteArray> { allow("\"*\"", "\"*\""),
        QByteArray(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"s3:GetObject","Resource":"*"}]})") }
                                                                   << QByteArray() << QStringLiteral("s3:PutObject")
                                                                   << object << none << Decision::ExplicitlyDenied;
    QTest::newRow("Deny with NotAction leaves the listed action") << QList<QByteArray> { allow("\"*\"", "\"*\""),
        QByteArray(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"s3:GetObject","Resource":"*"}]})") }
                                                                  << QByteArray() << QStringLiteral("s3:GetObject")
                                                                  << object << none << Decision::Allowed;
    QTest::newRow("Allow with NotResource reaches other resources") << QList<QByteArray> { QByteArray(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::payroll/*"}]})") }
                                                                    << QByteArray() << QStringLiteral("s3:GetObject")
                                                                    << object << none << Decision::Allowed;
    QTest::newRow("Allow with NotResource excludes the listed resource") << QList<QByteArray> { QByteArray(
        R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","NotResource":"arn:aws:s3:::reports/*"}]})") }
                                                                         << QByteArray()
                                                                         << QStringLiteral("s3:GetObject") << object
                                                                         << none << Decision::ImplicitlyDenied;
    QTest::newRow("Deny with NotResource denies everything else") << QList<QByteArray> { allow("\"s3:*\"", "\"*\""),
        QByteArray(
            R"({"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","NotResource":"arn:aws:s3:::public/*"}]})") }
                                                                  << QByteArray() << QStringLiteral("s3:GetObject")
                                                                  << object << none << Decision::ExplicitlyDenied;

    // Boundaries: the effective permissions are the intersection.
    QTest::newRow("boundary allows too: allowed")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"") } << allow("\"s3:*\"", "\"*\"")
        << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("boundary does not allow: implicit deny")
        << QList<QByteArray> { allow("\"*\"", "\"*\"") } << allow("\"s3:*\"", "\"*\"")
        << QStringLiteral("ec2:StopInstances") << QStringLiteral("*") << none << Decision::ImplicitlyDenied;
    QTest::newRow("boundary alone grants nothing")
        << QList<QByteArray> {} << allow("\"*\"", "\"*\"") << QStringLiteral("s3:GetObject") << object << none
        << Decision::ImplicitlyDenied;
    QTest::newRow("explicit deny in the boundary")
        << QList<QByteArray> { allow("\"*\"", "\"*\"") }
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"ec2:*","Resource":"arn:aws:ec2:*:*:instance/i-0prod*"}]})")
        << QStringLiteral("ec2:StopInstances")
        << QStringLiteral("arn:aws:ec2:eu-west-1:123456789012:instance/i-0prod42") << none
        << Decision::ExplicitlyDenied;
    QTest::newRow("boundary deny leaves other instances")
        << QList<QByteArray> { allow("\"*\"", "\"*\"") }
        << QByteArray(
               R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"ec2:*","Resource":"arn:aws:ec2:*:*:instance/i-0prod*"}]})")
        << QStringLiteral("ec2:StopInstances") << QStringLiteral("arn:aws:ec2:eu-west-1:123456789012:instance/i-0dev1")
        << none << Decision::Allowed;
    QTest::newRow("boundary resource scope narrows")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"") }
        << allow("\"s3:GetObject\"", "\"arn:aws:s3:::public/*\"") << QStringLiteral("s3:GetObject") << object << none
        << Decision::ImplicitlyDenied;

    // Conditions against the supplied context.
    const char* externalId = R"({"StringEquals":{"aws:PrincipalTag/team":"observability"}})";
    QVariantMap team;
    team.insert(QStringLiteral("aws:PrincipalTag/team"), QStringLiteral("observability"));
    QVariantMap otherTeam;
    otherTeam.insert(QStringLiteral("aws:principaltag/team"), QStringLiteral("payments"));
    QTest::newRow("condition holds") << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"", externalId) }
                                     << QByteArray() << QStringLiteral("s3:GetObject") << object << team
                                     << Decision::Allowed;
    QTest::newRow("condition key names are case-insensitive")
        << QList<QByteArray> { allow(
               "\"s3:GetObject\"", "\"*\"", R"({"StringEquals":{"aws:PrincipalTag/Team":"payments"}})") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object << otherTeam << Decision::Allowed;
    QTest::newRow("condition fails") << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"", externalId) }
                                     << QByteArray() << QStringLiteral("s3:GetObject") << object << otherTeam
                                     << Decision::ImplicitlyDenied;
    QTest::newRow("missing key makes a condition false")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"", externalId) } << QByteArray()
        << QStringLiteral("s3:GetObject") << object << none << Decision::ImplicitlyDenied;
    QTest::newRow("missing key makes a negated condition true")
        << QList<QByteArray> { allow(
               "\"s3:GetObject\"", "\"*\"", R"({"StringNotEquals":{"aws:PrincipalTag/team":"payments"}})") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("IfExists with a missing key holds")
        << QList<QByteArray> { allow(
               "\"s3:GetObject\"", "\"*\"", R"({"StringEqualsIfExists":{"aws:PrincipalTag/team":"x"}})") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("Null true with a missing key holds")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"", R"({"Null":{"aws:PrincipalTag/team":"true"}})") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("conditional deny applies only when it holds")
        << QList<QByteArray> { allow("\"s3:*\"", "\"*\""),
               deny("\"s3:*\"", "\"*\"", R"({"Bool":{"aws:SecureTransport":"false"}})") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object
        << QVariantMap { { QStringLiteral("aws:SecureTransport"), QStringLiteral("false") } }
        << Decision::ExplicitlyDenied;
    QTest::newRow("conditional deny without its key does not apply")
        << QList<QByteArray> { allow("\"s3:*\"", "\"*\""),
               deny("\"s3:*\"", "\"*\"", R"({"Bool":{"aws:SecureTransport":"false"}})") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object << none << Decision::Allowed;
    QTest::newRow("two operators are ANDed")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"*\"",
               R"({"StringEquals":{"aws:PrincipalTag/team":"observability"},"Bool":{"aws:SecureTransport":"true"}})") }
        << QByteArray() << QStringLiteral("s3:GetObject") << object << team << Decision::ImplicitlyDenied;
    QTest::newRow("policy variable in resource")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"arn:aws:s3:::home/${aws:username}/*\"") } << QByteArray()
        << QStringLiteral("s3:GetObject") << QStringLiteral("arn:aws:s3:::home/alice/notes.txt")
        << QVariantMap { { QStringLiteral("aws:username"), QStringLiteral("alice") } } << Decision::Allowed;
    QTest::newRow("policy variable for another user")
        << QList<QByteArray> { allow("\"s3:GetObject\"", "\"arn:aws:s3:::home/${aws:username}/*\"") } << QByteArray()
        << QStringLiteral("s3:GetObject") << QStringLiteral("arn:aws:s3:::home/bob/notes.txt")
        << QVariantMap { { QStringLiteral("aws:username"), QStringLiteral("alice") } } << Decision::ImplicitlyDenied;
}

void TestRequestEvaluator::decisions()
{
    QFETCH(QList<QByteArray>, identity);
    QFETCH(QByteArray, boundary);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(QVariantMap, context);
    QFETCH(Decision, expected);

    std::vector<Policy> policies;
    for (const QByteArray& json : identity)
        policies.push_back(parse(json, PolicyKind::Identity));
    std::vector<const Policy*> pointers;
    for (const Policy& p : policies)
        pointers.push_back(&p);
    std::optional<Policy> boundaryPolicy;
    if (!boundary.isEmpty())
        boundaryPolicy = parse(boundary, PolicyKind::Boundary);

    Request request { action.toStdString(), resource.toStdString(), {} };
    for (auto it = context.cbegin(); it != context.cend(); ++it)
        request.context.set(it.key().toStdString(), it.value().toString().toStdString());

    const DecisionTrace trace = evaluateRequest(pointers, boundaryPolicy ? &*boundaryPolicy : nullptr, request);
    QCOMPARE(decisionName(trace.decision), decisionName(expected));
}

void TestRequestEvaluator::traceNamesStatements()
{
    const Policy p = parse(R"({"Version":"2012-10-17","Statement":[
        {"Sid":"A","Effect":"Allow","Action":"kms:Decrypt","Resource":"*"},
        {"Sid":"B","Effect":"Deny","Action":"kms:*","Resource":"arn:aws:kms:eu-west-1:123456789012:key/prod-*"}]})",
        PolicyKind::Identity);
    Request r { "kms:Decrypt", "arn:aws:kms:eu-west-1:123456789012:key/prod-1", {} };
    const DecisionTrace t = evaluateRequest({ &p }, nullptr, r);
    QCOMPARE(t.decision, Decision::ExplicitlyDenied);
    QCOMPARE(t.matchedAllows.size(), size_t(1));
    QCOMPARE(t.matchedAllows.front().second, 0);
    QCOMPARE(t.matchedDenies.size(), size_t(1));
    QCOMPARE(t.matchedDenies.front().second, 1);
}

void TestRequestEvaluator::policyVariablesNeedVersion2012()
{
    // Without Version 2012-10-17 IAM does not substitute variables: "${aws:username}" is literal text.
    const Policy old = parse(
        R"({"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::home/${aws:username}/*"}]})",
        PolicyKind::Identity);
    Request r { "s3:GetObject", "arn:aws:s3:::home/alice/x", {} };
    r.context.set("aws:username", std::string("alice"));
    QCOMPARE(evaluateRequest({ &old }, nullptr, r).decision, Decision::ImplicitlyDenied);
    Request literal { "s3:GetObject", "arn:aws:s3:::home/${aws:username}/x", {} };
    QCOMPARE(evaluateRequest({ &old }, nullptr, literal).decision, Decision::Allowed);
}

void TestRequestEvaluator::callerIdentityNeedsNoPermission()
{
    // AWS: sts:GetCallerIdentity needs no permission, and an explicit deny of it does not stop it.
    const Policy denyAll = parse(deny(R"("*")", R"("*")"), PolicyKind::Identity);
    const Policy boundary = parse(allow(R"("s3:GetObject")", R"("*")"), PolicyKind::Boundary);
    const Request who { "STS:getCallerIdentity", "*", {} };
    const DecisionTrace t = evaluateRequest({ &denyAll }, &boundary, who);
    QCOMPARE(t.decision, Decision::Allowed);
    QVERIFY(t.needsNoPermission);
    QCOMPARE(t.matchedDenies.size(), size_t(1)); // still shown: the deny matched, it just does not count
    QCOMPARE(evaluateRequest({}, nullptr, who).decision, Decision::Allowed);

    // Its neighbours are ordinary actions: denied when denied, implicitly denied when nothing allows them.
    const Request token { "sts:GetSessionToken", "*", {} };
    QCOMPARE(evaluateRequest({ &denyAll }, nullptr, token).decision, Decision::ExplicitlyDenied);
    QCOMPARE(evaluateRequest({}, nullptr, token).decision, Decision::ImplicitlyDenied);
    QVERIFY(!evaluateRequest({}, nullptr, token).needsNoPermission);
    QVERIFY(!needsNoPermission("sts:GetCallerIdentity2"));
    QVERIFY(!needsNoPermission("sts:*"));
}

QTEST_GUILESS_MAIN(TestRequestEvaluator)
#include "tst_requestevaluator.moc"
