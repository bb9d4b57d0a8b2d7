// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/PackageAnalysis.h"

#include <QString>

#include <string>
#include <vector>

namespace grantscope {

/**
 * What a resource policy subject is attached to ("KMS key", "S3 bucket", "SNS topic", ...), read from
 * its name and its policies' names (CloudFormation "DataKey (key policy)", Terraform
 * "aws_kms_key.archive"). Translated; empty when the kind of resource cannot be told.
 */
QString resourcePolicyTarget(const std::string& name, const std::vector<std::string>& policyNames);

/**
 * How the window and every report name the kind of a subject: "IAM role", "IAM user", "IAM group",
 * "Resource policy on KMS key", "Policy", "Trust policy". Translated.
 */
QString subjectKindName(
    const std::string& kind, const std::string& name = {}, const std::vector<std::string>& policyNames = {});
QString subjectKindName(const SubjectSummary& subject);

/** "Conditional: only when EnableExtras=true (off with the default values)"; empty when `condition` is. */
QString conditionalText(const std::string& condition);

/** "Deployed to: StackSet MemberRoles: every account of ..."; empty for the customer's account. */
QString deploymentText(const std::string& deployment);

/** The subject a finding concerns (same name), or nullptr for findings about the package itself. */
const SubjectSummary* subjectOfFinding(const PackageAnalysis& analysis, const Finding& finding);
const SubjectSummary* subjectNamed(const std::vector<SubjectSummary>& subjects, const std::string& name);

/** True for a finding that reports a part of the package that can grant access and was not reviewed. */
bool isNotReviewed(const Finding& finding);

/**
 * Indices into `analysis.findings` of the parts of the package that can grant access and were not
 * reviewed (rule `package-unreviewed`), in order. The dashboard, the problems dock and every report
 * lead with these.
 */
std::vector<size_t> notReviewedFindings(const PackageAnalysis& analysis);

} // namespace grantscope
