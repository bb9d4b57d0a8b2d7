// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ResourceScope.h"
#include "analysis/ResourceUniverse.h"
#include "catalog/ActionSet.h"
#include "policy/Policy.h"

#include <vector>

namespace grantscope {

class Catalog;
class RequestContext;

/** Where a grant comes from: a statement of a policy. */
struct StatementRef {
    const Policy* policy = nullptr;
    int statement = -1;
    friend bool operator==(const StatementRef&, const StatementRef&) = default;
};

/**
 * Actions the role may perform on a resource scope: one identity Allow statement, narrowed by one
 * boundary Allow statement when a boundary is set, with every explicit Deny that surely covers the
 * scope already subtracted.
 */
struct EffectiveGrant {
    ActionSet actions;
    ResourceScope scope;
    std::vector<ConditionClause> conditions; // all must hold; empty when unconditional
    StatementRef identity;
    StatementRef boundary; // policy nullptr without a boundary
    ActionSet partlyDenied; // actions a Deny removes on part of the scope, or only under its conditions
};

struct EffectivePermissions {
    std::vector<EffectiveGrant> grants;
    ActionSet requested; // what the identity policies' Allow statements name (before boundary and denies)
    ActionSet effective; // allowed on at least one resource with no condition left to hold
    ActionSet conditional; // allowed only when conditions hold (not in `effective`)
    ActionSet removedByBoundary; // requested, but no boundary statement allows them anywhere they are granted
    ActionSet removedByDeny; // allowed by identity and boundary, but an explicit Deny removes them everywhere
};

/**
 * The effective permissions of a role: identity policies ∩ permissions boundary − explicit denies,
 * per action and resource scope, following AWS's evaluation logic.
 *
 * With `context`, conditions are decided against it (a request with exactly those keys; an empty
 * context is a request that carries no keys). Without one, the review is static: an Allow with
 * conditions is kept as conditional, and a Deny with conditions never counts as removing access
 * (it is reported in `partlyDenied`), so the result never understates what may be allowed.
 *
 * Resources are judged per resource type of each action (ResourceUniverse, in `account`'s partition): an
 * Allow grants an action only where its Resource can be one of the action's ARNs (or "*" for an action that
 * cannot be scoped), and a Deny removes it where it covers every such ARN the grant reaches.
 */
EffectivePermissions computeEffectivePermissions(const Catalog& catalog, const std::vector<const Policy*>& identity,
    const Policy* boundary, const RequestContext* context = nullptr, const AccountScope& account = {});

/** One statement of a policy with its actions expanded against the catalogue and its resource scope. */
struct ExpandedStatement {
    StatementRef ref;
    const Statement* statement = nullptr;
    ActionSet actions;
    ResourceScope scope; // empty for a statement without Resource or NotResource
};

/** Every statement of `policy`, expanded once to be reused by the overload below (the policy must outlive it). */
std::vector<ExpandedStatement> expandStatements(const Catalog& catalog, const Policy& policy);

/**
 * The same as above on policies expanded beforehand: a review compares one package under several boundaries
 * and contexts, and expanding a statement's wildcards against the catalogue is most of the work.
 */
EffectivePermissions computeEffectivePermissions(const Catalog& catalog,
    const std::vector<const std::vector<ExpandedStatement>*>& identity, const std::vector<ExpandedStatement>* boundary,
    const RequestContext* context, const AccountScope& account);

} // namespace grantscope
