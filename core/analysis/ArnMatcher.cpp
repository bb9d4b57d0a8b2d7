// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ArnMatcher.h"

#include "analysis/PatternMatch.h"
#include "analysis/RequestContext.h"

#include <algorithm>
#include <array>
#include <optional>

namespace grantscope {

namespace {

constexpr size_t ArnComponents = 6;

// Splits at the first five colons; the sixth component is the rest, colons included. In escaped patterns a
// backslash pair is one character, so an escaped character is never taken for a separator.
std::optional<std::array<std::string_view, ArnComponents>> splitArn(std::string_view text, bool escaped)
{
    std::array<std::string_view, ArnComponents> parts;
    size_t start = 0;
    size_t part = 0;
    for (size_t i = 0; i < text.size() && part + 1 < ArnComponents; ++i) {
        if (escaped && text[i] == '\\') {
            ++i;
            continue;
        }
        if (text[i] == ':') {
            parts[part++] = text.substr(start, i - start);
            start = i + 1;
        }
    }
    if (part + 1 != ArnComponents)
        return std::nullopt;
    parts[part] = text.substr(start);
    return parts;
}

} // namespace

bool resourceMatches(
    std::string_view pattern, std::string_view arn, const RequestContext& context, VariableMode variables)
{
    if (pattern == "*")
        return true;
    if (!pattern.starts_with("arn:")) {
        const std::optional<std::string> whole = substituteAsPattern(pattern, context, variables);
        return whole && matchEscapedGlob(*whole, arn);
    }
    const size_t resourceStart = arnResourcePartStart(pattern);
    const std::string_view prefix = pattern.substr(0, resourceStart);
    // The escapes still apply before the fifth colon, so a caller can make a '$' literal by writing "${$}".
    const VariableMode prefixMode = variables == VariableMode::Literal ? variables : VariableMode::EscapesOnly;
    const std::optional<std::string> prefixPattern = substituteAsPattern(prefix, context, prefixMode);
    if (!prefixPattern)
        return false;
    std::vector<PatternToken> tokens = compilePattern(*prefixPattern, ColonRule::ResourcePrefix);
    if (resourceStart != std::string_view::npos) {
        const std::optional<std::string> resource
            = substituteAsPattern(pattern.substr(resourceStart), context, variables);
        if (!resource)
            return false;
        const std::vector<PatternToken> resourceTokens = compilePattern(*resource, ColonRule::Crosses);
        tokens.insert(tokens.end(), resourceTokens.begin(), resourceTokens.end());
    }
    return matchPattern(tokens, arn);
}

bool arnLike(std::string_view pattern, std::string_view arn)
{
    return arnLikeEscaped(escapeBackslashes(pattern), arn);
}

bool hasArnComponents(std::string_view text)
{
    return std::count(text.begin(), text.end(), ':') >= static_cast<std::ptrdiff_t>(ArnComponents - 1);
}

bool arnLikeEscaped(std::string_view escapedPattern, std::string_view arn)
{
    const auto patternParts = splitArn(escapedPattern, /*escaped=*/true);
    const auto arnParts = splitArn(arn, /*escaped=*/false);
    if (!patternParts || !arnParts)
        return false;
    for (size_t i = 0; i < ArnComponents; ++i) {
        if (!matchEscapedGlob((*patternParts)[i], (*arnParts)[i]))
            return false;
    }
    return true;
}

} // namespace grantscope
