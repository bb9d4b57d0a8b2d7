// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/HclReader.h"

#include <QElapsedTimer>
#include <QTest>

#include <random>
#include <string>

using namespace grantscope;

// Declared before the test data: moc does not understand raw string literals.
class TestHclReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameTreeAsJsonSyntax_data();
    void sameTreeAsJsonSyntax();
    void locations_data();
    void locations();
    void malformed_data();
    void malformed();
    void depthLimit_data();
    void depthLimit();
    void sizeLimits();
    void linearTime();
    void neverCrashesOnTruncation();
    void neverCrashesOnRandomEdits();
};

namespace {

const QString kFile = QStringLiteral("main.tf");

std::string_view view(const QByteArray& data)
{
    return std::string_view(data.constData(), size_t(data.size()));
}

// A tree without its locations, numbers and strings told apart: what the JSON syntax would give.
void dumpInto(std::string& out, const SourceNode& node)
{
    switch (node.kind) {
    case SourceNode::Kind::Null:
        out += "null";
        return;
    case SourceNode::Kind::Bool:
    case SourceNode::Kind::Number:
        out += node.text;
        return;
    case SourceNode::Kind::String:
        out += '"';
        for (const char c : node.text) {
            if (c == '"' || c == '\\')
                out += '\\';
            if (c == '\n')
                out += "\\n";
            else
                out += c;
        }
        out += '"';
        return;
    case SourceNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out += ',';
            dumpInto(out, node.items[i]);
        }
        out += ']';
        return;
    case SourceNode::Kind::Object:
        out += '{';
        for (size_t i = 0; i < node.members.size(); ++i) {
            if (i)
                out += ',';
            out += '"' + node.members[i].key + "\":";
            dumpInto(out, node.members[i].value);
        }
        out += '}';
        return;
    }
}

std::string dump(const SourceNode& node)
{
    std::string out;
    dumpInto(out, node);
    return out;
}

QString messages(const Diagnostics& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << d.toString();
    return out.join(QLatin1Char('\n'));
}

// Follows a path of keys ("resource/aws_iam_role/vendor/name") or indexes ("#1").
const SourceNode* at(const SourceNode& root, const QString& path, SourceLocation* keyLocation)
{
    const SourceNode* node = &root;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part.startsWith(QLatin1Char('#'))) {
            const qsizetype i = part.mid(1).toLongLong();
            if (!node->isArray() || i >= qsizetype(node->items.size()))
                return nullptr;
            node = &node->items[size_t(i)];
            continue;
        }
        const SourceMember* m = node->findMember(part.toStdString());
        if (!m)
            return nullptr;
        *keyLocation = m->keyLocation;
        node = &m->value;
    }
    return node;
}

} // namespace

