// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/SemanticDiff.h"

#include "analysis/ConditionEvaluator.h"
#include "analysis/EffectivePermissions.h"
#include "analysis/Expansion.h"
#include "analysis/RequestContext.h"
#include "analysis/RequestEvaluator.h"
#include "analysis/ResourceScope.h"
#include "analysis/ResourceUniverse.h"
#include "catalog/Catalog.h"
#include "common/AwsIds.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace grantscope {

namespace {

/** A Deny statement that surely applies to the request: what it removes, where. */
struct SureDeny {
    ActionSet actions;
    ResourceScope scope;
};

/** One subject of the review with permissions: a role, or a policy standing alone. */
struct Subject {
    std::string name;
    std::vector<const Policy*> identity;
    const Policy* ownBoundary = nullptr;
    std::vector<const std::vector<ExpandedStatement>*> identityExpanded;
    const std::vector<ExpandedStatement>* ownBoundaryExpanded = nullptr;
    EffectivePermissions before;
    EffectivePermissions after;
    EffectivePermissions staticBefore; // no context: for the conditions grants depend on
    std::vector<SureDeny> deniesBefore;
    std::vector<SureDeny> deniesAfter;
};

// Deny statements that apply for sure: unconditional, or whose conditions hold in `context`. A deny
// with pending conditions never counts (the static view must not understate access).
std::vector<SureDeny> sureDenies(
    const std::vector<const std::vector<ExpandedStatement>*>& policies, const RequestContext* context)
{
    std::vector<SureDeny> out;
    for (const std::vector<ExpandedStatement>* p : policies) {
        if (!p)
            continue;
        for (const ExpandedStatement& e : *p) {
            const Statement& st = *e.statement;
            if (st.effect != Effect::Deny || !st.hasResource)
                continue;
            if (!st.conditions.empty() && (!context || !conditionsHold(st.conditions, *context)))
                continue;
            out.push_back({ e.actions, e.scope });
        }
    }
    return out;
}

std::vector<const std::vector<ExpandedStatement>*> withBoundary(
    std::vector<const std::vector<ExpandedStatement>*> identity, const std::vector<ExpandedStatement>* boundary)
{
    identity.push_back(boundary);
    return identity;
}

bool anyConditions(const std::vector<const std::vector<ExpandedStatement>*>& policies)
{
    return std::any_of(policies.begin(), policies.end(), [](const std::vector<ExpandedStatement>* p) {
        return p && std::any_of(p->begin(), p->end(), [](const ExpandedStatement& e) {
            return !e.statement->conditions.empty();
        });
    });
}

std::vector<Subject> subjectsOf(const ReviewSubject& package)
{
    std::vector<Subject> out;
    for (const RoleRecord& role : package.roles) {
        Subject s;
        s.name = role.name;
        for (const PolicyRecord& p : role.policies)
            if (p.resolved)
                s.identity.push_back(&p.policy);
        if (role.hasBoundary && role.boundary.resolved)
            s.ownBoundary = &role.boundary.policy;
        out.push_back(std::move(s));
    }
    for (const PolicyRecord& p : package.standalonePolicies) {
        Subject s;
        s.name = p.name;
        if (p.resolved)
            s.identity.push_back(&p.policy);
        out.push_back(std::move(s));
    }
    return out;
}

ActionSet allowedOf(const EffectivePermissions& e)
{
    return e.effective | e.conditional;
}

std::string scopeText(const ResourceScope& scope, const std::string& pattern)
{
    return scope.except ? "!" + pattern : pattern;
}

// "arn:aws:ec2:${Region}:${Account}:instance/${InstanceId}" as the Resource pattern "arn:aws:ec2:*:*:instance/*".
std::string placeholdersAsWildcards(std::string_view format)
{
    std::string out;
    for (size_t i = 0; i < format.size(); ++i) {
        if (format.compare(i, 2, "${") == 0) {
            const size_t close = format.find('}', i);
            if (close != std::string_view::npos) {
                out += '*';
                i = close;
                continue;
            }
        }
        out += format[i];
    }
    return out;
}

std::string conditionText(const ConditionClause& c)
{
    std::string values;
    for (const std::string& v : c.values)
        values += (values.empty() ? "" : ", ") + v;
    return c.operatorText + " " + c.key + " = " + values;
}

template <typename T> std::vector<T> sortedUnique(std::set<T> values)
{
    return std::vector<T>(values.begin(), values.end());
}

// One subject's grants and sure denies as they bear on one finding's resources, compared once per finding
// rather than once per action of it.
struct FindingView {
    std::vector<const ActionSet*> coveringDenies; // sure denies covering all the finding's resources
    std::vector<std::pair<const EffectiveGrant*, bool>> grants; // grants reaching them; true: covering them all
};

FindingView viewOf(const EffectivePermissions& e, const std::vector<SureDeny>& denies, const ResourceScope& scope)
{
    FindingView v;
    for (const SureDeny& d : denies)
        if (d.scope.covers(scope))
            v.coveringDenies.push_back(&d.actions);
    const ScopeOverlapIndex index(scope); // a finding may name thousands of resources
    for (const EffectiveGrant& g : e.grants)
        if (index.mayOverlap(g.scope))
            v.grants.emplace_back(&g, g.scope.covers(scope));
    return v;
}

// The sorted, distinct texts of the grants `kept` names (each list sorted and distinct already) and `onTypes`.
std::vector<std::string> keptTexts(const std::vector<std::vector<std::string>>& grantTexts,
    const std::vector<size_t>& kept, const std::set<std::string>& onTypes)
{
    if (kept.size() == 1 && onTypes.empty())
        return grantTexts[kept.front()];
    std::vector<std::string> out(onTypes.begin(), onTypes.end());
    for (size_t g : kept)
        out.insert(out.end(), grantTexts[g].begin(), grantTexts[g].end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Per action, whether some grant still allows it on the finding's resources: 0 no, 1 on part, 2 fully.
using ViewCache = std::map<std::pair<size_t, std::string>, std::pair<FindingView, FindingView>>;

int survival(const std::vector<const FindingView*>& views, int action)
{
    int best = 0;
    for (const FindingView* view : views) {
        const FindingView& v = *view;
        // Surely denied on all the finding's resources, even if allowed elsewhere: nothing survives there.
        if (std::any_of(v.coveringDenies.begin(), v.coveringDenies.end(),
                [&](const ActionSet* denied) { return denied->test(action); }))
            continue;
        for (const auto& [g, covers] : v.grants) {
            if (!g->actions.test(action))
                continue;
            best = std::max(best, covers && !g->partlyDenied.test(action) ? 2 : 1);
            if (best == 2)
                return best;
        }
    }
    return best;
}

FindingOutcome judge(const Catalog& catalog, const Finding& finding, size_t index, const std::vector<Subject>& subjects,
    const std::multimap<std::string, size_t>& byName, ViewCache& views)
{
    FindingOutcome out;
    out.finding = index;
    // Actions the catalogue does not know (a finding about a misspelt name) are granted by no one: a finding
    // naming only such actions is judged without building a view of any subject. It matters: such findings
    // name no subject, and would otherwise look at every subject of the package, each of them.
    std::vector<int> known;
    known.reserve(finding.actions.size());
    for (const std::string& name : finding.actions)
        if (const int a = catalog.findAction(name); a >= 0)
            known.push_back(a);
    if (known.empty()) {
        out.state = MitigationState::NotApplicable;
        return out;
    }
    std::vector<const Subject*> concerned;
    for (auto [it, end] = byName.equal_range(finding.subject); it != end; ++it)
        concerned.push_back(&subjects[it->second]);
    if (concerned.empty())
        for (const Subject& s : subjects)
            concerned.push_back(&s);
    const ResourceScope scope
        = finding.resources.empty() ? ResourceScope::everything() : ResourceScope::of(false, finding.resources);
    // Findings of one subject mostly name the same resources ("*"): their views are built once.
    std::string key;
    for (const std::string& r : finding.resources)
        key += r + '\n';
    std::vector<const FindingView*> before, after;
    for (const Subject* s : concerned) {
        auto [it, added] = views.try_emplace({ static_cast<size_t>(s - subjects.data()), key });
        if (added)
            it->second = { viewOf(s->before, s->deniesBefore, scope), viewOf(s->after, s->deniesAfter, scope) };
        before.push_back(&it->second.first);
        after.push_back(&it->second.second);
    }

    int atRisk = 0, gone = 0, whole = 0;
    for (const int a : known) {
        if (survival(before, a) == 0)
            continue;
        ++atRisk;
        const int now = survival(after, a);
        if (now == 0)
            ++gone;
        else
            out.surviving.emplace_back(catalog.lowerActionName(a));
        if (now == 2)
            ++whole;
    }
    if (atRisk == 0)
        out.state = MitigationState::NotApplicable;
    else if (gone == atRisk)
        out.state = MitigationState::Mitigated;
    else if (whole == atRisk)
        out.state = MitigationState::Remaining;
    else
        out.state = MitigationState::Partial;
    return out;
}

// Can a Deny on `pattern` reach a request for `action`? Only when one of the action's resource types
// has an ARN that may match it: a deny on an instance ARN does nothing to ec2:DescribeInstances
// (whose request names "*") nor to ec2:CreateSnapshot (which names volumes and snapshots).
bool denyReaches(const ResourceUniverse& universe, int action, bool notResource, const std::string& pattern)
{
    return universe.reaches(universe.classOf(action), ResourceScope::of(notResource, { pattern }));
}

std::map<int, std::set<std::string>> boundaryDenies(
    const Catalog& catalog, const ResourceUniverse& universe, const Policy* boundary, const RequestContext* context)
{
    std::map<int, std::set<std::string>> out;
    if (!boundary)
        return out;
    for (const Statement& st : boundary->statements) {
        if (st.effect != Effect::Deny || (context && !conditionsHold(st.conditions, *context)))
            continue;
        const ActionSet actions = expandActions(catalog, st, boundary->file, nullptr);
        actions.forEach([&](int a) {
            for (const LocatedString& r : st.resources)
                if (denyReaches(universe, a, st.notResource, r.value))
                    out[a].insert(st.notResource ? "!" + r.value : r.value);
        });
    }
    return out;
}

} // namespace

const char* mitigationStateKey(MitigationState state)
{
    switch (state) {
    case MitigationState::Mitigated:
        return "mitigated";
    case MitigationState::Partial:
        return "partial";
    case MitigationState::Remaining:
        return "remaining";
    case MitigationState::NotApplicable:
        break;
    }
    return "not-applicable";
}

SemanticDiff computeSemanticDiff(const Catalog& catalog, const ReviewSubject& package, const Policy* boundary,
    const std::vector<Finding>& findings, const RequestContext* context, const AccountScope* accountGiven)
{
    const AccountScope account = accountGiven ? *accountGiven : accountScopeOf(package, LoadOptions {});
    const std::shared_ptr<const ResourceUniverse> universe = ResourceUniverse::of(catalog, account);
    SemanticDiff out;
    out.requested = catalog.emptySet();
    out.before = catalog.emptySet();
    out.after = catalog.emptySet();

    std::vector<Subject> subjects = subjectsOf(package);
    // Each policy's statements are expanded once, not once per view of it (before, after, static, denies).
    std::unordered_map<const Policy*, std::vector<ExpandedStatement>> expanded;
    auto expansionOf = [&](const Policy* p) -> const std::vector<ExpandedStatement>* {
        if (!p)
            return nullptr;
        auto [it, added] = expanded.try_emplace(p);
        if (added)
            it->second = expandStatements(catalog, *p);
        return &it->second;
    };
    const std::vector<ExpandedStatement>* boundaryExpanded = expansionOf(boundary);
    for (Subject& s : subjects) {
        for (const Policy* p : s.identity)
            s.identityExpanded.push_back(expansionOf(p));
        s.ownBoundaryExpanded = expansionOf(s.ownBoundary);
        s.before = computeEffectivePermissions(catalog, s.identityExpanded, s.ownBoundaryExpanded, context, account);
        // Under its own boundary again (the baseline of a package without one), nothing changes.
        s.after = boundary == s.ownBoundary
            ? s.before
            : computeEffectivePermissions(catalog, s.identityExpanded, boundaryExpanded, context, account);
        // Without conditions, the context decides nothing: the static view is the same.
        s.staticBefore = context && anyConditions(withBoundary(s.identityExpanded, s.ownBoundaryExpanded))
            ? computeEffectivePermissions(catalog, s.identityExpanded, s.ownBoundaryExpanded, nullptr, account)
            : s.before;
        s.deniesBefore = sureDenies(withBoundary(s.identityExpanded, s.ownBoundaryExpanded), context);
        s.deniesAfter = sureDenies(withBoundary(s.identityExpanded, boundaryExpanded), context);
        out.requested |= s.before.requested;
        out.before |= allowedOf(s.before);
        out.after |= allowedOf(s.after);
    }
    // AWS lets every caller take an action that needs no permission (sts:GetCallerIdentity), whatever a deny or
    // a boundary says: when the package asks for it, no boundary takes it away (as `evaluate` decides it).
    for (const char* name : { "sts:GetCallerIdentity" }) {
        const int a = catalog.findAction(name);
        if (a >= 0 && needsNoPermission(name) && out.requested.test(a)) {
            out.before.set(a);
            out.after.set(a);
        }
    }

    const std::map<int, std::set<std::string>> denied = boundaryDenies(catalog, *universe, boundary, context);
    // Each grant's actions are walked once (not every grant once per action): linear in the package. An
    // action keeps the texts of the grants reaching it, by reference; they are merged once per action, below.
    std::vector<std::vector<std::string>> grantTexts; // the distinct scopes of the grants, sorted and unique
    std::map<std::vector<std::string>, size_t> textsIndex; // into grantTexts
    std::vector<std::vector<size_t>> keptOf(static_cast<size_t>(catalog.actionCount())); // into grantTexts
    std::vector<std::set<std::string>> keptOnTypes(static_cast<size_t>(catalog.actionCount()));
    std::vector<std::set<std::string>> conditionsOf(static_cast<size_t>(catalog.actionCount()));
    for (const Subject& s : subjects) {
        for (const EffectiveGrant& g : s.after.grants) {
            const bool everything = g.scope.isEverything();
            std::vector<std::string> patterns;
            for (const std::string& p : g.scope.patterns)
                patterns.push_back(scopeText(g.scope, p));
            std::sort(patterns.begin(), patterns.end());
            patterns.erase(std::unique(patterns.begin(), patterns.end()), patterns.end());
            const auto [known, added] = textsIndex.try_emplace(std::move(patterns), grantTexts.size());
            if (added)
                grantTexts.push_back(known->first);
            const size_t texts = known->second;
            g.actions.forEach([&](int a) {
                if (everything && g.partlyDenied.test(a)) {
                    // Granted on "*" but denied on some resources: what is left, per resource type.
                    std::set<std::string>& kept = keptOnTypes[static_cast<size_t>(a)];
                    for (const std::string& f : universe->patternsOfAction(a))
                        if (std::none_of(s.deniesAfter.begin(), s.deniesAfter.end(), [&](const SureDeny& deny) {
                                return deny.actions.test(a) && ResourceUniverse::scopeHolds(deny.scope, f);
                            }))
                            kept.insert(placeholdersAsWildcards(f));
                    return;
                }
                std::vector<size_t>& kept = keptOf[static_cast<size_t>(a)];
                if (std::find(kept.begin(), kept.end(), texts) == kept.end())
                    kept.push_back(texts);
            });
        }
        for (const EffectiveGrant& g : s.staticBefore.grants) {
            if (g.conditions.empty())
                continue;
            std::vector<std::string> texts;
            for (const ConditionClause& c : g.conditions)
                texts.push_back(conditionText(c));
            g.actions.forEach([&](int a) { conditionsOf[static_cast<size_t>(a)].insert(texts.begin(), texts.end()); });
        }
    }
    catalog.forEachSorted(out.requested, [&](int a) {
        ActionDiff d;
        d.action = a;
        d.before = out.before.test(a);
        d.after = out.after.test(a);
        d.resourcesKept = keptTexts(grantTexts, keptOf[static_cast<size_t>(a)], keptOnTypes[static_cast<size_t>(a)]);
        d.conditions = sortedUnique(std::move(conditionsOf[static_cast<size_t>(a)]));
        if (const auto it = denied.find(a); it != denied.end())
            d.resourcesDenied = sortedUnique(it->second);
        out.actions.push_back(std::move(d));
    });

    for (int si : catalog.servicesInNameOrder()) {
        const ServiceInfo& service = catalog.service(si);
        if (!out.requested.anyInRange(service.firstAction, service.firstAction + service.actionCount))
            continue;
        for (AccessLevel level : kAccessLevels) {
            ServiceLevelDiff row;
            row.service = si;
            row.level = level;
            row.removed = catalog.emptySet();
            for (int a = service.firstAction; a < service.firstAction + service.actionCount; ++a) {
                if (!out.requested.test(a) || primaryAccessLevel(catalog.action(a).levels) != level)
                    continue;
                ++row.requested;
                row.before += out.before.test(a) ? 1 : 0;
                row.after += out.after.test(a) ? 1 : 0;
                if (out.before.test(a) && !out.after.test(a))
                    row.removed.set(a);
            }
            if (row.requested)
                out.rows.push_back(std::move(row));
        }
    }

    std::multimap<std::string, size_t> byName;
    for (size_t i = 0; i < subjects.size(); ++i)
        byName.emplace(subjects[i].name, i);
    ViewCache views;
    for (size_t i = 0; i < findings.size(); ++i)
        out.findings.push_back(judge(catalog, findings[i], i, subjects, byName, views));
    return out;
}

namespace {

// The partition and account parts of an ARN pattern ("" for a pattern that is not an ARN).
std::pair<std::string_view, std::string_view> partitionAndAccount(std::string_view arn)
{
    if (!arn.starts_with("arn:"))
        return {};
    std::string_view parts[5];
    size_t start = 0;
    for (std::string_view& part : parts) {
        const size_t colon = arn.find(':', start);
        if (colon == std::string_view::npos)
            return {};
        part = arn.substr(start, colon - start);
        start = colon + 1;
    }
    return { parts[1], parts[4] };
}

} // namespace

AccountScope accountScopeOf(const ReviewSubject& package, const LoadOptions& options)
{
    AccountScope out;
    out.partition = options.partition.empty() ? std::string("aws") : options.partition;
    std::set<std::string, std::less<>> partitions, accounts;
    auto visit = [&](const Policy& policy) {
        for (const Statement& st : policy.statements)
            for (const LocatedString& r : st.resources) {
                const auto [partition, account] = partitionAndAccount(r.value);
                if (!partition.empty() && partition.find_first_of("*?$") == std::string_view::npos)
                    partitions.emplace(partition);
                if (!account.empty() && account != "aws" && account.find_first_of("*?$") == std::string_view::npos)
                    accounts.emplace(account);
            }
    };
    for (const RoleRecord& role : package.roles) {
        for (const PolicyRecord& p : role.policies)
            if (p.origin != PolicyOrigin::AwsManaged)
                visit(p.policy);
        if (role.hasBoundary)
            visit(role.boundary.policy);
    }
    for (const PolicyRecord& p : package.standalonePolicies)
        visit(p.policy);
    // GovCloud and China templates name their partition in their ARNs; the default follows them.
    if (!options.partitionGiven && partitions.size() == 1 && !partitions.contains(out.partition))
        out.partition = *partitions.begin();
    if (accounts.size() == 1 && isAwsAccountId(*accounts.begin()) && *accounts.begin() == options.accountId)
        out.account = options.accountId;
    return out;
}

} // namespace grantscope
