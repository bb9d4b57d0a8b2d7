// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReleaseComparison.h"

#include "analysis/Expansion.h"
#include "analysis/ResourceScope.h"
#include "catalog/Catalog.h"
#include "common/Text.h"
#include "review/Review.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace grantscope {

namespace {

/** One Allow statement of a subject: what it grants, where, under which conditions. */
struct Grant {
    ActionSet actions;
    std::vector<ResourceScope> units; // its resources, a Resource list split into one scope per pattern
    std::vector<std::string> unitTexts; // the same as shown
    std::set<std::string> clauses; // normalised condition clauses (clauseKey)
};

/** A subject of one release with its grants. */
struct SubjectView {
    std::string kind;
    std::string name;
    std::string logicalId;
    QString file;
    SourceLocation location;
    std::vector<Grant> grants;
    ActionSet allowed; // what it may do: its grants, less what a Deny on everything removes, within a boundary
    ActionSet unconditional; // allowed by a grant without conditions
    ActionSet denied; // named by some Deny statement (any resource, any condition)
    ActionSet deniedAlways; // denied on every resource without a condition
    std::string boundary; // the permissions boundary's ARN or name; empty: none
    std::optional<ActionSet> boundaryAllows; // what a resolved boundary allows
    const Policy* trust = nullptr;
    std::vector<const PolicyRecord*> policies;
};

std::string clauseKey(const ConditionClause& c)
{
    std::vector<std::string> values = c.values;
    std::sort(values.begin(), values.end());
    std::string key = toLowerAscii(c.operatorText) + '\x1f' + toLowerAscii(c.key);
    for (const std::string& v : values)
        key += '\x1f' + v;
    return key;
}

bool onEveryResource(const StatementExpansion& se)
{
    return !se.hasResource || (!se.notResource && isWildcardResource(se.resources));
}

// A Deny that takes its actions away whatever the request: on every resource, under no condition.
bool deniesAlways(const Policy& policy, const StatementExpansion& se)
{
    const auto index = static_cast<size_t>(se.statement);
    return se.effect != Effect::Allow && onEveryResource(se) && index < policy.statements.size()
        && policy.statements[index].conditions.empty();
}

void addGrants(const Review& review, const PolicyRecord& record, SubjectView& view,
    std::map<std::string, const ConditionClause*>& clauses)
{
    const PolicyExpansion* expansion = record.resolved ? review.expansionOf(record) : nullptr;
    if (!expansion)
        return;
    for (const StatementExpansion& se : expansion->statements) {
        if (se.actions.none())
            continue;
        if (se.effect != Effect::Allow) {
            view.denied |= se.actions;
            if (deniesAlways(record.policy, se))
                view.deniedAlways |= se.actions;
            continue;
        }
        Grant g;
        g.actions = se.actions;
        if (onEveryResource(se)) {
            g.units.push_back(ResourceScope::everything());
            g.unitTexts.emplace_back("*");
        } else if (se.notResource) {
            g.units.push_back(ResourceScope::of(true, se.resources));
            std::string text;
            for (const std::string& p : se.resources)
                text += (text.empty() ? "!" : ", !") + p;
            g.unitTexts.push_back(text);
        } else {
            for (const std::string& p : se.resources) {
                g.units.push_back(ResourceScope::of(false, { p }));
                g.unitTexts.push_back(p);
            }
        }
        const auto index = static_cast<size_t>(se.statement);
        if (index < record.policy.statements.size())
            for (const ConditionClause& c : record.policy.statements[index].conditions) {
                const std::string key = clauseKey(c);
                g.clauses.insert(key);
                clauses.emplace(key, &c);
            }
        view.allowed |= g.actions;
        if (g.clauses.empty())
            view.unconditional |= g.actions;
        view.grants.push_back(std::move(g));
    }
}

std::vector<SubjectView> subjectsOf(const Review& review, std::map<std::string, const ConditionClause*>& clauses)
{
    const Catalog& catalog = Catalog::bundled();
    std::vector<SubjectView> views;
    const auto start = [&](std::string kind, std::string name, std::string logicalId, QString file,
                           SourceLocation location) -> SubjectView& {
        SubjectView& v = views.emplace_back();
        v.kind = std::move(kind);
        v.name = std::move(name);
        v.logicalId = std::move(logicalId);
        v.file = std::move(file);
        v.location = location;
        v.allowed = catalog.emptySet();
        v.unconditional = catalog.emptySet();
        v.denied = catalog.emptySet();
        v.deniedAlways = catalog.emptySet();
        return v;
    };
    for (const RoleRecord& role : review.package.roles) {
        SubjectView& v = start(role.kind, role.name, role.logicalId, role.file, role.location);
        if (role.hasTrustPolicy)
            v.trust = &role.trustPolicy;
        for (const PolicyRecord& p : role.policies) {
            v.policies.push_back(&p);
            addGrants(review, p, v, clauses);
        }
        if (role.hasBoundary) {
            v.boundary = role.boundary.arn.empty() ? role.boundary.name : role.boundary.arn;
            if (role.boundary.resolved) {
                // Only what the boundary allows, less what it denies on everything, can be done at all.
                const PolicyExpansion bx = expandPolicy(catalog, role.boundary.policy, nullptr);
                ActionSet allows = catalog.emptySet();
                ActionSet denies = catalog.emptySet();
                for (const StatementExpansion& se : bx.statements) {
                    if (se.effect == Effect::Allow)
                        allows |= se.actions;
                    else if (deniesAlways(role.boundary.policy, se))
                        denies |= se.actions;
                }
                v.boundaryAllows = allows - denies;
            }
        }
    }
    for (const PolicyRecord& p : review.package.standalonePolicies) {
        SubjectView& v = start("policy", p.name, {}, p.file, p.location);
        addGrants(review, p, v, clauses);
    }
    for (const Policy& trust : review.package.standaloneTrustPolicies) {
        SubjectView& v = start("trust-policy", trust.name, {}, trust.file, trust.location);
        v.trust = &trust;
    }
    for (SubjectView& v : views) {
        v.allowed -= v.deniedAlways;
        if (v.boundaryAllows)
            v.allowed &= *v.boundaryAllows;
        v.unconditional &= v.allowed;
    }
    return views;
}

/** For each new subject, the index of its old one (or -1); matched by kind and logical id, then by name. */
std::vector<int> matchSubjects(const std::vector<SubjectView>& olds, const std::vector<SubjectView>& news)
{
    std::vector<int> match(news.size(), -1);
    std::vector<bool> taken(olds.size(), false);
    const auto pass = [&](auto same) {
        for (size_t n = 0; n < news.size(); ++n) {
            if (match[n] >= 0)
                continue;
            for (size_t o = 0; o < olds.size(); ++o) {
                if (!taken[o] && olds[o].kind == news[n].kind && same(olds[o], news[n])) {
                    match[n] = static_cast<int>(o);
                    taken[o] = true;
                    break;
                }
            }
        }
    };
    pass([](const SubjectView& a, const SubjectView& b) { return !a.logicalId.empty() && a.logicalId == b.logicalId; });
    pass([](const SubjectView& a, const SubjectView& b) { return a.name == b.name; });
    return match;
}

/** What the grants of one action are, in one release: the key that groups actions alike, and its parts. */
struct ActionScope {
    std::vector<ResourceScope> units;
    std::vector<std::string> texts; // sorted, unique
    std::set<std::string> required; // clauses every grant of it carries
};

ActionScope scopeOf(const SubjectView& view, const std::vector<size_t>& grants)
{
    ActionScope s;
    std::map<std::string, ResourceScope> units;
    bool first = true;
    for (size_t gi : grants) {
        const Grant& g = view.grants[gi];
        for (size_t u = 0; u < g.units.size(); ++u)
            units.emplace(g.unitTexts[u], g.units[u]);
        if (first) {
            s.required = g.clauses;
            first = false;
        } else {
            std::set<std::string> both;
            std::set_intersection(s.required.begin(), s.required.end(), g.clauses.begin(), g.clauses.end(),
                std::inserter(both, both.end()));
            s.required = std::move(both);
        }
    }
    for (auto& [text, unit] : units) {
        s.texts.push_back(text);
        s.units.push_back(std::move(unit));
    }
    return s;
}

/** The units of `from` that no unit of `by` surely covers. */
std::vector<std::string> uncovered(const ActionScope& from, const ActionScope& by)
{
    std::vector<std::string> out;
    for (size_t i = 0; i < from.units.size(); ++i) {
        const bool covered = std::any_of(
            by.units.begin(), by.units.end(), [&](const ResourceScope& b) { return b.covers(from.units[i]); });
        if (!covered)
            out.push_back(from.texts[i]);
    }
    return out;
}

/** Which grants of `view` name each action: the same list means the same scope and conditions. */
std::string grantSignature(const SubjectView& view, int action, std::vector<size_t>& grants)
{
    grants.clear();
    std::string signature;
    for (size_t gi = 0; gi < view.grants.size(); ++gi)
        if (view.grants[gi].actions.test(action)) {
            grants.push_back(gi);
            signature += std::to_string(gi) + ',';
        }
    return signature;
}

void compareGrants(const SubjectView& oldView, const SubjectView& newView,
    const std::map<std::string, const ConditionClause*>& clauses, SubjectComparison& out)
{
    const Catalog& catalog = Catalog::bundled();
    out.added = newView.allowed - oldView.allowed;
    out.addedConditional = out.added - newView.unconditional;
    out.removed = oldView.allowed - newView.allowed;
    const ActionSet both = oldView.allowed & newView.allowed;
    // What a Deny on everything guarded is already in added or removed: only the narrower guards are left here.
    out.denyDropped = ((oldView.denied - newView.denied) & newView.allowed) - out.added;
    out.denyAdded = ((newView.denied - oldView.denied) & oldView.allowed) - out.removed;
    out.boundaryBefore = oldView.boundary;
    out.boundaryAfter = newView.boundary;

    std::map<std::string, ActionScope> oldScopes;
    std::map<std::string, ActionScope> newScopes;
    std::map<std::string, size_t> resourceGroups; // before/after texts -> index into out.resources
    std::map<std::string, ConditionChange> dropped;
    std::map<std::string, ConditionChange> addedClauses;
    std::vector<size_t> grants;
    const auto note = [&](std::map<std::string, ConditionChange>& into, const std::string& key, int action) {
        auto [it, inserted] = into.try_emplace(key);
        if (inserted) {
            const ConditionClause& c = *clauses.at(key);
            it->second = { c.operatorText, c.key, c.values, catalog.emptySet() };
        }
        it->second.actions.set(action);
    };
    both.forEach([&](int a) {
        const std::string oldSig = grantSignature(oldView, a, grants);
        auto oldIt = oldScopes.find(oldSig);
        if (oldIt == oldScopes.end())
            oldIt = oldScopes.emplace(oldSig, scopeOf(oldView, grants)).first;
        const std::string newSig = grantSignature(newView, a, grants);
        auto newIt = newScopes.find(newSig);
        if (newIt == newScopes.end())
            newIt = newScopes.emplace(newSig, scopeOf(newView, grants)).first;
        const ActionScope& before = oldIt->second;
        const ActionScope& after = newIt->second;
        if (before.texts != after.texts) {
            std::string key;
            for (const std::string& t : before.texts)
                key += t + '\x1f';
            key += '\x1e';
            for (const std::string& t : after.texts)
                key += t + '\x1f';
            auto [group, inserted] = resourceGroups.try_emplace(key, out.resources.size());
            if (inserted)
                out.resources.push_back({ catalog.emptySet(), before.texts, after.texts, uncovered(after, before),
                    uncovered(before, after) });
            out.resources[group->second].actions.set(a);
        }
        for (const std::string& c : before.required)
            if (!after.required.contains(c))
                note(dropped, c, a);
        for (const std::string& c : after.required)
            if (!before.required.contains(c))
                note(addedClauses, c, a);
    });
    // A change that neither gains nor loses a resource (a pattern split in two) is no change.
    std::erase_if(out.resources, [](const ResourceChange& r) { return r.gained.empty() && r.lost.empty(); });
    for (auto& [key, change] : dropped)
        out.conditionsDropped.push_back(std::move(change));
    for (auto& [key, change] : addedClauses)
        out.conditionsAdded.push_back(std::move(change));
}

std::string principalText(const PrincipalEntry& p, bool notPrincipal)
{
    std::string text = p.type == "*" ? std::string("*") : p.type + ' ' + p.value;
    return notPrincipal ? "NotPrincipal " + text : text;
}

bool isExternalIdTest(const ConditionClause& c)
{
    return equalsIgnoreCaseAscii(c.key, "sts:ExternalId")
        && (c.op == ConditionOperator::StringEquals || c.op == ConditionOperator::StringLike
            || c.op == ConditionOperator::StringEqualsIgnoreCase);
}

struct TrustView {
    std::set<std::string> principals;
    bool externalId = false;
    std::set<std::string> externalIds;
};

TrustView trustOf(const Policy* trust)
{
    TrustView t;
    if (!trust)
        return t;
    int accountStatements = 0;
    int tested = 0;
    for (const Statement& s : trust->statements) {
        if (s.effect != Effect::Allow)
            continue;
        bool account = s.notPrincipal;
        for (const PrincipalEntry& p : s.principals) {
            t.principals.insert(principalText(p, s.notPrincipal));
            account = account || p.type == "AWS" || p.type == "*";
        }
        if (!account)
            continue;
        ++accountStatements;
        bool has = false;
        for (const ConditionClause& c : s.conditions)
            if (isExternalIdTest(c)) {
                has = true;
                t.externalIds.insert(c.values.begin(), c.values.end());
            }
        tested += has ? 1 : 0;
    }
    t.externalId = accountStatements > 0 && tested == accountStatements;
    return t;
}

TrustChange compareTrust(const Policy* before, const Policy* after)
{
    TrustChange change;
    change.hadTrust = before != nullptr;
    change.hasTrust = after != nullptr;
    const TrustView a = trustOf(before);
    const TrustView b = trustOf(after);
    std::set_difference(b.principals.begin(), b.principals.end(), a.principals.begin(), a.principals.end(),
        std::back_inserter(change.principalsAdded));
    std::set_difference(a.principals.begin(), a.principals.end(), b.principals.begin(), b.principals.end(),
        std::back_inserter(change.principalsRemoved));
    for (const std::string& p : change.principalsAdded)
        if (p.starts_with("Service "))
            change.servicePrincipalsAdded.push_back(p.substr(8));
    change.externalIdBefore = a.externalId;
    change.externalIdAfter = b.externalId;
    change.externalIdValuesChanged = a.externalId && b.externalId && a.externalIds != b.externalIds;
    for (const std::string& v : a.externalIds)
        change.externalIdsBefore.push_back(maskExternalId(v));
    for (const std::string& v : b.externalIds)
        change.externalIdsAfter.push_back(maskExternalId(v));
    return change;
}

std::string policyKey(const PolicyRecord& p)
{
    return p.origin == PolicyOrigin::AwsManaged ? "aws|" + p.arn
                                                : std::string(policyOriginKey(p.origin)) + '|' + p.name;
}

void comparePolicies(const SubjectView* before, const SubjectView* after, SubjectComparison& out)
{
    std::map<std::string, const PolicyRecord*> a;
    std::map<std::string, const PolicyRecord*> b;
    if (before)
        for (const PolicyRecord* p : before->policies)
            a.emplace(policyKey(*p), p);
    if (after)
        for (const PolicyRecord* p : after->policies)
            b.emplace(policyKey(*p), p);
    for (const auto& [key, p] : b)
        if (!a.contains(key))
            out.policiesAttached.push_back({ p->origin, p->name, p->arn });
    for (const auto& [key, p] : a)
        if (!b.contains(key))
            out.policiesDetached.push_back({ p->origin, p->name, p->arn });
}

SubjectComparison compareSubject(
    const SubjectView* before, const SubjectView* after, const std::map<std::string, const ConditionClause*>& clauses)
{
    const Catalog& catalog = Catalog::bundled();
    const SubjectView& shown = after ? *after : *before;
    SubjectComparison c;
    c.kind = shown.kind;
    c.name = shown.name;
    c.oldName = before ? before->name : std::string();
    c.logicalId = shown.logicalId;
    if (before) {
        c.oldFile = before->file;
        c.oldLocation = before->location;
    }
    if (after) {
        c.newFile = after->file;
        c.newLocation = after->location;
    }
    SubjectView empty;
    empty.allowed = catalog.emptySet();
    empty.unconditional = catalog.emptySet();
    empty.denied = catalog.emptySet();
    empty.deniedAlways = catalog.emptySet();
    compareGrants(before ? *before : empty, after ? *after : empty, clauses, c);
    c.trust = compareTrust(before ? before->trust : nullptr, after ? after->trust : nullptr);
    comparePolicies(before, after, c);
    if (!before)
        c.status = SubjectStatus::Added;
    else if (!after)
        c.status = SubjectStatus::Removed;
    else if (c.added.any() || c.removed.any() || !c.resources.empty() || !c.conditionsDropped.empty()
        || !c.conditionsAdded.empty() || c.trust.changed() || !c.policiesAttached.empty() || !c.policiesDetached.empty()
        || c.oldName != c.name || c.denyDropped.any() || c.denyAdded.any() || c.boundaryBefore != c.boundaryAfter)
        c.status = SubjectStatus::Changed;
    return c;
}

} // namespace

