// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/SourceNode.h"

#include <optional>
#include <string>

namespace grantscope {

class TerraformResolver;
struct TerraformResource;

/**
 * The policy document a whole-string Terraform expression stands for (`expr` is what is inside
 * `${...}`): `jsonencode(...)` of JSON text, a reference to an `aws_iam_policy_document` data source or
 * to another resource's `policy`. What cannot be read offline gives nullopt and a note: `data.http`
 * downloads ("remote-document"), `var.`/`local.` values ("unresolved-parameter"), `file()`,
 * `templatefile()` and other expressions ("unresolved-document").
 */
std::optional<SourceNode> terraformExpressionDocument(
    const std::string& expr, SourceLocation at, TerraformResolver& resolver, int depth);

/**
 * Renders an `aws_iam_policy_document` data source (configuration syntax) as the IAM policy tree the
 * provider produces: `version` (default 2012-10-17) and `policy_id`; each `statement` block becomes a
 * Statement located at the block (effect defaults to Allow), `principals` grouped by type (type "*"
 * is `"Principal": "*"`), `condition` blocks grouped by test and variable, `&{...}` turned into IAM's
 * `${...}`; statements of `source_policy_documents` come first and those of
 * `override_policy_documents` last, a later statement replacing an earlier one with the same Sid.
 */
std::optional<SourceNode> terraformDataSourceDocument(
    const TerraformResource& dataSource, TerraformResolver& resolver, int depth);

} // namespace grantscope
