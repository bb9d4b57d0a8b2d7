// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/ResourceUniverse.h"

#include "analysis/PatternMatch.h"
#include "analysis/PolicyVariables.h"
#include "analysis/ResourceScope.h"
#include "catalog/Catalog.h"

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace grantscope {

namespace {

constexpr size_t ArnParts = 6;
using Parts = std::array<std::string_view, ArnParts>;

// arn, partition, service, region, account, resource (which keeps its own ':' and '/').
std::optional<Parts> splitArn(std::string_view text)
{
    Parts parts;
    size_t start = 0;
    for (size_t i = 0; i + 1 < ArnParts; ++i) {
        const size_t colon = text.find(':', start);
        if (colon == std::string_view::npos)
            return std::nullopt;
        parts[i] = text.substr(start, colon - start);
        start = colon + 1;
    }
    parts[ArnParts - 1] = text.substr(start);
    return parts;
}

void replaceAll(std::string& text, std::string_view from, std::string_view to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// Every '*' of a pattern with fewer than six parts ends a segment, so AWS lets each of them cross colons
// ("arn:aws:ec2:*"): the pattern then means exactly what the same glob over the whole text means.
bool starsEndSegments(std::string_view pattern)
{
    for (size_t i = 0; i < pattern.size(); ++i)
        if (pattern[i] == '*' && i + 1 < pattern.size() && pattern[i + 1] != ':')
            return false;
    return true;
}

// A Resource element's text in the escaped glob form, a policy variable standing for any text (what a grant
// may reach): "${*}", "${?}" and "${$}" are the literal characters.
std::string escapedForReach(std::string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "${") == 0) {
            const size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view inner = text.substr(i + 2, close - i - 2);
                out += inner == "*" ? "\\*" : inner == "?" ? "\\?" : inner == "$" ? "$" : "*";
                i = close;
                continue;
            }
        }
        if (text[i] == '\\')
            out += '\\';
        out += text[i];
    }
    return out;
}

// The tokens AWS matches a Resource element with (as resourceMatches does): wildcards stop at colons in the
// first five parts unless they end one, and cross them in the resource part.
std::vector<PatternToken> resourceTokens(std::string_view pattern)
{
    if (!pattern.starts_with("arn:"))
        return compilePattern(escapedForReach(pattern), ColonRule::Crosses);
    const size_t resourceStart = arnResourcePartStart(pattern);
    std::vector<PatternToken> tokens
        = compilePattern(escapedForReach(pattern.substr(0, resourceStart)), ColonRule::ResourcePrefix);
    if (resourceStart != std::string_view::npos) {
        const std::vector<PatternToken> rest
            = compilePattern(escapedForReach(pattern.substr(resourceStart)), ColonRule::Crosses);
        tokens.insert(tokens.end(), rest.begin(), rest.end());
    }
    return tokens;
}

// An ARN format's tokens: a placeholder is any text, without ':' before the resource part (a region, an
// account).
std::vector<PatternToken> formatTokens(std::string_view format)
{
    std::vector<PatternToken> tokens;
    int colons = 0;
    for (size_t i = 0; i < format.size(); ++i) {
        if (format.compare(i, 2, "${") == 0) {
            const size_t close = format.find('}', i);
            if (close != std::string_view::npos) {
                tokens.push_back({ PatternToken::Kind::AnyRun, 0, colons < 5 });
                i = close;
                continue;
            }
        }
        // Formats hold no wildcards; a policy's pattern read this way gets them crossing colons, more than
        // AWS matches, which keeps an overlap test on it on the safe side.
        if (format[i] == '*' || format[i] == '?') {
            tokens.push_back({ format[i] == '*' ? PatternToken::Kind::AnyRun : PatternToken::Kind::AnyChar, 0, false });
            continue;
        }
        colons += format[i] == ':' ? 1 : 0;
        tokens.push_back({ PatternToken::Kind::Literal, format[i], false });
    }
    return tokens;
}

bool mayBe(const PatternToken& t, char c)
{
    return t.kind == PatternToken::Kind::Literal ? t.literal == c : !(t.stopsAtColon && c == ':');
}

