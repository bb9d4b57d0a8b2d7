// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/JsonReader.h"

#include "doc/JsonParser.h"

#include "common/Utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <unordered_map>

namespace grantscope {

namespace json {

// Indexed by Expect.
constexpr const char* kExpectText[] = { QT_TRANSLATE_NOOP("JsonReader", "a value"),
    QT_TRANSLATE_NOOP("JsonReader", "a value or ']'"), QT_TRANSLATE_NOOP("JsonReader", "a string key"),
    QT_TRANSLATE_NOOP("JsonReader", "a string key or '}'"), QT_TRANSLATE_NOOP("JsonReader", "':'"),
    QT_TRANSLATE_NOOP("JsonReader", "',' or ']'"), QT_TRANSLATE_NOOP("JsonReader", "',' or '}'"),
    QT_TRANSLATE_NOOP("JsonReader", "a digit"), QT_TRANSLATE_NOOP("JsonReader", "'\"' to end the string"),
    QT_TRANSLATE_NOOP("JsonReader", "the end of input") };
static_assert(std::size(kExpectText) == size_t(Expect::End) + 1);

QString expectText(Expect expect)
{
    return QCoreApplication::translate("JsonReader", kExpectText[size_t(expect)]);
}

bool Parser::parse(SourceNode& root)
{
    if (m_size > m_limits.maxBytes)
        return fail("json-size", 0,
            QCoreApplication::translate("JsonReader", "the input is larger than the limit of %1 bytes")
                .arg(qulonglong(m_limits.maxBytes)));
    if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF)
        m_pos = m_bom = m_columnPos = 3;
    m_frames.reserve(size_t(std::clamp(m_limits.maxDepth, 0, 64)));
    skipWhitespace();
    m_slot = m_root = &root;
    for (;;) {
        Step step = parseValue();
        if (step == Step::Ascend)
            step = nextSlot();
        if (step != Step::Descend)
            return step == Step::Done;
    }
}

// Parses the value at m_pos into *m_slot. A non-empty container is opened and m_slot moved to its first child.
Step Parser::parseValue()
{
    if (m_pos >= m_size)
        return unexpectedEnd(m_expect), Step::Failed;
    const unsigned char c = m_data[m_pos];
    SourceNode& node = *m_slot;
    const bool startsValue = c == '"' || c == '{' || c == '[' || c == '-' || isWordChar(c);
    if (startsValue && ++m_nodes > m_limits.maxNodes)
        return fail("json-size", m_pos,
                   QCoreApplication::translate("JsonReader", "the document has more than %1 values")
                       .arg(qulonglong(m_limits.maxNodes))),
               Step::Failed;
    if (c == '"') {
        node.kind = SourceNode::Kind::String;
        node.location = locationAt(m_pos);
        return parseString(node.text) ? Step::Ascend : Step::Failed;
    }
    if (c == '{' || c == '[')
        return openContainer(node);
    if (c == '-' || isDigit(c))
        return parseNumber(node) ? Step::Ascend : Step::Failed;
    if (isWordChar(c))
        return parseLiteral(node) ? Step::Ascend : Step::Failed;
    return unexpectedChar(m_pos, m_expect), Step::Failed;
}

Step Parser::openContainer(SourceNode& node)
{
    if (m_limits.maxDepth < 0 || m_frames.size() >= size_t(m_limits.maxDepth))
        return fail("json-depth", m_pos,
                   QCoreApplication::translate("JsonReader", "arrays and objects are nested deeper than %1 levels")
                       .arg(m_limits.maxDepth)),
               Step::Failed;
    const bool isObject = m_data[m_pos] == '{';
    node.kind = isObject ? SourceNode::Kind::Object : SourceNode::Kind::Array;
    node.location = locationAt(m_pos);
    ++m_pos;
    skipWhitespace();
    if (m_pos < m_size && m_data[m_pos] == (isObject ? '}' : ']')) {
        ++m_pos;
        return Step::Ascend;
    }
    // The pointer stays valid while the container is open: its parent's vectors only grow after it closes.
    m_frames.push_back(Frame { &node, nullptr });
    // A little room up front: a policy's statements have up to five members and its action lists a few to a
    // few dozen items, and growing one at a time from one moves every node already there each time.
    if (isObject) {
        node.members.reserve(4);
        return beginMember(Expect::KeyOrObjectEnd) ? Step::Descend : Step::Failed;
    }
    node.items.reserve(8);
    m_slot = &node.items.emplace_back();
    m_expect = Expect::ValueOrArrayEnd;
    return Step::Descend;
}

// After a complete value: closes the containers that end here and finds the slot of the next value.
Step Parser::nextSlot()
{
    for (;;) {
        skipWhitespace();
        if (m_frames.empty())
            return m_pos < m_size ? (unexpectedChar(m_pos, Expect::End), Step::Failed) : Step::Done;
        SourceNode& container = *m_frames.back().node;
        // The value just completed is an item of the root array: its reader takes it now, and it is forgotten.
        if (m_onItem && &container == m_root && container.kind == SourceNode::Kind::Array && !container.items.empty()) {
            SourceNode item = std::move(container.items.back());
            container.items.pop_back();
            if (!(*m_onItem)(item, m_itemsHandled++))
                return Step::Failed;
            m_nodes = 1; // the limit on values bounds what is held: one item at a time, beside the root
        }
        const bool isObject = container.kind == SourceNode::Kind::Object;
        const char close = isObject ? '}' : ']';
        const Expect after = isObject ? Expect::CommaOrObjectEnd : Expect::CommaOrArrayEnd;
        if (m_pos >= m_size)
            return unexpectedEnd(after), Step::Failed;
        if (m_data[m_pos] == close) {
            ++m_pos;
            m_frames.pop_back();
            continue;
        }
        if (m_data[m_pos] != ',')
            return unexpectedChar(m_pos, after), Step::Failed;
        const size_t comma = m_pos++;
        skipWhitespace();
        if (m_pos < m_size && m_data[m_pos] == close)
            return fail("json-syntax", comma,
                       QCoreApplication::translate("JsonReader", "trailing comma before '%1'").arg(QLatin1Char(close))),
                   Step::Failed;
        if (isObject)
            return beginMember(Expect::Key) ? Step::Descend : Step::Failed;
        m_slot = &container.items.emplace_back();
        m_expect = Expect::Value;
        return Step::Descend;
    }
}

// Reads `"key" :` into a new member of the innermost object and points m_slot at the member's value.
bool Parser::beginMember(Expect expectKey)
{
    if (m_pos >= m_size)
        return unexpectedEnd(expectKey);
    if (m_data[m_pos] != '"')
        return unexpectedChar(m_pos, expectKey);
    Frame& frame = m_frames.back();
    SourceMember& member = frame.node->members.emplace_back();
    member.keyLocation = locationAt(m_pos);
    if (!parseString(member.key))
        return false;
    if (!checkDuplicate(frame))
        return false;
    skipWhitespace();
    if (m_pos >= m_size)
        return unexpectedEnd(Expect::Colon);
    if (m_data[m_pos] != ':')
        return unexpectedChar(m_pos, Expect::Colon);
    ++m_pos;
    skipWhitespace();
    m_slot = &member.value;
    m_expect = Expect::Value;
    return true;
}

// AWS rejects a policy document with a duplicate key, and which of two values another reader would apply
// cannot be known, so a duplicate stops the read.
bool Parser::checkDuplicate(Frame& frame)
{
    const std::vector<SourceMember>& members = frame.node->members;
    const SourceMember& added = members.back();
    const SourceMember* first = nullptr;
    if (members.size() <= kLinearKeyScan) {
        for (size_t i = 0; i + 1 < members.size() && !first; ++i)
            if (members[i].key == added.key)
                first = &members[i];
    } else {
        if (!frame.keys) {
            frame.keys = std::make_unique<std::unordered_map<std::string, size_t>>();
            for (size_t i = 0; i + 1 < members.size(); ++i)
                frame.keys->emplace(members[i].key, i);
        }
        const auto [it, inserted] = frame.keys->emplace(added.key, members.size() - 1);
        if (!inserted)
            first = &members[it->second];
    }
    if (!first)
        return true;
    QString key = QString::fromUtf8(added.key.data(), qsizetype(std::min<size_t>(added.key.size(), 200)));
    if (key.size() > 60)
        key = key.left(60) + QStringLiteral("…");
    m_diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, "json-duplicate-key", m_file, added.keyLocation,
        QCoreApplication::translate("JsonReader", "duplicate key \"%1\" (first at line %2, column %3)")
            .arg(key)
            .arg(first->keyLocation.line)
            .arg(first->keyLocation.column) });
    return false;
}

