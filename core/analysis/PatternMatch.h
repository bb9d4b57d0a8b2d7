// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/** One element of a compiled IAM wildcard pattern. */
struct PatternToken {
    enum class Kind : std::uint8_t { Literal, AnyChar, AnyRun };
    Kind kind = Kind::Literal;
    char literal = 0; // for Kind::Literal
    bool stopsAtColon = false; // a wildcard that may not consume ':' (ARN segments before the resource part)
};

/** Where the wildcards of a pattern may consume ':'. */
enum class ColonRule {
    Crosses, // anywhere: StringLike, the resource part of an ARN, ArnLike segments (already split)
    ResourcePrefix // the first five ARN segments of a Resource element: only a segment's trailing '*' crosses
};

/**
 * Compiles an escaped glob: `*` and `?` are wildcards, a backslash makes the next character literal
 * (this is the form PolicyVariables produces, so `${*}` arrives as `\*`).
 */
std::vector<PatternToken> compilePattern(std::string_view escapedPattern, ColonRule rule = ColonRule::Crosses);

/**
 * True when the tokens match the whole text. `?` and `*` advance by UTF-8 code points. When every `*`
 * may consume ':' and text and literals are well-formed UTF-8, the pattern is split at `*` and each
 * piece placed left-most (literal pieces found in linear time), so a long pattern against a long value
 * costs about pattern + text; otherwise, and as the reference, matchPatternByRows().
 */
bool matchPattern(const std::vector<PatternToken>& tokens, std::string_view text);

/**
 * The same answer as matchPattern(), computed token by token over one row of state: O(tokens × text)
 * time, so no input can make it backtrack exponentially, but long patterns on long values are slow.
 */
bool matchPatternByRows(const std::vector<PatternToken>& tokens, std::string_view text);

/** Compiles and matches an escaped glob in one call. */
bool matchEscapedGlob(std::string_view escapedPattern, std::string_view text);

/** Turns a plain glob (no escape syntax) into the escaped form by doubling every backslash. */
std::string escapeBackslashes(std::string_view plainPattern);

} // namespace grantscope
