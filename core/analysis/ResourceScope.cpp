// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ResourceScope.h"

#include <algorithm>

namespace grantscope {

namespace {

// Policy variables are resolved per request. For what a grant may reach, "${...}" can be any text (a
// star); for what a deny surely covers it is unknown, so it becomes a character no ARN contains.
std::string replaceVariables(std::string_view pattern, std::string_view replacement)
{
    std::string out;
    size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '$' && i + 1 < pattern.size() && pattern[i + 1] == '{') {
            const size_t close = pattern.find('}', i + 2);
            if (close != std::string_view::npos) {
                const std::string_view inner = pattern.substr(i + 2, close - i - 2);
                if (inner == "*" || inner == "?" || inner == "$")
                    out += inner == "$" ? "$" : (inner == "*" ? "\x01" : "\x02"); // literal wildcard characters
                else
                    out += replacement;
                i = close + 1;
                continue;
            }
        }
        out += pattern[i++];
    }
    return out;
}

std::string forReach(std::string_view p)
{
    return replaceVariables(p, "*");
}
std::string forCertainty(std::string_view p)
{
    return replaceVariables(p, "\x03");
}

bool hasVariables(std::string_view p)
{
    return p.find("${") != std::string_view::npos;
}

// An ARN is at most 2,048 characters; comparing two patterns costs the product of their lengths. Past that
// product the answers are the safe ones (they may overlap, neither surely covers the other), so a hostile
// megabyte-long pattern costs nothing and allocates nothing.
constexpr size_t kMaxComparison = size_t { 2049 } * 2049;
bool tooLong(std::string_view a, std::string_view b)
{
    return (a.size() + 1) * (b.size() + 1) > kMaxComparison;
}

// Sound inclusion test on prepared patterns: a star of `general` may absorb any symbols of `specific`
// (its stars too); a `?` absorbs one literal or `?`; literals must be identical. Glob matching of `g` over the
// symbols of `s`, greedy with the last star of `g` as the one point to come back to: no allocation, and as many
// steps as the dynamic programme over both lengths in the worst case, far fewer on ARNs.
bool coversPrepared(std::string_view g, std::string_view s)
{
    constexpr size_t kNone = std::string_view::npos;
    size_t i = 0, j = 0, star = kNone, resume = 0;
    while (j < s.size()) {
        if (i < g.size() && g[i] == '*') {
            star = i++;
            resume = j;
        } else if (i < g.size() && (g[i] == '?' ? s[j] != '*' : g[i] == s[j])) {
            ++i;
            ++j;
        } else if (star != kNone) {
            i = star + 1; // the star absorbs one more symbol
            j = ++resume;
        } else {
            return false;
        }
    }
    while (i < g.size() && g[i] == '*')
        ++i;
    return i == g.size();
}

// One symbol of each pattern that is not a star: they can stand for the same character.
bool symbolsMeet(char a, char b)
{
    return a == '?' || b == '?' || a == b;
}

// `text` has no star: does the glob `pattern` match a string `text` can stand for? Greedy, as in coversPrepared.
bool globMeetsPlain(std::string_view pattern, std::string_view text)
{
    constexpr size_t kNone = std::string_view::npos;
    size_t i = 0, j = 0, star = kNone, resume = 0;
    while (j < text.size()) {
        if (i < pattern.size() && pattern[i] == '*') {
            star = i++;
            resume = j;
        } else if (i < pattern.size() && symbolsMeet(pattern[i], text[j])) {
            ++i;
            ++j;
        } else if (star != kNone) {
            i = star + 1;
            j = ++resume;
        } else {
            return false;
        }
    }
    while (i < pattern.size() && pattern[i] == '*')
        ++i;
    return i == pattern.size();
}

