// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "policy/Policy.h"

#include <QString>

#include <optional>
#include <string_view>

namespace grantscope {

/**
 * Reads a permissions boundary from a file, in every form `grantscope-cli boundary` writes and the forms a
 * reviewer keeps one in, with the package loaders (no parser of its own):
 * - an IAM policy document (JSON), or a JSON array of policy documents that are the parts of one boundary;
 * - a CloudFormation template (YAML or JSON) with AWS::IAM::ManagedPolicy resources;
 * - Terraform (`.tf` HCL or `.tf.json`) with aws_iam_policy resources (policy as jsonencode({...}), a heredoc
 *   or a JSON string) or data "aws_iam_policy_document" sources.
 * A file with several policies gives one boundary when they are the parts of one boundary (each carries the
 * Id boundaryPartId() writes, every part present once): their statements merged in part order, as the role
 * is evaluated with part 1 as its boundary and the Deny-only parts attached. Otherwise the policy that the
 * file's roles use as their PermissionsBoundary, when there is exactly one; otherwise the file's only policy.
 * Anything else (no policy, several unrelated ones, a part without the others) is an Error naming the file
 * and where the policies are, and nothing is returned. Parse errors are located (file:line:column).
 */
std::optional<Policy> readBoundaryFile(const QString& path, Diagnostics& diagnostics);

/** The same for bytes already read; `name` (a path) is shown in diagnostics and tells the format by its suffix. */
std::optional<Policy> readBoundaryText(const QString& name, std::string_view bytes, Diagnostics& diagnostics);

} // namespace grantscope
