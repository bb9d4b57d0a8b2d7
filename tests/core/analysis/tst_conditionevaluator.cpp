// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ConditionEvaluator.h"
#include "analysis/PolicyVariables.h"
#include "analysis/RequestContext.h"
#include "policy/Policy.h"

#include <QTest>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace grantscope;

using ContextEntries = std::vector<std::pair<std::string, std::vector<std::string>>>;
using Strings = std::vector<std::string>;

namespace {

RequestContext makeContext(const ContextEntries& entries)
{
    RequestContext context;
    for (const auto& [key, values] : entries)
        context.set(key, values);
    return context;
}

// Builds a clause from operator text such as "ForAnyValue:StringLikeIfExists", the way a policy spells it.
ConditionClause makeClause(std::string_view operatorText, const std::string& key, const Strings& values)
{
    static const std::vector<std::pair<std::string_view, ConditionOperator>> names = {
        { "StringEquals", ConditionOperator::StringEquals },
        { "StringNotEquals", ConditionOperator::StringNotEquals },
        { "StringEqualsIgnoreCase", ConditionOperator::StringEqualsIgnoreCase },
        { "StringNotEqualsIgnoreCase", ConditionOperator::StringNotEqualsIgnoreCase },
        { "StringLike", ConditionOperator::StringLike },
        { "StringNotLike", ConditionOperator::StringNotLike },
        { "NumericEquals", ConditionOperator::NumericEquals },
        { "NumericNotEquals", ConditionOperator::NumericNotEquals },
        { "NumericLessThan", ConditionOperator::NumericLessThan },
        { "NumericLessThanEquals", ConditionOperator::NumericLessThanEquals },
        { "NumericGreaterThan", ConditionOperator::NumericGreaterThan },
        { "NumericGreaterThanEquals", ConditionOperator::NumericGreaterThanEquals },
        { "DateEquals", ConditionOperator::DateEquals },
        { "DateNotEquals", ConditionOperator::DateNotEquals },
        { "DateLessThan", ConditionOperator::DateLessThan },
        { "DateLessThanEquals", ConditionOperator::DateLessThanEquals },
        { "DateGreaterThan", ConditionOperator::DateGreaterThan },
        { "DateGreaterThanEquals", ConditionOperator::DateGreaterThanEquals },
        { "Bool", ConditionOperator::Bool },
        { "BinaryEquals", ConditionOperator::BinaryEquals },
        { "IpAddress", ConditionOperator::IpAddress },
        { "NotIpAddress", ConditionOperator::NotIpAddress },
        { "ArnEquals", ConditionOperator::ArnEquals },
        { "ArnLike", ConditionOperator::ArnLike },
        { "ArnNotEquals", ConditionOperator::ArnNotEquals },
        { "ArnNotLike", ConditionOperator::ArnNotLike },
        { "Null", ConditionOperator::Null },
    };
    ConditionClause clause;
    clause.operatorText = std::string(operatorText);
    clause.key = key;
    clause.values = values;
    std::string_view name = operatorText;
    if (name.starts_with("ForAllValues:")) {
        clause.qualifier = SetQualifier::ForAllValues;
        name.remove_prefix(13);
    } else if (name.starts_with("ForAnyValue:")) {
        clause.qualifier = SetQualifier::ForAnyValue;
        name.remove_prefix(12);
    }
    if (name.ends_with("IfExists")) {
        clause.ifExists = true;
        name.remove_suffix(8);
    }
    bool known = false;
    for (const auto& [text, op] : names) {
        if (text == name) {
            clause.op = op;
            known = true;
        }
    }
    if (!known)
        qFatal("unknown operator in test table: %s", clause.operatorText.c_str());
    return clause;
}

} // namespace

class TestConditionEvaluator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conditionHolds_data();
    void conditionHolds();
    void conditionsAreAnded();
    void unknownOperatorIsFalse();
    void policyLanguage2008HasNoVariables();
    void substitution_data();
    void substitution();
};

