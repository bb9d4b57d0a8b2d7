// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/Finding.h"
#include "catalog/AccessLevel.h"

#include <QString>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace grantscope::ui {

/** What a node of the access graph stands for; also its column, left to right. */
enum class GraphNodeKind { Principal = 0, Role = 1, Policy = 2, Service = 3, Action = 4, Resource = 5, More = 6 };

inline constexpr int kGraphLayerCount = 6;

/** What CloudTrail showed of an action node: nothing read, used, granted but never used, or not observable. */
enum class ActionUseMark { None, Used, Unused, Unobservable };

/**
 * How a node compares with another release of the package, when two releases are shown side by side
 * (AccessGraph::setReleaseMarks): subjects only in this release (Added), only in the other (Removed) or in both
 * with other access (Changed); actions some subject is granted in this release and not in the other (Added, on
 * the newer release's graph) or granted here and no longer in the newer release (Removed, on the older one's).
 */
enum class ReleaseMark { None, Added, Removed, Changed };

/** One statement of one policy node, as it grants (or denies) an action. */
struct GrantRef {
    int policyNode = -1;
    int statement = -1; // index into the policy's statements
    friend bool operator==(const GrantRef&, const GrantRef&) = default;
};

/**
 * A node of the access graph. Plain data: what the views paint and the tests check. Service nodes
 * carry counts of the actions granted, by primary access level; action nodes the statements that
 * grant them; a "More" node stands for children left out by the expansion cap.
 */
struct GraphNode {
    int id = -1;
    GraphNodeKind kind = GraphNodeKind::Role;
    int layer = 0; // column: the kind's, or for a More node the column of the children it stands for
    QString label; // "kms", "kms:Decrypt", "AcmeTelemetryRead", "arn:aws:iam::210987654321:root"
    QString detail; // second line: policy origin, counts, principal type
    std::optional<Severity> severity; // highest finding that touches the node; empty: none
    AccessLevels levels = 0; // services: union over granted actions; actions: the action's levels
    std::array<int, 5> levelCounts {}; // services: granted actions by primary level (List, Read, Write, Perm., Tagging)
    int actionCount = 0; // services and policies: granted actions
    int serviceCount = 0; // policies: services granted
    int catalogIndex = -1; // services: catalogue service index; actions: action index
    int parent = -1; // More nodes: the node whose children they stand for
    int hiddenCount = 0; // More nodes: how many children are left out
    bool expandable = false;
    // Subject nodes (column Role): "role", "user", "group", "resource-policy", "trust-policy"; empty elsewhere.
    std::string subjectKind;
    std::string condition; // "only when ..." when the subject or policy exists only under a template condition
    std::string deployment; // subjects: where they are created when not in the customer's account
    std::vector<int> findings; // indices into PackageAnalysis::findings that touch the node
    std::vector<GrantRef> grants; // actions: the Allow statements that grant it
    std::vector<GrantRef> denies; // actions: Deny statements of the same policies that name it
    // What the permission boundary being composed does (AccessGraph::setBoundaryEffect):
    int removedActions = 0; // services: granted actions it takes away; actions: 1 when it takes this one away
    bool mitigated = false; // it takes away everything the node grants, or mitigates every finding touching it
    // What the roles did, from CloudTrail (AccessGraph::setActivity):
    ActionUseMark use = ActionUseMark::None; // actions
    int usedActions = 0; // services: granted actions some role used
    int unusedActions = 0; // services: granted actions no observed role used
    // How it compares with another release (AccessGraph::setReleaseMarks):
    ReleaseMark release = ReleaseMark::None; // subjects and actions
    int releaseActions = 0; // services: granted actions marked as added or removed
};

struct GraphEdge {
    int from = -1;
    int to = -1;
    bool summary = false; // a collapsed service to the resources of its hidden actions
    friend bool operator==(const GraphEdge&, const GraphEdge&) = default;
};

/** Index of an access level in GraphNode::levelCounts. */
inline int accessLevelSlot(AccessLevel level)
{
    switch (level) {
    case AccessLevel::List:
        return 0;
    case AccessLevel::Read:
        return 1;
    case AccessLevel::Write:
        return 2;
    case AccessLevel::PermissionsManagement:
        return 3;
    case AccessLevel::Tagging:
        return 4;
    }
    return 2;
}

} // namespace grantscope::ui
