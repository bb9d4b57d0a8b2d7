// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/JsonReader.h"

#include <QElapsedTimer>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <random>
#include <string>

using namespace grantscope;

// Declared before the test data: moc does not understand raw string literals, and "/*" in a policy ARN
// would look like a comment to it.
class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validDocuments_data();
    void validDocuments();
    void malformedDocuments_data();
    void malformedDocuments();
    void duplicateKeys_data();
    void duplicateKeys();
    void duplicateKeysInLargeObject();
    void depthLimit_data();
    void depthLimit();
    void deepNestingFailsFast_data();
    void deepNestingFailsFast();
    void sizeLimit();
    void nodeLimit_data();
    void nodeLimit();
    void policyRoundTrip();
    void neverCrashesOnTruncation();
    void neverCrashesOnByteFlips();
    void neverCrashesOnRandomEdits();
    void benchmarkPolicyCorpus();
};

namespace {

const QString kFile = QStringLiteral("policy.json");

// Keeps embedded NUL bytes, which QByteArray(const char*) would cut at.
template <size_t N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

std::string_view view(const QByteArray& data)
{
    return std::string_view(data.constData(), size_t(data.size()));
}

QString locationText(SourceLocation location)
{
    return QString::number(location.line) + QLatin1Char(':') + QString::number(location.column);
}

void appendQuoted(std::string& out, const std::string& s)
{
    out += '"';
    for (const char c : s) {
        if (static_cast<unsigned char>(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[(c >> 4) & 0xF];
            out += hex[c & 0xF];
        } else {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
    }
    out += '"';
}

// One line per tree: every value is followed by @line:column, every key too.
void dumpInto(std::string& out, const SourceNode& node)
{
    switch (node.kind) {
    case SourceNode::Kind::Null:
        out += "null";
        break;
    case SourceNode::Kind::Bool:
    case SourceNode::Kind::Number:
        out += node.text;
        break;
    case SourceNode::Kind::String:
        appendQuoted(out, node.text);
        break;
    case SourceNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            out += i ? ", " : "";
            dumpInto(out, node.items[i]);
        }
        out += ']';
        break;
    case SourceNode::Kind::Object:
        out += '{';
        for (size_t i = 0; i < node.members.size(); ++i) {
            out += i ? ", " : "";
            appendQuoted(out, node.members[i].key);
            out += '@' + std::to_string(node.members[i].keyLocation.line) + ':'
                + std::to_string(node.members[i].keyLocation.column) + ": ";
            dumpInto(out, node.members[i].value);
        }
        out += '}';
        break;
    }
    out += '@' + std::to_string(node.location.line) + ':' + std::to_string(node.location.column);
}

QString dump(const SourceNode& node)
{
    std::string out;
    dumpInto(out, node);
    return QString::fromStdString(out);
}

nlohmann::ordered_json toJson(const SourceNode& node)
{
    switch (node.kind) {
    case SourceNode::Kind::Null:
        return nullptr;
    case SourceNode::Kind::Bool:
        return node.text == "true";
    case SourceNode::Kind::Number:
        return nlohmann::ordered_json::parse(node.text);
    case SourceNode::Kind::String:
        return node.text;
    case SourceNode::Kind::Array: {
        auto array = nlohmann::ordered_json::array();
        for (const SourceNode& item : node.items)
            array.push_back(toJson(item));
        return array;
    }
    case SourceNode::Kind::Object: {
        auto object = nlohmann::ordered_json::object();
        for (const SourceMember& member : node.members)
            object[member.key] = toJson(member.value);
        return object;
    }
    }
    return nullptr;
}

// Independent of the reader: the line:column of byte `offset` (code points, "\n" breaks, BOM not counted).
SourceLocation locationOfOffset(std::string_view text, size_t offset)
{
    int line = 1;
    int column = 1;
    const size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    for (size_t i = start; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return { line, column };
}

// Maps locations back to byte offsets, independently of the reader.
class LineIndex {
public:
    explicit LineIndex(std::string_view text)
        : m_text(text)
    {
        m_lineStarts.push_back(text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                m_lineStarts.push_back(i + 1);
    }

    size_t offsetOf(SourceLocation location) const
    {
        if (location.line < 1 || size_t(location.line) > m_lineStarts.size() || location.column < 1)
            return std::string_view::npos;
        size_t i = m_lineStarts[size_t(location.line) - 1];
        for (int column = 1; column < location.column; ++column) {
            if (i >= m_text.size() || m_text[i] == '\n')
                return std::string_view::npos;
            for (++i; i < m_text.size() && (static_cast<unsigned char>(m_text[i]) & 0xC0) == 0x80;)
                ++i;
        }
        return i;
    }

private:
    std::string_view m_text;
    std::vector<size_t> m_lineStarts;
};

// Checks that every location in the tree points at the text the node was read from.
QString verifyLocations(const LineIndex& index, std::string_view text, const SourceNode& node)
{
    const size_t at = index.offsetOf(node.location);
    if (at == std::string_view::npos)
        return QStringLiteral("no offset for ") + locationText(node.location);
    const std::string_view rest = text.substr(at);
    bool ok = true;
    switch (node.kind) {
    case SourceNode::Kind::Null:
        ok = rest.starts_with("null");
        break;
    case SourceNode::Kind::Bool:
    case SourceNode::Kind::Number:
        ok = rest.starts_with(node.text);
        break;
    case SourceNode::Kind::String:
        ok = rest.starts_with('"');
        break;
    case SourceNode::Kind::Array:
        ok = rest.starts_with('[');
        for (const SourceNode& item : node.items)
            if (const QString error = verifyLocations(index, text, item); !error.isEmpty())
                return error;
        break;
    case SourceNode::Kind::Object:
        ok = rest.starts_with('{');
        for (const SourceMember& member : node.members) {
            const size_t keyAt = index.offsetOf(member.keyLocation);
            if (keyAt == std::string_view::npos || text.substr(keyAt, 1) != "\"")
                return QStringLiteral("key not at ") + locationText(member.keyLocation);
            if (const QString error = verifyLocations(index, text, member.value); !error.isEmpty())
                return error;
        }
        break;
    }
    return ok ? QString() : QStringLiteral("wrong text at ") + locationText(node.location);
}

QString verifyLocations(std::string_view text, const SourceNode& node)
{
    return verifyLocations(LineIndex(text), text, node);
}

// 1: nlohmann accepts the text, 0: it refuses it, -1: it refuses a number that does not fit a double.
int nlohmannVerdict(std::string_view text)
{
    try {
        const nlohmann::json parsed = nlohmann::json::parse(text);
        return parsed.is_discarded() ? 0 : 1;
    } catch (const nlohmann::json::out_of_range&) {
        return -1;
    } catch (const nlohmann::json::exception&) {
        return 0;
    }
}

// What must hold for any input: a tree and no error, or no tree and located errors; agrees with nlohmann.
QString checkOutcome(std::string_view text, const std::optional<SourceNode>& result, const Diagnostics& diagnostics)
{
    if (result.has_value() == hasErrors(diagnostics))
        return QStringLiteral("result and errors disagree");
    const int lines = int(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const Diagnostic& d : diagnostics) {
        if (d.location.line < 1 || d.location.line > lines || d.location.column < 1 || d.message.isEmpty()
            || d.file != kFile)
            return QStringLiteral("bad diagnostic ") + d.toString();
    }
    // nlohmann takes a NUL byte for the end of input (raw NUL is never valid JSON) and refuses numbers beyond
    // double's range, which RFC 8259 allows and the reader keeps as text.
    const int verdict = text.find('\0') != std::string_view::npos ? 0 : nlohmannVerdict(text);
    // nlohmann keeps the last of repeated keys where the reader stops at the second one (the text after it
    // is not read, so whether it is otherwise valid is not known).
    const bool duplicateKey = !result && diagnostics.size() == 1 && diagnostics.front().code == "json-duplicate-key";
    if (verdict >= 0 && !duplicateKey && result.has_value() != (verdict == 1))
        return QStringLiteral("nlohmann disagrees: ")
            + (diagnostics.empty() ? QStringLiteral("accepted") : diagnostics.front().toString());
    if (result)
        return verifyLocations(text, *result);
    return {};
}

const char kPolicy[] = R"({
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "ReadReportsBucket",
            "Effect": "Allow",
            "Action": ["s3:GetObject", "s3:ListBucket"],
            "Resource": [
                "arn:aws:s3:::example-reports-123456789012",
                "arn:aws:s3:::example-reports-123456789012\/reports\/*"
            ],
            "Condition": {
                "StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"},
                "Bool": {"aws:SecureTransport": true},
                "NumericLessThanEquals": {"s3:max-keys": 1000}
            }
        },
        {
            "Sid": "DecryptWithVendorKey",
            "Effect": "Allow",
            "Action": "kms:Decrypt",
            "Resource": "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "Condition": {"StringLike": {"kms:EncryptionContext:Département": "Überwachung-*"}}
        },
        {
            "Sid": "DenyOutsideSessions",
            "Effect": "Deny",
            "NotAction": ["iam:*", "organizations:*"],
            "Resource": "*",
            "Condition": {
                "NumericGreaterThan": {"aws:MultiFactorAuthAge": 3600},
                "Null": {"aws:TokenIssueTime": "true"}
            }
        }
    ]
}
)";

} // namespace

