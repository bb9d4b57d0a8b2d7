// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace grantscope {

/**
 * A decimal number as the Numeric* operators compare it ("an integer or decimal value"): compared exactly on
 * its digits, so neither large integers nor long fractions are rounded as a double would round them.
 */
struct Decimal {
    bool negative = false;
    std::string integerDigits; // no leading zeros; empty for 0
    std::string fractionDigits; // no trailing zeros
};

/** Parses `[+-]digits[.digits]` (".5" and "5." too); no exponent, no spaces. */
std::optional<Decimal> parseDecimal(std::string_view text);

std::strong_ordering compareDecimals(const Decimal& a, const Decimal& b);

/** A point in time: seconds since the Unix epoch (UTC) and nanoseconds within that second. */
struct Instant {
    std::int64_t seconds = 0;
    std::int32_t nanos = 0;
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=> as a literal 0
    friend auto operator<=>(const Instant&, const Instant&) = default;
};

/**
 * Parses the date forms the Date* operators accept ("one of the W3C implementations of the ISO 8601 date
 * formats or in epoch (UNIX) time"): a string of digits is epoch seconds (as aws:EpochTime is written);
 * otherwise YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss[.fraction]] with a zone of Z, ±hh:mm, ±hhmm or ±hh.
 * Dates are midnight UTC; a time without zone is taken as UTC. Out-of-range fields are rejected.
 */
std::optional<Instant> parseDateTime(std::string_view text);

/** Decodes standard base64 (RFC 4648 alphabet, padding optional, nothing else allowed). */
std::optional<std::string> decodeBase64(std::string_view text);

/** "true" or "false" in any case, as the Bool operator compares them. */
std::optional<bool> parseBool(std::string_view text);

} // namespace grantscope
