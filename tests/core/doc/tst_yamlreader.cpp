// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/YamlReader.h"

#include <QFile>
#include <QTest>

#include <string>

using namespace grantscope;

class TestYamlReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTemplate();
    void aliasesCopyTheAnchoredValue();
    void emptyInputIsNull();
    void duplicateKeys_data();
    void duplicateKeys();
    void largeMappingIsLinear();
    void aliasBombStops();
    void aliasInsideItsOwnValueIsAnError();
    void nodeLimitAppliesWhileReading();
    void depthLimit();
    void hostileFixtures_data();
    void hostileFixtures();
};

namespace {

const QString kFile = QStringLiteral("vendor-role.yaml");

QString at(SourceLocation location)
{
    return QString::number(location.line) + QLatin1Char(':') + QString::number(location.column);
}

QString errorText(const Diagnostics& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << QString::fromStdString(d.code) + QLatin1Char(' ') + at(d.location) + QLatin1Char(' ') + d.message;
    return out.join(QLatin1Char('\n'));
}

} // namespace

void TestYamlReader::readsTemplate()
{
    const std::string text = "Resources:\n"
                             "  VendorRole:\n"
                             "    Type: AWS::IAM::Role\n"
                             "    Properties:\n"
                             "      RoleName: !Sub '${AWS::StackName}-audit'\n"
                             "      MaxSessionDuration: 3600\n"
                             "      Enabled: True\n"
                             "      Quoted: \"true\"\n"
                             "      Empty: ~\n"
                             "      Arns: [arn:aws:iam::123456789012:root, !Ref Partner]\n";
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readYaml(text, kFile, diagnostics);
    QVERIFY2(root.has_value(), qPrintable(errorText(diagnostics)));
    QVERIFY(diagnostics.empty());
    const SourceNode* properties = root->find("Resources")->find("VendorRole")->find("Properties");
    QVERIFY(properties);
    QCOMPARE(at(properties->location), QStringLiteral("5:7"));
    const SourceMember* roleName = properties->findMember("RoleName");
    QCOMPARE(at(roleName->keyLocation), QStringLiteral("5:7"));
    QCOMPARE(roleName->value.tag, std::string("!Sub"));
    QCOMPARE(roleName->value.text, std::string("${AWS::StackName}-audit"));
    QCOMPARE(at(roleName->value.location), QStringLiteral("5:17"));
    QCOMPARE(properties->find("MaxSessionDuration")->kind, SourceNode::Kind::Number);
    QCOMPARE(properties->find("Enabled")->kind, SourceNode::Kind::Bool);
    QCOMPARE(properties->find("Enabled")->text, std::string("true"));
    QCOMPARE(properties->find("Quoted")->kind, SourceNode::Kind::String);
    QCOMPARE(properties->find("Empty")->kind, SourceNode::Kind::Null);
    const SourceNode* arns = properties->find("Arns");
    QCOMPARE(arns->items.size(), size_t(2));
    QCOMPARE(arns->items[0].text, std::string("arn:aws:iam::123456789012:root"));
    QCOMPARE(arns->items[1].tag, std::string("!Ref"));
    QCOMPARE(at(arns->items[1].location), QStringLiteral("10:46"));
}

void TestYamlReader::aliasesCopyTheAnchoredValue()
{
    const std::string text = "Statement: &read\n"
                             "  - Effect: Allow\n"
                             "    Action: s3:GetObject\n"
                             "Again: *read\n";
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readYaml(text, kFile, diagnostics);
    QVERIFY2(root.has_value(), qPrintable(errorText(diagnostics)));
    QVERIFY(*root->find("Again") == *root->find("Statement"));
    QCOMPARE(root->find("Again")->items[0].find("Action")->text, std::string("s3:GetObject"));
}

void TestYamlReader::emptyInputIsNull()
{
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readYaml("", kFile, diagnostics);
    QVERIFY(root.has_value());
    QCOMPARE(root->kind, SourceNode::Kind::Null);
    QVERIFY(diagnostics.empty());
}

void TestYamlReader::duplicateKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error"); // empty when the document is read

    QTest::newRow("two Properties blocks") << QStringLiteral("Resources:\n"
                                                             "  VendorRole:\n"
                                                             "    Type: AWS::IAM::Role\n"
                                                             "    Properties:\n"
                                                             "      RoleName: audit\n"
                                                             "    Properties:\n"
                                                             "      RoleName: admin\n")
                                           << QStringLiteral("yaml-duplicate-key 6:5 duplicate key \"Properties\" "
                                                             "(first at line 4, column 5)");
    QTest::newRow("flow mapping") << QStringLiteral("{Effect: Allow, Action: '*', Effect: Deny}")
                                  << QStringLiteral("yaml-duplicate-key 1:30 duplicate key \"Effect\" "
                                                    "(first at line 1, column 2)");
    QTest::newRow("quoted and plain spelling") << QStringLiteral("Effect: Allow\n\"Effect\": Deny\n")
                                               << QStringLiteral("yaml-duplicate-key 2:1 duplicate key \"Effect\" "
                                                                 "(first at line 1, column 1)");
    QTest::newRow("same key in sibling mappings")
        << QStringLiteral("- {Effect: Allow}\n- {Effect: Deny}\n") << QString();
    QTest::newRow("same key nested") << QStringLiteral("Condition:\n  Condition: x\n") << QString();
    QTest::newRow("keys differing in case") << QStringLiteral("Action: a\naction: b\n") << QString();
    QString many;
    for (int i = 0; i < 40; ++i)
        many += QStringLiteral("k%1: %1\n").arg(i);
    QTest::newRow("many keys, no duplicate") << many << QString();
    QTest::newRow("many keys, duplicate at the end")
        << many + QStringLiteral("k17: again\n")
        << QStringLiteral("yaml-duplicate-key 41:1 duplicate key \"k17\" (first at line 18, column 1)");
}

