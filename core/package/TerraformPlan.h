// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"
#include "package/TerraformResolver.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/**
 * Resources of one module instance address, by attribute, to the resource addresses its configuration
 * expression references: "module.acme.aws_iam_role_policy_attachment.c" -> "policy_arn" ->
 * {"module.acme.aws_iam_policy.p"}. Addresses carry no instance keys (see terraformAddressWithoutKeys).
 */
using TerraformConfigReferences = std::map<std::string, std::map<std::string, std::vector<std::string>>>;

/**
 * Reads `terraform show -json` output: the resources of `planned_values` (a plan), else `values` (state),
 * else `prior_state.values`, recursing into `child_modules`; else the `after` values of
 * `resource_changes`. Each resource's location is its object in the file and its body the `values`
 * object. From the plan's `configuration` section it also collects which resources each attribute
 * references, so attachments whose values are only known after apply can still be linked.
 */
void readTerraformPlan(
    const SourceNode& root, std::vector<TerraformResource>& resources, TerraformConfigReferences& references);

/** "module.a[0].aws_iam_role.r[\"x\"]" -> "module.a.aws_iam_role.r". */
std::string terraformAddressWithoutKeys(std::string_view address);

} // namespace grantscope
