// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "analysis/ResourceUniverse.h"
#include "catalog/AccessLevel.h"
#include "catalog/ActionSet.h"
#include "package/ReviewSubject.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;
class RequestContext;

/** What a boundary does to a finding. */
enum class MitigationState {
    Mitigated, // none of its actions survives on the resources it concerns
    Partial, // some survive, or survive on part of those resources only
    Remaining, // every action survives on all of them
    NotApplicable, // the finding names no action, or none of them was allowed before the boundary either
};

const char* mitigationStateKey(MitigationState state); // "mitigated", "partial", "remaining", "not-applicable"

/** One action the package grants, before and after the boundary. */
struct ActionDiff {
    int action = -1;
    bool before = false; // allowed on at least one resource under the package's own boundary (if any)
    bool after = false; // the same under the boundary compared
    std::vector<std::string> resourcesKept; // scopes it stays allowed on after; "!p" = every resource except p
    // Resources of the compared boundary's Deny statements naming it, where one of the action's resource
    // types can have such an ARN ("!p" for NotResource); a deny on an instance leaves DescribeInstances out.
    std::vector<std::string> resourcesDenied;
    std::vector<std::string> conditions; // static view: conditions the vendor's grants of it depend on
    friend bool operator==(const ActionDiff&, const ActionDiff&) = default;
};

/** Counts for one service and (primary) access level. */
struct ServiceLevelDiff {
    int service = -1;
    AccessLevel level = AccessLevel::List;
    int requested = 0; // named by the package's Allow statements
    int before = 0;
    int after = 0;
    ActionSet removed; // before and not after
    friend bool operator==(const ServiceLevelDiff&, const ServiceLevelDiff&) = default;
};

struct FindingOutcome {
    size_t finding = 0; // index into the findings given
    MitigationState state = MitigationState::NotApplicable;
    std::vector<std::string> surviving; // lower-case actions still allowed on the finding's resources
    friend bool operator==(const FindingOutcome&, const FindingOutcome&) = default;
};

/** What a boundary changes in what the vendor asked for. */
struct SemanticDiff {
    ActionSet requested; // every action the package's Allow statements name
    ActionSet before;
    ActionSet after;
    std::vector<ActionDiff> actions; // one per requested action, in name order
    std::vector<ServiceLevelDiff> rows; // per service (name order) and access level
    std::vector<FindingOutcome> findings; // one per finding given, same order
    ActionSet removed() const { return before - after; }
    friend bool operator==(const SemanticDiff&, const SemanticDiff&) = default;
};

/**
 * Compares the package as it stands (each role under its own boundary, if it sets one; each stand-alone
 * policy alone) with the same identity policies under `boundary` (nullptr: no boundary at all), using
 * computeEffectivePermissions. With `context`, conditions are decided against it (an empty context is a
 * request with no keys); without, an action counts as allowed when it may be (conditions pending).
 * Findings are judged on their subject (role or policy name), or on every subject when it is unknown.
 * Resources are judged per resource type in `account` (nullptr: accountScopeOf the package with the default
 * load options).
 */
SemanticDiff computeSemanticDiff(const Catalog& catalog, const ReviewSubject& package, const Policy* boundary,
    const std::vector<Finding>& findings, const RequestContext* context, const AccountScope* account = nullptr);

/**
 * The account a package is reviewed for: `options.partition`, or, unless the reviewer named it, the one
 * partition the package's ARNs name ("aws-us-gov", "aws-cn"); the account id is fixed only when the
 * package's ARNs name `options.accountId` (as `${AWS::AccountId}` resolves to) and no other account, so
 * that pinning it never hides a grant on another account's resources.
 */
AccountScope accountScopeOf(const ReviewSubject& package, const LoadOptions& options);

} // namespace grantscope
