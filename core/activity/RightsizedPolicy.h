// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryCompactor.h"

#include <set>
#include <string>
#include <vector>

namespace grantscope {

class Catalog;
struct Policy;
struct PolicyExpansion;
struct RoleUsage;

/**
 * Resource patterns covering `arns`: ARNs that share a parent path (or, without a path, everything up to
 * the last ':') are replaced by "parent*" once `threshold` or more of them were seen; if more than
 * `maxPatterns` remain, each is cut at the first '/' of its resource part. Sorted, unique.
 */
std::vector<std::string> generaliseArns(
    const std::set<std::string>& arns, size_t threshold = 3, size_t maxPatterns = 20);

/**
 * A least-privilege identity policy from what a role was seen doing: every used action that the role
 * is granted (so it never asks for more than the vendor's policy names), on the resource ARNs its
 * events named, generalised by generaliseArns(), or on "*" when some event of it named no resource.
 * Actions with the same resources share a statement. Returned compacted within AWS's managed-policy
 * limit, ready for the diff view and the boundary exports (writeBoundary).
 */
CompactedBoundary rightsizedPolicy(const Catalog& catalog, const RoleUsage& usage, const ActionSet& granted);

/** One action the Allow statements of some policies grant, with the resource scopes that grant it. */
struct AllowedAction {
    int action = -1; // catalogue index
    std::vector<std::string> resources; // as written, sorted; "!pattern" for NotResource; "*" when none given
    bool conditional = false; // every statement granting it has a Condition
};

/**
 * What the Allow statements of `policies` grant, per catalogue action in catalogue order: the two sides when
 * a role's own policies are compared with its rightsized policy. Deny statements are not subtracted: each
 * side is read as its author wrote it.
 */
std::vector<AllowedAction> allowedActions(const Catalog& catalog, const std::vector<const Policy*>& policies);
/**
 * The same from policies already expanded (a Review's expansions: the window compares a role's policies
 * without expanding them again). Null entries are skipped.
 */
std::vector<AllowedAction> allowedActions(const std::vector<const PolicyExpansion*>& expansions);

} // namespace grantscope
