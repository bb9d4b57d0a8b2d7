// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/SyntaxHighlighter.h"

#include <QApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace grantscope::ui;
using Token = SyntaxHighlighter::Token;

class TestSyntaxHighlighter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void keysAndStringsDiffer();
    void blockScalarContinues();
    void hclHeredocAndBlockComment();
    void darkPaletteGivesLightColours();
    void syntaxForFile();
};

Q_DECLARE_METATYPE(grantscope::ui::Syntax)
Q_DECLARE_METATYPE(grantscope::ui::SyntaxHighlighter::Token)

namespace {

// The format the highlighter gave the character at `pos` of the document's first block.
QTextCharFormat formatAt(const QTextDocument& doc, int line, int pos)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange& r : ranges)
        if (pos >= r.start && pos < r.start + r.length)
            return r.format;
    return {};
}

// A document reports its changes (and so gets highlighted) once it has a layout, as in any text view.
void waitForHighlighting(QTextDocument& doc)
{
    QVERIFY(doc.documentLayout());
    QTRY_VERIFY(!doc.lastBlock().layout()->formats().isEmpty());
}

bool sameLook(const QTextCharFormat& a, const QTextCharFormat& b)
{
    return a.foreground() == b.foreground() && a.fontWeight() == b.fontWeight() && a.fontItalic() == b.fontItalic();
}

} // namespace

