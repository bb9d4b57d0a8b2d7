// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "boundary/BoundaryCompactor.h"
#include "boundary/BoundaryParts.h"
#include "package/ReviewSubject.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grantscope {

/** How an exported boundary is written. */
enum class BoundaryFormat {
    Json, // the policy document alone, for the console or `aws iam create-policy`
    CloudFormation, // a YAML template with an AWS::IAM::ManagedPolicy, and how to attach it to the vendor's role
    Terraform, // an aws_iam_policy resource (HCL), and how to attach it to the vendor's role
};

const char* boundaryFormatKey(BoundaryFormat format); // "json", "cloudformation", "terraform"
std::optional<BoundaryFormat> parseBoundaryFormat(std::string_view key);
/** The format a file name asks for: .yaml/.yml/.template → CloudFormation, .tf → Terraform, else JSON. */
BoundaryFormat boundaryFormatForFile(const QString& path);

/** A role of the package the boundary is meant for, as the snippets name it. */
struct BoundaryTarget {
    enum class Kind { CloudFormation, Terraform, Other };
    Kind kind = Kind::Other;
    std::string name; // role name, as the package gives it (may hold unresolved ${...} parts)
    std::string logicalId; // CloudFormation logical id or Terraform address
    QString file;
    int line = 0;
};

/** The roles of `package`, each with where it is defined. */
std::vector<BoundaryTarget> boundaryTargets(const ReviewSubject& package);

/**
 * Writes the boundary in `format`. For CloudFormation and Terraform the result is a complete
 * template (or configuration file) creating the managed policy, with comments that show, for every
 * role in `targets`, the one property to add to the vendor's role; for roles made outside a template
 * the AWS CLI command. `policyName` is made a valid IAM name (characters outside [A-Za-z0-9+=,.@_-]
 * become '-'). Text taken from the package only ever appears inside comments, cleaned of line breaks
 * and control characters, so a hostile role name cannot add lines to the snippet.
 */
std::string writeBoundary(const CompactedBoundary& boundary, BoundaryFormat format, const std::string& policyName,
    const std::vector<BoundaryTarget>& targets);

/**
 * The same for a boundary in several managed policies (BoundaryParts): CloudFormation and Terraform get one
 * managed policy resource and one output per part, with comments saying to set the first as the boundary and
 * attach the others; JSON is an array of the policy documents, in part order. One part is written exactly as
 * writeBoundary() of a CompactedBoundary writes it.
 */
std::string writeBoundary(const BoundaryParts& parts, BoundaryFormat format, const std::string& policyName,
    const std::vector<BoundaryTarget>& targets);

/** `name` as a valid IAM policy name (1 to 128 of [A-Za-z0-9+=,.@_-]); "GrantScopeBoundary" when empty. */
std::string iamPolicyName(std::string_view name);

} // namespace grantscope
