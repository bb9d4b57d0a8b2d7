// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ArnMatcher.h"
#include "analysis/RequestContext.h"

#include <QElapsedTimer>
#include <QTest>
#include <string>
#include <utility>
#include <vector>

using namespace grantscope;

using ContextEntries = std::vector<std::pair<std::string, std::vector<std::string>>>;

namespace {

RequestContext makeContext(const ContextEntries& entries)
{
    RequestContext context;
    for (const auto& [key, values] : entries)
        context.set(key, values);
    return context;
}

} // namespace

class TestArnMatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resourceMatches_data();
    void resourceMatches();
    void arnLike_data();
    void arnLike();
    void manyWildcardsStayFast();
};

void TestArnMatcher::resourceMatches_data()
{
    QTest::addColumn<std::string>("pattern");
    QTest::addColumn<std::string>("arn");
    QTest::addColumn<ContextEntries>("context");
    QTest::addColumn<bool>("variables");
    QTest::addColumn<bool>("expected");

    auto row = [](const char* name, const std::string& pattern, const std::string& arn, bool expected,
                   const ContextEntries& context = {}, bool variables = true) {
        QTest::newRow(name) << pattern << arn << context << variables << expected;
    };
    const ContextEntries alice { { "aws:username", { "alice" } } };

    row("Resource * matches", "*", "arn:aws:s3:::bucket/key", true);
    row("Resource * matches a resource-less request", "*", "*", true);
    row("exact ARN", "arn:aws:sqs:us-east-2:123456789012:queue1", "arn:aws:sqs:us-east-2:123456789012:queue1", true);
    row("case-sensitive resource", "arn:aws:iam::123456789012:user/Bob", "arn:aws:iam::123456789012:user/bob", false);
    row("case-sensitive service", "arn:aws:S3:::bucket", "arn:aws:s3:::bucket", false);
    row("bucket does not match its objects", "arn:aws:s3:::bucket", "arn:aws:s3:::bucket/key", false);
    row("bucket/* does not match the bucket", "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket", false);
    row("* in resource part crosses slashes", "arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c.txt", true);
    row("* in resource part crosses colons", "arn:aws:logs:us-east-1:123456789012:log-group:app*",
        "arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s1", true);
    row("? matches one character", "arn:aws:ec2:us-east-1:123456789012:instance/i-????",
        "arn:aws:ec2:us-east-1:123456789012:instance/i-1234", true);
    row("? does not match two characters", "arn:aws:ec2:us-east-1:123456789012:instance/i-????",
        "arn:aws:ec2:us-east-1:123456789012:instance/i-12345", false);
    row("? matches one UTF-8 character", "arn:aws:s3:::bucket/caf?", "arn:aws:s3:::bucket/café", true);
    row("wildcard region segment", "arn:aws:ec2:*:123456789012:instance/*",
        "arn:aws:ec2:eu-west-1:123456789012:instance/i-1", true);
    row("wildcard account segment", "arn:aws:iam::*:role/Admin", "arn:aws:iam::111122223333:role/Admin", true);
    row("wildcard partition", "arn:aws*:s3:::bucket", "arn:aws-cn:s3:::bucket", true);
    row("mid-segment * does not cross a colon", "arn:aws:sqs:us-*-1:123456789012:q",
        "arn:aws:sqs:us-east-2:x-1:123456789012:q", false);
    row("mid-segment * within its segment", "arn:aws:sqs:us-*-1:123456789012:q", "arn:aws:sqs:us-east-1:123456789012:q",
        true);
    row("? does not match a colon before the resource part", "arn:aws:sqs:us-east-1?123456789012:q",
        "arn:aws:sqs:us-east-1:123456789012:q", false);
    row("trailing * of a segment crosses colons", "arn:aws:iam::*", "arn:aws:iam::123456789012:role/x", true);
    row("trailing * of a short pattern crosses colons", "arn:aws:s3:*", "arn:aws:s3:::bucket/key", true);
    row("partial ARN without wildcard", "arn:aws:iam::123456789012", "arn:aws:iam::123456789012:root", false);
    row("other service does not match", "arn:aws:s3:::*", "arn:aws:sqs:us-east-1:123456789012:q", false);
    row("non-ARN pattern is a whole-string glob", "foo*", "foobar", true);
    row("non-ARN pattern does not match an ARN", "foo*", "arn:aws:s3:::foo", false);
    row("ARN pattern does not match a resource-less request", "arn:aws:s3:::*", "*", false);
    row("backslash in a pattern is literal", "arn:aws:s3:::b/a\\*", "arn:aws:s3:::b/a\\xyz", true);
    row("backslash does not escape the wildcard", "arn:aws:s3:::b/a\\*", "arn:aws:s3:::b/a*", false);

    row("policy variable in resource", "arn:aws:s3:::bucket/home/${aws:username}/*",
        "arn:aws:s3:::bucket/home/alice/notes.txt", true, alice);
    row("policy variable for another user", "arn:aws:s3:::bucket/home/${aws:username}/*",
        "arn:aws:s3:::bucket/home/bob/notes.txt", false, alice);
    row("policy variable key is case-insensitive", "arn:aws:s3:::bucket/home/${AWS:UserName}/*",
        "arn:aws:s3:::bucket/home/alice/x", true, alice);
    row("unresolvable variable does not match", "arn:aws:s3:::bucket/home/${aws:username}/*",
        "arn:aws:s3:::bucket/home/${aws:username}/x", false);
    row("unresolvable variable does not match even with *", "arn:aws:s3:::*/${aws:username}", "arn:aws:s3:::b/anything",
        false);
    row("default value for a missing key", "arn:aws:s3:::bucket/${aws:userid, 'anonymous'}/*",
        "arn:aws:s3:::bucket/anonymous/x", true);
    row("default value unused when the key is present", "arn:aws:s3:::bucket/${aws:userid, 'anonymous'}/*",
        "arn:aws:s3:::bucket/anonymous/x", false, { { "aws:userid", { "AIDAEXAMPLE" } } });
    row("present key replaces the default", "arn:aws:s3:::bucket/${aws:userid, 'anonymous'}/*",
        "arn:aws:s3:::bucket/AIDAEXAMPLE/x", true, { { "aws:userid", { "AIDAEXAMPLE" } } });
    row("multi-valued key is not a variable", "arn:aws:s3:::b/${aws:PrincipalTag/team}/*", "arn:aws:s3:::b/a/x", false,
        { { "aws:PrincipalTag/team", { "a", "b" } } });
    row("tag variable in resource", "arn:aws:s3:::bucket/${aws:PrincipalTag/department}", "arn:aws:s3:::bucket/hr",
        true, { { "aws:PrincipalTag/department", { "hr" } } });
    row("variable value * is not a wildcard", "arn:aws:s3:::b/home/${aws:username}/*", "arn:aws:s3:::b/home/alice/x",
        false, { { "aws:username", { "*" } } });
    row("variable value * matches itself", "arn:aws:s3:::b/home/${aws:username}/*", "arn:aws:s3:::b/home/*/x", true,
        { { "aws:username", { "*" } } });
    row("${*} is a literal star", "arn:aws:s3:::b/${*}", "arn:aws:s3:::b/anything", false);
    row("${*} matches a star", "arn:aws:s3:::b/${*}", "arn:aws:s3:::b/*", true);
    row("${?} is a literal question mark", "arn:aws:s3:::b/what${?}", "arn:aws:s3:::b/whatx", false);
    row("${?} matches a question mark", "arn:aws:s3:::b/what${?}", "arn:aws:s3:::b/what?", true);
    row("${$} is a literal dollar", "arn:aws:s3:::b/${$}{aws:username}", "arn:aws:s3:::b/${aws:username}", true, alice);
    row("${$} does not start a variable", "arn:aws:s3:::b/${$}{aws:username}", "arn:aws:s3:::b/alice", false, alice);
    row("no variables before the fifth colon", "arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q",
        "arn:aws:sqs:us-east-1:123456789012:q", false, { { "aws:PrincipalAccount", { "123456789012" } } });
    row("unclosed ${ is literal", "arn:aws:s3:::b/${oops", "arn:aws:s3:::b/${oops", true);
    row("2008-10-17 policy keeps variables literal", "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::b/${aws:username}",
        true, alice, false);
    row("2008-10-17 policy does not substitute", "arn:aws:s3:::b/${aws:username}", "arn:aws:s3:::b/alice", false, alice,
        false);
}

