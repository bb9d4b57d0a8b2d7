// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessLevel.h"

#include <string>
#include <vector>

namespace grantscope {

class Catalog;
struct Policy;

/** How much of one access level of a service a set of policies grants. */
struct AccessLevelSummary {
    AccessLevel level = AccessLevel::List;
    int granted = 0; // granted actions whose primary access level is `level`
    int total = 0; // actions of the service with that primary level
    std::vector<int> actions; // catalogue indices of the granted actions, in name order

    bool full() const { return granted == total; }
    friend bool operator==(const AccessLevelSummary&, const AccessLevelSummary&) = default;
};

/**
 * One line of the IAM console's policy summary: what the policies grant in one service, at which
 * access levels ("Full" when every action of the level is granted, else "Limited"), on which
 * resources and under which request conditions.
 */
struct ServiceSummary {
    int service = -1; // catalogue index
    std::string prefix;
    std::string name;
    std::vector<AccessLevelSummary> levels; // only levels with granted > 0, in List, Read, Write,
                                            // Permissions management, Tagging order
    bool fullAccess = false; // every action of the service is granted
    std::vector<std::string> resources; // patterns of the granting statements, "*" for all
                                        // resources, "NOT <pattern>" for a NotResource entry
    std::vector<std::string> conditions; // "Operator key" of the granting statements; empty: none
    int grantedActions = 0;
    int totalActions = 0;

    friend bool operator==(const ServiceSummary&, const ServiceSummary&) = default;
};

/**
 * Summarises what `policies` allow, per service, as the IAM console does: Allow statements only,
 * without the actions that an unconditional Deny on "*" removes (Denies on narrower resources or
 * under conditions are not subtracted). Each action counts under its primaryAccessLevel().
 * Services are sorted by prefix; services with nothing granted are left out. Null entries are skipped.
 */
std::vector<ServiceSummary> summarizePolicies(const Catalog& catalog, const std::vector<const Policy*>& policies);

/**
 * What several subjects grant together (each summarised on its own, so that one subject's Deny does
 * not hide what another is granted): per service, the union of their actions, resources and
 * conditions. Sorted by prefix.
 */
std::vector<ServiceSummary> mergeSummaries(const std::vector<std::vector<ServiceSummary>>& summaries);

} // namespace grantscope
