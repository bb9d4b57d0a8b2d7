// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/IpMatch.h"

#include <vector>

namespace grantscope {

namespace {

std::optional<std::array<std::uint8_t, 4>> parseV4(std::string_view text)
{
    std::array<std::uint8_t, 4> out {};
    size_t part = 0;
    size_t pos = 0;
    while (true) {
        const size_t start = pos;
        int value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 3)
            value = value * 10 + (text[pos++] - '0');
        const size_t length = pos - start;
        if (length == 0 || value > 255 || (length > 1 && text[start] == '0'))
            return std::nullopt;
        out[part++] = static_cast<std::uint8_t>(value);
        if (part == 4)
            break;
        if (pos >= text.size() || text[pos] != '.')
            return std::nullopt;
        ++pos;
    }
    if (pos != text.size())
        return std::nullopt;
    return out;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Colon-separated hex groups of one side of "::". `mayEndInV4`: the last group may be a dotted quad.
bool parseGroups(std::string_view text, bool mayEndInV4, std::vector<std::uint16_t>& groups)
{
    if (text.empty())
        return true;
    size_t start = 0;
    while (true) {
        const size_t colon = text.find(':', start);
        const std::string_view group = text.substr(start, colon == std::string_view::npos ? colon : colon - start);
        if (colon == std::string_view::npos && mayEndInV4 && group.find('.') != std::string_view::npos) {
            const auto v4 = parseV4(group);
            if (!v4)
                return false;
            groups.push_back(static_cast<std::uint16_t>((*v4)[0] << 8 | (*v4)[1]));
            groups.push_back(static_cast<std::uint16_t>((*v4)[2] << 8 | (*v4)[3]));
            return true;
        }
        if (group.empty() || group.size() > 4)
            return false;
        unsigned value = 0;
        for (char c : group) {
            const int digit = hexValue(c);
            if (digit < 0)
                return false;
            value = value * 16 + static_cast<unsigned>(digit);
        }
        groups.push_back(static_cast<std::uint16_t>(value));
        if (colon == std::string_view::npos)
            return true;
        start = colon + 1;
    }
}

std::optional<std::array<std::uint8_t, 16>> parseV6(std::string_view text)
{
    std::vector<std::uint16_t> head;
    std::vector<std::uint16_t> tail;
    const size_t gap = text.find("::");
    if (gap == std::string_view::npos) {
        if (!parseGroups(text, true, head) || head.size() != 8)
            return std::nullopt;
    } else {
        const std::string_view after = text.substr(gap + 2);
        if (after.find("::") != std::string_view::npos)
            return std::nullopt;
        if (!parseGroups(text.substr(0, gap), false, head) || !parseGroups(after, true, tail))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    }
    std::array<std::uint16_t, 8> groups {};
    for (size_t i = 0; i < head.size(); ++i)
        groups[i] = head[i];
    for (size_t i = 0; i < tail.size(); ++i)
        groups[8 - tail.size() + i] = tail[i];
    std::array<std::uint8_t, 16> out {};
    for (size_t i = 0; i < 8; ++i) {
        out[2 * i] = static_cast<std::uint8_t>(groups[i] >> 8);
        out[2 * i + 1] = static_cast<std::uint8_t>(groups[i] & 0xFF);
    }
    return out;
}

} // namespace

std::optional<IpValue> parseIpAddress(std::string_view text)
{
    IpValue value;
    if (text.find(':') != std::string_view::npos) {
        const auto v6 = parseV6(text);
        if (!v6)
            return std::nullopt;
        value.v6 = true;
        value.bytes = *v6;
        return value;
    }
    const auto v4 = parseV4(text);
    if (!v4)
        return std::nullopt;
    for (size_t i = 0; i < 4; ++i)
        value.bytes[i] = (*v4)[i];
    return value;
}

std::optional<IpNetwork> parseIpNetwork(std::string_view text)
{
    const size_t slash = text.find('/');
    const auto address = parseIpAddress(text.substr(0, slash));
    if (!address)
        return std::nullopt;
    const int maxLength = address->v6 ? 128 : 32;
    IpNetwork network { *address, maxLength };
    if (slash == std::string_view::npos)
        return network;
    const std::string_view digits = text.substr(slash + 1);
    if (digits.empty() || digits.size() > 3)
        return std::nullopt;
    int length = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        length = length * 10 + (c - '0');
    }
    if (length > maxLength)
        return std::nullopt;
    network.prefixLength = length;
    return network;
}

bool networkContains(const IpNetwork& network, const IpValue& address)
{
    if (network.address.v6 != address.v6)
        return false;
    const int fullBytes = network.prefixLength / 8;
    for (int i = 0; i < fullBytes; ++i) {
        if (network.address.bytes[static_cast<size_t>(i)] != address.bytes[static_cast<size_t>(i)])
            return false;
    }
    const int remainingBits = network.prefixLength % 8;
    if (remainingBits == 0)
        return true;
    const auto mask = static_cast<std::uint8_t>(0xFF << (8 - remainingBits));
    const auto i = static_cast<size_t>(fullBytes);
    return (network.address.bytes[i] & mask) == (address.bytes[i] & mask);
}

} // namespace grantscope
