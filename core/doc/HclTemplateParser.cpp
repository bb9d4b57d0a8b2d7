// SPDX-License-Identifier: GPL-3.0-or-later
// The templates of the HCL parser: quoted strings, heredocs, interpolations and directives.
#include "doc/HclParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <string_view>

namespace grantscope::hcl {

namespace {

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
        return;
    }
    const int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
    out += char(((0xFFu << (7 - extra)) & 0xFF) | (cp >> (6 * extra)));
    for (int shift = 6 * (extra - 1); shift >= 0; shift -= 6)
        out += char(0x80 | ((cp >> shift) & 0x3F));
}

} // namespace

// ---- templates -----------------------------------------------------------------------------------

Expr Parser::parseQuoted()
{
    Expr e;
    e.start = m_pos;
    e.node = newNode(SourceNode::Kind::String, m_pos);
    ++m_pos;
    scanTemplate(e.start, true, &e.node.text);
    e.end = m_pos;
    e.literal = true;
    return e;
}

// Reads a template up to its closing quote (quoted) or to m_size (a heredoc body, m_size narrowed to it),
// checking every interpolation and directive. `out` receives the template text: escapes decoded (quoted
// only), `${...}` and `%{...}` copied as written.
void Parser::scanTemplate(size_t start, bool quoted, std::string* out)
{
    std::vector<std::pair<std::string, size_t>> directives; // open if/for and where
    size_t run = m_pos;
    auto flush = [&]() {
        if (out)
            out->append(reinterpret_cast<const char*>(m_data + run), m_pos - run);
    };
    for (;;) {
        if (atEnd()) {
            if (quoted)
                fail("hcl-syntax", start, Tr::tr("the string is not closed with '\"'"));
            break;
        }
        const unsigned char c = peek();
        if (quoted && c == '"')
            break;
        if (quoted && c == '\n')
            fail("hcl-syntax", m_pos, Tr::tr("a quoted string cannot span lines (use a heredoc)"));
        if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
            m_pos += 3; // "$${" and "%%{" stand for a literal "${" and "%{"; kept escaped in the template text
            continue;
        }
        if ((c == '$' || c == '%') && peek(1) == '{') {
            parseTemplateSequence(directives);
            continue;
        }
        if (quoted && c == '\\') {
            flush();
            const size_t escape = m_pos;
            const unsigned char e = peek(1);
            static constexpr std::string_view simple = "nrt\"\\";
            static constexpr std::string_view decoded = "\n\r\t\"\\";
            if (const size_t i = simple.find(char(e)); e != 0 && i != std::string_view::npos) {
                if (out)
                    *out += decoded[i];
                m_pos += 2;
            } else if (e == 'u' || e == 'U') {
                const size_t digits = e == 'u' ? 4 : 8;
                char32_t cp = 0;
                for (size_t d = 0; d < digits; ++d) {
                    const unsigned char h = peek(2 + d);
                    const int lower = h | 0x20;
                    const int digit = isDigit(h) ? h - '0' : (lower >= 'a' && lower <= 'f') ? lower - 'a' + 10 : -1;
                    if (digit < 0)
                        fail("hcl-syntax", escape,
                            Tr::tr("invalid \\%1 escape: expected %2 hexadecimal digits")
                                .arg(QLatin1Char(char(e)))
                                .arg(digits));
                    cp = cp << 4 | char32_t(digit);
                }
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                    fail("hcl-syntax", escape, Tr::tr("the escape does not name a Unicode character"));
                if (out)
                    appendUtf8(*out, cp);
                m_pos += 2 + digits;
            } else {
                fail("hcl-syntax", escape,
                    Tr::tr("invalid escape sequence \\%1 in a string").arg(describeChar(escape + 1)));
            }
            run = m_pos;
            continue;
        }
        ++m_pos;
    }
    flush();
    if (!directives.empty())
        fail("hcl-syntax", directives.back().second,
            Tr::tr("the template directive %{%1} is not closed with %{end%1}")
                .arg(QString::fromStdString(directives.back().first)));
    if (quoted)
        ++m_pos; // the closing quote
}

