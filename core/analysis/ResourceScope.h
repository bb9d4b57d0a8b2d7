// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/**
 * The resources a statement applies to, as IAM ARN patterns (`*` and `?` wildcards): either the
 * listed patterns (Resource) or every resource except them (NotResource). Set operations are
 * reasoned on the patterns themselves, soundly for a security review: `covers` answers true only
 * when the inclusion is certain, and `intersect` never returns less than the true intersection.
 * Policy variables (`${aws:username}`) stand for "any text" in what a grant may reach and for
 * "nothing known" in what a deny surely removes.
 */
struct ResourceScope {
    bool except = false; // NotResource: every resource except `patterns`
    std::vector<std::string> patterns; // {"*"} (without except) is every resource

    static ResourceScope everything() { return { false, { "*" } }; }
    static ResourceScope of(bool notResource, std::vector<std::string> patterns);

    bool isEverything() const;
    bool isEmpty() const { return !except && patterns.empty(); }

    /** True only when every resource of `other` is surely in this scope. */
    bool covers(const ResourceScope& other) const;
    /** A scope holding at least every resource in both; empty when they surely do not overlap. */
    ResourceScope intersect(const ResourceScope& other) const;
    /** False only when the scopes surely share no resource. */
    bool mayOverlap(const ResourceScope& other) const { return !intersect(other).isEmpty(); }

    friend bool operator==(const ResourceScope&, const ResourceScope&) = default;
};

/**
 * A scope prepared for many "may this other scope overlap it?" questions (one finding's resources against
 * every grant of a role). Patterns are indexed by their literal prefix: two patterns can share a string
 * only when one's literal prefix begins the other's, so a scope of thousands of ARNs is compared with a
 * grant's patterns in about log n steps each, not n. Answers exactly as `scope.mayOverlap(other)` would.
 * The scope must outlive the index.
 */
class ScopeOverlapIndex {
public:
    explicit ScopeOverlapIndex(const ResourceScope& scope);
    bool mayOverlap(const ResourceScope& other) const;

private:
    const ResourceScope& m_scope;
    bool m_indexed = false;
    std::vector<std::pair<std::string, size_t>> m_byPrefix; // literal prefix, index into m_scope.patterns; sorted
    std::vector<size_t> m_prefixLengths; // distinct lengths of those prefixes, ascending
};

/** L(specific) ⊆ L(general) for IAM glob patterns, decided soundly (false when unsure). */
bool patternCovers(std::string_view general, std::string_view specific);
/** Do two glob patterns match at least one common string? Exact for `*` and `?`. */
bool patternsOverlap(std::string_view a, std::string_view b);

} // namespace grantscope
