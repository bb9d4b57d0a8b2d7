// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessLevel.h"
#include "catalog/ActionSet.h"
#include "common/Diagnostic.h"
#include "policy/Policy.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;

/** What the boundary allows before the reviewer restricts it. */
enum class BoundaryBase {
    AllowAll, // Allow * on *: the boundary only takes away what the reviewer denies
    VendorGrants, // exactly the actions the package's Allow statements name
};

/** Deny an action pattern on one resource ARN pattern ("ec2:*" on an instance). */
struct ArnDeny {
    std::string action;
    std::string arn;
    friend bool operator==(const ArnDeny&, const ArnDeny&) = default;
};

/** Deny actions whenever a condition holds (stop/terminate when aws:ResourceTag/env is production). */
struct ConditionalDeny {
    std::vector<std::string> actions;
    ConditionClause condition;
    friend bool operator==(const ConditionalDeny&, const ConditionalDeny&) = default;
};

/** Deny actions on every resource except the listed ones (NotResource), e.g. kms:Decrypt except on some keys. */
struct ExceptDeny {
    std::vector<std::string> actions;
    std::vector<std::string> exceptResources;
    friend bool operator==(const ExceptDeny&, const ExceptDeny&) = default;
};

/**
 * A permissions boundary under construction, as plain data the review session can save. The Allow part
 * is the base, narrowed to `allowedServices` and `allowedLevels` when they are set; every deny list
 * adds Deny statements. `toPolicy` turns it into the boundary policy (not yet compacted: see
 * BoundaryCompactor for the size limit).
 */
struct BoundaryDraft {
    std::string name = "GrantScopeBoundary";
    BoundaryBase base = BoundaryBase::AllowAll;
    std::vector<std::string> vendorActions; // action patterns of the package's Allow statements (VendorGrants)
    std::vector<std::string> allowedServices; // service prefixes; empty: no restriction
    AccessLevels allowedLevels = 0; // 0: no restriction
    std::vector<std::string> deniedActions; // action patterns denied on every resource
    std::vector<ArnDeny> arnDenies;
    std::vector<ConditionalDeny> conditionalDenies;
    std::vector<ExceptDeny> exceptDenies;

    /** The actions the Allow part grants: the base, narrowed to the allowed services and access levels. */
    ActionSet allowedActions(const Catalog& catalog) const;
    /** "Allow everything" with nothing denied: the package as it stands (the review's baseline). */
    bool allowsEverything() const
    {
        return base == BoundaryBase::AllowAll && allowedServices.empty() && allowedLevels == 0 && deniedActions.empty()
            && arnDenies.empty() && conditionalDenies.empty() && exceptDenies.empty();
    }

    /** The boundary as an IAM policy: one Allow statement (unless it allows nothing), then the denies. */
    Policy toPolicy(const Catalog& catalog) const;

    /**
     * Problems that make the draft say something other than the reviewer meant: action patterns that
     * match nothing in the catalogue, unknown services, resource ARNs that are not ARNs. Errors only.
     */
    Diagnostics check(const Catalog& catalog) const;

    friend bool operator==(const BoundaryDraft&, const BoundaryDraft&) = default;
};

} // namespace grantscope
