// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Diagnostic.h"
#include "package/ReviewSubject.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace grantscope {
struct Review;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * What the package contains, as a tree: each subject (roles, then IAM users, IAM groups and resource
 * policies that let outsiders in) with its trust or resource policy, attached policies (inline,
 * customer managed, AWS managed; unresolved ones marked) and permissions boundary; then the
 * stand-alone policies and trust policies. Subjects deployed elsewhere (StackSets, nested stacks) and
 * anything created only under a template condition are marked in the type column and the tooltip.
 * Every node knows where it is written.
 */
class PackageTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, LocationColumn, ColumnCount };
    enum class NodeKind { Role, TrustPolicy, AttachedPolicy, Boundary, StandalonePolicy, StandaloneTrustPolicy };
    Q_ENUM(NodeKind)
    enum Role {
        FileRole = Qt::UserRole + 1, // QString: where the node is written (for AWS managed policies: where referenced)
        LineRole, // int, 1-based, 0 when unknown
        ColumnRole, // int
        PolicyPointerRole, // const grantscope::Policy* (nullptr on role nodes)
        RoleIndexRole, // int: index into package.roles, -1 outside a role
        PolicyIndexRole, // int: index into role.policies / standalonePolicies / standaloneTrustPolicies
        NodeKindRole, // int (NodeKind)
        OriginRole, // int (PolicyOrigin) on policy nodes, -1 elsewhere
        ResolvedRole, // bool: false when the policy document is not in the package
        SubjectKindRole, // QString: "role", "user", "group", "resource-policy" on subject nodes, empty elsewhere
        ConditionRole, // QString: "only when ..." for what exists only under a template condition, else empty
        DeploymentRole, // QString: where a subject is deployed when not the customer's account, else empty
    };

    explicit PackageTreeModel(ReviewDocument* document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString originName(PolicyOrigin origin);

private:
    /** data() before package text is made visible (shownData). */
    QVariant rawData(const QModelIndex& index, int role) const;
    struct Node {
        NodeKind kind = NodeKind::Role;
        int parent = -1; // node index, -1 for top-level nodes
        int row = 0; // row under its parent
        std::vector<int> children;
        QString name;
        QString file;
        SourceLocation location;
        const Policy* policy = nullptr;
        const PolicyRecord* record = nullptr;
        int roleIndex = -1;
        int policyIndex = -1;
        const RoleRecord* subject = nullptr; // subject nodes
    };

    void reload();
    int addNode(Node node);
    QString typeText(const Node& node) const;
    QString condition(const Node& node) const;
    const RoleRecord* subjectOf(const Node& node) const; // the subject a node belongs to, or nullptr
    QString toolTip(const Node& node, int column) const;
    const Node* nodeAt(const QModelIndex& index) const;

    ReviewDocument* m_document;
    std::shared_ptr<const Review> m_review;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};

} // namespace grantscope::ui

Q_DECLARE_METATYPE(const grantscope::Policy*)
