// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "package/ReviewSubject.h"

#include <string>
#include <vector>

namespace grantscope {

class RuleSet;

/**
 * Who can assume a role, and how safely. Rule ids: `trust-any-principal` (`*`, `arn:aws:iam::*:root`,
 * or an Allow with NotPrincipal), `trust-root-principal` (an external account's root or bare account
 * id: the vendor can delegate to anyone in it), `trust-no-external-id`, `trust-weak-external-id`
 * (short, low-entropy, not a UUID, a template default shared by every customer, a wildcard, or a
 * parameter the customer types), `trust-service-no-source` (a service principal without
 * aws:SourceAccount / aws:SourceArn) and `trust-federated-unrestricted` (a web-identity provider
 * without a subject or audience condition).
 */
std::vector<Finding> analyzeTrust(const Policy& trustPolicy, const std::string& subject, const ReviewSubject& package,
    const RuleSet& rules, const std::string& customerAccount);

/** Why an External ID value is weak, or an empty string when it looks vendor-generated and unique. */
QString externalIdWeakness(const std::string& value, const ReviewSubject& package);

} // namespace grantscope