void TestHclReader::sameTreeAsJsonSyntax_data()
{
    QTest::addColumn<QByteArray>("hcl");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray("") << QByteArray("{}");
    QTest::newRow("only comments") << QByteArray("# one\n// two\n/* three\n four */\n") << QByteArray("{}");
    QTest::newRow("literals") << QByteArray("a = \"x\"\nb = 12\nc = 1.5e3\nd = true\ne = false\nf = null\ng = -7\n")
                              << QByteArray(R"({"a":"x","b":12,"c":1.5e3,"d":true,"e":false,"f":null,"g":-7})");
    QTest::newRow("escapes") << QByteArray(R"(a = "q\"b\\s\nn\tt\u00e9\U0001F600")")
                             << QByteArray(R"({"a":"q\"b\\s\nn\tt\u00e9\ud83d\ude00"})");
    QTest::newRow("template kept as written")
        << QByteArray(R"(arn = "arn:${data.aws_partition.current.partition}:s3:::${var.bucket}/*")")
        << QByteArray(R"({"arn":"arn:${data.aws_partition.current.partition}:s3:::${var.bucket}/*"})");
    QTest::newRow("escaped interpolation")
        << QByteArray(R"(a = "$${aws:username} %%{x}")") << QByteArray(R"({"a":"$${aws:username} %%{x}"})");
    QTest::newRow("nested quotes in interpolation")
        << QByteArray(R"(a = "${join(",", var.list)}")") << QByteArray(R"({"a":"${join(\",\", var.list)}"})");
    QTest::newRow("template directives")
        << QByteArray(R"(a = "%{ if var.on }yes%{ else }no%{ endif }, %{~ for x in var.xs ~}${x}%{ endfor }")")
        << QByteArray(R"({"a":"%{ if var.on }yes%{ else }no%{ endif }, %{~ for x in var.xs ~}${x}%{ endfor }"})");
    QTest::newRow("reference") << QByteArray("role = aws_iam_role.vendor.name\n")
                               << QByteArray(R"({"role":"${aws_iam_role.vendor.name}"})");
    QTest::newRow("index and splat")
        << QByteArray("a = aws_iam_role.r[0].arn\nb = aws_iam_role.r[*].arn\nc = var.m[\"k\"]\nd = var.l.0\ne = "
                      "var.objs.*.id\n")
        << QByteArray(R"({"a":"${aws_iam_role.r[0].arn}","b":"${aws_iam_role.r[*].arn}","c":"${var.m[\"k\"]}",)"
                      R"("d":"${var.l.0}","e":"${var.objs.*.id}"})");
    QTest::newRow("function call") << QByteArray("p = jsonencode({ Version = \"2012-10-17\" })\n")
                                   << QByteArray(R"({"p":"${jsonencode({ Version = \"2012-10-17\" })}"})");
    QTest::newRow("multi-line call without comments")
        << QByteArray("p = merge(\n  var.tags, # the customer's tags\n  { a = 1 }\n)\n")
        << QByteArray(R"({"p":"${merge(\n  var.tags,  \n  { a = 1 }\n)}"})");
    QTest::newRow("expanded argument") << QByteArray("a = concat(var.lists...)\nb = f(x, y...,)\n")
                                       << QByteArray(R"({"a":"${concat(var.lists...)}","b":"${f(x, y...,)}"})");
    QTest::newRow("provider function") << QByteArray("a = provider::aws::arn_parse(var.arn).account_id\n")
                                       << QByteArray(R"({"a":"${provider::aws::arn_parse(var.arn).account_id}"})");
    QTest::newRow("operators") << QByteArray(
        "a = var.n * 2 + 1 >= 3 && !var.off || var.x != \"y\"\nb = -var.n\nc = (1 + 2) % 3 / 4\n")
                               << QByteArray(
                                      R"({"a":"${var.n * 2 + 1 >= 3 && !var.off || var.x != \"y\"}","b":"${-var.n}",)"
                                      R"("c":"${(1 + 2) % 3 / 4}"})");
    QTest::newRow("conditional") << QByteArray("a = var.create ? 1 : 0\nb = x ? y ? 1 : 2 : 3\n")
                                 << QByteArray(R"({"a":"${var.create ? 1 : 0}","b":"${x ? y ? 1 : 2 : 3}"})");
    QTest::newRow("for expressions")
        << QByteArray("a = [for s in var.list : upper(s) if s != \"\"]\nb = {for k, v in var.m : k => v...}\n"
                      "c = {\n  for k, v in var.m :\n  k => v\n  if v != null\n}\n")
        << QByteArray(
               R"({"a":"${[for s in var.list : upper(s) if s != \"\"]}","b":"${{for k, v in var.m : k => v...}}",)"
               R"("c":"${{\n  for k, v in var.m :\n  k => v\n  if v != null\n}}"})");
    QTest::newRow("tuple of mixed elements")
        << QByteArray(
               "a = [\n  \"arn:aws:iam::aws:policy/ReadOnlyAccess\", # AWS managed\n  aws_iam_policy.p.arn,\n  3,\n]\n")
        << QByteArray(R"({"a":["arn:aws:iam::aws:policy/ReadOnlyAccess","${aws_iam_policy.p.arn}",3]})");
    QTest::newRow("object constructor")
        << QByteArray("tags = {\n  Owner = \"acme\"\n  \"cost-center\" = 42, Env: var.env\n  (var.k) = true\n}\n")
        << QByteArray(R"({"tags":{"Owner":"acme","cost-center":42,"Env":"${var.env}","${(var.k)}":true}})");
    QTest::newRow("heredoc") << QByteArray("p = <<EOF\n{\n  \"Version\": \"${var.v}\"\n}\nEOF\n")
                             << QByteArray(R"({"p":"{\n  \"Version\": \"${var.v}\"\n}\n"})");
    QTest::newRow("indented heredoc") << QByteArray("p = <<-POLICY\n    {\n      \"a\": 1\n    }\n    POLICY\nq = 1\n")
                                      << QByteArray(R"({"p":"{\n  \"a\": 1\n}\n","q":1})");
    QTest::newRow("heredoc in a call") << QByteArray("p = jsonencode(<<EOF\nx\nEOF\n)\n")
                                       << QByteArray(R"({"p":"${jsonencode(<<EOF\nx\nEOF\n)}"})");
    QTest::newRow("crlf") << QByteArray("a = 1\r\nb = <<EOF\r\nx\r\nEOF\r\n") << QByteArray(R"({"a":1,"b":"x\r\n"})");
    QTest::newRow("blocks with labels")
        << QByteArray("resource \"aws_iam_role\" \"vendor\" {\n  name = \"Vendor\"\n}\n"
                      "resource \"aws_iam_policy\" \"p\" {}\nresource \"aws_iam_role\" \"other\" { name = \"O\" }\n")
        << QByteArray(
               R"({"resource":{"aws_iam_role":{"vendor":{"name":"Vendor"},"other":{"name":"O"}},"aws_iam_policy":{"p":{}}}})");
    QTest::newRow("identifier labels") << QByteArray("variable external_id {\n  type = string\n}\n")
                                       << QByteArray(R"({"variable":{"external_id":{"type":"${string}"}}})");
    QTest::newRow("repeated nested blocks become arrays")
        << QByteArray("data \"aws_iam_policy_document\" \"d\" {\n"
                      "  statement {\n    actions = [\"s3:GetObject\"]\n"
                      "    principals {\n      type = \"AWS\"\n      identifiers = [\"*\"]\n    }\n  }\n"
                      "  statement {\n    effect = \"Deny\"\n"
                      "    condition {\n      test = \"Bool\"\n    }\n    condition {\n      test = \"Null\"\n    }\n"
                      "    condition {\n      test = \"StringEquals\"\n    }\n  }\n}\n")
        << QByteArray(
               R"({"data":{"aws_iam_policy_document":{"d":{"statement":[)"
               R"({"actions":["s3:GetObject"],"principals":{"type":"AWS","identifiers":["*"]}},)"
               R"({"effect":"Deny","condition":[{"test":"Bool"},{"test":"Null"},{"test":"StringEquals"}]}]}}}})");
    QTest::newRow("repeated unlabelled top-level blocks")
        << QByteArray("locals {\n  a = 1\n}\nlocals {\n  b = 2\n}\n") << QByteArray(R"({"locals":[{"a":1},{"b":2}]})");
    QTest::newRow("dynamic block")
        << QByteArray("dynamic \"statement\" {\n  for_each = var.s\n  content {\n    sid = statement.key\n  }\n}\n")
        << QByteArray(R"({"dynamic":{"statement":{"for_each":"${var.s}","content":{"sid":"${statement.key}"}}}})");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "a = 1\n")
                                     << QByteArray(R"({"a":1})");
    QTest::newRow("unicode") << QByteArray("d = \"Zugriff für Prüfer\"\n")
                             << QByteArray(R"({"d":"Zugriff für Prüfer"})");
}

void TestHclReader::sameTreeAsJsonSyntax()
{
    QFETCH(QByteArray, hcl);
    QFETCH(QByteArray, json);
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readHcl(view(hcl), kFile, diagnostics);
    QVERIFY2(root, qPrintable(messages(diagnostics)));
    QVERIFY2(diagnostics.empty(), qPrintable(messages(diagnostics)));
    Diagnostics jsonDiagnostics;
    const std::optional<SourceNode> expected = readJson(view(json), QStringLiteral("expected.json"), jsonDiagnostics);
    QVERIFY2(expected, qPrintable(messages(jsonDiagnostics)));
    QCOMPARE(QString::fromStdString(dump(*root)), QString::fromStdString(dump(*expected)));
}

void TestHclReader::locations_data()
{
    QTest::addColumn<QByteArray>("hcl");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key"); // line:column of the key or label naming the value
    QTest::addColumn<QString>("value"); // line:column of the value

    const QByteArray module = "# Acme onboarding\n" // 1
                              "resource \"aws_iam_role\" \"acme\" {\n" // 2
                              "  name               = \"AcmeIntegration\"\n" // 3
                              "  assume_role_policy = data.aws_iam_policy_document.t.json\n" // 4
                              "  inline_policy {\n" // 5
                              "    policy = <<-EOF\n" // 6
                              "      {}\n" // 7
                              "    EOF\n" // 8
                              "  }\n" // 9
                              "  tags = { Vendor = \"Acmé\", Tier = 2 }\n" // 10
                              "}\n" // 11
                              "data \"aws_iam_policy_document\" \"t\" {\n" // 12
                              "  statement {\n" // 13
                              "    actions = [\"sts:AssumeRole\", var.extra]\n" // 14
                              "  }\n" // 15
                              "  statement { sid = \"Second\" }\n" // 16
                              "}\n"; // 17
    QTest::newRow("block type") << module << "resource"
                                << "2:1"
                                << "2:1";
    QTest::newRow("resource type") << module << "resource/aws_iam_role"
                                   << "2:10"
                                   << "2:10";
    QTest::newRow("resource name label") << module << "resource/aws_iam_role/acme"
                                         << "2:25"
                                         << "2:32";
    QTest::newRow("attribute") << module << "resource/aws_iam_role/acme/name"
                               << "3:3"
                               << "3:24";
    QTest::newRow("expression") << module << "resource/aws_iam_role/acme/assume_role_policy"
                                << "4:3"
                                << "4:24";
    QTest::newRow("nested block") << module << "resource/aws_iam_role/acme/inline_policy"
                                  << "5:3"
                                  << "5:17";
    QTest::newRow("heredoc") << module << "resource/aws_iam_role/acme/inline_policy/policy"
                             << "6:5"
                             << "6:14";
    QTest::newRow("object member after non-ASCII") << module << "resource/aws_iam_role/acme/tags/Tier"
                                                   << "10:29"
                                                   << "10:36";
    QTest::newRow("repeated block, first") << module << "data/aws_iam_policy_document/t/statement/#0"
                                           << "13:3"
                                           << "13:13";
    QTest::newRow("repeated block, second") << module << "data/aws_iam_policy_document/t/statement/#1"
                                            << "13:3"
                                            << "16:13";
    QTest::newRow("tuple element") << module << "data/aws_iam_policy_document/t/statement/#0/actions/#1"
                                   << "14:5"
                                   << "14:34";
}

void TestHclReader::locations()
{
    QFETCH(QByteArray, hcl);
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QString, value);
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readHcl(view(hcl), kFile, diagnostics);
    QVERIFY2(root, qPrintable(messages(diagnostics)));
    SourceLocation keyLocation;
    const SourceNode* node = at(*root, path, &keyLocation);
    QVERIFY(node);
    auto text = [](SourceLocation l) -> QString {
        return QString::number(l.line) + QLatin1Char(':') + QString::number(l.column);
    };
    QCOMPARE(text(keyLocation), key);
    QCOMPARE(text(node->location), value);
}

void TestHclReader::malformed_data()
{
    QTest::addColumn<QByteArray>("hcl");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message"); // a part of the message

    QTest::newRow("attribute without value") << QByteArray("a =\n") << "hcl-syntax"
                                             << "1:4"
                                             << "expected an expression";
    QTest::newRow("missing equals") << QByteArray("a 1\n") << "hcl-syntax"
                                    << "1:3"
                                    << "'=' or '{'";
    QTest::newRow("unclosed block") << QByteArray("resource \"a\" \"b\" {\n  x = 1\n") << "hcl-syntax"
                                    << "3:1"
                                    << "'}' to close the block";
    QTest::newRow("stray brace") << QByteArray("a = 1\n}\n") << "hcl-syntax"
                                 << "2:1"
                                 << "outside any block";
    QTest::newRow("two attributes on a line") << QByteArray("a = 1 b = 2\n") << "hcl-syntax"
                                              << "1:7"
                                              << "line break after the attribute";
    QTest::newRow("unclosed string") << QByteArray("a = \"abc") << "hcl-syntax"
                                     << "1:5"
                                     << "not closed";
    QTest::newRow("string across lines") << QByteArray("a = \"ab\ncd\"\n") << "hcl-syntax"
                                         << "1:8"
                                         << "span lines";
    QTest::newRow("bad escape") << QByteArray("a = \"\\q\"\n") << "hcl-syntax"
                                << "1:6"
                                << "invalid escape";
    QTest::newRow("short unicode escape") << QByteArray("a = \"\\u12\"\n") << "hcl-syntax"
                                          << "1:6"
                                          << "hexadecimal";
    QTest::newRow("surrogate escape") << QByteArray("a = \"\\uD800\"\n") << "hcl-syntax"
                                      << "1:6"
                                      << "Unicode";
    QTest::newRow("unclosed interpolation") << QByteArray("a = \"${var.x\"\n") << "hcl-syntax"
                                            << "1:13"
                                            << "'}' to close the interpolation";
    QTest::newRow("empty interpolation") << QByteArray("a = \"${}\"\n") << "hcl-syntax"
                                         << "1:8"
                                         << "an expression";
    QTest::newRow("if without endif") << QByteArray("a = \"%{ if x }y\"\n") << "hcl-syntax"
                                      << "1:6"
                                      << "not closed with %{endif}";
    QTest::newRow("endfor without for") << QByteArray("a = \"x%{ endfor }\"\n") << "hcl-syntax"
                                        << "1:7"
                                        << "without an open %{for}";
    QTest::newRow("else without if") << QByteArray("a = \"%{ else }\"\n") << "hcl-syntax"
                                     << "1:6"
                                     << "%{else}";
    QTest::newRow("unknown directive") << QByteArray("a = \"%{ while x }\"\n") << "hcl-syntax"
                                       << "1:9"
                                       << "unknown template directive";
    QTest::newRow("unclosed heredoc") << QByteArray("a = <<EOF\nabc\n") << "hcl-syntax"
                                      << "1:5"
                                      << "with EOF";
    QTest::newRow("heredoc without line break") << QByteArray("a = <<EOF abc\nEOF\n") << "hcl-syntax"
                                                << "1:10"
                                                << "line break after the heredoc marker";
    QTest::newRow("heredoc bad interpolation") << QByteArray("a = <<EOF\n${ 1 + }\nEOF\n") << "hcl-syntax"
                                               << "2:8"
                                               << "an expression";
    QTest::newRow("unclosed comment") << QByteArray("a = 1 /* never\n") << "hcl-syntax"
                                      << "1:7"
                                      << "'*/'";
    QTest::newRow("unclosed list") << QByteArray("a = [1, 2\n") << "hcl-syntax"
                                   << "2:1"
                                   << "',' or ']'";
    QTest::newRow("unclosed call") << QByteArray("a = f(1 2)\n") << "hcl-syntax"
                                   << "1:9"
                                   << "arguments of f()";
    QTest::newRow("conditional without else") << QByteArray("a = x ? 1\n") << "hcl-syntax"
                                              << "1:10"
                                              << "':'";
    QTest::newRow("for without in") << QByteArray("a = [for x on y : x]\n") << "hcl-syntax"
                                    << "1:12"
                                    << "'in'";
    QTest::newRow("object for without arrow") << QByteArray("a = {for k in m : k}\n") << "hcl-syntax"
                                              << "1:20"
                                              << "'=>'";
    QTest::newRow("object without equals") << QByteArray("a = { b 1 }\n") << "hcl-syntax"
                                           << "1:9"
                                           << "'=' or ':'";
    QTest::newRow("dot without name") << QByteArray("a = var.\n") << "hcl-syntax"
                                      << "1:9"
                                      << "after '.'";
    QTest::newRow("bad exponent") << QByteArray("a = 1e+\n") << "hcl-syntax"
                                  << "1:8"
                                  << "exponent";
    QTest::newRow("number then name") << QByteArray("a = 12ab\n") << "hcl-syntax"
                                      << "1:7"
                                      << "end of the number";
    QTest::newRow("template in label") << QByteArray("resource \"${x}\" \"b\" {}\n") << "hcl-syntax"
                                       << "1:10"
                                       << "plain string";
    QTest::newRow("label count changes") << QByteArray("provider \"aws\" {}\nprovider {}\n") << "hcl-syntax"
                                         << "2:1"
                                         << "labels";
    QTest::newRow("attribute set twice") << QByteArray("a = 1\nb = 2\na = 3\n") << "hcl-duplicate"
                                         << "3:1"
                                         << "line 1, column 1";
    QTest::newRow("block named like attribute") << QByteArray("a = 1\na {}\n") << "hcl-duplicate"
                                                << "2:1"
                                                << "is an attribute";
    QTest::newRow("invalid UTF-8") << QByteArray("a = \"\xC3\x28\"\n") << "hcl-utf8"
                                   << "1:6"
                                   << "0xc3";
    QTest::newRow("control character") << QByteArray("a = \x01\n") << "hcl-syntax"
                                       << "1:5"
                                       << "U+0001";
    QTest::newRow("namespaced name without call") << QByteArray("a = provider::x::y\n") << "hcl-syntax"
                                                  << "1:19"
                                                  << "'('";
}