void TestJsonReader::validDocuments_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty object") << bytes("{}") << QStringLiteral("{}@1:1");
    QTest::newRow("empty array between spaces") << bytes("  [ ]  ") << QStringLiteral("[]@1:3");
    QTest::newRow("root string") << bytes(R"("hello")") << QStringLiteral(R"("hello"@1:1)");
    QTest::newRow("root number after blank lines") << bytes("\n\n  42 \n") << QStringLiteral("42@3:3");
    QTest::newRow("every scalar kind")
        << bytes(R"([null, true, false, 0, -1.5e+3, "s"])")
        << QStringLiteral(R"([null@1:2, true@1:8, false@1:14, 0@1:21, -1.5e+3@1:24, "s"@1:33]@1:1)");
    QTest::newRow("numbers keep their literal text")
        << bytes("[0, -0, 0.5, 10, 1e10, 1E-2, -12.50e+003]")
        << QStringLiteral("[0@1:2, -0@1:5, 0.5@1:9, 10@1:14, 1e10@1:18, 1E-2@1:24, -12.50e+003@1:30]@1:1");
    QTest::newRow("nested policy on several lines")
        << bytes("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Effect\": \"Allow\"}\n  ]\n}")
        << QStringLiteral(R"({"Version"@2:3: "2012-10-17"@2:14, )"
                          R"("Statement"@3:3: [{"Effect"@4:6: "Allow"@4:16}@4:5]@3:16}@1:1)");
    QTest::newRow("multi-byte UTF-8 key before a value")
        << bytes("{\"é€😀\": \"ü\", \"k\": 1}") << QString::fromUtf8("{\"é€😀\"@1:2: \"ü\"@1:9, \"k\"@1:14: 1@1:19}@1:1");
    QTest::newRow("multi-byte UTF-8 string before a value")
        << bytes("[\"日本語\", 1]") << QString::fromUtf8("[\"日本語\"@1:2, 1@1:9]@1:1");
    QTest::newRow("CRLF line endings") << bytes("{\r\n  \"a\": [1,\r\n    2]\r\n}\r\n")
                                       << QStringLiteral(R"({"a"@2:3: [1@2:9, 2@3:5]@2:8}@1:1)");
    QTest::newRow("BOM is skipped") << bytes("\xEF\xBB\xBF{\"a\": true}")
                                    << QStringLiteral(R"({"a"@1:2: true@1:7}@1:1)");
    QTest::newRow("BOM then a line break") << bytes("\xEF\xBB\xBF\n [1]") << QStringLiteral("[1@2:3]@2:2");
    QTest::newRow("escapes are decoded") << bytes(R"(["\"\\\/\b\f\n\r\t", "\u00e9\u20AC\ud83d\ude00", "a\u0000b"])")
                                         << QString::fromUtf8(
                                                R"(["\"\\/\x08\x0c\x0a\x0d\x09"@1:2, "é€😀"@1:22, "a\x00b"@1:50]@1:1)");
    QTest::newRow("tab and lone CR are whitespace") << bytes("[\t1,\r2]") << QStringLiteral("[1@1:3, 2@1:6]@1:1");
    QTest::newRow("key, colon and value on separate lines")
        << bytes("{\n\"a\"\n:\n1}") << QStringLiteral(R"({"a"@2:1: 1@4:1}@1:1)");
    QTest::newRow("empty key and empty string") << bytes(R"({"": ""})") << QStringLiteral(R"({""@1:2: ""@1:6}@1:1)");
    QTest::newRow("DEL and U+FFFF are allowed raw in strings")
        << bytes("[\"\x7f\xEF\xBF\xBF\", 1]") << QString::fromUtf8("[\"\x7f\xEF\xBF\xBF\"@1:2, 1@1:8]@1:1");
}

