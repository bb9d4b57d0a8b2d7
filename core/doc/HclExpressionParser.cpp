// SPDX-License-Identifier: GPL-3.0-or-later
// The expression grammar of the HCL parser: operators, conditionals, traversals, calls, tuples, objects and `for`.
#include "doc/HclParser.h"

#include <QCoreApplication>

#include <algorithm>

namespace grantscope::hcl {

// ---- expressions ---------------------------------------------------------------------------------

Expr Parser::parseExpression()
{
    Nesting level(*this, m_pos);
    Expr condition = parseBinary(1);
    const size_t saved = m_pos;
    skipSpace();
    if (peek() != '?') {
        m_pos = saved;
        return condition;
    }
    ++m_pos;
    skipSpace();
    parseExpression();
    expectChar(':', Tr::tr(" in the conditional expression"));
    skipSpace();
    const Expr otherwise = parseExpression();
    Expr e;
    e.start = condition.start;
    e.end = otherwise.end;
    return e;
}

// Binary operators by precedence: || 1, && 2, == != 3, < > <= >= 4, + - 5, * / % 6; 0 when none.
int Parser::binaryOperator(size_t& length) const
{
    const unsigned char c = peek();
    const unsigned char n = peek(1);
    length = 2;
    if ((c == '|' && n == '|'))
        return 1;
    if (c == '&' && n == '&')
        return 2;
    if ((c == '=' || c == '!') && n == '=')
        return 3;
    if ((c == '<' || c == '>') && n == '=')
        return 4;
    length = 1;
    if ((c == '<' && n != '<') || c == '>')
        return 4;
    if (c == '+' || c == '-')
        return 5;
    if (c == '*' || c == '/' || c == '%')
        return 6;
    return 0;
}

Expr Parser::parseBinary(int minPrecedence)
{
    Expr left = parseUnary();
    for (;;) {
        const size_t saved = m_pos;
        skipSpace();
        size_t length = 0;
        const int precedence = binaryOperator(length);
        if (precedence == 0 || precedence < minPrecedence) {
            m_pos = saved;
            return left;
        }
        m_pos += length;
        skipSpace();
        const Expr right = parseBinary(precedence + 1);
        Expr e;
        e.start = left.start;
        e.end = right.end;
        left = std::move(e);
    }
}

Expr Parser::parseUnary()
{
    const unsigned char c = peek();
    if (c != '!' && c != '-')
        return parsePostfix();
    Nesting level(*this, m_pos);
    const size_t start = m_pos++;
    skipSpace();
    Expr operand = parseUnary();
    if (c == '-' && operand.literal && operand.node.kind == SourceNode::Kind::Number && operand.start == start + 1
        && !operand.node.text.starts_with('-')) {
        operand.node.text.insert(0, 1, '-');
        operand.node.location = locationAt(start);
        operand.start = start;
        return operand;
    }
    Expr e;
    e.start = start;
    e.end = operand.end;
    return e;
}

Expr Parser::parsePostfix()
{
    Expr e = parsePrimary();
    for (;;) {
        const size_t saved = m_pos;
        skipSpace();
        if (peek() == '.' && peek(1) != '.') {
            ++m_pos;
            if (peek() == '*') {
                ++m_pos;
            } else if (isDigit(peek())) {
                while (isDigit(peek()))
                    ++m_pos;
            } else if (isIdentStart(peek())) {
                word(m_pos);
            } else {
                unexpected(m_pos, Tr::tr("an attribute name, an index or '*' after '.'"));
            }
        } else if (peek() == '[') {
            const size_t open = m_pos++;
            Newlines spaces(*this, true);
            skipSpace();
            if (peek() == '*') {
                ++m_pos;
            } else {
                Nesting level(*this, open);
                parseExpression();
            }
            expectChar(']', Tr::tr(" to close the index"));
        } else {
            m_pos = saved;
            return e;
        }
        Expr traversal;
        traversal.start = e.start;
        traversal.end = m_pos;
        e = std::move(traversal);
    }
}

Expr Parser::parsePrimary()
{
    const unsigned char c = peek();
    if (isDigit(c))
        return parseNumber();
    if (c == '"')
        return parseQuoted();
    if (c == '<' && peek(1) == '<')
        return parseHeredoc();
    if (c == '[')
        return parseTuple();
    if (c == '{')
        return parseObject();
    if (c == '(') {
        Expr e;
        e.start = m_pos++;
        Newlines spaces(*this, true);
        skipSpace();
        parseExpression();
        expectChar(')', Tr::tr(" to close the parenthesis"));
        e.end = m_pos;
        return e;
    }
    if (isIdentStart(c))
        return parseIdentifierExpression();
    unexpected(m_pos, Tr::tr("an expression"));
}

Expr Parser::parseNumber()
{
    Expr e;
    e.start = m_pos;
    while (isDigit(peek()))
        ++m_pos;
    if (peek() == '.' && isDigit(peek(1))) {
        ++m_pos;
        while (isDigit(peek()))
            ++m_pos;
    }
    if ((peek() | 0x20) == 'e') {
        size_t pos = m_pos + 1;
        if (pos < m_size && (m_data[pos] == '+' || m_data[pos] == '-'))
            ++pos;
        if (pos >= m_size || !isDigit(m_data[pos]))
            unexpected(pos, Tr::tr("a digit of the exponent"));
        m_pos = pos;
        while (isDigit(peek()))
            ++m_pos;
    }
    if (isIdentStart(peek()))
        unexpected(m_pos, Tr::tr("an operator or the end of the number"));
    e.end = m_pos;
    e.literal = true;
    e.node = newNode(SourceNode::Kind::Number, e.start);
    e.node.text.assign(reinterpret_cast<const char*>(m_data + e.start), e.end - e.start);
    return e;
}

Expr Parser::parseIdentifierExpression()
{
    Expr e;
    e.start = m_pos;
    const std::string name = word(m_pos);
    if (name == "true" || name == "false" || name == "null") {
        e.end = m_pos;
        e.literal = true;
        e.node = newNode(name == "null" ? SourceNode::Kind::Null : SourceNode::Kind::Bool, e.start);
        if (name != "null")
            e.node.text = name;
        return e;
    }
    // Provider-defined functions: provider::aws::arn_parse(...).
    while (peek() == ':' && peek(1) == ':') {
        m_pos += 2;
        if (!isIdentStart(peek()))
            unexpected(m_pos, Tr::tr("a function name after '::'"));
        word(m_pos);
    }
    const bool namespaced = m_pos - e.start > name.size();
    const size_t saved = m_pos;
    skipSpace();
    if (peek() != '(') {
        if (namespaced)
            unexpected(m_pos, Tr::tr("'(' to call the function"));
        m_pos = saved;
        e.end = m_pos;
        return e;
    }
    const size_t open = m_pos++;
    Newlines spaces(*this, true);
    Nesting level(*this, open);
    skipSpace();
    while (peek() != ')') {
        parseExpression();
        skipSpace();
        if (peek() == '.' && peek(1) == '.' && peek(2) == '.') {
            m_pos += 3;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
            if (peek() != ')')
                unexpected(m_pos, Tr::tr("')' after the expanded last argument"));
            break;
        }
        if (peek() == ',') {
            ++m_pos;
            skipSpace();
            continue;
        }
        if (peek() != ')')
            unexpected(m_pos, Tr::tr("',' or ')' in the arguments of %1()").arg(QString::fromStdString(name)));
    }
    ++m_pos;
    e.end = m_pos;
    return e;
}

Expr Parser::parseTuple()
{
    Expr e;
    e.start = m_pos++;
    Newlines spaces(*this, true);
    skipSpace();
    if (atWord("for")) {
        size_t after = m_pos + 3;
        if (after < m_size
            && (m_data[after] == ' ' || m_data[after] == '\t' || m_data[after] == '\n' || m_data[after] == '\r'))
            return parseFor(e.start, ']');
    }
    e.node = newNode(SourceNode::Kind::Array, e.start);
    while (peek() != ']') {
        e.node.items.push_back(toNode(parseExpression()));
        skipSpace();
        if (peek() == ',') {
            ++m_pos;
            skipSpace();
        } else if (peek() != ']') {
            unexpected(m_pos, Tr::tr("',' or ']' in the list"));
        }
    }
    ++m_pos;
    e.end = m_pos;
    e.literal = true;
    return e;
}

Expr Parser::parseObject()
{
    Expr e;
    e.start = m_pos++;
    {
        Newlines spaces(*this, true);
        skipSpace();
        if (atWord("for")) {
            size_t after = m_pos + 3;
            if (after < m_size
                && (m_data[after] == ' ' || m_data[after] == '\t' || m_data[after] == '\n' || m_data[after] == '\r'))
                return parseFor(e.start, '}');
        }
    }
    e.node = newNode(SourceNode::Kind::Object, e.start);
    Newlines lines(*this, false);
    for (;;) {
        skipAllSpace();
        if (peek() == '}')
            break;
        const size_t keyAt = m_pos;
        const Expr key = parseExpression();
        skipSpace();
        if (peek() != '=' && peek() != ':')
            unexpected(m_pos, Tr::tr("'=' or ':' after the key"));
        ++m_pos;
        skipSpace();
        const Expr value = parseExpression();
        std::string keyText;
        const std::string raw(reinterpret_cast<const char*>(m_data + key.start), key.end - key.start);
        if (key.literal && key.node.isScalar())
            keyText = key.node.text;
        else if (std::all_of(
                     raw.begin(), raw.end(), [](char ch) { return isIdentChar(static_cast<unsigned char>(ch)); }))
            keyText = raw; // a bare name is the key itself, not a variable
        else
            keyText = toNode(key).text;
        e.node.members.push_back(SourceMember { keyText, locationAt(keyAt), toNode(value) });
        skipSpace();
        if (peek() == ',') {
            ++m_pos;
        } else if (peek() != '\n' && peek() != '}') {
            unexpected(m_pos, Tr::tr("',', a line break or '}' in the object"));
        }
    }
    ++m_pos;
    e.end = m_pos;
    e.literal = true;
    return e;
}

// `[for k, v in coll : value if cond]` and `{for k, v in coll : key => value... if cond}`; m_pos is on `for`.
Expr Parser::parseFor(size_t open, char close)
{
    Newlines spaces(*this, true);
    Nesting level(*this, open);
    m_pos += 3;
    auto name = [this]() {
        skipSpace();
        if (!isIdentStart(peek()))
            unexpected(m_pos, Tr::tr("a variable name in the for expression"));
        word(m_pos);
        skipSpace();
    };
    name();
    if (peek() == ',') {
        ++m_pos;
        name();
    }
    if (!atWord("in"))
        unexpected(m_pos, Tr::tr("'in' in the for expression"));
    m_pos += 2;
    skipSpace();
    parseExpression();
    expectChar(':', Tr::tr(" after the collection of the for expression"));
    skipSpace();
    parseExpression();
    skipSpace();
    if (close == '}') {
        if (peek() != '=' || peek(1) != '>')
            unexpected(m_pos, Tr::tr("'=>' between the key and the value of the for expression"));
        m_pos += 2;
        skipSpace();
        parseExpression();
        skipSpace();
        if (peek() == '.' && peek(1) == '.' && peek(2) == '.') {
            m_pos += 3;
            skipSpace();
        }
    }
    if (atWord("if")) {
        m_pos += 2;
        skipSpace();
        parseExpression();
    }
    expectChar(close, Tr::tr(" to close the for expression"));
    Expr e;
    e.start = open;
    e.end = m_pos;
    return e;
}

} // namespace grantscope::hcl
