// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ReviewSubject.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

/**
 * Who can use a role of the package. A role someone outside the customer's account can assume (the
 * vendor, anyone, a web-identity provider) is used by the vendor; so is a role one hop away from such a
 * role: one it can assume or pass, or the execution role of a function, state machine or automation it
 * can start. A role only AWS services or principals of the customer's own account use is rated one
 * step lower, and the step says who uses it.
 */
struct RoleReach {
    enum class Kind {
        Outside, // assumable from outside the customer's account (or not a role: users, resource policies)
        OneHop, // reached from such a role: `path` names how
        CustomerOnly, // used only by AWS services or principals in the customer's account
    };
    Kind kind = Kind::Outside;
    QString path; // OneHop: "VendorRole → lambda:InvokeFunction → a function running as Exec"
    QString usedBy; // CustomerOnly: "AWS Lambda in the customer's account"

    /** The severity step for the role's permission findings: 0 or -1, with the words for it. */
    int change() const { return kind == Kind::CustomerOnly ? -1 : 0; }
    QString stepReason() const;
};

/**
 * True when someone outside the customer's account and organization can assume a role with `trust`; with
 * `package`, roles and users of the same template ("${VendorRole.RoleId}") count as inside.
 */
bool assumableFromOutside(const Policy& trust, const std::string& customerAccount,
    const std::vector<std::string>& orgAccounts = {}, const ReviewSubject* package = nullptr);

/** Who can use each role of `package` (parallel to `package.roles`). */
std::vector<RoleReach> reachOfRoles(const ReviewSubject& package, const LoadOptions& options);

} // namespace grantscope
