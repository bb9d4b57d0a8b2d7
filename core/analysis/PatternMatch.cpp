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

bool matchPatternByRows(const std::vector<PatternToken>& tokens, std::string_view text)
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

namespace {

using Tokens = std::vector<PatternToken>;
constexpr size_t kNoMatch = std::string_view::npos;

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// True when every lead byte is followed by the continuation bytes charLength() will step over and no
// continuation byte stands alone, so stepping by charLength() from a character's start only ever lands
// on characters' starts.
bool wellFormed(std::string_view text)
{
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isContinuation(c))
            return false;
        const size_t n = charLength(text, i);
        if (n == 1 && c >= 0xC0)
            return false; // truncated sequence at the end
        for (size_t k = 1; k < n; ++k)
            if (!isContinuation(static_cast<unsigned char>(text[i + k])))
                return false;
        i += n;
    }
    return true;
}

// The end of `segment` matched at `start`, or kNoMatch. A segment holds no AnyRun, so its match is unique.
size_t matchAt(const PatternToken* segment, size_t length, std::string_view text, size_t start)
{
    size_t j = start;
    for (size_t t = 0; t < length; ++t) {
        const PatternToken& token = segment[t];
        if (j >= text.size())
            return kNoMatch;
        if (token.kind == PatternToken::Kind::Literal) {
            if (text[j] != token.literal)
                return kNoMatch;
            ++j;
        } else {
            if (token.stopsAtColon && text[j] == ':')
                return kNoMatch;
            j += charLength(text, j);
        }
    }
    return j;
}

// Knuth-Morris-Pratt search of a literal in text from `from`: linear in both.
class LiteralFinder {
public:
    explicit LiteralFinder(std::string needle)
        : m_needle(std::move(needle))
        , m_failure(m_needle.size(), 0)
    {
        for (size_t i = 1, k = 0; i < m_needle.size(); ++i) {
            while (k > 0 && m_needle[i] != m_needle[k])
                k = m_failure[k - 1];
            if (m_needle[i] == m_needle[k])
                ++k;
            m_failure[i] = k;
        }
    }
    size_t find(std::string_view text, size_t from) const
    {
        for (size_t i = from, k = 0; i < text.size(); ++i) {
            while (k > 0 && text[i] != m_needle[k])
                k = m_failure[k - 1];
            if (text[i] == m_needle[k])
                ++k;
            if (k == m_needle.size())
                return i + 1 - k;
        }
        return kNoMatch;
    }

private:
    std::string m_needle;
    std::vector<size_t> m_failure;
};

// Leftmost start >= from at which the segment matches; returns its end, or kNoMatch.
size_t findLeftmost(const PatternToken* segment, size_t length, std::string_view text, size_t from)
{
    // The segment's first literal run anchors the search; the `?`s before it step back by characters.
    size_t anyBefore = 0;
    while (anyBefore < length && segment[anyBefore].kind == PatternToken::Kind::AnyChar)
        ++anyBefore;
    if (anyBefore == length) {
        // Only `?`: the first place with enough characters (that are not ':' where `?` stops there).
        for (size_t start = from; start < text.size(); start += charLength(text, start)) {
            const size_t end = matchAt(segment, length, text, start);
            if (end != kNoMatch)
                return end;
            if (!segment[0].stopsAtColon)
                return kNoMatch; // fails only by running out of text, later starts have less
        }
        return length == 0 ? from : kNoMatch;
    }
    std::string run;
    for (size_t t = anyBefore; t < length && segment[t].kind == PatternToken::Kind::Literal; ++t)
        run += segment[t].literal;
    const LiteralFinder finder(run);
    for (size_t at = finder.find(text, from); at != kNoMatch; at = finder.find(text, at + 1)) {
        size_t start = at;
        bool fits = true;
        for (size_t k = 0; k < anyBefore && fits; ++k) {
            if (start <= from) {
                fits = false;
                break;
            }
            --start;
            while (start > from && isContinuation(static_cast<unsigned char>(text[start])))
                --start;
        }
        if (!fits || start < from)
            continue;
        const size_t end = matchAt(segment, length, text, start);
        if (end != kNoMatch)
            return end;
    }
    return kNoMatch;
}

// Splits at `*` and places each piece left-most: a later end for a piece never helps the next one when
// `*` may consume anything and every piece ends on a character boundary, so this gives the same answer
// as the row-by-row match. Literal pieces are found by KMP, so the work is linear in practice.
bool matchBySegments(const Tokens& tokens, std::string_view text)
{
    std::vector<std::pair<size_t, size_t>> segments; // [begin, end) token ranges between AnyRuns
    size_t begin = 0;
    for (size_t t = 0; t <= tokens.size(); ++t) {
        if (t == tokens.size() || tokens[t].kind == PatternToken::Kind::AnyRun) {
            segments.emplace_back(begin, t);
            begin = t + 1;
        }
    }
    const PatternToken* data = tokens.data();
    if (segments.size() == 1)
        return matchAt(data, tokens.size(), text, 0) == text.size();
    // First piece at the start, last piece at the end, the others left-most in between.
    size_t pos = matchAt(data, segments.front().second, text, 0);
    if (pos == kNoMatch)
        return false;
    for (size_t s = 1; s + 1 < segments.size(); ++s) {
        pos = findLeftmost(data + segments[s].first, segments[s].second - segments[s].first, text, pos);
        if (pos == kNoMatch)
            return false;
    }
    const PatternToken* last = data + segments.back().first;
    const size_t lastLength = segments.back().second - segments.back().first;
    if (lastLength == 0)
        return true; // a trailing `*` takes the rest
    size_t minBytes = 0, maxBytes = 0;
    for (size_t t = 0; t < lastLength; ++t) {
        minBytes += 1;
        maxBytes += last[t].kind == PatternToken::Kind::AnyChar ? 4 : 1;
    }
    if (text.size() < pos || text.size() - pos < minBytes)
        return false;
    const size_t lowest = text.size() - std::min(maxBytes, text.size() - pos);
    for (size_t start = text.size() - minBytes + 1; start-- > lowest;)
        if (!isContinuation(static_cast<unsigned char>(text[start]))
            && matchAt(last, lastLength, text, start) == text.size())
            return true;
    return false;
}

} // namespace

bool matchPattern(const std::vector<PatternToken>& tokens, std::string_view text)
{
    // The piecewise match relies on `*` consuming anything and on well-formed UTF-8 in the text and in
    // the pattern's literals; otherwise (an ARN prefix segment's `*`, stray bytes) match row by row.
    bool piecewise = wellFormed(text);
    std::string literals;
    for (size_t t = 0; t <= tokens.size() && piecewise; ++t) {
        if (t < tokens.size() && tokens[t].kind == PatternToken::Kind::Literal) {
            literals += tokens[t].literal;
            continue;
        }
        if (t < tokens.size() && tokens[t].kind == PatternToken::Kind::AnyRun && tokens[t].stopsAtColon)
            piecewise = false;
        piecewise = piecewise && wellFormed(literals);
        literals.clear();
    }
    return piecewise ? matchBySegments(tokens, text) : matchPatternByRows(tokens, text);
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