void TestJsonReader::validDocuments()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readJson(view(input), kFile, diagnostics);
    QVERIFY2(root.has_value(), qPrintable(diagnostics.empty() ? QString() : diagnostics.front().toString()));
    QVERIFY(diagnostics.empty());
    QCOMPARE(dump(*root), expected);
}

void TestJsonReader::malformedDocuments_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const auto row
        = [](const char* name, const QByteArray& input, const char* code, int line, int column, const char* message) {
              QTest::newRow(name) << input << QString::fromLatin1(code) << line << column << QString::fromUtf8(message);
          };
    const char* syntax = "json-syntax";
    const char* utf8 = "json-utf8";

    row("empty input", bytes(""), syntax, 1, 1, "unexpected end of input, expected a value");
    row("only whitespace", bytes("  \n "), syntax, 2, 2, "unexpected end of input, expected a value");
    row("only a BOM", bytes("\xEF\xBB\xBF"), syntax, 1, 1, "unexpected end of input, expected a value");
    row("truncated after a member", bytes(R"({"a": 1)"), syntax, 1, 8, "unexpected end of input, expected ',' or '}'");
    row("truncated after open brace", bytes("{"), syntax, 1, 2, "expected a string key or '}'");
    row("truncated after a key", bytes(R"({"a")"), syntax, 1, 5, "unexpected end of input, expected ':'");
    row("truncated after a colon", bytes(R"({"a":)"), syntax, 1, 6, "unexpected end of input, expected a value");
    row("truncated string", bytes(R"(["abc)"), syntax, 1, 6,
        "unexpected end of input, expected '\"' to end the string");
    row("truncated after a comma", bytes("[1,"), syntax, 1, 4, "unexpected end of input, expected a value");
    row("truncated after open bracket", bytes("["), syntax, 1, 2, "expected a value or ']'");
    row("truncated at the start of a line", bytes("{\n  \"a\": [\n"), syntax, 3, 1, "expected a value or ']'");
    row("truncated literal", bytes("[tr"), syntax, 1, 4, "unexpected end of input, expected 'true'");
    row("truncated fraction", bytes("[1."), syntax, 1, 4, "unexpected end of input, expected a digit");
    row("truncated unicode escape", bytes(R"(["\u00)"), syntax, 1, 7, "expected '\"' to end the string");
    row("truncated after a high surrogate", bytes(R"(["\ud83d)"), syntax, 1, 9, "expected '\"' to end the string");
    row("trailing comma in object", bytes(R"({"a": 1,})"), syntax, 1, 8, "trailing comma before '}'");
    row("trailing comma in array", bytes("[1, 2,]"), syntax, 1, 6, "trailing comma before ']'");
    row("trailing comma before a line break", bytes("[\n  1,\n]"), syntax, 2, 4, "trailing comma before ']'");
    row("line comment", bytes("{ // note\n}"), syntax, 1, 3, "comments are not allowed");
    row("block comment after a value", bytes("[1 /* x */]"), syntax, 1, 4, "comments are not allowed");
    row("single-quoted key", bytes("{'a': 1}"), syntax, 1, 2, "double quotes");
    row("single-quoted value", bytes(R"(["a", 'b'])"), syntax, 1, 7, "double quotes");
    row("NaN", bytes("[NaN]"), syntax, 1, 2, "invalid literal 'NaN'");
    row("Infinity", bytes(R"({"a": Infinity})"), syntax, 1, 7, "invalid literal 'Infinity'");
    row("negative Infinity", bytes("[-Infinity]"), syntax, 1, 3, "unexpected character 'I', expected a digit");
    row("capitalised literal", bytes("[True]"), syntax, 1, 2, "invalid literal 'True'");
    row("literal with trailing letters", bytes("[nullx]"), syntax, 1, 2, "invalid literal 'nullx'");
    row("leading zero", bytes("[01]"), syntax, 1, 3, "leading zeros");
    row("negative leading zero", bytes("[-012]"), syntax, 1, 4, "leading zeros");
    row("bare minus", bytes("[-]"), syntax, 1, 3, "unexpected character ']', expected a digit");
    row("fraction without digits", bytes("[1.]"), syntax, 1, 4, "expected a digit");
    row("fraction followed by exponent", bytes("[1.e5]"), syntax, 1, 4, "unexpected character 'e', expected a digit");
    row("exponent without digits", bytes("[1e]"), syntax, 1, 4, "expected a digit");
    row("exponent sign without digits", bytes("[1e+]"), syntax, 1, 5, "expected a digit");
    row("leading dot", bytes("[.5]"), syntax, 1, 2, "unexpected character '.', expected a value or ']'");
    row("plus sign", bytes("[+1]"), syntax, 1, 2, "unexpected character '+'");
    row("hexadecimal number", bytes("[0x10]"), syntax, 1, 3, "unexpected character 'x', expected ',' or ']'");
    row("tab inside a string", bytes("[\"a\tb\"]"), syntax, 1, 4, "control character U+0009");
    row("line break inside a string", bytes("[\"a\nb\"]"), syntax, 1, 4, "control character U+000A");
    row("NUL byte inside a string", bytes("[\"a\0b\"]"), syntax, 1, 4, "control character U+0000");
    row("unknown escape", bytes(R"(["\x"])"), syntax, 1, 3, "invalid escape sequence \\'x'");
    row("escaped line break", bytes("[\"\\\n\"]"), syntax, 1, 3, "invalid escape sequence \\U+000A");
    row("short unicode escape", bytes(R"(["\u12G4"])"), syntax, 1, 3, "invalid \\u escape");
    row("lone high surrogate", bytes(R"(["\ud800"])"), syntax, 1, 3, "lone UTF-16 surrogate \\uD800");
    row("high surrogate then a BMP escape", bytes(R"(["\ud800\u0041"])"), syntax, 1, 3, "\\uD800");
    row("lone low surrogate", bytes(R"(["a\udc00"])"), syntax, 1, 4, "lone UTF-16 surrogate \\uDC00");
    row("invalid UTF-8 in a string", bytes("[\"a\xff\"]"), utf8, 1, 4, "0xff");
    row("overlong UTF-8", bytes("[\"\xc0\xaf\"]"), utf8, 1, 3, "invalid UTF-8");
    row("UTF-8 encoded surrogate", bytes("[\"\xed\xa0\x80\"]"), utf8, 1, 3, "invalid UTF-8");
    row("code point above U+10FFFF", bytes("[\"\xf4\x90\x80\x80\"]"), utf8, 1, 3, "invalid UTF-8");
    row("truncated UTF-8 sequence", bytes("[\"\xe2\x82"), utf8, 1, 3, "invalid UTF-8");
    row("invalid UTF-8 after multi-byte text", bytes("[\"é\", \"\xff\"]"), utf8, 1, 8, "invalid UTF-8");
    row("invalid UTF-8 between values", bytes("[\xff]"), utf8, 1, 2, "invalid UTF-8");
    row("invalid UTF-8 in a key", bytes("{\"\x80\": 1}"), utf8, 1, 3, "invalid UTF-8");
    row("invalid UTF-8 after the document", bytes("{}\xfe"), utf8, 1, 3, "invalid UTF-8");
    row("invalid UTF-8 after an escape", bytes("[\"\\\xff\"]"), utf8, 1, 4, "invalid UTF-8");
    row("non-ASCII character between values", bytes("[é]"), syntax, 1, 2, "unexpected character U+00E9");
    row("BOM inside the document",
        bytes("[\xEF\xBB\xBF"
              "1]"),
        syntax, 1, 2, "unexpected character U+FEFF");
    row("text after the document", bytes("{} x"), syntax, 1, 4, "after the end of the document");
    row("second document", bytes("[1] [2]"), syntax, 1, 5, "after the end of the document");
    row("two root numbers", bytes("1 2"), syntax, 1, 3, "after the end of the document");
    row("missing colon", bytes(R"({"a" 1})"), syntax, 1, 6, "unexpected character '1', expected ':'");
    row("missing comma in array", bytes("[1 2]"), syntax, 1, 4, "expected ',' or ']'");
    row("missing comma in object", bytes("{\"a\": 1\n \"b\": 2}"), syntax, 2, 2, "expected ',' or '}'");
    row("number as key", bytes("{1: 2}"), syntax, 1, 2, "unexpected character '1', expected a string key or '}'");
    row("unquoted key after a comma", bytes(R"({"a": 1, b: 2})"), syntax, 1, 10, "expected a string key");
    row("array closed by a brace", bytes("[1}"), syntax, 1, 3, "expected ',' or ']'");
    row("object closed by a bracket", bytes(R"({"a": 1])"), syntax, 1, 8, "expected ',' or '}'");
    row("missing value", bytes(R"({"a":})"), syntax, 1, 6, "unexpected character '}', expected a value");
    row("double comma", bytes("[1,,2]"), syntax, 1, 4, "unexpected character ',', expected a value");
    row("leading comma", bytes("[,1]"), syntax, 1, 2, "unexpected character ',', expected a value or ']'");
    row("closing bracket only", bytes("]"), syntax, 1, 1, "unexpected character ']', expected a value");
    row("control character between values", bytes("[\x01]"), syntax, 1, 2, "unexpected character U+0001");
    row("form feed is not whitespace", bytes("[\f1]"), syntax, 1, 2, "unexpected character U+000C");
    row("error after CRLF lines", bytes("{\r\n  \"a\": x\r\n}"), syntax, 2, 8, "invalid literal 'x'");
    row("error after a BOM", bytes("\xEF\xBB\xBF[1,]"), syntax, 1, 3, "trailing comma");
    row("error after multi-byte key", bytes("{\"ключ\": tru}"), syntax, 1, 10, "invalid literal 'tru'");
}

void TestJsonReader::malformedDocuments()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Diagnostics diagnostics;
    QVERIFY(!readJson(view(input), kFile, diagnostics).has_value());
    QCOMPARE(diagnostics.size(), size_t(1));
    const Diagnostic& d = diagnostics.front();
    QCOMPARE(d.severity, DiagnosticSeverity::Error);
    QCOMPARE(QString::fromStdString(d.code), code);
    QCOMPARE(d.file, kFile);
    QCOMPARE(locationText(d.location), QString::number(line) + QLatin1Char(':') + QString::number(column));
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
}