void TestSyntaxHighlighter::tokens_data()
{
    QTest::addColumn<Syntax>("syntax");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<Token>("token");

    const Syntax y = Syntax::Yaml;
    const Syntax j = Syntax::Json;
    QTest::newRow("YAML key") << y << QStringLiteral("Effect: Allow") << QStringLiteral("Effect") << Token::Key;
    QTest::newRow("YAML plain scalar value")
        << y << QStringLiteral("Effect: Allow") << QStringLiteral("Allow") << Token::String;
    QTest::newRow("YAML list item action")
        << y << QStringLiteral("  - kms:Decrypt") << QStringLiteral("kms:Decrypt") << Token::String;
    QTest::newRow("YAML key with colon inside")
        << y << QStringLiteral("    sts:ExternalId: !Ref ExternalId") << QStringLiteral("sts:ExternalId") << Token::Key;
    QTest::newRow("YAML short-form tag !Ref")
        << y << QStringLiteral("    sts:ExternalId: !Ref ExternalId") << QStringLiteral("!Ref") << Token::Tag;
    QTest::newRow("YAML tag !Sub before a string")
        << y << QStringLiteral("AWS: !Sub \"arn:aws:iam::${A}:root\"") << QStringLiteral("!Sub") << Token::Tag;
    QTest::newRow("YAML double-quoted string")
        << y << QStringLiteral("AWS: !Sub \"arn:aws:iam::${A}:root\"") << QStringLiteral("arn:aws") << Token::String;
    QTest::newRow("YAML number") << y << QStringLiteral("MaxSessionDuration: 43200") << QStringLiteral("43200")
                                 << Token::Number;
    QTest::newRow("YAML quoted number stays a string")
        << y << QStringLiteral("Default: \"210987654321\"") << QStringLiteral("210987654321") << Token::String;
    QTest::newRow("YAML boolean") << y << QStringLiteral("Enabled: true") << QStringLiteral("true") << Token::Keyword;
    QTest::newRow("YAML null") << y << QStringLiteral("Value: ~") << QStringLiteral("~") << Token::Keyword;
    QTest::newRow("YAML comment line") << y << QStringLiteral("# It creates a role") << QStringLiteral("creates")
                                       << Token::Comment;
    QTest::newRow("YAML comment after a value")
        << y << QStringLiteral("Effect: Allow # too broad") << QStringLiteral("broad") << Token::Comment;
    QTest::newRow("YAML hash inside a string is no comment")
        << y << QStringLiteral("Name: \"a #1\"") << QStringLiteral("#1") << Token::String;
    QTest::newRow("YAML tag inside flow sequence")
        << y << QStringLiteral("C: !Equals [!Ref Enable, \"true\"]") << QStringLiteral("!Ref") << Token::Tag;
    QTest::newRow("YAML key after list dash")
        << y << QStringLiteral("  - Sid: Metrics") << QStringLiteral("Sid") << Token::Key;
    QTest::newRow("JSON key") << j << QStringLiteral(R"({"Effect": "Allow"})") << QStringLiteral("Effect")
                              << Token::Key;
    QTest::newRow("JSON string value") << j << QStringLiteral(R"({"Effect": "Allow"})") << QStringLiteral("Allow")
                                       << Token::String;
    QTest::newRow("JSON number") << j << QStringLiteral(R"({"n": -12.5e3})") << QStringLiteral("12.5") << Token::Number;
    QTest::newRow("JSON true") << j << QStringLiteral(R"({"b": true})") << QStringLiteral("true") << Token::Keyword;
    QTest::newRow("JSON null") << j << QStringLiteral(R"({"b": null})") << QStringLiteral("null") << Token::Keyword;
    const Syntax h = Syntax::Hcl;
    const QString resource = QStringLiteral("resource \"aws_iam_role\" \"reader\" {");
    QTest::newRow("HCL block type") << h << resource << QStringLiteral("resource") << Token::Keyword;
    QTest::newRow("HCL block label") << h << resource << QStringLiteral("aws_iam_role") << Token::String;
    QTest::newRow("HCL attribute name") << h << QStringLiteral("  name = \"${var.prefix}-reader\"")
                                        << QStringLiteral("name") << Token::Key;
    QTest::newRow("HCL interpolation") << h << QStringLiteral("  name = \"${var.prefix}-reader\"")
                                       << QStringLiteral("var.prefix") << Token::Tag;
    QTest::newRow("HCL string around interpolation")
        << h << QStringLiteral("  name = \"${var.prefix}-reader\"") << QStringLiteral("-reader") << Token::String;
    QTest::newRow("HCL number") << h << QStringLiteral("  max_session_duration = 43200") << QStringLiteral("43200")
                                << Token::Number;
    QTest::newRow("HCL boolean") << h << QStringLiteral("  create = true") << QStringLiteral("true") << Token::Keyword;
    QTest::newRow("HCL hash comment") << h << QStringLiteral("# cross-account role") << QStringLiteral("account")
                                      << Token::Comment;
    QTest::newRow("HCL slash comment after a value")
        << h << QStringLiteral("  count = 1 // optional") << QStringLiteral("optional") << Token::Comment;
    QTest::newRow("JSON escaped quote stays in the string")
        << j << QStringLiteral(R"({"s": "a\"b", "k": 1})") << QStringLiteral("b\"") << Token::String;
}

void TestSyntaxHighlighter::tokens()
{
    QFETCH(Syntax, syntax);
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(Token, token);
    QTextDocument doc;
    doc.documentLayout();
    SyntaxHighlighter highlighter(syntax, &doc);
    doc.setPlainText(text);
    waitForHighlighting(doc);
    const int pos = static_cast<int>(text.indexOf(needle));
    QVERIFY(pos >= 0);

    for (int i = pos; i < pos + needle.size(); ++i)
        QVERIFY2(sameLook(formatAt(doc, 0, i), highlighter.format(token)),
            qPrintable(QStringLiteral("character %1 of \"%2\"").arg(i).arg(text)));
}

void TestSyntaxHighlighter::keysAndStringsDiffer()
{
    QTextDocument doc;
    doc.documentLayout();
    SyntaxHighlighter highlighter(Syntax::Yaml, &doc);
    doc.setPlainText(QStringLiteral("Effect: Allow"));
    waitForHighlighting(doc);
    const QTextCharFormat key = formatAt(doc, 0, 0);
    const QTextCharFormat value = formatAt(doc, 0, 9);
    QVERIFY(key.foreground() != value.foreground());
    // Every token kind looks different from every other.
    for (int a = 0; a < static_cast<int>(Token::Count); ++a)
        for (int b = a + 1; b < static_cast<int>(Token::Count); ++b)
            QVERIFY(!sameLook(highlighter.format(static_cast<Token>(a)), highlighter.format(static_cast<Token>(b))));
}

