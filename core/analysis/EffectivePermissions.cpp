// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/EffectivePermissions.h"

#include "analysis/ConditionEvaluator.h"
#include "analysis/Expansion.h"
#include "analysis/RequestContext.h"
#include "analysis/ResourceUniverse.h"
#include "catalog/Catalog.h"

namespace grantscope {

namespace {

enum class Applies { Always, Never, Conditionally };

Applies applies(const Statement& st, const RequestContext* context)
{
    if (st.conditions.empty())
        return Applies::Always;
    if (!context)
        return Applies::Conditionally;
    return conditionsHold(st.conditions, *context) ? Applies::Always : Applies::Never;
}

} // namespace

std::vector<ExpandedStatement> expandStatements(const Catalog& catalog, const Policy& policy)
{
    std::vector<ExpandedStatement> out;
    out.reserve(policy.statements.size());
    for (size_t i = 0; i < policy.statements.size(); ++i) {
        const Statement& st = policy.statements[i];
        ExpandedStatement e;
        e.ref = { &policy, static_cast<int>(i) };
        e.statement = &st;
        e.actions = expandActions(catalog, st, policy.file, nullptr);
        std::vector<std::string> patterns;
        patterns.reserve(st.resources.size());
        for (const LocatedString& r : st.resources)
            patterns.push_back(r.value);
        // A statement without Resource or NotResource applies to nothing in an identity policy.
        e.scope = st.hasResource ? ResourceScope::of(st.notResource, std::move(patterns)) : ResourceScope {};
        out.push_back(std::move(e));
    }
    return out;
}

EffectivePermissions computeEffectivePermissions(const Catalog& catalog, const std::vector<const Policy*>& identity,
    const Policy* boundary, const RequestContext* context, const AccountScope& account)
{
    std::vector<std::vector<ExpandedStatement>> expanded;
    expanded.reserve(identity.size());
    std::vector<const std::vector<ExpandedStatement>*> identityExpanded;
    for (const Policy* p : identity)
        if (p)
            identityExpanded.push_back(&expanded.emplace_back(expandStatements(catalog, *p)));
    const std::vector<ExpandedStatement> boundaryExpanded
        = boundary ? expandStatements(catalog, *boundary) : std::vector<ExpandedStatement> {};
    return computeEffectivePermissions(
        catalog, identityExpanded, boundary ? &boundaryExpanded : nullptr, context, account);
}

EffectivePermissions computeEffectivePermissions(const Catalog& catalog,
    const std::vector<const std::vector<ExpandedStatement>*>& identity, const std::vector<ExpandedStatement>* boundary,
    const RequestContext* context, const AccountScope& account)
{
    const std::shared_ptr<const ResourceUniverse> universe = ResourceUniverse::of(catalog, account);
    EffectivePermissions out;
    out.requested = catalog.emptySet();
    out.effective = catalog.emptySet();
    out.conditional = catalog.emptySet();
    out.removedByBoundary = catalog.emptySet();
    out.removedByDeny = catalog.emptySet();

    std::vector<const ExpandedStatement*> allows, denies, boundaryAllows;
    for (const std::vector<ExpandedStatement>* p : identity) {
        if (!p)
            continue;
        for (const ExpandedStatement& e : *p)
            (e.statement->effect == Effect::Allow ? allows : denies).push_back(&e);
    }
    if (boundary)
        for (const ExpandedStatement& e : *boundary)
            (e.statement->effect == Effect::Allow ? boundaryAllows : denies).push_back(&e);

    ActionSet beforeDeny = catalog.emptySet();
    ActionSet applicable = catalog.emptySet(); // requested by an Allow that applies at all
    for (const ExpandedStatement* allow : allows) {
        const ExpandedStatement& a = *allow;
        out.requested |= a.actions;
        const Applies allowApplies = applies(*a.statement, context);
        if (allowApplies == Applies::Never || a.scope.isEmpty())
            continue;
        // An action is granted only where the statement's resources can be one of the action's resources.
        const ActionSet reached = universe->reachable(a.actions, a.scope);
        applicable |= reached;
        auto addGrant = [&](ActionSet actions, ResourceScope scope, const ExpandedStatement* b) {
            if (actions.none() || scope.isEmpty())
                return;
            if (b) // without a boundary the scope is the statement's own: `reached` already is what it reaches
                actions = universe->reachable(actions, scope);
            if (actions.none())
                return;
            EffectiveGrant g;
            g.actions = std::move(actions);
            g.scope = std::move(scope);
            g.identity = a.ref;
            if (allowApplies == Applies::Conditionally)
                g.conditions = a.statement->conditions;
            if (b) {
                g.boundary = b->ref;
                if (applies(*b->statement, context) == Applies::Conditionally)
                    g.conditions.insert(
                        g.conditions.end(), b->statement->conditions.begin(), b->statement->conditions.end());
            }
            g.partlyDenied = catalog.emptySet();
            beforeDeny |= g.actions;
            out.grants.push_back(std::move(g));
        };
        if (!boundary) {
            addGrant(reached, a.scope, nullptr);
            continue;
        }
        for (const ExpandedStatement* b : boundaryAllows) {
            if (applies(*b->statement, context) == Applies::Never || !reached.intersects(b->actions))
                continue;
            addGrant(reached & b->actions, a.scope.intersect(b->scope), b);
        }
    }
    // Only what the vendor's own conditions and scopes let through can be taken away by the boundary.
    out.removedByBoundary = applicable - beforeDeny;

    for (EffectiveGrant& g : out.grants) {
        for (const ExpandedStatement* deny : denies) {
            const ExpandedStatement& d = *deny;
            const ActionSet hit = g.actions & d.actions;
            if (hit.none() || d.scope.isEmpty())
                continue;
            const Applies denyApplies = applies(*d.statement, context);
            if (denyApplies == Applies::Never)
                continue;
            if (denyApplies == Applies::Always && d.scope.covers(g.scope)) {
                g.actions -= hit;
                continue;
            }
            // Per resource type: a deny on every instance removes ec2:StopInstances even from a grant on
            // "*", and one on objects leaves the bucket actions of the same grant alone.
            ActionSet gone = catalog.emptySet();
            if (denyApplies == Applies::Always) {
                gone = universe->removed(hit, d.scope, g.scope);
                g.actions -= gone;
            }
            g.partlyDenied |= universe->touched(hit - gone, d.scope, g.scope);
        }
        g.partlyDenied &= g.actions;
    }
    ActionSet afterDeny = catalog.emptySet();
    for (const EffectiveGrant& g : out.grants) {
        afterDeny |= g.actions;
        (g.conditions.empty() ? out.effective : out.conditional) |= g.actions;
    }
    out.conditional -= out.effective;
    out.removedByDeny = beforeDeny - afterDeny;
    return out;
}

} // namespace grantscope