void TestYamlReader::duplicateKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    Diagnostics diagnostics;
    const QByteArray utf8 = text.toUtf8();
    const std::optional<SourceNode> root
        = readYaml(std::string_view(utf8.constData(), size_t(utf8.size())), kFile, diagnostics);
    QCOMPARE(errorText(diagnostics), error);
    QCOMPARE(root.has_value(), error.isEmpty());
    if (!error.isEmpty()) {
        QCOMPARE(diagnostics.front().severity, DiagnosticSeverity::Error);
        QCOMPARE(diagnostics.front().file, kFile);
    }
}

void TestYamlReader::largeMappingIsLinear()
{
    // Reading a mapping used to compare each key with every earlier one. 100,000 keys must be read,
    // and a duplicate among them still found.
    std::string text;
    for (int i = 0; i < 100000; ++i)
        text += "Key" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readYaml(text, kFile, diagnostics);
    QVERIFY2(root.has_value(), qPrintable(errorText(diagnostics)));
    QCOMPARE(root->members.size(), size_t(100000));
    QCOMPARE(root->members.back().key, std::string("Key99999"));
    QCOMPARE(root->members.back().value.text, std::string("99999"));
    QCOMPARE(at(root->members.back().keyLocation), QStringLiteral("100000:1"));

    text += "Key5: again\n";
    QVERIFY(!readYaml(text, kFile, diagnostics).has_value());
    QCOMPARE(errorText(diagnostics),
        QStringLiteral("yaml-duplicate-key 100001:1 duplicate key \"Key5\" (first at line 6, column 1)"));
}

void TestYamlReader::aliasBombStops()
{
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 12; ++i) {
        const std::string prev = "*a" + std::to_string(i - 1);
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + prev;
        for (int k = 1; k < 10; ++k)
            text += ", " + prev;
        text += "]\n";
    }
    Diagnostics diagnostics;
    QVERIFY(!readYaml(text, kFile, diagnostics).has_value());
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics.front().code, std::string("yaml-size"));
    QVERIFY(diagnostics.front().location.line >= 5);
}

void TestYamlReader::aliasInsideItsOwnValueIsAnError()
{
    Diagnostics diagnostics;
    QVERIFY(!readYaml("Loop: &loop [a, *loop]\n", kFile, diagnostics).has_value());
    QCOMPARE(errorText(diagnostics), QStringLiteral("yaml-syntax 1:17 an alias refers to the value that contains it"));
}

void TestYamlReader::nodeLimitAppliesWhileReading()
{
    // The limit stops the read at the first value past it, before the rest of the input is held in memory.
    std::string text;
    for (int i = 0; i < 2000; ++i)
        text += "- s3:GetObject\n";
    ReadLimits limits;
    limits.maxNodes = 1000;
    Diagnostics diagnostics;
    QVERIFY(!readYaml(text, kFile, diagnostics, limits).has_value());
    QCOMPARE(errorText(diagnostics),
        QStringLiteral("yaml-size 1000:3 the document expands to more than 1000 values (an alias bomb?)"));
}

void TestYamlReader::depthLimit()
{
    std::string text;
    for (int i = 0; i < 10; ++i)
        text += "[";
    text += "x";
    for (int i = 0; i < 10; ++i)
        text += "]";
    ReadLimits limits;
    limits.maxDepth = 10;
    Diagnostics diagnostics;
    QVERIFY(readYaml(text, kFile, diagnostics, limits).has_value());
    limits.maxDepth = 9;
    QVERIFY(!readYaml(text, kFile, diagnostics, limits).has_value());
    QCOMPARE(errorText(diagnostics), QStringLiteral("yaml-depth 1:10 nesting deeper than 9 levels"));
}

void TestYamlReader::hostileFixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("duplicate Properties") << QStringLiteral("duplicate-properties.yaml")
                                          << QStringLiteral("yaml-duplicate-key 15:5 duplicate key \"Properties\" "
                                                            "(first at line 8, column 5)");
}

void TestYamlReader::hostileFixtures()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    QFile file(QStringLiteral(GRANTSCOPE_FIXTURES "/hostile/") + name);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    Diagnostics diagnostics;
    QVERIFY(!readYaml(std::string_view(data.constData(), size_t(data.size())), name, diagnostics).has_value());
    QCOMPARE(errorText(diagnostics), error);
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