void TestJsonReader::duplicateKeys_data()
{
    // A repeated key stops the read at its second occurrence: AWS rejects such policy documents, and which
    // value another reader would apply cannot be known. `expected` is the tree when there is no error.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("error");

    const auto row = [](const char* name, const QByteArray& input, const char* expected, const char* error) {
        QTest::newRow(name) << input << QString::fromUtf8(expected) << QString::fromUtf8(error);
    };

    row("same key twice", bytes(R"({"a": 1, "a": 2})"), "", "1:10 duplicate key \"a\" (first at line 1, column 2)");
    row("same key once escaped", bytes(R"({"a": 1, "\u0061": 2})"), "",
        "1:10 duplicate key \"a\" (first at line 1, column 2)");
    row("three times, the second is reported", bytes("{\"Effect\": 1,\n \"Effect\": 2,\n \"Effect\": 3}"), "",
        "2:2 duplicate key \"Effect\" (first at line 1, column 2)");
    row("two Properties blocks in a template",
        bytes("{\"Resources\": {\"VendorRole\": {\"Type\": \"AWS::IAM::Role\",\n"
              "  \"Properties\": {\"RoleName\": \"audit\"},\n"
              "  \"Properties\": {\"RoleName\": \"admin\"}}}}"),
        "", "3:3 duplicate key \"Properties\" (first at line 2, column 3)");
    row("keys differing in case", bytes(R"({"Action": 1, "action": 2})"),
        R"({"Action"@1:2: 1@1:12, "action"@1:15: 2@1:25}@1:1)", "");
    row("same key in nested objects", bytes(R"({"a": {"a": 1}})"), R"({"a"@1:2: {"a"@1:8: 1@1:13}@1:7}@1:1)", "");
    row("same key in sibling objects", bytes(R"([{"a": 1}, {"a": 3}])"),
        R"([{"a"@1:3: 1@1:8}@1:2, {"a"@1:13: 3@1:18}@1:12]@1:1)", "");
    row("same key in the second of sibling objects", bytes(R"([{"a": 1}, {"a": 2, "a": 3}])"), "",
        "1:21 duplicate key \"a\" (first at line 1, column 13)");
}