const char* subjectStatusKey(SubjectStatus status)
{
    switch (status) {
    case SubjectStatus::Added:
        return "added";
    case SubjectStatus::Removed:
        return "removed";
    case SubjectStatus::Changed:
        return "changed";
    case SubjectStatus::Unchanged:
        break;
    }
    return "unchanged";
}

bool SubjectComparison::widened() const
{
    return std::any_of(resources.begin(), resources.end(), [](const ResourceChange& r) { return !r.gained.empty(); });
}

bool SubjectComparison::narrowed() const
{
    return std::any_of(resources.begin(), resources.end(), [](const ResourceChange& r) { return !r.lost.empty(); });
}

bool ReleaseComparison::hasNewFindingAtLeast(Severity threshold) const
{
    return std::any_of(
        newFindings.begin(), newFindings.end(), [&](const Finding& f) { return f.severity >= threshold; });
}

std::string maskExternalId(const std::string& value)
{
    // A value chosen at deployment is shown as the placeholder the loader left: it names a parameter.
    if (value.starts_with("${") && value.ends_with('}') && value.find("${", 2) == std::string::npos)
        return value;
    // Keep a readable prefix: the vendor's name up to a separator ("acme-") when it is at most half the value,
    // else at most four characters and a third of it; the random part is never shown.
    size_t keep = std::min<size_t>(value.size() / 3, 4);
    const size_t separator = value.find_first_of("-_:");
    if (separator != std::string::npos && (separator + 1) * 2 <= value.size())
        keep = separator + 1;
    return value.substr(0, keep) + "****";
}

