// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/AccessLevel.h"
#include "catalog/ActionSet.h"

#include <QAbstractItemModel>

#include <memory>
#include <string>
#include <vector>

namespace grantscope {
class BoundaryEdit;
struct BoundaryEvaluation;
} // namespace grantscope

namespace grantscope::ui {

class ReviewDocument;

/**
 * The actions the package grants as a tree, service → access level → action, checked where the
 * boundary draft allows them. Changing a check state pushes boundary edits on the document's undo
 * stack (deny or undeny actions, allow only some services); the model itself never changes the draft.
 * Columns say what the boundary leaves of the vendor's access and how many findings each node carries.
 */
class ActionTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, EffectColumn, FindingsColumn, ColumnCount };
    enum class NodeKind { Service, Level, Action };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // int (NodeKind)
        ActionNameRole, // QString "kms:Decrypt" on action rows
        ServicePrefixRole, // QString on every row
        AccessLevelRole, // int (AccessLevel) on level and action rows, 0 on service rows
        FindingCountRole, // int, distinct findings naming an action of the node
        KeptRole, // int, actions of the node that stay allowed on some resource under the boundary
        RemovedRole, // int, actions of the node the boundary removes
    };

    explicit ActionTreeModel(ReviewDocument* document, QObject* parent = nullptr);
    ~ActionTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The row of an action ("kms:Decrypt", any case), or an invalid index. */
    QModelIndex findAction(const QString& name) const;

private:
    struct Node {
        NodeKind kind = NodeKind::Service;
        int parent = -1; // node index, -1 for services
        int row = 0;
        int service = -1;
        AccessLevel level = AccessLevel::List;
        int action = -1;
        std::vector<int> children;
        std::vector<int> actions; // every action under the node
        int findings = 0;
        int allowed = 0; // of `actions`, allowed by the draft
        int kept = 0;
        int removed = 0;
    };

    void rebuild();
    void refresh();
    void updateCounts();
    const Node* node(const QModelIndex& index) const;
    QVariant effectText(const Node& n) const;
    std::vector<BoundaryEdit> allowEdits(const Node& n) const;
    std::vector<BoundaryEdit> denyEdits(const Node& n) const;

    ReviewDocument* m_document;
    std::shared_ptr<const BoundaryEvaluation> m_boundary;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    ActionSet m_allowed; // what the draft's Allow part grants, less the actions it denies everywhere
    std::vector<int> m_diffIndex; // action index -> index into the diff's `actions`, -1 when absent
};

} // namespace grantscope::ui
