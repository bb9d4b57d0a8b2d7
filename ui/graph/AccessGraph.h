// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/ActionSet.h"
#include "diff/SemanticDiff.h"
#include "graph/GraphFilter.h"
#include "graph/GraphNode.h"

#include <QStringView>

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace grantscope {
class Catalog;
class ActionSet;
struct Finding;
struct Policy;
struct PolicyRecord;
struct Statement;
struct Review;
} // namespace grantscope

namespace grantscope::ui {

/**
 * What to mark on one release's graph when two releases are shown side by side: `actions` (a set over the
 * catalogue; empty: none) are the grants marked `actionMark` (Added on the newer release's graph: granted to some
 * subject only now; Removed on the older one's: no longer granted to that subject), `subjects` maps a subject's
 * name or logical id to its mark.
 */
struct ReleaseMarks {
    ReleaseMark actionMark = ReleaseMark::Added;
    ActionSet actions;
    std::map<std::string, ReleaseMark> subjects;
};

/**
 * The access a package asks for, as a graph: trusted principals → role → policies (inline,
 * customer managed, AWS managed) → services → actions → resource patterns, each node coloured by
 * the highest finding that touches it. Pure data, no widgets.
 *
 * Built for packages as large as AdministratorAccess (every action of every service): action
 * nodes exist only once their service has been expanded, policies that reach more than
 * kAutoCollapseServices services start collapsed, and an expanded node shows at most
 * kChildCap children (riskiest first) plus one "… N more" node. visibleNodes() is therefore
 * bounded by what the reviewer opened, never by the size of the package.
 */
class AccessGraph {
public:
    static constexpr int kChildCap = 200;
    static constexpr int kAutoCollapseServices = 25;

    AccessGraph();
    AccessGraph(std::shared_ptr<const Review> review, const Catalog& catalog);
    ~AccessGraph();
    AccessGraph(const AccessGraph&) = delete;
    AccessGraph& operator=(const AccessGraph&) = delete;

    const Review* review() const { return m_review.get(); }
    const Catalog* catalog() const { return m_catalog; }

    /** Every node built so far (hidden ones included); ids are indices and stay valid. */
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }
    const GraphNode& node(int id) const { return m_nodes[static_cast<size_t>(id)]; }
    /** The first node of `kind` whose label is `label` (case-insensitive), or -1. */
    int findNode(GraphNodeKind kind, QStringView label) const;

    bool isExpanded(int id) const;
    /** Expands or collapses a policy or service node (others ignore it). */
    void setExpanded(int id, bool expanded);
    /** For a "More" node: shows kChildCap more of its parent's children. */
    void showMore(int moreNode);

    const GraphFilter& filter() const { return m_filter; }
    void setFilter(const GraphFilter& filter);

    /** Ids of the nodes to draw, by column then id. */
    const std::vector<int>& visibleNodes() const { return m_visible; }
    const std::vector<GraphEdge>& visibleEdges() const { return m_visibleEdges; }
    bool isVisible(int id) const;

    /** Nodes (built so far) that a finding touches. */
    std::vector<int> nodesOfFinding(int finding) const;
    /** Expands the policies and services needed to show the nodes of a finding. */
    void reveal(int finding);

    /** The policy behind a policy node and the statement a GrantRef names (nullptr when unknown). */
    const PolicyRecord* policyRecord(int policyNode) const;
    const Statement* statement(const GrantRef& ref) const;
    /** Resource-pattern nodes of a service (every statement that grants it) or of an action node. */
    const std::vector<int>& resourcesOf(int id) const;
    /** Ids of the nodes with an edge to `id` in the full graph (parents, not only visible ones). */
    std::vector<int> parentsOf(int id) const;
    /** Ids of the nodes `id` has an edge to in the full graph (actions only once built). */
    std::vector<int> childrenOf(int id) const;

    /**
     * Marks what a permission boundary takes away: `removed` holds the granted actions it removes,
     * `findingStates` what it does to each finding (same order as the analysis; other sizes are
     * ignored). Sets GraphNode::removedActions and GraphNode::mitigated on every node, including
     * action nodes built later. An empty `removed` and no states clear the marks.
     */
    void setBoundaryEffect(const ActionSet& removed, const std::vector<MitigationState>& findingStates);

    /**
     * Marks what the roles did according to CloudTrail (actionUse()): GraphNode::use on action nodes,
     * GraphNode::usedActions and unusedActions on services, including action nodes built later. Empty
     * sets clear the marks.
     */
    void setActivity(const ActionSet& used, const ActionSet& unused, const ActionSet& unobservable);
    bool hasActivity() const { return m_used != nullptr; }

    /**
     * Marks how this release compares with another (GraphNode::release, releaseActions), including action nodes
     * built later; marks with no actions and no subjects clear them.
     */
    void setReleaseMarks(const ReleaseMarks& marks);
    bool hasReleaseMarks() const { return m_release != nullptr; }

private:
    struct Links;
    struct PolicyData;

    int addNode(GraphNodeKind kind, const QString& label, const QString& detail);
    int principalNode(const std::string& type, const std::string& value, bool negated);
    int policyNode(const PolicyRecord& record, int role);
    int serviceNode(int service);
    int resourceNode(const std::string& pattern, bool negated);
    void addChild(int parent, int child);
    void build();
    void addRolePrincipals(const Policy& trust, int role);
    void indexPolicyServices();
    void countServiceActions();
    void applyFindings();
    void touch(int node, int finding);
    void markBoundary(GraphNode& node) const;
    void markActivity(GraphNode& node) const;
    void markRelease(GraphNode& node) const;
    void materializeActions(int service);
    int moreNode(int parent, int layer);
    int limitOf(int id) const;

    bool selfPasses(int id) const;
    void updateSearchCache();
    bool searchHit(int id) const;
    std::vector<int> capped(std::vector<int> ids, int limit, int* hidden) const;
    void recompute();

    std::shared_ptr<const Review> m_review;
    const Catalog* m_catalog = nullptr;
    std::vector<GraphNode> m_nodes;
    std::vector<Links> m_links; // parallel to m_nodes
    std::vector<PolicyData> m_policies;
    std::vector<int> m_roles, m_principals, m_policyNodes;
    std::unique_ptr<ActionSet> m_granted; // every action some Allow statement names
    std::unique_ptr<ActionSet> m_removed; // granted actions the boundary takes away (null: no boundary)
    std::vector<MitigationState> m_findingStates;
    std::unique_ptr<ActionSet> m_used, m_unused, m_unobservable; // granted actions, per CloudTrail (null: none read)
    std::unique_ptr<ReleaseMarks> m_release; // null: no other release compared
    std::vector<int> m_serviceNodeOf; // catalogue service index -> node id, or -1
    std::vector<GrantRef> m_denyStatements;
    std::unordered_map<int, std::vector<int>> m_actionFindings; // action index -> findings
    std::map<std::string, int> m_keys; // dedupe key -> node id
    std::map<int, int> m_moreOf; // parent -> its More node
    std::map<int, int> m_limits; // parent -> children shown
    std::vector<char> m_expanded;
    std::vector<char> m_searchHit; // per service node, for the current search text
    std::string m_searchLower;
    std::vector<QString> m_serviceFilter;
    GraphFilter m_filter;
    std::vector<int> m_visible;
    std::vector<char> m_isVisible;
    std::vector<GraphEdge> m_visibleEdges;
};

} // namespace grantscope::ui
