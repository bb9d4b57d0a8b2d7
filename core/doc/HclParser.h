// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parser behind readHcl() (HclReader.cpp: the document, its bodies and blocks), shared by its lexical helpers
// (HclLexer.cpp), expressions (HclExpressionParser.cpp) and templates (HclTemplateParser.cpp); not a public API.

#include "doc/HclReader.h"

#include <QCoreApplication>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace grantscope::hcl {

// The reader's messages, in every file of it, are translated under the context "HclReader" (lupdate reads the
// context from the macro).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HclReader)
};

// Thrown after the located diagnostic is recorded; caught in readHcl() only.
struct ParseFailure { };

inline bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
inline bool isIdentStart(unsigned char c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_' || c >= 0x80;
}
inline bool isIdentChar(unsigned char c)
{
    return isIdentStart(c) || isDigit(c) || c == '-';
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
        explicit Nesting(Parser& parser, size_t at);
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

} // namespace grantscope::hcl