// Do two glob patterns match a common string? Without stars, symbol by symbol; with stars in one, a glob match
// of it over the other; with stars in both, exactly when the texts before their first stars agree and so do
// those after their last stars (the stars absorb everything between). Linear but for the one-sided case.
bool overlapPrepared(std::string_view a, std::string_view b)
{
    const size_t aFirst = a.find('*'), bFirst = b.find('*');
    const bool aStars = aFirst != std::string_view::npos, bStars = bFirst != std::string_view::npos;
    if (!aStars && !bStars)
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), symbolsMeet);
    if (!bStars)
        return globMeetsPlain(a, b);
    if (!aStars)
        return globMeetsPlain(b, a);
    const size_t head = std::min(aFirst, bFirst);
    const size_t tail = std::min(a.size() - a.rfind('*') - 1, b.size() - b.rfind('*') - 1);
    return std::equal(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(head), b.begin(), symbolsMeet)
        && std::equal(a.end() - static_cast<std::ptrdiff_t>(tail), a.end(), b.end() - static_cast<std::ptrdiff_t>(tail),
            symbolsMeet);
}

} // namespace

bool patternCovers(std::string_view general, std::string_view specific)
{
    if (general == "*")
        return true;
    if (tooLong(general, specific))
        return general == specific;
    // Most comparisons are plain ARNs: no variables to replace, often no wildcard at all.
    if (!hasVariables(general) && !hasVariables(specific)) {
        if (general == specific)
            return true;
        if (general.find_first_of("*?") == std::string_view::npos)
            return false; // a literal covers only itself
        return coversPrepared(general, specific);
    }
    const std::string g = forCertainty(general);
    const std::string s = forReach(specific);
    if (hasVariables(general) && g.find('\x03') != std::string::npos)
        return g == forCertainty(specific); // only the very same text is surely covered
    return coversPrepared(g, s);
}

bool patternsOverlap(std::string_view a, std::string_view b)
{
    if (a == "*" || b == "*" || tooLong(a, b))
        return true;
    if (!hasVariables(a) && !hasVariables(b)) {
        if (a.find_first_of("*?") == std::string_view::npos && b.find_first_of("*?") == std::string_view::npos)
            return a == b;
        return overlapPrepared(a, b);
    }
    return overlapPrepared(forReach(a), forReach(b));
}

ResourceScope ResourceScope::of(bool notResource, std::vector<std::string> patterns)
{
    ResourceScope s { notResource, std::move(patterns) };
    return s;
}

bool ResourceScope::isEverything() const
{
    if (except)
        return patterns.empty();
    return std::find(patterns.begin(), patterns.end(), "*") != patterns.end();
}

bool ResourceScope::covers(const ResourceScope& other) const
{
    if (isEverything() || other.isEmpty())
        return true;
    if (!except && !other.except)
        return std::all_of(other.patterns.begin(), other.patterns.end(), [&](const std::string& q) {
            return std::any_of(
                patterns.begin(), patterns.end(), [&](const std::string& p) { return patternCovers(p, q); });
        });
    if (!except && other.except)
        return false;
    if (except && !other.except)
        return std::none_of(other.patterns.begin(), other.patterns.end(), [&](const std::string& q) {
            return std::any_of(
                patterns.begin(), patterns.end(), [&](const std::string& n) { return patternsOverlap(n, q); });
        });
    // Both NotResource: all but N contains all but M exactly when N is within M.
    return std::all_of(patterns.begin(), patterns.end(), [&](const std::string& n) {
        return std::any_of(
            other.patterns.begin(), other.patterns.end(), [&](const std::string& m) { return patternCovers(m, n); });
    });
}

ResourceScope ResourceScope::intersect(const ResourceScope& other) const
{
    if (isEverything())
        return other;
    if (other.isEverything())
        return *this;
    ResourceScope out;
    auto add = [&out](const std::string& p) {
        if (std::find(out.patterns.begin(), out.patterns.end(), p) == out.patterns.end())
            out.patterns.push_back(p);
    };
    if (!except && !other.except) {
        for (const std::string& p : patterns)
            for (const std::string& q : other.patterns) {
                if (patternCovers(p, q))
                    add(q);
                else if (patternCovers(q, p) || patternsOverlap(p, q))
                    add(p); // p over-approximates p ∩ q
            }
        return out;
    }
    if (except && other.except) {
        out.except = true;
        for (const std::string& p : patterns)
            add(p);
        for (const std::string& p : other.patterns)
            add(p);
        return out;
    }
    const ResourceScope& listed = except ? other : *this;
    const ResourceScope& excluded = except ? *this : other;
    for (const std::string& p : listed.patterns) {
        const bool gone = std::any_of(excluded.patterns.begin(), excluded.patterns.end(),
            [&](const std::string& n) { return patternCovers(n, p); });
        if (!gone)
            add(p);
    }
    return out;
}