void TestConditionEvaluator::conditionHolds_data()
{
    QTest::addColumn<std::string>("op");
    QTest::addColumn<std::string>("key");
    QTest::addColumn<Strings>("values");
    QTest::addColumn<ContextEntries>("context");
    QTest::addColumn<bool>("expected");

    auto row = [](const char* name, const std::string& op, const std::string& key, const Strings& values,
                   const ContextEntries& context,
                   bool expected) { QTest::newRow(name) << op << key << values << context << expected; };
    const std::string user = "aws:username";
    const ContextEntries alice { { user, { "alice" } } };
    const ContextEntries none;

    // String operators.
    row("StringEquals exact match holds", "StringEquals", user, { "alice" }, alice, true);
    row("StringEquals is case-sensitive", "StringEquals", user, { "Alice" }, alice, false);
    row("StringEquals treats * literally", "StringEquals", user, { "al*" }, alice, false);
    row("StringEquals literal * matches a star", "StringEquals", user, { "al*" }, { { user, { "al*" } } }, true);
    row("StringEquals with missing key fails", "StringEquals", user, { "alice" }, none, false);
    row("StringEquals values are OR", "StringEquals", user, { "bob", "alice" }, alice, true);
    row("StringNotEquals with missing key holds", "StringNotEquals", user, { "alice" }, none, true);
    row("StringNotEquals other value holds", "StringNotEquals", user, { "bob" }, alice, true);
    row("StringNotEquals NOR with one match fails", "StringNotEquals", user, { "bob", "alice" }, alice, false);
    row("StringNotEquals NOR with no match holds", "StringNotEquals", user, { "bob", "carol" }, alice, true);
    row("StringEqualsIgnoreCase ignores case", "StringEqualsIgnoreCase", user, { "ALICE" }, alice, true);
    row("StringEqualsIgnoreCase beyond ASCII", "StringEqualsIgnoreCase", user, { "ÉTÉ" }, { { user, { "été" } } },
        true);
    row("StringEqualsIgnoreCase different text fails", "StringEqualsIgnoreCase", user, { "bob" }, alice, false);
    row("StringNotEqualsIgnoreCase same text in other case fails", "StringNotEqualsIgnoreCase", user, { "ALICE" },
        alice, false);
    row("StringNotEqualsIgnoreCase with missing key holds", "StringNotEqualsIgnoreCase", user, { "x" }, none, true);
    row("StringLike wildcard", "StringLike", "s3:prefix", { "home/*" }, { { "s3:prefix", { "home/alice/x" } } }, true);
    row("StringLike ? is one character", "StringLike", "ec2:InstanceType", { "t?.micro" },
        { { "ec2:InstanceType", { "t2.micro" } } }, true);
    row("StringLike ? is not two characters", "StringLike", "ec2:InstanceType", { "t?.micro" },
        { { "ec2:InstanceType", { "t22.micro" } } }, false);
    row("StringLike is case-sensitive", "StringLike", "s3:prefix", { "Home/*" }, { { "s3:prefix", { "home/x" } } },
        false);
    row("StringLike * crosses colons", "StringLike", "aws:SourceArn",
        { "arn:aws:someservice:*:111122223333:finance/*" },
        { { "aws:SourceArn",
            { "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt" } } },
        true);
    row("StringLike empty pattern matches empty value", "StringLike", "s3:prefix", { "", "home/" },
        { { "s3:prefix", { "" } } }, true);
    row("StringNotLike NOR with one match fails", "StringNotLike", user, { "a*", "b*" }, { { user, { "bob" } } },
        false);
    row("StringNotLike NOR with no match holds", "StringNotLike", user, { "a*", "b*" }, { { user, { "carol" } } },
        true);
    row("StringNotLike with missing key holds", "StringNotLike", user, { "a*" }, none, true);

    // Policy variables in condition values.
    const ContextEntries aliceListing { { user, { "alice" } }, { "s3:prefix", { "home/alice/docs" } } };
    row("StringLike with policy variable", "StringLike", "s3:prefix", { "home/${aws:username}/*" }, aliceListing, true);
    row("StringLike with policy variable for another user", "StringLike", "s3:prefix", { "home/${aws:username}/*" },
        { { user, { "bob" } }, { "s3:prefix", { "home/alice/docs" } } }, false);
    row("StringEquals with unresolvable variable fails", "StringEquals", "aws:PrincipalTag/owner",
        { "${aws:username}" }, { { "aws:PrincipalTag/owner", { "${aws:username}" } } }, false);
    row("StringNotEquals with unresolvable variable fails", "StringNotEquals", "aws:PrincipalTag/owner",
        { "${aws:username}" }, { { "aws:PrincipalTag/owner", { "bob" } } }, false);
    row("StringLike variable value is not a wildcard", "StringLike", "s3:prefix", { "home/${aws:username}/*" },
        { { user, { "*" } }, { "s3:prefix", { "home/bob/x" } } }, false);
    row("${*} is a literal star in StringLike", "StringLike", user, { "a${*}" }, { { user, { "abc" } } }, false);
    row("${*} matches a star in StringLike", "StringLike", user, { "a${*}" }, { { user, { "a*" } } }, true);
    row("StringEquals variable default value", "StringEquals", "aws:ResourceTag/team",
        { "${aws:PrincipalTag/team, 'none'}" }, { { "aws:ResourceTag/team", { "none" } } }, true);
    row("StringEquals multi-valued variable fails", "StringEquals", "aws:ResourceTag/team", { "${aws:TagKeys}" },
        { { "aws:ResourceTag/team", { "a" } }, { "aws:TagKeys", { "a", "b" } } }, false);

    // Numeric operators.
    const std::string maxKeys = "s3:max-keys";
    row("NumericLessThanEquals at the limit holds", "NumericLessThanEquals", maxKeys, { "10" },
        { { maxKeys, { "10" } } }, true);
    row("NumericLessThanEquals above the limit fails", "NumericLessThanEquals", maxKeys, { "10" },
        { { maxKeys, { "11" } } }, false);
    row("NumericEquals decimals compare by value", "NumericEquals", maxKeys, { "1.50" }, { { maxKeys, { "1.5" } } },
        true);
    row("NumericEquals large integers are not rounded", "NumericEquals", maxKeys, { "9007199254740993" },
        { { maxKeys, { "9007199254740992" } } }, false);
    row("NumericLessThan negative numbers", "NumericLessThan", maxKeys, { "-1" }, { { maxKeys, { "-2" } } }, true);
    row("NumericGreaterThan long decimals", "NumericGreaterThan", maxKeys, { "0.1" },
        { { maxKeys, { "0.10000000000000001" } } }, true);
    row("NumericGreaterThanEquals integer and decimal", "NumericGreaterThanEquals", maxKeys, { "5" },
        { { maxKeys, { "5.0" } } }, true);
    row("NumericGreaterThan equal value fails", "NumericGreaterThan", maxKeys, { "5" }, { { maxKeys, { "5" } } },
        false);
    row("NumericEquals negative zero", "NumericEquals", maxKeys, { "-0" }, { { maxKeys, { "0.0" } } }, true);
    row("NumericNotEquals NOR with one match fails", "NumericNotEquals", maxKeys, { "1", "2" },
        { { maxKeys, { "2" } } }, false);
    row("NumericNotEquals NOR with no match holds", "NumericNotEquals", maxKeys, { "1", "2" }, { { maxKeys, { "3" } } },
        true);
    row("NumericNotEquals with missing key holds", "NumericNotEquals", maxKeys, { "1" }, none, true);
    row("NumericEquals unparsable policy value fails", "NumericEquals", maxKeys, { "ten" }, { { maxKeys, { "10" } } },
        false);
    row("NumericNotEquals unparsable policy value fails", "NumericNotEquals", maxKeys, { "ten" },
        { { maxKeys, { "10" } } }, false);
    row("NumericEquals unparsable context value fails", "NumericEquals", maxKeys, { "10" }, { { maxKeys, { "abc" } } },
        false);
    row("NumericNotEquals unparsable context value fails", "NumericNotEquals", maxKeys, { "10" },
        { { maxKeys, { "abc" } } }, false);
    row("NumericEquals rejects exponents", "NumericEquals", maxKeys, { "1e1" }, { { maxKeys, { "10" } } }, false);
    row("NumericEquals takes no policy variables", "NumericEquals", maxKeys, { "${aws:username}" },
        { { maxKeys, { "10" } }, { user, { "10" } } }, false);

    // Date operators.
    const std::string issued = "aws:TokenIssueTime";
    const std::string epoch = "aws:EpochTime";
    row("DateGreaterThan ISO datetime", "DateGreaterThan", issued, { "2020-01-01T00:00:01Z" },
        { { issued, { "2020-06-01T00:00:00Z" } } }, true);
    row("DateLessThan with time zone offset fails after", "DateLessThan", issued, { "2024-01-01T12:00:00+02:00" },
        { { issued, { "2024-01-01T10:30:00Z" } } }, false);
    row("DateLessThan with time zone offset holds before", "DateLessThan", issued, { "2024-01-01T12:00:00+02:00" },
        { { issued, { "2024-01-01T09:59:59Z" } } }, true);
    row("DateEquals across time zones", "DateEquals", issued, { "2024-01-01T12:00:00+02:00" },
        { { issued, { "2024-01-01T10:00:00Z" } } }, true);
    row("DateLessThanEquals offset without colon", "DateLessThanEquals", issued, { "2024-01-01T00:00:00-0500" },
        { { issued, { "2024-01-01T05:00:00Z" } } }, true);
    row("DateEquals epoch policy value and ISO context", "DateEquals", issued, { "1704067200" },
        { { issued, { "2024-01-01T00:00:00Z" } } }, true);
    row("DateLessThan epoch context value", "DateLessThan", epoch, { "2024-01-01T00:00:00Z" },
        { { epoch, { "1704067199" } } }, true);
    row("DateGreaterThanEquals date only is midnight UTC", "DateGreaterThanEquals", issued, { "2024-03-01" },
        { { issued, { "2024-03-01T00:00:00Z" } } }, true);
    row("DateGreaterThanEquals leap day is before", "DateGreaterThanEquals", issued, { "2024-03-01" },
        { { issued, { "2024-02-29T23:59:59Z" } } }, false);
    row("DateEquals fractional seconds", "DateEquals", issued, { "2024-01-01T00:00:00.5Z" },
        { { issued, { "2024-01-01T00:00:00.500Z" } } }, true);
    row("DateEquals fractional seconds differ", "DateEquals", issued, { "2024-01-01T00:00:00.5Z" },
        { { issued, { "2024-01-01T00:00:00Z" } } }, false);
    row("DateEquals minutes precision", "DateEquals", issued, { "2024-01-01T10:00Z" },
        { { issued, { "2024-01-01T10:00:00Z" } } }, true);
    row("DateEquals malformed policy date fails", "DateEquals", issued, { "2023-02-29T00:00:00Z" },
        { { issued, { "2023-03-01T00:00:00Z" } } }, false);
    row("DateNotEquals malformed policy date fails", "DateNotEquals", issued, { "2024-13-01T00:00:00Z" },
        { { issued, { "2024-01-01T00:00:00Z" } } }, false);
    row("DateNotEquals other date holds", "DateNotEquals", issued, { "2024-01-02T00:00:00Z" },
        { { issued, { "2024-01-01T00:00:00Z" } } }, true);
    row("DateNotEquals with missing key holds", "DateNotEquals", issued, { "2024-01-01T00:00:00Z" }, none, true);
    row("DateGreaterThan with missing key fails", "DateGreaterThan", issued, { "2020-01-01T00:00:00Z" }, none, false);

    // Bool.
    const std::string tls = "aws:SecureTransport";
    row("Bool true matches", "Bool", tls, { "true" }, { { tls, { "true" } } }, true);
    row("Bool is case-insensitive", "Bool", tls, { "TRUE" }, { { tls, { "True" } } }, true);
    row("Bool false against true fails", "Bool", tls, { "false" }, { { tls, { "true" } } }, false);
    row("Bool with missing key fails", "Bool", tls, { "false" }, none, false);
    row("Bool malformed value fails", "Bool", tls, { "yes" }, { { tls, { "true" } } }, false);
    row("Bool with policy variable", "Bool", "aws:MultiFactorAuthPresent", { "${aws:PrincipalTag/needs-mfa}" },
        { { "aws:MultiFactorAuthPresent", { "true" } }, { "aws:PrincipalTag/needs-mfa", { "true" } } }, true);

    // BinaryEquals.
    const std::string blob = "ex:Blob";
    row("BinaryEquals same base64 holds", "BinaryEquals", blob, { "QmluYXJ5VmFsdWVJbkJhc2U2NA==" },
        { { blob, { "QmluYXJ5VmFsdWVJbkJhc2U2NA==" } } }, true);
    row("BinaryEquals compares bytes not text", "BinaryEquals", blob, { "QQ==" }, { { blob, { "QQ" } } }, true);
    row("BinaryEquals different bytes fail", "BinaryEquals", blob, { "QQ==" }, { { blob, { "Qg==" } } }, false);
    row("BinaryEquals malformed base64 fails", "BinaryEquals", blob, { "Q!==" }, { { blob, { "Q!==" } } }, false);

    // IP address operators.
    const std::string ip = "aws:SourceIp";
    row("IpAddress v4 CIDR", "IpAddress", ip, { "203.0.113.0/24" }, { { ip, { "203.0.113.77" } } }, true);
    row("IpAddress v4 outside CIDR", "IpAddress", ip, { "203.0.113.0/24" }, { { ip, { "203.0.114.1" } } }, false);
    row("IpAddress bare v4 is /32", "IpAddress", ip, { "203.0.113.5" }, { { ip, { "203.0.113.5" } } }, true);
    row("IpAddress bare v4 excludes neighbours", "IpAddress", ip, { "203.0.113.5" }, { { ip, { "203.0.113.6" } } },
        false);
    row("IpAddress v4 prefix inside an octet", "IpAddress", ip, { "10.0.0.0/12" }, { { ip, { "10.15.255.255" } } },
        true);
    row("IpAddress v4 prefix inside an octet excludes", "IpAddress", ip, { "10.0.0.0/12" }, { { ip, { "10.16.0.0" } } },
        false);
    row("IpAddress host bits in the range are ignored", "IpAddress", ip, { "203.0.113.7/24" },
        { { ip, { "203.0.113.200" } } }, true);
    row("IpAddress /0 matches every v4", "IpAddress", ip, { "0.0.0.0/0" }, { { ip, { "8.8.8.8" } } }, true);
    row("IpAddress v6 CIDR", "IpAddress", ip, { "2001:DB8:1234:5678::/64" },
        { { ip, { "2001:db8:1234:5678:abcd::1" } } }, true);
    row("IpAddress v6 outside CIDR", "IpAddress", ip, { "2001:DB8:1234:5678::/64" },
        { { ip, { "2001:db8:1234:5679::1" } } }, false);
    row("IpAddress bare v6 is /128", "IpAddress", ip, { "2001:db8::1" }, { { ip, { "2001:DB8:0:0:0:0:0:1" } } }, true);
    row("IpAddress v6 with embedded v4", "IpAddress", ip, { "::ffff:0:0/96" }, { { ip, { "::ffff:192.0.2.1" } } },
        true);
    row("IpAddress mixed v4 and v6 list", "IpAddress", ip, { "203.0.113.0/24", "2001:DB8:1234:5678::/64" },
        { { ip, { "2001:db8:1234:5678::9" } } }, true);
    row("IpAddress v4 never matches a v6 range", "IpAddress", ip, { "::/0" }, { { ip, { "203.0.113.5" } } }, false);
    row("NotIpAddress outside holds", "NotIpAddress", ip, { "10.0.0.0/8" }, { { ip, { "203.0.113.1" } } }, true);
    row("NotIpAddress inside fails", "NotIpAddress", ip, { "10.0.0.0/8" }, { { ip, { "10.1.2.3" } } }, false);
    row("NotIpAddress NOR with one match fails", "NotIpAddress", ip, { "10.0.0.0/8", "192.168.0.0/16" },
        { { ip, { "192.168.1.1" } } }, false);
    row("NotIpAddress with missing key holds", "NotIpAddress", ip, { "10.0.0.0/8" }, none, true);
    row("IpAddress malformed prefix fails", "IpAddress", ip, { "203.0.113.0/33" }, { { ip, { "203.0.113.1" } } },
        false);
    row("NotIpAddress malformed range fails", "NotIpAddress", ip, { "300.0.0.0/8" }, { { ip, { "1.2.3.4" } } }, false);
    row("IpAddress malformed context address fails", "IpAddress", ip, { "0.0.0.0/0" }, { { ip, { "not-an-ip" } } },
        false);
    row("NotIpAddress malformed context address fails", "NotIpAddress", ip, { "10.0.0.0/8" }, { { ip, { "10.0.0" } } },
        false);
    row("IpAddress leading zero octet is malformed", "IpAddress", ip, { "010.0.0.0/8" }, { { ip, { "10.0.0.1" } } },
        false);
    row("IpAddress malformed v6 fails", "IpAddress", ip, { "2001:db8::1::/64" }, { { ip, { "2001:db8::1" } } }, false);

    // ARN operators.
    const std::string source = "aws:SourceArn";
    const std::string principal = "aws:PrincipalArn";
    const ContextEntries admin { { principal, { "arn:aws:iam::111122223333:role/Admin" } } };
    row("ArnEquals exact", "ArnEquals", source, { "arn:aws:sns:us-east-1:123456789012:topic" },
        { { source, { "arn:aws:sns:us-east-1:123456789012:topic" } } }, true);
    row("ArnLike wildcard in account segment", "ArnLike", principal, { "arn:aws:iam::*:role/Admin" }, admin, true);
    row("ArnEquals behaves like ArnLike", "ArnEquals", principal, { "arn:aws:iam::*:role/*" }, admin, true);
    row("ArnLike checks segments separately", "ArnLike", source, { "arn:aws:someservice:*:111122223333:finance/*" },
        { { source, { "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt" } } },
        false);
    row("ArnLike is case-sensitive", "ArnLike", principal, { "arn:aws:iam::*:role/admin" }, admin, false);
    row("ArnNotLike NOR with one match fails", "ArnNotLike", principal,
        { "arn:aws:iam::*:role/Other", "arn:aws:iam::*:role/Admin" }, admin, false);
    row("ArnNotLike NOR with no match holds", "ArnNotLike", principal,
        { "arn:aws:iam::*:role/A", "arn:aws:iam::*:role/B" }, admin, true);
    row("ArnNotEquals with missing key holds", "ArnNotEquals", principal, { "arn:aws:iam::*:role/A" }, none, true);
    row("ArnLike with policy variable", "ArnLike", principal, { "arn:aws:iam::${aws:PrincipalAccount}:role/*" },
        { { principal, { "arn:aws:iam::111122223333:role/Admin" } }, { "aws:PrincipalAccount", { "111122223333" } } },
        true);
    row("ArnLike with policy variable for another account", "ArnLike", principal,
        { "arn:aws:iam::${aws:PrincipalAccount}:role/*" },
        { { principal, { "arn:aws:iam::111122223333:role/Admin" } }, { "aws:PrincipalAccount", { "444455556666" } } },
        false);
    row("ArnLike context value that is not an ARN fails", "ArnLike", principal, { "arn:aws:iam::*:role/*" },
        { { principal, { "Admin" } } }, false);
    row("ArnNotLike context value that is not an ARN fails", "ArnNotLike", principal, { "arn:aws:iam::*:role/*" },
        { { principal, { "Admin" } } }, false);
    row("ArnNotLike malformed pattern fails", "ArnNotLike", principal, { "arn:aws:iam::*" }, admin, false);

    // ...IfExists.
    row("StringEqualsIfExists with missing key holds", "StringEqualsIfExists", user, { "alice" }, none, true);
    row("StringEqualsIfExists present key is tested", "StringEqualsIfExists", user, { "bob" }, alice, false);
    row("StringEqualsIfExists present matching key holds", "StringEqualsIfExists", user, { "alice" }, alice, true);
    row("StringNotEqualsIfExists with missing key holds", "StringNotEqualsIfExists", user, { "alice" }, none, true);
    row("StringNotEqualsIfExists equal value fails", "StringNotEqualsIfExists", user, { "alice" }, alice, false);
    row("NumericLessThanIfExists with missing key holds", "NumericLessThanIfExists", maxKeys, { "10" }, none, true);
    row("BoolIfExists present false fails", "BoolIfExists", tls, { "true" }, { { tls, { "false" } } }, false);
    row("ForAnyValue IfExists with missing key holds", "ForAnyValue:StringEqualsIfExists", "aws:TagKeys", { "a" }, none,
        true);

    // Null.
    row("Null true with missing key holds", "Null", issued, { "true" }, none, true);
    row("Null true with present key fails", "Null", issued, { "true" }, { { issued, { "2024-01-01T00:00:00Z" } } },
        false);
    row("Null false with present key holds", "Null", issued, { "false" }, { { issued, { "2024-01-01T00:00:00Z" } } },
        true);
    row("Null false with missing key fails", "Null", issued, { "false" }, none, false);
    row("Null is case-insensitive", "Null", issued, { "TRUE" }, none, true);
    row("Null false with empty string fails", "Null", "aws:TagKeys", { "false" }, { { "aws:TagKeys", { "" } } }, false);
    row("Null false with empty set fails", "Null", "aws:TagKeys", { "false" }, { { "aws:TagKeys", {} } }, false);
    row("Null malformed value fails", "Null", issued, { "maybe" }, none, false);

    // Set qualifiers.
    const std::string tagKeys = "aws:TagKeys";
    row("ForAllValues with missing key holds", "ForAllValues:StringEquals", tagKeys, { "a", "b" }, none, true);
    row("ForAllValues with empty context set holds", "ForAllValues:StringEquals", tagKeys, { "a" }, { { tagKeys, {} } },
        true);
    row("ForAllValues with empty string holds", "ForAllValues:StringEquals", tagKeys, { "a" }, { { tagKeys, { "" } } },
        true);
    row("ForAllValues subset holds", "ForAllValues:StringEquals", tagKeys, { "a", "b" }, { { tagKeys, { "b", "a" } } },
        true);
    row("ForAllValues with an extra value fails", "ForAllValues:StringEquals", tagKeys, { "a", "b" },
        { { tagKeys, { "a", "c" } } }, false);
    row("ForAllValues StringLike wildcard", "ForAllValues:StringLike", tagKeys, { "key1*" },
        { { tagKeys, { "key1:a", "key1:b" } } }, true);
    row("ForAnyValue with missing key fails", "ForAnyValue:StringEquals", tagKeys, { "a" }, none, false);
    row("ForAnyValue with empty context set fails", "ForAnyValue:StringLike", tagKeys, { "*" }, { { tagKeys, {} } },
        false);
    row("ForAnyValue with empty string fails", "ForAnyValue:StringLike", tagKeys, { "*" }, { { tagKeys, { "" } } },
        false);
    row("ForAnyValue one match holds", "ForAnyValue:StringEquals", tagKeys, { "x", "b" }, { { tagKeys, { "a", "b" } } },
        true);
    row("ForAnyValue no match fails", "ForAnyValue:StringEquals", tagKeys, { "x", "y" }, { { tagKeys, { "a", "b" } } },
        false);
    // The multivalued-context-key examples of the IAM User Guide ("DenyRestrictedTags").
    row("ForAllValues StringNotLike key1 value fails", "ForAllValues:StringNotLike", tagKeys, { "key1*" },
        { { tagKeys, { "key1:legal" } } }, false);
    row("ForAllValues StringNotLike key2 value holds", "ForAllValues:StringNotLike", tagKeys, { "key1*" },
        { { tagKeys, { "key2:audit" } } }, true);
    row("ForAllValues StringNotLike mixed values fail", "ForAllValues:StringNotLike", tagKeys, { "key1*" },
        { { tagKeys, { "key1:hr", "key2:audit" } } }, false);
    row("ForAllValues StringNotLike with missing key holds", "ForAllValues:StringNotLike", tagKeys, { "key1*" }, none,
        true);
    row("ForAllValues StringNotEquals every value outside holds", "ForAllValues:StringNotEquals", tagKeys, { "a" },
        { { tagKeys, { "b", "c" } } }, true);
    row("ForAllValues StringNotEquals one value inside fails", "ForAllValues:StringNotEquals", tagKeys, { "a" },
        { { tagKeys, { "a", "c" } } }, false);
    row("ForAnyValue StringNotEquals one value outside holds", "ForAnyValue:StringNotEquals", tagKeys, { "a", "b" },
        { { tagKeys, { "a", "c" } } }, true);
    row("ForAnyValue StringNotEquals all values inside fails", "ForAnyValue:StringNotEquals", tagKeys, { "a", "b" },
        { { tagKeys, { "a", "b" } } }, false);
    row("ForAnyValue StringNotEquals with missing key fails", "ForAnyValue:StringNotEquals", tagKeys, { "a" }, none,
        false);
    row("ForAnyValue StringEqualsIgnoreCase", "ForAnyValue:StringEqualsIgnoreCase", tagKeys, { "b" },
        { { tagKeys, { "X", "B" } } }, true);
    row("ForAllValues ArnLike", "ForAllValues:ArnLike", "ex:Arns", { "arn:aws:iam::1:role/*" },
        { { "ex:Arns", { "arn:aws:iam::1:role/a", "arn:aws:iam::1:role/b" } } }, true);
    row("ForAnyValue NumericLessThan", "ForAnyValue:NumericLessThan", "ex:Sizes", { "10" },
        { { "ex:Sizes", { "50", "5" } } }, true);

    // No qualifier on a multi-valued key.
    row("StringEquals on multi-valued key holds if any value matches", "StringEquals", tagKeys, { "b" },
        { { tagKeys, { "a", "b" } } }, true);
    row("StringNotEquals on multi-valued key fails if any value matches", "StringNotEquals", tagKeys, { "b" },
        { { tagKeys, { "a", "b" } } }, false);
    row("StringNotEquals on multi-valued key holds if no value matches", "StringNotEquals", tagKeys, { "x" },
        { { tagKeys, { "a", "b" } } }, true);

    row("condition key names are case-insensitive", "IpAddress", "AWS:SOURCEIP", { "203.0.113.0/24" },
        { { ip, { "203.0.113.9" } } }, true);
}