void TestHclReader::malformed()
{
    QFETCH(QByteArray, hcl);
    QFETCH(QString, code);
    QFETCH(QString, location);
    QFETCH(QString, message);
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readHcl(view(hcl), kFile, diagnostics);
    QVERIFY(!root);
    QCOMPARE(diagnostics.size(), size_t(1));
    const Diagnostic& d = diagnostics.front();
    QCOMPARE(d.severity, DiagnosticSeverity::Error);
    QCOMPARE(QString::fromStdString(d.code), code);
    QCOMPARE(d.file, kFile);
    QCOMPARE(QString::number(d.location.line) + QLatin1Char(':') + QString::number(d.location.column), location);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
}

void TestHclReader::depthLimit_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::newRow("lists") << QByteArray("[") << QByteArray("]");
    QTest::newRow("objects") << QByteArray("{a=") << QByteArray("}");
    QTest::newRow("parentheses") << QByteArray("(") << QByteArray(")");
    QTest::newRow("calls") << QByteArray("f(") << QByteArray(")");
    QTest::newRow("negations") << QByteArray("!") << QByteArray("");
    QTest::newRow("templates") << QByteArray("\"${") << QByteArray("}\"");
}

void TestHclReader::depthLimit()
{
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    ReadLimits limits;
    limits.maxDepth = 40;
    for (const int levels : { 10, 100000 }) {
        QByteArray text = "a = ";
        for (int i = 0; i < levels; ++i)
            text += open;
        text += "1";
        for (int i = 0; i < levels; ++i)
            text += close;
        text += "\n";
        Diagnostics diagnostics;
        const std::optional<SourceNode> root = readHcl(view(text), kFile, diagnostics, limits);
        if (levels == 10) {
            QVERIFY2(root, qPrintable(messages(diagnostics)));
        } else {
            QVERIFY(!root);
            QCOMPARE(diagnostics.size(), size_t(1));
            QCOMPARE(diagnostics.front().code, std::string("hcl-depth"));
        }
    }
    // Blocks and labels count too.
    QByteArray blocks;
    for (int i = 0; i < 100; ++i)
        blocks += "b {\n";
    Diagnostics diagnostics;
    QVERIFY(!readHcl(view(blocks), kFile, diagnostics, limits));
    QCOMPARE(diagnostics.front().code, std::string("hcl-depth"));
    QByteArray labels = "b";
    for (int i = 0; i < 100; ++i)
        labels += " l";
    labels += " {}\n";
    diagnostics.clear();
    QVERIFY(!readHcl(view(labels), kFile, diagnostics, limits));
    QCOMPARE(diagnostics.front().code, std::string("hcl-depth"));
}

