// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/SyntaxHighlighter.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextBlock>

#include <algorithm>
#include <utility>

namespace grantscope::ui {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

int skipSpaces(const QString& text, int pos, int end)
{
    while (pos < end && isSpace(text.at(pos)))
        ++pos;
    return pos;
}

int trimEnd(const QString& text, int from, int end)
{
    while (end > from && isSpace(text.at(end - 1)))
        --end;
    return end;
}

// The end of a quoted string starting at `pos` (one past the closing quote, or `end` when unterminated).
int quotedEnd(const QString& text, int pos, int end)
{
    const QChar quote = text.at(pos);
    for (int i = pos + 1; i < end; ++i) {
        const QChar c = text.at(i);
        if (quote == QLatin1Char('"') && c == QLatin1Char('\\')) {
            ++i;
        } else if (c == quote) {
            // YAML escapes a single quote by doubling it.
            if (quote == QLatin1Char('\'') && i + 1 < end && text.at(i + 1) == quote) {
                ++i;
                continue;
            }
            return i + 1;
        }
    }
    return end;
}

QColor mix(const QColor& a, const QColor& b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(static_cast<float>(a.redF() * k + b.redF() * amountOfB),
        static_cast<float>(a.greenF() * k + b.greenF() * amountOfB),
        static_cast<float>(a.blueF() * k + b.blueF() * amountOfB));
}

// Keys, tags and keywords keep their hue in both themes; only the lightness follows the background.
QColor tone(int hue, int saturation, bool dark, int lightOnLight, int lightOnDark)
{
    return QColor::fromHsl(hue, saturation, dark ? lightOnDark : lightOnLight);
}

// Block states of HCL lines (other syntaxes use their own): inside a /* comment, inside a heredoc.
constexpr int kHclComment = 1;
constexpr int kHclHeredoc = 2;

// The word that ends the heredoc a line opened, carried from line to line.
class HeredocMarker : public QTextBlockUserData {
public:
    explicit HeredocMarker(QString marker)
        : text(std::move(marker))
    { }
    QString text;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

} // namespace

SyntaxHighlighter::SyntaxHighlighter(Syntax syntax, QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_syntax(syntax)
{
    setPalette(QGuiApplication::palette());
}

void SyntaxHighlighter::setSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    rehighlight();
}

void SyntaxHighlighter::setPalette(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    auto set = [this](Token token, const QColor& color, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(color);
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        f.setFontItalic(italic);
        m_formats[static_cast<size_t>(token)] = f;
    };
    set(Token::Key, tone(212, 170, dark, 88, 178));
    set(Token::String, tone(128, 110, dark, 72, 160));
    set(Token::Number, tone(26, 200, dark, 88, 168));
    set(Token::Keyword, tone(300, 120, dark, 96, 186), true);
    set(Token::Tag, tone(180, 170, dark, 62, 150), true);
    set(Token::Comment, mix(text, base, 0.45), false, true);
    set(Token::Punctuation, mix(text, base, 0.3));
    rehighlight();
}

Syntax SyntaxHighlighter::syntaxForFile(const QString& fileName)
{
    const QString name = fileName.toLower();
    if (name.startsWith(QStringLiteral("aws-managed:")) || name.endsWith(QStringLiteral(".json")))
        return Syntax::Json;
    if (name.endsWith(QStringLiteral(".yaml")) || name.endsWith(QStringLiteral(".yml"))
        || name.endsWith(QStringLiteral(".template")))
        return Syntax::Yaml;
    if (name.endsWith(QStringLiteral(".tf")) || name.endsWith(QStringLiteral(".tfvars"))
        || name.endsWith(QStringLiteral(".hcl")))
        return Syntax::Hcl;
    return Syntax::PlainText;
}

void SyntaxHighlighter::apply(int start, int length, Token token)
{
    if (length > 0)
        setFormat(start, length, m_formats[static_cast<size_t>(token)]);
}

void SyntaxHighlighter::highlightBlock(const QString& text)
{
    switch (m_syntax) {
    case Syntax::Json:
        highlightJson(text);
        break;
    case Syntax::Yaml:
        highlightYaml(text);
        break;
    case Syntax::Hcl:
        highlightHcl(text);
        break;
    case Syntax::PlainText:
        break;
    }
}

void SyntaxHighlighter::highlightJson(const QString& text)
{
    static const QRegularExpression number(QStringLiteral(R"(-?\d+(\.\d+)?([eE][-+]?\d+)?)"));
    const int n = static_cast<int>(text.size());
    for (int i = 0; i < n;) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            const int end = quotedEnd(text, i, n);
            const int next = skipSpaces(text, end, n);
            const bool key = next < n && text.at(next) == QLatin1Char(':');
            apply(i, end - i, key ? Token::Key : Token::String);
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            const auto m
                = number.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            const int len = m.hasMatch() ? static_cast<int>(m.capturedLength()) : 1;
            apply(i, len, Token::Number);
            i += len;
        } else if (c.isLetter()) {
            int end = i;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                apply(i, end - i, Token::Keyword);
            i = end;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                apply(i, 1, Token::Punctuation);
            ++i;
        }
    }
}

