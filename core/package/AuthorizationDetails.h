// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

#include <string>

namespace grantscope {

/**
 * Is this the output of `aws iam get-account-authorization-details` (one page of it)? An object with
 * `RoleDetailList` or `UserDetailList`, or with both `Policies` and `GroupDetailList`.
 */
bool looksLikeAuthorizationDetails(const SourceNode& root);

/**
 * Reads one page of an account export into `subject`: every role, user and group becomes a RoleRecord
 * (kind "role", "user", "group") with its AccountEntityInfo; `AssumeRolePolicyDocument` is the trust
 * policy, `RolePolicyList` / `UserPolicyList` / `GroupPolicyList` the inline policies, `AttachedManagedPolicies`
 * the managed ones and `PermissionsBoundary` the boundary. Policy documents are read in both encodings the
 * export comes in: JSON objects (the AWS CLI) and URL-encoded JSON strings (the raw API), whose errors are
 * located at the string. AWS managed policies resolve from the bundled copy (awsManagedPolicy()); customer
 * managed ones stay unresolved until finishAuthorizationDetails() finds their default version in a page.
 * Errors in the shape of the export are located diagnostics ("export-shape").
 */
void loadAuthorizationDetails(const SourceNode& root, const QString& file, ReviewSubject& subject);

/**
 * Once every page is read (loadPackage() calls it; calling it again does nothing): a role, user or group in
 * two pages is kept once (by ARN); attached customer managed policies and boundaries get the default version
 * of the policy from whichever page lists it, or stay unresolved with an "unresolved-arn" note; users get the
 * policies of the groups in their GroupList, as analyze does for a template's group memberships (the groups
 * remain subjects of their own); a page that says more pages follow (`IsTruncated`) without the last page
 * among those given is an "unreviewed" note.
 */
void finishAuthorizationDetails(ReviewSubject& subject);

/**
 * The customer's account as the export shows it: the account most of its roles', users' and groups' ARNs
 * name; empty when nothing was read from an export.
 */
std::string exportAccount(const ReviewSubject& subject);

} // namespace grantscope