void TestJsonReader::duplicateKeys()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readJson(view(input), kFile, diagnostics);
    if (error.isEmpty()) {
        QVERIFY(root.has_value());
        QCOMPARE(dump(*root), expected);
        QVERIFY(diagnostics.empty());
        return;
    }
    QVERIFY(!root.has_value());
    QCOMPARE(diagnostics.size(), size_t(1));
    const Diagnostic& d = diagnostics.front();
    QCOMPARE(d.severity, DiagnosticSeverity::Error);
    QCOMPARE(d.code, std::string("json-duplicate-key"));
    QCOMPARE(d.file, kFile);
    QCOMPARE(locationText(d.location) + QLatin1Char(' ') + d.message, error);
}

void TestJsonReader::duplicateKeysInLargeObject()
{
    // Past the linear scan, duplicates are found through a hash map; one key per line keeps locations simple.
    std::string text = "{\n";
    for (int i = 0; i < 40; ++i)
        text += "  \"k" + std::to_string(i) + "\": " + std::to_string(i) + ",\n";
    std::string distinct = text + "  \"k40\": 0\n}";
    text += "  \"k40\": 0,\n  \"k39\": 0\n}";
    Diagnostics diagnostics;
    const std::optional<SourceNode> whole = readJson(distinct, kFile, diagnostics);
    QVERIFY(whole.has_value());
    QCOMPARE(whole->members.size(), size_t(41));
    QVERIFY(diagnostics.empty());
    QVERIFY(!readJson(text, kFile, diagnostics).has_value());
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(locationText(diagnostics.front().location) + QLatin1Char(' ') + diagnostics.front().message,
        QStringLiteral("43:3 duplicate key \"k39\" (first at line 41, column 3)"));

    // Many members must not make the check quadratic: 200,000 distinct keys, then one repeated at the end.
    std::string big = "{";
    for (int i = 0; i < 200000; ++i)
        big += (i ? ",\"" : "\"") + std::to_string(i) + "\":0";
    diagnostics.clear();
    const std::optional<SourceNode> bigRoot = readJson(big + "}", kFile, diagnostics);
    QVERIFY(bigRoot.has_value());
    QCOMPARE(bigRoot->members.size(), size_t(200000));
    big += ",\"7\":1}";
    QVERIFY(!readJson(big, kFile, diagnostics).has_value());
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics.front().code, std::string("json-duplicate-key"));
}