// Is there a text both token lists match? A search over pairs of positions, so never exponential.
bool tokensOverlap(const std::vector<PatternToken>& a, const std::vector<PatternToken>& b)
{
    using Kind = PatternToken::Kind;
    const size_t n = a.size(), m = b.size();
    if ((n + 1) * (m + 1) > size_t { 2049 } * 2049)
        return true; // longer than any ARN: the safe answer, without a table of their product
    std::vector<char> seen((n + 1) * (m + 1), 0);
    std::vector<std::pair<size_t, size_t>> stack { { 0, 0 } };
    seen[0] = 1;
    auto push = [&](size_t i, size_t j) {
        char& s = seen[i * (m + 1) + j];
        if (!s) {
            s = 1;
            stack.emplace_back(i, j);
        }
    };
    while (!stack.empty()) {
        const auto [i, j] = stack.back();
        stack.pop_back();
        if (i == n && j == m)
            return true;
        const bool aRun = i < n && a[i].kind == Kind::AnyRun;
        const bool bRun = j < m && b[j].kind == Kind::AnyRun;
        if (aRun)
            push(i + 1, j);
        if (bRun)
            push(i, j + 1);
        if (i == n || j == m)
            continue;
        if (aRun && !bRun) {
            // The run takes the character b[j] gives: a literal, or (for '?') some character other than ':'.
            if (b[j].kind == Kind::Literal ? mayBe(a[i], b[j].literal) : true)
                push(i, j + 1);
        } else if (bRun && !aRun) {
            if (a[i].kind == Kind::Literal ? mayBe(b[j], a[i].literal) : true)
                push(i + 1, j);
        } else if (!aRun && !bRun) {
            const bool common = a[i].kind == Kind::Literal ? mayBe(b[j], a[i].literal)
                : b[j].kind == Kind::Literal               ? mayBe(a[i], b[j].literal)
                                                           : true;
            if (common)
                push(i + 1, j + 1);
        }
    }
    return false;
}

} // namespace

ResourceUniverse::ResourceUniverse(const Catalog& catalog, AccountScope account)
    : m_account(std::move(account))
{
    if (m_account.partition.empty())
        m_account.partition = "aws";
    std::map<std::vector<std::string>, int> classIds;
    m_classOf.resize(static_cast<size_t>(catalog.actionCount()), 0);
    for (int a = 0; a < catalog.actionCount(); ++a) {
        const ActionInfo& info = catalog.action(a);
        const ServiceInfo& service = catalog.service(info.service);
        std::vector<std::string> patterns;
        bool unknownType = false;
        for (const ActionResource& r : info.resources) {
            if (r.resourceType < 0 || static_cast<size_t>(r.resourceType) >= service.resourceTypes.size()) {
                unknownType = true;
                continue;
            }
            std::string format(service.resourceTypes[static_cast<size_t>(r.resourceType)].arnFormat);
            if (format.empty() || !format.starts_with("arn:")) {
                unknownType = true; // the catalogue does not say which ARNs: any resource at all
                continue;
            }
            replaceAll(format, "${Partition}", m_account.partition);
            if (!m_account.account.empty()) {
                replaceAll(format, "${Account}", m_account.account);
                replaceAll(format, "${AccountId}", m_account.account);
            }
            patterns.push_back(std::move(format));
        }
        const bool unscoped = info.resources.empty();
        if (unknownType)
            patterns = { "*" };
        else if (unscoped)
            patterns = { "*" };
        std::sort(patterns.begin(), patterns.end());
        patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
        // The key tells apart "*" as the literal resource of an unscoped action from "*" as any ARN.
        std::vector<std::string> key = patterns;
        key.push_back(unscoped ? "unscoped" : "scoped");
        auto [it, added] = classIds.try_emplace(std::move(key), static_cast<int>(m_classes.size()));
        if (added)
            m_classes.push_back({ unscoped, std::move(patterns) });
        m_classOf[static_cast<size_t>(a)] = it->second;
    }
}