void Parser::skipWhitespace()
{
    while (m_pos < m_size) {
        const unsigned char c = m_data[m_pos];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++m_pos;
        } else if (c == '\n') {
            ++m_pos;
            ++m_line;
            m_columnPos = m_pos;
            m_column = 1;
        } else {
            break;
        }
    }
}

// Locations are asked for in increasing order on the current line, so counting is amortised linear.
SourceLocation Parser::locationAt(size_t pos)
{
    if (pos < m_columnPos)
        return slowLocationAt(pos);
    // Columns count code points: every byte but UTF-8 continuation bytes (10xxxxxx), eight at a time (a
    // minified policy is one line, so each byte is counted once on the way through).
    size_t column = m_column;
    const unsigned char* p = m_data + m_columnPos;
    const unsigned char* const end = m_data + pos;
    for (; end - p >= 8; p += 8) {
        uint64_t w = 0;
        std::memcpy(&w, p, 8);
        // 10xxxxxx: the top bit set and the next one clear. The marks are summed with one multiplication (eight
        // 0/1 bytes add up in the top byte): std::popcount is a library call on the baseline x86-64 that
        // distributions build for.
        const uint64_t continuation = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
        column += 8 - static_cast<size_t>((continuation * 0x0101010101010101ull) >> 56);
    }
    for (; p < end; ++p)
        column += (*p & 0xC0) != 0x80;
    m_columnPos = pos;
    m_column = column;
    return SourceLocation { clampInt(m_line), clampInt(column) };
}

