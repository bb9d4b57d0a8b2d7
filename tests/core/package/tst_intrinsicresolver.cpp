// SPDX-License-Identifier: GPL-3.0-or-later
// The intrinsic resolver on hostile templates: self-referring mappings, long condition chains, strings
// built past any sensible size and many references must end quickly with one located error.
#include "doc/YamlReader.h"
#include "package/IntrinsicResolver.h"
#include "package/PackageLoader.h"

#include <QTest>

#include <algorithm>

using namespace grantscope;

class TestIntrinsicResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void selfReferringMappingIsRejected();
    void literalMappingStillResolves();
    void longConditionChainIsBounded();
    void shortConditionChainResolves();
    void oversizedSubIsBounded();
    void manyReferencesAreIndexed();
};

namespace {

SourceNode parse(const std::string& yaml, Diagnostics& diagnostics)
{
    std::optional<SourceNode> n = readYaml(yaml, QStringLiteral("t.yaml"), diagnostics);
    return n ? *n : SourceNode {};
}

const Diagnostic* errorWithCode(const ReviewSubject& s, const char* code)
{
    const auto it = std::find_if(s.diagnostics.begin(), s.diagnostics.end(),
        [&](const Diagnostic& d) { return d.severity == DiagnosticSeverity::Error && d.code == code; });
    return it == s.diagnostics.end() ? nullptr : &*it;
}

std::string conditionChain(int length)
{
    std::string yaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nConditions:\n  C0: !Equals [a, a]\n";
    for (int i = 1; i < length; ++i)
        yaml += "  C" + std::to_string(i) + ": !Condition C" + std::to_string(i - 1) + "\n";
    yaml += "Resources: {}\n";
    return yaml;
}

} // namespace

void TestIntrinsicResolver::selfReferringMappingIsRejected()
{
    // Each value names itself three times: evaluated, it would grow without end.
    const std::string yaml = R"(AWSTemplateFormatVersion: "2010-09-09"
Mappings:
  Vendor:
    Accounts:
      Ids: [!FindInMap [Vendor, Accounts, Ids], !FindInMap [Vendor, Accounts, Ids], !FindInMap [Vendor, Accounts, Ids]]
Resources: {}
)";
    ReviewSubject s;
    const SourceNode root = parse(yaml, s.diagnostics);
    const QString file = QStringLiteral("t.yaml"); // the resolver keeps references to both
    const LoadOptions options;
    IntrinsicResolver r(root, file, options, s);
    const SourceNode* value = root.find("Mappings")->find("Vendor")->find("Accounts")->find("Ids");
    const std::optional<SourceNode> out = r.resolve(value->items[0]);
    QVERIFY(out && out->isScalar());
    QCOMPARE(out->text, std::string("${Fn::FindInMap}"));
    const Diagnostic* d = errorWithCode(s, "template-mapping-function");
    QVERIFY(d);
    QCOMPARE(d->location.line, 5);
    QVERIFY(d->message.contains(QStringLiteral("Vendor.Accounts.Ids")));
}

void TestIntrinsicResolver::literalMappingStillResolves()
{
    const std::string yaml = R"(AWSTemplateFormatVersion: "2010-09-09"
Mappings:
  Vendor:
    Accounts:
      Ids: ["111122223333", "444455556666"]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      Principals: !FindInMap [Vendor, Accounts, Ids]
)";
    ReviewSubject s;
    const SourceNode root = parse(yaml, s.diagnostics);
    const QString file = QStringLiteral("t.yaml"); // the resolver keeps references to both
    const LoadOptions options;
    IntrinsicResolver r(root, file, options, s);
    const std::optional<SourceNode> out
        = r.resolve(*root.find("Resources")->find("Role")->find("Properties")->find("Principals"));
    QVERIFY(out && out->isArray());
    QCOMPARE(out->items.size(), size_t(2));
    QCOMPARE(out->items[1].text, std::string("444455556666"));
    QVERIFY(s.diagnostics.empty());
}

void TestIntrinsicResolver::longConditionChainIsBounded()
{
    // Every condition names the one before: one depth for the whole chain, not one per name.
    ReviewSubject s;
    const SourceNode root = parse(conditionChain(20000), s.diagnostics);
    QVERIFY(!hasErrors(s.diagnostics));
    const QString file = QStringLiteral("t.yaml"); // the resolver keeps references to both
    const LoadOptions options;
    IntrinsicResolver r(root, file, options, s);
    QVERIFY(!r.condition("C19999").has_value());
    const Diagnostic* d = errorWithCode(s, "template-limit");
    QVERIFY(d);
    QVERIFY(d->location.line > 0);
}

void TestIntrinsicResolver::shortConditionChainResolves()
{
    ReviewSubject s;
    const SourceNode root = parse(conditionChain(50), s.diagnostics);
    const QString file = QStringLiteral("t.yaml"); // the resolver keeps references to both
    const LoadOptions options;
    IntrinsicResolver r(root, file, options, s);
    QCOMPARE(r.condition("C49"), std::optional<bool>(true));
    QVERIFY(s.diagnostics.empty());
}

void TestIntrinsicResolver::oversizedSubIsBounded()
{
    std::string body;
    for (int i = 0; i < 400000; ++i)
        body += "${AWS::Partition}";
    const std::string yaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  R:\n    Type: AWS::IAM::Role\n"
                             "    Properties:\n      RoleName: !Sub \""
        + body + "\"\n";
    ReviewSubject s;
    const SourceNode root = parse(yaml, s.diagnostics);
    const QString file = QStringLiteral("t.yaml"); // the resolver keeps references to both
    const LoadOptions options;
    IntrinsicResolver r(root, file, options, s);
    const std::optional<SourceNode> out
        = r.resolve(*root.find("Resources")->find("R")->find("Properties")->find("RoleName"));
    QVERIFY(out && out->text.size() < IntrinsicResolver::kMaxStringBytes + 64);
    QVERIFY(errorWithCode(s, "template-limit"));
}

void TestIntrinsicResolver::manyReferencesAreIndexed()
{
    // 5,000 resources, each a Sub naming 20 others: with a scan of Resources per reference this is
    // quadratic; indexed it is linear (bench_engine measures it). The answer must be right.
    std::string yaml = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n";
    for (int i = 0; i < 5000; ++i) {
        yaml += "  Topic" + std::to_string(i)
            + ":\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Sub \"";
        for (int k = 0; k < 20; ++k)
            yaml += "${Topic" + std::to_string((i + k + 1) % 5000) + "}-";
        yaml += "\"\n";
    }
    ReviewSubject s;
    const SourceNode root = parse(yaml, s.diagnostics);
    QVERIFY(!hasErrors(s.diagnostics));
    const QString file = QStringLiteral("t.yaml"); // the resolver keeps references to both
    const LoadOptions options;
    IntrinsicResolver r(root, file, options, s);
    std::string last;
    for (const SourceMember& m : root.find("Resources")->members)
        last = r.resolve(*m.value.find("Properties")->find("TopicName"))->text;
    QVERIFY(last.starts_with("${Topic0}-${Topic1}-"));
    QVERIFY(!hasErrors(s.diagnostics));
}

QTEST_GUILESS_MAIN(TestIntrinsicResolver)
#include "tst_intrinsicresolver.moc"