void TestJsonReader::depthLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QString>("error"); // empty when the document is within the limit

    QTest::newRow("three arrays within 3") << bytes("[[[1]]]") << 3 << QString();
    QTest::newRow("four arrays over 3") << bytes("[[[[1]]]]") << 3 << QStringLiteral("1:4");
    QTest::newRow("objects and array within 3") << bytes(R"({"a":{"b":[]}})") << 3 << QString();
    QTest::newRow("objects and arrays over 3") << bytes(R"({"a":{"b":[[]]}})") << 3 << QStringLiteral("1:12");
    QTest::newRow("siblings do not add up") << bytes("[[], [[]], []]") << 3 << QString();
    QTest::newRow("second sibling too deep") << bytes("[[], [[]], []]") << 2 << QStringLiteral("1:7");
    QTest::newRow("deep on a later line") << bytes("[\n [\n  [\n   []]]]") << 3 << QStringLiteral("4:4");
    QTest::newRow("scalar root with depth 0") << bytes("1") << 0 << QString();
    QTest::newRow("empty array with depth 0") << bytes("[]") << 0 << QStringLiteral("1:1");
    QTest::newRow("128 levels by default") << QByteArray(128, '[') + QByteArray(128, ']') << 128 << QString();
    QTest::newRow("129 levels by default")
        << QByteArray(129, '[') + QByteArray(129, ']') << 128 << QStringLiteral("1:129");
}

void TestJsonReader::depthLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(int, maxDepth);
    QFETCH(QString, error);
    ReadLimits limits;
    limits.maxDepth = maxDepth;
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readJson(view(input), kFile, diagnostics, limits);
    QCOMPARE(root.has_value(), error.isEmpty());
    if (error.isEmpty())
        return;
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics.front().code, std::string("json-depth"));
    QCOMPARE(locationText(diagnostics.front().location), error);
}

