// SPDX-License-Identifier: GPL-3.0-or-later
#include "doc/JsonReader.h"

#include "common/Utf8.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <climits>
#include <exception>
#include <memory>
#include <unordered_map>

namespace grantscope {

namespace {

// What the reader was looking for when it met something else; worded into the error message.
enum class Expect {
    Value,
    ValueOrArrayEnd,
    Key,
    KeyOrObjectEnd,
    Colon,
    CommaOrArrayEnd,
    CommaOrObjectEnd,
    Digit,
    StringEnd,
    End
};

enum class Step { Failed, Descend, Ascend, Done };

// Bytes that end the fast scan of a string body: the closing quote, escapes, control characters and
// the lead bytes of multi-byte UTF-8, which must be validated.
constexpr std::array<bool, 256> makeStringStops()
{
    std::array<bool, 256> stops {};
    for (size_t c = 0; c < stops.size(); ++c)
        stops[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    return stops;
}
constexpr std::array<bool, 256> kStringStops = makeStringStops();

// Objects with more members than this look duplicates up in a hash map instead of scanning the members.
constexpr size_t kLinearKeyScan = 16;

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
bool isWordChar(unsigned char c)
{
    return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}
int clampInt(size_t value)
{
    return value > size_t(INT_MAX) ? INT_MAX : int(value);
}

char32_t decodeUtf8(const unsigned char* p, int length)
{
    static constexpr unsigned char leadMask[] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
    char32_t cp = p[0] & leadMask[length];
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (p[i] & 0x3F);
    return cp;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
        return;
    }
    const int extra = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3; // continuation bytes after the lead byte
    out += char(((0xFFu << (7 - extra)) & 0xFF) | (cp >> (6 * extra)));
    for (int shift = 6 * (extra - 1); shift >= 0; shift -= 6)
        out += char(0x80 | ((cp >> shift) & 0x3F));
}

QString hex4(char32_t value)
{
    return QStringLiteral("%1").arg(uint(value), 4, 16, QLatin1Char('0')).toUpper();
}

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

/** The single-pass parser. Containers are tracked on an explicit stack of frames, never by recursion. */
class Parser {
public:
    Parser(std::string_view text, const QString& file, Diagnostics& diagnostics, const ReadLimits& limits,
        const JsonItemHandler* onItem = nullptr)
        : m_data(reinterpret_cast<const unsigned char*>(text.data()))
        , m_size(text.size())
        , m_file(file)
        , m_diagnostics(diagnostics)
        , m_limits(limits)
        , m_onItem(onItem)
    { }

    bool parse(SourceNode& root);

private:
    struct Frame {
        SourceNode* node;
        std::unique_ptr<std::unordered_map<std::string, size_t>> keys; // key → first member index, big objects only
    };

    Step parseValue();
    Step openContainer(SourceNode& node);
    Step nextSlot();
    bool beginMember(Expect expectKey);
    bool checkDuplicate(Frame& frame);
    bool parseString(std::string& out);
    bool parseEscape(size_t& pos, std::string& out);
    bool parseNumber(SourceNode& node);
    bool parseDigits(size_t& pos);
    bool parseLiteral(SourceNode& node);
    void skipWhitespace();

    SourceLocation locationAt(size_t pos);
    SourceLocation slowLocationAt(size_t pos) const;
    bool fail(const char* code, size_t pos, const QString& message);
    bool unexpectedEnd(const QString& expected);
    bool unexpectedEnd(Expect expect) { return unexpectedEnd(expectText(expect)); }
    bool unexpectedChar(size_t pos, Expect expect);
    bool invalidUtf8At(size_t pos);
    QString describeChar(size_t pos) const;

