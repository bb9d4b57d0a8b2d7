// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "package/ReviewSubject.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;
class RuleSet;

/** One thing under review: a role of the package, or a policy or trust policy that stands alone. */
struct SubjectSummary {
    std::string name;
    std::string kind; // "role", "policy", "trust-policy"
    QString file;
    SourceLocation location;
    std::vector<std::string> policies; // names of attached permission policies
    std::vector<std::string> trustedPrincipals; // principals of the trust policy
    int grantedActions = 0; // catalogue actions some Allow statement names
    std::string deployment; // where a role of a StackSet or nested stack is created; empty: the customer's account
    std::string condition; // "only when ..." for a role created under a template condition
};

/** Everything GrantScope concludes about a package: its subjects and every finding, sorted. */
struct PackageAnalysis {
    std::vector<SubjectSummary> subjects;
    std::vector<Finding> findings;
};

/**
 * Runs every analysis on a loaded package: risk rules per role (its inline, customer-managed and AWS
 * managed policies together, under its own boundary if the package sets one), trust analysis,
 * validation (unknown actions with "did you mean", actions that cannot apply to the resources given,
 * duplicate Sids, missing Version, AWS size limits, policies AWS would reject) and what the package
 * hides (macros, custom resources, remote documents, unresolved parameters and ARNs).
 */
PackageAnalysis analyzePackage(
    const ReviewSubject& package, const Catalog& catalog, const RuleSet& rules, const LoadOptions& options = {});

} // namespace grantscope
