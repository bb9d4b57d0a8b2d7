// SPDX-License-Identifier: GPL-3.0-or-later
// readJsonArray(): the items of a root array are handed over one at a time, located exactly as readJson()
// locates them, and a broken document fails with readJson()'s own diagnostic.
#include "doc/JsonReader.h"

#include <QTest>

using namespace grantscope;

class TestJsonArrayReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void itemsAsTheTreeHasThem();
    void sameErrorsAsReadJson_data();
    void sameErrorsAsReadJson();
    void handlerStopsTheReading();
    void otherValuesAreReturnedWhole();
    void valueLimitBoundsEachItem();
};

namespace {

const std::string kCases = R"([
  {"identityPolicies": [{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::example-bucket/*"}]}], "action": "s3:GetObject", "resource": "arn:aws:s3:::example-bucket/a"},
  {"identityPolicies": [], "boundary": null, "action": "sts:GetCallerIdentity", "resource": "*"},
  "not a case", 7, [],
  {"identityPolicies": [], "action": "ec2:StopInstances", "resource": "*", "context": {"aws:RequestedRegion": "eu-west-1"}}
]
)";

} // namespace

void TestJsonArrayReader::itemsAsTheTreeHasThem()
{
    Diagnostics treeDiagnostics;
    const std::optional<SourceNode> tree = readJson(kCases, QStringLiteral("cases.json"), treeDiagnostics);
    QVERIFY(tree && tree->isArray());
    std::vector<SourceNode> items;
    std::vector<size_t> indices;
    Diagnostics diagnostics;
    const std::optional<SourceNode> root
        = readJsonArray(kCases, QStringLiteral("cases.json"), diagnostics, [&](SourceNode& item, size_t index) {
              items.push_back(std::move(item));
              indices.push_back(index);
              return true;
          });
    QVERIFY(root);
    QVERIFY(root->isArray());
    QVERIFY(root->items.empty()); // handed over, not kept
    QCOMPARE(root->location, tree->location);
    QVERIFY(diagnostics.empty());
    QCOMPARE(items.size(), tree->items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        QCOMPARE(indices[i], i);
        QVERIFY2(items[i] == tree->items[i], qPrintable(QStringLiteral("item %1").arg(i)));
    }
    QCOMPARE(items[3].location, (SourceLocation { 5, 17 })); // the 7 of `"not a case", 7, []`
}

void TestJsonArrayReader::sameErrorsAsReadJson_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("truncated in the second case")
        << QByteArray("[\n  {\"action\": \"s3:GetObject\"},\n  {\"identityPolicies\": [], \"action\": \"s3:Get");
    QTest::newRow("trailing comma after the last case") << QByteArray("[\n  {\"action\": \"s3:GetObject\"},\n]\n");
    QTest::newRow("duplicate key in a case")
        << QByteArray("[{\"action\": \"s3:GetObject\"},\n {\"action\": \"a\", \"action\": \"b\"}]");
    QTest::newRow("nested too deep") << QByteArray("[") + QByteArray("{\"a\":").repeated(1000);
    QTest::newRow("text after the array") << QByteArray("[{}, {}] {}");
    QTest::newRow("invalid UTF-8 in a resource") << QByteArray("[{\"resource\": \"arn:aws:s3:::b/\xff\"}]");
}

void TestJsonArrayReader::sameErrorsAsReadJson()
{
    QFETCH(QByteArray, text);
    Diagnostics expected;
    QVERIFY(!readJson(text.toStdString(), QStringLiteral("cases.json"), expected));
    Diagnostics actual;
    const std::optional<SourceNode> root = readJsonArray(
        text.toStdString(), QStringLiteral("cases.json"), actual, [](SourceNode&, size_t) { return true; });
    QVERIFY(!root);
    QCOMPARE(actual, expected);
}

void TestJsonArrayReader::handlerStopsTheReading()
{
    int seen = 0;
    Diagnostics diagnostics;
    const std::optional<SourceNode> root
        = readJsonArray(kCases, QStringLiteral("cases.json"), diagnostics, [&](SourceNode& item, size_t) {
              ++seen;
              return item.isObject(); // the third item is a string: stop there
          });
    QVERIFY(!root);
    QCOMPARE(seen, 3);
}

void TestJsonArrayReader::otherValuesAreReturnedWhole()
{
    Diagnostics diagnostics;
    int seen = 0;
    const std::optional<SourceNode> root = readJsonArray(R"({"cases": [{"action": "s3:GetObject"}]})",
        QStringLiteral("cases.json"), diagnostics, [&](SourceNode&, size_t) { return ++seen, true; });
    QVERIFY(root);
    QVERIFY(root->isObject());
    QVERIFY(root->find("cases") && root->find("cases")->items.size() == 1);
    QCOMPARE(seen, 0);
}

void TestJsonArrayReader::valueLimitBoundsEachItem()
{
    // 400 cases of 7 values each: more than the limit of 1,000 values in all, within it case by case.
    std::string text = "[\n";
    for (int i = 0; i < 400; ++i)
        text
            += std::string(i ? ",\n" : "") + R"(  {"identityPolicies": [], "action": "s3:GetObject", "resource": "*"})";
    text += "\n]\n";
    ReadLimits limits;
    limits.maxNodes = 1000;
    Diagnostics whole;
    QVERIFY(!readJson(text, QStringLiteral("cases.json"), whole, limits));
    QCOMPARE(whole.front().code, std::string("json-size"));
    Diagnostics diagnostics;
    size_t items = 0;
    QVERIFY(readJsonArray(
        text, QStringLiteral("cases.json"), diagnostics, [&](SourceNode&, size_t) { return ++items, true; }, limits));
    QCOMPARE(items, size_t(400));
    // One item larger than the limit is still refused, where readJson() would refuse it.
    std::string huge = "[{\"a\": [";
    for (int i = 0; i < 1200; ++i)
        huge += std::string(i ? ", " : "") + "1";
    huge += "]}]";
    Diagnostics tooBig;
    QVERIFY(!readJsonArray(
        huge, QStringLiteral("cases.json"), tooBig, [](SourceNode&, size_t) { return true; }, limits));
    QCOMPARE(tooBig.front().code, std::string("json-size"));
}

QTEST_GUILESS_MAIN(TestJsonArrayReader)
#include "tst_jsonarrayreader.moc"