std::shared_ptr<const ResourceUniverse> ResourceUniverse::of(const Catalog& catalog, const AccountScope& account)
{
    static std::mutex mutex;
    static std::map<std::tuple<const Catalog*, std::string, std::string>, std::shared_ptr<const ResourceUniverse>>
        cache;
    const std::lock_guard lock(mutex);
    auto& slot = cache[{ &catalog, account.partition, account.account }];
    if (!slot)
        slot = std::make_shared<const ResourceUniverse>(catalog, account);
    return slot;
}

bool ResourceUniverse::matchesLiteralStar(const std::string& pattern)
{
    // A glob matches "*" when, its stars set aside, at most one '?' is left (or the escape for a literal '*').
    std::string rest;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.compare(i, 4, "${*}") == 0) {
            rest += '?';
            i += 3;
        } else if (pattern[i] != '*') {
            rest += pattern[i];
        }
    }
    return rest.empty() || rest == "?";
}

bool ResourceUniverse::arnPatternsOverlap(const std::string& pattern, const std::string& arn)
{
    if (pattern == "*" || arn == "*")
        return true;
    // A package asks the same question for every action of a resource type and every policy naming the same
    // resource: remembered per thread (the universe is shared between threads), and forgotten when it grows.
    thread_local std::unordered_map<std::string, bool> answers;
    std::string key;
    key.reserve(pattern.size() + arn.size() + 1);
    key += pattern;
    key += '\n';
    key += arn;
    if (const auto it = answers.find(key); it != answers.end())
        return it->second;
    if (answers.size() > 200000)
        answers.clear();
    const bool overlap = computeOverlap(pattern, arn);
    answers.emplace(std::move(key), overlap);
    return overlap;
}

bool ResourceUniverse::computeOverlap(const std::string& pattern, const std::string& arn)
{
    const std::optional<Parts> p = splitArn(pattern);
    const std::optional<Parts> a = splitArn(arn);
    if (p && a && pattern.starts_with("arn:")) {
        // Part by part, as ArnLike compares: AWS also lets a part's trailing '*' run past its colon, but that
        // reaches another resource type only through a name that repeats region, account and type after a
        // colon, and counting it would make every ARN deny of a service reach all of the service's actions.
        for (size_t i = 0; i < ArnParts; ++i)
            if (!tokensOverlap(compilePattern(escapedForReach((*p)[i]), ColonRule::Crosses), formatTokens((*a)[i])))
                return false;
        return true;
    }
    return tokensOverlap(resourceTokens(pattern), formatTokens(arn));
}

bool ResourceUniverse::arnPatternCovers(const std::string& pattern, const std::string& arn)
{
    if (pattern == "*")
        return true;
    const std::optional<Parts> p = splitArn(pattern);
    const std::optional<Parts> a = splitArn(arn);
    if (p && a) {
        // Part by part: a wildcard that stays within its part matches no more than AWS's does, so a cover
        // found this way is certain.
        for (size_t i = 0; i < ArnParts; ++i)
            if (!patternCovers((*p)[i], (*a)[i]))
                return false;
        return true;
    }
    if (!p && pattern.starts_with("arn:") && !starsEndSegments(pattern))
        return false;
    return patternCovers(pattern, arn);
}

bool ResourceUniverse::reaches(int cls, const ResourceScope& scope) const
{
    if (scope.isEmpty())
        return false;
    const Class& c = m_classes[static_cast<size_t>(cls)];
    if (c.unscoped) {
        const bool listed = std::any_of(scope.patterns.begin(), scope.patterns.end(), matchesLiteralStar);
        return scope.except ? !listed : listed;
    }
    if (!scope.except)
        return std::any_of(scope.patterns.begin(), scope.patterns.end(), [&](const std::string& p) {
            return std::any_of(
                c.patterns.begin(), c.patterns.end(), [&](const std::string& f) { return arnPatternsOverlap(p, f); });
        });
    // NotResource reaches the class unless its patterns surely exclude every ARN of every resource type.
    return std::any_of(c.patterns.begin(), c.patterns.end(), [&](const std::string& f) {
        return std::none_of(
            scope.patterns.begin(), scope.patterns.end(), [&](const std::string& n) { return arnPatternCovers(n, f); });
    });
}