void TestJsonReader::deepNestingFailsFast_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("100000 open brackets") << QByteArray(100000, '[') << QStringLiteral("1:129");
    QTest::newRow("100000 balanced brackets")
        << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringLiteral("1:129");
    QTest::newRow("100000 nested objects") << QByteArray(R"({"a":)").repeated(100000) << QStringLiteral("1:641");
    QTest::newRow("100000 open brackets on separate lines")
        << QByteArray("[\n").repeated(100000) << QStringLiteral("129:1");
}

void TestJsonReader::deepNestingFailsFast()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    Diagnostics diagnostics;
    QVERIFY(!readJson(view(input), kFile, diagnostics).has_value());
    QVERIFY2(timer.elapsed() < 5000, "deep nesting is not rejected quickly");
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics.front().code, std::string("json-depth"));
    QCOMPARE(locationText(diagnostics.front().location), error);
}

void TestJsonReader::sizeLimit()
{
    ReadLimits limits;
    limits.maxBytes = 10;
    Diagnostics diagnostics;
    QVERIFY(readJson("[1,2,3,44]", kFile, diagnostics, limits).has_value());
    QVERIFY(diagnostics.empty());

    // The limit is checked before anything is parsed, so even garbage reports only its size.
    for (const std::string_view text : { std::string_view("[1,2,3,444]"), std::string_view("\xff\xff\xff{{{{{{{{{") }) {
        diagnostics.clear();
        QVERIFY(!readJson(text, kFile, diagnostics, limits).has_value());
        QCOMPARE(diagnostics.size(), size_t(1));
        QCOMPARE(diagnostics.front().code, std::string("json-size"));
        QCOMPARE(locationText(diagnostics.front().location), QStringLiteral("1:1"));
        QVERIFY(diagnostics.front().message.contains(QLatin1String("10 bytes")));
    }

    // Default limit: 16 MiB.
    const std::string huge(16u * 1024 * 1024 + 1, ' ');
    diagnostics.clear();
    QVERIFY(!readJson(huge, kFile, diagnostics).has_value());
    QCOMPARE(diagnostics.front().code, std::string("json-size"));
}

void TestJsonReader::nodeLimit_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("three values") << bytes("[1,2]") << QString();
    QTest::newRow("four values") << bytes("[1,2,3]") << QStringLiteral("1:6");
    QTest::newRow("keys are not values") << bytes(R"({"a":[1]})") << QString();
    QTest::newRow("fourth value in nested array") << bytes(R"({"a":[1,2]})") << QStringLiteral("1:9");
    QTest::newRow("fourth value is a container") << bytes("[[],[],[]]") << QStringLiteral("1:8");
}

void TestJsonReader::nodeLimit()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    ReadLimits limits;
    limits.maxNodes = 3;
    Diagnostics diagnostics;
    QCOMPARE(readJson(view(input), kFile, diagnostics, limits).has_value(), error.isEmpty());
    if (error.isEmpty())
        return;
    QCOMPARE(diagnostics.size(), size_t(1));
    QCOMPARE(diagnostics.front().code, std::string("json-size"));
    QCOMPARE(locationText(diagnostics.front().location), error);
}

void TestJsonReader::policyRoundTrip()
{
    const std::string_view text = kPolicy;
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readJson(text, kFile, diagnostics);
    QVERIFY(root.has_value());
    QVERIFY(diagnostics.empty());
    QVERIFY(toJson(*root) == nlohmann::ordered_json::parse(text));
    QCOMPARE(verifyLocations(text, *root), QString());

    const SourceNode* statements = root->find("Statement");
    QVERIFY(statements && statements->isArray());
    QCOMPARE(statements->items.size(), size_t(3));
    const SourceNode& decrypt = statements->items[1];
    QCOMPARE(locationText(decrypt.location), QStringLiteral("18:9"));
    QCOMPARE(locationText(decrypt.find("Action")->location), QStringLiteral("21:23"));
    const SourceNode* like = decrypt.find("Condition")->find("StringLike");
    QCOMPARE(locationText(like->members.front().keyLocation), QStringLiteral("23:42"));
    QCOMPARE(like->members.front().key, std::string("kms:EncryptionContext:Département"));
    QCOMPARE(locationText(like->members.front().value.location), QStringLiteral("23:79"));
    QCOMPARE(like->members.front().value.text, std::string("Überwachung-*"));
    QCOMPARE(statements->items[0].find("Resource")->items[1].text,
        std::string("arn:aws:s3:::example-reports-123456789012/reports/*"));
    const SourceNode* age
        = statements->items[2].find("Condition")->find("NumericGreaterThan")->find("aws:MultiFactorAuthAge");
    QCOMPARE(age->kind, SourceNode::Kind::Number);
    QCOMPARE(age->text, std::string("3600"));

    // Re-serialised, pretty and minified, the text reads back to the same values with fitting locations.
    for (const int indent : { 4, -1 }) {
        const std::string again = nlohmann::ordered_json::parse(text).dump(indent);
        Diagnostics more;
        const std::optional<SourceNode> reread = readJson(again, kFile, more);
        QVERIFY(reread.has_value());
        QVERIFY(toJson(*reread) == toJson(*root));
        QCOMPARE(verifyLocations(again, *reread), QString());
    }
}

