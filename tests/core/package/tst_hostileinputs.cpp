// SPDX-License-Identifier: GPL-3.0-or-later
// Vendor packages are untrusted: hostile inputs must end in a located error (or a correct result),
// never a crash, a hang or unbounded memory.
#include "analysis/PackageAnalysis.h"
#include "analysis/RuleSet.h"
#include "catalog/Catalog.h"
#include "package/PackageLoader.h"

#include <QTest>

using namespace grantscope;

class TestHostileInputs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rejected_data();
    void rejected();
    void circularConditionsTerminate();
    void manyRolesLoad();
};

namespace {

std::string billionLaughs()
{
    std::string s = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; ++c, ++prev) {
        s += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 9; ++i)
            s += std::string(i ? ",*" : "*") + prev;
        s += "]\n";
    }
    return s;
}

} // namespace

void TestHostileInputs::rejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");

    QTest::newRow("YAML alias bomb") << "bomb.yaml" << QByteArray::fromStdString(billionLaughs()) << "yaml-size";
    QTest::newRow("YAML deep flow nesting") << "deep.yaml" << QByteArray(100000, '[') << "yaml-depth";
    std::string blocks;
    for (int i = 0; i < 3000; ++i)
        blocks += std::string(static_cast<size_t>(i), ' ') + "- \n";
    QTest::newRow("YAML deep block nesting") << "blocks.yaml" << QByteArray::fromStdString(blocks) << "";
    QTest::newRow("JSON deep nesting") << "deep.json" << QByteArray(100000, '[') << "json-depth";
    QTest::newRow("binary garbage") << "garbage.yaml" << QByteArray("\x00\xff\xfe\x01\x02{[:", 9) << "";
    QTest::newRow("YAML that is not a package")
        << "notes.yaml" << QByteArray("title: hello\nitems: [1, 2]\n") << "package-unknown-document";
    QTest::newRow("JSON array") << "list.json" << QByteArray("[1,2,3]") << "package-unknown-document";
}

void TestHostileInputs::rejected()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    ReviewSubject s;
    loadDocument(name, std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), {}, s);
    // Either a located error, or (for inputs a parser may legitimately accept) nothing to review.
    if (!code.isEmpty()) {
        QVERIFY2(hasErrors(s.diagnostics), qPrintable(name));
        QCOMPARE(QString::fromStdString(s.diagnostics.front().code), code);
    }
    for (const Diagnostic& d : s.diagnostics)
        QVERIFY2(d.file == name && !d.message.isEmpty(), qPrintable(d.toString()));
    QVERIFY(s.roles.empty());
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    Q_UNUSED(a);
}

void TestHostileInputs::circularConditionsTerminate()
{
    const QByteArray yaml = R"(AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  A: !Not [!Condition B]
  B: !Not [!Condition A]
Resources:
  Role:
    Type: AWS::IAM::Role
    Condition: A
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: {AWS: "210987654321"}
            Action: sts:AssumeRole
            Condition: {StringEquals: {sts:ExternalId: !If [B, x, y]}}
)";
    ReviewSubject s;
    loadDocument(
        QStringLiteral("circular.yaml"), std::string_view(yaml.constData(), static_cast<size_t>(yaml.size())), {}, s);
    // Undecidable conditions: the role is kept (more access is reviewed, not less) and the guess is noted.
    QCOMPARE(s.roles.size(), size_t(1));
    QVERIFY(std::any_of(
        s.notes.begin(), s.notes.end(), [](const PackageNote& n) { return n.kind == "condition-assumed"; }));
}

void TestHostileInputs::manyRolesLoad()
{
    std::string yaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n";
    for (int i = 0; i < 2000; ++i)
        yaml += "  Role" + std::to_string(i)
            + ":\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: {Version: \"2012-10-17\", "
              "Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}\n"
              "      Policies: [{PolicyName: p, PolicyDocument: {Version: \"2012-10-17\", Statement: [{Effect: Allow, "
              "Action: \"s3:Get*\", Resource: \"*\"}]}}]\n";
    ReviewSubject s;
    loadDocument(QStringLiteral("many.yaml"), yaml, {}, s);
    QCOMPARE(s.roles.size(), size_t(2000));
    const PackageAnalysis a = analyzePackage(s, Catalog::bundled(), RuleSet::bundled());
    QCOMPARE(a.subjects.size(), size_t(2000));
}

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