namespace {

// Does the Deny's scope surely hold every ARN of the pattern `x`?
bool denyHolds(const ResourceScope& deny, const std::string& x)
{
    if (!deny.except)
        return std::any_of(deny.patterns.begin(), deny.patterns.end(),
            [&](const std::string& d) { return ResourceUniverse::arnPatternCovers(d, x); });
    return std::none_of(deny.patterns.begin(), deny.patterns.end(),
        [&](const std::string& n) { return ResourceUniverse::arnPatternsOverlap(n, x); });
}

// May the Deny's scope hold some ARN of the pattern `x`?
bool denyMayHold(const ResourceScope& deny, const std::string& x)
{
    if (!deny.except)
        return std::any_of(deny.patterns.begin(), deny.patterns.end(),
            [&](const std::string& d) { return ResourceUniverse::arnPatternsOverlap(d, x); });
    return std::none_of(deny.patterns.begin(), deny.patterns.end(),
        [&](const std::string& n) { return ResourceUniverse::arnPatternCovers(n, x); });
}

bool grantReachesPattern(const ResourceScope& grant, const std::string& f)
{
    if (grant.isEmpty())
        return false;
    if (!grant.except)
        return std::any_of(grant.patterns.begin(), grant.patterns.end(),
            [&](const std::string& p) { return ResourceUniverse::arnPatternsOverlap(p, f); });
    return std::none_of(grant.patterns.begin(), grant.patterns.end(),
        [&](const std::string& n) { return ResourceUniverse::arnPatternCovers(n, f); });
}

} // namespace

bool ResourceUniverse::scopeHolds(const ResourceScope& scope, const std::string& arn)
{
    return !scope.isEmpty() && denyHolds(scope, arn);
}

bool ResourceUniverse::removes(int cls, const ResourceScope& deny, const ResourceScope& grant) const
{
    if (deny.isEmpty())
        return false;
    const Class& c = m_classes[static_cast<size_t>(cls)];
    if (c.unscoped) {
        // The request names the resource "*".
        const bool listed = std::any_of(deny.patterns.begin(), deny.patterns.end(), matchesLiteralStar);
        return deny.except ? !listed : listed;
    }
    for (const std::string& f : c.patterns) {
        if (!grantReachesPattern(grant, f) || denyHolds(deny, f))
            continue;
        // The deny may still hold the part of this resource type that the grant reaches.
        if (grant.except)
            return false;
        for (const std::string& p : grant.patterns)
            if (arnPatternsOverlap(p, f) && !denyHolds(deny, p))
                return false;
    }
    return true;
}

bool ResourceUniverse::touches(int cls, const ResourceScope& deny, const ResourceScope& grant) const
{
    if (deny.isEmpty())
        return false;
    const Class& c = m_classes[static_cast<size_t>(cls)];
    if (c.unscoped)
        return reaches(cls, deny);
    return std::any_of(c.patterns.begin(), c.patterns.end(), [&](const std::string& f) {
        return grantReachesPattern(grant, f) && denyMayHold(deny, f);
    }) && deny.mayOverlap(grant);
}

template <typename Test> ActionSet ResourceUniverse::select(const ActionSet& actions, Test&& test) const
{
    // A copy with the actions that fail taken out: one allocation, not a set grown a word at a time.
    ActionSet out = actions;
    std::vector<signed char> memo(m_classes.size(), -1);
    actions.forEach([&](int a) {
        const int cls = classOf(a);
        signed char& known = memo[static_cast<size_t>(cls)];
        if (known < 0)
            known = test(cls) ? 1 : 0;
        if (!known)
            out.reset(a);
    });
    out.trim();
    return out;
}

ActionSet ResourceUniverse::reachable(const ActionSet& actions, const ResourceScope& scope) const
{
    return select(actions, [&](int cls) { return reaches(cls, scope); });
}

ActionSet ResourceUniverse::removed(
    const ActionSet& actions, const ResourceScope& deny, const ResourceScope& grant) const
{
    return select(actions, [&](int cls) { return removes(cls, deny, grant); });
}

ActionSet ResourceUniverse::touched(
    const ActionSet& actions, const ResourceScope& deny, const ResourceScope& grant) const
{
    return select(actions, [&](int cls) { return touches(cls, deny, grant); });
}

} // namespace grantscope