// For errors only. Everything before an error position has been validated, so counting lead bytes counts code points.
SourceLocation Parser::slowLocationAt(size_t pos) const
{
    size_t line = 1;
    size_t column = 1;
    for (size_t i = m_bom; i < pos && i < m_size; ++i) {
        if (m_data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((m_data[i] & 0xC0) != 0x80) {
            ++column;
        }
    }
    return SourceLocation { clampInt(line), clampInt(column) };
}

bool Parser::fail(const char* code, size_t pos, const QString& message)
{
    m_diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, code, m_file, slowLocationAt(pos), message });
    return false;
}

bool Parser::unexpectedEnd(const QString& expected)
{
    return fail("json-syntax", m_size,
        QCoreApplication::translate("JsonReader", "unexpected end of input, expected %1").arg(expected));
}

bool Parser::invalidUtf8At(size_t pos)
{
    return fail("json-utf8", pos,
        QCoreApplication::translate("JsonReader", "invalid UTF-8 byte sequence (starting with byte 0x%1)")
            .arg(uint(m_data[pos]), 2, 16, QLatin1Char('0')));
}

// `pos` is known to hold a well-formed character.
QString Parser::describeChar(size_t pos) const
{
    const unsigned char c = m_data[pos];
    if (c > 0x20 && c < 0x7F)
        return QLatin1Char('\'') + QLatin1Char(char(c)) + QLatin1Char('\'');
    const int length = utf8SequenceLength(m_data + pos, m_data + m_size);
    return QStringLiteral("U+") + hex4(decodeUtf8(m_data + pos, length));
}

bool Parser::unexpectedChar(size_t pos, Expect expect)
{
    const unsigned char c = m_data[pos];
    if (utf8SequenceLength(m_data + pos, m_data + m_size) == 0)
        return invalidUtf8At(pos);
    if (c == '/' && expect != Expect::Digit)
        return fail("json-syntax", pos, QCoreApplication::translate("JsonReader", "comments are not allowed in JSON"));
    if (c == '\''
        && (expect == Expect::Value || expect == Expect::ValueOrArrayEnd || expect == Expect::Key
            || expect == Expect::KeyOrObjectEnd))
        return fail(
            "json-syntax", pos, QCoreApplication::translate("JsonReader", "strings must be enclosed in double quotes"));
    if (expect == Expect::End)
        return fail("json-syntax", pos,
            QCoreApplication::translate("JsonReader", "unexpected character %1 after the end of the document")
                .arg(describeChar(pos)));
    return fail("json-syntax", pos,
        QCoreApplication::translate("JsonReader", "unexpected character %1, expected %2")
            .arg(describeChar(pos), expectText(expect)));
}

} // namespace json

std::optional<SourceNode> readJsonArray(std::string_view text, const QString& file, Diagnostics& diagnostics,
    const JsonItemHandler& onItem, const ReadLimits& limits)
{
    std::optional<SourceNode> root(std::in_place);
    try {
        json::Parser parser(text, file, diagnostics, limits, &onItem);
        if (!parser.parse(*root))
            root.reset();
    } catch (const std::exception&) { // std::bad_alloc or std::length_error on absurd input
        root.reset();
        diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, "json-size", file, SourceLocation { 1, 1 },
            QCoreApplication::translate("JsonReader", "not enough memory to read the document") });
    }
    return root;
}

std::optional<SourceNode> readJson(
    std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits)
{
    std::optional<SourceNode> root(std::in_place);
    try {
        json::Parser parser(text, file, diagnostics, limits);
        if (!parser.parse(*root))
            root.reset();
    } catch (const std::exception&) { // std::bad_alloc or std::length_error on absurd input
        root.reset();
        diagnostics.push_back(Diagnostic { DiagnosticSeverity::Error, "json-size", file, SourceLocation { 1, 1 },
            QCoreApplication::translate("JsonReader", "not enough memory to read the document") });
    }
    return root;
}

} // namespace grantscope
