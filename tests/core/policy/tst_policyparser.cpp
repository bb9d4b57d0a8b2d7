// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/JsonReader.h"
#include "policy/PolicyParser.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

using namespace grantscope;

Q_DECLARE_METATYPE(PolicyKind)
Q_DECLARE_METATYPE(DiagnosticSeverity)
Q_DECLARE_METATYPE(ConditionOperator)
Q_DECLARE_METATYPE(SetQualifier)

namespace {

const QString kFile = QStringLiteral("vendor-policy.json");

// A document written one line per argument, so a fixture's line numbers are its argument positions.
QByteArray doc(std::initializer_list<const char*> lines, const char* eol = "\n")
{
    QByteArray out;
    for (const char* line : lines) {
        out += line;
        out += eol;
    }
    return out;
}

std::string_view view(const QByteArray& data)
{
    return std::string_view(data.constData(), size_t(data.size()));
}

QString at(SourceLocation location)
{
    return QString::number(location.line) + QLatin1Char(':') + QString::number(location.column);
}
QString at(int line, int column)
{
    return at(SourceLocation { line, column });
}

QString dump(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

int errorCount(const Diagnostics& diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == DiagnosticSeverity::Error; }));
}

PolicyParser::Result parse(const QByteArray& json, PolicyKind kind, Diagnostics& diagnostics)
{
    return PolicyParser::parseJson(view(json), kind, kFile, "fixture", diagnostics);
}

} // namespace

class TestPolicyParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validForms_data();
    void validForms();
    void policyFields();
    void statementsActionsAndResources();
    void principals();
    void conditions();
    void malformed_data();
    void malformed();
    void keepsWhatItCouldRead();
    void deepNestingIsRefusedQuickly();
    void guessKind_data();
    void guessKind();
    void parseOperator_data();
    void parseOperator();
};

