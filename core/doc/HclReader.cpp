// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/HclReader.h"

#include "common/Utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <exception>
#include <memory>
#include <unordered_map>

namespace grantscope {

namespace {

// Thrown after the located diagnostic is recorded; caught in readHcl() only.
struct ParseFailure { };

// Translated under the context "HclReader" (lupdate reads the same context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HclReader)
};

int clampInt(size_t value)
{
    return value > size_t(INT_MAX) ? INT_MAX : int(value);
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
bool isIdentStart(unsigned char c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c >= 0x80;
}
bool isIdentChar(unsigned char c)
{
    return isIdentStart(c) || isDigit(c) || c == '-';
}

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

/** A parsed expression: its source range and, for literals, the JSON-syntax value it stands for. */
struct Expr {
    size_t start = 0;
    size_t end = 0;
    bool literal = false;
    SourceNode node;
};

/** What a name of a body is: an attribute, or blocks with a number of labels. */
struct BodyName {
    size_t index = 0; // into the body's members
    bool block = false;
    size_t labels = 0;
    SourceLocation location;
};

class Parser {
public:
    Parser(std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits)
        : m_data(reinterpret_cast<const unsigned char*>(text.data()))
        , m_size(text.size())
        , m_file(file)
        , m_diagnostics(diagnostics)
        , m_limits(limits)
    { }

    void parse(SourceNode& root);

private:
    // Depth of nesting, bounded by the limits; entered by blocks, labels, expressions and unary operators.
    struct Nesting {
        explicit Nesting(Parser& parser, size_t at)
            : m_parser(parser)
        {
            if (m_parser.m_limits.maxDepth < 0 || m_parser.m_depth >= m_parser.m_limits.maxDepth)
                m_parser.fail("hcl-depth", at,
                    Tr::tr("blocks and expressions are nested deeper than %1 levels").arg(m_parser.m_limits.maxDepth));
            ++m_parser.m_depth;
        }
        ~Nesting() { --m_parser.m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;
        Parser& m_parser;
    };
    // Whether a line break ends the expression (in a body, an object constructor) or is a space (in
    // parentheses, brackets, templates and `for` expressions).
    struct Newlines {
        Newlines(Parser& parser, bool areSpace)
            : m_parser(parser)
            , m_saved(parser.m_newlinesAreSpace)
        {
            parser.m_newlinesAreSpace = areSpace;
        }
        ~Newlines() { m_parser.m_newlinesAreSpace = m_saved; }
        Newlines(const Newlines&) = delete;
        Newlines& operator=(const Newlines&) = delete;
        Parser& m_parser;
        bool m_saved;
    };

    void parseBody(SourceNode& body, bool topLevel);
    void addBlock(SourceNode& body, std::unordered_map<std::string, BodyName>& names,
        std::unordered_map<std::string, size_t>& labelIndex, const std::string& type, size_t typeAt,
        const std::vector<std::pair<std::string, size_t>>& labels, SourceNode blockBody);
    void endOfItem(const char* what);

    Expr parseExpression();
    Expr parseBinary(int minPrecedence);
    Expr parseUnary();
    Expr parsePostfix();
    Expr parsePrimary();
    Expr parseNumber();
    Expr parseIdentifierExpression();
    Expr parseTuple();
    Expr parseObject();
    Expr parseFor(size_t open, char close);
    Expr parseQuoted();
    Expr parseHeredoc();
    void scanTemplate(size_t start, bool quoted, std::string* out);
    void parseTemplateSequence(std::vector<std::pair<std::string, size_t>>& directives);
    void expectChar(char c, const QString& context);
    int binaryOperator(size_t& length) const;

    std::string word(size_t& pos) const;
    bool atWord(std::string_view w) const;
    void skipSpace();
    void skipAllSpace();
    void skipComment();
    unsigned char peek(size_t offset = 0) const { return m_pos + offset < m_size ? m_data[m_pos + offset] : 0; }
    bool atEnd() const { return m_pos >= m_size; }

    SourceNode toNode(const Expr& e);
    SourceNode newNode(SourceNode::Kind kind, size_t at);
    std::string expressionText(size_t start, size_t end) const;

    SourceLocation locationAt(size_t pos);
    [[noreturn]] void fail(const char* code, size_t pos, const QString& message);
    [[noreturn]] void unexpected(size_t pos, const QString& expected);
    QString describeChar(size_t pos) const;

    const unsigned char* m_data;
    size_t m_size;
    const QString& m_file;
    Diagnostics& m_diagnostics;
    const ReadLimits& m_limits;
    size_t m_pos = 0;
    int m_depth = 0;
    size_t m_nodes = 0;
    bool m_newlinesAreSpace = false;
    std::vector<size_t> m_lineStarts;
    std::vector<std::pair<size_t, size_t>> m_comments; // [start, end) of every comment, in order
    // Cache of the last location asked for: amortised linear column counting on long lines.
    size_t m_cacheLine = 0;
    size_t m_cachePos = 0;
    size_t m_cacheColumn = 1;
};

void Parser::parse(SourceNode& root)
{
    if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
        m_pos = 3;
    m_lineStarts.push_back(m_pos);
    if (m_size > m_limits.maxBytes)
        fail(
            "hcl-size", 0, Tr::tr("the input is larger than the limit of %1 bytes").arg(qulonglong(m_limits.maxBytes)));
    m_cachePos = m_pos;
    for (size_t i = m_pos; i < m_size;) {
        const int length = utf8SequenceLength(m_data + i, m_data + m_size);
        if (length == 0)
            fail("hcl-utf8", i,
                Tr::tr("invalid UTF-8 byte sequence (starting with byte 0x%1)")
                    .arg(uint(m_data[i]), 2, 16, QLatin1Char('0')));
        if (m_data[i] == '\n')
            m_lineStarts.push_back(i + 1);
        i += size_t(length);
    }
    root = newNode(SourceNode::Kind::Object, m_pos);
    root.location = SourceLocation { 1, 1 };
    parseBody(root, true);
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

// ---- bodies and blocks ---------------------------------------------------------------------------

void Parser::parseBody(SourceNode& body, bool topLevel)
{
    Newlines lines(*this, false);
    std::unordered_map<std::string, BodyName> names;
    std::unordered_map<std::string, size_t> labelIndex; // "type\x1flabel..." -> index in its parent object
    for (;;) {
        skipAllSpace();
        if (atEnd()) {
            if (topLevel)
                return;
            unexpected(m_pos, Tr::tr("'}' to close the block"));
        }
        if (peek() == '}') {
            if (topLevel)
                fail("hcl-syntax", m_pos, Tr::tr("unexpected '}' outside any block"));
            return;
        }
        if (!isIdentStart(peek()))
            unexpected(m_pos, Tr::tr("an attribute or block name"));
        const size_t nameAt = m_pos;
        const std::string name = word(m_pos);
        skipSpace();
        if (peek() == '=' && peek(1) != '=') {
            ++m_pos;
            skipSpace();
            const Expr value = parseExpression();
            if (const auto it = names.find(name); it != names.end())
                fail("hcl-duplicate", nameAt,
                    Tr::tr("\"%1\" is already set at line %2, column %3")
                        .arg(QString::fromStdString(name))
                        .arg(it->second.location.line)
                        .arg(it->second.location.column));
            names.emplace(name, BodyName { body.members.size(), false, 0, locationAt(nameAt) });
            body.members.push_back(SourceMember { name, locationAt(nameAt), toNode(value) });
            endOfItem("attribute");
            continue;
        }
        std::vector<std::pair<std::string, size_t>> labels;
        std::vector<std::unique_ptr<Nesting>> labelLevels;
        for (;;) {
            const size_t labelAt = m_pos;
            if (peek() == '"') {
                labelLevels.push_back(std::make_unique<Nesting>(*this, labelAt));
                const Expr label = parseQuoted();
                if (!label.literal || label.node.text.find("${") != std::string::npos
                    || label.node.text.find("%{") != std::string::npos)
                    fail("hcl-syntax", labelAt, Tr::tr("a block label must be a plain string, without templates"));
                labels.emplace_back(label.node.text, labelAt);
            } else if (isIdentStart(peek())) {
                labelLevels.push_back(std::make_unique<Nesting>(*this, labelAt));
                labels.emplace_back(word(m_pos), labelAt);
            } else {
                break;
            }
            skipSpace();
        }
        if (peek() != '{')
            unexpected(m_pos,
                labels.empty() ? Tr::tr("'=' or '{' after \"%1\"").arg(QString::fromStdString(name))
                               : Tr::tr("a label or '{'"));
        const size_t open = m_pos++;
        SourceNode blockBody = newNode(SourceNode::Kind::Object, open);
        {
            Nesting level(*this, open);
            parseBody(blockBody, false);
        }
        ++m_pos; // the '}'
        addBlock(body, names, labelIndex, name, nameAt, labels, std::move(blockBody));
        endOfItem("block");
    }
}

void Parser::addBlock(SourceNode& body, std::unordered_map<std::string, BodyName>& names,
    std::unordered_map<std::string, size_t>& labelIndex, const std::string& type, size_t typeAt,
    const std::vector<std::pair<std::string, size_t>>& labels, SourceNode blockBody)
{
    auto it = names.find(type);
    if (it != names.end() && !it->second.block)
        fail("hcl-duplicate", typeAt,
            Tr::tr("\"%1\" is an attribute at line %2, column %3; a block cannot have the same name")
                .arg(QString::fromStdString(type))
                .arg(it->second.location.line)
                .arg(it->second.location.column));
    if (it != names.end() && it->second.labels != labels.size())
        fail("hcl-syntax", typeAt,
            Tr::tr("the block \"%1\" has %2 labels here but %3 at line %4")
                .arg(QString::fromStdString(type))
                .arg(labels.size())
                .arg(it->second.labels)
                .arg(it->second.location.line));
    // A leaf that already holds a body becomes an array of bodies, as Terraform's JSON syntax writes them.
    auto placeLeaf = [this](SourceNode& slot, SourceNode leaf) {
        if (slot.isArray()) {
            slot.items.push_back(std::move(leaf));
            return;
        }
        SourceNode array;
        array.kind = SourceNode::Kind::Array;
        array.location = slot.location;
        if (++m_nodes > m_limits.maxNodes)
            fail("hcl-size", m_pos, Tr::tr("the document has more than %1 values").arg(qulonglong(m_limits.maxNodes)));
        array.items.push_back(std::move(slot));
        array.items.push_back(std::move(leaf));
        slot = std::move(array);
    };
    if (it == names.end()) {
        it = names.emplace(type, BodyName { body.members.size(), true, labels.size(), locationAt(typeAt) }).first;
        body.members.push_back(SourceMember { type, locationAt(typeAt),
            labels.empty() ? std::move(blockBody) : newNode(SourceNode::Kind::Object, typeAt) });
        if (labels.empty())
            return;
    } else if (labels.empty()) {
        placeLeaf(body.members[it->second.index].value, std::move(blockBody));
        return;
    }
    SourceNode* level = &body.members[it->second.index].value;
    std::string path = type;
    for (size_t i = 0; i < labels.size(); ++i) {
        const bool leaf = i + 1 == labels.size();
        path += '\x1f';
        path += labels[i].first;
        const auto found = labelIndex.find(path);
        if (found != labelIndex.end()) {
            SourceNode& next = level->members[found->second].value;
            if (leaf) {
                // NOLINTNEXTLINE(bugprone-use-after-move): the loop returns right after the move
                placeLeaf(next, std::move(blockBody));
                return;
            }
            level = &next;
            continue;
        }
        labelIndex.emplace(path, level->members.size());
        const SourceLocation at = locationAt(labels[i].second);
        level->members.push_back(SourceMember {
            labels[i].first, at, leaf ? std::move(blockBody) : newNode(SourceNode::Kind::Object, labels[i].second) });
        level = &level->members.back().value;
    }
}

void Parser::endOfItem(const char* what)
{
    skipSpace();
    if (atEnd() || peek() == '}')
        return;
    if (peek() == '\n') {
        ++m_pos;
        return;
    }
    if (std::string_view(what) == "attribute")
        unexpected(m_pos, Tr::tr("a line break after the attribute"));
    unexpected(m_pos, Tr::tr("a line break after the block"));
}

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

} // namespace

std::optional<SourceNode> readHcl(
    std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits)
{
    std::optional<SourceNode> root(std::in_place);
    try {
        Parser parser(text, file, diagnostics, limits);
        parser.parse(*root);
    } catch (const ParseFailure&) {
        root.reset();
    } catch (const std::exception&) { // std::bad_alloc or std::length_error on absurd input
        root.reset();
        diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, "hcl-size", file, SourceLocation { 1, 1 },
            QCoreApplication::translate("HclReader", "not enough memory to read the document") });
    }
    return root;
}

} // namespace grantscope