void TestSyntaxHighlighter::blockScalarContinues()
{
    QTextDocument doc;
    doc.documentLayout();
    SyntaxHighlighter highlighter(Syntax::Yaml, &doc);
    doc.setPlainText(QStringLiteral("Description: >-\n  Grants: read access, #1\n\n  more\nNext: 1"));
    waitForHighlighting(doc);
    QVERIFY(sameLook(formatAt(doc, 1, 2), highlighter.format(Token::String))); // "Grants:" is text, not a key
    QVERIFY(sameLook(formatAt(doc, 1, 23), highlighter.format(Token::String))); // nor is "#1" a comment
    QVERIFY(sameLook(formatAt(doc, 3, 3), highlighter.format(Token::String)));
    QVERIFY(sameLook(formatAt(doc, 4, 0), highlighter.format(Token::Key)));
}

void TestSyntaxHighlighter::hclHeredocAndBlockComment()
{
    // A heredoc policy is a string to its closing word, with its interpolations marked; a /* comment spans
    // lines; after both, attributes are keys again.
    QTextDocument doc;
    doc.documentLayout();
    SyntaxHighlighter highlighter(Syntax::Hcl, &doc);
    doc.setPlainText(QStringLiteral("  policy = <<-EOT\n"
                                    "    {\"Resource\": \"arn:aws:s3:::${var.bucket}/*\"}\n"
                                    "  EOT\n"
                                    "  /* the vendor's\n"
                                    "     own comment */ role = \"x\""));
    waitForHighlighting(doc);
    QVERIFY(sameLook(formatAt(doc, 0, 2), highlighter.format(Token::Key)));
    QVERIFY(sameLook(formatAt(doc, 0, 11), highlighter.format(Token::Tag)));
    QVERIFY(sameLook(formatAt(doc, 1, 6), highlighter.format(Token::String))); // "Resource"
    QVERIFY(sameLook(formatAt(doc, 1, 35), highlighter.format(Token::Tag))); // var.bucket
    QVERIFY(sameLook(formatAt(doc, 2, 3), highlighter.format(Token::Tag))); // the closing EOT
    QVERIFY(sameLook(formatAt(doc, 3, 6), highlighter.format(Token::Comment)));
    QVERIFY(sameLook(formatAt(doc, 4, 6), highlighter.format(Token::Comment)));
    QVERIFY(sameLook(formatAt(doc, 4, 23), highlighter.format(Token::Key))); // role
}

void TestSyntaxHighlighter::darkPaletteGivesLightColours()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    QTextDocument doc;
    doc.documentLayout();
    SyntaxHighlighter highlighter(Syntax::Yaml, &doc);
    for (int t = 0; t < static_cast<int>(Token::Count); ++t) {
        highlighter.setPalette(light);
        const QColor onLight = highlighter.format(static_cast<Token>(t)).foreground().color();
        highlighter.setPalette(dark);
        const QColor onDark = highlighter.format(static_cast<Token>(t)).foreground().color();
        QVERIFY2(onLight.lightnessF() < 0.55, qPrintable(onLight.name()));
        QVERIFY2(onDark.lightnessF() > 0.5, qPrintable(onDark.name()));
    }
}

void TestSyntaxHighlighter::syntaxForFile()
{
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("role.JSON")), Syntax::Json);
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("main.tf.json")), Syntax::Json);
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("aws-managed:SecurityAudit")), Syntax::Json);
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("stack.yml")), Syntax::Yaml);
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("pkg.zip!cfn/stack.yaml")), Syntax::Yaml);
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("modules/role/main.tf")), Syntax::Hcl);
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("terraform.tfvars")), Syntax::Hcl);
    QCOMPARE(SyntaxHighlighter::syntaxForFile(QStringLiteral("README")), Syntax::PlainText);
}

QTEST_MAIN(TestSyntaxHighlighter)
#include "tst_syntaxhighlighter.moc"