void TestConditionEvaluator::conditionHolds()
{
    QFETCH(std::string, op);
    QFETCH(std::string, key);
    QFETCH(Strings, values);
    QFETCH(ContextEntries, context);
    QFETCH(bool, expected);
    QCOMPARE(grantscope::conditionHolds(makeClause(op, key, values), makeContext(context)), expected);
}

void TestConditionEvaluator::conditionsAreAnded()
{
    const RequestContext context = makeContext({ { "aws:username", { "alice" } }, { "aws:SourceIp", { "10.0.0.1" } } });
    const ConditionClause user = makeClause("StringEquals", "aws:username", { "alice" });
    const ConditionClause network = makeClause("IpAddress", "aws:SourceIp", { "10.0.0.0/8" });
    const ConditionClause otherNetwork = makeClause("IpAddress", "aws:SourceIp", { "192.168.0.0/16" });
    QVERIFY(conditionsHold({}, context));
    QVERIFY(conditionsHold({ user, network }, context));
    QVERIFY(!conditionsHold({ user, otherNetwork }, context));
    QVERIFY(!conditionsHold({ otherNetwork, user }, context));
}

void TestConditionEvaluator::unknownOperatorIsFalse()
{
    ConditionClause clause = makeClause("StringNotEquals", "aws:username", { "x" });
    clause.op = static_cast<ConditionOperator>(999);
    QVERIFY(!grantscope::conditionHolds(clause, RequestContext {}));
    QVERIFY(!grantscope::conditionHolds(clause, makeContext({ { "aws:username", { "alice" } } })));
}

