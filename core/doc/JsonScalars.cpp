// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON parser's scalars: strings with their escapes and UTF-8 checks, numbers and the literals.
#include "doc/JsonParser.h"

#include "common/Utf8.h"

#include <QCoreApplication>

namespace grantscope::json {

namespace {

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

} // namespace

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

} // namespace grantscope::json
