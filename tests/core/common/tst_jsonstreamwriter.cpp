// SPDX-License-Identifier: GPL-3.0-or-later
// JsonStreamWriter: what it writes is byte for byte what nlohmann::ordered_json::dump(2) writes for the same
// document, handed to the sink in chunks that never split a token, and nothing more once the sink fails.
#include "common/JsonStreamWriter.h"
#include "common/Utf8.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace grantscope;
using Json = nlohmann::ordered_json;

class TestJsonStreamWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameBytesAsDump_data();
    void sameBytesAsDump();
    void chunksHoldWholeTokens();
    void stopsWhenTheSinkFails();
    void membersAreAddedToTheOpenObject();
};

namespace {

std::string dumped(const Json& document)
{
    return document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string streamed(const Json& document, size_t chunkBytes = 64 * 1024)
{
    std::string out;
    JsonStreamWriter writer(
        [&out](std::string_view chunk) {
            out += chunk;
            return true;
        },
        chunkBytes);
    writer.json(document);
    writer.finish();
    return out;
}

// A finding of `analyze --json` as a vendor's template produces it: nested objects, lists, empty lists.
Json finding()
{
    return Json::parse(R"({"rule": "iam-passrole-any", "severity": "high", "category": "privilege-escalation",
        "title": "Passes any role to any service", "actions": ["iam:passrole"], "resources": ["*"],
        "file": "vendor/acme-onboarding.yaml", "line": 42, "column": 11, "subject": "AcmeDeployerRole",
        "evidence": [{"file": "vendor/acme-onboarding.yaml", "line": 44, "column": 13, "policy": "DeployerPolicy",
        "sid": "PassRoles", "statement": 0}], "references": [], "condition": ""})");
}

} // namespace

void TestJsonStreamWriter::sameBytesAsDump_data()
{
    QTest::addColumn<QByteArray>("document"); // JSON, or the raw text of one string when it starts with '!'
    QTest::newRow("analyze finding") << QByteArray::fromStdString(finding().dump());
    QTest::newRow("empty object and array at every depth")
        << QByteArray(R"({"a": {}, "b": [], "c": [{}, [], [[]]], "d": {"e": {"f": []}}})");
    QTest::newRow("top-level empty array") << QByteArray("[]");
    QTest::newRow("numbers, booleans, null")
        << QByteArray(R"({"n": -9223372036854775807, "u": 18446744073709551615, "t": true, "f": false, "z": null})");
    QTest::newRow("quotes, backslashes and control characters")
        << QByteArray(R"(["say \"hi\"", "C:\\vendor", "tab\there", "cr\r lf\n ff\f bs\b", "\u0001\u001f\u007f"])");
    QTest::newRow("slash and unicode stay as they are")
        << QByteArray(R"(["arn:aws:s3:::bucket/*", "Zürich 東京 🚀", "\u202e reversed"])");
    QTest::newRow("keys with escapes") << QByteArray(R"({"a\"b": 1, "line\nbreak": 2, "": 3})");
    QTest::newRow("invalid UTF-8 in a role name") << QByteArray("!AcmeRole\xc3\x28\xff\xfe-\xe2\x82");
    QTest::newRow("overlong slash and surrogate") << QByteArray("!\xc0\xaf and \xed\xa0\x80 end");
}

void TestJsonStreamWriter::sameBytesAsDump()
{
    QFETCH(QByteArray, document);
    Json value;
    if (document.startsWith('!'))
        value = document.mid(1).toStdString(); // a string nlohmann holds as given, valid UTF-8 or not
    else
        value = Json::parse(document.toStdString());
    const std::string expected = dumped(value);
    QCOMPARE(QByteArray::fromStdString(streamed(value)), QByteArray::fromStdString(expected));
    QCOMPARE(QByteArray::fromStdString(streamed(value, 1)), QByteArray::fromStdString(expected));
}

void TestJsonStreamWriter::chunksHoldWholeTokens()
{
    Json findings = Json::array();
    for (int i = 0; i < 200; ++i) {
        Json f = finding();
        f["title"] = "Grants kms:Decrypt on every key — «" + std::to_string(i) + "» 東京";
        findings.push_back(f);
    }
    std::vector<std::string> chunks;
    JsonStreamWriter writer(
        [&chunks](std::string_view chunk) {
            chunks.emplace_back(chunk);
            return true;
        },
        16);
    writer.beginObject().key("findings").json(findings).endObject();
    QVERIFY(writer.finish());
    QVERIFY(chunks.size() > 100);
    std::string all;
    for (const std::string& c : chunks) {
        // Every chunk is whole UTF-8 on its own, so a filter such as visibleControls() can run chunk by chunk.
        const auto* p = reinterpret_cast<const unsigned char*>(c.data());
        const auto* end = p + c.size();
        while (p < end) {
            const int n = utf8SequenceLength(p, end);
            QVERIFY2(n > 0, c.c_str());
            p += n;
        }
        all += c;
    }
    QCOMPARE(QByteArray::fromStdString(all), QByteArray::fromStdString(dumped(Json { { "findings", findings } })));
}

void TestJsonStreamWriter::stopsWhenTheSinkFails()
{
    int calls = 0;
    std::string received;
    JsonStreamWriter writer(
        [&](std::string_view chunk) {
            ++calls;
            received += chunk;
            return calls < 2; // a full disk on the second write
        },
        8);
    writer.beginArray();
    for (int i = 0; i < 100; ++i)
        writer.string("arn:aws:iam::123456789012:role/vendor-" + std::to_string(i));
    writer.endArray();
    QVERIFY(!writer.finish());
    QVERIFY(!writer.ok());
    QCOMPARE(calls, 2);
    QVERIFY(received.size() < 200);
}

void TestJsonStreamWriter::membersAreAddedToTheOpenObject()
{
    std::string out;
    {
        JsonStreamWriter writer([&out](std::string_view chunk) {
            out += chunk;
            return true;
        });
        writer.beginObject();
        writer.members(finding());
        writer.key("new").boolean(true);
        writer.endObject();
        writer.finish();
    }
    Json expected = finding();
    expected["new"] = true;
    QCOMPARE(QByteArray::fromStdString(out), QByteArray::fromStdString(dumped(expected)));
}

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