void TestPolicyParser::validForms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<PolicyKind>("kind");
    QTest::addColumn<int>("statements");
    QTest::addColumn<int>("actions");
    QTest::addColumn<int>("resources");
    QTest::addColumn<int>("principals");
    QTest::addColumn<int>("conditions");

    QTest::newRow("single-object Statement")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", )"
                      R"("Resource": "arn:aws:s3:::vendor-reports/*"}})")
        << PolicyKind::Identity << 1 << 1 << 1 << 0 << 0;
    QTest::newRow("Statement array with Allow and Deny")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [)"
                      R"({"Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*"},)"
                      R"({"Effect": "Deny", "Action": "ec2:TerminateInstances", "Resource": "*"}]})")
        << PolicyKind::Identity << 2 << 2 << 2 << 0 << 0;
    QTest::newRow("Action and Resource as lists")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", )"
                      R"("Action": ["s3:GetObject", "s3:ListBucket", "kms:Decrypt"], )"
                      R"("Resource": ["arn:aws:s3:::vendor-reports", "arn:aws:s3:::vendor-reports/*"]}]})")
        << PolicyKind::Identity << 1 << 3 << 2 << 0 << 0;
    QTest::newRow("NotAction with Resource")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", )"
                      R"("NotAction": ["iam:*", "organizations:*"], "Resource": "*"}]})")
        << PolicyKind::Identity << 1 << 2 << 1 << 0 << 0;
    QTest::newRow("Action with NotResource")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:*", )"
                      R"("NotResource": ["arn:aws:s3:::vendor-reports", "arn:aws:s3:::vendor-reports/*"]}]})")
        << PolicyKind::Identity << 1 << 1 << 2 << 0 << 0;
    QTest::newRow("old language version 2008-10-17")
        << QByteArray(R"({"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", )"
                      R"("Resource": "*"}]})")
        << PolicyKind::Identity << 1 << 1 << 1 << 0 << 0;
    QTest::newRow("Id and Sid") << QByteArray(
        R"({"Version": "2012-10-17", "Id": "vendor-access", "Statement": [{"Sid": "Read", )"
        R"("Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]})")
                                << PolicyKind::Identity << 1 << 1 << 1 << 0 << 0;
    QTest::newRow("permissions boundary like an identity policy")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", )"
                      R"("Resource": "*"}]})")
        << PolicyKind::Boundary << 1 << 1 << 1 << 0 << 0;
    QTest::newRow("trust policy with Principal *")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", )"
                      R"("Action": "sts:AssumeRole", )"
                      R"("Condition": {"StringEquals": {"sts:ExternalId": "vendor-7f3a"}}}]})")
        << PolicyKind::Trust << 1 << 1 << 0 << 1 << 1;
    QTest::newRow("trust policy with a list of AWS principals")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": )"
                      R"(["arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/vendor-scanner"]}, )"
                      R"("Action": "sts:AssumeRole"}]})")
        << PolicyKind::Trust << 1 << 1 << 0 << 2 << 0;
    QTest::newRow("trust policy with a Service principal")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": {"Effect": "Allow", )"
                      R"("Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}})")
        << PolicyKind::Trust << 1 << 1 << 0 << 1 << 0;
    QTest::newRow("trust policy with a Federated principal")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": )"
                      R"("arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"}, )"
                      R"("Action": "sts:AssumeRoleWithWebIdentity", "Condition": {"StringLike": )"
                      R"({"token.actions.githubusercontent.com:sub": "repo:example-vendor/*"}}}]})")
        << PolicyKind::Trust << 1 << 1 << 0 << 1 << 1;
    QTest::newRow("resource policy with CanonicalUser and Resource")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": )"
                      R"({"CanonicalUser": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}, )"
                      R"("Action": "s3:GetObject", "Resource": "arn:aws:s3:::vendor-reports/*"}]})")
        << PolicyKind::Resource << 1 << 1 << 1 << 1 << 0;
    QTest::newRow("resource policy with NotPrincipal")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotPrincipal": )"
                      R"({"AWS": "arn:aws:iam::123456789012:role/Admin"}, "Action": "s3:*", )"
                      R"("Resource": "arn:aws:s3:::vendor-reports/*"}]})")
        << PolicyKind::Resource << 1 << 1 << 1 << 1 << 0;
    QTest::newRow("CRLF line endings") << doc(
        { "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": {)",
            R"(    "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*")", "  }", "}" },
        "\r\n") << PolicyKind::Identity << 1
                                       << 1 << 1 << 0 << 0;
    QTest::newRow("UTF-8 BOM and a non-ASCII resource")
        << QByteArray("\xEF\xBB\xBF"
                      R"({"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", )"
                      R"("Resource": "arn:aws:s3:::berichte/Prüfer/*"}})")
        << PolicyKind::Identity << 1 << 1 << 1 << 0 << 0;
}

void TestPolicyParser::validForms()
{
    QFETCH(QByteArray, json);
    QFETCH(PolicyKind, kind);
    QFETCH(int, statements);
    QFETCH(int, actions);
    QFETCH(int, resources);
    QFETCH(int, principals);
    QFETCH(int, conditions);

    Diagnostics diagnostics;
    const PolicyParser::Result r = parse(json, kind, diagnostics);
    QVERIFY2(diagnostics.empty(), qPrintable(dump(diagnostics)));
    QVERIFY(r.ok);
    QCOMPARE(r.policy.kind, kind);
    QCOMPARE(int(r.policy.statements.size()), statements);
    int a = 0, res = 0, p = 0, c = 0;
    for (const Statement& st : r.policy.statements) {
        a += int(st.actions.size());
        res += int(st.resources.size());
        p += int(st.principals.size());
        c += int(st.conditions.size());
        QVERIFY(st.location.isValid());
        for (const LocatedString& s : st.actions)
            QVERIFY(s.location.isValid());
        for (const LocatedString& s : st.resources)
            QVERIFY(s.location.isValid());
    }
    QCOMPARE(a, actions);
    QCOMPARE(res, resources);
    QCOMPARE(p, principals);
    QCOMPARE(c, conditions);
}

void TestPolicyParser::policyFields()
{
    const QByteArray json = doc({
        "{",
        R"(  "Version": "2012-10-17",)",
        R"(  "Id": "vendor-access",)",
        R"(  "Statement": {"Resource": "arn:aws:s3:::berichte/Prüfer/*", "Effect": "Allow", "Action": "s3:GetObject"})",
        "}",
    });
    Diagnostics diagnostics;
    const PolicyParser::Result r = PolicyParser::parseJson(
        view(json), PolicyKind::Boundary, QStringLiteral("boundary.json"), "VendorBoundary", diagnostics);
    QVERIFY2(diagnostics.empty(), qPrintable(dump(diagnostics)));
    QVERIFY(r.ok);
    QCOMPARE(r.policy.file, QStringLiteral("boundary.json"));
    QCOMPARE(r.policy.name, std::string("VendorBoundary"));
    QCOMPARE(r.policy.kind, PolicyKind::Boundary);
    QCOMPARE(r.policy.version, std::string("2012-10-17"));
    QCOMPARE(r.policy.id, std::string("vendor-access"));
    QCOMPARE(at(r.policy.location), at(1, 1));
    QCOMPARE(r.policy.statements.size(), size_t(1));
    QCOMPARE(r.policy.statements[0].resources[0].value, std::string("arn:aws:s3:::berichte/Prüfer/*"));
    QCOMPARE(at(r.policy.statements[0].location), at(4, 16));
    // Columns count code points: "ü" is one column although it is two bytes.
    QCOMPARE(at(r.policy.statements[0].actions[0].location), at(4, 92));
}

void TestPolicyParser::statementsActionsAndResources()
{
    const QByteArray json = doc({
        "{", // 1
        R"(  "Version": "2012-10-17",)", // 2
        R"(  "Id": "vendor-access",)", // 3
        R"(  "Statement": [)", // 4
        "    {", // 5
        R"(      "Sid": "ReadReports",)", // 6
        R"(      "Effect": "Allow",)", // 7
        R"(      "Action": ["s3:GetObject", "s3:ListBucket"],)", // 8
        R"(      "Resource": ["arn:aws:s3:::vendor-reports", "arn:aws:s3:::vendor-reports/*"])", // 9
        "    },", // 10
        "    {", // 11
        R"(      "Effect": "Deny",)", // 12
        R"(      "NotAction": "iam:Get*",)", // 13
        R"(      "NotResource": "arn:aws:iam::123456789012:role/Admin")", // 14
        "    }", // 15
        "  ]", // 16
        "}", // 17
    });
    Diagnostics diagnostics;
    const PolicyParser::Result r = parse(json, PolicyKind::Identity, diagnostics);
    QVERIFY2(diagnostics.empty(), qPrintable(dump(diagnostics)));
    QVERIFY(r.ok);
    QCOMPARE(r.policy.statements.size(), size_t(2));

    const Statement& read = r.policy.statements[0];
    QCOMPARE(read.index, 0);
    QCOMPARE(read.sid, std::string("ReadReports"));
    QCOMPARE(read.effect, Effect::Allow);
    QCOMPARE(at(read.location), at(5, 5));
    QVERIFY(!read.notAction);
    QCOMPARE(read.actions.size(), size_t(2));
    QCOMPARE(read.actions[0].value, std::string("s3:GetObject"));
    QCOMPARE(at(read.actions[0].location), at(8, 18));
    QCOMPARE(read.actions[1].value, std::string("s3:ListBucket"));
    QCOMPARE(at(read.actions[1].location), at(8, 34));
    QVERIFY(read.hasResource);
    QVERIFY(!read.notResource);
    QCOMPARE(read.resources.size(), size_t(2));
    QCOMPARE(read.resources[0].value, std::string("arn:aws:s3:::vendor-reports"));
    QCOMPARE(at(read.resources[0].location), at(9, 20));
    QCOMPARE(read.resources[1].value, std::string("arn:aws:s3:::vendor-reports/*"));
    QCOMPARE(at(read.resources[1].location), at(9, 51));
    QVERIFY(!read.hasPrincipal);
    QVERIFY(read.conditions.empty());

    const Statement& deny = r.policy.statements[1];
    QCOMPARE(deny.index, 1);
    QVERIFY(deny.sid.empty());
    QCOMPARE(deny.effect, Effect::Deny);
    QCOMPARE(at(deny.location), at(11, 5));
    QVERIFY(deny.notAction);
    QCOMPARE(deny.actions.size(), size_t(1));
    QCOMPARE(deny.actions[0].value, std::string("iam:Get*"));
    QCOMPARE(at(deny.actions[0].location), at(13, 20));
    QVERIFY(deny.hasResource);
    QVERIFY(deny.notResource);
    QCOMPARE(deny.resources.size(), size_t(1));
    QCOMPARE(at(deny.resources[0].location), at(14, 22));
}

void TestPolicyParser::principals()
{
    const QByteArray json = doc({
        "{", // 1
        R"(  "Version": "2012-10-17",)", // 2
        R"(  "Statement": [)", // 3
        "    {", // 4
        R"(      "Effect": "Allow",)", // 5
        R"(      "Principal": {"AWS": ["arn:aws:iam::111122223333:root", "444455556666"],)", // 6
        R"(                    "Service": "ec2.amazonaws.com"},)", // 7
        R"(      "Action": "sts:AssumeRole",)", // 8
        R"(      "Condition": {"StringEquals": {"sts:ExternalId": "vendor-7f3a"}})", // 9
        "    },", // 10
        R"(    {"Effect": "Deny", "Principal": "*", "Action": "sts:AssumeRole",)", // 11
        R"(     "Condition": {"Bool": {"aws:SecureTransport": false}}})", // 12
        "  ]", // 13
        "}", // 14
    });
    for (PolicyKind kind : { PolicyKind::Trust, PolicyKind::Resource }) {
        Diagnostics diagnostics;
        const PolicyParser::Result r = parse(json, kind, diagnostics);
        QVERIFY2(diagnostics.empty(), qPrintable(dump(diagnostics)));
        QVERIFY(r.ok);
        QCOMPARE(r.policy.statements.size(), size_t(2));

        const Statement& vendor = r.policy.statements[0];
        QVERIFY(vendor.hasPrincipal);
        QVERIFY(!vendor.notPrincipal);
        QVERIFY(!vendor.hasResource);
        QCOMPARE(vendor.principals.size(), size_t(3));
        QCOMPARE(vendor.principals[0].type, std::string("AWS"));
        QCOMPARE(vendor.principals[0].value, std::string("arn:aws:iam::111122223333:root"));
        QCOMPARE(at(vendor.principals[0].location), at(6, 29));
        QCOMPARE(vendor.principals[1].type, std::string("AWS"));
        QCOMPARE(vendor.principals[1].value, std::string("444455556666"));
        QCOMPARE(at(vendor.principals[1].location), at(6, 63));
        QCOMPARE(vendor.principals[2].type, std::string("Service"));
        QCOMPARE(vendor.principals[2].value, std::string("ec2.amazonaws.com"));
        QCOMPARE(at(vendor.principals[2].location), at(7, 32));
        QCOMPARE(vendor.conditions.size(), size_t(1));
        QCOMPARE(vendor.conditions[0].key, std::string("sts:ExternalId"));
        QCOMPARE(at(vendor.conditions[0].location), at(9, 38));

        const Statement& everyone = r.policy.statements[1];
        QCOMPARE(at(everyone.location), at(11, 5));
        QCOMPARE(everyone.effect, Effect::Deny);
        QCOMPARE(everyone.principals.size(), size_t(1));
        QCOMPARE(everyone.principals[0].type, std::string("*"));
        QCOMPARE(everyone.principals[0].value, std::string("*"));
        QCOMPARE(at(everyone.principals[0].location), at(11, 37));
        QCOMPARE(everyone.conditions.size(), size_t(1));
        QCOMPARE(everyone.conditions[0].values, std::vector<std::string> { "false" });
    }
}

void TestPolicyParser::conditions()
{
    const QByteArray json = doc({
        "{", // 1
        R"(  "Version": "2012-10-17",)", // 2
        R"(  "Statement": {)", // 3
        R"(    "Effect": "Allow",)", // 4
        R"(    "Action": "s3:GetObject",)", // 5
        R"(    "Resource": "*",)", // 6
        R"(    "Condition": {)", // 7
        R"(      "StringEquals": {"aws:PrincipalAccount": ["123456789012", "111122223333"]},)", // 8
        R"(      "ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-a1b2c3d4e5/*"},)", // 9
        R"(      "ForAllValues:StringEqualsIgnoreCaseIfExists": {"aws:TagKeys": ["team", "cost-centre"]},)", // 10
        R"(      "NumericLessThanEquals": {"s3:max-keys": 10, "aws:MultiFactorAuthAge": 3600},)", // 11
        R"(      "DateGreaterThan": {"aws:CurrentTime": "2024-01-01T00:00:00Z"},)", // 12
        R"(      "Bool": {"aws:SecureTransport": true},)", // 13
        R"(      "BoolIfExists": {"aws:MultiFactorAuthPresent": false},)", // 14
        R"(      "BinaryEquals": {"s3:x-amz-content-sha256": "QmluYXJ5"},)", // 15
        R"(      "IpAddress": {"aws:SourceIp": ["192.0.2.0/24", "2001:db8::/32"]},)", // 16
        R"(      "NotIpAddress": {"aws:SourceIp": "203.0.113.7/32"},)", // 17
        R"(      "ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/vendor-*"},)", // 18
        R"(      "ArnNotEqualsIfExists": {"aws:SourceArn": "arn:aws:sns:us-east-1:123456789012:alerts"},)", // 19
        R"(      "Null": {"aws:TokenIssueTime": "false"},)", // 20
        R"(      "NumericGreaterThan": {"s3:object-size": 1.5e3})", // 21
        "    }", // 22
        "  }", // 23
        "}", // 24
    });
    Diagnostics diagnostics;
    const PolicyParser::Result r = parse(json, PolicyKind::Identity, diagnostics);
    QVERIFY2(diagnostics.empty(), qPrintable(dump(diagnostics)));
    QVERIFY(r.ok);
    QCOMPARE(r.policy.statements.size(), size_t(1));
    const std::vector<ConditionClause>& c = r.policy.statements[0].conditions;

    struct Expected {
        const char* operatorText;
        ConditionOperator op;
        SetQualifier qualifier;
        bool ifExists;
        const char* key;
        std::vector<std::string> values;
        int line;
        int column;
    };
    using Op = ConditionOperator;
    using Q = SetQualifier;
    const std::vector<Expected> expected = {
        { "StringEquals", Op::StringEquals, Q::None, false, "aws:PrincipalAccount", { "123456789012", "111122223333" },
            8, 24 },
        { "ForAnyValue:StringLike", Op::StringLike, Q::ForAnyValue, false, "aws:PrincipalOrgPaths",
            { "o-a1b2c3d4e5/*" }, 9, 34 },
        { "ForAllValues:StringEqualsIgnoreCaseIfExists", Op::StringEqualsIgnoreCase, Q::ForAllValues, true,
            "aws:TagKeys", { "team", "cost-centre" }, 10, 55 },
        { "NumericLessThanEquals", Op::NumericLessThanEquals, Q::None, false, "s3:max-keys", { "10" }, 11, 33 },
        { "NumericLessThanEquals", Op::NumericLessThanEquals, Q::None, false, "aws:MultiFactorAuthAge", { "3600" }, 11,
            52 },
        { "DateGreaterThan", Op::DateGreaterThan, Q::None, false, "aws:CurrentTime", { "2024-01-01T00:00:00Z" }, 12,
            27 },
        { "Bool", Op::Bool, Q::None, false, "aws:SecureTransport", { "true" }, 13, 16 },
        { "BoolIfExists", Op::Bool, Q::None, true, "aws:MultiFactorAuthPresent", { "false" }, 14, 24 },
        { "BinaryEquals", Op::BinaryEquals, Q::None, false, "s3:x-amz-content-sha256", { "QmluYXJ5" }, 15, 24 },
        { "IpAddress", Op::IpAddress, Q::None, false, "aws:SourceIp", { "192.0.2.0/24", "2001:db8::/32" }, 16, 21 },
        { "NotIpAddress", Op::NotIpAddress, Q::None, false, "aws:SourceIp", { "203.0.113.7/32" }, 17, 24 },
        { "ArnLike", Op::ArnLike, Q::None, false, "aws:PrincipalArn", { "arn:aws:iam::111122223333:role/vendor-*" }, 18,
            19 },
        { "ArnNotEqualsIfExists", Op::ArnNotEquals, Q::None, true, "aws:SourceArn",
            { "arn:aws:sns:us-east-1:123456789012:alerts" }, 19, 32 },
        { "Null", Op::Null, Q::None, false, "aws:TokenIssueTime", { "false" }, 20, 16 },
        { "NumericGreaterThan", Op::NumericGreaterThan, Q::None, false, "s3:object-size", { "1.5e3" }, 21, 30 },
    };
    QCOMPARE(c.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        const Expected& e = expected[i];
        const QByteArray what = QByteArray::number(qulonglong(i)) + ' ' + e.operatorText + ' ' + e.key;
        QVERIFY2(c[i].operatorText == e.operatorText, what.constData());
        QVERIFY2(c[i].op == e.op, what.constData());
        QVERIFY2(c[i].qualifier == e.qualifier, what.constData());
        QVERIFY2(c[i].ifExists == e.ifExists, what.constData());
        QVERIFY2(c[i].key == e.key, what.constData());
        QVERIFY2(c[i].values == e.values, what.constData());
        QCOMPARE(at(c[i].location), at(e.line, e.column));
    }
}

void TestPolicyParser::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<PolicyKind>("kind");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<DiagnosticSeverity>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errors");

    const auto E = DiagnosticSeverity::Error;
    const auto W = DiagnosticSeverity::Warning;
    const auto I = PolicyKind::Identity;
    const auto T = PolicyKind::Trust;
    const auto R = PolicyKind::Resource;
    const char* open[] = { "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": [)", "    {" };
    const char* close[] = { "    }", "  ]", "}" };
    // An identity policy whose one statement (at 4:5) holds `body`, one element a line from line 5.
    const auto statement = [&](std::initializer_list<const char*> body) {
        QByteArray out;
        for (const char* line : open)
            out += QByteArray(line) + '\n';
        for (const char* line : body)
            out += QByteArray(line) + '\n';
        for (const char* line : close)
            out += QByteArray(line) + '\n';
        return out;
    };
    const char* effect = R"(      "Effect": "Allow",)";
    const char* action = R"(      "Action": "s3:GetObject",)";
    const char* resource = R"(      "Resource": "*")";
    const char* resourceComma = R"(      "Resource": "*",)";
    // A statement with a Condition block whose one operator line is line 9.
    const auto condition = [&](const char* operatorLine) {
        return statement({ effect, action, resourceComma, R"(      "Condition": {)", operatorLine, "      }" });
    };

    QTest::newRow("truncated JSON, ends inside the Statement array")
        << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": [)" }) << I << QByteArray("json-syntax") << E
        << 4 << 1 << false << 1;
    QTest::newRow("truncated JSON, ends inside a string")
        << QByteArray(R"({"Version": "2012-10)") << I << QByteArray("json-syntax") << E << 1 << 21 << false << 1;
    QTest::newRow("a number as Action") << statement({ effect, R"(      "Action": 42,)", resource }) << I
                                        << QByteArray("policy-type") << E << 6 << 17 << false << 1;
    QTest::newRow("a number inside the Action list")
        << statement({ effect, R"(      "Action": ["s3:GetObject", 7],)", resource }) << I << QByteArray("policy-type")
        << E << 6 << 34 << false << 1;
    QTest::newRow("unknown Effect allow in lower case")
        << statement({ R"(      "Effect": "allow",)", action, resource }) << I << QByteArray("policy-effect") << E << 5
        << 17 << false << 1;
    QTest::newRow("Effect as a boolean") << statement({ R"(      "Effect": true,)", action, resource }) << I
                                         << QByteArray("policy-effect") << E << 5 << 17 << false << 1;
    QTest::newRow("missing Effect") << statement({ action, resource }) << I << QByteArray("policy-effect") << E << 4
                                    << 5 << false << 1;
    QTest::newRow("Action beside NotAction")
        << statement({ effect, action, R"(      "NotAction": "iam:*",)", resource }) << I
        << QByteArray("policy-action-and-notaction") << E << 4 << 5 << false << 1;
    QTest::newRow("malformed action beside NotAction is reported once")
        << statement({ effect, R"(      "Action": "s3GetObject",)", R"(      "NotAction": "iam:*",)", resource }) << I
        << QByteArray("policy-action-syntax") << E << 6 << 17 << false << 2; // and Action beside NotAction
    QTest::newRow("Resource beside NotResource")
        << statement({ effect, action, resourceComma, R"(      "NotResource": "arn:aws:s3:::vendor-reports")" }) << I
        << QByteArray("policy-resource-and-notresource") << E << 4 << 5 << false << 1;
    QTest::newRow("no Action") << statement({ effect, resource }) << I << QByteArray("policy-no-action") << E << 4 << 5
                               << false << 1;
    QTest::newRow("no Resource in an identity policy")
        << statement({ effect, R"(      "Action": "s3:GetObject")" }) << I << QByteArray("policy-no-resource") << E << 4
        << 5 << false << 1;
    QTest::newRow("Principal in an identity policy")
        << statement({ effect, R"(      "Principal": {"AWS": "arn:aws:iam::111122223333:root"},)", action, resource })
        << I << QByteArray("policy-principal-in-identity") << E << 4 << 5 << false << 1;
    QTest::newRow("Principal in a permissions boundary")
        << statement({ effect, R"(      "Principal": "*",)", action, resource }) << PolicyKind::Boundary
        << QByteArray("policy-principal-in-identity") << E << 4 << 5 << false << 1;
    QTest::newRow("no Principal in a trust policy") << statement({ effect, R"(      "Action": "sts:AssumeRole")" }) << T
                                                    << QByteArray("policy-no-principal") << E << 4 << 5 << false << 1;
    QTest::newRow("no Principal in a resource policy")
        << statement({ effect, action, resource }) << R << QByteArray("policy-no-principal") << E << 4 << 5 << false
        << 1;
    QTest::newRow("Principal beside NotPrincipal")
        << statement({ effect, R"(      "Principal": "*",)",
               R"(      "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:root"},)", action, resource })
        << R << QByteArray("policy-principal-and-notprincipal") << E << 4 << 5 << false << 1;
    QTest::newRow("Principal string other than *") << statement(
        { effect, R"(      "Principal": "arn:aws:iam::111122223333:root",)", R"(      "Action": "sts:AssumeRole")" })
                                                   << T << QByteArray("policy-principal") << E << 6 << 20 << false << 1;
    QTest::newRow("unknown principal type User")
        << statement({ effect, R"(      "Principal": {"User": "alice"},)", R"(      "Action": "sts:AssumeRole")" }) << T
        << QByteArray("policy-principal") << E << 6 << 21 << false << 1;
    QTest::newRow("unknown element Comment")
        << statement({ effect, action, R"(      "Comment": "read-only access for the vendor",)", resource }) << I
        << QByteArray("policy-unknown-element") << E << 7 << 7 << false << 1;
    QTest::newRow("unknown top-level element")
        << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Owner": "vendor",)",
               R"(  "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})", "}" })
        << I << QByteArray("policy-unknown-element") << E << 3 << 3 << false << 1;
    QTest::newRow("element in the wrong case: action")
        << statement({ effect, R"(      "action": "s3:GetObject",)", resource }) << I
        << QByteArray("policy-element-case") << E << 6 << 7 << false << 2; // and the statement has no Action
    QTest::newRow("top-level element in the wrong case: statement")
        << doc({ "{", R"(  "Version": "2012-10-17",)",
               R"(  "statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})", "}" })
        << I << QByteArray("policy-element-case") << E << 3 << 3 << false << 2; // and the policy has no Statement
    QTest::newRow("unknown condition operator StringEqualz")
        << condition(R"(        "StringEqualz": {"aws:PrincipalTag/team": "audit"})") << I
        << QByteArray("policy-condition-operator") << E << 9 << 9 << false << 1;
    QTest::newRow("ForAllValues:Null is not an operator")
        << condition(R"(        "ForAllValues:Null": {"aws:TagKeys": "true"})") << I
        << QByteArray("policy-condition-operator") << E << 9 << 9 << false << 1;
    QTest::newRow("NullIfExists is not an operator")
        << condition(R"(        "NullIfExists": {"aws:TokenIssueTime": "true"})") << I
        << QByteArray("policy-condition-operator") << E << 9 << 9 << false << 1;
    QTest::newRow("Null with a non-boolean value")
        << condition(R"(        "Null": {"aws:TokenIssueTime": "yes"})") << I << QByteArray("policy-condition-value")
        << E << 9 << 40 << false << 1;
    QTest::newRow("condition value is an object")
        << condition(R"(        "StringEquals": {"aws:PrincipalTag/team": {"x": 1}})") << I << QByteArray("policy-type")
        << E << 9 << 51 << false << 1;
    QTest::newRow("condition operator value is a string")
        << condition(R"(        "StringEquals": "aws:PrincipalTag/team")") << I << QByteArray("policy-type") << E << 9
        << 25 << false << 1;
    QTest::newRow("condition lists no values")
        << condition(R"(        "StringEquals": {"aws:PrincipalTag/team": []})") << I
        << QByteArray("policy-condition-empty") << W << 9 << 51 << true << 0;
    QTest::newRow("Condition is a string")
        << statement({ effect, action, resourceComma, R"(      "Condition": "none")" }) << I
        << QByteArray("policy-type") << E << 8 << 20 << false << 1;
    QTest::newRow("s3GetObject without a colon")
        << statement({ effect, R"(      "Action": "s3GetObject",)", resource }) << I
        << QByteArray("policy-action-syntax") << E << 6 << 17 << false << 1;
    QTest::newRow("action with two colons") << statement({ effect, R"(      "Action": "s3:Get:Object",)", resource })
                                            << I << QByteArray("policy-action-syntax") << E << 6 << 17 << false << 1;
    QTest::newRow("action with a space") << statement({ effect, R"(      "Action": "s3:Get Object",)", resource }) << I
                                         << QByteArray("policy-action-syntax") << E << 6 << 17 << false << 1;
    QTest::newRow("second action without a service")
        << statement({ effect, R"(      "Action": ["s3:GetObject", ":GetObject"],)", resource }) << I
        << QByteArray("policy-action-syntax") << E << 6 << 34 << false << 1;
    QTest::newRow("Version 2013-01-01") << doc({ "{", R"(  "Version": "2013-01-01",)",
        R"(  "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})", "}" })
                                        << I << QByteArray("policy-version") << E << 2 << 14 << false << 1;
    QTest::newRow("Version as a number") << doc({ "{", R"(  "Version": 2012,)",
        R"(  "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})", "}" })
                                         << I << QByteArray("policy-version") << E << 2 << 14 << false << 1;
    QTest::newRow("Id as a number") << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Id": 5,)",
        R"(  "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"})", "}" })
                                    << I << QByteArray("policy-type") << E << 3 << 9 << false << 1;
    QTest::newRow("Sid as a number") << statement({ R"(      "Sid": 1,)", effect, action, resource }) << I
                                     << QByteArray("policy-type") << E << 5 << 14 << false << 1;
    QTest::newRow("duplicate Sid") << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": [)",
        R"(    {"Sid": "ReadObjects", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},)",
        R"(    {"Sid": "ReadObjects", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"})", "  ]", "}" })
                                   << I << QByteArray("policy-duplicate-sid") << W << 5 << 5 << true << 0;
    QTest::newRow("missing Version") << QByteArray(
        R"({"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}})")
                                     << I << QByteArray("policy-no-version") << W << 1 << 1 << true << 0;
    QTest::newRow("no Statement") << QByteArray(R"({"Version": "2012-10-17"})") << I
                                  << QByteArray("policy-no-statement") << E << 1 << 1 << false << 1;
    QTest::newRow("empty Statement list") << QByteArray(R"({"Version": "2012-10-17", "Statement": []})") << I
                                          << QByteArray("policy-empty") << W << 1 << 40 << true << 0;
    QTest::newRow("Statement is a string")
        << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": "none")", "}" }) << I
        << QByteArray("policy-type") << E << 3 << 16 << false << 1;
    QTest::newRow("a statement is a string")
        << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": ["s3:GetObject"])", "}" }) << I
        << QByteArray("policy-type") << E << 3 << 17 << false << 1;
    QTest::newRow("policy is an array") << QByteArray(R"([{"Effect": "Allow"}])") << I << QByteArray("policy-type") << E
                                        << 1 << 1 << false << 1;
    QTest::newRow("trailing comma in the Action list")
        << statement({ effect, R"(      "Action": ["s3:GetObject",],)", resource }) << I << QByteArray("json-syntax")
        << E << 6 << 32 << false << 1;
    QTest::newRow("single-quoted string") << statement({ R"(      "Effect": 'Allow',)", action, resource }) << I
                                          << QByteArray("json-syntax") << E << 5 << 17 << false << 1;
    QTest::newRow("comment in the document") << statement({ "      // vendor access", effect, action, resource }) << I
                                             << QByteArray("json-syntax") << E << 5 << 7 << false << 1;
    QTest::newRow("duplicate key Effect") << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": [)",
        R"(    {"Effect": "Allow", "Effect": "Deny", "Action": "s3:GetObject", "Resource": "*"})", "  ]", "}" })
                                          << I << QByteArray("json-duplicate-key") << E << 4 << 25 << false << 1;
    QTest::newRow("invalid UTF-8 byte in an action")
        << statement({ effect, "      \"Action\": \"s3:Get\xff\",", resource }) << I << QByteArray("json-utf8") << E
        << 6 << 24 << false << 1;
    QTest::newRow("invalid UTF-8 after accented letters, columns count code points") << doc(
        { "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": [)",
            "    {\"Sid\": \"Zugriff f\xC3\xBCr Pr\xC3\xBC"
            "fer \xFE\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}",
            "  ]", "}" }) << I << QByteArray("json-utf8") << E << 4 << 33 << false << 1;
    QTest::newRow("truncated UTF-8 sequence at the end of a string")
        << statement({ effect, "      \"Action\": \"s3:GetObject\xC3\",", resource }) << I << QByteArray("json-utf8")
        << E << 6 << 30 << false << 1;
    QTest::newRow("CRLF line endings keep line numbers")
        << doc({ "{", R"(  "Version": "2012-10-17",)", R"(  "Statement": [)", "    {", R"(      "Effect": "allow",)",
                   action, resource, "    }", "  ]", "}" },
               "\r\n")
        << I << QByteArray("policy-effect") << E << 5 << 17 << false << 1;
    QTest::newRow("UTF-8 BOM does not shift columns")
        << QByteArray("\xEF\xBB\xBF") + statement({ R"(      "Effect": "allow",)", action, resource }) << I
        << QByteArray("policy-effect") << E << 5 << 17 << false << 1;
    QTest::newRow("100000 nested arrays")
        << QByteArray(100000, '[') << I << QByteArray("json-depth") << E << 1 << 129 << false << 1;
    QTest::newRow("arrays nested in a policy past the depth limit")
        << QByteArray(R"({"Version": "2012-10-17", "Statement": )") + QByteArray(200, '[') << I
        << QByteArray("json-depth") << E << 1 << 167 << false << 1;
}

void TestPolicyParser::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(PolicyKind, kind);
    QFETCH(QByteArray, code);
    QFETCH(DiagnosticSeverity, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(bool, ok);
    QFETCH(int, errors);

    Diagnostics diagnostics;
    const PolicyParser::Result r = parse(json, kind, diagnostics);
    const QString all = dump(diagnostics);
    const auto found = std::find_if(
        diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.code == code.toStdString(); });
    QVERIFY2(found != diagnostics.end(),
        qPrintable(QStringLiteral("no ") + QLatin1String(code) + QStringLiteral(" in:\n") + all));
    QCOMPARE(found->severity, severity);
    QCOMPARE(at(found->location), at(line, column));
    QCOMPARE(found->file, kFile);
    QVERIFY(!found->message.isEmpty());
    QVERIFY2(r.ok == ok, qPrintable(all));
    QVERIFY2(errorCount(diagnostics) == errors, qPrintable(all));
    QCOMPARE(hasErrors(diagnostics), !ok);
    QCOMPARE(r.policy.file, kFile);
    QCOMPARE(r.policy.kind, kind);
}

void TestPolicyParser::keepsWhatItCouldRead()
{
    // One bad statement among good ones: the reviewer still sees all of them.
    const QByteArray json = doc({
        "{",
        R"(  "Version": "2012-10-17",)",
        R"(  "Statement": [)",
        R"(    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},)",
        R"(    {"Effect": "allow", "Action": "iam:PassRole", "Resource": "*"},)",
        R"(    {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"})",
        "  ]",
        "}",
    });
    Diagnostics diagnostics;
    const PolicyParser::Result r = parse(json, PolicyKind::Identity, diagnostics);
    QVERIFY(!r.ok);
    QCOMPARE(r.policy.statements.size(), size_t(3));
    // An unreadable Effect is kept as Allow, so a grant cannot vanish from the review.
    QCOMPARE(r.policy.statements[1].effect, Effect::Allow);
    QCOMPARE(r.policy.statements[1].actions[0].value, std::string("iam:PassRole"));
    QCOMPARE(r.policy.statements[2].effect, Effect::Deny);
    QCOMPARE(errorCount(diagnostics), 1);

    // Invalid JSON gives no statements and no crash.
    Diagnostics jsonDiagnostics;
    const PolicyParser::Result broken = parse(QByteArray("{\"Statement\": [{"), PolicyKind::Identity, jsonDiagnostics);
    QVERIFY(!broken.ok);
    QVERIFY(broken.policy.statements.empty());
    QCOMPARE(broken.policy.name, std::string("fixture"));
}

void TestPolicyParser::deepNestingIsRefusedQuickly()
{
    for (char bracket : { '[', '{' }) {
        QByteArray json(100000, bracket);
        if (bracket == '{') {
            // {"a":{"a":{"a":... — objects need keys to nest.
            json.clear();
            for (int i = 0; i < 100000; ++i)
                json += "{\"a\":";
        }
        QElapsedTimer timer;
        timer.start();
        Diagnostics diagnostics;
        const PolicyParser::Result r = parse(json, PolicyKind::Identity, diagnostics);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!r.ok);
        QCOMPARE(diagnostics.size(), size_t(1));
        QCOMPARE(diagnostics[0].code, std::string("json-depth"));
        QCOMPARE(diagnostics[0].location.line, 1);
        QCOMPARE(diagnostics[0].location.column, bracket == '[' ? 129 : 128 * 5 + 1);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed) + QStringLiteral(" ms")));
    }
}

void TestPolicyParser::guessKind_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<PolicyKind>("kind");

    QTest::newRow("identity policy, no Principal") << QByteArray(
        R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", )"
        R"("Resource": "*"}]})") << PolicyKind::Identity;
    QTest::newRow("trust policy, Principal in the one statement object") << QByteArray(
        R"({"Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, )"
        R"("Action": "sts:AssumeRole"}})") << PolicyKind::Resource;
    QTest::newRow("Principal in the second statement only")
        << QByteArray(R"({"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}, )"
                      R"({"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]})")
        << PolicyKind::Resource;
    QTest::newRow("NotPrincipal counts as naming a principal") << QByteArray(
        R"({"Statement": [{"Effect": "Deny", "NotPrincipal": {"AWS": "arn:aws:iam::123456789012:root"}, )"
        R"("Action": "s3:*", "Resource": "*"}]})") << PolicyKind::Resource;
    QTest::newRow("principal in the wrong case is not a principal")
        << QByteArray(R"({"Statement": [{"Effect": "Allow", "principal": "*", "Action": "s3:*", "Resource": "*"}]})")
        << PolicyKind::Identity;
    QTest::newRow("no Statement") << QByteArray(R"({"Version": "2012-10-17"})") << PolicyKind::Identity;
    QTest::newRow("root is not an object") << QByteArray(R"([{"Principal": "*"}])") << PolicyKind::Identity;
    QTest::newRow("Statement of strings") << QByteArray(R"({"Statement": ["Principal"]})") << PolicyKind::Identity;
}

void TestPolicyParser::guessKind()
{
    QFETCH(QByteArray, json);
    QFETCH(PolicyKind, kind);

    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readJson(view(json), kFile, diagnostics);
    QVERIFY2(root, qPrintable(dump(diagnostics)));
    QCOMPARE(PolicyParser::guessKind(*root), kind);
}

void TestPolicyParser::parseOperator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<ConditionOperator>("op");
    QTest::addColumn<SetQualifier>("qualifier");
    QTest::addColumn<bool>("ifExists");

    using Op = ConditionOperator;
    using Q = SetQualifier;
    const struct {
        const char* name;
        Op op;
    } plain[] = {
        { "StringEquals", Op::StringEquals },
        { "StringNotEquals", Op::StringNotEquals },
        { "StringEqualsIgnoreCase", Op::StringEqualsIgnoreCase },
        { "StringNotEqualsIgnoreCase", Op::StringNotEqualsIgnoreCase },
        { "StringLike", Op::StringLike },
        { "StringNotLike", Op::StringNotLike },
        { "NumericEquals", Op::NumericEquals },
        { "NumericNotEquals", Op::NumericNotEquals },
        { "NumericLessThan", Op::NumericLessThan },
        { "NumericLessThanEquals", Op::NumericLessThanEquals },
        { "NumericGreaterThan", Op::NumericGreaterThan },
        { "NumericGreaterThanEquals", Op::NumericGreaterThanEquals },
        { "DateEquals", Op::DateEquals },
        { "DateNotEquals", Op::DateNotEquals },
        { "DateLessThan", Op::DateLessThan },
        { "DateLessThanEquals", Op::DateLessThanEquals },
        { "DateGreaterThan", Op::DateGreaterThan },
        { "DateGreaterThanEquals", Op::DateGreaterThanEquals },
        { "Bool", Op::Bool },
        { "BinaryEquals", Op::BinaryEquals },
        { "IpAddress", Op::IpAddress },
        { "NotIpAddress", Op::NotIpAddress },
        { "ArnEquals", Op::ArnEquals },
        { "ArnLike", Op::ArnLike },
        { "ArnNotEquals", Op::ArnNotEquals },
        { "ArnNotLike", Op::ArnNotLike },
        { "Null", Op::Null },
    };
    for (const auto& p : plain)
        QTest::addRow("%s", p.name) << QString(QLatin1String(p.name)) << true << p.op << Q::None << false;
    for (const auto& p : plain) {
        if (p.op == Op::Null)
            continue;
        QTest::addRow("%sIfExists", p.name)
            << QLatin1String(p.name) + QStringLiteral("IfExists") << true << p.op << Q::None << true;
    }
    QTest::newRow("ForAllValues:StringLike")
        << QStringLiteral("ForAllValues:StringLike") << true << Op::StringLike << Q::ForAllValues << false;
    QTest::newRow("ForAnyValue:StringEquals")
        << QStringLiteral("ForAnyValue:StringEquals") << true << Op::StringEquals << Q::ForAnyValue << false;
    QTest::newRow("ForAnyValue:StringNotLikeIfExists")
        << QStringLiteral("ForAnyValue:StringNotLikeIfExists") << true << Op::StringNotLike << Q::ForAnyValue << true;
    QTest::newRow("ForAllValues:ArnEquals")
        << QStringLiteral("ForAllValues:ArnEquals") << true << Op::ArnEquals << Q::ForAllValues << false;
    QTest::newRow("ForAllValues:NumericLessThanIfExists") << QStringLiteral("ForAllValues:NumericLessThanIfExists")
                                                          << true << Op::NumericLessThan << Q::ForAllValues << true;
    QTest::newRow("ForAnyValue:Bool") << QStringLiteral("ForAnyValue:Bool") << true << Op::Bool << Q::ForAnyValue
                                      << false;

    QTest::newRow("unknown: StringEqualz")
        << QStringLiteral("StringEqualz") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: NullIfExists")
        << QStringLiteral("NullIfExists") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: ForAllValues:Null")
        << QStringLiteral("ForAllValues:Null") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: ForAnyValue:Null")
        << QStringLiteral("ForAnyValue:Null") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: IfExists alone")
        << QStringLiteral("IfExists") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: qualifier alone")
        << QStringLiteral("ForAnyValue:") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: two qualifiers")
        << QStringLiteral("ForAllValues:ForAnyValue:StringEquals") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: qualifier without colon")
        << QStringLiteral("ForAllValuesStringEquals") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: IfExists twice")
        << QStringLiteral("StringEqualsIfExistsIfExists") << false << Op::StringEquals << Q::None << false;
    QTest::newRow("unknown: empty") << QString() << false << Op::StringEquals << Q::None << false;
}

void TestPolicyParser::parseOperator()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(ConditionOperator, op);
    QFETCH(SetQualifier, qualifier);
    QFETCH(bool, ifExists);

    const std::string written = text.toStdString();
    const std::optional<ConditionClause> c = PolicyParser::parseOperator(written);
    QCOMPARE(c.has_value(), known);
    if (!known)
        return;
    QCOMPARE(c->op, op);
    QCOMPARE(c->qualifier, qualifier);
    QCOMPARE(c->ifExists, ifExists);
    QCOMPARE(c->operatorText, written);
    QVERIFY(c->key.empty());
    QVERIFY(c->values.empty());
}

QTEST_GUILESS_MAIN(TestPolicyParser)
#include "tst_policyparser.moc"
