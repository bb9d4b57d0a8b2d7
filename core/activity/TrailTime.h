// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace grantscope {

/**
 * Parses a CloudTrail time ("2026-11-02T14:03:11Z", optionally with fractional seconds or a numeric
 * offset) or a date ("2026-11-02", midnight UTC) into seconds since the epoch; nullopt when malformed.
 */
std::optional<std::int64_t> parseTrailTime(std::string_view text);

/** Formats seconds since the epoch as CloudTrail writes eventTime: "2026-11-02T14:03:11Z". */
std::string formatTrailTime(std::int64_t seconds);

} // namespace grantscope