void TestHclReader::sizeLimits()
{
    ReadLimits limits;
    limits.maxBytes = 64;
    const QByteArray big = "a = \"" + QByteArray(100, 'x') + "\"\n";
    Diagnostics diagnostics;
    QVERIFY(!readHcl(view(big), kFile, diagnostics, limits));
    QCOMPARE(diagnostics.front().code, std::string("hcl-size"));
    QCOMPARE(diagnostics.front().location, (SourceLocation { 1, 1 }));

    limits = ReadLimits();
    limits.maxNodes = 50;
    QByteArray many = "a = [";
    for (int i = 0; i < 100; ++i)
        many += "1,";
    many += "]\n";
    diagnostics.clear();
    QVERIFY(!readHcl(view(many), kFile, diagnostics, limits));
    QCOMPARE(diagnostics.front().code, std::string("hcl-size"));
    QVERIFY(diagnostics.front().message.contains(QStringLiteral("50")));
}

void TestHclReader::linearTime()
{
    // 40,000 resources on one long line and on many lines: both read in well under a second each.
    for (const char* separator : { "\n", " " }) {
        QByteArray text;
        for (int i = 0; i < 40000; ++i)
            text += "resource \"aws_iam_role\" \"r" + QByteArray::number(i) + "\" { name = \"n\" }\n" + separator;
        if (QByteArray(separator) == " ")
            text.replace('\n', ' '); // not valid: a block must end its line; still read to the error quickly
        QElapsedTimer timer;
        timer.start();
        Diagnostics diagnostics;
        const std::optional<SourceNode> root = readHcl(view(text), kFile, diagnostics);
        QVERIFY(timer.elapsed() < 3000);
        if (QByteArray(separator) == "\n") {
            QVERIFY2(root, qPrintable(messages(diagnostics)));
            QCOMPARE(root->find("resource")->find("aws_iam_role")->members.size(), size_t(40000));
        } else {
            QVERIFY(!root);
        }
    }
    // One long line of values: locations are counted incrementally.
    QByteArray list = "a = [";
    for (int i = 0; i < 200000; ++i)
        list += "\"é\", ";
    list += "]\n";
    QElapsedTimer timer;
    timer.start();
    Diagnostics diagnostics;
    const std::optional<SourceNode> root = readHcl(view(list), kFile, diagnostics);
    QVERIFY(root);
    QCOMPARE(root->find("a")->items.back().location.column, 6 + 199999 * 5);
    QVERIFY(timer.elapsed() < 3000);
}