ReleaseComparison compareReleases(const Review& oldReview, const Review& newReview)
{
    std::map<std::string, const ConditionClause*> clauses;
    const std::vector<SubjectView> olds = subjectsOf(oldReview, clauses);
    const std::vector<SubjectView> news = subjectsOf(newReview, clauses);
    const std::vector<int> match = matchSubjects(olds, news);

    ReleaseComparison result;
    std::vector<bool> oldMatched(olds.size(), false);
    std::map<std::string, std::string> renamed; // old subject name -> new, for matching findings
    for (size_t n = 0; n < news.size(); ++n) {
        const SubjectView* before = match[n] >= 0 ? &olds[static_cast<size_t>(match[n])] : nullptr;
        if (before) {
            oldMatched[static_cast<size_t>(match[n])] = true;
            if (before->name != news[n].name)
                renamed.emplace(before->name, news[n].name);
        }
        result.subjects.push_back(compareSubject(before, &news[n], clauses));
    }
    for (size_t o = 0; o < olds.size(); ++o)
        if (!oldMatched[o])
            result.subjects.push_back(compareSubject(&olds[o], nullptr, clauses));

    result.matchedFindings = matchFindings(oldReview.analysis.findings, newReview.analysis.findings, renamed);
    const std::vector<Finding>& oldFindings = oldReview.analysis.findings;
    const std::vector<Finding>& newFindings = newReview.analysis.findings;
    std::vector<bool> oldSeen(oldFindings.size(), false);
    std::vector<bool> newSeen(newFindings.size(), false);
    for (const FindingMatch& m : result.matchedFindings) {
        oldSeen[m.oldIndex] = true;
        newSeen[m.newIndex] = true;
    }
    for (size_t i = 0; i < newFindings.size(); ++i)
        if (!newSeen[i])
            result.newFindings.push_back(newFindings[i]);
    for (size_t i = 0; i < oldFindings.size(); ++i)
        if (!oldSeen[i])
            result.resolvedFindings.push_back(oldFindings[i]);
    return result;
}

} // namespace grantscope