void TestArnMatcher::resourceMatches()
{
    QFETCH(std::string, pattern);
    QFETCH(std::string, arn);
    QFETCH(ContextEntries, context);
    QFETCH(bool, variables);
    QFETCH(bool, expected);
    const VariableMode mode = variables ? VariableMode::Resolve : VariableMode::Literal;
    QCOMPARE(grantscope::resourceMatches(pattern, arn, makeContext(context), mode), expected);
}

void TestArnMatcher::arnLike_data()
{
    QTest::addColumn<std::string>("pattern");
    QTest::addColumn<std::string>("arn");
    QTest::addColumn<bool>("expected");

    auto row = [](const char* name, const std::string& pattern, const std::string& arn, bool expected) {
        QTest::newRow(name) << pattern << arn << expected;
    };
    row("ArnLike exact", "arn:aws:sns:us-east-1:123456789012:topic", "arn:aws:sns:us-east-1:123456789012:topic", true);
    row("ArnLike wildcard in account segment", "arn:aws:iam::*:role/Admin", "arn:aws:iam::111122223333:role/Admin",
        true);
    row("ArnLike wildcard in region segment", "arn:aws:sns:*:123456789012:topic",
        "arn:aws:sns:us-east-2:123456789012:topic", true);
    row("ArnLike * matches an empty segment", "arn:aws:s3:*:*:bucket", "arn:aws:s3:::bucket", true);
    // The IAM User Guide's own example: StringLike matches it, ArnLike must not.
    row("ArnLike checks each segment separately", "arn:aws:someservice:*:111122223333:finance/*",
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt", false);
    row("ArnLike resource part crosses colons", "arn:aws:logs:*:*:log-group:*",
        "arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:s1", true);
    row("ArnLike resource part crosses slashes", "arn:aws:iam::*:role/*", "arn:aws:iam::1:role/path/to/role", true);
    row("ArnLike is case-sensitive", "arn:aws:iam::*:role/admin", "arn:aws:iam::1:role/Admin", false);
    row("ArnLike ? matches one character", "arn:aws:ec2:*:*:instance/i-?????",
        "arn:aws:ec2:us-east-1:1:instance/i-12345", true);
    row("ArnLike ? needs a character", "arn:aws:ec2:*:*:instance/i-?????", "arn:aws:ec2:us-east-1:1:instance/i-1234",
        false);
    row("ArnLike pattern with fewer than six components", "arn:aws:iam::*", "arn:aws:iam::123456789012:role/x", false);
    row("ArnLike value that is not an ARN", "arn:aws:iam::*:role/*", "not-an-arn", false);
    row("ArnLike backslash is literal", "arn:aws:s3:::a\\b", "arn:aws:s3:::a\\b", true);
}

void TestArnMatcher::arnLike()
{
    QFETCH(std::string, pattern);
    QFETCH(std::string, arn);
    QFETCH(bool, expected);
    QCOMPARE(grantscope::arnLike(pattern, arn), expected);
}

void TestArnMatcher::manyWildcardsStayFast()
{
    // A backtracking matcher would take exponential time on this; ours is O(pattern × text).
    std::string pattern = "arn:aws:s3:::b/";
    for (int i = 0; i < 40; ++i)
        pattern += "*a";
    pattern += "b";
    const std::string arn = "arn:aws:s3:::b/" + std::string(20000, 'a');
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!grantscope::resourceMatches(pattern, arn, RequestContext {}));
    QVERIFY(!grantscope::arnLike(pattern, arn));
    QVERIFY2(timer.elapsed() < 5000, "wildcard matching took too long");
}

QTEST_GUILESS_MAIN(TestArnMatcher)
#include "tst_arnmatcher.moc"