void SyntaxHighlighter::highlightYaml(const QString& text)
{
    const int n = static_cast<int>(text.size());
    const int indent = skipSpaces(text, 0, n);

    // Inside a block scalar ("key: |" or ">-"), every line indented deeper than its key is text.
    const int blockColumn = previousBlockState();
    if (blockColumn >= 0 && (indent == n || indent > blockColumn)) {
        apply(indent, n - indent, Token::String);
        setCurrentBlockState(blockColumn);
        return;
    }
    setCurrentBlockState(-1);
    if (indent == n)
        return;

    // A comment starts at a '#' that begins the line or follows a space, outside quotes.
    int codeEnd = n;
    for (int i = indent; i < n; ++i) {
        const QChar c = text.at(i);
        const bool tokenStart = i == indent || isSpace(text.at(i - 1)) || QStringView(u"[{,:").contains(text.at(i - 1));
        if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && tokenStart) {
            i = quotedEnd(text, i, n) - 1;
        } else if (c == QLatin1Char('#') && (i == indent || isSpace(text.at(i - 1)))) {
            codeEnd = i;
            break;
        }
    }
    apply(codeEnd, n - codeEnd, Token::Comment);
    codeEnd = trimEnd(text, indent, codeEnd);

    if (indent == 0 && (text.startsWith(QStringLiteral("---")) || text.startsWith(QStringLiteral("...")))) {
        apply(0, 3, Token::Punctuation);
        return;
    }

    int pos = indent;
    while (pos < codeEnd && text.at(pos) == QLatin1Char('-') && (pos + 1 == codeEnd || isSpace(text.at(pos + 1)))) {
        apply(pos, 1, Token::Punctuation);
        pos = skipSpaces(text, pos + 1, codeEnd);
    }

    static const QRegularExpression key(
        QStringLiteral(R"re(("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\[\]{},!&*|>%@`][^#]*?)[ \t]*:(?=[ \t]|$))re"));
    int column = pos;
    if (pos < codeEnd) {
        const QString code = text.left(codeEnd);
        const auto m
            = key.match(code, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            apply(pos, static_cast<int>(m.capturedLength(1)), Token::Key);
            apply(static_cast<int>(m.capturedEnd(0)) - 1, 1, Token::Punctuation);
            pos = skipSpaces(text, static_cast<int>(m.capturedEnd(0)), codeEnd);
        }
    }
    if (pos < codeEnd && highlightYamlValue(text, pos, codeEnd))
        setCurrentBlockState(column);
}

bool SyntaxHighlighter::highlightYamlValue(const QString& text, int from, int to)
{
    int pos = from;
    // Tags (!Sub, !!str), anchors (&a) and aliases (*a) come before the value itself.
    while (pos < to && QStringView(u"!&*").contains(text.at(pos))) {
        int end = pos;
        while (end < to && !isSpace(text.at(end)) && !QStringView(u"[]{},").contains(text.at(end)))
            ++end;
        apply(pos, end - pos, Token::Tag);
        pos = skipSpaces(text, end, to);
    }
    if (pos >= to)
        return false;
    const QChar c = text.at(pos);
    if (c == QLatin1Char('|') || c == QLatin1Char('>')) {
        apply(pos, to - pos, Token::Punctuation);
        return true;
    }
    if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
        highlightYamlFlow(text, pos, to);
        return false;
    }
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        apply(pos, quotedEnd(text, pos, to) - pos, Token::String);
        return false;
    }
    highlightScalar(text, pos, to);
    return false;
}

void SyntaxHighlighter::highlightYamlFlow(const QString& text, int from, int to)
{
    for (int i = from; i < to;) {
        const QChar c = text.at(i);
        if (QStringView(u"[]{},:").contains(c)) {
            apply(i, 1, Token::Punctuation);
            ++i;
        } else if (isSpace(c)) {
            ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int end = quotedEnd(text, i, to);
            apply(i, end - i, Token::String);
            i = end;
        } else if (c == QLatin1Char('!') || c == QLatin1Char('*') || c == QLatin1Char('&')) {
            int end = i;
            while (end < to && !isSpace(text.at(end)) && !QStringView(u"[]{},").contains(text.at(end)))
                ++end;
            apply(i, end - i, Token::Tag);
            i = end;
        } else {
            int end = i;
            while (end < to && !QStringView(u"[]{},").contains(text.at(end))
                && !(text.at(end) == QLatin1Char(':') && (end + 1 == to || isSpace(text.at(end + 1)))))
                ++end;
            highlightScalar(text, i, trimEnd(text, i, end));
            i = end;
        }
    }
}

void SyntaxHighlighter::highlightScalar(const QString& text, int from, int to)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.\d+|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyword(
        QStringLiteral(R"(^(true|false|yes|no|on|off|null|~)$)"), QRegularExpression::CaseInsensitiveOption);
    to = trimEnd(text, from, to);
    if (to <= from)
        return;
    const QString value = text.mid(from, to - from);
    if (number.match(value).hasMatch())
        apply(from, to - from, Token::Number);
    else if (keyword.match(value).hasMatch())
        apply(from, to - from, Token::Keyword);
    else
        apply(from, to - from, Token::String);
}

void SyntaxHighlighter::highlightHcl(const QString& text)
{
    static const QRegularExpression heredoc(QStringLiteral(R"(<<-?([A-Za-z_][A-Za-z0-9_]*))"));
    static const QRegularExpression number(QStringLiteral(R"(\d+(\.\d+)?([eE][-+]?\d+)?)"));
    const int n = static_cast<int>(text.size());
    const int previous = previousBlockState();
    setCurrentBlockState(-1);
    int i = 0;
    if (previous == kHclHeredoc) {
        const auto* marker = dynamic_cast<const HeredocMarker*>(currentBlock().previous().userData());
        const QString word = marker ? marker->text : QString();
        if (text.trimmed() == word) {
            apply(0, n, Token::Tag);
            return;
        }
        highlightHclString(text, 0, n);
        setCurrentBlockState(kHclHeredoc);
        setCurrentBlockUserData(new HeredocMarker(word));
        return;
    }
    if (previous == kHclComment) {
        const auto close = text.indexOf(QStringLiteral("*/"));
        if (close < 0) {
            apply(0, n, Token::Comment);
            setCurrentBlockState(kHclComment);
            return;
        }
        apply(0, static_cast<int>(close) + 2, Token::Comment);
        i = static_cast<int>(close) + 2;
    }
    bool first = true; // the first word of a line is a block type when a label or "{" follows it
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('#') || (c == QLatin1Char('/') && next == QLatin1Char('/'))) {
            apply(i, n - i, Token::Comment);
            return;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const auto close = text.indexOf(QStringLiteral("*/"), i + 2);
            if (close < 0) {
                apply(i, n - i, Token::Comment);
                setCurrentBlockState(kHclComment);
                return;
            }
            apply(i, static_cast<int>(close) + 2 - i, Token::Comment);
            i = static_cast<int>(close) + 2;
            continue;
        }
        if (c == QLatin1Char('<') && next == QLatin1Char('<')) {
            const auto m = heredoc.match(
                text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (m.hasMatch()) {
                apply(i, static_cast<int>(m.capturedLength()), Token::Tag);
                setCurrentBlockState(kHclHeredoc);
                setCurrentBlockUserData(new HeredocMarker(m.captured(1)));
                i += static_cast<int>(m.capturedLength());
                continue;
            }
        }
        if (c == QLatin1Char('"')) {
            const int end = quotedEnd(text, i, n);
            highlightHclString(text, i, end);
            i = end;
            first = false;
            continue;
        }
        if (c.isDigit()) {
            const auto m
                = number.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            const int len = m.hasMatch() ? static_cast<int>(m.capturedLength()) : 1;
            apply(i, len, Token::Number);
            i += len;
            first = false;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            int end = i;
            while (end < n && isWordChar(text.at(end)))
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            const int after = skipSpaces(text, end, n);
            const QChar following = after < n ? text.at(after) : QChar();
            const bool assigned
                = following == QLatin1Char('=') && !(after + 1 < n && text.at(after + 1) == QLatin1Char('='));
            if (assigned)
                apply(i, end - i, Token::Key);
            else if (word == u"true" || word == u"false" || word == u"null" || word == u"for" || word == u"in"
                || word == u"if")
                apply(i, end - i, Token::Keyword);
            else if (first && (following == QLatin1Char('"') || following == QLatin1Char('{')))
                apply(i, end - i, Token::Keyword);
            i = end;
            first = false;
            continue;
        }
        if (!isSpace(c))
            first = false;
        ++i;
    }
}

// A string (or a heredoc line) from `from` to `to`, its ${...} and %{...} parts marked as expressions.
void SyntaxHighlighter::highlightHclString(const QString& text, int from, int to)
{
    apply(from, to - from, Token::String);
    for (int i = from; i + 1 < to; ++i) {
        if ((text.at(i) == QLatin1Char('$') || text.at(i) == QLatin1Char('%')) && text.at(i + 1) == QLatin1Char('{')) {
            int depth = 0;
            int end = i + 1;
            for (; end < to; ++end) {
                if (text.at(end) == QLatin1Char('{'))
                    ++depth;
                else if (text.at(end) == QLatin1Char('}') && --depth == 0)
                    break;
            }
            end = std::min(end + 1, to);
            apply(i, end - i, Token::Tag);
            i = end - 1;
        }
    }
}

} // namespace grantscope::ui