// m_pos is on the `$` or `%` of `${` or `%{`: checks the interpolation or directive up to its `}`.
void Parser::parseTemplateSequence(std::vector<std::pair<std::string, size_t>>& directives)
{
    const size_t start = m_pos;
    const bool directive = peek() == '%';
    m_pos += 2;
    Newlines spaces(*this, true);
    Nesting level(*this, start);
    if (peek() == '~')
        ++m_pos;
    skipSpace();
    if (!directive) {
        parseExpression();
    } else {
        const size_t keywordAt = m_pos;
        const std::string keyword = word(m_pos);
        skipSpace();
        if (keyword == "if") {
            parseExpression();
            directives.emplace_back("if", start);
        } else if (keyword == "for") {
            for (int i = 0; i < 2; ++i) {
                if (!isIdentStart(peek()))
                    unexpected(m_pos, Tr::tr("a variable name in the for directive"));
                word(m_pos);
                skipSpace();
                if (i == 1 || peek() != ',')
                    break;
                ++m_pos;
                skipSpace();
            }
            if (!atWord("in"))
                unexpected(m_pos, Tr::tr("'in' in the for directive"));
            m_pos += 2;
            skipSpace();
            parseExpression();
            directives.emplace_back("for", start);
        } else if (keyword == "else") {
            if (directives.empty() || directives.back().first != "if")
                fail("hcl-syntax", start, Tr::tr("%{else} without an open %{if}"));
            directives.back().first = "if-else";
        } else if (keyword == "endif" || keyword == "endfor") {
            const std::string open = keyword.substr(3);
            if (directives.empty() || !directives.back().first.starts_with(open))
                fail("hcl-syntax", start,
                    Tr::tr("%{%1} without an open %{%2}")
                        .arg(QString::fromStdString(keyword), QString::fromStdString(open)));
            directives.pop_back();
        } else {
            fail(
                "hcl-syntax", keywordAt, Tr::tr("unknown template directive; expected if, else, endif, for or endfor"));
        }
    }
    skipSpace();
    if (peek() == '~')
        ++m_pos;
    if (peek() != '}')
        unexpected(m_pos,
            directive ? Tr::tr("'}' to close the template directive") : Tr::tr("'}' to close the interpolation"));
    ++m_pos;
}

Expr Parser::parseHeredoc()
{
    Expr e;
    e.start = m_pos;
    m_pos += 2;
    const bool indented = peek() == '-';
    if (indented)
        ++m_pos;
    if (!isIdentStart(peek()))
        unexpected(m_pos, Tr::tr("the name that ends the heredoc, such as EOF"));
    const std::string marker = word(m_pos);
    if (peek() == '\r')
        ++m_pos;
    if (peek() != '\n')
        unexpected(m_pos, Tr::tr("a line break after the heredoc marker"));
    ++m_pos;
    const size_t bodyStart = m_pos;
    size_t bodyEnd = std::string::npos;
    size_t after = 0;
    for (size_t line = bodyStart; line < m_size;) {
        size_t end = line;
        while (end < m_size && m_data[end] != '\n')
            ++end;
        size_t a = line;
        size_t b = end;
        while (a < b && (m_data[a] == ' ' || m_data[a] == '\t'))
            ++a;
        while (b > a && (m_data[b - 1] == ' ' || m_data[b - 1] == '\t' || m_data[b - 1] == '\r'))
            --b;
        if (std::string_view(reinterpret_cast<const char*>(m_data + a), b - a) == marker) {
            bodyEnd = line;
            after = b;
            break;
        }
        line = end + 1;
    }
    if (bodyEnd == std::string::npos)
        fail("hcl-syntax", e.start,
            Tr::tr("the heredoc is not closed by a line with %1").arg(QString::fromStdString(marker)));
    {
        // Check the interpolations and directives of the body, reading nothing past it.
        const size_t size = m_size;
        m_size = bodyEnd;
        try {
            scanTemplate(e.start, false, nullptr);
        } catch (...) {
            m_size = size;
            throw;
        }
        m_size = size;
    }
    std::string body(reinterpret_cast<const char*>(m_data + bodyStart), bodyEnd - bodyStart);
    if (indented) {
        // <<- removes the indentation of the least indented non-blank line from every line.
        size_t common = std::string::npos;
        for (size_t line = 0; line < body.size();) {
            size_t end = body.find('\n', line);
            if (end == std::string::npos)
                end = body.size();
            size_t indent = line;
            while (indent < end && (body[indent] == ' ' || body[indent] == '\t'))
                ++indent;
            if (indent < end && body[indent] != '\r')
                common = std::min(common, indent - line);
            line = end + 1;
        }
        if (common != std::string::npos && common > 0) {
            std::string stripped;
            stripped.reserve(body.size());
            for (size_t line = 0; line < body.size();) {
                size_t end = body.find('\n', line);
                end = end == std::string::npos ? body.size() : end + 1;
                size_t skip = 0;
                while (skip < common && line + skip < end && (body[line + skip] == ' ' || body[line + skip] == '\t'))
                    ++skip;
                stripped.append(body, line + skip, end - line - skip);
                line = end;
            }
            body = std::move(stripped);
        }
    }
    m_pos = after;
    e.end = m_pos;
    e.literal = true;
    e.node = newNode(SourceNode::Kind::String, e.start);
    e.node.text = std::move(body);
    return e;
}

} // namespace grantscope::hcl
