// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ConditionValues.h"

#include "common/Text.h"

namespace grantscope {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `count` digits at text[pos].
bool readDigits(std::string_view text, size_t& pos, size_t count, int& out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (!isDigit(c))
            return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    out = value;
    return true;
}

bool consume(std::string_view text, size_t& pos, char c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

// Zone designator at text[pos] to the end: Z, ±hh:mm, ±hhmm or ±hh. Empty means UTC.
std::optional<int> parseZone(std::string_view text, size_t pos)
{
    if (pos == text.size())
        return 0;
    if ((text[pos] == 'Z' || text[pos] == 'z') && pos + 1 == text.size())
        return 0;
    const char sign = text[pos];
    if (sign != '+' && sign != '-')
        return std::nullopt;
    ++pos;
    int hours = 0;
    int minutes = 0;
    if (!readDigits(text, pos, 2, hours))
        return std::nullopt;
    if (pos < text.size()) {
        consume(text, pos, ':');
        if (!readDigits(text, pos, 2, minutes))
            return std::nullopt;
    }
    if (pos != text.size() || hours > 23 || minutes > 59)
        return std::nullopt;
    const int offset = hours * 3600 + minutes * 60;
    return sign == '-' ? -offset : offset;
}

int base64Digit(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (isDigit(c))
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

std::optional<Decimal> parseDecimal(std::string_view text)
{
    Decimal d;
    size_t pos = 0;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-'))
        d.negative = text[pos++] == '-';
    size_t digits = 0;
    std::string integer;
    while (pos < text.size() && isDigit(text[pos])) {
        integer += text[pos++];
        ++digits;
    }
    std::string fraction;
    if (consume(text, pos, '.')) {
        while (pos < text.size() && isDigit(text[pos])) {
            fraction += text[pos++];
            ++digits;
        }
    }
    if (digits == 0 || pos != text.size())
        return std::nullopt;
    const size_t firstNonZero = integer.find_first_not_of('0');
    d.integerDigits = firstNonZero == std::string::npos ? std::string() : integer.substr(firstNonZero);
    const size_t lastNonZero = fraction.find_last_not_of('0');
    d.fractionDigits = lastNonZero == std::string::npos ? std::string() : fraction.substr(0, lastNonZero + 1);
    if (d.integerDigits.empty() && d.fractionDigits.empty())
        d.negative = false; // -0 == 0
    return d;
}

std::strong_ordering compareDecimals(const Decimal& a, const Decimal& b)
{
    if (a.negative != b.negative)
        return a.negative ? std::strong_ordering::less : std::strong_ordering::greater;
    auto magnitude = [](const Decimal& x, const Decimal& y) {
        if (x.integerDigits.size() != y.integerDigits.size())
            return x.integerDigits.size() <=> y.integerDigits.size();
        if (const auto c = x.integerDigits <=> y.integerDigits; std::is_neq(c))
            return c;
        // Without trailing zeros, digit-wise order of the fractions is numeric order.
        return x.fractionDigits <=> y.fractionDigits;
    };
    const std::strong_ordering m = magnitude(a, b);
    if (!a.negative)
        return m;
    return m == std::strong_ordering::less   ? std::strong_ordering::greater
        : m == std::strong_ordering::greater ? std::strong_ordering::less
                                             : m;
}

std::optional<Instant> parseDateTime(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    if (text.find_first_not_of("0123456789") == std::string_view::npos) {
        if (text.size() > 18)
            return std::nullopt;
        std::int64_t seconds = 0;
        for (char c : text)
            seconds = seconds * 10 + (c - '0');
        return Instant { seconds, 0 };
    }
    size_t pos = 0;
    int year = 0, month = 0, day = 1, hour = 0, minute = 0, second = 0;
    std::int32_t nanos = 0;
    if (!readDigits(text, pos, 4, year) || !consume(text, pos, '-') || !readDigits(text, pos, 2, month))
        return std::nullopt;
    if (month < 1 || month > 12)
        return std::nullopt;
    int zoneOffset = 0;
    if (pos < text.size()) {
        if (!consume(text, pos, '-') || !readDigits(text, pos, 2, day))
            return std::nullopt;
        if (pos < text.size()) {
            if (!consume(text, pos, 'T') && !consume(text, pos, 't'))
                return std::nullopt;
            if (!readDigits(text, pos, 2, hour) || !consume(text, pos, ':') || !readDigits(text, pos, 2, minute))
                return std::nullopt;
            if (consume(text, pos, ':')) {
                if (!readDigits(text, pos, 2, second))
                    return std::nullopt;
                if (consume(text, pos, '.')) {
                    size_t count = 0;
                    std::int32_t scale = 100000000;
                    for (; pos < text.size() && isDigit(text[pos]); ++pos, ++count) {
                        nanos += (text[pos] - '0') * scale;
                        scale /= 10;
                    }
                    if (count == 0)
                        return std::nullopt;
                }
            }
            const std::optional<int> zone = parseZone(text, pos);
            if (!zone)
                return std::nullopt;
            zoneOffset = *zone;
        }
    }
    if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const std::int64_t secondOfDay = (std::int64_t { hour } * 60 + minute) * 60 + second;
    const std::int64_t seconds = daysFromCivil(year, month, day) * 86400 + secondOfDay;
    return Instant { seconds - zoneOffset, nanos };
}

std::optional<std::string> decodeBase64(std::string_view text)
{
    size_t length = text.size();
    if (length % 4 == 0) {
        for (int i = 0; i < 2 && length > 0 && text[length - 1] == '='; ++i)
            --length;
    }
    if (length % 4 == 1)
        return std::nullopt;
    std::string out;
    out.reserve(length * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (size_t i = 0; i < length; ++i) {
        const int digit = base64Digit(text[i]);
        if (digit < 0)
            return std::nullopt;
        buffer = (buffer << 6) | static_cast<std::uint32_t>(digit);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::optional<bool> parseBool(std::string_view text)
{
    if (equalsIgnoreCaseAscii(text, "true"))
        return true;
    if (equalsIgnoreCaseAscii(text, "false"))
        return false;
    return std::nullopt;
}

} // namespace grantscope
