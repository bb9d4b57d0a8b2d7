// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to AccessGraph's implementation files.

#include "graph/AccessGraph.h"

#include "analysis/Expansion.h"
#include "package/ReviewSubject.h"

#include <string>
#include <vector>

namespace grantscope::ui {

/** The edges of one node in the full graph, and what it stands for. */
struct AccessGraph::Links {
    std::vector<int> children; // principal→roles, role→policies, policy→services, service→actions (once built)
    std::vector<int> parents;
    std::vector<int> resources; // services (every granting statement) and actions: resource-pattern nodes
    int policy = -1; // policy nodes: index into m_policies
    bool materialized = false; // services: action nodes built
    std::string principalValue; // principals: the value as findings name it
    std::string resourcePattern; // resources: the pattern as written
};

struct AccessGraph::PolicyData {
    const PolicyRecord* record = nullptr;
    const PolicyExpansion* expansion = nullptr; // the review's, never null once the node exists
};

} // namespace grantscope::ui