    const unsigned char* m_data;
    size_t m_size;
    const QString& m_file;
    Diagnostics& m_diagnostics;
    const ReadLimits& m_limits;
    const JsonItemHandler* m_onItem; // given: each item of a root array is handed over when complete, then dropped
    SourceNode* m_root = nullptr;
    size_t m_itemsHandled = 0;
    std::vector<Frame> m_frames;
    SourceNode* m_slot = nullptr; // where the next value goes
    Expect m_expect = Expect::Value; // what to ask for if no value is there
    size_t m_pos = 0;
    size_t m_bom = 0;
    size_t m_nodes = 0;
    // Incremental column tracking: m_column is the column of byte m_columnPos on line m_line.
    size_t m_line = 1;
    size_t m_columnPos = 0;
    size_t m_column = 1;
};

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
    size_t column = m_column;
    for (const unsigned char* p = m_data + m_columnPos; p < m_data + pos; ++p)
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

// m_pos is on the opening quote. Copies runs of plain bytes at once; only escapes are decoded byte by byte.
bool Parser::parseString(std::string& out)
{
    size_t pos = m_pos + 1;
    size_t run = pos;
    out.clear();
    for (;;) {
        while (pos < m_size && !kStringStops[m_data[pos]])
            ++pos;
        if (pos >= m_size)
            return unexpectedEnd(Expect::StringEnd);
        const unsigned char c = m_data[pos];
        if (c == '"') {
            out.append(reinterpret_cast<const char*>(m_data + run), pos - run);
            m_pos = pos + 1;
            return true;
        }
        if (c >= 0x80) {
            const int length = utf8SequenceLength(m_data + pos, m_data + m_size);
            if (length == 0)
                return invalidUtf8At(pos);
            pos += size_t(length);
            continue;
        }
        if (c < 0x20)
            return fail("json-syntax", pos,
                QCoreApplication::translate("JsonReader", "control character U+%1 in a string must be escaped")
                    .arg(hex4(c)));
        out.append(reinterpret_cast<const char*>(m_data + run), pos - run);
        if (!parseEscape(pos, out))
            return false;
        run = pos;
    }
}

// `pos` is on a backslash inside a string; on success it is moved past the escape sequence.
bool Parser::parseEscape(size_t& pos, std::string& out)
{
    const size_t start = pos;
    if (pos + 1 >= m_size)
        return unexpectedEnd(Expect::StringEnd);
    static constexpr std::string_view simple = "\"\\/bfnrt";
    static constexpr std::string_view decoded = "\"\\/\b\f\n\r\t";
    const char e = char(m_data[pos + 1]);
    if (const size_t i = simple.find(e); i != std::string_view::npos) {
        out += decoded[i];
        pos += 2;
        return true;
    }
    if (e != 'u') {
        if (utf8SequenceLength(m_data + pos + 1, m_data + m_size) == 0)
            return invalidUtf8At(pos + 1);
        return fail("json-syntax", start,
            QCoreApplication::translate("JsonReader", "invalid escape sequence \\%1 in a string")
                .arg(describeChar(pos + 1)));
    }
    // Reads "\uXXXX" at `at`: 1 on success, 0 when the input ends inside it, -1 when it is malformed.
    const auto readUnit = [this](size_t at, char32_t& unit) {
        unit = 0;
        for (size_t i = 0; i < 6; ++i) {
            if (at + i >= m_size)
                return 0;
            const int h = m_data[at + i];
            const int lower = h | 0x20;
            const int digit = isDigit(h) ? h - '0' : (lower >= 'a' && lower <= 'f') ? lower - 'a' + 10 : -1;
            if (i < 2 ? h != "\\u"[i] : digit < 0)
                return -1;
            unit = i < 2 ? 0 : unit << 4 | char32_t(digit);
        }
        return 1;
    };
    const auto loneSurrogate = [&](char32_t unit) {
        return fail("json-syntax", start,
            QCoreApplication::translate("JsonReader", "lone UTF-16 surrogate \\u%1 in a string").arg(hex4(unit)));
    };
    char32_t cp = 0;
    const int result = readUnit(pos, cp);
    if (result == 0)
        return unexpectedEnd(Expect::StringEnd);
    if (result < 0)
        return fail("json-syntax", start,
            QCoreApplication::translate("JsonReader", "invalid \\u escape: expected four hexadecimal digits"));
    pos += 6;
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return loneSurrogate(cp);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        char32_t low = 0;
        const int lowResult = readUnit(pos, low);
        if (lowResult == 0)
            return unexpectedEnd(Expect::StringEnd);
        if (lowResult < 0 || low < 0xDC00 || low > 0xDFFF)
            return loneSurrogate(cp);
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        pos += 6;
    }
    appendUtf8(out, cp);
    return true;
}

bool Parser::parseDigits(size_t& pos)
{
    if (pos >= m_size)
        return unexpectedEnd(Expect::Digit);
    if (!isDigit(m_data[pos]))
        return unexpectedChar(pos, Expect::Digit);
    while (pos < m_size && isDigit(m_data[pos]))
        ++pos;
    return true;
}

bool Parser::parseNumber(SourceNode& node)
{
    const size_t start = m_pos;
    size_t pos = start;
    node.kind = SourceNode::Kind::Number;
    node.location = locationAt(start);
    if (m_data[pos] == '-')
        ++pos;
    if (pos < m_size && m_data[pos] == '0') {
        ++pos;
        if (pos < m_size && isDigit(m_data[pos]))
            return fail(
                "json-syntax", pos, QCoreApplication::translate("JsonReader", "numbers must not have leading zeros"));
    } else if (!parseDigits(pos)) {
        return false;
    }
    if (pos < m_size && m_data[pos] == '.' && !parseDigits(++pos))
        return false;
    if (pos < m_size && (m_data[pos] | 0x20) == 'e') {
        ++pos;
        if (pos < m_size && (m_data[pos] == '+' || m_data[pos] == '-'))
            ++pos;
        if (!parseDigits(pos))
            return false;
    }
    node.text.assign(reinterpret_cast<const char*>(m_data + start), pos - start);
    m_pos = pos;
    return true;
}

bool Parser::parseLiteral(SourceNode& node)
{
    static constexpr std::string_view literals[] = { "true", "false", "null" };
    size_t end = m_pos;
    while (end < m_size && isWordChar(m_data[end]))
        ++end;
    const std::string_view word(reinterpret_cast<const char*>(m_data + m_pos), end - m_pos);
    for (const std::string_view literal : literals) {
        if (word == literal) {
            node.kind = literal == "null" ? SourceNode::Kind::Null : SourceNode::Kind::Bool;
            node.location = locationAt(m_pos);
            if (literal != "null")
                node.text = literal;
            m_pos = end;
            return true;
        }
        if (end == m_size && literal.starts_with(word))
            return unexpectedEnd(
                QLatin1Char('\'') + QLatin1String(literal.data(), qsizetype(literal.size())) + QLatin1Char('\''));
    }
    QString shown = QString::fromLatin1(word.data(), qsizetype(std::min<size_t>(word.size(), 40)));
    if (word.size() > 40)
        shown += QStringLiteral("…");
    return fail("json-syntax", m_pos,
        QCoreApplication::translate("JsonReader", "invalid literal '%1' (JSON allows only true, false and null)")
            .arg(shown));
}

} // namespace

std::optional<SourceNode> readJsonArray(std::string_view text, const QString& file, Diagnostics& diagnostics,
    const JsonItemHandler& onItem, const ReadLimits& limits)
{
    std::optional<SourceNode> root(std::in_place);
    try {
        Parser parser(text, file, diagnostics, limits, &onItem);
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
        Parser parser(text, file, diagnostics, limits);
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
