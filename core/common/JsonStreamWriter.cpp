// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/JsonStreamWriter.h"

#include "common/Utf8.h"

#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <charconv>

namespace grantscope {

namespace {

constexpr int kIndent = 2; // as dump(2)

bool validUtf8(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const int n = utf8SequenceLength(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

} // namespace

JsonStreamWriter::JsonStreamWriter(Sink sink, size_t chunkBytes)
    : m_sink(std::move(sink))
    , m_chunkBytes(chunkBytes)
{
    m_buffer.reserve(chunkBytes + 4096);
}

JsonStreamWriter::~JsonStreamWriter()
{
    flush();
}

void JsonStreamWriter::appendString(std::string& out, std::string_view text)
{
    // What nlohmann does with invalid UTF-8 (which bytes one U+FFFD stands for) is its own: let it say.
    if (!validUtf8(text)) {
        out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    size_t run = 0; // start of the bytes not yet copied
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

void JsonStreamWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level& level = m_levels.back();
    Q_ASSERT(!level.object);
    m_buffer += level.empty ? "\n" : ",\n";
    level.empty = false;
    m_buffer.append(m_levels.size() * kIndent, ' ');
}

JsonStreamWriter& JsonStreamWriter::key(std::string_view name)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object && !m_afterKey);
    Level& level = m_levels.back();
    m_buffer += level.empty ? "\n" : ",\n";
    level.empty = false;
    m_buffer.append(m_levels.size() * kIndent, ' ');
    appendString(m_buffer, name);
    m_buffer += ": ";
    m_afterKey = true;
    return *this;
}

JsonStreamWriter& JsonStreamWriter::beginObject()
{
    beginValue();
    m_buffer += '{';
    m_levels.push_back({ true, true });
    return *this;
}

JsonStreamWriter& JsonStreamWriter::beginArray()
{
    beginValue();
    m_buffer += '[';
    m_levels.push_back({ false, true });
    return *this;
}

void JsonStreamWriter::close(bool object, char bracket)
{
    Q_ASSERT(!m_levels.empty() && m_levels.back().object == object && !m_afterKey);
    Q_UNUSED(object);
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty) {
        m_buffer += '\n';
        m_buffer.append(m_levels.size() * kIndent, ' ');
    }
    m_buffer += bracket;
    flushIfFull();
}

JsonStreamWriter& JsonStreamWriter::endObject()
{
    close(true, '}');
    return *this;
}

JsonStreamWriter& JsonStreamWriter::endArray()
{
    close(false, ']');
    return *this;
}

JsonStreamWriter& JsonStreamWriter::string(std::string_view text)
{
    beginValue();
    appendString(m_buffer, text);
    flushIfFull();
    return *this;
}

JsonStreamWriter& JsonStreamWriter::signedNumber(std::int64_t n)
{
    beginValue();
    char digits[24];
    const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), n);
    Q_UNUSED(error);
    m_buffer.append(digits, end);
    return *this;
}

JsonStreamWriter& JsonStreamWriter::unsignedNumber(std::uint64_t n)
{
    beginValue();
    char digits[24];
    const auto [end, error] = std::to_chars(std::begin(digits), std::end(digits), n);
    Q_UNUSED(error);
    m_buffer.append(digits, end);
    return *this;
}

JsonStreamWriter& JsonStreamWriter::boolean(bool b)
{
    beginValue();
    m_buffer += b ? "true" : "false";
    return *this;
}

JsonStreamWriter& JsonStreamWriter::null()
{
    beginValue();
    m_buffer += "null";
    return *this;
}

JsonStreamWriter& JsonStreamWriter::strings(const std::vector<std::string>& list)
{
    beginArray();
    for (const std::string& s : list)
        string(s);
    return endArray();
}

JsonStreamWriter& JsonStreamWriter::json(const nlohmann::ordered_json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::object:
        beginObject();
        members(value);
        return endObject();
    case nlohmann::json::value_t::array:
        beginArray();
        for (const nlohmann::ordered_json& item : value)
            json(item);
        return endArray();
    case nlohmann::json::value_t::string:
        return string(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::boolean:
        return boolean(value.get<bool>());
    case nlohmann::json::value_t::number_integer:
        return number(value.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned:
        return number(value.get<std::uint64_t>());
    case nlohmann::json::value_t::null:
        return null();
    default:
        // Floating-point numbers and binary values: nlohmann's own spelling.
        beginValue();
        m_buffer += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return *this;
    }
}

JsonStreamWriter& JsonStreamWriter::members(const nlohmann::ordered_json& object)
{
    Q_ASSERT(object.is_object());
    for (const auto& [name, value] : object.items()) {
        key(name);
        json(value);
    }
    return *this;
}

bool JsonStreamWriter::finish()
{
    Q_ASSERT(m_levels.empty() && !m_afterKey);
    m_buffer += '\n';
    flush();
    return m_ok;
}

void JsonStreamWriter::flushIfFull()
{
    if (m_buffer.size() >= m_chunkBytes)
        flush();
}

void JsonStreamWriter::flush()
{
    if (m_buffer.empty())
        return;
    if (m_ok && m_sink)
        m_ok = m_sink(m_buffer);
    m_buffer.clear();
}

} // namespace grantscope
