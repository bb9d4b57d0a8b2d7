// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/PatternMatch.h"

#include <algorithm>

namespace grantscope {

namespace {

// Length of the UTF-8 sequence at text[i]; 1 for stray bytes so matching always advances.
size_t charLength(std::string_view text, size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    size_t n = 1;
    if (c >= 0xF0)
        n = 4;
    else if (c >= 0xE0)
        n = 3;
    else if (c >= 0xC0)
        n = 2;
    return i + n <= text.size() ? n : 1;
}

} // namespace

std::vector<PatternToken> compilePattern(std::string_view escapedPattern, ColonRule rule)
{
    std::vector<PatternToken> tokens;
    tokens.reserve(escapedPattern.size());
    for (size_t i = 0; i < escapedPattern.size(); ++i) {
        const char c = escapedPattern[i];
        if (c == '\\' && i + 1 < escapedPattern.size()) {
            tokens.push_back({ PatternToken::Kind::Literal, escapedPattern[++i], false });
        } else if (c == '*') {
            // AWS: "If the * wildcard is the last character of a resource ARN segment, it can expand to match
            // beyond the colon boundaries" (IAM User Guide, reference_policies_elements_resource).
            const bool lastInSegment = i + 1 == escapedPattern.size() || escapedPattern[i + 1] == ':';
            const bool stops = rule == ColonRule::ResourcePrefix && !lastInSegment;
            if (!tokens.empty() && tokens.back().kind == PatternToken::Kind::AnyRun) {
                tokens.back().stopsAtColon = tokens.back().stopsAtColon && stops;
                continue;
            }
            tokens.push_back({ PatternToken::Kind::AnyRun, 0, stops });
        } else if (c == '?') {
            tokens.push_back({ PatternToken::Kind::AnyChar, 0, rule == ColonRule::ResourcePrefix });
        } else {
            tokens.push_back({ PatternToken::Kind::Literal, c, false });
        }
    }
    return tokens;
}

bool matchPattern(const std::vector<PatternToken>& tokens, std::string_view text)
{
    const size_t n = text.size();
    // reach[j]: the tokens seen so far can match text[0, j).
    std::vector<char> reach(n + 1, 0);
    std::vector<char> next(n + 1, 0);
    reach[0] = 1;
    for (const PatternToken& token : tokens) {
        std::fill(next.begin(), next.end(), 0);
        bool any = false;
        switch (token.kind) {
        case PatternToken::Kind::Literal:
            for (size_t j = 0; j < n; ++j) {
                if (reach[j] && text[j] == token.literal) {
                    next[j + 1] = 1;
                    any = true;
                }
            }
            break;
        case PatternToken::Kind::AnyChar:
            for (size_t j = 0; j < n; ++j) {
                if (reach[j] && !(token.stopsAtColon && text[j] == ':')) {
                    next[j + charLength(text, j)] = 1;
                    any = true;
                }
            }
            break;
        case PatternToken::Kind::AnyRun:
            for (size_t j = 0; j <= n; ++j) {
                if (reach[j])
                    next[j] = 1;
                if (!next[j])
                    continue;
                any = true;
                if (j < n && !(token.stopsAtColon && text[j] == ':'))
                    next[j + charLength(text, j)] = 1;
            }
            break;
        }
        if (!any)
            return false;
        reach.swap(next);
    }
    return reach[n] != 0;
}

bool matchEscapedGlob(std::string_view escapedPattern, std::string_view text)
{
    return matchPattern(compilePattern(escapedPattern), text);
}

std::string escapeBackslashes(std::string_view plainPattern)
{
    std::string out;
    out.reserve(plainPattern.size());
    for (char c : plainPattern) {
        if (c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace grantscope
