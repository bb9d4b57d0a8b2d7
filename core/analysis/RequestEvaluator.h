// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RequestContext.h"
#include "policy/Policy.h"

#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

enum class Decision { Allowed, ImplicitlyDenied, ExplicitlyDenied };

const char* decisionName(Decision decision);

/** A concrete same-account request: who asks is the role the identity policies are attached to. */
struct Request {
    std::string action; // "s3:GetObject" (any case)
    std::string resource; // an ARN, or "*" for actions that take no resource
    RequestContext context;
};

/** Why the evaluator decided as it did: the statements that matched, for display and tests. */
struct DecisionTrace {
    Decision decision = Decision::ImplicitlyDenied;
    bool identityAllows = false;
    bool boundaryAllows = false; // true as well when there is no boundary
    // The action needs no permission (sts:GetCallerIdentity): AWS allows it to every caller, even under an
    // explicit deny, so `decision` is Allowed whatever matched.
    bool needsNoPermission = false;
    std::vector<std::pair<const Policy*, int>> matchedAllows;
    std::vector<std::pair<const Policy*, int>> matchedDenies;
};

/**
 * AWS's documented evaluation of a request against a role's identity-based policies and an
 * optional permissions boundary (no SCPs, resource or session policies): an explicit Deny in any of
 * them wins; otherwise the request is allowed only when some identity policy allows it and, if a
 * boundary is set, the boundary allows it too; otherwise it is implicitly denied. The one exception
 * is an action that needs no permission (needsNoPermission()), always allowed.
 */
DecisionTrace evaluateRequest(
    const std::vector<const Policy*>& identityPolicies, const Policy* boundary, const Request& request);

/** Does one statement apply to the request (action, resource and conditions all match)? Effect ignored. */
bool statementMatches(const Statement& statement, const Request& request, bool policyVariables = true);

/** The first part of a statement that keeps it from applying to a request, in the order AWS checks them. */
enum class StatementMismatch {
    None, // the statement applies
    Action, // the action is not in Action (or is in NotAction)
    Resource, // the resource is not in Resource (or is in NotResource), or the statement has neither
    Condition, // some key test of the Condition block does not hold
    // Not returned by statementMismatch() (requests carry no principal): an explanation's reason for a resource
    // policy statement whose Principal does not name the principal asked about.
    Principal,
};

/**
 * statementMatches() saying why not: the same test (statementMatches is this == None), for explanations. Each
 * clause's own outcome is conditionHolds() of it.
 */
StatementMismatch statementMismatch(const Statement& statement, const Request& request, bool policyVariables = true);

/** Whether the policy's language substitutes policy variables (Version 2012-10-17; 2008-10-17 and none do not). */
bool usesPolicyVariables(const Policy& policy);

/**
 * Whether AWS lets every authenticated caller take `action` ("svc:Action", any case) with no permission at all:
 * sts:GetCallerIdentity, which "no permissions are required to perform" and which an explicit deny does not stop.
 */
bool needsNoPermission(std::string_view action);
/** Case-insensitive IAM action matching with * and ?. */
bool actionMatches(std::string_view pattern, std::string_view action);

} // namespace grantscope
