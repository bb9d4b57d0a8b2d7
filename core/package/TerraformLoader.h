// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/ReviewSubject.h"

namespace grantscope {

struct TerraformExpansion;

/** Terraform JSON configuration (`*.tf.json`) or `terraform show -json` plan/state output? */
bool looksLikeTerraform(const SourceNode& root);

/**
 * Reads the IAM parts of Terraform JSON into `subject`: `aws_iam_role` (assume_role_policy,
 * inline_policy, managed_policy_arns, permissions_boundary), `aws_iam_policy`, `aws_iam_role_policy`,
 * `aws_iam_role_policy_attachment`, `aws_iam_policy_attachment`, `aws_iam_policy_document` data sources;
 * `aws_iam_user` and `aws_iam_group` as RoleRecords of kind "user" / "group" with their `*_policy`,
 * `*_policy_attachment` and memberships (members get their groups' policies); `aws_iam_access_key` and
 * `aws_iam_user_login_profile` as notes (TerraformIdentities.h); resource policies, `aws_lambda_permission`
 * and `aws_cloudwatch_event_permission` as resource-policy subjects (ResourcePolicies.h); policy documents given as
 * JSON strings (what `jsonencode` produces) or objects; `${...}` interpolations left as visible
 * placeholders with a note. Both configuration files and `terraform show -json` output (planned_values /
 * values / prior_state root_module and child_modules) are understood.
 *
 * Roles keep the Terraform address as logicalId ("aws_iam_role.vendor", "module.m.aws_iam_role.r[0]");
 * every record is located at its resource block, statements at their own text (a document given as a
 * JSON string sits where the string is). References between resources of the same file link
 * attachments and documents; in plan output, the `configuration` section links values that are only
 * known after apply. `var.x` is substituted only with a reviewer-supplied value (LoadOptions::parameters,
 * "x" or "var.x"); `variable` blocks are recorded as ParameterRecords. Notes: "unresolved-parameter"
 * (an interpolation left as a placeholder, subject = the expression, once per file), "remote-document"
 * (a policy downloaded with `data "http"`, subject = the URL), "unresolved-document" (a policy built by
 * an expression that is not evaluated: jsonencode() of HCL, file(), a data source not in the file),
 * "unresolved-arn". Diagnostics: "terraform-structure", "terraform-policy-json",
 * "terraform-reference-cycle", plus the policy parser's. Never throws.
 *
 * `expansion` (from expandTerraformInstances() on HCL) marks the records of a resource created under a
 * condition ("only when ...", as CloudFormation's conditional resources), and splits a policy document whose
 * statements depend on an open conditional into the statements every branch has and one record per branch
 * with its own, marked with when it applies; a trust policy holds the statements of every branch.
 */
void loadTerraform(const SourceNode& root, const QString& file, const LoadOptions& options, ReviewSubject& subject,
    const TerraformExpansion* expansion = nullptr);

} // namespace grantscope
