// SPDX-License-Identifier: GPL-3.0-or-later
// The lexical layer of the HCL parser: blanks and comments, words, locations, errors and new nodes.
#include "doc/HclParser.h"

#include "common/Utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace grantscope::hcl {

namespace {

int clampInt(size_t value)
{
    return value > size_t(INT_MAX) ? INT_MAX : int(value);
}

} // namespace

Parser::Nesting::Nesting(Parser& parser, size_t at)
    : m_parser(parser)
{
    if (m_parser.m_limits.maxDepth < 0 || m_parser.m_depth >= m_parser.m_limits.maxDepth)
        m_parser.fail("hcl-depth", at,
            Tr::tr("blocks and expressions are nested deeper than %1 levels").arg(m_parser.m_limits.maxDepth));
    ++m_parser.m_depth;
}

// ---- lexical helpers -------------------------------------------------------------------------------

void Parser::skipComment()
{
    const size_t start = m_pos;
    if (peek() == '#' || (peek() == '/' && peek(1) == '/')) {
        while (m_pos < m_size && m_data[m_pos] != '\n')
            ++m_pos;
    } else {
        m_pos += 2;
        for (;;) {
            if (m_pos + 1 >= m_size)
                fail("hcl-syntax", start, Tr::tr("the comment is not closed with '*/'"));
            if (m_data[m_pos] == '*' && m_data[m_pos + 1] == '/')
                break;
            ++m_pos;
        }
        m_pos += 2;
    }
    if (m_comments.empty() || m_comments.back().first < start)
        m_comments.emplace_back(start, m_pos);
}

// Skips blanks and comments; line breaks too where they are spaces.
void Parser::skipSpace()
{
    while (m_pos < m_size) {
        const unsigned char c = m_data[m_pos];
        if (c == ' ' || c == '\t' || c == '\r' || (c == '\n' && m_newlinesAreSpace))
            ++m_pos;
        else if (c == '#' || (c == '/' && (peek(1) == '/' || peek(1) == '*')))
            skipComment();
        else
            break;
    }
}

void Parser::skipAllSpace()
{
    Newlines spaces(*this, true);
    skipSpace();
}

std::string Parser::word(size_t& pos) const
{
    const size_t start = pos;
    if (pos < m_size && isIdentStart(m_data[pos])) {
        ++pos;
        while (pos < m_size && isIdentChar(m_data[pos]))
            ++pos;
    }
    return std::string(reinterpret_cast<const char*>(m_data + start), pos - start);
}

bool Parser::atWord(std::string_view w) const
{
    size_t pos = m_pos;
    return word(pos) == w;
}

SourceLocation Parser::locationAt(size_t pos)
{
    pos = std::min(pos, m_size);
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
    const size_t line = size_t(it - m_lineStarts.begin()) - 1;
    size_t from = m_lineStarts[line];
    size_t column = 1;
    if (line == m_cacheLine && pos >= m_cachePos) {
        from = m_cachePos;
        column = m_cacheColumn;
    }
    for (size_t i = from; i < pos; ++i)
        column += (m_data[i] & 0xC0) != 0x80;
    m_cacheLine = line;
    m_cachePos = pos;
    m_cacheColumn = column;
    return SourceLocation { clampInt(line + 1), clampInt(column) };
}

void Parser::fail(const char* code, size_t pos, const QString& message)
{
    m_diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, code, m_file, locationAt(pos), message });
    throw ParseFailure {};
}

QString Parser::describeChar(size_t pos) const
{
    if (pos >= m_size)
        return Tr::tr("the end of input");
    const unsigned char c = m_data[pos];
    if (c == '\n')
        return Tr::tr("a line break");
    if (c > 0x20 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    const int length = std::max(1, utf8SequenceLength(m_data + pos, m_data + m_size));
    const QString s = QString::fromUtf8(reinterpret_cast<const char*>(m_data + pos), length);
    return QStringLiteral("U+%1").arg(s.isEmpty() ? 0u : s.toUcs4().value(0), 4, 16, QLatin1Char('0')).toUpper();
}

void Parser::unexpected(size_t pos, const QString& expected)
{
    if (pos >= m_size)
        fail("hcl-syntax", pos, Tr::tr("unexpected end of input, expected %1").arg(expected));
    fail("hcl-syntax", pos, Tr::tr("unexpected %1, expected %2").arg(describeChar(pos), expected));
}

void Parser::expectChar(char c, const QString& context)
{
    skipSpace();
    if (peek() != static_cast<unsigned char>(c))
        unexpected(m_pos, QStringLiteral("'%1'").arg(QLatin1Char(c)) + context);
    ++m_pos;
}

SourceNode Parser::newNode(SourceNode::Kind kind, size_t at)
{
    if (++m_nodes > m_limits.maxNodes)
        fail("hcl-size", at, Tr::tr("the document has more than %1 values").arg(qulonglong(m_limits.maxNodes)));
    SourceNode node;
    node.kind = kind;
    node.location = locationAt(at);
    return node;
}

// The source text of an expression with its comments replaced by spaces.
std::string Parser::expressionText(size_t start, size_t end) const
{
    std::string out;
    out.reserve(end - start);
    auto it = std::lower_bound(m_comments.begin(), m_comments.end(), std::make_pair(start, size_t(0)));
    size_t at = start;
    for (; it != m_comments.end() && it->first < end; ++it) {
        out.append(reinterpret_cast<const char*>(m_data + at), it->first - at);
        out += ' ';
        at = std::min(it->second, end);
    }
    out.append(reinterpret_cast<const char*>(m_data + at), end - at);
    return out;
}

SourceNode Parser::toNode(const Expr& e)
{
    if (e.literal)
        return e.node;
    SourceNode node = newNode(SourceNode::Kind::String, e.start);
    node.text = "${" + expressionText(e.start, e.end) + "}";
    return node;
}

} // namespace grantscope::hcl
