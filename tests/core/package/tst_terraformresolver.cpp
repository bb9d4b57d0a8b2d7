// SPDX-License-Identifier: GPL-3.0-or-later
// Terraform values built from other values: computed once, a name built from itself is a located
// error, and no interpolation builds an unbounded string.
#include "package/PackageLoader.h"
#include "package/TerraformResolver.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

class TestTerraformResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selfReferenceIsACycle();
    void chainedNamesResolve();
    void exponentialNamesAreBounded();
};

namespace {

const Diagnostic* errorWithCode(const ReviewSubject& s, const char* code)
{
    const auto it = std::find_if(s.diagnostics.begin(), s.diagnostics.end(),
        [&](const Diagnostic& d) { return d.severity == DiagnosticSeverity::Error && d.code == code; });
    return it == s.diagnostics.end() ? nullptr : &*it;
}

ReviewSubject load(const char* name, const std::string& text)
{
    ReviewSubject s;
    loadDocument(QString::fromLatin1(name), text, {}, s);
    return s;
}

const char* const kTrust = R"(jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow",
    Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "sts:AssumeRole" }] }))";

} // namespace

void TestTerraformResolver::selfReferenceIsACycle()
{
    const std::string tf = std::string(R"(resource "aws_iam_role" "collector" {
  name               = "${aws_iam_role.collector.name}-${aws_iam_role.collector.name}-${aws_iam_role.collector.name}"
  assume_role_policy = )")
        + kTrust + R"(
}
resource "aws_iam_role_policy" "read" {
  role   = aws_iam_role.collector.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
)";
    const ReviewSubject s = load("main.tf", tf);
    const Diagnostic* d = errorWithCode(s, "terraform-reference-cycle");
    QVERIFY(d);
    QCOMPARE(d->location.line, 1);
    QVERIFY(d->message.contains(QStringLiteral("aws_iam_role.collector.name")));
    // The role and its policy are still reviewed; the name stays visible as written.
    QCOMPARE(s.roles.size(), size_t(1));
    QVERIFY(!s.roles.front().policies.empty());
}

void TestTerraformResolver::chainedNamesResolve()
{
    // A benign chain: the policy's name is built from the role's, which is built from a literal.
    const std::string tf = std::string(R"(resource "aws_iam_role" "collector" {
  name               = "acme-collector"
  assume_role_policy = )")
        + kTrust + R"(
}
resource "aws_iam_policy" "read" {
  name   = "${aws_iam_role.collector.name}-read"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
resource "aws_iam_role_policy_attachment" "read" {
  role       = aws_iam_role.collector.name
  policy_arn = aws_iam_policy.read.arn
}
)";
    const ReviewSubject s = load("main.tf", tf);
    QVERIFY(!hasErrors(s.diagnostics));
    QCOMPARE(s.roles.size(), size_t(1));
    QCOMPARE(s.roles.front().name, std::string("acme-collector"));
    const auto& policies = s.roles.front().policies;
    QVERIFY(std::any_of(policies.begin(), policies.end(),
        [](const PolicyRecord& p) { return p.name.find("acme-collector-read") != std::string::npos; }));
}

void TestTerraformResolver::exponentialNamesAreBounded()
{
    // Each name repeats the next one four times: 4^12 copies if expanded naively.
    std::string tf;
    for (int i = 0; i < 12; ++i) {
        const std::string next = "aws_iam_role.r" + std::to_string(i + 1) + ".name";
        tf += "resource \"aws_iam_role\" \"r" + std::to_string(i) + "\" {\n  name = \"${" + next + "}${" + next + "}${"
            + next + "}${" + next + "}\"\n  assume_role_policy = " + kTrust + "\n}\n";
    }
    tf += std::string("resource \"aws_iam_role\" \"r12\" {\n  name = \"abcdefgh\"\n  assume_role_policy = ") + kTrust
        + "\n}\n";
    const ReviewSubject s = load("main.tf", tf);
    QVERIFY(errorWithCode(s, "terraform-limit"));
    for (const RoleRecord& r : s.roles)
        QVERIFY(r.name.size() <= TerraformResolver::kMaxStringBytes + 64);
}

QTEST_GUILESS_MAIN(TestTerraformResolver)
#include "tst_terraformresolver.moc"
