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
 * Applies the risk rules to what a subject is granted. A grant on `*` (or NotResource, or every
 * resource of a type) gets the rule's severity; one limited to specific ARNs ranks lower, and so does
 * one whose conditions narrow it to what the customer chose (see ConditionEffect): opt-outs, region
 * limits and tags the subject can set itself do not lower anything. Every finding's severityReason
 * gives the base and each step; titles say the scope they were narrowed to. Actions AWS does not let
 * you scope to a resource are not blamed for `*`. An unconditional Deny on `*` and the subject's
 * permissions boundary remove what they surely remove. An escalation path is one finding: findings
 * whose actions all belong to paths found at the same severity or above are left out.
 */
std::vector<Finding> analyzeRisks(const Catalog& catalog, const RuleSet& rules, const PermissionSubject& subject);

/**
 * Is this resource pattern every resource, or every resource of a type? True for "*", "arn:aws:s3:::*",
 * "arn:aws:kms:*:*:key/" followed by "*"; false for a pattern that names a resource.
 */
bool isBroadResourcePattern(std::string_view pattern);

/** Resource patterns in words: "1 KMS key", "buckets named prod-*", "lambda functions named acme-*". */
QString describeScope(const std::vector<std::string>& resources);

} // namespace grantscope
