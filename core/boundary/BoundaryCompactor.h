// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/ActionSet.h"
#include "common/Diagnostic.h"
#include "policy/Policy.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;

/** A boundary policy made small enough for IAM, with the text to save. */
struct CompactedBoundary {
    Policy policy;
    std::string json; // the policy indented by two spaces, as written to disk
    size_t size = 0; // characters IAM counts against its limit (white space outside strings not counted)
    bool fits = false; // size <= the limit
    Diagnostics diagnostics; // an Error when it cannot fit; a Warning when an Allow had to become NotAction
    friend bool operator==(const CompactedBoundary&, const CompactedBoundary&) = default;
};

/**
 * Serialises a boundary within AWS's 6,144-character limit for managed policies. Action lists are
 * replaced by wildcards only where the wildcard names exactly the same catalogue actions, checked with
 * Catalog::match on every candidate pattern: "svc:*" when the whole service is wanted, "svc:Get*" when
 * every action starting with "Get" is wanted. Wildcards first stand for two actions or more and end at a
 * word of the action name; only if that is too long may they end anywhere ("svc:GetBucketP*") or stand
 * for a single action, and as a last resort a statement is written with the complement (Action ↔
 * NotAction). A list is replaced only when the result is shorter. Expanding the result against the catalogue gives
 * the same ActionSet per statement as the input.
 */
class BoundaryCompactor {
public:
    static constexpr size_t kManagedPolicyLimit = 6144;

    static CompactedBoundary compact(const Catalog& catalog, const Policy& policy, size_t limit = kManagedPolicyLimit);

    /**
     * Action patterns whose catalogue matches together are exactly `actions`, as short as the rules
     * above allow ("*" for every action). `anyPrefix` lets a wildcard end inside a word or stand for one action.
     */
    static std::vector<std::string> compactActions(
        const Catalog& catalog, const ActionSet& actions, bool anyPrefix = false);
};

} // namespace grantscope
