// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/RequestEvaluator.h"

#include "analysis/ArnMatcher.h"
#include "analysis/ConditionEvaluator.h"
#include "common/Text.h"

namespace grantscope {

const char* decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Allowed:
        return "Allowed";
    case Decision::ImplicitlyDenied:
        return "ImplicitlyDenied";
    case Decision::ExplicitlyDenied:
        return "ExplicitlyDenied";
    }
    return "ImplicitlyDenied";
}

bool usesPolicyVariables(const Policy& policy)
{
    return policy.version == "2012-10-17";
}

bool actionMatches(std::string_view pattern, std::string_view action)
{
    return globMatch(pattern, action, /*ignoreCase=*/true, /*utf8=*/false);
}

namespace {

bool anyActionMatches(const Statement& st, std::string_view action)
{
    for (const LocatedString& a : st.actions)
        if (actionMatches(a.value, action))
            return true;
    return false;
}

bool anyResourceMatches(const Statement& st, const Request& request, VariableMode variables)
{
    for (const LocatedString& r : st.resources)
        if (resourceMatches(r.value, request.resource, request.context, variables))
            return true;
    return false;
}

} // namespace

StatementMismatch statementMismatch(const Statement& st, const Request& request, bool policyVariables)
{
    const bool actionHit = anyActionMatches(st, request.action);
    if (st.notAction ? actionHit : !actionHit)
        return StatementMismatch::Action;
    // A statement without Resource/NotResource is malformed for identity policies; it never matches.
    if (!st.hasResource)
        return StatementMismatch::Resource;
    // Policy language 2008-10-17 (also assumed when Version is missing) substitutes no variables.
    const VariableMode variables = policyVariables ? VariableMode::Resolve : VariableMode::Literal;
    const bool resourceHit = anyResourceMatches(st, request, variables);
    if (st.notResource ? resourceHit : !resourceHit)
        return StatementMismatch::Resource;
    return conditionsHold(st.conditions, request.context, variables) ? StatementMismatch::None
                                                                     : StatementMismatch::Condition;
}

bool statementMatches(const Statement& st, const Request& request, bool policyVariables)
{
    return statementMismatch(st, request, policyVariables) == StatementMismatch::None;
}

bool needsNoPermission(std::string_view action)
{
    return equalsIgnoreCaseAscii(action, "sts:GetCallerIdentity");
}

DecisionTrace evaluateRequest(
    const std::vector<const Policy*>& identityPolicies, const Policy* boundary, const Request& request)
{
    DecisionTrace trace;
    auto scan = [&](const Policy& policy, bool& allows) {
        const bool variables = usesPolicyVariables(policy);
        for (size_t i = 0; i < policy.statements.size(); ++i) {
            const Statement& st = policy.statements[i];
            if (!statementMatches(st, request, variables))
                continue;
            if (st.effect == Effect::Deny) {
                trace.matchedDenies.emplace_back(&policy, static_cast<int>(i));
            } else {
                allows = true;
                trace.matchedAllows.emplace_back(&policy, static_cast<int>(i));
            }
        }
    };
    for (const Policy* p : identityPolicies)
        if (p)
            scan(*p, trace.identityAllows);
    if (boundary)
        scan(*boundary, trace.boundaryAllows);
    else
        trace.boundaryAllows = true;

    trace.needsNoPermission = needsNoPermission(request.action);
    if (trace.needsNoPermission)
        trace.decision = Decision::Allowed;
    else if (!trace.matchedDenies.empty())
        trace.decision = Decision::ExplicitlyDenied;
    else if (trace.identityAllows && trace.boundaryAllows)
        trace.decision = Decision::Allowed;
    else
        trace.decision = Decision::ImplicitlyDenied;
    return trace;
}

} // namespace grantscope