namespace {

// The text every string of the pattern starts with: up to the first wildcard or policy variable.
std::string_view literalPrefix(std::string_view pattern)
{
    size_t end = pattern.find_first_of("*?");
    const size_t variable = pattern.find("${");
    end = std::min(end, variable);
    return pattern.substr(0, end == std::string_view::npos ? pattern.size() : end);
}

} // namespace

ScopeOverlapIndex::ScopeOverlapIndex(const ResourceScope& scope)
    : m_scope(scope)
{
    if (scope.except || scope.isEverything() || scope.patterns.size() < 16)
        return; // small or complemented scopes are compared directly
    m_indexed = true;
    m_byPrefix.reserve(scope.patterns.size());
    for (size_t i = 0; i < scope.patterns.size(); ++i)
        m_byPrefix.emplace_back(std::string(literalPrefix(scope.patterns[i])), i);
    std::sort(m_byPrefix.begin(), m_byPrefix.end());
    for (const auto& [prefix, index] : m_byPrefix)
        m_prefixLengths.push_back(prefix.size());
    std::sort(m_prefixLengths.begin(), m_prefixLengths.end());
    m_prefixLengths.erase(std::unique(m_prefixLengths.begin(), m_prefixLengths.end()), m_prefixLengths.end());
}

namespace {

// What `a.mayOverlap(b)` answers, without building the intersection: the first pair of patterns that
// intersect would keep decides it.
bool scopesMayOverlap(const ResourceScope& a, const ResourceScope& b)
{
    if (a.isEverything())
        return !b.isEmpty();
    if (b.isEverything())
        return !a.isEmpty();
    if (a.except && b.except)
        return true;
    if (!a.except && !b.except)
        return std::any_of(a.patterns.begin(), a.patterns.end(), [&](const std::string& p) {
            return std::any_of(b.patterns.begin(), b.patterns.end(), [&](const std::string& q) {
                return patternCovers(p, q) || patternCovers(q, p) || patternsOverlap(p, q);
            });
        });
    const ResourceScope& listed = a.except ? b : a;
    const ResourceScope& excluded = a.except ? a : b;
    return std::any_of(listed.patterns.begin(), listed.patterns.end(), [&](const std::string& p) {
        return std::none_of(excluded.patterns.begin(), excluded.patterns.end(),
            [&](const std::string& n) { return patternCovers(n, p); });
    });
}

} // namespace

bool ScopeOverlapIndex::mayOverlap(const ResourceScope& other) const
{
    if (!m_indexed || other.except || other.isEverything())
        return scopesMayOverlap(m_scope, other);
    auto overlaps = [&](size_t index, const std::string& q) { return patternsOverlap(m_scope.patterns[index], q); };
    // The first entry whose prefix is not less than `text`: compared in place, without a copy of it.
    auto from = [&](std::string_view text) {
        return std::lower_bound(m_byPrefix.begin(), m_byPrefix.end(), text,
            [](const std::pair<std::string, size_t>& entry, std::string_view t) { return entry.first < t; });
    };
    for (const std::string& q : other.patterns) {
        const std::string_view prefix = literalPrefix(q);
        // Patterns whose literal prefix begins with this one's...
        for (auto it = from(prefix); it != m_byPrefix.end() && std::string_view(it->first).starts_with(prefix); ++it)
            if (overlaps(it->second, q))
                return true;
        // ...and those whose literal prefix is a shorter beginning of it.
        for (size_t length : m_prefixLengths) {
            if (length >= prefix.size())
                break;
            const std::string_view shorter = prefix.substr(0, length);
            for (auto it = from(shorter); it != m_byPrefix.end() && it->first == shorter; ++it)
                if (overlaps(it->second, q))
                    return true;
        }
    }
    return false;
}

} // namespace grantscope
