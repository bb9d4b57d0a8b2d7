// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace grantscope::ui {

/** The language of a text shown in the policy editor. */
enum class Syntax { PlainText, Json, Yaml, Hcl };

/**
 * Highlights JSON and YAML policy documents and templates: keys, strings, numbers, booleans and
 * null, YAML tags (!Sub, !Ref, …), anchors, block scalars and comments. The colours are derived from
 * the palette given, so dark palettes get light colours and stay readable.
 */
class SyntaxHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Keyword, Tag, Comment, Punctuation, Count };

    SyntaxHighlighter(Syntax syntax, QTextDocument* document);

    Syntax syntax() const { return m_syntax; }
    void setSyntax(Syntax syntax);
    /** Re-derives the colours from `palette` and re-highlights the document. */
    void setPalette(const QPalette& palette);
    QTextCharFormat format(Token token) const { return m_formats[static_cast<size_t>(token)]; }

    /**
     * The syntax a file name suggests (".json", ".yaml", ".yml", "aws-managed:…", ".tf", ".tfvars", ".hcl");
     * PlainText otherwise.
     */
    static Syntax syntaxForFile(const QString& fileName);

protected:
    void highlightBlock(const QString& text) override;

private:
    void highlightJson(const QString& text);
    void highlightYaml(const QString& text);
    /** Terraform HCL: block types, attribute names, strings with their ${...}, heredocs, numbers, comments. */
    void highlightHcl(const QString& text);
    void highlightHclString(const QString& text, int from, int to);
    /** Highlights a YAML value (after "key:" or "- "), from `from` to `to`; returns whether it opens a block scalar. */
    bool highlightYamlValue(const QString& text, int from, int to);
    void highlightYamlFlow(const QString& text, int from, int to);
    void highlightScalar(const QString& text, int from, int to);
    void apply(int start, int length, Token token);

    Syntax m_syntax;
    std::array<QTextCharFormat, static_cast<size_t>(Token::Count)> m_formats;
};

} // namespace grantscope::ui
