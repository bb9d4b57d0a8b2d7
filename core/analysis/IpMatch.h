// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace grantscope {

/** An IPv4 address (in the first four bytes) or an IPv6 address. */
struct IpValue {
    bool v6 = false;
    std::array<std::uint8_t, 16> bytes {};
    friend bool operator==(const IpValue&, const IpValue&) = default;
};

/** A CIDR range as the IpAddress operators take it; a bare address is /32 (IPv4) or /128 (IPv6). */
struct IpNetwork {
    IpValue address;
    int prefixLength = 0;
};

/**
 * Parses a dotted-quad IPv4 address (no leading zeros, which some parsers read as octal) or an IPv6 address
 * (RFC 4291 text forms: "::" compression, hex groups in any case, a trailing dotted quad; no zone index).
 */
std::optional<IpValue> parseIpAddress(std::string_view text);

/** Parses "address" or "address/prefix", e.g. "203.0.113.0/24" or "2001:DB8:1234:5678::/64". */
std::optional<IpNetwork> parseIpNetwork(std::string_view text);

/**
 * True when the address lies in the network. Host bits set in the network's address are ignored
 * ("203.0.113.7/24" is 203.0.113.0/24). An IPv4 address never lies in an IPv6 network nor the reverse.
 */
bool networkContains(const IpNetwork& network, const IpValue& address);

} // namespace grantscope