void TestConditionEvaluator::policyLanguage2008HasNoVariables()
{
    const RequestContext context
        = makeContext({ { "aws:username", { "alice" } }, { "aws:PrincipalTag/owner", { "${aws:username}" } } });
    const ConditionClause clause = makeClause("StringEquals", "aws:PrincipalTag/owner", { "${aws:username}" });
    QVERIFY(grantscope::conditionHolds(clause, context, VariableMode::Literal));
    QVERIFY(!grantscope::conditionHolds(clause, context, VariableMode::Resolve));
}

void TestConditionEvaluator::substitution_data()
{
    QTest::addColumn<std::string>("value");
    QTest::addColumn<ContextEntries>("context");
    QTest::addColumn<bool>("resolves");
    QTest::addColumn<std::string>("pattern");
    QTest::addColumn<std::string>("text");

    auto row = [](const char* name, const std::string& value, const ContextEntries& context,
                   std::optional<std::pair<std::string, std::string>> expected) {
        QTest::newRow(name) << value << context << expected.has_value() << (expected ? expected->first : std::string())
                            << (expected ? expected->second : std::string());
    };
    using Both = std::pair<std::string, std::string>;
    const ContextEntries alice { { "aws:username", { "alice" } } };
    row("plain text", "home/", {}, Both { "home/", "home/" });
    row("wildcards stay wildcards", "a*b?", {}, Both { "a*b?", "a*b?" });
    row("backslash is escaped in patterns", "a\\b", {}, Both { "a\\\\b", "a\\b" });
    row("variable", "home/${aws:username}/", alice, Both { "home/alice/", "home/alice/" });
    row("variable key in other case", "${AWS:USERNAME}", alice, Both { "alice", "alice" });
    row("${*} is a literal star", "${*}", {}, Both { "\\*", "*" });
    row("${?} is a literal question mark", "${?}", {}, Both { "\\?", "?" });
    row("${$} is a literal dollar", "${$}", {}, Both { "$", "$" });
    row("variable value is literal", "${aws:username}", { { "aws:username", { "a*?" } } }, Both { "a\\*\\?", "a*?" });
    row("missing key is unresolvable", "${aws:username}", {}, std::nullopt);
    row("default value", "${aws:userid, 'anonymous'}", {}, Both { "anonymous", "anonymous" });
    row("default value without space", "${aws:userid,'anonymous'}", {}, Both { "anonymous", "anonymous" });
    row("default value with brace", "${aws:userid, 'a}b'}", {}, Both { "a}b", "a}b" });
    row("unquoted default is unresolvable", "${aws:userid, anonymous}", {}, std::nullopt);
    row("multi-valued key is unresolvable", "${aws:TagKeys}", { { "aws:TagKeys", { "a", "b" } } }, std::nullopt);
    row("multi-valued key ignores the default", "${aws:TagKeys, 'x'}", { { "aws:TagKeys", { "a", "b" } } },
        std::nullopt);
    row("empty variable is unresolvable", "${}", {}, std::nullopt);
    row("loader placeholder stands for itself", "arn:aws:kms:us-east-1:123456789012:key/${ArchiveKey}", {},
        Both { "arn:aws:kms:us-east-1:123456789012:key/${ArchiveKey}",
            "arn:aws:kms:us-east-1:123456789012:key/${ArchiveKey}" });
    row("Terraform placeholder stands for itself", "${aws_kms_key.archive}/*", alice,
        Both { "${aws_kms_key.archive}/*", "${aws_kms_key.archive}/*" });
    row("a key without a default is still a variable", "${aws:userid}", alice, std::nullopt);
    row("unclosed variable is literal", "a${b", {}, Both { "a${b", "a${b" });
    row("lone dollar is literal", "$5", {}, Both { "$5", "$5" });
}

void TestConditionEvaluator::substitution()
{
    QFETCH(std::string, value);
    QFETCH(ContextEntries, context);
    QFETCH(bool, resolves);
    QFETCH(std::string, pattern);
    QFETCH(std::string, text);
    const RequestContext requestContext = makeContext(context);
    const std::optional<std::string> asPattern = substituteAsPattern(value, requestContext);
    const std::optional<std::string> asText = substituteAsText(value, requestContext);
    QCOMPARE(asPattern.has_value(), resolves);
    QCOMPARE(asText.has_value(), resolves);
    if (resolves) {
        QCOMPARE(QString::fromStdString(*asPattern), QString::fromStdString(pattern));
        QCOMPARE(QString::fromStdString(*asText), QString::fromStdString(text));
    }
}

QTEST_GUILESS_MAIN(TestConditionEvaluator)
#include "tst_conditionevaluator.moc"