namespace {
const QByteArray kVendorModule = R"(# Acme onboarding module
variable "external_id" {
  type        = string
  description = "External ID from the Acme console"
}

locals {
  tags = merge(var.tags, { Vendor = "acme" })
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.external_id]
    }
  }
}

resource "aws_iam_role" "acme" {
  count              = var.create ? 1 : 0
  name               = "Acme-${var.suffix}"
  assume_role_policy = data.aws_iam_policy_document.trust.json
  inline_policy {
    name   = "read"
    policy = <<-EOF
      {"Statement": [{"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}]}
    EOF
  }
  tags = { for k, v in local.tags : k => v if v != "" }
}
)";
}

void TestHclReader::neverCrashesOnTruncation()
{
    for (qsizetype n = 0; n <= kVendorModule.size(); ++n) {
        Diagnostics diagnostics;
        const std::optional<SourceNode> root = readHcl(view(kVendorModule.left(n)), kFile, diagnostics);
        QVERIFY(root.has_value() != !diagnostics.empty() || (root && diagnostics.empty()));
        if (!root)
            QVERIFY(diagnostics.front().location.isValid());
    }
}

void TestHclReader::neverCrashesOnRandomEdits()
{
    std::mt19937 random(13);
    const QByteArray alphabet = "{}[]()\"$%~<>-=:?!.,*#/\n \\abcEOF0123456789\xC3\xA9";
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = kVendorModule;
        const int edits = 1 + int(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(random() % size_t(text.size()));
            const char c = alphabet.at(qsizetype(random() % size_t(alphabet.size())));
            switch (random() % 3) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.insert(at, c);
                break;
            default:
                text.remove(at, 1);
                break;
            }
        }
        Diagnostics diagnostics;
        const std::optional<SourceNode> root = readHcl(view(text), kFile, diagnostics);
        if (!root) {
            QVERIFY(!diagnostics.empty());
            QCOMPARE(diagnostics.front().severity, DiagnosticSeverity::Error);
            QVERIFY(diagnostics.front().location.isValid());
        }
    }
}

QTEST_GUILESS_MAIN(TestHclReader)
#include "tst_hclreader.moc"
