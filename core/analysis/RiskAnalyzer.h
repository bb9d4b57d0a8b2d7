// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "package/ReviewSubject.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;
class RuleSet;

/** The permission policies of one subject of the review: a role, or a policy standing alone. */
struct PermissionSubject {
    std::string name;
    QString file;
    SourceLocation location;
    std::vector<const PolicyRecord*> policies;
    const PolicyRecord* boundary = nullptr; // the package's own boundary, when it sets one
};

/**
 * Applies the risk rules to what a subject is granted. Severity takes the context into account:
 * a grant on `*` (or NotResource, or every resource of a type) without conditions gets the rule's
 * severity; one guarded by conditions or limited to specific ARNs ranks lower and the finding says
 * why; actions AWS does not let you scope to a resource are not blamed for `*`. An unconditional
 * Deny on `*` and the subject's permissions boundary remove what they surely remove.
 */
std::vector<Finding> analyzeRisks(const Catalog& catalog, const RuleSet& rules, const PermissionSubject& subject);

/**
 * Is this resource pattern every resource, or every resource of a type? True for "*", "arn:aws:s3:::*",
 * "arn:aws:kms:*:*:key/" followed by "*"; false for a pattern that names a resource.
 */
bool isBroadResourcePattern(std::string_view pattern);

} // namespace grantscope
