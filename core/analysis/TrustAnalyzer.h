// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/ExternalIdCheck.h"
#include "analysis/Finding.h"
#include "package/ReviewSubject.h"

#include <string>
#include <vector>

namespace grantscope {

class RuleSet;

/** Whose account the package is reviewed for, and where the trust policy was written. */
struct TrustContext {
    std::string customerAccount;
    std::vector<std::string> orgAccounts; // other accounts of the customer's organization (--org-account)
    bool writtenInTemplate = false; // in a template every customer deploys (a role of the package)
};

/**
 * Who can assume a role, and how safely. Rule ids: `trust-any-principal` (`*`, `arn:aws:iam::*:root`,
 * or an Allow with NotPrincipal), `trust-root-principal` (an external account's root or bare account
 * id, rated lower and said so when aws:PrincipalArn, aws:PrincipalTag, aws:SourceIdentity or
 * aws:PrincipalOrgID narrow it), `trust-unresolved-principal` (a principal chosen at deployment, with the
 * parameter's description), `trust-no-external-id`, `trust-weak-external-id` (see ExternalIdCheck),
 * `trust-external-id-at-deployment` (info: the right pattern, use the vendor's value),
 * `trust-service-no-source` (a service of the confused-deputy list in trust.json without
 * aws:SourceAccount / aws:SourceArn) and `trust-federated-unrestricted` (a web-identity provider without
 * a subject condition). Principals of the customer's account or of the same template are not external;
 * accounts of the customer's organization need no External ID. Every finding's severityReason gives the
 * rule's base and each step.
 */
std::vector<Finding> analyzeTrust(const Policy& trustPolicy, const std::string& subject, const ReviewSubject& package,
    const RuleSet& rules, const TrustContext& context);

/** The same, for a trust policy of its own reviewed for `customerAccount`. */
std::vector<Finding> analyzeTrust(const Policy& trustPolicy, const std::string& subject, const ReviewSubject& package,
    const RuleSet& rules, const std::string& customerAccount);

/** Services that act across accounts on a customer's behalf ("config.amazonaws.com"), from trust.json. */
const std::vector<std::string>& confusedDeputyServices();

} // namespace grantscope