void TestJsonReader::neverCrashesOnTruncation()
{
    const std::string_view policy = kPolicy;
    const auto trimmed = [](std::string_view s) {
        while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
            s.remove_suffix(1);
        return s;
    };
    for (size_t size = 0; size < policy.size(); ++size) {
        const std::string_view prefix = policy.substr(0, size);
        Diagnostics diagnostics;
        const std::optional<SourceNode> root = readJson(prefix, kFile, diagnostics);
        const QString where = QStringLiteral("truncated at byte %1: ").arg(size);
        const QString problem = checkOutcome(prefix, root, diagnostics);
        QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
        QCOMPARE(root.has_value(), trimmed(prefix) == trimmed(policy));
        if (root)
            continue;
        const Diagnostic& error = diagnostics.back();
        QVERIFY2(error.message.contains(QLatin1String("unexpected end of input")) || error.code == "json-utf8",
            qPrintable(where + error.toString()));
        // A cut inside a multi-byte character is invalid UTF-8 at that character; anything else is located at the end.
        const size_t at = error.code == "json-utf8" ? prefix.find_last_of("\xC3") : size;
        QCOMPARE(locationText(error.location), locationText(locationOfOffset(prefix, at)));
    }
}

void TestJsonReader::neverCrashesOnByteFlips()
{
    const std::string policy = kPolicy;
    const unsigned char replacements[] = { 0x00, 0x01, ' ', '"', '\\', ',', ':', '[', ']', '{', '}', '0', 'e', '-', 'u',
        0x7F, 0x80, 0xC3, 0xED, 0xFF };
    for (size_t i = 0; i < policy.size(); ++i) {
        for (const unsigned char replacement : replacements) {
            std::string text = policy;
            text[i] = char(replacement);
            Diagnostics diagnostics;
            const std::optional<SourceNode> root = readJson(text, kFile, diagnostics);
            const QString problem = checkOutcome(text, root, diagnostics);
            const QString where = QStringLiteral("byte %1 set to 0x%2: ").arg(i).arg(replacement, 0, 16);
            QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
        }
    }
}

void TestJsonReader::neverCrashesOnRandomEdits()
{
    const std::string policy = kPolicy;
    const std::string_view tokens[] = { "{", "}", "[", "]", "\"", ",", ":", "\\u", "\\ud83d", "true", "-0.5e",
        "\xF0\x9F\x98", "\r\n", "\xEF\xBB\xBF", "//", "'" };
    std::mt19937 random(20240601);
    const auto pick = [&random](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(random); };
    for (int round = 0; round < 20000; ++round) {
        std::string text = policy;
        for (size_t edits = 1 + pick(4); edits > 0; --edits) {
            const size_t at = pick(text.size() + 1);
            switch (pick(4)) {
            case 0:
                text.insert(at, tokens[pick(std::size(tokens))]);
                break;
            case 1:
                text.erase(at, pick(16));
                break;
            case 2:
                text.insert(at, 1, char(pick(256)));
                break;
            default:
                text.insert(at, text.substr(pick(text.size()), pick(64)));
                break;
            }
        }
        Diagnostics diagnostics;
        const std::optional<SourceNode> root = readJson(text, kFile, diagnostics);
        const QString problem = checkOutcome(text, root, diagnostics);
        QVERIFY2(problem.isEmpty(),
            qPrintable(QStringLiteral("round %1: ").arg(round) + problem + QLatin1Char('\n')
                + QString::fromUtf8(text.data(), qsizetype(text.size()))));
    }
}

void TestJsonReader::benchmarkPolicyCorpus()
{
    // About the benchmark's workload: 1,600 policies, 3 MB in all.
    std::vector<std::string> corpus;
    size_t total = 0;
    for (int i = 0; i < 1600; ++i) {
        std::string text = kPolicy;
        const std::string sid = "\"Sid\": \"Generated" + std::to_string(i) + "\",\n";
        for (int s = 0; s < 4; ++s)
            text.insert(text.find("\"Statement\": [") + 14,
                "\n        {\n            " + sid
                    + "            \"Effect\": \"Allow\",\n"
                      "            \"Action\": [\"ec2:DescribeInstances\", \"ec2:DescribeVolumes\"],\n"
                      "            \"Resource\": \"*\"\n        },");
        total += text.size();
        corpus.push_back(std::move(text));
    }
    QVERIFY(total > 3'000'000);
    size_t nodes = 0;
    QBENCHMARK
    {
        for (const std::string& text : corpus) {
            Diagnostics diagnostics;
            const std::optional<SourceNode> root = readJson(text, kFile, diagnostics);
            nodes += root ? root->members.size() : 0;
        }
    }
    QVERIFY(nodes > 0);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
