// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parser behind readJson() (JsonReader.cpp: structure, locations and errors), shared with its scalars
// (JsonScalars.cpp: strings, escapes, numbers and literals); not a public API.

#include "doc/JsonReader.h"

#include <QString>

#include <array>
#include <climits>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace grantscope::json {

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
inline constexpr std::array<bool, 256> kStringStops = makeStringStops();

// Objects with more members than this look duplicates up in a hash map instead of scanning the members.
inline constexpr size_t kLinearKeyScan = 16;

inline bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}
inline bool isWordChar(unsigned char c)
{
    return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}
inline int clampInt(size_t value)
{
    return value > size_t(INT_MAX) ? INT_MAX : int(value);
}

inline char32_t decodeUtf8(const unsigned char* p, int length)
{
    static constexpr unsigned char leadMask[] = { 0, 0x7F, 0x1F, 0x0F, 0x07 };
    char32_t cp = p[0] & leadMask[length];
    for (int i = 1; i < length; ++i)
        cp = (cp << 6) | (p[i] & 0x3F);
    return cp;
}

inline QString hex4(char32_t value)
{
    return QStringLiteral("%1").arg(uint(value), 4, 16, QLatin1Char('0')).toUpper();
}

/** How an Expect is worded in messages ("a value", "',' or ']'").*/
QString expectText(Expect expect);

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

} // namespace grantscope::json
