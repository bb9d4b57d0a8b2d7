// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace grantscope {

inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}
std::string toLowerAscii(std::string_view s);
bool equalsIgnoreCaseAscii(std::string_view a, std::string_view b);
bool startsWithIgnoreCaseAscii(std::string_view s, std::string_view prefix);

/**
 * Glob match with `*` (any run, possibly empty) and `?` (exactly one character), as IAM uses for
 * action names, ARNs and StringLike. Iterative (no recursion, no backtracking blow-up): O(n*m) worst case.
 * `?` matches one byte of UTF-8 when `utf8` is false, one code point when true.
 */
bool globMatch(std::string_view pattern, std::string_view text, bool ignoreCase, bool utf8 = true);

/**
 * `text` (UTF-8) with every character that could disguise what is shown replaced by a visible escape in
 * JSON's spelling (`\u202e`, `\u001b`): control characters other than newline and tab (ANSI escape
 * sequences, carriage return, backspace), C1 controls, bidirectional overrides and isolates, zero-width
 * characters, line and paragraph separators. Invalid UTF-8 bytes become `\ufffd`. A vendor's role name
 * with "\u202e" or an escape that conceals text can then neither reorder nor hide what a reviewer reads.
 * In JSON output the escapes stand for the same characters, so the value is unchanged.
 */
std::string visibleControls(std::string_view text);

} // namespace grantscope
